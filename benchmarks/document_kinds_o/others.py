# ruff: noqa: E501
"""Voices and the rest of set O: parents' views (the island council's parental advice
form, a grandmother's statement for the tribunal, parents' comments on proposed
amendments by e-mail, a mother's diary), children's views (a girl who writes rather than
speaks, a college student's form, a boy's page photographed), and other papers a family
keeps (a DWP award letter saved as "decision letter", the island's short breaks local
offer, a school's provision map, an expert's invoice). All invented."""

from __future__ import annotations

from document_kinds_o.common import ISLAND, ISLAND_SMALL, headers

# --- parents' views ------------------------------------------------------------------------

RHYS_PARENTS = [
    ("org", ISLAND),
    ("small", ISLAND_SMALL),
    ("title", "Parent and carer advice - EHC needs assessment (Form SA2)"),
    ("p", "Please tell us about your child in your own words. Use extra sheets if you need to."),
    ("field", "Child's name", "Rhys Penhallow"),
    ("field", "Completed by", "Kerensa and Jory Penhallow (parents), 3 February 2026"),
    (
        "field",
        "What is your child good at? What do they enjoy?",
        "Rhys is brilliant with numbers and facts, especially about boats and the ferry timetables. He is honest and funny once he knows you. He loves swimming and the dog.",
    ),
    (
        "field",
        "What are you worried about?",
        "Since Year 4 Rhys has become more and more anxious about school. He has stomach aches every Sunday night. He comes home exhausted and has meltdowns most evenings, which he never has in school because he holds it in. He hardly eats at lunch because of the smell of the hall. He writes almost nothing and tells us he is stupid.",
    ),
    (
        "field",
        "What has helped?",
        "A warning about changes the day before. His old TA, Mrs Pender, who let him go to the library at lunchtime. Ear defenders. Being allowed to type.",
    ),
    (
        "field",
        "What would you like for your child in the future?",
        "We want him to go to Wrayland Academy with his friends and cope there. We would love him to be able to take the ferry to the mainland on his own one day and work with boats.",
    ),
    (
        "field",
        "Is there anything else we should know?",
        "Rhys's grandad has just died and Rhys is struggling with this. We think his handwriting problems should be looked at by an OT.",
    ),
    ("sig", ["Signed: K Penhallow   J Penhallow"]),
]

GRAN_STATEMENT = [
    ("title", "Statement of Mrs Abena Asante"),
    (
        "p",
        "First-tier Tribunal (SEND)   Appeal EH869/26/00211   Asante v Marshbrook Borough Council",
    ),
    (
        "np",
        "1.",
        "I am Kofi's grandmother. I have looked after him since he was three and I have been his special guardian since 2020. I make this statement in support of my appeal.",
    ),
    (
        "np",
        "2.",
        "Kofi came to me after a very frightening time with his birth mother. For the first year he woke screaming every night. He still checks that the doors are locked before he can sleep.",
    ),
    (
        "np",
        "3.",
        "At Sea Wall Primary Kofi was in a class of 31. He told me the other children laughed at him when he read. He was sent out of the classroom most days and in the end he was excluded after he threw a chair. I was not told about many of the incidents until the exclusion meeting.",
    ),
    (
        "np",
        "4.",
        "At the Estuary Learning Centre he has changed. He runs in on the mornings when Mr Osei is on the door. He brought home his first reading book in February and read it to me. He still has bad days when a new adult is in the room.",
    ),
    (
        "np",
        "5.",
        "I am frightened that if he goes back to a big school he will be excluded again. Marshbrook Reedbeds School has classes of eight and the same staff all day. When we visited, Kofi asked if he could stay.",
    ),
    (
        "np",
        "6.",
        "I ask the tribunal to name Marshbrook Reedbeds School and to make sure his plan says he will have play therapy, which the psychologist and CAMHS both said he needs.",
    ),
    ("p", "I believe that the facts stated in this statement are true."),
    ("sig", ["Signed: Abena Asante", "Dated: 1 October 2026"]),
]

