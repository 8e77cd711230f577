# ruff: noqa: E501
"""Letters of the thirteenth kind set: councils' decisions (one saved as "EHCP stuff.pdf",
one that quotes the parent's letter at length, one that quotes the council's own earlier
letter, one photographed, one inside a forwarded chain); mediation certificates; appeal
forms; the tribunal's directions, a consent order and a notice of a video hearing; and
the e-mails and letters that pass between families, schools, councils and a Welsh health
board. All invented."""

from __future__ import annotations


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


MARCHER_FOOTER = "Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh"

NOT_TO_ISSUE = [
    ("org", "Marcher Hills Council"),
    (
        "small",
        "Children's Services | SEND Assessment and Review | Shirehall, Clunford MH7 1SA | 01632 960233",
    ),
    ("p", "Our ref: SAR/EHC/3391/OL\nDate: 8 June 2026"),
    ("p", "Mr and Mrs Lloyd\nNant y Ffin Farm\nHopebury\nMH9 4DL"),
    ("p", "Dear Mr and Mrs Lloyd,"),
    ("b", "Osian Lloyd, date of birth 17 May 2018"),
    (
        "p",
        "Thank you for your patience while we completed the education, health and care needs assessment for Osian. We have now received all of the advice, including the educational psychologist's advice of 21 April 2026, the report from the Hafren Valley Teaching Health Board's speech and language therapy service and the advice of Hopebury Primary School.",
    ),
    (
        "p",
        "The Special Educational Needs Moderation Group considered the assessment on 4 June 2026. The group agreed that Osian has special educational needs in speech, language and communication and in early literacy. However, the group's view is that these needs can be met from the resources normally available to mainstream schools, together with the targeted support of the Marcher Hills Speech and Language Outreach Team, which the school has already requested.",
    ),
    (
        "p",
        "We have therefore decided not to issue an Education, Health and Care plan for Osian. We will send you a copy of the advice gathered, and a note of the support we recommend that the school puts in place under SEN Support.",
    ),
    ("b", "Your right to appeal"),
    (
        "p",
        "You can appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability). You must appeal within two months of the date of this letter, or within one month of the date of a mediation certificate if that is later. Before you appeal you must contact the Marcher Mediation Partnership (01632 960871) to discuss whether you want to use mediation; you will receive a certificate either way. Information, advice and support is available from Marcher Hills SENDIASS on 01632 960874.",
    ),
    ("p", "If you would like to talk to me about this decision, please ring me on 01632 960237."),
    (
        "sig",
        ["Yours sincerely,", "", "Gwen Beddoes", "Principal Officer, SEND Assessment and Review"],
    ),
]

QUOTES_PARENT = [
    ("org", "Weaverdale Borough Council"),
    (
        "small",
        "SEND Statutory Assessment and Review Team | Riverside House, Northwich Road, Weaverham WV4 2JQ | send.statutory@example.org",
    ),
    ("p", "Mrs Claire Bellis\n14 Saltersford Close\nWeaverham\nWV6 8PT"),
    ("p", "Ref: SSART/2026/0611\n30 March 2026"),
    ("p", "Dear Mrs Bellis,"),
    ("b", "Re: your letter of 2 March 2026 - Oscar Bellis (DOB 19/06/2014)"),
    (
        "p",
        "Thank you for your letter of 2 March 2026. So that we answer every point you raised, I have set out your letter below.",
    ),
    (
        "i",
        '"I am writing, again, about my son Oscar. I asked for an EHC needs assessment on 1 December 2025. You agreed to assess on 9 January. It is now March and nobody has told me what is happening. The educational psychologist saw Oscar on 4 February and the occupational therapist on 11 February, and both told me their reports had gone to you. The law says you have 20 weeks. Oscar is falling further behind every week: he is in Year 6, he cannot read the SATs papers and he has started to say he is stupid. I also want to tell you now that we want him to go to Crossley Hall School, which has a specialist dyslexia provision, in September, because the high school in our catchment has 1,600 pupils and he will not cope. Please tell me (1) when the decision will be made, (2) whether you will issue a plan and (3) whether you will consider Crossley Hall."',
    ),
    (
        "p",
        "I am sorry for the delay and for the worry it has caused. I will answer your three questions in turn.",
    ),
    (
        "p",
        "(1) and (2): The SEND panel met on 26 March 2026 and considered all the advice gathered during Oscar's assessment. I can now confirm that the local authority has decided that it is necessary for special educational provision to be made for Oscar in accordance with an Education, Health and Care plan. A draft plan will be sent to you by 9 April 2026. This is within the 20-week timescale, which ends on 20 April 2026 for Oscar's request.",
    ),
    (
        "p",
        "(3): When you receive the draft plan you will have 15 days to make comments and to ask for a particular school to be named. If you ask for Crossley Hall School, we will consult the school and its governing body, and we will tell you our decision on the placement when the final plan is issued. You will be able to appeal against the school named in the final plan, and against its description of Oscar's needs and provision.",
    ),
    ("sig", ["Yours sincerely", "Helen Cartwright", "SEND Casework Manager"]),
]

