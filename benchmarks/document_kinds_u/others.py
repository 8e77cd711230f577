# ruff: noqa: E501
"""Set U's parents' and children's views, papers of other kinds (a DWP award, a council's
ferry travel policy, a school's minutes of a governors' meeting, a hospital passport) and
one more piece of correspondence. All invented."""

from __future__ import annotations

from document_kinds_u.common import ISLE, ISLE_SMALL, headers

PARENT_FORM = [
    ("org", ISLE),
    ("small", ISLE_SMALL),
    ("title", "Parent/carer advice - EHC needs assessment (Form EHC3)"),
    ("field", "Child's name", "Reggie Tullett"),
    ("field", "Your name and relationship", "Pauline Tullett (grandmother and kinship carer)"),
    (
        "field",
        "What are Reggie's strengths?",
        "He is brilliant with animals and helps on the allotment. He is funny and kind to his little cousins.",
    ),
    (
        "field",
        "What worries you most?",
        "His stammer has got worse since he moved to us and he won't put his hand up. He has big meltdowns after school and can't sleep. Teachers think he's just naughty.",
    ),
    (
        "field",
        "What help do you think Reggie needs?",
        "Speech therapy in school, not just a leaflet. Someone he trusts to go to. Staff who understand what happened to him.",
    ),
    ("field", "Signed / date", "P. Tullett, 19 February 2026"),
]

PARENT_DIARY = """Things to say at the review - Casper (typed on my phone in the car park)

- He falls more. Twice on the school steps since Easter. Nobody rang me.
- He's exhausted by Wednesday. Can he have a rest afternoon?
- PE - they made him do the bleep test. Physio says NO.
- Reading - he's started to enjoy it with the dinosaur books, say thank you to Miss Park.
- Junior school - must have a lift. The one they want has stairs to Year 5 and 6.
- I want the plan to say rest breaks and adapted PE, not "as required".
- Ask about a buggy for the trip to the lifeboat station.
"""

PARENT_COMMENTS_EML = """Dear Ms Threlfall,

Our comments on Ruby's proposed plan (sent 24 March)

1. Section B does not mention Ruby's anxiety about school, her stomach aches or that she has refused to go in on nine mornings this term.
2. Section F says "individual structured phonics programme" but the EP said this must be taught by an adult trained in the programme. Please add that.
3. The touch-typing should be daily, as the EP recommended, not 3 x 15 minutes.
4. We want Sandgarth Academy named in Section I.
5. We would like a meeting to discuss the draft before it is finalised.

Yours sincerely
Dan and Louise Saltmarsh
"""

CHILD_PAGE = [
    ("title", "My views - Bilal"),
    (
        "p",
        "I'm Bilal and I'm 12. I like football (watching, I'm not allowed to play much), drawing anime and my PlayStation.",
    ),
    (
        "p",
        "School is hard because I miss loads when I'm in hospital and then I don't understand anything when I go back. The teachers go too fast and I can't copy off the board fast enough.",
    ),
    (
        "p",
        "What would help me: someone to help me catch up. Having the notes printed. Being allowed to stay in when it's cold. My friends knowing about sickle cell so they don't think I'm skiving.",
    ),
    ("p", "When I grow up I want to be a games designer."),
]

CHILD_EML = """Hi,

My name is Adam Dar, I'm 15. My dad said I could write to you myself about my EHC plan because I didn't want to come to the meeting.

I want you to know I'm not refusing school because I'm lazy. The bus is packed and the ferry terminal is really loud and I get panic attacks. I'd like to try lessons at the learning centre in Caulbury with one teacher, and maybe do my GCSEs in English, maths and art. I like art the most.

I don't want to be in a room with loads of people. I would like someone to tell me what is happening with my plan instead of only telling my dad.

Thanks
Adam
"""

CHILD_PHOTO = """All about me - Sunniva

My name is Sunniva. I am 6.
I like: bubbles, the swings, my dog Biscuit, the sea.
I don't like: loud bells, the dinner hall, socks.
I feel happy when: I play with Mummy and go to the beach.
I feel sad when: no one knows what I want.
Help me by: showing me pictures, giving me time, letting me use my talker.
(Sunniva chose the pictures; words written by Miss Ward, TA, with Sunniva pointing.)
"""

