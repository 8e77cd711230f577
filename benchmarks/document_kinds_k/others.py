# ruff: noqa: E501
"""The rest of the eleventh kind set: annual review records from a Merseyside school, a
Cornish review at phase transfer, a Kent college and a scanned Devon review; parents' and
children's views; the tribunal's registration e-mail; a continence nurse's letter; and
papers of kinds the KIND list does not name (a personal budget statement, a council's
response to an appeal, a SENDIASS factsheet, an individual healthcare plan, a council's
leaflet about annual reviews, a benefits award letter); and two hard cases: a council's
notice of proposed amendments and a final plan pasted into a forwarded e-mail. All invented."""

from __future__ import annotations

AR_MERSEY = [
    ("org", "Seacombe Dock Primary School"),
    ("title", "Annual Review of EHC Plan - record of meeting"),
    (
        "kv",
        [
            ("Pupil", "Kai Brennan"),
            ("Date of meeting", "12 February 2027"),
            (
                "Present",
                "Mrs L. Brennan (mum), Mrs C. Lightfoot (SENCo), Miss Hughes (class teacher), Bethan Roscoe (SLT)",
            ),
            ("Apologies", "Merseyford SEND team"),
        ],
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Keep / change"],
            ["Read for 10 minutes independently", "Partly met - reads for 5 minutes", "Keep"],
            ["Use break card", "Met", "Change - new outcome on self-regulation"],
        ],
        [0.4, 0.4, 0.2],
    ),
    ("h", 2, "Views"),
    (
        "p",
        "Kai said he likes his new workstation. Mum is pleased with the phonics but is worried about secondary transfer next year.",
    ),
    ("h", 2, "Recommendations of the review"),
    (
        "bul",
        [
            "Amend Section B to record new sleep difficulties.",
            "Amend Section F: SLT blocks to continue.",
            "Start planning for the Year 6 phase transfer review.",
        ],
    ),
    (
        "p",
        "The local authority must tell the family within 4 weeks whether it will amend the plan.",
    ),
]

AR_CORNWALL = [
    ("org", "Fal Estuary Council - Annual Review Report"),
    ("p", "Year 5 review (preparing for phase transfer)"),
    (
        "kv",
        [
            ("Child", "Morwenna Bray"),
            ("School", "St Keverne Cross CP School"),
            ("Review date", "10 June 2026"),
            ("Chair", "Mrs J. Tonkin, SENCo"),
        ],
    ),
    ("b", "1. What's working well"),
    ("p", "Morwenna is reading more fluently and has joined the school choir."),
    ("b", "2. What's not working"),
    ("p", "She finds the playground overwhelming and needs a quiet lunch club."),
    ("b", "3. Secondary school preferences"),
    (
        "p",
        "Parents will visit Helston Ridge Academy and Pengarth Special School in the autumn. The plan must be amended with the secondary school named by 15 February 2027.",
    ),
    ("b", "4. Recommendation to the local authority"),
    ("p", "Plan to be maintained with amendments to Sections B and F (see attached)."),
]

AR_COLLEGE = """Medway Weald College - Learning Support
EHCP ANNUAL REVIEW - POST-16
Student: Liam Stokes   Course: Level 1 Catering   Age 17
Review held: 5 March 2026 (Teams)

Attendees: Liam; Mrs Stokes; Ms Ruth Akande (ALS Manager); Jamal (learning coach); Weald and Marsh SEND officer (did not attend)

Student voice: "I like the kitchen but I don't like the big canteen. I want to work in a cafe."
Progress: Liam has passed Food Hygiene Level 2. Maths Entry 3 not yet achieved.
Preparing for adulthood: supported internship from September 2027 discussed.
Proposed changes to the plan: update Section E outcomes; add travel training to Section F.
Next review: March 2027
"""

AR_SCAN = """Lydford Cross School
ANNUAL REVIEW OF EHC PLAN - SUMMARY REPORT
Student: Maisie Yeo   Year 10   Meeting date: 24 June 2026
1. Views of the young person: Maisie wants to do hair and beauty at college. She says school is "too loud and too big".
2. Views of parent: Miss Yeo feels the plan is out of date and that Maisie's ADHD is not in it.
3. Progress against outcomes: not met (attendance 74%).
4. Agreed actions: school to request that the LA amends Section B (ADHD, anxiety) and Section F (mentoring 1 hour weekly).
Signed: Mrs R. Heard, SENCo
"""