REFUSE_ISLE = """Isle of Wrenmoor Council
Children's Services - Special Educational Needs and Disabilities
County Hall, Portcallow, Isle of Wrenmoor WR1 1CH    01632 960510

14 February 2026
Ms S Keel
3 Ferry Lane
Sandholme

Dear Ms Keel

Request for an Education, Health and Care needs assessment - Tomas Keel (DOB 02/12/2012)

Thank you for your request of 8 December 2025. The Assessment Decision Panel met on
10 February 2026. The panel looked at your request, the information from Sandholme Academy
(Wrenmoor Academies Trust) and the letter from Wrenmoor CAMHS.

The panel decided not to carry out an Education, Health and Care needs assessment for Tomas.
The panel noted that Tomas has a diagnosis of ADHD and that his attendance has fallen. The
panel considered that the school has not yet had the chance to put in place and review a
full cycle of SEN Support (assess, plan, do, review), and that advice from the Inclusion
Support Team should be sought first.

You have the right to appeal against this decision to the SEND Tribunal. You must first
contact Island Mediation Service (01632 960522) about mediation, and you must appeal within
two months of the date of this letter or one month from the date of the mediation
certificate, whichever is later. Wrenmoor SENDIASS can help you (01632 960530).

Yours sincerely

D. Penhallow
SEN Casework Officer
"""

SECOND_LETTER = """Isle of Wrenmoor Council
Children's Services - Special Educational Needs and Disabilities

Our ref: SEN/EHCNA/2026/044
20 March 2026

Dear Ms Keel

Tomas Keel - your request that we reconsider

Thank you for meeting me and Mr Cardew, the Inclusion Support Team leader, on 11 March
2026, and for the further information you brought: the school's behaviour log for the
spring term and the letter from Dr Okonjo at Wrenmoor CAMHS dated 2 March 2026.

In our letter of 14 February 2026 we wrote:

    "The panel decided not to carry out an Education, Health and Care needs assessment for
    Tomas. The panel noted that Tomas has a diagnosis of ADHD and that his attendance has
    fallen. The panel considered that the school has not yet had the chance to put in place
    and review a full cycle of SEN Support (assess, plan, do, review), and that advice from
    the Inclusion Support Team should be sought first."

We also wrote that you had the right to appeal against that decision to the SEND Tribunal
within two months of the date of that letter, after contacting Island Mediation Service.

The panel looked at your request again on 18 March 2026 with the new information. The
panel's decision is unchanged: the local authority will not carry out an EHC needs
assessment for Tomas at this time. The panel has asked the Inclusion Support Team to visit
Sandholme Academy before Easter and to review Tomas's SEN Support plan with you in May.

Please note that the time limit for an appeal runs from our decision of 14 February 2026,
so an appeal must be registered by 14 April 2026, or within one month of a mediation
certificate if that is later. If you have already contacted Island Mediation Service, the
certificate they give you will show the date.

Yours sincerely

D. Penhallow
SEN Casework Officer
"""

