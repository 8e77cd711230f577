# ruff: noqa: E501
"""Parents' and children's views and other papers of set V: a parents' contribution, a
mother's comments on a draft typed in a notes app, comments on a draft in a reply, an
estuary borough's parental advice form; a young person's views, a one-page profile
photographed, a boy's letter to the judge; a DWP award letter, an independent EP's
invoice, a school trip risk assessment and a council's ferry travel concession. All
invented."""

from __future__ import annotations

from document_kinds_v.common import MEDWATER, MEDWATER_SMALL, headers

PARENT_A = [
    ("title", "Our views - for Section A and for the assessment"),
    ("p", "Written by Gareth and Sian Abernethy, Rhys's parents, October 2025"),
    ("b", "What is Rhys like?"),
    (
        "p",
        "Rhys is funny, stubborn and kind. He knows every Premier League manager and can do the commentary for a whole match. He loves his dog Biscuit and building Lego Technic with his grandad.",
    ),
    ("b", "What is hard for him?"),
    (
        "p",
        "Since his operation he has worked incredibly hard, but he is exhausted by the end of each school day. He comes home in pain from sitting on a plastic chair all day. He can't keep up with writing and has started saying he is 'thick', which breaks our hearts.",
    ),
    ("b", "What we want for Rhys"),
    (
        "bul",
        [
            "To go to secondary school with his friends, in a building he can get around.",
            "For the physio programme to actually happen every day.",
            "For people to see how clever he is.",
        ],
    ),
    ("b", "What has worked"),
    (
        "p",
        "His Year 5 teacher let him answer orally and use the laptop, and he flourished. When that teacher left the support stopped.",
    ),
    ("sig", ["Gareth and Sian Abernethy"]),
]

NOTES_TXT = """My comments on Maisie's draft plan (typed on my phone, 20 March)

Section A - they got her age wrong (she's 16 not 15) and it doesn't say anything about her horses or volunteering at the Westhaven animal rescue which is the most important thing in her life.

Section B - nothing about her anxiety on buses, or her not sleeping, or that she says "yes" when she doesn't understand. Dr Penrose's letter says all this!

Section F - "literacy support 2 hours a week" - who by? a teacher or just anyone? and "travel training" - when, how long, who does it?

Section I - I want Westhaven Sixth Form named, she's settled there.

I also want the OT's recommendations put in (independent living, kitchen sessions).

Lorraine
"""

REPLY_COMMENTS = """Dear Mr Le Page,

Thank you for the draft plan for Ffion, sent on 12 January. These are our comments as her parents, within the 15 days.

1. Section A: please use Ffion's own words, which we sent you ("I want to be able to talk in class without my tummy hurting"), and please mention Gethin, her brother, who is a big part of her life.

2. Section B: the plan should say that Ffion cannot ask for help, go to the toilet or say when she is hurt. This is a safety issue.

3. Section F: the speech therapist said the key adult should be "named" and "trained". Please add that, and say what happens when the key adult is off sick - last term the sessions just stopped.

4. Section I: we would like Fennick Down Primary School to be named.

We are happy to meet to discuss.

Carys and Dylan Trevanion

On Mon, 12 Jan 2026 at 16:02, SEND Team <send@carrow.example.org> wrote:
> Dear Mr and Mrs Trevanion,
> Please find attached the draft EHC plan for Ffion. You have 15 days to comment.
> Kind regards, Marcus Le Page
"""

PARENT_FORM = [
    ("org", MEDWATER),
    ("small", MEDWATER_SMALL),
    ("title", "Parent / Carer Advice (EHC Needs Assessment) - Form PA1"),
    ("field", "Child's name", "Tyler Ashdown"),
    ("field", "Your name and relationship to the child", "Dawn Ashdown (mum)"),
    (
        "field",
        "1. What are your child's strengths and interests?",
        "Tyler knows the whole Hoo marshes railway timetable and can tell you the history of every engine. He is honest and loyal, and brilliant at maths puzzles.",
    ),
    (
        "field",
        "2. What are your concerns?",
        "Tyler comes home from school and shuts down completely. He has meltdowns at home every evening. He has no friends at school and says everyone hates him. He is scared of the corridors.",
    ),
    (
        "field",
        "3. What support has your child had?",
        "A visual timetable at primary school. A few sessions with the school's ELSA. He has been on the SALT waiting list since October.",
    ),
    (
        "field",
        "4. What would you like your child to achieve?",
        "To go to school without being sick with worry. To have one friend. To get GCSEs.",
    ),
    (
        "field",
        "5. Anything else?",
        "I think Tyler needs a smaller school with staff who understand autism.",
    ),
    ("field", "Signed and dated", "Dawn Ashdown, 2 December 2025"),
]