TADGH_COMMENTS = """Dear Mrs Birtles,

Thank you for the proposed amendments to Tadgh's plan dated 10 March. Our comments are below; we would like a meeting before the plan is finalised.

1. Section B. We agree with the new wording, but it should also say that Tadgh's anxiety has led to CAMHS involvement and that he now feels sick before English. His processing speed was found to be low by the specialist teacher (7th centile) and this is not mentioned.

2. Section F. We welcome the increase to four literacy sessions. However:
 - the plan should say the specialist teacher is qualified (Level 7 dyslexia qualification), as Mrs Cairns is - otherwise a TA could deliver it;
 - the exam access arrangements (25% extra time and a reader) should be in Section F;
 - the plan should say who will help Tadgh return to English lessons and how often they will check in with him.

3. Section I. We agree Wychbury Manor High School should stay named.

4. We would like the CAMHS summary (May) added to Section K when it arrives.

Tadgh has read the changes and says he is "OK with it as long as nobody makes me read out loud".

Kind regards,
Aoife and Declan Brennan
12 Flash Lane, Wychbury SW11 5HR   07700 900731

-----Original Message-----
From: Birtles, Joanne <joanne.birtles@example.org>
Sent: 10 March 2026 14:55
To: aoife.brennan@example.org
Subject: Tadgh Brennan - proposed amendments to EHC plan

Dear Mr and Mrs Brennan, please find attached the proposed amendments following Tadgh's annual review. You have 15 days to comment. Kind regards, Joanne Birtles
"""

ESME_DIARY = """Esme diary - for the tribunal (typed from my notebook)   Kirsty Rowlinson

Mon 8 Sept 2025 - first day of Year 1. Picked up at 3.15 in spare clothes. Teacher said she wet at lunch and wouldn't say she needed to go.
Wed 10 Sept - phone call at 1.40 to collect her, wet again, no spare clothes left. Lost half a day at work.
Mon 15 Sept - screamed in the car park, wouldn't go in. TA carried her in.
Fri 26 Sept - school said she hasn't said a word to any adult in class yet. She talks nonstop at home.
Tue 7 Oct - continence nurse appointment. Started Movicol.
Thu 16 Oct - sent home again at lunchtime (wet). 4th time this half term.
Mon 3 Nov - meltdown after school for 90 minutes, hit her brother, then fell asleep at 5pm.
Wed 19 Nov - SENCo meeting. Told me there is "no evidence of SEN, it's a medical thing".
Tue 2 Dec - Esme said "I don't want to go to school because I'm the wet girl".
Mon 12 Jan 2026 - refused to go in. Off all day.
Thu 22 Jan - school asked me to pick her up at 12 every day "for a few weeks" while they sort toileting. (Is this allowed?)
Fri 6 Feb - part-time still. She's missing afternoons completely.
Mon 9 Mar - sent my own request for an EHC needs assessment to the council.
Thu 16 Apr - refusal letter (faxed to the family hub).
"""

# --- child's views -------------------------------------------------------------------------

DELPHINE_WORDS = [
    ("title", "My words - Delphine"),
    (
        "i",
        "Delphine wrote this at home for her plan and for the tribunal. She asked that it is read out by her mum and not by anyone from school.",
    ),
    (
        "p",
        "I am Delphine and I am 14. I like drawing manga, baking (my lemon drizzle is famous) and youth theatre, because when I am a character the words come out.",
    ),
    (
        "p",
        "At school I don't talk. It's not that I don't want to. When I try, my throat closes and then if a word does come out it gets stuck on the first sound and everyone looks. So it is safer to stay quiet.",
    ),
    (
        "p",
        "Things that help me: Mrs Achebe who lets me write on the whiteboard and never makes a big deal. Sitting at the side near the door. Knowing what is going to happen in the lesson. Answering the register with a thumbs up.",
    ),
    (
        "p",
        "Things that make it worse: supply teachers who don't know. Being asked a question in front of everyone. When people say \"she can talk, I've heard her\".",
    ),
    (
        "p",
        "What I want: I want to be able to say one thing in class by the end of Year 9. I want to do art GCSE. I want to go to a school where no one knows me as the girl who doesn't talk.",
    ),
]

WIKTOR_VIEWS = """My views - for my EHCP review (college form LS7)
Name: Wiktor Zajac     Course: Motor Vehicle L1     Date: 12/01/26

What is going well for you at college?
workshop is good, I passed all the practicals. I like Dave (tutor) he explains stuff by showing not just talking. mentor sessions with Gemma help me not forget stuff

What is difficult?
theory lessons are 2 and a half hours, I cant concentrate that long. I forget when assignments are due. english resit is pointless I already failed it twice

What help do you want?
more breaks in theory. reminders on my phone for deadlines. help with english but in a small group not a big class

What do you want to do after college?
level 2 then an apprenticeship at a bike garage. one day have my own garage

Anything else?
I want to sort my own medication and GP stuff, my mum still does it
"""