FWD_PANEL = """Fiona - this is the one I told you about on the phone. Can the forum help me
with the appeal? I'm on the school run at 3 but free after 4.

Donna

---------- Forwarded message ---------
From: Ruth Kershaw <r.kershaw@example.org>
Date: Fri, 15 May 2026 at 16:40
Subject: Fwd: Outcome of SEND panel - Maisie Holt
To: Donna Holt <donnaholt84@example.org>

Hi Donna, copy of what came through to school from the LA this afternoon, in case you
have not had yours yet. I'm so sorry - ring me Monday.
Ruth (SENCo, Brackenfell Moor Primary)

---------- Forwarded message ---------
From: SEND Statutory Service <send.statutory@example.org>
Date: Fri, 15 May 2026 at 14:05
Subject: Outcome of SEND panel - Maisie Holt
To: Donna Holt <donnaholt84@example.org>
Cc: r.kershaw@example.org

Dear Mrs Holt

Maisie Holt, date of birth 11 September 2017

Following the completion of Maisie's Education, Health and Care needs assessment, the SEND
Resource Panel met on 13 May 2026 and considered all of the advice and information.

The panel has decided that it is not necessary to issue an Education, Health and Care plan
for Maisie. The panel agreed that Maisie's needs in the area of cognition and learning can
be met through SEN Support at Brackenfell Moor Primary School, with the addition of
Element 3 top-up funding of £3,000 for the 2026/27 academic year, to be reviewed termly.

A copy of this decision will be posted to you, with a copy of the advice received.

You have the right to appeal to the First-tier Tribunal (SEND) against the decision not to
issue a plan. Before doing so you must contact Brackenfell Mediation (01632 960655) for
information about mediation. An appeal must be made within two months of the date of this
e-mail, or one month from the date of the mediation certificate, whichever is later.

Kind regards

Asif Rahman
SEND Casework Officer, Brackenfell Metropolitan Borough Council
"""

CERT_DEE_WEAVER = [
    ("org", "Dee and Weaver Mediation Ltd"),
    (
        "small",
        "Independent SEND mediation | Unit 4, Canal Wharf, Weaverham WV2 3CW | 01632 960903 | bookings@example.org",
    ),
    ("title", "Mediation Certificate"),
    ("p", "Issued under section 55(5) of the Children and Families Act 2014"),
    (
        "kv",
        [
            ("Certificate number", "DWM/26/0388"),
            ("Parent", "Mrs Claire Bellis"),
            ("Child", "Oscar Bellis (19/06/2014)"),
            ("Local authority", "Weaverdale Borough Council"),
            (
                "Matters",
                "Sections B and F of the final EHC plan dated 28 April 2026; the school named in Section I",
            ),
            ("Mediation held", "12 May 2026, by video"),
            (
                "Outcome",
                "Mediation took place. Agreement was reached on part of Section F (occupational therapy). No agreement on Section B, the rest of Section F or Section I.",
            ),
            ("Date of issue", "13 May 2026"),
        ],
    ),
    (
        "p",
        "This certificate confirms that mediation has taken place. The parent may now appeal to the First-tier Tribunal (Special Educational Needs and Disability). The appeal must be made within one month of the date of issue of this certificate or two months from the date of the local authority's decision, whichever is later.",
    ),
    ("sig", ["Signed: R. Okoro", "Mediator, Dee and Weaver Mediation Ltd"]),
]

CERT_ISLE_PHOTO = """ISLAND MEDIATION SERVICE
Serving the Isle of Wrenmoor and the Solent coast

CERTIFICATE

This is to certify that the person named below contacted the mediation
adviser about a decision of the Isle of Wrenmoor Council and was given
information about mediation.

Name of parent/young person: Sarah Keel
Child/young person: Tomas Keel, DOB 02/12/2012
Decision: refusal to carry out an EHC needs assessment (letter of 14/02/2026)
Date of contact: 27/02/2026

[X] The parent/young person has decided not to pursue mediation.
[ ] Mediation took place.

Date certificate issued: 2 March 2026

Signed  K. Rowse   Mediation Adviser

This certificate must be sent with any appeal to the First-tier Tribunal
(Special Educational Needs and Disability). Keep it safe.
"""

CERT_MARCHER_EML = """Dear Mr and Mrs Lloyd,

Further to our telephone conversation today, please find below your mediation certificate.
A signed copy is attached as a PDF. Mae'r dystysgrif hon ar gael yn Gymraeg ar gais /
this certificate is available in Welsh on request.

MEDIATION CERTIFICATE
Children and Families Act 2014, section 55

Parents: Mr Huw Lloyd and Mrs Sian Lloyd
Child: Osian Lloyd, born 17/05/2018
Local authority: Marcher Hills Council
Decision appealed: decision not to issue an EHC plan, dated 8 June 2026
Date parents contacted the mediation adviser: 16 June 2026
Mediation offered: yes
Outcome: the parents do not wish to pursue mediation
Date of this certificate: 17 June 2026

You may now register an appeal with the First-tier Tribunal (SEND). Please send a copy of
this certificate with your appeal form.

Diolch / Thank you,

Carys Bevan
Mediation Adviser
Marcher Mediation Partnership | Partneriaeth Cyfryngu'r Gororau
01632 960871
"""