YP_VIEWS = [
    ("title", "My views - Ellis Ellison"),
    ("p", "I wrote this with Miss Hendy (my mentor) for my assessment. Age 13."),
    ("b", "About me"),
    (
        "p",
        "I live in Westhaven with my dad and my sister. I like Minecraft redstone, drawing maps, and my cat Nugget. I am good at science.",
    ),
    ("b", "What is hard"),
    (
        "p",
        "Corridors are the worst. It is loud and people bump into me and I hate it and then I push them and I get in trouble. The jumper is itchy. Lunch is too noisy so I don't eat.",
    ),
    ("b", "What helps"),
    (
        "bul",
        [
            "My ear defenders.",
            "Leaving early.",
            "Miss Hendy's room at lunch.",
            "When teachers tell me before things change.",
        ],
    ),
    ("b", "What I want"),
    (
        "p",
        "I want to stop getting detentions for things that are not my fault. When I'm older I want to be a game designer.",
    ),
]

PROFILE_PHOTO = """ALL ABOUT ME - my one page profile
by Kieran Jolliffe, age 18

What people like and admire about me:
my sense of humour, I know loads about boats, I never give up

What is important to me:
My mates from college. Getting the apprenticeship at Carrow Boatyard. My PlayStation. My mum and my brother.
Being able to do things for myself, not having people do stuff for me without asking.

How best to support me:
Ask me first. Talk to me not my carer.
Give me time to answer, my speech gets slow when I'm tired.
Make sure my chair is charged and the hoist has been checked.
I need a rest in the afternoon.
"""

LETTER_JUDGE = """Dear Judge,

My name is Oscar Brennan and I am 13. My mum said I can write to you because you are deciding about my school.

I have dyslexia which means the words move around and it takes me ages to read. At Saltings I get my reading lessons with Mrs Bayliss and they help. But in other lessons the teachers make me read out loud and everyone laughs. That is why I skip English sometimes.

I want to keep my reading lessons and have the reader pen in every lesson and not be made to read out loud. I want to stay at Saltings because my friends are there and I go to bike club.

Thank you for reading my letter.

From Oscar
"""

DWP = [
    ("org", "Department for Work and Pensions"),
    (
        "small",
        "Disability Benefits Centre 4, Post Handling Site B, Wolverdon WV99 1ZZ  |  Telephone 01632 960800",
    ),
    ("p", "Mrs D Ashdown\n22 Wharf Terrace\nGrainmarsh\nME9 4BB"),
    ("p", "Date: 17 February 2026\nReference: DLA/CH/999 702 6614"),
    ("b", "Disability Living Allowance for Tyler Ashdown - our decision"),
    (
        "p",
        "We have looked at your claim for Disability Living Allowance (DLA) for Tyler, dated 1 November 2025.",
    ),
    ("p", "We have decided that Tyler is entitled to DLA from 1 November 2025 to 20 March 2030."),
    (
        "grid",
        [
            ["Component", "Rate", "Weekly amount"],
            ["Care component", "Middle rate", "£77.05"],
            ["Mobility component", "Lower rate", "£29.20"],
        ],
        [0.4, 0.3, 0.3],
    ),
    (
        "p",
        "We will pay DLA every 4 weeks into the account you gave us. If you think this decision is wrong, you can ask us to look at it again (mandatory reconsideration). You must do this within one month of the date of this letter.",
    ),
    (
        "p",
        "Tyler's entitlement may affect other benefits, including Carer's Allowance. Contact the Carer's Allowance Unit on 01632 960801.",
    ),
    ("sig", ["Decision Maker", "DLA Child Claims"]),
]

