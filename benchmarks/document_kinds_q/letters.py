# ruff: noqa: E501
"""Letters of set Q: councils' decisions (a refusal to assess under a key-facts box with a
reply slip, a panel outcome notification with tick boxes, a refusal to reassess from a
casework hub's ticketing system, a decision to cease photographed, a decision to keep a
plan unchanged forwarded by a father), mediation certificates, appeal forms, the
tribunal's directions, correspondence from bodies other than the council (an NHS trust's
complaints team, a school's governors, a mediation service's appointment letter), and other
papers (a DWP award, a ferry concession form, an invoice, a medication record). All
invented."""

from __future__ import annotations

from document_kinds_q.common import (
    CARROW,
    CARROW_SMALL,
    TRIBUNAL,
    TRIBUNAL_SMALL,
    WYCH,
    WYCH_SMALL,
    headers,
)

# --- decision letters -------------------------------------------------------------------

CARROW_REFUSAL = [
    ("org", CARROW),
    ("small", CARROW_SMALL),
    (
        "p",
        "Mr Jago and Mrs Lowri Kitto\n4 Lifeboat Cottages\nSaltmarsh Down\nIsle of Carrow CW5 2AA",
    ),
    ("p", "2 June 2026"),
    ("band", "Key facts"),
    (
        "kv",
        [
            ("Child", "Mia Kitto, born 17 April 2018"),
            ("School", "Saltmarsh Down First School"),
            ("Request received", "9 April 2026"),
            ("Our decision", "Not to carry out an EHC needs assessment"),
            ("Appeal by", "2 August 2026 (or one month after a mediation certificate, if later)"),
            ("Your caseworker", "Morwenna Bice, 01632 960322"),
        ],
        [0.3, 0.7],
    ),
    ("p", "Dear Mr and Mrs Kitto,"),
    (
        "p",
        "Thank you for your request for an education, health and care needs assessment for Mia. Our Assessment Moderation Group considered the request on 28 May 2026, with the information from Saltmarsh Down First School, Mia's GP and the Carrow Specialist Teaching Service.",
    ),
    (
        "p",
        "The group decided that it is not necessary to carry out an EHC needs assessment at this time. Mia is making progress in reading with the support already in place, and the school has not yet used the advice given by the Specialist Teaching Service in March. The group would expect the school to review Mia's SEN support plan with you this term, using its notional SEN budget and the island's Inclusion Fund if needed.",
    ),
    (
        "p",
        "You can appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability). Before you register an appeal you must contact Carrow Mediation Service (01632 960334) for information about mediation, unless your appeal is only about the school named. Carrow SENDIASS can help you on 01632 960337.",
    ),
    (
        "sig",
        [
            "Yours sincerely",
            "",
            "Morwenna Bice",
            "SEN Caseworker, on behalf of the Assessment Moderation Group",
        ],
    ),
    (
        "small",
        "- - - - - - - - - - - - - - - - tear off and return - - - - - - - - - - - - - - - -",
    ),
    ("b", "Reply slip"),
    (
        "p",
        "I would / would not like a meeting with the SEN caseworker to talk about this decision.\nSigned: ____________________   Date: ___________",
    ),
]

PANEL_OUTCOME = [
    ("org", WYCH),
    ("small", WYCH_SMALL),
    ("title", "SEN Panel - Outcome Notification"),
    (
        "kv",
        [
            ("Name of child", "Aarav Sandhu-Whitlow"),
            ("Date of birth", "12/12/2016"),
            ("School", "Wychmere St Mary's Catholic Primary School"),
            ("Panel date", "21 April 2026"),
            ("Assessment started", "6 November 2025"),
        ],
        [0.3, 0.7],
    ),
    ("b", "Panel outcome (one box ticked)"),
    (
        "p",
        "[ ] Issue an EHC plan (draft plan to follow)\n[X] Not to issue an EHC plan - needs can be met through SEN support\n[ ] Defer - further information required",
    ),
    ("b", "Reasons for the decision"),
    (
        "p",
        "The panel considered the advice received during the EHC needs assessment: psychological advice (Wychmere EPS, 3 February 2026), health advice, the school's advice and the parental advice. The panel noted that Aarav's attainment is within the expected range in reading and slightly below in writing, and that the strategies recommended by the educational psychologist can be delivered from the school's own resources with advice from the Learning Support Service.",
    ),
    ("b", "What this means"),
    (
        "p",
        "The local authority will not issue an EHC plan. A note in lieu setting out the findings of the assessment will be sent to you and to the school within two weeks.",
    ),
    ("b", "Your rights"),
    (
        "p",
        "This is a decision under section 36(9) of the Children and Families Act 2014 not to issue a plan. You may appeal to the First-tier Tribunal (SEND) within two months of the date of this notification. Mediation: Salt Plain Mediation, 01632 960580. Information, advice and support: Wychmere SENDIASS, 01632 960585.",
    ),
    ("p", "Notification sent: 23 April 2026    Officer: Michaela Hulse"),
]