SEND35_TYPED = [
    (
        "title",
        "SEND35 - what I am putting in each box (typed up so I can copy it into the online form)",
    ),
    (
        "i",
        "Appeal against the contents of an EHC plan and the school named. Weaverdale Borough Council. Oscar Bellis.",
    ),
    ("h", 2, "Section 1 - About the child or young person"),
    (
        "p",
        "Oscar James Bellis, born 19 June 2014. Lives with me and his dad at 14 Saltersford Close, Weaverham. Currently at Lindow Green Primary (Year 6).",
    ),
    ("h", 2, "Section 2 - About you (the appellant)"),
    (
        "p",
        "Claire Bellis (mother) and Mark Bellis (father). Phone 07700 900418. E-mail claire.bellis@example.org. We are happy to get papers by e-mail.",
    ),
    ("h", 2, "Section 3 - Representative"),
    ("p", "None at the moment. We have talked to Weaverdale SENDIASS."),
    ("h", 2, "Section 4 - What are you appealing against?"),
    (
        "bul",
        [
            "Section B (description of needs)",
            "Section F (special educational provision)",
            "Section I (school named)",
        ],
    ),
    (
        "p",
        "Date of the final plan: 28 April 2026. Mediation certificate: DWM/26/0388, 13 May 2026 (attached).",
    ),
    ("h", 2, "Section 5 - Reasons for appeal"),
    (
        "p",
        "Section B does not mention Oscar's developmental coordination disorder, which was diagnosed by the community paediatrician in 2024 and described in the OT's advice. It does not say how severe his dyslexia is (his reading is at the 2nd centile).",
    ),
    (
        "p",
        'Section F says "small group literacy intervention" and "regular" support. It does not say how much, how often or who. The EP recommended four 30-minute one-to-one sessions a week with a specialist dyslexia teacher. The OT recommended a block of six sessions and a sloping board.',
    ),
    (
        "p",
        "Section I names Weaverham High School. We want Crossley Hall School (specialist dyslexia base). Crossley Hall has confirmed it can meet his needs (letter attached).",
    ),
    ("h", 2, "Section 6 - Health and social care"),
    ("p", "We are not asking the tribunal to make recommendations about health or social care."),
    ("h", 2, "Section 7 - Hearing"),
    (
        "p",
        "We would like a hearing by video. We will bring one witness (Oscar's class teacher, Mr Dunning). No interpreter needed.",
    ),
    ("h", 2, "Documents to attach"),
    (
        "bul",
        [
            "Final EHC plan with appendices",
            "Mediation certificate",
            "Crossley Hall letter",
            "OT report and EP report",
        ],
    ),
]

SEND35A_SCAN = """SEND35a  Notice of appeal - refusal to carry out an EHC needs assessment
First-tier Tribunal (Special Educational Needs and Disability)

Part 1  The child
Surname: KEEL    Forename(s): TOMAS    Date of birth: 02/12/2012
School: Sandholme Academy, Isle of Wrenmoor

Part 2  The appellant
Name: SARAH KEEL   Relationship: mother
Address: 3 Ferry Lane, Sandholme, Isle of Wrenmoor WR5 2FL
Telephone: 07700 900731

Part 3  The decision
Local authority: Isle of Wrenmoor Council
Date of decision letter: 14 February 2026
Mediation certificate enclosed: YES, dated 2 March 2026

Part 4  Reasons for appeal
Tomas has ADHD and has been excluded for 9 days this year. His attendance is 58%.
The school says it cannot do any more without a plan. The LA says SEN Support has not
been tried but the school has had a support plan since Year 7 with 3 reviews (copies
attached). CAMHS (Dr Okonjo) says his needs are complex and he needs an assessment.
He may need to go to the mainland for a specialist school and only a plan can do that.

Part 5  Hearing  [X] I am content for the appeal to be decided without a hearing if the
local authority agrees to assess.

Signed  S. Keel        Date  6/3/26
"""