RHYS_PAGE = """ALL ABOUT ME - by Rhys (age 10)
(his page, photographed at the review)

My name is Rhys. I am 10.
I like: ferries (the Wrayland Spirit is the best one), Minecraft, swimming, my dog Bosun.
I am good at: maths, knowing boat facts, lego.
I dont like: the hall at dinner time because it smells of gravy and is LOUD. fire drils. when a new teacher comes and nobody tells me.
At school it helps when: I can go to the quiet room. I have my headphones. Mrs Pender is there. I can type insted of write.
When I am older I want to: be a ferry captain or work in the engine room.
My worry: big school is big and the dinner hall is bigger.
"""

# --- other -------------------------------------------------------------------------------

DWP_AWARD = [
    ("org", "Department for Work and Pensions"),
    (
        "small",
        "Disability Living Allowance for children | Mail Handling Site A, Wolverhampton WV98 2AH | 01632 960900 (textphone 01632 960901)",
    ),
    ("p", "Mrs Precious Oduya\n7 Lion Salt Close\nWychbury SW11 6ND"),
    ("p", "Date: 18 March 2026\nReference: DLA/CH/99 41 72 06 C"),
    ("b", "About Disability Living Allowance (DLA) for Fern Oduya"),
    ("p", "Dear Mrs Oduya,"),
    (
        "p",
        "We have looked again at our decision about Fern's Disability Living Allowance, as you asked us to on 16 February 2026. This is called a mandatory reconsideration.",
    ),
    ("h", 2, "Our decision"),
    (
        "p",
        "We have changed our decision. Fern is entitled to the care component at the middle rate and the mobility component at the higher rate from 4 November 2025. This replaces the decision of 9 January 2026, which awarded the care component at the lowest rate and no mobility component.",
    ),
    (
        "grid",
        [
            ["Component", "Rate", "Weekly amount"],
            ["Care", "Middle", "£73.90"],
            ["Mobility", "Higher", "£77.05"],
            ["Total", "", "£150.95"],
        ],
        [0.4, 0.3, 0.3],
    ),
    ("h", 2, "Why we made this decision"),
    (
        "p",
        "We looked at the new evidence you sent, including the letter from Fern's physiotherapist and her school's report. It shows that Fern is virtually unable to walk outdoors and needs frequent attention in connection with her bodily functions during the day.",
    ),
    ("h", 2, "If you disagree"),
    (
        "p",
        "You can appeal to the First-tier Tribunal (Social Security and Child Support) within one month of the date of this letter. You will need to send a copy of this mandatory reconsideration notice with your appeal.",
    ),
    (
        "p",
        "We will pay the arrears into your account within 10 working days. Fern may now be entitled to a Blue Badge; contact your local council.",
    ),
    ("sig", ["Yours sincerely,", "", "Decision Maker", "Department for Work and Pensions"]),
]

SHORT_BREAKS = """Isle of Wrayland Council - Local Offer
Short breaks for disabled children and young people - Statement 2026/27
(saved from wraylandlocaloffer.example.org on 3 June 2026)

What are short breaks?
Short breaks give disabled children and young people the chance to have fun and try new things, and give parents and carers a break from caring. On the island they include after-school and holiday clubs, sailing and watersports sessions, overnight stays at Gull Cottage, and direct payments to buy support.

Who can use them?
Universal and targeted short breaks are open to any child or young person aged 0 to 18 with a disability or additional need living on the Isle of Wrayland. You do not need an EHC plan.
Specialist short breaks (Gull Cottage, one-to-one support) need an assessment by the Children with Disabilities Team.

What is available
- Saturday Splash (Colport Leisure Centre), ages 5 to 12, fortnightly
- Harbour Sailing Club inclusive sessions, May to September
- Holiday activity scheme, Easter and summer, with 1:1 support where needed
- Youth club for 13 to 18 year olds, Thursday evenings, Saltness
- Gull Cottage overnight short breaks (assessed)
- Ferry travel: carers travel free with a disabled child on Wrayland Ferries short-break trips

How to apply
Complete the short breaks registration form on the Local Offer or call the Family Information Service on 01632 960190.

Last reviewed: April 2026. Next review: April 2027.
"""