HUB_REASSESS = """[Ticket #HUB-88213] Your request for a re-assessment - Leon Fairweather

Dear Mrs Fairweather,

Thank you for contacting the Shoremead SEN Casework Hub. This message is about your
request, received on 2 February 2027, for the local authority to carry out a
re-assessment of Leon's education, health and care needs.

DECISION
The local authority has decided not to carry out a re-assessment at this time.

WHY WE HAVE DECIDED THIS
Leon's plan was issued on 30 October 2026 and less than six months have passed. The
information from Pitsea Marsh Junior School does not show that Leon's needs have changed
significantly since the plan was written. The school's concerns about his behaviour at
lunchtime can be addressed at an early review, which we have asked the school to hold
before Easter.

YOUR RIGHT OF APPEAL
You can appeal against this decision to the First-tier Tribunal (Special Educational Needs
and Disability) within two months of the date of this message. You must first contact
Tidewater Mediation (01632 960730) about mediation and get a certificate. Independent
advice: Shoremead SENDIASS, 01632 960735.

Please reply above this line to keep your ticket open.

Priya Agyeman
Senior Casework Officer, SEN Casework Hub
Shoremead Borough Council

This e-mail and any attachments are confidential. If you have received it in error please
tell the sender and delete it. Shoremead Borough Council monitors e-mail for security.
"""

CEASE_PHOTO = """ISLE OF CARROW COUNCIL
Children's Services - SEND Team
County Hall, Quay Street, Westhaven CW1 4QS

Private and confidential
Mr Conor Haddow
12 Gull Terrace, Brackport CW3 6LT

Date: 19 June 2026     Ref: SEND/CEASE/0093

Dear Conor,

Decision to cease to maintain your Education, Health and Care plan

We wrote to you on 6 May 2026 to tell you we were thinking about ceasing to maintain
your EHC plan, and we invited you to tell us your views. Thank you for meeting Lorna
Hocking on 20 May.

We have now decided to cease to maintain your EHC plan from 31 July 2026. Our reasons:
you are completing your Level 3 course at Carrow College this summer and you have told us
you plan to start work as an apprentice with the island's harbour authority, where your
training will not be in education as defined by the SEND Code of Practice. We have
considered the college's advice that you will no longer need special educational
provision once you leave.

You have the right to appeal this decision to the First-tier Tribunal (SEND) within two
months of the date of this letter. While an appeal is being heard, we will keep your plan
in place. Before appealing you must contact Carrow Mediation Service on 01632 960334.

Yours sincerely

Lorna Hocking
SEND Officer (Post-16)
"""

FWD_NO_AMEND = """Dear Mr Lucas,

Below is what the council sent after Harrison's review. They are refusing to change
anything. You asked me to send it to you as it arrived - I've not changed it.

Gareth Beddows

-----Original Message-----
From: Michaela Hulse <michaela.hulse@wychmere.example.org>
Sent: 12 June 2026 11:02
To: beddows.family@example.org
Subject: Annual review outcome - Harrison Beddows

Dear Mr and Mrs Beddows,

Re: Harrison Beddows, date of birth 30/06/2015 - outcome of annual review

Following the annual review meeting on 18 May 2026 and the review paperwork received from
Nantwold Brook Academy, the local authority has reviewed Harrison's EHC plan under
regulation 22 of the Special Educational Needs and Disability Regulations 2014.

The local authority has decided to maintain Harrison's EHC plan without amendment. The
description of his needs in Section B and the provision in Section F remain accurate and
will be delivered at Saltley High School, which is already named in Section I. A phased
start can be arranged by the school without a change to the plan.

You have the right to appeal to the First-tier Tribunal (SEND) against this decision. Any
appeal must be made within two months of the date of this letter or one month after the
date of a mediation certificate, whichever is later. Salt Plain Mediation: 01632 960580.

Yours sincerely,
Michaela Hulse
EHC Plan Coordinator
"""

# --- mediation certificates -------------------------------------------------------------

