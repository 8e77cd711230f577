# ruff: noqa: E501
"""Views and everything else of the fifth kind set: parents' own words (a letter, a review
form, notes typed on a phone), a young child's "All about me" page and a pupil's views
sheet, two councils' local offer pages saved from a browser, the index pages of two
tribunal bundles, and a trust's letter to a whole year group that mentions EHC plans in
passing. All invented."""

from __future__ import annotations

PARENT_LETTER_RHYS = [
    ("p", "Ty Hir Farm, Kingsholme, Wyeford"),
    ("p", "12 June 2025"),
    ("b", "Our views - Rhys Pritchard"),
    (
        "p",
        "Rhys is our only child and he lives with me and my dad on the farm. We speak Welsh and English at home; Rhys answers in English mostly but sings in Welsh with his taid.",
    ),
    (
        "p",
        "At home Rhys is happy if the day goes the way he expects. He is out with the dogs every morning and knows every tractor by its make. When something changes, like a visitor or a different bus driver, he screams and hides in the car.",
    ),
    (
        "p",
        'At school he is falling behind and he knows it. He says he is "the stupid one". He has started to wet the bed again since Easter.',
    ),
    (
        "p",
        "What we want: speech therapy from a real therapist that actually happens every week, somebody with him in class who understands autism, and for the school to warn him before things change.",
    ),
    ("p", "Gwen Pritchard (mum)"),
]

PARENT_AR_FORM = [
    ("org", "London Borough of Brentmere"),
    ("title", "Annual review: parent/carer contribution"),
    ("field", "Child's name", "Aaliyah Mensah"),
    ("field", "Your name and relationship", "Adwoa Mensah, mother"),
    (
        "field",
        "What has gone well this year?",
        "Aaliyah likes her mentor and has started going to the art club. She is proud of her drawing and has been cooking with her gran every Sunday.",
    ),
    (
        "field",
        "What are you worried about?",
        "She has been suspended twice. She comes home saying teachers shout at her and she does not know why she is in trouble. She is not sleeping and cries on Sunday nights. Since her grandad died she has been much worse.",
    ),
    (
        "field",
        "What would you like to change in the plan?",
        "I want speech and language therapy looked at, because she does not understand what people mean. I want the time-out pass to be in writing so teachers cannot take it away.",
    ),
    ("field", "Signed", "A. Mensah, 14/11/2025"),
]

PARENT_NOTES_TXT = """what we see at home - Jack

- cries before school most mornings, says his tummy hurts
- wont read anything out loud, not even a menu
- homework takes 2 hours with shouting, we have stopped doing it
- says he is thick and everyone else can read
- plays rugby on saturdays and is really good, coach says he is a natural
- builds amazing things in minecraft
- nights - cant get to sleep worrying about spelling tests

we have paid for an EP report ourselves because school said they had done everything they can. he is 10 and reads like a 7 year old.

Ffion (mum) 8/1/26
"""

ALL_ABOUT_ME = [
    ("title", "All about me"),
    ("p", "My name is Freddie and I am 4."),
    (
        "kv",
        [
            ("I like", "Bubbles, Duplo, the swings, my sister Evie, singing 'Wind the Bobbin Up'"),
            ("I don't like", "Loud hand dryers. Wet sleeves. When Evie goes to school without me."),
            (
                "How I tell you things",
                "I sign (more, finished, drink, help). I take your hand and show you. I say 'ba' for ball.",
            ),
            (
                "How you can help me",
                "Sign with me. Show me a picture of what is happening next. Give me time.",
            ),
        ],
    ),
    (
        "i",
        "Freddie chose his favourite photos for this page with his key person at Little Oaks. The words were written by Mum from what Freddie showed us.",
    ),
]