PROVISION_MAP = [
    ("org", "Colport Church of England Primary School"),
    ("title", "Provision Map - Year 5 - Spring Term 2026"),
    (
        "p",
        "Whole class overview of additional and different provision (SEN support and EHC plans). Costs are at the school's notional rates.",
    ),
    (
        "grid",
        [
            ["Intervention", "Group / pupils", "Frequency", "Staff", "Cost per term"],
            ["Lego-based social skills", "RP, AK, TM (3)", "2 x 30 min", "TA (Mrs Pender)", "£420"],
            ["Precision teaching - reading", "JL, OB (2)", "Daily 10 min", "TA", "£350"],
            [
                "Speech and language programme",
                "MT (Reception, shared)",
                "Daily 15 min",
                "TA",
                "£525",
            ],
            ["Fine motor group", "RP, SC, LH (3)", "3 x 20 min", "HLTA", "£300"],
            ["Maths catch-up", "6 pupils", "3 x 20 min", "Class teacher", "£450"],
            ["ELSA", "2 pupils", "Weekly 30 min", "ELSA (Mrs Jewell)", "£280"],
        ],
        [0.26, 0.2, 0.16, 0.18, 0.2],
    ),
    (
        "p",
        "Impact measures: entry and exit data to be recorded by Easter. SENCo to review with class teacher at the pupil progress meeting on 26 March.",
    ),
]

INVOICE = [
    ("org", "Dr Mina Farouk - Chartered Educational Psychologist"),
    ("small", "18 Sextant Row, Marshbrook ME91 7LQ | 07700 900273 | mina.farouk@example.org"),
    ("title", "INVOICE"),
    (
        "kv",
        [
            ("Invoice no.", "MF-2026-118"),
            ("Date", "10 December 2026"),
            ("To", "Ms Shannon Jukes, 14 Eelmoor Close, Riverside, Marshbrook ME92 3HB"),
            ("Re", "Harley Jukes - tribunal appeal EH873/26/00390"),
        ],
    ),
    (
        "grid",
        [
            ["Description", "Hours", "Amount"],
            ["School observation and assessment, 24 November 2026", "4.0", "£480.00"],
            ["Home visit and parent interview, 27 November 2026", "2.0", "£240.00"],
            ["Scoring, records review and report writing", "6.0", "£720.00"],
            ["Travel (38 miles at 45p)", "", "£17.10"],
            ["Attendance at hearing (if required): quoted separately", "", ""],
            ["Total due", "", "£1,457.10"],
        ],
        [0.6, 0.15, 0.25],
    ),
    (
        "p",
        "Payment within 30 days by bank transfer to: M Farouk, sort code 00-00-00, account 00000000, reference MF-2026-118. Thank you.",
    ),
]

DOCUMENTS: list[dict] = [
    {"name": "Rhys SA2.pdf", "kind": "parent_views", "blocks": RHYS_PARENTS},
    {"name": "statement for hearing.docx", "kind": "parent_views", "blocks": GRAN_STATEMENT},
    {
        "name": "RE_ Tadgh Brennan - proposed amendments to EHC plan.eml",
        "kind": "parent_views",
        "headers": headers(
            "Aoife Brennan <aoife.brennan@example.org>",
            "Birtles, Joanne <joanne.birtles@example.org>",
            "RE: Tadgh Brennan - proposed amendments to EHC plan",
            "Mon, 23 Mar 2026 22:18:54 +0000",
            cc="declan.brennan@example.org",
        ),
        "text": TADGH_COMMENTS,
    },
    {"name": "diary.txt", "kind": "parent_views", "text": ESME_DIARY},
    {"name": "Delphine - my words.docx", "kind": "child_views", "blocks": DELPHINE_WORDS},
    {"name": "LS7 form.txt", "kind": "child_views", "text": WIKTOR_VIEWS},
    {"name": "IMG_4470.pdf", "kind": "child_views", "text": RHYS_PAGE, "ocr": 0.08},
    {"name": "decision letter.pdf", "kind": "other", "blocks": DWP_AWARD},
    {"name": "short breaks.txt", "kind": "other", "text": SHORT_BREAKS},
    {"name": "provision map.docx", "kind": "other", "blocks": PROVISION_MAP},
    {"name": "Farouk invoice.pdf", "kind": "other", "blocks": INVOICE},
]
