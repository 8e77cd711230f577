# ruff: noqa: E501
"""Reviews, views and the rest of the thirteenth kind set: annual review reports (one saved
as "school report.docx", one exported from an island council's portal, one photographed,
one typed up as recommendations); parents' views (notes saved as "decision.txt", comments
saved as "EP report.docx", a portal contribution); children's views (a Word file called
"Doc1.docx", a handwritten review sheet photographed, a teenager's e-mail to his mother);
and papers that are none of the named kinds (a travel policy, an attendance printout, an
expert's invoice, a school's risk assessment, a direct payment agreement). All invented."""

from __future__ import annotations

from document_kinds_m.letters import headers

AR_SCHOOL_REPORT = [
    ("org", "Moss Lane Academy"),
    ("small", "A member of the Three Rivers Learning Partnership | Moss Lane, Brackenfell BF3 7ML"),
    ("title", "Annual Review of Education, Health and Care Plan - Report"),
    (
        "kv",
        [
            ("Pupil", "Kacper Nowicki (DOB 09/02/2014)"),
            ("Year", "7"),
            ("Date of review meeting", "18 June 2026"),
            ("Chair", "Mrs J. Aspinall, SENDCo"),
            (
                "Present",
                "Mr and Mrs Nowicki; Kacper (first 15 minutes); Mr Hargreaves (key adult); Mrs Cooke (ELSA); A. Rahman (LA SEND officer); L. Mensah (SALT) by Teams. Apologies: CAMHS (report sent)",
            ),
        ],
    ),
    ("h", 2, "Kacper's views"),
    (
        "p",
        'Kacper said the Hub is the best thing about school and that Mr Hargreaves "gets it". He wants to stop having to walk past the canteen. He would like to do more art.',
    ),
    ("h", 2, "Parents' views"),
    (
        "p",
        "Mr and Mrs Nowicki said Kacper is calmer since the Hub and the medication, but mornings are still very difficult. They want the plan to say he can use the Hub whenever he needs it, not only at break.",
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Continue / amend / cease"],
            [
                "Attend school regularly with support",
                "Attendance 61% spring term (up from 48%)",
                "Amend: full timetable by July 2027",
            ],
            ["Tell an adult when he needs a break", "Uses exit card 2-5 times a week", "Continue"],
            [
                "Complete written work using a laptop",
                "Achieved in most lessons",
                "Cease - now part of everyday provision",
            ],
        ],
        [0.35, 0.35, 0.3],
    ),
    ("h", 2, "Recommendations to the local authority"),
    (
        "bul",
        [
            "Amend Section B to describe Kacper's anxiety and attendance, and his sensory needs as set out in the OT report of 5 May 2026.",
            "Amend Section F to give access to the Hub at all times, ELSA weekly for 45 minutes, and half-termly autism outreach advice.",
            "Add CAMHS medication review to Section G.",
            "Placement to continue at Moss Lane Academy.",
        ],
    ),
    (
        "p",
        "The local authority must tell the family within 4 weeks of the meeting whether it will keep the plan as it is, amend it or cease to maintain it.",
    ),
    ("sig", ["J. Aspinall", "SENDCo"]),
]