PUPIL_VIEWS_DOCX = [
    ("title", "My views for my EHCP review"),
    ("p", "Name: Aaliyah   Year 8   Done with: Miss Reid (mentor)"),
    (
        "field",
        "What is going well?",
        "Art club. Mr Hall lets me draw when I finish. My mentor sessions.",
    ),
    (
        "field",
        "What is hard?",
        "Afternoons. When teachers shout in front of everyone. The corridors, they are so loud. When people say things and I don't get if they are joking.",
    ),
    (
        "field",
        "What helps me?",
        "My pass. Going to the Base for 10 minutes. Being told what I did wrong calmly, not in front of the class.",
    ),
    (
        "field",
        "What do I want to happen?",
        "I want to stop getting suspended. I want to do GCSE art and food.",
    ),
]

LOCAL_OFFER_AR_TXT = """Annual reviews of EHC plans | Brentmere Local Offer
https://www.example.org/brentmere/localoffer/annual-reviews                                   1/2

Skip to content    Home > Local Offer > Education, Health and Care plans > Annual reviews

Annual reviews of EHC plans

Every EHC plan must be reviewed at least once every 12 months. For children under 5 we recommend a review every 3 to 6 months.

Who organises the review?
Usually your child's school or college. They will invite you, your child and the professionals involved at least two weeks before the meeting, and send out any reports at least two weeks before.

What happens after the meeting?
The school sends a report to us within two weeks. We then have four weeks from the meeting to tell you whether we will keep the plan as it is, change it, or stop it.

Useful documents
- Annual review parent/carer contribution form (Word, 45KB)
- Annual review pupil views form (Word, 38KB)
- Guide to annual reviews for parents (PDF, 310KB)

Need help? Brentmere SENDIASS: 020 7946 0495

Did you find what you were looking for?  [Yes] [No]

Page last reviewed: 3 September 2025

Accessibility statement | Cookies | Contact the Local Offer | (c) London Borough of Brentmere
https://www.example.org/brentmere/localoffer/annual-reviews                  22/11/2025, 08:03
"""

LOCAL_OFFER_PFA = [
    (
        "small",
        "Preparing for adulthood | Wyeford Local Offer                                               1/1",
    ),
    ("small", "Home > Wyeford Local Offer > Preparing for adulthood"),
    ("title", "Preparing for adulthood"),
    (
        "p",
        "From Year 9, every annual review of an EHC plan should include preparing for adulthood: employment, independent living, friends and community, and good health.",
    ),
    ("h", 3, "Post-16 options"),
    (
        "p",
        "Young people in Wyeford can go on to sixth form, to Wyeford College or Marches Land-based College, to a supported internship, or to an apprenticeship. Some young people attend colleges over the border in Wales; talk to your EHC coordinator about funding and transport.",
    ),
    ("h", 3, "Moving to adult services"),
    (
        "p",
        "Adult social care will carry out a transition assessment from age 17 if your young person is likely to need care and support as an adult.",
    ),
    ("small", "Was this page helpful? Yes / No"),
    (
        "small",
        "https://www.example.org/wyeford/localoffer/preparing-for-adulthood      printed 16/02/2026 21:40",
    ),
]

BUNDLE_INDEX_PDF = [
    ("title", "IN THE FIRST-TIER TRIBUNAL (SPECIAL EDUCATIONAL NEEDS AND DISABILITY)"),
    (
        "p",
        "Appeal number: EH901/26/00233\nAdwoa Mensah (Appellant) v London Borough of Brentmere (Respondent)\nIn respect of: Aaliyah Mensah\nHearing: 7 July 2026 (video)",
    ),
    ("b", "HEARING BUNDLE - INDEX"),
    (
        "grid",
        [
            ["Section", "Document", "Date", "Pages"],
            ["A", "Appeal form (SEND35) and attachments", "20/03/2026", "A1-A14"],
            ["A", "Tribunal registration letter and directions", "23/03/2026", "A15-A18"],
            ["A", "Case management order", "12/05/2026", "A19-A20"],
            ["B", "Local authority response", "05/05/2026", "B1-B12"],
            ["C", "Final EHC plan with appendices", "14/01/2026", "C1-C96"],
            [
                "D",
                "Appellant's evidence: independent SLT report (Dr Lindqvist)",
                "18/05/2026",
                "D1-D15",
            ],
            ["D", "Appellant's evidence: parent's statement", "30/05/2026", "D16-D21"],
            [
                "E",
                "Local authority evidence: EP advice, school annual review report",
                "various",
                "E1-E38",
            ],
            ["F", "Working document", "23/06/2026", "F1-F19"],
        ],
        [0.1, 0.55, 0.15, 0.2],
    ),
    (
        "p",
        "Prepared by the London Borough of Brentmere, SEN Assessment Team, 24 June 2026. Total pages: 232.",
    ),
]