PARENT_FORM = [
    ("org", "Cuckmere County Council"),
    ("title", "Parent/carer views - annual review"),
    ("p", "Child's name: Ellie-Rose Dunning    Review date: 27/11/2025 (Year 6 phase transfer)"),
    (
        "field",
        "What is going well for your child?",
        "Ellie-Rose is happier this year and has a good friend, Amelie. She wears her hearing aids all day now.",
    ),
    (
        "field",
        "What are you worried about?",
        "Secondary school. The noise in the corridors, the number of teachers who won't know how to use the radio aid, and her being too tired to learn by the afternoon.",
    ),
    (
        "field",
        "Which school would you like for Year 7?",
        "Lewes Priory School because it has a hearing resource base.",
    ),
    (
        "field",
        "Anything else?",
        "We would like the Teacher of the Deaf to visit more often in Year 7, not less.",
    ),
    ("p", "Completed by: Karen Dunning (mum)   Date: 12/11/2025"),
]

PARENT_EML = """Hi Priya,

You asked me to put my views in writing for Daniel's assessment, so here they are.

Daniel is a lovely, funny boy but school has become really hard for him. He cries on Sunday nights and says he is stupid. He can't read his homework and I have to read everything to him. He had headaches most mornings last term.

What I want for him: to be able to read a menu and a bus timetable, to feel good about himself and to get help from someone who knows about dyslexia, not just a TA reading to him.

At home he is great at building things and he helps his grandad with the allotment.

Thanks,
Grace Okonjo
"""

PARENT_NOTES = """notes for section A - Harvey

- dad works shifts, mum at home, big sister Lily (8)
- H loves bubbles, diggers, bath time, Mr Tumble
- hates hand dryers + hoovers
- wakes 2-3 times a night
- no words for "drink" or "more" yet - pulls us to the fridge
- we worry about him getting out of the gate at nursery
- we want him to be able to tell us what he wants and to be safe
"""

CHILD_ABOUT = [
    ("title", "All about me - Kai"),
    ("field", "I like", "trains, Lego, the ferry, chips"),
    ("field", "I don't like", "shouting, the hand dryer, when Miss changes the plan"),
    ("field", "I'm good at", "building and remembering train times"),
    ("field", "Help me by", "telling me before things change and letting me go to my den"),
    ("field", "When I'm grown up I want to", "drive a train"),
    ("p", "Written with Miss Hughes, 5 February 2027"),
]

YP_VIEWS = """My views - Maisie Yeo (Year 10)

I am 14. What I want people to know is I am not lazy. I lose track in lessons because my head is going at 100 miles an hour and then I panic that I've missed everything.
The things that help: sitting near the door, my time-out card, Mrs Heard checking in.
What doesn't help: being sent out, detentions for not finishing homework, exams in the big hall.
After Year 11 I want to go to college to do hair and beauty. I would like help with my maths so I can pass it.
"""

CHILD_PHOTO = """My views for my review
my name is Morwenna I am 10
I like singing and my guinea pig Pip
I dont like the dinner hall its too loud
I want to go to a school where I can have quiet lunch
Helpers: Mrs Tonkin and Miss Roskilly
"""

TRIB_REG = """Dear Ms Kay,

Appeal reference: EH845/26/00412
Child: Alfie Kay
Respondent: Ribblemouth Council

Your appeal has been registered. The local authority must send its response to the tribunal and to you by 22 May 2026 (30 working days). If you want to send further evidence, it must reach the tribunal by 19 June 2026.

The hearing will take place on a date to be fixed after 3 August 2026. You will be sent a notice of hearing.

Please quote the appeal reference in all correspondence.

SEND Tribunal
"""

CONTINENCE = """Ribblemouth Community Health
Children's Bladder and Bowel (Continence) Service

Date: 3 March 2026
Dear Mr and Mrs Entwistle,

Re: Harvey Entwistle, DOB 11/05/2021, NHS 999 220 7845

Thank you for bringing Harvey to clinic. Harvey is not yet showing readiness for toilet training and has chronic constipation, for which Dr Shah has prescribed Movicol. We have assessed him as eligible for pull-up nappies from our service (4 a day).

For nursery and school: Harvey needs a changing space with privacy and a trained adult for intimate care, a toileting routine (sitting after meals, 5 minutes) and free access to water.

Yours sincerely
Tracey Melling, Specialist Continence Nurse
cc: GP, Health Visitor, Little Acorns Nursery
"""

PB_STATEMENT = [
    ("org", "Merseyford Metropolitan Borough Council - Personal Budgets Team"),
    ("title", "Personal budget statement"),
    (
        "kv",
        [
            ("Child", "Lexi Murphy"),
            ("EHC plan ref", "MMBC-EHC-20988"),
            ("Period", "1 April 2026 - 31 March 2027"),
        ],
    ),
    (
        "grid",
        [
            ["Element", "Annual amount", "How paid"],
            ["Education (specialist equipment)", "£1,200", "Direct payment"],
            ["Social care - short breaks", "£3,640", "Direct payment (prepaid card)"],
            ["Health (personal health budget)", "£0", "-"],
            ["Total", "£4,840", ""],
        ],
        [0.45, 0.25, 0.3],
    ),
    (
        "p",
        "You must keep receipts and send quarterly statements of your prepaid card. Unspent funds over 8 weeks' worth may be reclaimed.",
    ),
]