AR_PORTAL = [
    ("small", "SEND Connect | Isle of Wrenmoor Council | Record export"),
    ("small", "Exported by: senco.cliffepath (School account) on 10/03/2026 15:32"),
    (
        "kv",
        [
            ("Record ID", "REF71904"),
            ("Record type", "EHCP - Annual Review (Form AR2)"),
            ("Record status", "Submitted to LA"),
            ("Child", "Alfie Cheverton"),
            ("Date of birth", "18/05/2016"),
            ("Setting", "Cliffe Path Academy (Wrenmoor Academies Trust)"),
            ("Review meeting date", "03/03/2026"),
        ],
    ),
    ("h", 1, "AR2.1 Who contributed"),
    (
        "p",
        "Parents (Mr and Mrs Cheverton), Alfie, class teacher, SENCo, Qualified Teacher of Vision Impairment (Sensory Support Service), habilitation officer.",
    ),
    ("h", 1, "AR2.2 What is working well"),
    (
        "p",
        "Alfie reads enlarged print (N24) confidently and has started to learn braille letters. He moves around school independently using the tactile markers put in last year. He has a good group of friends.",
    ),
    ("h", 1, "AR2.3 What is not working well"),
    (
        "p",
        "Alfie's eye condition (retinitis pigmentosa) has deteriorated; his visual field is now less than 10 degrees. He struggles in the playground at dusk in winter and on the ferry to mainland trips.",
    ),
    ("h", 1, "AR2.4 Progress towards outcomes"),
    (
        "p",
        "Outcome 1 (reading at age-related level with enlarged print): partly met. Outcome 2 (independent mobility in school): met.",
    ),
    ("h", 1, "AR2.5 Changes recommended to the EHC plan"),
    (
        "bul",
        [
            "Section B: update visual field and add braille as his future reading medium.",
            "Section F: braille teaching by a QTVI 3 x 30 minutes a week (currently 1 x 30); habilitation sessions each half term; modified materials prepared in advance.",
            "Section I: no change.",
        ],
    ),
    ("h", 1, "AR2.6 Recommendation"),
    ("p", "Amend the plan."),
]

AR_PHOTO = """MARCHER HILLS COUNCIL - ANNUAL REVIEW RECORD (EHC PLAN)
Please complete and return to SEND Assessment and Review within 2 weeks of the meeting

Child: Cerys Pugh      DOB: 20/09/2013      School: Severnside Special School
Date of meeting: 4/2/26      Plan dated: 12/2/2025

People at the meeting: Mum (Mrs K Pugh), Dad by phone, Mr Lloyd-Evans (class teacher),
Mrs Harley (SENCo), physio (Owain Jenkins, health board), school nurse

Cerys's views (how gathered): photos of her favourite activities, she smiled and vocalised
at the sensory room and hydrotherapy pool photos. Eye gaze: chose "music" and "Mum".

Parents' views: happy with school. Worried about seizures increasing. Want eye gaze
to be used at home as well as school.

Progress: Cerys is using eye gaze to make choices between 4 pictures (outcome met).
She tolerates her standing frame for 40 minutes. Seizures more frequent this term.

Changes needed to the plan:
Section B - update communication (eye gaze), health needs (seizures)
Section F - eye gaze device to go home; AAC review by the specialist team each term
Section G - epilepsy care plan, rescue medication trained staff

Recommendation: AMEND plan   Placement: continue at Severnside Special School

Signed (SENCo) D. Harley    Date 6/2/26
"""

AR_RECS_TXT = """Review of EHC plan - summary and recommendations to the local authority
Noah Fairclough, Year 5, Lindow Green Primary School
Review meeting: 24 March 2026 (interim review requested by school)

Attended: Mrs Fairclough (mum), Noah's class teacher Mrs Ince, Mr Dunning (SENCo),
Siobhan Marr (Paediatric Diabetes Specialist Nurse), Weaverdale SEND caseworker (Teams)

1. Why this review was called
Noah's diabetes treatment changed (insulin pump) and he has had three hypos needing
treatment since December. Staff changes mean only one trained adult remains.

2. Noah's views
Noah drew his "good day": ICT, lunch with Sam, no finger pricks. He does not like it when
the teacher says his pump "beeps too much" in front of the class.

3. Progress
Noah is making expected progress in maths and reading comprehension. Writing remains a
difficulty. He has had fewer meltdowns since his visual timetable was reintroduced.

4. Agreed recommendations
a) Amend Section C and Section G to reflect the pump, sensor and hypo management.
b) Amend Section F so that a trained adult is available to Noah throughout the school day,
   including lunch and trips (currently "access to adult support").
c) Two further staff to be trained by the diabetes team before the summer term.
d) Next annual review in October 2026 as planned.

Recorded by A. Dunning, SENCo
"""