BUNDLE_INDEX_DOCX = [
    ("p", "FIRST-TIER TRIBUNAL (SEND)"),
    ("p", "EH884/26/00061    Bevan v Wyeford Council    Refusal to assess - paper hearing"),
    ("b", "INDEX TO THE BUNDLE"),
    (
        "kv",
        [
            ("1-9", "Notice of appeal (SEND35a) with decision letter and mediation certificate"),
            ("10-12", "Registration letter and directions"),
            ("13-20", "Local authority's response"),
            (
                "21-36",
                "Appellants' evidence: independent EP report (Dr E. Watkins, 20/01/2026); parents' notes",
            ),
            (
                "37-58",
                "Local authority's evidence: SENCo report, SEN support plans, specialist teacher report",
            ),
        ],
    ),
    (
        "p",
        "Paginated by Wyeford Council Legal Services. Page numbers are at the foot of each page.",
    ),
]

TRIP_LETTER = [
    ("org", "Harcourt Academy"),
    (
        "small",
        "A member of the Three Rivers Multi-Academy Trust · Harcourt Road, Brentmere N99 4ZZ · Three Rivers MAT is an exempt charity and a company limited by guarantee, no. 07000000",
    ),
    ("p", "January 2026"),
    ("p", "Dear Parents and Carers of Year 9,"),
    ("b", "Year 9 residential: Dean Forest Outdoor Centre, 15 to 17 April 2026"),
    (
        "p",
        "We are delighted to offer every Year 9 student a place on our residential trip. Activities include canoeing, climbing and a night walk. The cost is £185, and payments can be made in instalments through ParentPay. Financial help is available; please contact the school office in confidence.",
    ),
    (
        "p",
        "If your child has an EHCP or medical needs, our SENDCo will contact you separately to plan any support or adjustments so that everyone can take part.",
    ),
    ("p", "Please return the consent form by 6 February."),
    ("sig", ["Yours faithfully", "Mr R. Singh", "Head of Year 9"]),
]


DOCUMENTS: list[dict] = [
    dict(name="Our views - Rhys.docx", kind="parent_views", blocks=PARENT_LETTER_RHYS),
    dict(
        name="Parent contribution AR.pdf",
        kind="parent_views",
        blocks=PARENT_AR_FORM,
        sans=True,
        accent="8B1A1A",
    ),
    dict(name="Jack - what we see at home.txt", kind="parent_views", text=PARENT_NOTES_TXT),
    dict(
        name="All about me Freddie.pdf",
        kind="child_views",
        blocks=ALL_ABOUT_ME,
        sans=True,
        accent="E65100",
    ),
    dict(name="Aaliyah views.docx", kind="child_views", blocks=PUPIL_VIEWS_DOCX, sans=True),
    dict(
        name="Annual reviews of EHC plans _ Brentmere Local Offer.txt",
        kind="other",
        text=LOCAL_OFFER_AR_TXT,
    ),
    dict(
        name="Preparing for adulthood - Wyeford Local Offer.pdf",
        kind="other",
        blocks=LOCAL_OFFER_PFA,
        sans=True,
    ),
    dict(
        name="Bundle index.pdf",
        kind="other",
        blocks=BUNDLE_INDEX_PDF,
        header="EH901/26/00233 Hearing Bundle",
        footer="Index {n}",
    ),
    dict(name="Index EH884-26-00061.docx", kind="other", blocks=BUNDLE_INDEX_DOCX),
    dict(name="Year 9 residential letter.docx", kind="other", blocks=TRIP_LETTER, sans=True),
]
