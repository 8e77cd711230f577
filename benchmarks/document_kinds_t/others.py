# ruff: noqa: E501
"""Annual reviews, parents' and children's views, correspondence and other papers of set T:
a DWP letter, an NHS trust's appointment letter, a council's travel letter, a mediation
service's booking letter, a school prospectus page. All invented."""

from __future__ import annotations

from document_kinds_t.common import BRINE, WRAYLE, WRAYLE_NHS, headers

AR_REPORT = [
    ("org", "Sandmouth Church of England Primary School"),
    ("title", "Annual Review of EHC Plan - Report of the review meeting"),
    (
        "kv",
        [
            ("Child", "Tomos Rowse"),
            ("Date of meeting", "16 June 2026"),
            (
                "Present",
                "Ms B Rowse (parent), Mrs K Ashdown (SENCo), Mr L Penrose (class teacher), Nerys Polglase (CAMHS)",
            ),
            ("Apologies", "EHC coordinator, Isle of Wrayle Council"),
        ],
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "table",
        [
            ("Outcome", "Progress", "Continue / amend"),
            ("Attend school for 80% of sessions", "Not achieved - 61%", "Amend"),
            ("Read a Year 3 book with 90% accuracy", "Partly achieved", "Continue"),
        ],
        {"header": True},
    ),
    ("h", 2, "Views of the parent"),
    ("p", "Ms Rowse feels Tomos needs a specialist setting."),
    ("h", 2, "Recommendations of the review"),
    (
        "p",
        "The review recommends that the plan be amended: Section B to include the sensory needs; Section F to add a quiet base; Section I to consider Cowhaven Specialist Centre.",
    ),
]

AR_TXT = """Annual review - Kacper N-H - notes typed up by me (mum) from the meeting 2 July 2026 at Lower Wharton High

Present: me, Kris, Miss Oduya (SENCo), Mr Dale (Head of Year 7), Carys from OT (on Teams). Council did not come.
Outcomes: lunch outcome - partly met, he uses the base 4 days but not with a peer.
Typing - met, 28 wpm.
What's not working: the canteen, PE changing, the bus.
Agreed at review: ask council to add SALT (stammering), change Section F to say OT 3 times a term, keep placement.
SENCo will send the review paperwork to council within 2 weeks.
"""

AR_PHOTO = """ANNUAL REVIEW RECORD - ISLE OF WRAYLE (Early Years)
Child Seren Abiodun-Pyke    Setting Little Gulls Pre-school, Brading
Date of review 19/05/2026
Outcomes reviewed: 1. Ten signs to request - achieved 7 signs. 2. Sit for story - achieved 3 minutes.
Changes to the plan recommended: add physiotherapy programme to Section F; name Brading Infant School for September.
Signed (chair of review) J. Treharne, Pre-school manager
"""

AR_POST16 = """Brinefield College - Learning Support
EHCP Annual Review (Preparing for Adulthood) - Daniel Ormesher, age 20
Review date: 4 June 2026
Education: completed Level 2 Horticulture.
Employment: Daniel has been offered a paid job at Saltwich Garden Centre, 24 hours a week, from July.
Independent living: travels independently by bus.
Friends and community: attends a gaming club on Thursdays.
Health: well.
Recommendation of the review: the plan has achieved its outcomes; Daniel does not want further education. The college recommends that the local authority considers ceasing the plan.
"""

PARENT_FORM = [
    ("org", WRAYLE),
    ("title", "Parent and carer advice - Appendix A"),
    (
        "field",
        "1. Tell us about your child - what are they good at?",
        "Ffion is kind, loves drawing and knows every ferry timetable.",
    ),
    (
        "field",
        "2. What do you think your child finds hard?",
        "Understanding what people say to her when they use long sentences. Reading. She cries after school most days.",
    ),
    (
        "field",
        "3. What help does your child need?",
        "Speech therapy every week, not just advice to the teacher. A small class.",
    ),
    (
        "field",
        "4. What are your hopes for the future?",
        "That she stays on the island and has friends.",
    ),
    ("p", "Completed by Elowen Tregarthen (mother), 20 January 2026"),
]

PARENT_STATEMENT = """APPEAL EH-2026-38702
Statement of Deborah Kettle, mother of Riley Kettle

1. I make this statement in support of my appeal against Brinefield Borough Council's decision not to issue an EHC plan.
2. Riley has found reading hard since reception. By Year 6 he still cannot read a menu.
3. Since Christmas he has had stomach aches most Monday mornings and missed 23 days.
4. I have paid for a private tutor because the school's interventions have not worked.
5. I believe the facts in this statement are true.
Signed D. Kettle, 2 September 2026
"""

PARENT_EML = """Dear Brinefield EHC Team,

Our comments on Maisie's draft plan (sent 17 March):

Section B: please add her joint hypermobility and the pain she has after PE - it is in the physio report but missing.
Section F: "OT programme delivered by TA" - how often? The OT said daily, 10 minutes. "Key worker check-in" - for how long?
Section I: we request Brine Pits Primary as her school.

We would like a meeting within the 15 days please.

Folake and Simon Oyelaran-Birch
"""

