# ruff: noqa: E501
"""Views and other papers of set X: parents' views (for an annual review, a reply to a
draft set out as a table in an e-mail, a council's "About us" form for an assessment, a
father's statement for the tribunal); children's and young people's views (a child's page
of her own, a teenager's letter to the tribunal judge, an independent advocate's record
of a child's views, a voice note typed up); and other papers (two DWP letters, an
independent practitioner's invoice, a Blue Badge decision, a play scheme's booking
confirmation). All invented."""

from __future__ import annotations

from document_kinds_x.common import KESTREL, KESTREL_SMALL, headers

W = [0.3, 0.7]

# --- parents' views --------------------------------------------------------------------------

OUR_VIEWS = [
    ("title", "Our views for Ruby's annual review - November 2026"),
    ("p", "From: Kelly and Dean Ashworth (Ruby's mum and dad)"),
    ("h", 2, "What is going well"),
    (
        "p",
        "Ruby is happy to go to school now. Last year she cried at the gate most mornings. She comes home singing the songs from the base and she has a best friend, Elsie. She is starting to tell us about her day in little sentences, like 'Mr Pickup funny hat'.",
    ),
    ("h", 2, "What we are worried about"),
    (
        "p",
        "Her diabetes in PE. She has had two hypos this term and we were only told at pick-up. Ruby cannot tell people she feels low, so she needs someone watching her monitor. We are also worried that the weekly therapy might be cut, because that is what has made the difference.",
    ),
    ("h", 2, "What we would like in the plan"),
    (
        "bul",
        [
            "Weekly speech therapy to stay in Section F.",
            "Two more staff trained on her pump, and someone trained in every PE lesson and on trips.",
            "Ruby to stay in the base next year.",
        ],
    ),
    ("h", 2, "Ruby at home"),
    (
        "p",
        "She loves helping her nan in the cafe, counting the change with help. She still needs us to show her things rather than tell her. She gets very cross when her little brother talks for her.",
    ),
    ("p", "Kelly and Dean Ashworth, 18 November 2026"),
]

DRAFT_COMMENTS_BODY = (
    "Dear Mr Penmorvah,\n\n"
    "Thank you for the draft plan for Tegan. Here are our comments, as you asked, in the order of the plan. We would also like a meeting before the plan is finalised.\n\n"
    "Section | What the draft says | What we are asking for\n"
    "B | 'Tegan is sensitive to noise.' | Add her hypermobility, the pain and fatigue when writing, and that she needs help to change for PE (OT advice, 19 February).\n"
    "E | 'Tegan will stay in class for more of the afternoon.' | Make it measurable - e.g. in class for the whole afternoon on four days out of five by July 2027.\n"
    "F | 'Support from school staff, as appropriate.' | Say who, how many hours, and what they do. School says she needs an adult all afternoon.\n"
    "F | 'Speech and language therapy input as advised.' | Direct therapy by a therapist, 6 sessions a term, plus a programme 3 x 20 minutes a week (SLT advice).\n"
    "F | Nothing about writing. | Daily touch-typing for 15 minutes and a writing slope (OT advice).\n"
    "I | 'to be confirmed' | Undercliff CE Primary, where she is now.\n\n"
    "We agree with Section A, and thank you for using Tegan's own words.\n\n"
    "Kind regards,\n"
    "Gemma Marsh and Femi Oyelaran\n"
    "07700 900318\n"
)