TIDEWATER_CERT = [
    ("org", "Tidewater Mediation CIC"),
    (
        "small",
        "Independent SEND mediation for Shoremead and the estuary  |  Unit 3, Old Custom House, Canwick Creek SS7 4TH  |  01632 960730",
    ),
    ("title", "Mediation Certificate"),
    (
        "p",
        "Issued under section 55(5) of the Children and Families Act 2014 and regulation 34 of the Special Educational Needs and Disability Regulations 2014.",
    ),
    (
        "kv",
        [
            ("Parent", "Mrs Sandra Fairweather"),
            ("Child", "Leon Fairweather (DOB 11/01/2016)"),
            ("Local authority", "Shoremead Borough Council"),
            ("Decision", "Refusal to carry out a re-assessment, 4 February 2027"),
            ("Information given", "By telephone on 18 February 2027"),
        ],
        [0.3, 0.7],
    ),
    (
        "p",
        "This certificate confirms that the parent named above contacted Tidewater Mediation for information about mediation and has decided not to pursue mediation at this stage.",
    ),
    (
        "p",
        "The parent may now register an appeal with the First-tier Tribunal (SEND). This certificate must be sent with the appeal form.",
    ),
    (
        "sig",
        [
            "Signed: Hannah Osei-Lambert, Mediation Adviser",
            "Date of issue: 18 February 2027",
            "Certificate number: TWM-27-0051",
        ],
    ),
]

CERT_FWD = """Hi Kerensa,

Your mediation certificate came through to me because I was down as your
representative. I've copied it below and the PDF is on its way in the post to you too.
Keep it safe - you need to send it with the SEND35.

Best wishes,
Sian Polglase
Carrow SENDIASS

> From: Carrow Mediation Service <certificates@carrowmediation.example.org>
> Date: 4 May 2027
> Subject: Certificate - Penhallow / Isle of Carrow Council
>
> CARROW MEDIATION SERVICE
> MEDIATION CERTIFICATE
>
> Parent/carer: Kerensa Penhallow
> Child: Tamsin Penhallow, born 14/11/2017
> Local authority: Isle of Carrow Council
> Subject of dispute: amended EHC plan issued 15 March 2027 (Sections B, F and I)
>
> I certify that mediation took place on 29 April 2027 at Westhaven Library between
> the parent and the local authority. Agreement was reached on part of Section F
> (speech and language therapy) but not on Section I. The parent may appeal to the
> First-tier Tribunal (SEND).
>
> Mediator: Denzil Rosewarne
> Date of certificate: 4 May 2027
"""

SALT_PLAIN_SCAN = """Scanned with Genius Scan - 19 May 2026 10:42

SALT PLAIN MEDIATION
Impartial SEN mediation - Wychmere, Saltley and Nantwold
Brine Street Chambers, Saltley CH9 1AX   Tel 01632 960580

CERTIFICATE OF MEDIATION
(Section 55 Children and Families Act 2014)

Name of parent / young person: Mr Rajinder Sandhu-Whitlow and Mrs Emma Sandhu-Whitlow
Name of child: Aarav Sandhu-Whitlow
Local authority: Wychmere and Saltley Borough Council
Decision in dispute: decision not to issue an EHC plan dated 23 April 2026

This is to certify that:
[ ] the parent has received information about mediation and does not wish to mediate
[X] mediation has taken place and the dispute was not resolved
[ ] the local authority did not attend mediation

Mediation took place on 15 May 2026 by video call.

Signed: Frances Leadbeater, Accredited Mediator
Date issued: 19 May 2026
"""

# --- appeal forms -----------------------------------------------------------------------

SEND35 = [
    ("small", "SEND35 - Appeal against a local authority decision about special educational needs"),
    ("title", "Notice of appeal"),
    ("band", "Section 1 - About the child or young person"),
    ("field", "Full name", "Tamsin Morwenna Penhallow"),
    ("field", "Date of birth", "14/11/2017"),
    ("band", "Section 2 - About you"),
    ("field", "Your name and relationship", "Kerensa Penhallow, mother"),
    ("field", "Address", "Flat 2, 9 Ropewalk Lane, Westhaven, Isle of Carrow CW2 8HD"),
    ("field", "Phone / e-mail", "07700 900314  /  kerensa.penhallow@example.org"),
    ("band", "Section 3 - The local authority and the decision"),
    ("field", "Local authority", "Isle of Carrow Council"),
    ("field", "Date of the decision letter", "15 March 2027"),
    (
        "field",
        "What are you appealing?",
        "The contents of the amended EHC plan: Section B, Section F and Section I",
    ),
    ("band", "Section 4 - Mediation"),
    ("field", "Mediation certificate date", "4 May 2027 (copy attached)"),
    ("band", "Section 5 - Representative"),
    ("field", "Name", "Sian Polglase, Carrow SENDIASS"),
    ("band", "Section 6 - Reasons for appeal"),
    (
        "field",
        "Your reasons",
        "See the attached sheet. In short: Section B leaves out Tamsin's hearing loss and anxiety; Section F does not say how much therapy she gets; Section I should name Harbourside Middle School, not Quayside.",
    ),
    ("band", "Section 8 - Declaration"),
    ("p", "I confirm the information on this form is true to the best of my knowledge."),
    ("field", "Signed / date", "K. Penhallow   30/05/2027"),
]