PARENT_NOTES = """What I want to say tomorrow (Tuesday 10.30 with Mr Cardew and Mrs Penhallow)

- Tomas is 13. He is not naughty, he has ADHD. Everyone keeps saying "behaviour".
- 9 days sent home this year. 58% attendance. He is falling behind in everything.
- School have done the support plan since year 7 - 3 reviews. I have copies. The letter
  says they haven't done a full cycle. That is not true!!
- CAMHS (Dr Okonjo) says an assessment would help. Ask if they have read his letter.
- I am on my own with him and his sister. I work in the chippy till 9. I am exhausted.
- What I want: an assessment. Someone who understands ADHD to look at what he needs.
  A key person at school. Somewhere to calm down that isn't the isolation room.
- If they say no again I am going to appeal. Ask about the time limit - 2 months from
  the 14th Feb?
- Don't cry. Bring the folder.
"""

PARENT_COMMENTS = [
    ("title", "Our views on Amelia's draft EHC plan (and on the EP report)"),
    (
        "p",
        "From Lucy and Dan Stanway, 12 May 2026, for the meeting on 14 May with Mrs Cartwright and Mrs Flynn",
    ),
    ("h", 2, "About Amelia"),
    (
        "p",
        'We are happy with Part 1. Please add that Amelia loves swimming with her grandad and that she signs "sorry" when someone is sad - she is very caring.',
    ),
    ("h", 2, "The EP report"),
    (
        "p",
        'We agree with most of Dr Lomax\'s report. We want to point out that it says Amelia uses "about 40 signs"; she now uses over 60 at home (list attached). We are pleased she recommends full-time support and Down syndrome training for staff.',
    ),
    ("h", 2, "The draft plan"),
    (
        "bul",
        [
            "Part 3 should say that Amelia has a moderate hearing loss in her left ear (glue ear), from the audiology report in January.",
            'Part 5: speech and language therapy should say how many direct sessions (Rachel recommended six a term), not "regular therapy".',
            "Part 5: we want the physiotherapist's gross motor programme included - it is in her report but not in the plan.",
            "Part 7: we want St Winefride's named. Her sisters are there and it is our parish school.",
        ],
    ),
    (
        "p",
        "We think Amelia has come on so much this year because of the support she has had, and we are worried it will be reduced when the plan is finalised.",
    ),
]

PARENT_PORTAL = [
    ("small", "SEND Connect | Isle of Wrenmoor Council | Contribution"),
    (
        "kv",
        [
            ("Record ID", "REF88213"),
            ("Contribution type", "Parent/carer views (for EHC needs assessment)"),
            ("Submitted by", "Jo Ashdown (mother)"),
            ("Submitted on", "03/02/2026 22:47"),
        ],
    ),
    ("h", 1, "What is important to your child?"),
    (
        "p",
        "Her brother Finn, our dog Pebble, the beach at Sandholme, drawing, and being with her friends even when she can't follow what they are saying.",
    ),
    ("h", 1, "What is your child good at?"),
    (
        "p",
        "Numbers and puzzles. Remembering routes - she always knows the way to the ferry. She is kind and notices when people are upset.",
    ),
    ("h", 1, "What worries you?"),
    (
        "p",
        'Lily gets left out because she cannot keep up with conversations, especially in noisy places. She has started saying she is "dumb". At school she watches the other children to know what to do. I am worried the school is too small to have the right help and that she will fall further behind in reading. We have to go to the mainland for her audiology and ENT appointments and it takes a whole day.',
    ),
    ("h", 1, "What support do you think your child needs?"),
    (
        "p",
        "Speech and language therapy in school every week, not just a programme. Adults who know how to use her radio aid. Help with reading in a small quiet group. Someone to check her hearing aids are working every morning.",
    ),
    ("h", 1, "What would you like your child to achieve in the next few years?"),
    (
        "p",
        "To read a book to Finn. To have a best friend. To be confident to ask when she doesn't understand.",
    ),
]