LA_RESPONSE = [
    ("org", "First-tier Tribunal (SEND)\nResponse of the local authority"),
    ("p", "Appeal: EH845/26/00412   Appellant: Ms S Kay   Local authority: Ribblemouth Council"),
    ("h", 2, "1. Does the local authority oppose the appeal?"),
    (
        "p",
        "Yes. The local authority opposes the appeal against its refusal to carry out an EHC needs assessment.",
    ),
    ("h", 2, "2. Reasons"),
    (
        "np",
        "2.1",
        "Alfie's needs are being met through SEN Support at Hesketh Sands Primary School, which has an SEN support plan reviewed each term.",
    ),
    (
        "np",
        "2.2",
        "The evidence does not show that Alfie may need special educational provision to be made through an EHC plan. He has made some progress in phonics (from phase 2 to phase 3).",
    ),
    ("np", "2.3", "The local authority will consider a new request if progress does not continue."),
    ("h", 2, "3. Documents relied on"),
    (
        "bul",
        [
            "School's SEN support plan (March 2026)",
            "Minutes of the SEND Multi-Agency Panel, 7 January 2026",
        ],
    ),
    (
        "p",
        "Signed: D. Fairclough, Assessment Co-ordinator, for Ribblemouth Council. Date: 20 May 2026",
    ),
]

FACTSHEET = [
    ("org", "Devon and Tamar SENDIASS"),
    ("title", "Factsheet 12: Appealing to the SEND Tribunal"),
    (
        "p",
        "This factsheet explains what you can appeal about and the steps to take. It is general information, not legal advice.",
    ),
    ("h", 2, "What can I appeal about?"),
    (
        "bul",
        [
            "A refusal to carry out an EHC needs assessment",
            "A decision not to issue an EHC plan",
            "Sections B, F and I of a plan",
            "A decision to cease a plan",
        ],
    ),
    ("h", 2, "Step 1: mediation advice"),
    (
        "p",
        "You must contact a mediation adviser before you appeal (unless your appeal is only about Section I). The adviser gives you a certificate.",
    ),
    ("h", 2, "Step 2: the SEND35 form"),
    (
        "p",
        "Send the form to the tribunal with the decision letter and the certificate within two months of the decision or one month of the certificate.",
    ),
    ("p", "Call us on 01632 960755, Monday to Friday 9.30-4.30."),
]

IHCP = """Individual Healthcare Plan (IHCP)
School: Okehampton Moor Primary School
Child: Poppy Vosper   Class: Otters (Year 2)
Medical condition(s): Down syndrome; hypothyroidism; history of recurrent chest infections
Medication in school: none (levothyroxine given at home)
Daily care: sun cream; monitor breathing in cold weather; water bottle on desk
What to do in an emergency: if breathing is laboured, call 999 and then parent (07700 900451)
Staff trained: Mrs Hocking (TA), Mr Endacott (class teacher)
Plan agreed by: parent, school nurse (Sally Worth), headteacher
Review date: September 2026
"""

AR_LEAFLET = [
    ("org", "Weald and Marsh County Council"),
    ("title", "Your child's annual review: a guide for parents and carers"),
    (
        "p",
        "Every EHC plan must be reviewed at least once every 12 months. This leaflet explains what happens before, during and after the annual review meeting.",
    ),
    ("b", "Before the meeting"),
    (
        "p",
        "The school will invite you at least 2 weeks before and send you the reports. You will be asked for your views on a parent views form.",
    ),
    ("b", "After the meeting"),
    (
        "p",
        "The school sends a report to the council within 2 weeks. The council must tell you within 4 weeks whether it will keep the plan as it is, amend it or stop it. If it proposes amendments you will receive a proposed amended plan.",
    ),
]

DLA = """Department for Work and Pensions
Disability Living Allowance for children

Date of letter: 6 January 2026
Reference: DLA/999/48821

Dear Mrs Murphy

About your claim for Disability Living Allowance for Lexi Murphy

We have decided to award Disability Living Allowance from 2 October 2025 to 1 October 2029:
Care component: middle rate
Mobility component: higher rate

We made this decision because Lexi needs attention with her bodily functions frequently throughout the day and is virtually unable to walk.

If you think this decision is wrong you can ask us to look at it again (mandatory reconsideration) within one month.
"""