REASONS_DOCX = [
    ("title", "Harrison Beddows - Attachment to SEND35, Section 6"),
    (
        "p",
        "Appellants: Gareth and Claire Beddows. Respondent: Wychmere and Saltley Borough Council. Decision appealed: the EHC plan issued on 4 February 2026 (Sections B, F and I).",
    ),
    ("h", 2, "Section B"),
    (
        "np",
        "1.",
        "Section B does not describe Harrison's morning anxiety and school refusal, which the educational psychologist described in detail (paragraphs 4.2 to 4.6 of her advice).",
    ),
    (
        "np",
        "2.",
        "Section B does not mention his sensory sensitivity to smells and noise in the canteen, which the occupational therapist assessed in December 2025.",
    ),
    ("h", 2, "Section F"),
    (
        "np",
        "3.",
        '"Advice from the Autism Outreach Team as required" is not specific. We ask for half-termly visits by a named teacher from the team, and training for Harrison\'s form tutor.',
    ),
    (
        "np",
        "4.",
        "The occupational therapist recommended a sensory diet and a weekly OT session for a term. Neither is in Section F.",
    ),
    ("h", 2, "Section I"),
    (
        "np",
        "5.",
        "We agree Saltley High School, but only with the provision above. If the tribunal does not order it, we ask for the Brine Valley resource base attached to the school.",
    ),
    ("p", "Signed: Gareth Beddows and Claire Beddows, 30 March 2026"),
]

SEND35_SCAN = """SEND35    Notice of appeal - special educational needs       Page 1 of 8

Section 1  Child or young person
Surname: KITTO              First name(s): MIA
Date of birth: 17 / 04 / 2018
Does the child have an EHC plan?   [ ] Yes   [X] No

Section 2  Parent(s)
Name: JAGO KITTO and LOWRI KITTO
Address: 4 LIFEBOAT COTTAGES, SALTMARSH DOWN, ISLE OF CARROW CW5 2AA
Telephone: 07700 900508

Section 3  Decision
Local authority: ISLE OF CARROW COUNCIL
Type of decision: REFUSAL TO CARRY OUT AN EHC NEEDS ASSESSMENT
Date of decision letter: 02/06/2026

Section 4  Mediation
Mediation certificate attached?  [X] Yes    Date: 24/06/2026

Section 6  Reasons for appeal
Mia has not made the progress the council says. Her reading age is 2 years behind and the
school has already used the specialist teacher's advice since March. She has daily
meltdowns after school and her GP has referred her to the community paediatrician. We
believe she may have special educational needs and that she may need provision made in
an EHC plan. The school agrees and supported our request.

Section 8  Declaration
Signed: J Kitto   L Kitto          Date: 14/07/2026
"""

# --- tribunal directions ----------------------------------------------------------------

REGISTRATION = [
    ("org", TRIBUNAL),
    ("small", TRIBUNAL_SMALL),
    (
        "p",
        "Appeal number: EH661/26/00417\nChild: Harrison Beddows\nAppellants: Mr and Mrs Beddows\nRespondent: Wychmere and Saltley Borough Council",
    ),
    ("p", "Date: 15 April 2026"),
    ("title", "Registration of appeal and case management directions"),
    (
        "p",
        "The Tribunal has registered this appeal against the contents of the EHC plan issued on 4 February 2026 (Sections B, F and I). A Judge has made the following directions under rule 5 of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008.",
    ),
    (
        "onum",
        [
            "The Respondent must send its response to the appeal to the Tribunal and the Appellants by 13 May 2026.",
            "Any party may send further evidence to the Tribunal and the other party by 10 June 2026. Evidence sent after that date will not be admitted without the Tribunal's permission.",
            "The Respondent must prepare the working document with the amendments each party seeks to Sections B, F and I, and send it to the Appellants by 24 June 2026; the Appellants must return it with their comments by 1 July 2026.",
            "The Respondent must prepare the hearing bundle and send it to the Tribunal and the Appellants by 7 July 2026.",
            "The appeal will be heard by video on 14 July 2026, starting at 10.00am. The parties must send the attendance form by 10 June 2026.",
        ],
        "",
    ),
    (
        "p",
        "If a party does not comply with these directions the Tribunal may make an order under rule 7, including striking out a party's case.",
    ),
    ("sig", ["Tribunal Judge R. Amankwah", "Made on 15 April 2026"]),
]