ABOUT_US_FORM = [
    ("org", KESTREL),
    ("small", KESTREL_SMALL),
    ("title", "EHC needs assessment - Parent and carer advice: 'About us'"),
    (
        "i",
        "Please tell us about your child in your own words. There are no right or wrong answers. Use extra sheets if you need to.",
    ),
    ("field", "Child's name", "Precious Okonjo"),
    ("field", "Your name and relationship", "Folake Okonjo, mother"),
    (
        "field",
        "What are your child's strengths and interests?",
        "Precious is funny and very kind. She loves gymnastics (she goes to Kestrel Flyers on Tuesdays), baking and drawing fashion designs. She remembers everything people tell her.",
    ),
    (
        "field",
        "What does your child find difficult?",
        "Reading and spelling. She is in Year 5 and cannot read a chapter book. She says the letters 'jump about'. She has stomach aches every school morning and hides her reading book.",
    ),
    (
        "field",
        "What has helped?",
        "When her Year 3 teacher let her answer out loud instead of writing. Reading with coloured overlays seems to help a bit. Paired reading with me at bedtime if there is no pressure.",
    ),
    (
        "field",
        "What would you like your child to achieve?",
        "Read for pleasure. Go to secondary school believing she is clever, because she is.",
    ),
    (
        "field",
        "Is there anything else we should know?",
        "Her dad has dyslexia and left school at 15. I don't want the same for her.",
    ),
    ("sig", ["Signed: F. Okonjo", "Date: 20 February 2026"]),
]

FATHER_STATEMENT_TXT = """
IN THE FIRST-TIER TRIBUNAL (SPECIAL EDUCATIONAL NEEDS AND DISABILITY)
Appeal number: EH933/26/00417
BETWEEN Gemma Marsh (Appellant) and Isle of Wendle Council (Respondent)

WITNESS STATEMENT OF FEMI OYELARAN

1. I am Tegan's father. I live with Tegan and her mother at 4 Lifeboat Terrace, Undercliff. I work shifts on the car ferry, so I do the school run three days a week.

2. Every morning I see how hard it is for Tegan to go into school. On bad days she holds onto the railings and says "too loud, too loud". When her key adult is there at the gate, she goes in. When the key adult is off, she does not.

3. After school Tegan is exhausted. Twice a week she has a meltdown at home that lasts up to an hour: she screams, hits her head and cannot be comforted. These are worst on days when there has been a change at school, such as a supply teacher or an assembly.

4. Tegan's hands hurt when she writes. She has asked me to do her homework for her because "my fingers go wobbly". She types well on my laptop when she is calm.

5. We have waited almost a year for speech therapy. A 'programme' given to a busy TA has not happened consistently; Tegan's homework book shows it was done on 11 days between January and May.

6. I ask the Tribunal to make the plan say exactly what support Tegan will get and who will give it.

I believe that the facts stated in this witness statement are true.

Signed: Femi Oyelaran
Dated: 20 September 2026
"""

# --- children's views ------------------------------------------------------------------------

TEGAN_PAGE = [
    ("title", "All about me - by Tegan"),
    (
        "i",
        "Tegan wrote this with Mrs Jago (her key adult) on the class laptop. The words are Tegan's.",
    ),
    ("h", 2, "Things I like"),
    (
        "bul",
        [
            "Lighthouses. The one at Undercliff Point is my favourite because it is stripy.",
            "My dog Pebble.",
            "Drawing with my special pens.",
            "When it is quiet.",
        ],
    ),
    ("h", 2, "Things that are hard"),
    (
        "bul",
        [
            "The dinner hall. It is too loud and smells of cabbage.",
            "When my teacher is not there and nobody told me.",
            "Writing. My fingers hurt.",
        ],
    ),
    ("h", 2, "What helps me"),
    (
        "bul",
        [
            "Mrs Jago meeting me at the gate.",
            "My timetable with pictures.",
            "My ear defenders.",
            "Typing instead of writing.",
        ],
    ),
    ("h", 2, "When I grow up"),
    (
        "p",
        "I want to be a lighthouse keeper or an artist. Mum says there are not many lighthouse keepers now so I might be an artist who draws lighthouses.",
    ),
]