DWP = [
    ("org", "Department for Work and Pensions - Disability Living Allowance"),
    ("small", "DLA Customer Contact Centre  |  Telephone 01632 960600  |  Textphone 01632 960601"),
    ("p", "Mrs S. Hussain\n14 Gannet Close\nSandgarth LB7 9JP"),
    ("p", "Date of this letter: 3 March 2026\nNational Insurance number: QQ 12 34 56 C"),
    ("b", "Your Disability Living Allowance for Bilal Hussain - decision"),
    (
        "p",
        "We have looked again at Bilal's claim. We have decided that Bilal is entitled to the care component at the middle rate and the mobility component at the lower rate from 12 November 2025. This decision was made after mandatory reconsideration.",
    ),
    (
        "p",
        "If you disagree with this decision you can appeal to the First-tier Tribunal (Social Security and Child Support). You must appeal within one month of the date of this letter.",
    ),
    ("sig", ["DLA Decision Maker"]),
]

FERRY_POLICY = [
    ("org", ISLE),
    ("title", "Home to school travel: off-island placements - policy statement 2026/27"),
    (
        "p",
        "This policy explains how the council arranges travel for pupils with an EHC plan who attend a school or college on the mainland.",
    ),
    (
        "np",
        "1.",
        "The council will provide a ferry pass and a taxi from the mainland terminal where the named placement is on the mainland and is the nearest suitable school.",
    ),
    (
        "np",
        "2.",
        "An escort will be provided where the child's needs make it unsafe to travel alone; this is assessed by the Travel Assistance Team.",
    ),
    (
        "np",
        "3.",
        "Where a parent chooses a mainland school that is not the nearest suitable school, the parent is responsible for travel costs.",
    ),
    (
        "np",
        "4.",
        "Appeals against travel decisions go to the council's Travel Appeals Panel, not to the SEND Tribunal.",
    ),
]

HOSPITAL_PASSPORT = """MY HOSPITAL PASSPORT
Lunesmouth and Fellside Hospitals NHS Foundation Trust - Learning Disability and Autism Liaison

Name: Arlo Whitcombe    Likes to be called: Arlo
Things you MUST know about me: I am autistic and have a learning disability. I use Makaton and a picture book. I bite my hand when scared.
Things that are important to me: my blue blanket, train videos on my tablet, Dad.
How to talk to me: short words, show me pictures, give me time.
Things I don't like: being held down, beeping machines, waiting rooms.
Medicines: none regular. Allergies: none known.
Completed by: Ben Whitcombe (Dad), 2 February 2026
"""

GOVERNORS_MINUTES = """Hestholme Primary School - Full Governing Board
Minutes of the meeting held on 24 March 2026 (extract, Part 1)

Present: Rev. A. Fleetwood (Chair), Mrs K. Aske (Headteacher and SENCo), Mr D. Pilling, Mrs R. Oduya, Ms C. Wren (clerk)

Item 6 - SEND report
The SENCo reported 42 pupils on the SEN register and 6 with EHC plans. Two EHC needs assessments are in progress. The notional SEN budget is overspent by £18,400. Governors asked how the school would fund the one-to-one support in the new plans; the headteacher said the top-up banding had not yet been confirmed by the council.
Action: Chair to write to the council about delays to top-up funding.

Item 7 - Premises
The new accessible toilet is complete.
"""

SENDIASS_EML = """Dear Jo,

Thanks for calling the helpline yesterday. As promised, a summary of what we talked about:

- You have 15 days from 21 April to comment on Kofi's draft plan and ask for a school to be named.
- The draft says fine motor support "as needed". You can ask for it to be specified (what, how often, by whom), as the OT recommended.
- Kofi's diabetes care should be in Section C and G, and the support he needs in school could also be educational provision in Section F if it relates to his SEN.
- If the final plan is still not right you can appeal to the Tribunal within 2 months; you'll need a mediation certificate unless you are only appealing about the school.

I have booked you a call-back on 28 April at 10am.

Best wishes
Amira Sandhu, Information, Advice and Support Officer
Lunesmouth SENDIASS (impartial and confidential) | 01632 960379
"""

COVERED_OT = [
    (
        "cover",
        [
            "Lunesmouth EHC Hub",
            "DOCUMENT COVER SHEET",
            "Case: Casper Dunmore (LBC/EHC/0719)",
            "Document type: Advice - health",
            "Received from: Royal Bay Infirmary",
            "Uploaded: 02/07/2026 by G. Threlfall",
        ],
    ),
    ("org", "Lunesmouth and Fellside Hospitals NHS Foundation Trust"),
    ("small", "Children's Occupational Therapy - Neuromuscular Service, Royal Bay Infirmary"),
    ("title", "Occupational therapy report: school access and equipment"),
    (
        "p",
        "Name: Casper Dunmore    DOB: 14/07/2018    NHS number: 999 441 0092    Seen at school: 24 June 2026",
    ),
    (
        "p",
        "Casper's grip strength and endurance have reduced over the year. He can write for about five minutes before his hand tires, and he struggles to open his lunchbox and manage fastenings after PE. Getting up from the floor for carpet time is slow and effortful.",
    ),
    ("b", "Recommendations"),
    (
        "bul",
        [
            "A chair with arms at every work station; Casper should not sit on the floor.",
            "Access to a tablet with speech-to-text for written work of more than a few sentences.",
            "Velcro fastenings and an easy-open lunchbox; adult help with PE changing in a private space.",
            "Before the move to junior school: an access visit by OT to check toilets, lift and doors.",
            "OT review each term while Casper's needs change.",
        ],
    ),
    ("sig", ["Yvonne Harrop", "Clinical Specialist Occupational Therapist"]),
]