DIRECTIONS_OSCAR = [
    ("org", "First-tier Tribunal (Health, Education and Social Care Chamber)"),
    ("small", "Special Educational Needs and Disability"),
    ("p", "Appeal number: EH998/26/00417"),
    (
        "kv",
        [
            ("Appellant", "Mrs Claire Bellis and Mr Mark Bellis"),
            ("Respondent", "Weaverdale Borough Council"),
            ("Child", "Oscar Bellis"),
        ],
    ),
    ("title", "Registration of appeal and case management directions"),
    (
        "p",
        "The Tribunal has registered this appeal on 1 June 2026 against the contents of Sections B, F and I of the Education, Health and Care plan issued on 28 April 2026.",
    ),
    ("p", "It is directed that:"),
    (
        "onum",
        [
            "The Respondent shall send its response to the appeal to the Tribunal and to the Appellants by 29 June 2026.",
            "The Appellants and the Respondent shall send any further evidence on which they wish to rely by 27 July 2026. Evidence sent after this date will not be accepted without the permission of the Tribunal.",
            "The Respondent shall prepare and send a working document of Sections B, F and I, showing the amendments each party asks for, by 10 August 2026.",
            "The Respondent shall send the hearing bundle, paginated and indexed, by 17 August 2026.",
            "Each party shall send an attendance form (SEND11) by 27 July 2026.",
            "The hearing will take place on 7 September 2026 by video, with a time estimate of one day.",
        ],
    ),
    (
        "p",
        "If a party does not comply with these directions the Tribunal may take action under rule 7 of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008.",
    ),
    ("sig", ["Registrar T. Amadi", "Dated 1 June 2026"]),
]

FWD_DIRECTIONS_EML = """Hi Mrs Probert,

Sorry to bother you in the holidays. The tribunal has sent the below about Osian's appeal -
point 3 says the school has to send its records by the 28th. Can you do that? I can drop
in the paper copies of his reading books if that helps.

Thanks, Sian Lloyd

-------- Original message --------
From: SEND Tribunal <send.tribunal@example.org>
Date: 05/08/2026 11:22 (GMT+00:00)
To: sian.lloyd@example.org, send.appeals@example.org
Subject: EH997/26/00288 - Osian Lloyd - Directions

FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER)
SPECIAL EDUCATIONAL NEEDS AND DISABILITY

Appeal: EH997/26/00288
Appellants: Mr H Lloyd and Mrs S Lloyd
Respondent: Marcher Hills Council

DIRECTIONS

Upon reading the Respondent's request of 31 July 2026 for an extension of time,

1. The Respondent's request is refused. The Respondent shall send its response by 4pm on
14 August 2026.
2. Permission is given to the Appellants to rely on the report of the independent speech
and language therapist, Ms Arwel-Jones, dated 22 July 2026.
3. The Respondent shall obtain from Hopebury Primary School and send to the Tribunal and the
Appellants, by 28 August 2026, the school's SEN Support plans and provision maps for Osian
for the school years 2024/25 and 2025/26.
4. The hearing listed on 23 September 2026 remains listed.

Judge E. Marchetti
Dated 5 August 2026

This e-mail is sent on behalf of the First-tier Tribunal. Please quote the appeal number in
all correspondence.
"""

CONSENT_ORDER = """FIRST-TIER TRIBUNAL
HEALTH, EDUCATION AND SOCIAL CARE CHAMBER
SPECIAL EDUCATIONAL NEEDS AND DISABILITY

Appeal No: EH996/26/00102

BETWEEN
SARAH KEEL                                          Appellant
and
ISLE OF WRENMOOR COUNCIL                            Respondent

CONSENT ORDER

The Respondent having agreed to carry out an education, health and care needs assessment
of Tomas Keel, and the parties having asked the Tribunal to make an order in the terms
agreed,

IT IS ORDERED THAT:

1. The appeal is allowed by consent.
2. The Respondent shall carry out an education, health and care needs assessment of Tomas
Keel under section 36 of the Children and Families Act 2014.
3. The Respondent shall notify the Appellant of the outcome of the assessment by
29 September 2026, in line with regulation 13 of the Special Educational Needs and
Disability Regulations 2014.
4. The hearing listed for 3 June 2026 is vacated.

Tribunal Judge Pryor
Date: 19 May 2026
"""