PARENT_DIARY = """Jago - my diary for the panel (Rosenwyn Penhallow)
Mon 2 Mar - sent home at 11, he had thrown a chair. School say he can't cope with supply teachers.
Tue 3 Mar - would not get on the minibus. Took him in myself at 10.
Fri 6 Mar - lovely day, swimming, came out smiling.
Mon 9 Mar - hiding under the table in assembly, TA off sick.
What I want the council to know: he is not naughty, he is overwhelmed. He needs the same adult every day.
"""

CHILD_VIEWS = [
    ("title", "My views - Kacper"),
    ("p", "(written by Kacper with Miss Oduya, June 2026)"),
    ("field", "What I like about school", "Computing. The base. Mr Dale is fair."),
    (
        "field",
        "What I find hard",
        "The canteen is too loud and smells of fish. People talk over me when I stammer.",
    ),
    ("field", "What would help me", "Eat in the base. Not reading out loud. Typing my work."),
    ("field", "When I grow up", "I want to design games."),
]

CHILD_TXT = """Things Ffion told me about school (she said these and I wrote them down exactly) - for the tribunal

I like Miss Jolliffe because she draws it for me.
When the teacher talks for long I don't know what to do so I copy Ruby.
Reading is hard. The words jump.
I want to go to the school with the little class on the ferry side.
My best thing is drawing the Wrayle Queen ferry.
"""

CHILD_PHOTO = """ALL ABOUT ME - pupil voice for my review
Name: Tomos   Age: 13
I feel happy when I am in the library at lunch and when I play chess.
I feel worried when the bell goes and when the corridors are full.
People at school can help me by letting me leave 5 minutes early and not making me go in the hall.
My dream is to work with computers.
"""

CORR_NHS_APPT = [
    ("org", WRAYLE_NHS + "\nOutpatient Booking Centre"),
    ("p", "Parent/Guardian of Seren Abiodun-Pyke\n7 Lighthouse Terrace\nBrading WR4 7HG"),
    ("p", "NHS number: 999 207 3390   Hospital number: SH0442187"),
    ("b", "Appointment confirmation"),
    (
        "p",
        "An appointment has been made for Seren to attend the Paediatric Neurology Clinic (visiting consultant), Outpatients B, St Helier's Hospital, on Tuesday 8 September 2026 at 14:20.",
    ),
    (
        "p",
        "If you are travelling from the mainland, please allow for ferry delays. If you cannot attend, please call 01632 960733.",
    ),
]

CORR_DWP = """Department for Work and Pensions
Disability Living Allowance for children
Mail handling site A, Wolverhampton WV98 (address invented for this set)

Ms Bethan Rowse
Our ref: DLA/C/889211
12 August 2026

Disability Living Allowance for Tomos Rowse - we have made a decision
We have looked at your claim again. From 4 August 2026 Tomos will get:
Care component at the middle rate.
Mobility component at the lower rate.
This is because he needs guidance or supervision when out of doors in places he does not know.
If you think this decision is wrong you can ask for a mandatory reconsideration within one month.
"""

CORR_COUNCIL_ACK = """Isle of Wrayle Council - SEND Team
Acknowledgement

Dear Mr and Mrs Penhallow,
Thank you for your request for an EHC needs assessment for Jago Penhallow, received 2 March 2026.
We will ask the school for information and your request will be considered at the Island SEND Panel. We will write to you with our decision by 27 April 2026 (within 6 weeks).
Your case officer is Ann-Marie Cotterell (01632 960715).
"""

CORR_MEDIATION_BOOK = """Brine Valley Mediation
Unit 4, Weaver Navigation Wharf, Saltwich BF3 2WW   01632 960866

Dear Ms Kettle,
Thank you for contacting us about the decision of Brinefield Borough Council dated 12 May 2026.
We have arranged a mediation meeting for Wednesday 20 May 2026 at 10.00am at our office. A council officer with authority to make decisions will attend. Please bring any reports you want to discuss.
If you need an interpreter or help with travel costs, please tell us.
Mediation Coordinator: Amy Duckworth
"""

CORR_EMAIL_COUNCIL = """Dear Ms Rowse,

Thank you for your email. I am sorry for the delay in replying; I have been covering a colleague's caseload.

I have chased Sandmouth for the annual review paperwork and it is now on file. A decision will be sent to you within four weeks of the meeting as required. Regarding your question about home to school transport to Cowhaven, that is a separate application which I have attached.

Kind regards
Lucy Cheverton, EHC Coordinator (Cowhaven and East Strand area)
Isle of Wrayle Council
"""