LETTER_TO_JUDGE = [
    ("p", "5 Tenter Street\nHaslow\nRV4 3QL"),
    ("p", "15 January 2027"),
    ("p", "Dear Judge,"),
    (
        "p",
        "My name is Ibrahim and I am 14. My mum says you will decide what goes in my plan. I want to tell you some things myself because talking is hard for me, so I am writing it.",
    ),
    (
        "p",
        "I have a stammer. It is worse when I'm stressed. At my old school on the island some teachers knew about it and some didn't. Every time I get a new teacher who doesn't know, they ask me to read out and I get stuck on the first word and everyone waits. I would rather get a detention than read out.",
    ),
    (
        "p",
        "The stammering clinic helped me. I learned easy onset and I can use it with Penny (my therapist) and at home. I want to keep seeing her in school time, not one block a year.",
    ),
    (
        "p",
        "I also have OCD. It makes me check things. I am getting better with CBT but I am still late sometimes and I don't want to get a late mark for it.",
    ),
    (
        "p",
        "What I want is for every teacher to know about my stammer before the first lesson, so I don't have to explain. And to have someone to talk to in the morning.",
    ),
    (
        "p",
        "When I'm older I want to be a sound engineer. I'm good at it. I mixed the music for the school show.",
    ),
    ("p", "Thank you for reading this."),
    ("p", "From Ibrahim Sesay"),
]

ADVOCATE_RECORD = [
    ("org", "Wendle Young Voices"),
    (
        "small",
        "Independent advocacy for children and young people on the Isle of Wendle - 2 Ropewalk Yard, Saltney Quay WN1 7HB - 01632 960392",
    ),
    ("title", "Record of a child's views"),
    (
        "kv",
        [
            ("Child", "Noah Penhallow, age 6"),
            ("Advocate", "Lamorna Bray"),
            (
                "Where and when",
                "Saltney Quay Infant School, 18 March 2026, 40 minutes; Noah chose to meet in the library",
            ),
            ("Why", "Noah's views for his parents' request for an EHC needs assessment"),
        ],
        W,
    ),
    (
        "p",
        "We used picture cards, a 'school day' board and Noah's favourite tractor toy. Noah put the cards he liked on the 'happy' side and the ones he didn't like on the 'sad' side. Where his speech was hard to understand, I checked by repeating back and he nodded or shook his head.",
    ),
    ("h", 2, "What Noah told me"),
    (
        "bul",
        [
            "Happy: 'playing tractors', 'Mrs Quance', 'golden time', 'going home'.",
            "Sad: 'dinner play' - he said 'they don't know what I say' and 'I hit'.",
            "Noah pointed to the card of a child alone and said 'me'.",
            "When I asked what would help, he chose the card of a grown-up and said 'play with me at dinner'.",
        ],
    ),
    (
        "p",
        "I have recorded Noah's views as he gave them. I have not added my own opinion. Noah agreed that his mum and dad and the council could see this.",
    ),
    ("sig", ["Lamorna Bray, Independent Advocate", "19 March 2026"]),
]

VOICE_NOTE_TXT = """
Voice note from Kitty - typed up by Mum (A. Trevanion) for the college and the council, 10 January 2026. Kitty has agreed this is what she said.

"OK so this is for my review. I'm doing it on my phone in my room because I can't say it in the meeting.

I want to go to Island College and do animal care. I've wanted that since I was like ten. I help at the seal sanctuary on Saturdays and I'm actually good with the animals, they don't care if I talk.

The things I'm scared about are: new teachers asking me questions in front of everyone, the canteen, and not knowing where to go. If someone at college could know about my mutism before I start, that would help. And if I could go there loads of times in the summer with Ms Rowe, so it's not new.

At school what helps is the cards I write questions on, and Ms Rowe. What doesn't help is when supply teachers do the register out loud and wait for me to say 'here'. I just want to put my hand up.

That's it. Um. Yeah. Bye."
"""

# --- other -----------------------------------------------------------------------------------