CHILD_DOC1 = [
    ("title", "Osian's views"),
    (
        "i",
        "Osian told me these things when we sat in the library. I wrote down his words. He chose the pictures. - Mrs Harries, TA, 10 March 2026",
    ),
    ("b", "What I like"),
    (
        "bul",
        [
            "tractors",
            "lambs. I helped Dad with the lambs. One was called Bara.",
            "playtime football",
            "Mrs Harries",
        ],
    ),
    ("b", "What is hard"),
    (
        "bul",
        [
            "reading. the letters move and I forget them",
            "when Mrs Probert says lots of things I don't know what to do first",
            "writing a story",
        ],
    ),
    ("b", "What helps me"),
    (
        "bul",
        ["when Mrs Harries shows me", "pictures", "doing it again and again", "when it is quiet"],
    ),
    ("b", "When I am big"),
    ("p", "I want to be a farmer like Dad and drive the big tractor."),
]

CHILD_HANDWRITTEN = """My review    Name: Kacper

What is going well?
the Hub. Mr Hargreaves. art. I have a laptop now so I dont have
to write so much. ELSA is ok.

What is not going well?
the corridors are to loud and people push. the canteen smells
I cant go in. Science is in the far block. Mornings.

What would I like to change?
lunch in the Hub every day not just some days
go in lessons 5 min late or early
more art
no one to shout

What do I want to be when I'm older?
comic artist or a chef (Polish food)

Anything else?
I am not being bad when I go out of class it is because it is too much.
"""

CHILD_EML = """Mum this is my bit for the tribunal thing. You said to write what I want the
judge to know. Can you send it to the woman at the council and the tribunal. I don't
want to go to the hearing.

Things I want the judge to know - Jayden Okafor-Reid, age 16

I am dyslexic. When I read, the words jump and I lose my place. I have always been
put at the back with a TA and given easier worksheets. I am not thick. I can fix any bike
and I did the engine on my uncle's moped.

At school they made me read out loud in English in Year 9 and everyone laughed. After
that I started walking out. I got excluded twice.

I want to go to Brackenfell College to do motor vehicle level 2. I need the computer to
read things to me and to type with my voice. In the test at school I got 2 marks out of
40 in the written part but when the teacher read it to me I got 31.

I want the plan to say I get the reading software and a specialist teacher who knows
dyslexia. Not just "support". Support never means anything.

Jayden
"""

TRAVEL_POLICY = [
    ("org", "Isle of Wrenmoor Council"),
    ("title", "Home to School Travel Policy 2026/27 (extract)"),
    ("h", 2, "4. Children and young people with special educational needs and disabilities"),
    (
        "np",
        "4.1",
        "The council will provide free travel assistance to a child of compulsory school age who attends the nearest suitable school and who cannot reasonably be expected to walk there because of their special educational needs, disability or mobility problem.",
    ),
    (
        "np",
        "4.2",
        "Where a child has an education, health and care plan, the school named in Section I will be treated as the nearest suitable school. Travel assistance may be a travel pass, a mileage allowance, shared transport or, exceptionally, individual transport.",
    ),
    (
        "np",
        "4.3",
        "Travel to a school on the mainland: where the council names a school on the mainland, the council will arrange and pay for ferry crossings and onward travel, and for a passenger assistant where assessed as needed. Parents accompanying a child will be provided with a ferry pass for the first and last day of each term.",
    ),
    (
        "np",
        "4.4",
        "The council does not provide travel assistance for attendance at health appointments, respite or after-school activities.",
    ),
    ("h", 2, "5. Post-16 travel"),
    (
        "np",
        "5.1",
        "Students aged 16 to 18 may apply for the Island Student Travel Card. A contribution of £180 a year is charged; this is waived for families on low incomes.",
    ),
    ("h", 2, "6. Appeals"),
    (
        "np",
        "6.1",
        "If you disagree with a decision about travel assistance you may ask for a review within 20 working days (stage one) and, after that, appeal to an independent panel of councillors (stage two). Travel decisions cannot be appealed to the SEND Tribunal.",
    ),
]