TRIB_EML = """Dear Parties,

Appeal: EH776/26/01188   Child: Aarav Sandhu-Whitlow
Local authority: Wychmere and Saltley Borough Council

The appellants' request dated 2 September 2026 for a postponement of the hearing listed
on 23 September 2026 has been put before a Tribunal Judge, who has directed as follows:

DIRECTION
1. The hearing listed for 23 September 2026 is postponed.
2. The appeal will be relisted for the first available date after 4 November 2026. The
   parties must send their dates to avoid between 4 November and 18 December 2026 by
   16 September 2026.
3. The appellants may file the independent educational psychologist's report by
   14 October 2026. The local authority may respond to it by 28 October 2026.
4. All other directions remain in force.

Reasons: the appellants' expert cannot complete her assessment until Aarav returns to
school after surgery. A short postponement is fair and just and will not cause
significant prejudice to the local authority.

Tribunal Judge M. Whitcombe
Issued on behalf of the Tribunal by: Case Worker Team 4

Please quote the appeal number in all correspondence. Do not reply to this e-mail
address; write to send.tribunal@example.org.
"""

TRIB_SCAN = """Scanned 08/07/2026 14:03 by NANTWOLD-BROOK-OFFICE   Page 1 of 2

First-tier Tribunal (Health, Education and Social Care Chamber)
Special Educational Needs and Disability

Appeal number: EH661/26/00417
Between: Mr Gareth Beddows and Mrs Claire Beddows (Appellants)
and Wychmere and Saltley Borough Council (Respondent)

ORDER

Upon the Respondent's application dated 1 July 2026 to admit late evidence (an addendum
report of the Autism Outreach Team dated 29 June 2026), and upon reading the Appellants'
objection dated 3 July 2026:

1. The application is refused. The report was written after the date for evidence and
   the Respondent has given no good reason for its lateness.
2. The Appellants' occupational therapy report dated 9 June 2026 is admitted.
3. The Respondent must send the hearing bundle, with the Appellants' report in it, by
   4pm on 9 July 2026.
4. The hearing on 14 July 2026 remains listed.

Tribunal Judge R. Amankwah
Dated: 7 July 2026
"""

TRIB_TXT = """Copied from the tribunal's e-mail attachment, 21/01/2027

FIRST-TIER TRIBUNAL (SEND)  Appeal EH661/27/00022  Mia Kitto
Applicant: Jago and Lowri Kitto   Respondent: Isle of Carrow Council

CASE MANAGEMENT ORDER following a telephone hearing on 20 January 2027
Present: the appellants (Mr Kitto); Sian Polglase (representative); Morwenna Bice (LA)

The Judge directed:
(a) The local authority must confirm in writing by 27 January 2027 whether it now agrees
    to carry out the EHC needs assessment it refused on 2 June 2026, following the
    community paediatrician's letter of 8 January 2027.
(b) If the local authority agrees, the parties may send a consent order and the appeal
    will be withdrawn.
(c) If the local authority does not agree, it must file its response by 10 February
    2027 and the hearing will proceed on 3 March 2027 on the papers unless either party
    asks for an oral hearing by 17 February 2027.
(d) Permission to rely on the GP's letter of 2 December 2026 is granted.

Judge: Tribunal Judge F. Nwachukwu   Date of order: 20 January 2027
"""

# --- correspondence ---------------------------------------------------------------------

NHS_COMPLAINT = [
    ("org", "Carrow Island Healthcare NHS Trust"),
    (
        "small",
        "Patient Experience Team, Carrow General Hospital, Hospital Lane, Westhaven CW1 7NX  |  01632 960400",
    ),
    ("p", "Ms Kerensa Penhallow\nFlat 2, 9 Ropewalk Lane\nWesthaven CW2 8HD"),
    ("p", "Our ref: COMP/26/1142\n27 July 2026"),
    ("p", "Dear Ms Penhallow"),
    ("b", "Your complaint about children's speech and language therapy"),
    (
        "p",
        "Thank you for your letter of 30 June 2026, and I am sorry for the delay in replying. You complained that Tamsin had not seen a speech and language therapist since January, although her EHC plan says her programme should be reviewed each half term, and that nobody had told you the therapist had left.",
    ),
    (
        "p",
        "I have spoken with the head of children's therapies. She accepts that the review visits were missed between February and June because of a vacancy, and that you should have been told. A locum therapist, Abi Lanyon, started on 1 July and has visited St Piran's school twice. Tamsin's reviews are now booked for the rest of the year.",
    ),
    (
        "p",
        "We have apologised to the school and reminded the team that the Trust must tell the local authority when it cannot deliver therapy in a plan. If you are not satisfied with this reply you may ask the Parliamentary and Health Service Ombudsman to look at your complaint.",
    ),
    ("sig", ["Yours sincerely", "", "Dr Alun Pengelly", "Chief Executive"]),
]