HEARING_NOTICE = [
    ("org", "First-tier Tribunal (Health, Education and Social Care Chamber)"),
    (
        "small",
        "Special Educational Needs and Disability | Tribunal post room (postal address only) | send.tribunal@example.org",
    ),
    ("p", "Appeal reference: EH997/26/00351\nElin Vaughan - Marcher Hills Council"),
    ("title", "Notice of video hearing and directions"),
    (
        "p",
        "The hearing of this appeal will take place by video on Tuesday 13 October 2026, starting at 10.00am. Joining instructions will be sent five working days before the hearing. Please log in by 9.30am so the clerk can check your connection.",
    ),
    ("b", "Directions"),
    (
        "np",
        "1.",
        "Each party may call no more than three witnesses. The Appellant has asked to call the independent physiotherapist; permission is given. The Respondent shall confirm its witnesses by 22 September 2026.",
    ),
    (
        "np",
        "2.",
        "The Respondent shall make arrangements for Elin to give her views to the panel at the start of the hearing if she wishes, and shall tell the Tribunal by 22 September 2026 whether she will attend.",
    ),
    ("np", "3.", "The bundle shall not exceed 300 pages without the permission of the Tribunal."),
    (
        "np",
        "4.",
        "The parties shall agree the working document and send it with the bundle by 29 September 2026.",
    ),
    (
        "p",
        "If you need a reasonable adjustment, a Welsh or other interpreter, or help with the video platform, tell the Tribunal as soon as possible.",
    ),
    (
        "sig",
        [
            "By order of the Tribunal",
            "Tribunal Caseworker on behalf of Judge Whitlock",
            "8 September 2026",
        ],
    ),
]

MEETING_CHAIN = """Morning all - 2.15 on Thursday 14th works for me. I'll book the small hall
office. Lucy, could you bring the Makaton signs list so Helen can see what Amelia uses?

Bernadette Flynn
SENCo | St Winefride's Catholic Primary School
Part of St Aelred Catholic Academy Trust | Company No. 09990011 | Registered office:
Aelred House, Weaverham WV1 2AA

On Tue, 5 May 2026 at 19:12, Lucy Stanway <lucy.stanway@example.org> wrote:
> Thursday 14th is fine, any time after 2. Will the EP be there? I still haven't seen her
> report, only the bit in the draft plan. And is it too late to ask for mediation if we
> don't agree with the draft? I just want to know where we stand.
>
> On Tue, 5 May 2026 at 16:03, Helen Cartwright <send.statutory@example.org> wrote:
>> Dear Mrs Stanway and Mrs Flynn,
>>
>> Thank you both. As discussed, I would like to meet to go through the draft plan for
>> Amelia before it is finalised. Could you let me know if Thursday 14 or Friday 15 May
>> works? The EP report (Appendix D) is attached again here for Mrs Stanway - apologies
>> that it did not come through with the draft.
>>
>> On mediation: mediation is about a final plan or a decision, so you would not need it
>> at the draft stage, but the information will be in the letter with the final plan.
>>
>> Kind regards
>> Helen Cartwright
>> SEND Casework Manager, Weaverdale Borough Council
>>
>>> On Mon, 4 May 2026, Bernadette Flynn wrote:
>>> Hi Helen, school can do any afternoon next week except Wednesday (Mass). B.
"""

APPOINTMENT_BILINGUAL = [
    ("org", "Bwrdd Iechyd Addysgu Dyffryn Hafren / Hafren Valley Teaching Health Board"),
    (
        "small",
        "Gwasanaeth Therapi Iaith a Lleferydd Plant / Children's Speech and Language Therapy Service",
    ),
    ("small", "Canolfan Iechyd Y Trallwng / Welshpool Health Centre | 01632 960640"),
    ("p", "Dyddiad / Date: 03/03/2026\nRhif GIG / NHS number: 999 214 6630"),
    ("p", "At rieni / To the parents of:\nRhys Pryce-Morgan\n2 Offa's Terrace\nClunford MH7 3OT"),
    ("b", "Apwyntiad / Appointment"),
    ("p", "Annwyl Riant / Dear Parent,"),
    (
        "p",
        "Mae apwyntiad wedi'i drefnu ar gyfer Rhys gyda'r therapydd iaith a lleferydd. / An appointment has been arranged for Rhys with the speech and language therapist.",
    ),
    (
        "kv",
        [
            ("Dyddiad / Date", "Dydd Mercher / Wednesday 18 March 2026"),
            ("Amser / Time", "10:30"),
            ("Lleoliad / Place", "Clunford CE Primary School (school visit)"),
            ("Therapydd / Therapist", "Nia Prosser, Specialist Speech and Language Therapist"),
        ],
    ),
    (
        "p",
        "Os na allwch ddod, ffoniwch ni. / If you cannot attend, please phone us. Patients who do not attend without telling us may be discharged back to their referrer.",
    ),
    (
        "p",
        "Mae'r llythyr hwn ar gael mewn fformatau eraill. / This letter is available in other formats.",
    ),
    ("sig", ["Yn gywir / Yours sincerely,", "Gweinyddwr Archebu / Booking Administrator"]),
]

