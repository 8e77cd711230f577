# ruff: noqa: E501
"""Views and other papers of set N: parents' views (a council's parental advice form filled
in, a father's notes typed on his phone, a mother's statement for the tribunal, parents'
comments on a draft e-mailed to the caseworker); children's views (a one-page "about me"
made with a teaching assistant, a young woman's e-mail to her caseworker, a pupil voice
sheet photographed); and other papers (a Disability Living Allowance award letter, a
council's banding and funding matrix, a visual timetable, an individual healthcare plan
template left blank). All invented."""

from __future__ import annotations

from document_kinds_n.common import LEA, LEA_SMALL, headers

# --- parents' views --------------------------------------------------------------------------

PARENT_FORM = [
    ("org", LEA),
    ("small", LEA_SMALL),
    ("title", "Section A: Parent/carer advice (Appendix 1)"),
    (
        "p",
        "Please tell us about your child in your own words. There are no right or wrong answers.",
    ),
    ("field", "Child's name", "Kai Thornbury-Mensah"),
    (
        "field",
        "What is your child good at and what do they enjoy?",
        "Kai knows every bus route in the county and can tell you the timetable off by heart. He is brilliant at maths puzzles and is very loving with his baby cousin. He plays Minecraft for hours and builds whole towns.",
    ),
    (
        "field",
        "What does your child find difficult?",
        "Change. If the bus is late or the supply teacher is in he can't cope. He holds it in at school and then at home he screams and bangs his head on the wall. Noise, crowds, the dining hall. Other children touching him or his things. Understanding when people are joking.",
    ),
    (
        "field",
        "What has helped?",
        "His headphones. Mrs Obi, his TA, who texts me if anything has changed so I can tell him in the car. Knowing the plan for the day.",
    ),
    (
        "field",
        "What are your hopes for the future?",
        "That Kai goes to a secondary school where he is not lost in the crowd, that he makes a friend, and that one day he can work with buses or trains. I want him to be happy and not so scared all the time.",
    ),
    ("field", "Signed", "Abena Mensah (mother), 12 December 2025"),
]

DAD_NOTES_TXT = """
things to say at Eli's review (19th)

- he's fine at school because he masks, then explodes when he gets home. 3 holes in his bedroom door since Christmas. School don't see this
- playtimes are the worst. he's been hit and he's hit back. he says nobody wants him in the game
- the check in in the morning HAS helped, credit to Mrs Lyle, attendance up
- but the shared TA is shared between 4 kids and he gets maybe 20 mins in a morning
- want 1:1 in all lessons written in the plan not "shared support"
- want the LA to look at Hurtwood Lodge (autism school) for year 6 onwards. visited 3rd May, small classes of 8, sensory room, he loved it
- ask about OT - never had an OT assessment even though he chews his sleeves and can't stand labels
- Jenna (his mum) agrees with all this, she can't come because of work, she'll send an email
"""

MUM_STATEMENT = [
    ("title", "Statement of Lauren Wiśniewska"),
    (
        "p",
        "In the First-tier Tribunal (Special Educational Needs and Disability). Appeal EH998/26/00417. Oliwia Wiśniewska v Lea and Stort County Council.",
    ),
    (
        "np",
        "1.",
        "I am Oliwia's mother. I make this statement in support of our appeal. What I say comes from my own knowledge of my daughter.",
    ),
    (
        "np",
        "2.",
        'Oliwia was a happy little girl in primary school. She always found reading hard, but her teachers said she would "catch up". She never did.',
    ),
    (
        "np",
        "3.",
        'Since she started Year 7, she comes home and goes straight to her room. She has said more than once that she is "thick" and "pointless". On Sunday evenings she gets stomach aches and cries. She has missed 14 Mondays since January.',
    ),
    (
        "np",
        "4.",
        "Homework takes her hours. I sit with her and read every question out loud. Her younger brother, who is nine, now reads better than she does and she knows it.",
    ),
    (
        "np",
        "5.",
        "We paid for an independent educational psychologist because we could not understand how the council could decide she did not need a plan when their own EP said she needed specialist teaching three times a week.",
    ),
    (
        "np",
        "6.",
        "I want Oliwia to have a plan that says exactly what help she will get and who will give it, so that it does not depend on which teacher she has or what money the school has that year.",
    ),
    ("p", "I believe that the facts stated in this statement are true."),
    ("sig", ["Signed: Lauren Wiśniewska", "Dated: 3 August 2026"]),
]