ATTENDANCE_TXT = """SANDHOLME ACADEMY - Attendance summary (printed from SIMS) 17/03/2026 10:42

Pupil: KEEL, Tomas   Year 8   Reg: 8PN   UPN: withheld
Period: 01/09/2025 - 13/03/2026

Possible sessions:       242
Present (/ \\):          140   57.9%
Authorised absence:       61   25.2%
  I (illness)             34
  M (medical appt)        11
  E (suspended)           16
Unauthorised absence:     41   16.9%
  O (unauthorised)        29
  G (holiday)              0
  U (late after reg)      12
Approved educational activity (B, P): 0

Suspensions this year: 3 (total 8 days) - 06/10/25 (2), 24/11/25 (3), 02/02/26 (3)
Internal isolation: 11 days
Persistent absentee (below 90%): YES   Severe (below 50%): NO

Week   Mon  Tue  Wed  Thu  Fri
w/c 02/03  /\\  /\\  OO  /\\  II
w/c 09/03  /\\  OO  OO  /\\  /\\
"""

INVOICE = [
    ("org", "Dr Kwame Ansah, CPsychol, AFBPsS"),
    ("small", "Chartered Educational Psychologist | 01632 960955 | kwame.ansah@example.org"),
    ("title", "INVOICE 2026-061"),
    (
        "p",
        "To: Mr and Mrs Bellis, 14 Saltersford Close, Weaverham WV6 8PT\nDate: 6 July 2026\nYour reference: Oscar Bellis - SEND Tribunal EH998/26/00417",
    ),
    (
        "grid",
        [
            ["Item", "Amount"],
            ["Assessment of Oscar (home and school, 23 June 2026) and scoring", "£950.00"],
            ["Review of papers (EHC plan, LA advice, school records)", "£250.00"],
            ["Report for the Tribunal", "£600.00"],
            [
                "Attendance at hearing by video (if required, half day) - to be invoiced separately",
                "£0.00",
            ],
            ["Total due", "£1,800.00"],
        ],
        [0.75, 0.25],
    ),
    (
        "p",
        "Payment within 30 days by bank transfer, please quoting the invoice number. Sort code 00-00-00, account 00000000 (Dr K Ansah Practice). Not VAT registered.",
    ),
    ("p", "Thank you for your instruction."),
]

RISK_ASSESSMENT = [
    ("org", "Moss Lane Academy - Three Rivers Learning Partnership"),
    ("title", "Individual Risk Assessment and Support Plan"),
    (
        "kv",
        [
            ("Pupil", "Kacper Nowicki, Year 7"),
            ("Reason", "Leaving lessons without permission; distress at transitions"),
            ("Completed by", "Mr S. Hargreaves (key adult) and Mrs J. Aspinall (SENDCo)"),
            ("Date", "12 January 2026"),
            ("Review date", "Half termly"),
        ],
    ),
    (
        "table",
        [
            [
                "Hazard / trigger",
                "Who could be harmed and how",
                "Control measures",
                "Risk (after controls)",
            ],
            [
                "Crowded corridors at lesson change",
                "Kacper: distress, running off site",
                "Leaves 3 minutes early; route agreed; staff on duty aware",
                "Low",
            ],
            [
                "Leaving class without using the exit card",
                "Kacper: unsupervised, may leave site",
                "Exit card on desk; Hub staff alerted by radio; gate locked during lessons",
                "Medium",
            ],
            [
                "Fire alarm",
                "Kacper: extreme distress at noise",
                "Ear defenders in bag; key adult meets him at assembly point; pre-warned of planned drills",
                "Low",
            ],
            [
                "Unplanned cover teacher",
                "Kacper: refusal, leaving",
                "Cover staff briefed via one-page profile; Hub option",
                "Medium",
            ],
        ],
        {"widths": [0.22, 0.24, 0.38, 0.16], "size": 8.5},
    ),
    (
        "p",
        "Parents have seen and agreed this plan. Kacper has helped to write the exit card rules.",
    ),
    ("sig", ["Signed: S. Hargreaves    J. Aspinall    M. Nowicki (parent)"]),
]