GOVERNORS = [
    ("org", "Nantwold Brook Academy"),
    ("small", "A member of the Brine Valley Learning Trust  |  Meadow Lane, Nantwold CH9 5PE"),
    ("p", "Mr and Mrs G. Beddows\n(by e-mail)"),
    ("p", "3 March 2026"),
    ("p", "Dear Mr and Mrs Beddows"),
    ("b", "Stage 3 complaint - outcome of the governors' complaints panel"),
    (
        "p",
        "The complaints panel of the local governing body met on 26 February 2026 to consider your complaint about the school's handling of Harrison's absences in the autumn term and the use of a part-time timetable without your written agreement.",
    ),
    (
        "p",
        "The panel heard from you, from the headteacher and from the SENCo, and read the attendance records and the notes of the meetings in October and November.",
    ),
    (
        "p",
        "The panel upheld the part of your complaint about the part-time timetable: it was started on 3 November 2025 without a written plan, a review date or your signed agreement, contrary to the trust's policy. The panel did not uphold the complaint that the school failed to follow Harrison's EHC plan, as the quiet base and key adult were in place from 10 November.",
    ),
    (
        "p",
        "The panel recommends that the headteacher writes to you with an apology, and that all part-time timetables are reported to governors each half term. This is the final stage of the school's complaints procedure. If you remain unhappy you may contact the Department for Education's school complaints unit.",
    ),
    ("sig", ["Yours sincerely", "", "Rev. Andrew Latham", "Chair of the Complaints Panel"]),
]

TIDEWATER_INVITE = [
    ("org", "Tidewater Mediation CIC"),
    (
        "small",
        "Unit 3, Old Custom House, Canwick Creek SS7 4TH  |  01632 960730  |  bookings@tidewater.example.org",
    ),
    ("p", "Mrs Abena Mensah-Baird\n22 Seawall Crescent\nShoremead SS7 3LP"),
    ("p", "11 April 2026"),
    ("p", "Dear Mrs Mensah-Baird"),
    ("b", "Confirmation of your mediation meeting"),
    (
        "p",
        "Thank you for speaking to us on 7 April. As agreed, we have arranged a mediation meeting with Shoremead Borough Council about Kofi's EHC plan.",
    ),
    (
        "kv",
        [
            ("Date and time", "Wednesday 29 April 2026, 1.30pm to 4.30pm"),
            ("Place", "Canwick Creek Community Hall, Room 2 (step-free access)"),
            ("Mediator", "Hannah Osei-Lambert"),
            ("Council representative", "Priya Agyeman, Senior Casework Officer"),
        ],
        [0.3, 0.7],
    ),
    (
        "p",
        "You are welcome to bring a friend, relative or adviser. Please send us any papers you would like the mediator to read by 24 April. Your certificate will be issued within three working days after the meeting, whatever the outcome, so that you can appeal if you still need to.",
    ),
    ("sig", ["Kind regards", "", "Bookings Team, Tidewater Mediation"]),
]

HUB_CHASE = """Dear Mrs Brennan,

Thank you for your e-mail. I can confirm that we consulted three schools about Isla on
5 May 2026: Saltcote Infant School, Canwick Creek Primary School and Heronsgate Special
School. Saltcote and Canwick Creek have replied; we are still waiting to hear from
Heronsgate, and I have chased them today.

The final plan must be issued by 22 June 2026, 20 weeks from your request. I'll call you
on Monday to talk through the replies.

Kind regards
Tom Fernleigh
Casework Officer, SEN Casework Hub
Shoremead Borough Council  |  01632 960724

-----Original Message-----
From: Niamh Brennan <niamh.brennan@example.org>
Sent: 27 May 2026 21:15
To: SEN Casework Hub
Subject: school consultation - any news?

Hello, it is now three weeks since you sent Isla's draft plan and I haven't heard which
schools you asked or what they said. Nursery finishes in July and we need to know where
she is going. Please can someone let me know. Niamh Brennan (Isla's mum)
"""

LATE_PLAN_LETTER = """12 Harbour View
Brackport
Isle of Carrow CW3 6LS

2 April 2026

SEND Team
Isle of Carrow Council
County Hall, Quay Street
Westhaven CW1 4QS

Dear Ms Trevithick,

Ellis Kerrow (DOB 02/08/2021) - draft EHC plan and the 20-week deadline

I asked for Ellis's assessment on 3 October 2025. Under the regulations the final plan
should have been issued within 20 weeks, by 20 February 2026. We received the draft on
3 February and sent our comments on 16 February asking for Harbourside Special School.
Since then we have heard nothing.

Please tell me in writing by 16 April 2026:
1. whether Harbourside has been consulted and what it said;
2. the date on which you will issue the final plan.

If I do not hear from you I will make a formal complaint and contact the Local
Government and Social Care Ombudsman.

Yours sincerely,

Demelza Kerrow
"""