PARENT_QUOTES_DECISION = [
    ("p", "Donna Holt\n27 Heather Bank\nBrackenfell BF6 9HB"),
    (
        "p",
        "SEND Statutory Service\nBrackenfell Metropolitan Borough Council\nTown Hall, Brackenfell BF1 1AA",
    ),
    ("p", "22 May 2026"),
    ("p", "Dear Mr Rahman,"),
    ("b", "Maisie Holt (DOB 11/09/2017) - your e-mail of 15 May 2026"),
    (
        "p",
        "I am writing about your e-mail of 15 May, which I received second-hand from Maisie's school before I saw it myself. You wrote:",
    ),
    (
        "i",
        '"The panel has decided that it is not necessary to issue an Education, Health and Care plan for Maisie. The panel agreed that Maisie\'s needs in the area of cognition and learning can be met through SEN Support at Brackenfell Moor Primary School, with the addition of Element 3 top-up funding of £3,000 for the 2026/27 academic year, to be reviewed termly."',
    ),
    (
        "p",
        "I do not understand how the panel reached this. The educational psychologist's advice says Maisie's needs are \"severe and long-term\", that she needs daily individual teaching, and that she has made almost no progress in reading in two years of SEN Support. £3,000 pays for about three hours of a teaching assistant a week. The school told me at the review that they cannot meet her needs without more.",
    ),
    (
        "p",
        "Please can you send me the panel's notes and the reasons for the decision, and can we have a meeting before I decide whether to go to mediation? I would also like to know whether the speech and language therapy advice was seen by the panel, because it is not in the list of advice you sent.",
    ),
    (
        "p",
        "I would be grateful for a reply within 10 working days as the appeal deadline is running.",
    ),
    ("sig", ["Yours sincerely,", "Donna Holt"]),
]

ACADEMY_INVITE = [
    ("org", "Moss Lane Academy"),
    (
        "small",
        "A member of the Three Rivers Learning Partnership | Moss Lane, Brackenfell BF3 7ML | 01632 960702",
    ),
    (
        "small",
        "Three Rivers Learning Partnership is a charitable company limited by guarantee registered in England and Wales, company number 09998877. Registered office: Confluence House, Brackenfell BF1 4TR.",
    ),
    ("p", "4 June 2026"),
    ("p", "Mr and Mrs Nowicki\n19 Millstone Road\nBrackenfell BF3 8MR"),
    ("p", "Dear Mr and Mrs Nowicki,"),
    ("b", "Kacper Nowicki - annual review of his Education, Health and Care plan"),
    (
        "p",
        "I am writing to invite you to Kacper's annual review meeting on Thursday 18 June 2026 at 9.15am in the Hub meeting room. We have also invited Kacper's CAMHS worker, the Autism Outreach Team and Mr Rahman from the local authority's SEND team. Kacper is welcome to join for part or all of the meeting, or to send his views on the enclosed \"My review\" sheet.",
    ),
    (
        "p",
        "Please could you complete the parent views form and return it by 11 June, so that it can be sent to everyone attending two weeks before the meeting with the other advice. If the time does not suit you, please ring me and we will find another.",
    ),
    ("sig", ["Yours sincerely,", "Mrs J. Aspinall", "SENDCo and Assistant Principal (Inclusion)"]),
]

FERRY_EML = """Dear Ms Ashdown,

Thank you for your e-mail of 2 July about Lily's transport from September.

I can confirm that Lily is eligible for assisted transport to Saltings CE Primary School
under our Home to School Travel Policy (section 4.2, pupils with an EHC plan). This will be
by shared taxi from your home, with a passenger assistant, leaving at 8.10am.

On the other point you raised: I am afraid the council does not fund ferry travel for
parents attending hospital appointments on the mainland, as these are health appointments.
The Wrenmoor Ferries hospital travel scheme (NHS Healthcare Travel Costs Scheme) may help -
St Brannoc's Hospital's patient advice team can tell you more (01632 960588).

If you want to discuss Lily's transport, please call the Travel Assistance Team on
01632 960545, Monday to Friday, 9am to 4pm.

Kind regards

Paul Tregenza
Travel Assistance Officer
Isle of Wrenmoor Council

This e-mail and any files sent with it are confidential and intended only for the named
recipient. If you have received it in error please tell the sender and delete it.
"""