AMEND_NOTICE = """Cuckmere County Council
SEND Assessment and Planning

Date: 9 January 2026
Dear Mr and Mrs Dunning,

Ellie-Rose Dunning - Notice of proposed amendments following the annual review

Following Ellie-Rose's phase transfer review on 27 November 2025, the local authority has decided to amend her EHC plan (regulation 22, SEND Regulations 2014). Enclosed is the proposed amended plan, with the changes shown in bold.

The main changes are:
- Section B: updated vocabulary scores;
- Section F: Teacher of the Deaf visits to continue each half term;
- Section I: to be completed once we have consulted the schools you have asked for.

You have 15 days from the date of this notice to make representations, to ask for a meeting, and to ask for a particular school to be named. We will then issue the amended plan by 15 February 2026.

Yours sincerely
Hannah Ashdown
SEND Planning Officer
"""

FINAL_FORWARD = """Sorry forgot to attach! It wouldn't upload so I have pasted the plan below. - Viv

---------- Forwarded message ---------
From: SEND Team <send.team@example.org>
Date: Mon, 16 Mar 2026 at 14:02
Subject: Final EHCP - Poppy Vosper

Please see Poppy's final EHC plan below. It replaces the draft sent on 9 February.

TAMARSIDE COUNTY COUNCIL - EDUCATION, HEALTH AND CARE PLAN
Status: FINAL   Date issued: 16/03/2026
Section A - Views, interests and aspirations: Poppy is 7 and likes ponies and singing.
Section B - Special educational needs: Poppy has Down syndrome. Her expressive language is at the level of a 3 year old and she uses Makaton signs.
Section E - Outcomes: By July 2027 Poppy will use 3 word phrases with signs to ask for what she needs.
Section F - Special educational provision: Speech and language therapy 30 minutes each fortnight from a speech and language therapist; daily 10 minute practice with a TA; 1:1 adult support 32.5 hours a week.
Section I - Placement: Okehampton Moor Primary School (mainstream).
"""

DOCUMENTS: list[dict] = [
    dict(name="Kai AR record Feb 27.docx", kind="annual_review", blocks=AR_MERSEY),
    dict(name="Morwenna Y5 review.pdf", kind="annual_review", blocks=AR_CORNWALL, accent="0277BD"),
    dict(name="Liam EHCP review college.txt", kind="annual_review", text=AR_COLLEGE),
    dict(
        name="Canon_MF644_0012.pdf",
        kind="annual_review",
        text=AR_SCAN,
        ocr=True,
        running="Annual review - M Yeo",
    ),
    dict(name="Parent views form Ellie.docx", kind="parent_views", blocks=PARENT_FORM),
    dict(
        name="My views for Daniel's assessment.eml",
        kind="parent_views",
        text=PARENT_EML,
        headers={
            "From": "Grace Okonjo <grace.okonjo@example.org>",
            "To": "Priya Dhillon <priya.dhillon@example.org>",
            "Subject": "my views for Daniel's assessment",
            "Date": "Sun, 01 Feb 2026 22:40:15 +0000",
        },
    ),
    dict(name="section A notes.txt", kind="parent_views", text=PARENT_NOTES),
    dict(name="All about me Kai.docx", kind="child_views", blocks=CHILD_ABOUT, sans=True),
    dict(name="Maisie my views.txt", kind="child_views", text=YP_VIEWS),
    dict(name="IMG_20260608_163002.pdf", kind="child_views", text=CHILD_PHOTO, ocr=0.1),
    dict(
        name="Appeal registered.eml",
        kind="tribunal_direction",
        text=TRIB_REG,
        headers={
            "From": "SEND Tribunal <send.tribunal@example.org>",
            "To": "shannon.kay@example.org",
            "Subject": "EH845/26/00412 Kay v Ribblemouth Council - appeal registered",
            "Date": "Fri, 03 Apr 2026 10:21:09 +0100",
        },
    ),
    dict(name="continence clinic letter.pdf", kind="medical_report", text=CONTINENCE),
    dict(name="Personal budget statement 26-27.pdf", kind="other", blocks=PB_STATEMENT),
    dict(name="LA response Alfie.pdf", kind="other", blocks=LA_RESPONSE),
    dict(name="appeals factsheet.pdf", kind="other", blocks=FACTSHEET, sans=True),
    dict(name="Poppy IHCP.docx", kind="other", text=IHCP),
    dict(name="annual review guide WMCC.pdf", kind="other", blocks=AR_LEAFLET),
    dict(name="DLA award.txt", kind="other", text=DLA),
    dict(name="Proposed amendments letter Jan.pdf", kind="decision_letter", text=AMEND_NOTICE),
    dict(
        name="Fwd Final EHCP - Poppy Vosper.eml",
        kind="ehcp_final",
        text=FINAL_FORWARD,
        headers={
            "From": "Viv Vosper <viv.vosper@example.org>",
            "To": "gran.vosper@example.org",
            "Subject": "Fwd: Final EHCP - Poppy Vosper",
            "Date": "Mon, 16 Mar 2026 19:55:31 +0000",
        },
    ),
]