# --- other ------------------------------------------------------------------------------

DWP = [
    ("org", "Department for Work and Pensions"),
    (
        "small",
        "Disability Living Allowance Unit, Mail Handling Site Q, Anyport AP98 1ZZ  |  Telephone 01632 960990",
    ),
    ("p", "Mrs Claire Beddows\n7 Brinefield Close\nNantwold CH9 5RT"),
    ("p", "Date of this letter: 21 January 2026\nReference: DLA/XX 99 88 77 C"),
    ("title", "Disability Living Allowance for Harrison Beddows - our decision"),
    (
        "p",
        "We have looked again at Harrison's Disability Living Allowance (DLA) after you told us about changes in his needs.",
    ),
    (
        "kv",
        [
            ("Care component", "Middle rate"),
            ("Mobility component", "Lower rate"),
            ("Weekly amount", "£103.70"),
            ("From", "15 January 2026"),
            ("Until", "14 January 2029"),
        ],
        [0.4, 0.6],
    ),
    (
        "p",
        "We made this decision using the information from you, from Harrison's school and from his paediatrician. If you think the decision is wrong you can ask us to look at it again (mandatory reconsideration) within one month of the date of this letter.",
    ),
    (
        "p",
        "Please tell us straight away if Harrison goes into hospital or a care home, or if his needs change.",
    ),
]

FERRY_FORM = [
    ("org", CARROW),
    ("small", "Transport and Concessions  |  Island Ferry Concession Scheme"),
    ("title", "Companion pass - application form"),
    (
        "p",
        "Use this form to apply for a free foot-passenger companion pass on the Westhaven to mainland ferry for someone who travels with a disabled child or young person.",
    ),
    ("field", "Name of the child or young person", "Ellis Kerrow"),
    ("field", "Date of birth", "02/08/2021"),
    (
        "field",
        "Reason the child needs a companion",
        "Autism and global developmental delay; he runs off and needs an adult holding his hand at all times near the quay.",
    ),
    (
        "field",
        "Evidence enclosed (tick)",
        "[X] DLA award letter  [ ] Blue Badge  [X] EHC plan or letter from professional",
    ),
    ("field", "Name of companion(s)", "Demelza Kerrow; Piran Kerrow"),
    ("field", "Signature", "D. Kerrow  04/04/2026"),
    ("small", "For office use: pass number ____   issued ____   expires ____"),
]

INVOICE = """ODUYA SPEECH & LANGUAGE
Marguerite Oduya BSc (Hons) MRCSLT, HCPC registered SL12345
14 Marsh Lane, Shoremead SS7 2QW   |   marguerite@oduyaspeech.example.org

INVOICE No. 1047
Date: 31 January 2026
To: Mrs A. Mensah-Baird, 22 Seawall Crescent, Shoremead SS7 3LP
Client: Kofi Mensah-Baird

Description                                          Hours    Rate     Amount
School observation and assessment (14/01/2026)        2.5    £95.00   £237.50
Home assessment and parent interview (16/01/2026)     2.0    £95.00   £190.00
Scoring, analysis and report writing                  4.0    £95.00   £380.00
Travel (mileage 18 miles at 45p)                                        £8.10

TOTAL DUE                                                              £815.60

Payment within 30 days by bank transfer. Sort code 00-00-00, account 12345678
(reference 1047). Thank you.
"""

MEDS_PHOTO = """Saltcote Infant School
RECORD OF MEDICINE ADMINISTERED TO AN INDIVIDUAL CHILD

Name of child: Isla Brennan        Class: Kingfishers
Medicine: Levetiracetam 100 mg/ml oral solution
Dose: 2.5 ml     Time: 12.15
Parent consent form received: 01/09/2026
Stored: locked cabinet, school office

Date       Time    Dose given    Any reactions    Staff initials    Witness
02/09/26   12.15   2.5 ml        none             KT                JH
03/09/26   12.20   2.5 ml        none             KT                JH
04/09/26   12.15   2.5 ml        none             SB                KT
07/09/26   12.15   2.5 ml        refused first    KT                JH
                                 attempt, taken
08/09/26   12.10   2.5 ml        none             KT                SB

Emergency medicine (buccal midazolam) kept in the red bag - see healthcare plan.
"""