DWP_CA = [
    ("org", "Department for Work and Pensions"),
    (
        "small",
        "Carer's Allowance Unit - Post Handling Site K, Sandwell Road, Mercia MR98 2CA - Telephone 01632 960601 - Textphone 01632 960602",
    ),
    ("p", "Mr Femi Oyelaran\n4 Lifeboat Terrace\nUndercliff\nIsle of Wendle\nWN6 2RS"),
    ("p", "Date: 11 August 2026\nNational Insurance number: QQ 12 34 56 C"),
    ("title", "Carer's Allowance - we have made a decision"),
    ("p", "Dear Mr Oyelaran,"),
    (
        "p",
        "Thank you for your claim for Carer's Allowance for looking after Tegan Marsh-Oyelaran, received on 14 July 2026.",
    ),
    (
        "p",
        "We have decided that you are entitled to Carer's Allowance from 14 July 2026. You will get 83.30 pounds a week. We will pay you every 4 weeks in arrears into the account you gave us.",
    ),
    (
        "kv",
        [
            ("Weekly amount", "83.30 pounds"),
            ("First payment", "8 September 2026"),
            ("Paid to", "Account ending 4417"),
        ],
    ),
    (
        "p",
        "You must tell us straight away if your earnings go above the earnings limit, if you stop caring for 35 hours a week, or if the person you care for stops getting Disability Living Allowance care component at the middle or highest rate.",
    ),
    (
        "p",
        "If you think this decision is wrong, you can ask us to look at it again. This is called mandatory reconsideration. You must ask within one month of the date of this letter.",
    ),
    ("sig", ["Carer's Allowance Unit"]),
]

DLA_MR_SCAN = """
Department for Work and Pensions
Disability Living Allowance for children
Disability Benefit Centre 7, Post Handling Site D, Sandwell Road, Mercia MR99 1DL   Telephone 01632 960603

Mrs Claire Haworth
17 Spinners Row
Weirbottom
RV6 3JP

Date: 2 March 2026
Reference: DLA/C/448812

Mandatory Reconsideration Notice

About: Maisie Haworth

You asked us to look again at our decision of 6 January 2026 about Disability Living Allowance for Maisie.

We have looked again at the decision and taken into account the letter from her physiotherapist and the information you gave us by phone on 3 February 2026.

We have changed the decision. Maisie is entitled to the care component at the lowest rate from 21 October 2025. She is not entitled to the mobility component because she can walk out of doors without guidance or supervision most of the time.

If you still disagree you can appeal to the First-tier Tribunal (Social Security and Child Support). You must appeal within one month of the date of this notice. Send this notice with your appeal (form SSCS1).

Decision Maker
"""

INVOICE = [
    ("org", "Delaney Neuropsychology Ltd"),
    (
        "small",
        "14 Chapel Walk, Stony Marston, Kestrel Vale KV14 1QR - accounts@example.org - Company no. 09990412 - VAT exempt (health services)",
    ),
    ("title", "INVOICE"),
    (
        "kv",
        [
            ("Invoice number", "DN-2026-114"),
            ("Date", "21 September 2026"),
            (
                "Bill to",
                "Mr and Mrs Lindqvist, 31 Saffron Redway, Netherfield, Kestrel Vale KV10 2JS",
            ),
            ("Client", "Harri L. (DOB 2019)"),
        ],
    ),
    (
        "grid",
        [
            ["Item", "Hours", "Rate", "Amount"],
            ["Records review", "3.0", "175.00", "525.00"],
            ["Assessment (2 sessions) and school observation", "7.5", "175.00", "1,312.50"],
            ["Scoring, analysis and report for Tribunal", "8.0", "175.00", "1,400.00"],
            ["Travel", "", "", "42.60"],
            ["Total due", "", "", "3,280.10"],
        ],
        [0.5, 0.15, 0.15, 0.2],
    ),
    (
        "p",
        "Payment within 30 days by bank transfer to Delaney Neuropsychology Ltd, sort code 00-00-00, account 00001234, reference DN-2026-114. Attendance at the hearing (if required) will be invoiced separately at 1,050.00 pounds per day.",
    ),
    ("p", "Thank you."),
]