DRAFT_COMMENTS_EML = """
Dear Nadia,

Thank you for sending Amara's draft plan. My husband and I have read it carefully with help from Wealdmere SENDIASS. These are our views and our comments, which we would like to be taken into account before the plan is finalised.

1. Section A does not sound like Amara. She wrote her own page (attached) and we would like that used instead.

2. Section B leaves out that Amara gets very anxious before school and has had panic attacks twice this term. The speech and language therapist's report also says she misunderstands what teachers say and then gets told off for not following instructions. That is a need and should be in B.

3. Section F says "access to speech and language therapy advice as required". The therapist recommended a language programme 3 times a week with a trained TA and a half-termly review by her. Please put that in, with the numbers.

4. "Opportunities to take part in a social skills group" does not say how often or who runs it.

5. For Section I, we would like Hawkhollow Academy to be named. She is settled there and the SENCo, Mr Fairlie, has said they can meet her needs if the provision is properly set out.

We would like a meeting to discuss these points. We are free any afternoon after 2.30.

Kind regards,
Chidinma and Obinna Ekwueme
"""

# --- children's views ----------------------------------------------------------------------------

ABOUT_ME = [
    ("title", "All about me - Harvey"),
    (
        "p",
        "(Harvey told me what to write and chose the pictures. Mrs Penhaligon, TA, 3 February 2026)",
    ),
    ("b", "My name is Harvey and I am 6."),
    ("p", "I like flags. My favourite flag is Nepal because it is not a rectangle."),
    ("b", "Things I am good at"),
    ("bul", ["Flags", "Counting to 100", "Drawing maps", "Being on time"]),
    ("b", "Things that are hard for me"),
    (
        "bul",
        [
            "Assembly because it is loud and people are too close",
            "When it is wet play",
            "Writing with a pencil it hurts",
            "When people don't play my game",
        ],
    ),
    ("b", "What helps me"),
    (
        "bul",
        [
            "My ear defenders",
            "My timetable with the pictures",
            "Going to the library at lunch",
            "Mrs Penhaligon",
        ],
    ),
    ("b", "When I grow up"),
    ("p", "I want to be a pilot and fly to every country."),
]

YP_EML = """
Hi Mr Marchetti,

My mum said I should write to you myself because it is my plan and I am 20 now.

I know you want to stop my EHCP because I got the job at the garden centre. I do want the job. But I thought I could still do the Level 3 course at Godsmere College on Fridays, and the college said I would need my plan for the support in English and for the exams. My tutor Kerry said without it I won't have a note taker.

I don't want the plan to stop yet. I want to do the job and the Friday course. Can we talk about it? I can come to a meeting but I need it to be after 4 because of work.

Thanks
Mateo Velasco
"""

PUPIL_VOICE_PHOTO = """
My views for my review

Name: Reuben    Year: 9    Date: 23/2/26

What is going well at school?
science and art. I got a merit in art. Lunch club is good

What is not going well?
the stairs to science, people push. PE is boring when I just watch.
my leg hurts at the end of the day

What would make school better for me?
leave early to go up the stairs. doing a proper sport not just standing there.
having my splint fixed

What do I want to do when I leave school?
graphic design or animation. maybe college in Tenterbury

Who helps me?
Mr Fairlie, Miss Okoro, my mum
"""

# --- other ---------------------------------------------------------------------------------------

DLA_AWARD = [
    ("org", "Department for Work and Pensions"),
    (
        "small",
        "Disability Living Allowance | Disability Benefit Centre, Sedgemoor House, Fernbrook FB99 1ZZ | Telephone 01632 960999",
    ),
    ("p", "Ms Abena Mensah\n9 Coachmans Walk\nBishop's Ware BW3 9DX"),
    (
        "p",
        "Date: 8 January 2026\nNational Insurance number of person claiming for the child: QQ 12 34 56 C",
    ),
    ("title", "Decision on your claim for Disability Living Allowance for Kai Thornbury-Mensah"),
    (
        "p",
        "We have decided that Kai is entitled to Disability Living Allowance from 14 October 2025 to 2 October 2030.",
    ),
    (
        "grid",
        [
            ["Component", "Rate", "Weekly amount"],
            ["Care component", "Middle rate", "£76.70"],
            ["Mobility component", "Lower rate", "£29.20"],
        ],
        [0.4, 0.3, 0.3],
    ),
    (
        "p",
        "How we made this decision: we looked at the claim form, the letter from Dr Pryce and the information from Sawbury Junior School. Kai needs frequent attention throughout the day in connection with his bodily functions, and guidance or supervision most of the time when walking outdoors in unfamiliar places.",
    ),
    (
        "p",
        "If you think this decision is wrong you can ask us to look at it again (mandatory reconsideration). You must do this within one month of the date of this letter.",
    ),
    ("sig", ["Decision Maker"]),
]