DOCUMENTS: list[dict] = [
    {
        "name": "Letter from council.pdf",
        "kind": "decision_letter",
        "blocks": CARROW_REFUSAL,
        "accent": "00606B",
    },
    {"name": "panel.docx", "kind": "decision_letter", "blocks": PANEL_OUTCOME},
    {
        "name": "Shoremead hub reply 88213.eml",
        "kind": "decision_letter",
        "text": HUB_REASSESS,
        "headers": headers(
            "SEN Casework Hub <senhub@shoremead.example.org>",
            "sandra.fairweather@example.org",
            "[Ticket #HUB-88213] Your request - Leon Fairweather",
            "Thu, 04 Feb 2027 14:26:11 +0000",
        ),
        "html": True,
    },
    {"name": "IMG_4471.pdf", "kind": "decision_letter", "text": CEASE_PHOTO, "ocr": 0.09},
    {
        "name": "Fw_ annual review.eml",
        "kind": "decision_letter",
        "text": FWD_NO_AMEND,
        "headers": headers(
            "Gareth Beddows <beddows.family@example.org>",
            "Simon Lucas <slucas@lucaseducationlaw.example.org>",
            "Fw: Annual review outcome - Harrison Beddows",
            "Fri, 12 Jun 2026 19:05:33 +0100",
        ),
    },
    {
        "name": "Tidewater.pdf",
        "kind": "mediation_certificate",
        "blocks": TIDEWATER_CERT,
        "accent": "2E6B5E",
    },
    {
        "name": "FW_ certificate for tribunal.eml",
        "kind": "mediation_certificate",
        "text": CERT_FWD,
        "headers": headers(
            "Sian Polglase <sian.polglase@carrowsendiass.example.org>",
            "kerensa.penhallow@example.org",
            "FW: Certificate - Penhallow / Isle of Carrow Council",
            "Tue, 04 May 2027 15:47:20 +0100",
        ),
    },
    {
        "name": "Scan 2026-05-19 10.42.pdf",
        "kind": "mediation_certificate",
        "text": SALT_PLAIN_SCAN,
        "ocr": True,
    },
    {"name": "Tamsin tribunal.pdf", "kind": "appeal_form", "blocks": SEND35, "sans": True},
    {"name": "reasons.docx", "kind": "appeal_form", "blocks": REASONS_DOCX},
    {
        "name": "Scan_0088.pdf",
        "kind": "appeal_form",
        "text": SEND35_SCAN,
        "ocr": True,
        "running": "SEND35",
    },
    {
        "name": "EH661-26-00417 letter.pdf",
        "kind": "tribunal_direction",
        "blocks": REGISTRATION,
        "sans": True,
    },
    {
        "name": "Hearing date.eml",
        "kind": "tribunal_direction",
        "text": TRIB_EML,
        "headers": headers(
            "SEND Tribunal <noreply.sendtribunal@example.org>",
            "emma.sandhuwhitlow@example.org",
            "EH776/26/01188 - Sandhu-Whitlow - Direction",
            "Mon, 07 Sep 2026 10:12:45 +0100",
        ),
        "qp": True,
    },
    {
        "name": "school office scan.pdf",
        "kind": "tribunal_direction",
        "text": TRIB_SCAN,
        "ocr": True,
    },
    {"name": "tribunal update.txt", "kind": "tribunal_direction", "text": TRIB_TXT},
    {
        "name": "NHS complaint reply.pdf",
        "kind": "correspondence",
        "blocks": NHS_COMPLAINT,
        "accent": "005EB8",
    },
    {"name": "Governors letter.docx", "kind": "correspondence", "blocks": GOVERNORS},
    {
        "name": "mediation certificate.pdf",
        "kind": "correspondence",
        "blocks": TIDEWATER_INVITE,
        "accent": "2E6B5E",
    },
    {
        "name": "Re_ school consultation - any news.eml",
        "kind": "correspondence",
        "text": HUB_CHASE,
        "headers": headers(
            "Tom Fernleigh <tom.fernleigh@shoremead.example.org>",
            "Niamh Brennan <niamh.brennan@example.org>",
            "RE: school consultation - any news?",
            "Thu, 28 May 2026 09:31:02 +0100",
        ),
    },
    {
        "name": "letter to council 2 April.txt",
        "kind": "correspondence",
        "text": LATE_PLAN_LETTER,
        "crlf": True,
    },
    {"name": "DWP decision.pdf", "kind": "other", "blocks": DWP, "sans": True},
    {"name": "Ellis ferry.docx", "kind": "other", "blocks": FERRY_FORM},
    {"name": "invoice 1047.txt", "kind": "other", "text": INVOICE},
    {"name": "IMG_2203.pdf", "kind": "other", "text": MEDS_PHOTO, "ocr": 0.09},
]