BLUE_BADGE = [
    ("org", KESTREL),
    (
        "small",
        "Blue Badge Team - Customer Services, Civic Offices, 1 Grafton Boulevard, Kestrel Vale KV9 3AA",
    ),
    ("p", "Mr T. Farooqui\n22 Fennel Square, Coppice Grid\nKestrel Vale KV12 6DP"),
    ("p", "Application reference: BB/KV/26/07713    Date: 4 March 2026"),
    ("p", "Dear Mr Farooqui,"),
    ("b", "Blue Badge application for Zain Farooqui - approved"),
    (
        "p",
        "I am pleased to tell you that your application for a Blue Badge for Zain has been approved. Zain meets the criteria because he has a permanent and substantial disability which means he is unable to walk or has very considerable difficulty walking.",
    ),
    (
        "p",
        "The badge will be produced and posted to you within 15 working days. It is valid for three years, until 3 March 2029. The badge may only be used when Zain is travelling in the vehicle or when you are collecting him. Please read the enclosed leaflet on the rules for using your badge.",
    ),
    ("sig", ["Yours sincerely,", "", "Blue Badge Team"]),
]

PLAYSCHEME_BODY = (
    "Hi Sana,\n\n"
    "Booking confirmed for Zain - summer holiday play scheme 2026.\n\n"
    "Dates booked: Mon 27 July to Fri 31 July, and Mon 10 August to Fri 14 August\n"
    "Times: 9.30am - 3.30pm\n"
    "Venue: Brackenhill Play Scheme, Brackenhill Community Centre, Kestrel Vale KV11 3BB\n"
    "Funding: short breaks (council) - no charge to you\n"
    "1:1 support: yes, Jordan will be Zain's worker again\n\n"
    "Please pack a packed lunch, swimming kit on Wednesdays (pool trip - our hoist is working again), sun cream and a hat. Please send any new physio exercises so Jordan can keep them going.\n\n"
    "See you on the 27th!\n\n"
    "Bex\nBrackenhill Play Scheme admin\n01632 960599\n"
)

DOCUMENTS: list[dict] = [
    {"name": "our views.docx", "kind": "parent_views", "blocks": OUR_VIEWS},
    {
        "name": "RE_ Draft EHC plan - Tegan.eml",
        "kind": "parent_views",
        "text": DRAFT_COMMENTS_BODY,
        "headers": headers(
            "Gemma Marsh <gemma.marsh@example.org>",
            "Rhys Penmorvah <rhys.penmorvah@example.org>",
            "RE: Draft EHC plan - Tegan",
            "Sun, 3 May 2026 21:04:40 +0100",
        ),
    },
    {"name": "About us form.pdf", "kind": "parent_views", "blocks": ABOUT_US_FORM},
    {"name": "statement FO.txt", "kind": "parent_views", "text": FATHER_STATEMENT_TXT},
    {
        "name": "Tegan all about me.pdf",
        "kind": "child_views",
        "blocks": TEGAN_PAGE,
        "sans": True,
        "accent": "C2185B",
    },
    {"name": "letter.docx", "kind": "child_views", "blocks": LETTER_TO_JUDGE},
    {
        "name": "WYV record Noah.pdf",
        "kind": "child_views",
        "blocks": ADVOCATE_RECORD,
        "accent": "6A1B9A",
    },
    {"name": "Kitty voice note.txt", "kind": "child_views", "text": VOICE_NOTE_TXT},
    {"name": "DWP letter.pdf", "kind": "other", "blocks": DWP_CA, "sans": True, "accent": "00703C"},
    {"name": "DLA decision.pdf", "kind": "other", "text": DLA_MR_SCAN, "ocr": True},
    {"name": "DN-2026-114.pdf", "kind": "other", "blocks": INVOICE},
    {"name": "Zain badge.docx", "kind": "other", "blocks": BLUE_BADGE},
    {
        "name": "Zain - summer play scheme.eml",
        "kind": "other",
        "text": PLAYSCHEME_BODY,
        "headers": headers(
            "Brackenhill Play Scheme <brackenhill.admin@example.org>",
            "Sana Farooqui <sana.farooqui@example.org>",
            "Zain - summer play scheme booking",
            "Tue, 30 Jun 2026 10:15:00 +0100",
        ),
    },
]