BANDING_MATRIX = [
    ("org", "Wealdmere County Council"),
    ("small", "SEN Assessment and Placement Service - mainstream top-up funding"),
    ("title", "Banding descriptors and funding matrix 2026-27"),
    (
        "p",
        "This matrix is used by schools and SENAPS to set the level of high needs top-up funding for pupils with EHC plans in mainstream schools. It does not describe any individual pupil.",
    ),
    (
        "grid",
        [
            ["Band", "Descriptor (summary)", "Top-up per year"],
            [
                "1",
                "Needs met largely through adapted teaching, with some small-group intervention",
                "£1,200",
            ],
            [
                "2",
                "Regular small-group and some individual intervention; specialist advice",
                "£3,400",
            ],
            ["3", "Daily individual intervention and adult support at key times", "£6,100"],
            ["4", "Adult support for most of the day; specialist programmes", "£9,800"],
            [
                "5",
                "Exceptional: adult support throughout the day, including unstructured times",
                "£14,200",
            ],
        ],
        [0.12, 0.63, 0.25],
    ),
    (
        "p",
        "Funding is paid termly in arrears. Bands are reviewed at the annual review. Schools should contact their SENAPS area team with any queries.",
    ),
]

VISUAL_TIMETABLE_TXT = """
ACORNS CLASS - Isaac's day (Monday)

8.50   taxi arrives - Mrs P meets at door
9.00   hello song / objects of reference
9.20   sensory circuit (hall)
9.40   work station 1 - posting, matching
10.00  snack (request "more" with sign)
10.20  playground - with adult
10.45  toilet / change
11.00  physio programme (Mrs P, 10 mins)
11.15  sensory story
11.45  lunch (spoon practice)
12.30  soft play
1.15   rest / quiet room
1.45   music
2.30   home time song
2.50   taxi
"""

IHP_BLANK = [
    ("org", "Tillingbourne House School"),
    ("title", "Individual Healthcare Plan"),
    (
        "p",
        "To be completed with parents and the relevant health professional. Review at least annually or when needs change.",
    ),
    ("field", "Name of pupil", ""),
    ("field", "Medical diagnosis or condition", ""),
    (
        "field",
        "Describe medical needs and give details of symptoms, triggers, signs and treatments",
        "",
    ),
    ("field", "Daily care requirements", ""),
    ("field", "Arrangements for school visits and trips", ""),
    ("field", "What constitutes an emergency, and the action to take", ""),
    ("field", "Staff training needed or undertaken - who, what, when", ""),
    ("field", "Form copied to", ""),
    ("small", "Based on the Department for Education template. Version 3, September 2025."),
]


DOCUMENTS: list[dict] = [
    {
        "name": "Appendix 1 Kai.pdf",
        "kind": "parent_views",
        "blocks": PARENT_FORM,
        "accent": "00685E",
        "sans": True,
    },
    {"name": "Notes_19 May.txt", "kind": "parent_views", "text": DAD_NOTES_TXT},
    {"name": "witness statement.docx", "kind": "parent_views", "blocks": MUM_STATEMENT},
    {
        "name": "RE_ Draft EHCP - Amara Ekwueme.eml",
        "kind": "parent_views",
        "text": DRAFT_COMMENTS_EML,
        "headers": headers(
            "Chidinma Ekwueme <chidinma.e@example.org>",
            "Nadia Petrakis <n.petrakis@example.org>",
            "RE: Draft EHCP - Amara Ekwueme",
            "Thu, 26 Mar 2026 20:44:31 +0000",
        ),
    },
    {
        "name": "Harvey all about me.docx",
        "kind": "child_views",
        "blocks": ABOUT_ME,
        "sans": True,
        "accent": "AA3377",
    },
    {
        "name": "my EHCP.eml",
        "kind": "child_views",
        "text": YP_EML,
        "headers": headers(
            "Mateo Velasco <mateo.v2006@example.org>",
            "J Marchetti <j.marchetti@example.org>",
            "my EHCP",
            "Wed, 10 Jun 2026 21:03:17 +0100",
        ),
    },
    {"name": "20260223_152201.pdf", "kind": "child_views", "text": PUPIL_VOICE_PHOTO, "ocr": 0.08},
    {"name": "decision letter DWP.pdf", "kind": "other", "blocks": DLA_AWARD, "accent": "00703C"},
    {"name": "banding.pdf", "kind": "other", "blocks": BANDING_MATRIX, "accent": "5B3A1A"},
    {"name": "Isaac timetable.txt", "kind": "other", "text": VISUAL_TIMETABLE_TXT},
    {"name": "healthcare plan.docx", "kind": "other", "blocks": IHP_BLANK},
]