INVOICE = [
    ("org", "Halloran Psychology"),
    (
        "small",
        "The Granary, Stow Combe GW9 2EE  |  VAT not registered  |  office@hallorenpsych.example.org",
    ),
    ("title", "INVOICE"),
    (
        "kv",
        [
            ("Invoice number", "HP-2026-0087"),
            ("Date", "2 June 2026"),
            ("To", "Mr and Mrs G. Abernethy, 9 Mill Leat, Burford Ash GW3 6QB"),
            ("Re", "Rhys Abernethy - tribunal report"),
        ],
    ),
    (
        "grid",
        [
            ["Item", "Amount"],
            ["Assessment at home and observation in school (2 days)", "£1,100.00"],
            ["Report for the First-tier Tribunal (SEND)", "£650.00"],
            ["Travel (64 miles at 45p)", "£28.80"],
            ["Total due", "£1,778.80"],
        ],
        [0.7, 0.3],
    ),
    (
        "p",
        "Attendance at the hearing, if needed, is charged separately at £750 per day. Payment within 30 days by bank transfer please: sort code 00-99-60, account 99601234.",
    ),
]

RISK = [
    ("org", "Hawthorn Lane Primary School"),
    ("small", "Educational visits - risk assessment (EV3)"),
    ("title", "Risk assessment: Year 3 trip to Cirlow Roman Villa, 12 June 2026"),
    (
        "p",
        "Group: 58 pupils, 6 staff, 2 parent helpers. Travel by coach. Visit leader: Mrs K. Ludgrove.",
    ),
    (
        "grid",
        [
            ["Hazard", "Who", "Control measures", "Risk"],
            [
                "Road crossing at the villa car park",
                "All",
                "Staff at front and back; crossing at the marked point",
                "Low",
            ],
            [
                "Food: pupil with PKU (LF)",
                "Leo F.",
                "Packed lunch from home only; named adult supervises lunch and snacks; no shared sweets",
                "Medium -> Low",
            ],
            ["Pupil absconding", "All", "Headcounts at every stage; hi-vis tabards", "Low"],
            [
                "Bee sting / allergy",
                "Two pupils",
                "Auto-injectors carried by named staff",
                "Medium -> Low",
            ],
        ],
        [0.25, 0.12, 0.48, 0.15],
    ),
    ("p", "Approved by the head teacher: 20 May 2026. Copies to the EVC and the office."),
]

FERRY = """Isle of Carrow Council
Passenger Transport - Island Ferry Concessions
Quay Street, Westhaven CW1 4QA  01632 960315

Dear Mr Jolliffe,

Application for a disabled person's ferry concession - Kieran Jolliffe

Your application has been approved. Kieran is entitled to free foot-passenger travel on the Westhaven to Portbury crossing, and a free companion ticket, from 1 May 2026 to 30 April 2029.

His concession card is enclosed. Please show it at the ticket office for every crossing. Vehicle bookings are not covered; the 50% disabled driver discount must be applied for separately through the ferry operator.

Yours sincerely
Concessions Team
"""

DOCUMENTS: list[dict] = [
    {"name": "Section A parent.docx", "kind": "parent_views", "blocks": PARENT_A},
    {"name": "Maisie plan notes.txt", "kind": "parent_views", "text": NOTES_TXT},
    {
        "name": "Re_ Draft EHC plan - Ffion.eml",
        "kind": "parent_views",
        "text": REPLY_COMMENTS,
        "headers": headers(
            "Carys Trevanion <carys.trev@example.org>",
            "SEND Team <send@carrow.example.org>",
            "Sun, 25 Jan 2026 21:47:10 +0000",
            "Re: Draft EHC plan - Ffion Trevanion",
        ),
    },
    {"name": "PA1 form.pdf", "kind": "parent_views", "blocks": PARENT_FORM},
    {"name": "Ellis - about me.docx", "kind": "child_views", "blocks": YP_VIEWS},
    {"name": "IMG_5509.pdf", "kind": "child_views", "text": PROFILE_PHOTO, "ocr": 0.08},
    {"name": "Oscar letter.txt", "kind": "child_views", "text": LETTER_JUDGE},
    {"name": "DWP decision.pdf", "kind": "other", "blocks": DWP},
    {"name": "Halloran HP-2026-0087.pdf", "kind": "other", "blocks": INVOICE},
    {"name": "Leo trip.docx", "kind": "other", "blocks": RISK},
    {"name": "Kieran ferry letter.txt", "kind": "other", "text": FERRY},
]