CORR_TRANSPORT = [
    ("org", BRINE),
    ("b", "Home to School Travel Assistance - decision"),
    ("p", "Dear Mr and Mrs Nowicki-Hale,"),
    (
        "p",
        "Your application for travel assistance for Kacper to attend Lower Wharton High School has been approved. Kacper will be offered a seat on a shared taxi with a passenger assistant from 7 September 2026. The route will be confirmed by the Passenger Transport Unit.",
    ),
    (
        "p",
        "If you are not satisfied with this decision you can ask for a stage one review within 20 working days.",
    ),
    ("sig", ["Passenger Transport Unit"]),
]

OTHER_PROSPECTUS = """Cowhaven Specialist Centre - Prospectus 2026/27
Welcome! We are an island special school for pupils aged 7-16 with autism and communication needs.
Our classes have up to 8 pupils, each with a teacher and two teaching assistants.
Therapies on site: speech and language therapy, occupational therapy and a sensory room.
Admissions are through the local authority's EHC plan process.
Visits: Tuesdays and Thursdays by appointment. Ferry users may park free at the Quay car park.
"""

OTHER_MAP = [
    ("org", "St Werburgh's Academy"),
    ("title", "Provision map - Year 6 - Spring 2026"),
    (
        "table",
        [
            ("Intervention", "Group size", "Frequency", "Cost"),
            ("Precision teaching", "1:1", "Daily 10 min", "£1,200"),
            ("Phonics catch-up", "1:4", "3 x weekly", "£900"),
            ("Nurture group", "1:6", "Weekly", "£650"),
        ],
        {"header": True},
    ),
    ("p", "Pupils: R.K., J.M., L.D., T.S."),
]

OTHER_RISK = """Educational visit risk assessment - Year 4 trip to Wrayle Castle by ferry
Hazard: crossing the car deck. Control: children hold hands, adult ratio 1:4; pupils with EHC plans have a named adult.
Hazard: getting lost at the terminal. Control: hi-vis vests; headcount at each stage.
Completed by: L. Penrose   Approved by: head teacher
"""

OTHER_PIP = """Department for Work and Pensions
Personal Independence Payment
Daniel Ormesher
Your PIP award: Daily living standard rate from 1 October 2026. Mobility: no award.
Points scored: preparing food 2, engaging with other people 4, making budgeting decisions 2.
"""

DOCUMENTS: list[dict] = [
    {"name": "Tomos annual review.docx", "kind": "annual_review", "blocks": AR_REPORT},
    {"name": "review notes July.txt", "kind": "annual_review", "text": AR_TXT},
    {"name": "PXL_20260519_121302.pdf", "kind": "annual_review", "text": AR_PHOTO, "ocr": 0.09},
    {"name": "Daniel college report.pdf", "kind": "annual_review", "text": AR_POST16},
    {"name": "Appendix A.pdf", "kind": "parent_views", "blocks": PARENT_FORM},
    {"name": "witness statement DK.docx", "kind": "parent_views", "text": PARENT_STATEMENT},
    {
        "name": "Re_ Draft EHC plan - Maisie.eml",
        "kind": "parent_views",
        "headers": headers(
            "Folake Oyelaran-Birch <obfamily@example.org>",
            "EHC Team <ehcteam@brinefield.example.org>",
            "Re: Draft EHC plan - Maisie Oyelaran-Birch",
            "Wed, 25 Mar 2026 22:14:03 +0000",
        ),
        "text": PARENT_EML,
    },
    {"name": "Jago incidents.txt", "kind": "parent_views", "text": PARENT_DIARY},
    {"name": "Kacper review form.docx", "kind": "child_views", "blocks": CHILD_VIEWS},
    {"name": "Ffion words.txt", "kind": "child_views", "text": CHILD_TXT},
    {"name": "IMG_4471.pdf", "kind": "child_views", "text": CHILD_PHOTO, "ocr": 0.08},
    {"name": "Seren hospital.pdf", "kind": "correspondence", "blocks": CORR_NHS_APPT},
    {"name": "Jago request.txt", "kind": "correspondence", "text": CORR_COUNCIL_ACK},
    {"name": "Riley mediation.pdf", "kind": "correspondence", "text": CORR_MEDIATION_BOOK},
    {
        "name": "RE_ annual review paperwork.eml",
        "kind": "correspondence",
        "headers": headers(
            "Lucy Cheverton <l.cheverton@wrayle.example.org>",
            "bethan.rowse@example.org",
            "RE: annual review paperwork",
            "Mon, 27 Jul 2026 08:55:00 +0100",
        ),
        "text": CORR_EMAIL_COUNCIL,
    },
    {"name": "Kacper decision.docx", "kind": "correspondence", "blocks": CORR_TRANSPORT},
    {"name": "Tomos DLA decision letter.pdf", "kind": "other", "text": CORR_DWP},
    {"name": "Cowhaven Specialist Centre.pdf", "kind": "other", "text": OTHER_PROSPECTUS},
    {"name": "provision map.docx", "kind": "other", "blocks": OTHER_MAP},
    {"name": "trip.txt", "kind": "other", "text": OTHER_RISK},
    {"name": "Daniel PIP.pdf", "kind": "other", "text": OTHER_PIP, "ocr": True},
]