DOCUMENTS: list[dict] = [
    {
        "name": "EHCP stuff.pdf",
        "kind": "decision_letter",
        "blocks": NOT_TO_ISSUE,
        "sans": True,
        "accent": "2E5E3A",
        "footer": MARCHER_FOOTER,
    },
    {
        "name": "Re your letter of 2 March.docx",
        "kind": "decision_letter",
        "blocks": QUOTES_PARENT,
        "footer": "Weaverdale Borough Council - working together for Weaverdale",
    },
    {"name": "document(3).pdf", "kind": "decision_letter", "text": REFUSE_ISLE, "ocr": 0.07},
    {
        "name": "Fwd_ Fwd_ Outcome of SEND panel - Maisie Holt.eml",
        "kind": "decision_letter",
        "headers": headers(
            "Donna Holt <donnaholt84@example.org>",
            "Fiona Marsden <info@example.org>",
            "Fwd: Fwd: Outcome of SEND panel - Maisie Holt",
            "Sat, 16 May 2026 09:31:07 +0100",
        ),
        "text": FWD_PANEL,
        "qp": True,
    },
    {"name": "Decision letter 2.txt", "kind": "decision_letter", "text": SECOND_LETTER},
    {
        "name": "tribunal.pdf",
        "kind": "mediation_certificate",
        "blocks": CERT_DEE_WEAVER,
        "accent": "3B5B92",
    },
    {"name": "IMG_4471.pdf", "kind": "mediation_certificate", "text": CERT_ISLE_PHOTO, "ocr": 0.09},
    {
        "name": "Your mediation certificate.eml",
        "kind": "mediation_certificate",
        "headers": headers(
            "Carys Bevan <mediation@example.org>",
            "Sian Lloyd <sian.lloyd@example.org>",
            "Mediation certificate / Tystysgrif cyfryngu - Osian Lloyd",
            "Wed, 17 Jun 2026 15:48:22 +0100",
        ),
        "text": CERT_MARCHER_EML,
        "html": True,
    },
    {"name": "SEND35 answers typed up.docx", "kind": "appeal_form", "blocks": SEND35_TYPED},
    {
        "name": "Scan_0007.pdf",
        "kind": "appeal_form",
        "text": SEND35A_SCAN,
        "ocr": True,
        "running": "SEND35a (04/26)",
    },
    {
        "name": "HMCTS letter.pdf",
        "kind": "tribunal_direction",
        "blocks": DIRECTIONS_OSCAR,
        "accent": "333333",
    },
    {
        "name": "Fwd_ EH997_26_00288 - Osian Lloyd - Directions.eml",
        "kind": "tribunal_direction",
        "headers": headers(
            "Sian Lloyd <sian.lloyd@example.org>",
            "Mrs E Probert <head@example.org>",
            "Fwd: EH997/26/00288 - Osian Lloyd - Directions",
            "Wed, 05 Aug 2026 21:03:40 +0100",
        ),
        "text": FWD_DIRECTIONS_EML,
    },
    {"name": "order.txt", "kind": "tribunal_direction", "text": CONSENT_ORDER, "crlf": True},
    {
        "name": "Untitled.pdf",
        "kind": "tribunal_direction",
        "blocks": HEARING_NOTICE,
        "accent": "333333",
    },
    {
        "name": "Re_ Re_ Re_ meeting.eml",
        "kind": "correspondence",
        "headers": headers(
            "Bernadette Flynn <senco@example.org>",
            "Lucy Stanway <lucy.stanway@example.org>",
            "Re: Re: Re: meeting",
            "Wed, 06 May 2026 08:02:15 +0100",
            cc="Helen Cartwright <send.statutory@example.org>",
        ),
        "text": MEETING_CHAIN,
    },
    {
        "name": "SALT.pdf",
        "kind": "correspondence",
        "blocks": APPOINTMENT_BILINGUAL,
        "sans": True,
        "accent": "00594F",
    },
    {
        "name": "letter to LA re panel.docx",
        "kind": "correspondence",
        "blocks": PARENT_QUOTES_DECISION,
    },
    {
        "name": "Moss Lane letter.pdf",
        "kind": "correspondence",
        "blocks": ACADEMY_INVITE,
        "sans": True,
        "accent": "7A1F2B",
    },
    {
        "name": "RE_ Lily transport September.eml",
        "kind": "correspondence",
        "headers": headers(
            "Travel Assistance <travel.assist@example.org>",
            "Jo Ashdown <jo.ashdown@example.org>",
            "RE: Lily transport September",
            "Tue, 07 Jul 2026 10:14:55 +0100",
        ),
        "text": FERRY_EML,
        "html": True,
    },
]