COVERED_STATEMENT = [
    (
        "cover",
        [
            "First-tier Tribunal (SEND)  -  Appeal EH913/26/00201",
            "Tullett v Isle of Wrenholm Council",
            "HEARING BUNDLE",
            "Section D: the appellant's evidence",
            "Pages D1 - D4",
        ],
    ),
    ("title", "Statement of Pauline Tullett"),
    (
        "p",
        "I am Reggie's paternal grandmother. Reggie has lived with me and my husband, Ron, under a special guardianship order since March 2024. I make this statement in support of our appeal against the contents of Reggie's EHC plan.",
    ),
    (
        "np",
        "1.",
        "When Reggie came to us he hardly spoke. He now talks all the time at home, but at school he stammers so badly that he has stopped answering the register. He told me he pretends not to know answers so he will not have to speak.",
    ),
    (
        "np",
        "2.",
        "Most days after school Reggie is angry and tearful. He has kicked holes in his bedroom door. It takes until eight o'clock for him to calm down, and he wakes in the night.",
    ),
    (
        "np",
        "3.",
        "The school gave him a TA for the mornings, but she changes every few weeks. The CAMHS psychologist told us he needs the same trusted adult every day.",
    ),
    (
        "np",
        "4.",
        "We are asking for the plan to say that Reggie will see a speech and language therapist every week, and that he will have one named key adult.",
    ),
    ("p", "I believe that the facts stated in this statement are true."),
    ("sig", ["Pauline Tullett", "3 August 2026"]),
]

DOCUMENTS: list[dict] = [
    {"name": "Reggie form EHC3.pdf", "kind": "parent_views", "blocks": PARENT_FORM},
    {"name": "review notes.txt", "kind": "parent_views", "text": PARENT_DIARY},
    {
        "name": "Ruby draft plan.eml",
        "kind": "parent_views",
        "headers": headers(
            "Louise Saltmarsh <louise.saltmarsh@example.org>",
            "Gail Threlfall <g.threlfall@lunesmouth.example.org>",
            "Ruby Saltmarsh - comments on draft plan",
            "Sun, 05 Apr 2026 21:40:12 +0100",
        ),
        "text": PARENT_COMMENTS_EML,
    },
    {"name": "Bilal EHCP.docx", "kind": "child_views", "blocks": CHILD_PAGE, "sans": True},
    {
        "name": "my plan.eml",
        "kind": "child_views",
        "headers": headers(
            "Adam Dar <adam.dar2011@example.org>",
            "send.casework@wrenholm.example.org",
            "my plan",
            "Tue, 12 May 2026 23:51:02 +0100",
        ),
        "text": CHILD_EML,
    },
    {"name": "IMG_2231.pdf", "kind": "child_views", "text": CHILD_PHOTO, "ocr": 0.08},
    {"name": "Bilal medical.pdf", "kind": "other", "blocks": DWP},
    {"name": "ferry travel policy.docx", "kind": "other", "blocks": FERRY_POLICY},
    {"name": "Arlo hospital.txt", "kind": "other", "text": HOSPITAL_PASSPORT},
    {"name": "governors March.pdf", "kind": "other", "text": GOVERNORS_MINUTES},
    {
        "name": "Kofi draft plan advice.eml",
        "kind": "correspondence",
        "headers": headers(
            "Lunesmouth SENDIASS <sendiass@lunesmouth.example.org>",
            "jo.mensahbarr@example.org",
            "Your call with SENDIASS",
            "Fri, 24 Apr 2026 16:10:00 +0100",
        ),
        "text": SENDIASS_EML,
    },
    {"name": "Casper - from council portal.pdf", "kind": "ot_report", "blocks": COVERED_OT},
    {"name": "Reggie appeal bundle p1-4.pdf", "kind": "parent_views", "blocks": COVERED_STATEMENT},
]