DIRECT_PAYMENT = """MARCHER HILLS COUNCIL - ADULTS AND CHILDREN'S SOCIAL CARE
DIRECT PAYMENT AGREEMENT (CHILDREN'S SHORT BREAKS)

Agreement number: DP/CH/0719
Child: Cerys Pugh, DOB 20/09/2013
Recipient: Mrs Kathryn Pugh (mother), 8 Castle Bank, Clunford MH7 2CB

1. The council will pay £312.00 every four weeks into the recipient's direct payment
account to buy short breaks for Cerys, as assessed in her child and family assessment of
9 October 2025 (Disabled Children's Team): 6 hours a week of personal assistant support
and 12 overnight stays a year at Hafod Lodge short breaks unit.

2. The recipient agrees to use the money only for the agreed support, to keep records
and receipts, and to send a quarterly return to the Direct Payments Team.

3. The recipient will be the employer of any personal assistant and is responsible for
payroll, employer's liability insurance and DBS checks. The council's support service
(Clunford Independent Living, 01632 960262) can help.

4. Unspent money over 8 weeks' worth may be reclaimed by the council.

5. This agreement will be reviewed at least once a year, and when Cerys's needs change.

Signed for the council: R. Mostyn, Direct Payments Officer    Date: 01/11/2025
Signed by the recipient: K. Pugh                              Date: 03/11/2025
"""

DOCUMENTS: list[dict] = [
    {"name": "school report.docx", "kind": "annual_review", "blocks": AR_SCHOOL_REPORT},
    {
        "name": "Wrenmoor_AR_Export_REF71904.pdf",
        "kind": "annual_review",
        "blocks": AR_PORTAL,
        "sans": True,
        "accent": "00707A",
        "footer": "SEND Connect export - page {n} of {m}",
    },
    {"name": "IMG_5520.pdf", "kind": "annual_review", "text": AR_PHOTO, "ocr": 0.08},
    {"name": "Noah review notes.txt", "kind": "annual_review", "text": AR_RECS_TXT},
    {"name": "decision.txt", "kind": "parent_views", "text": PARENT_NOTES},
    {"name": "EP report.docx", "kind": "parent_views", "blocks": PARENT_COMMENTS},
    {
        "name": "Wrenmoor_Contribution_REF88213.pdf",
        "kind": "parent_views",
        "blocks": PARENT_PORTAL,
        "sans": True,
        "accent": "00707A",
        "footer": "SEND Connect export - page {n} of {m}",
    },
    {"name": "Doc1.docx", "kind": "child_views", "blocks": CHILD_DOC1},
    {"name": "IMG_4480.pdf", "kind": "child_views", "text": CHILD_HANDWRITTEN, "ocr": 0.1},
    {
        "name": "my bit.eml",
        "kind": "child_views",
        "headers": headers(
            "Jayden O-R <jaydenokr@example.org>",
            "Mum <t.okafor@example.org>",
            "my bit",
            "Sun, 28 Jun 2026 23:41:09 +0100",
        ),
        "text": CHILD_EML,
    },
    {
        "name": "transport policy.pdf",
        "kind": "other",
        "blocks": TRAVEL_POLICY,
        "sans": True,
        "accent": "00707A",
    },
    {"name": "attendance.txt", "kind": "other", "text": ATTENDANCE_TXT},
    {"name": "invoice.docx", "kind": "other", "blocks": INVOICE},
    {
        "name": "risk assessment.pdf",
        "kind": "other",
        "blocks": RISK_ASSESSMENT,
        "sans": True,
        "accent": "7A1F2B",
    },
    {"name": "DP agreement.txt", "kind": "other", "text": DIRECT_PAYMENT, "crlf": True},
]
