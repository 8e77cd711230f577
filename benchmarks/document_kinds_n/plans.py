# ruff: noqa: E501
"""Plans of set N, final and draft: a Weald county's plan with needs, outcomes and provision
merged into one table per area of need; a Home Counties council's plan that opens with a
one-page profile; a Surrey hills council's amended plan pasted as text; plans scanned and
photographed; drafts marked only by a watermark, a header, a consultation line or a blank
Section I, and a draft pasted into the body of an e-mail. All invented."""

from __future__ import annotations

from document_kinds_n.common import LEA, LEA_SMALL, WEALD, WEALD_SMALL, WEY, WEY_SMALL, headers

# --- Wealdmere: B, E and F merged into one table per area of need ------------------------

WEALD_FINAL = [
    ("org", WEALD),
    ("small", WEALD_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Tobias Fenwick-Ash"),
            ("Date of birth", "3 October 2016"),
            ("Home address", "Hop Pocket Cottage, Sissing Lane, Oastley TW9 4RB"),
            ("Parents", "Jodie Fenwick and Marcus Ash"),
            ("Plan issued", "22 May 2026"),
            ("EHC coordinator", "Harriet Ocloo, SENAPS (01632 960418)"),
        ],
    ),
    ("h", 1, "Section A: The views, interests and aspirations of the child and his parents."),
    (
        "p",
        'Tobias loves tractors, the hop gardens behind his house and anything he can take apart. He says school is "too loud at dinner" and that he wants "a friend who likes Lego Technic". His parents want him to stay at Oastley Church of England Primary School with the right help, to be able to write down the ideas he can explain so well out loud, and to stop coming home exhausted and angry.',
    ),
    ("h", 1, "Sections B, E and F: Needs, outcomes and provision by area of need."),
    (
        "p",
        "The table below sets out each of Tobias's special educational needs (Section B), the outcome sought (Section E) and the special educational provision to meet it (Section F).",
    ),
    ("b", "Cognition and learning"),
    (
        "grid",
        [
            ["Section B - Needs", "Section E - Outcomes", "Section F - Provision"],
            [
                "Tobias's reading is at an early Year 2 level (Year 4 in September 2026); his phonological memory is at the 5th centile.",
                "By July 2027 Tobias will read a Year 3 book aloud with 90% accuracy.",
                "Structured, multisensory literacy teaching (Toe by Toe or equivalent) from a teaching assistant trained by the Wealdmere Specialist Teaching Service, 20 minutes daily, one to one.",
            ],
            [
                "His handwriting is slow and effortful; he writes about 6 words a minute.",
                "By July 2027 Tobias will record a paragraph of his own ideas using a laptop and speech-to-text.",
                "A laptop with speech-to-text software for all extended writing; 15 minutes a week of touch-typing practice with an adult.",
            ],
        ],
        [0.34, 0.28, 0.38],
    ),
    ("b", "Social, emotional and mental health"),
    (
        "grid",
        [
            ["Section B - Needs", "Section E - Outcomes", "Section F - Provision"],
            [
                "Tobias becomes overwhelmed in noisy, unstructured times and has left the classroom 14 times this year.",
                "By December 2026 Tobias will use his calm card and return to class within ten minutes.",
                "A quiet base with an adult he knows for lunchtime, every day; a named emotional literacy support assistant (ELSA) for 30 minutes weekly, one to one.",
            ],
        ],
        [0.34, 0.28, 0.38],
    ),
    ("h", 1, "Section C: Health needs which relate to Tobias's SEN."),
    (
        "p",
        "Tobias has a diagnosis of developmental coordination disorder (Tenterbury Child Development Centre, January 2025).",
    ),
    ("h", 1, "Section D: Social care needs."),
    ("p", "None identified at this time."),
    ("h", 1, "Section G: Health provision."),
    ("p", "Review by the community paediatrician every 12 months."),
    ("h", 1, "Sections H1 and H2: Social care provision."),
    ("p", "None."),
    ("h", 1, "Section I: Placement."),
    ("p", "Oastley Church of England Primary School (mainstream primary school)."),
    ("h", 1, "Section J: Personal budget."),
    ("p", "No personal budget has been requested."),
    ("h", 1, "Section K: Advice and information."),
    (
        "bul",
        [
            "Educational psychology advice, Dr Priya Lomax, 2 March 2026",
            "Occupational therapy advice, Weald and Downs Community Health NHS Trust, 18 February 2026",
            "Educational advice, Oastley CE Primary School, 9 February 2026",
            "Parents' views, 27 January 2026",
        ],
    ),
    (
        "sig",
        [
            "Signed on behalf of Wealdmere County Council",
            "Harriet Ocloo, EHC Coordinator",
            "Date: 22 May 2026",
        ],
    ),
]

WEALD_DRAFT = [
    ("org", WEALD),
    ("small", WEALD_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Amara Blessing Ekwueme"),
            ("Date of birth", "14 June 2013"),
            ("School", "Hawkhollow Academy (Year 7)"),
            ("Issue", "Sent to parent for comment 12 March 2026"),
        ],
    ),
    (
        "p",
        "You have 15 days from the date of this plan to tell us what you think of it, to ask for a meeting, and to name the school or college you would like to be named in Section I.",
    ),
    (
        "h",
        1,
        "Section A: The views, interests and aspirations of the young person and her parents.",
    ),
    (
        "p",
        'Amara wants to be a vet. She likes horses, drawing and her little brother. She says "I hate it when the teacher talks too fast and then everyone starts writing and I don\'t know what to do."',
    ),
    ("h", 1, "Sections B, E and F: Needs, outcomes and provision by area of need."),
    ("b", "Communication and interaction"),
    (
        "grid",
        [
            ["Section B - Needs", "Section E - Outcomes", "Section F - Provision"],
            [
                "Amara has a developmental language disorder; her understanding of spoken language is at the 2nd centile (CELF-5).",
                "By the end of Year 8 Amara will follow a two-step instruction in class without a reminder.",
                "Access to speech and language therapy advice as required. Teaching staff to use visual supports.",
            ],
            [
                "She finds it hard to join group conversations and misreads jokes.",
                "Amara will take part in a small group task with peers.",
                "Opportunities to take part in a social skills group.",
            ],
        ],
        [0.34, 0.28, 0.38],
    ),
    ("b", "Cognition and learning"),
    (
        "grid",
        [
            ["Section B - Needs", "Section E - Outcomes", "Section F - Provision"],
            [
                "Amara reads accurately but slowly and her comprehension is well below her age.",
                "By July 2027 Amara will answer inference questions about a short text.",
                "Small group reading comprehension intervention, frequency to be agreed by the school.",
            ],
        ],
        [0.34, 0.28, 0.38],
    ),
    ("h", 1, "Section C: Health needs which relate to Amara's SEN."),
    ("p", "None identified."),
    ("h", 1, "Section D: Social care needs."),
    ("p", "None identified."),
    ("h", 1, "Section G: Health provision."),
    ("p", "None."),
    ("h", 1, "Sections H1 and H2: Social care provision."),
    ("p", "None."),
    ("h", 1, "Section I: Placement."),
    (
        "p",
        "This section will be completed when the plan is issued, after the consultation with the school named by the parent.",
    ),
    ("h", 1, "Section J: Personal budget."),
    ("p", "Not applicable."),
    ("h", 1, "Section K: Advice and information."),
    (
        "bul",
        [
            "Educational psychology advice, 30 January 2026",
            "Speech and language therapy advice, Weald and Downs Community Health NHS Trust, 6 February 2026",
            "Hawkhollow Academy, educational advice, 21 January 2026",
        ],
    ),
]

# --- Lea and Stort: a plan that opens with a one-page profile ---------------------------

LEA_FINAL = [
    ("org", LEA),
    ("small", LEA_SMALL),
    ("cover", ["My EHC Plan", "Kai Thornbury-Mensah", "Issued 4 June 2026", "Final"]),
    ("h", 1, "One-page profile"),
    (
        "kv",
        [
            (
                "What people like and admire about me",
                "I am funny, I know every bus route in Bishop's Ware and I look after my cousin.",
            ),
            (
                "What is important to me",
                "My routine. Knowing what is happening next. My headphones.",
            ),
            (
                "How best to support me",
                "Tell me about changes before they happen. Give me time to answer. Do not touch my things.",
            ),
        ],
        [0.35, 0.65],
    ),
    ("h", 1, "Section A - All about me, my views, interests and aspirations"),
    (
        "p",
        'Kai is 11 and in Year 6 at Sawbury Junior School. He is autistic (diagnosed 2022). His mum, Abena Mensah, wants him to go to a secondary school where he will not be "one of 240 in a corridor" and where the staff understand autism.',
    ),
    ("h", 1, "Section B - My special educational needs"),
    (
        "np",
        "B1.",
        "Communication and interaction: Kai is autistic. He takes language literally, needs extra processing time and finds group work very hard.",
    ),
    (
        "np",
        "B2.",
        "Social, emotional and mental health: Kai's anxiety rises sharply with change; he has had 11 days' absence this spring because of anxiety.",
    ),
    (
        "np",
        "B3.",
        "Sensory: Kai is very sensitive to noise and to being touched; crowded corridors and the dining hall cause distress.",
    ),
    ("h", 1, "Section C - My health needs"),
    (
        "p",
        "Autism spectrum condition; anxiety (under the Lea Valley CAMHS neurodevelopmental team).",
    ),
    ("h", 1, "Section D - My social care needs"),
    (
        "p",
        "Kai's family receive a short breaks offer of 6 hours a month through the Lea and Stort Disabled Children's Team.",
    ),
    ("h", 1, "Section E - Outcomes"),
    (
        "np",
        "E1.",
        "By July 2027 Kai will tell a trusted adult when he is becoming anxious, in 4 out of 5 observed occasions.",
    ),
    (
        "np",
        "E2.",
        "By July 2027 Kai will move between lessons with his peers using a pre-taught route.",
    ),
    ("h", 1, "Section F - My special educational provision"),
    (
        "np",
        "F1.",
        "A key adult (teaching assistant with autism training at tier 2 of the county's autism education programme) to check in with Kai at the start and end of each school day, 10 minutes each time.",
    ),
    (
        "np",
        "F2.",
        "Zones of Regulation sessions, 30 minutes weekly, one to one, delivered by the key adult.",
    ),
    (
        "np",
        "F3.",
        "Leave lessons 3 minutes early to avoid crowded corridors; a quiet room at lunchtime every day.",
    ),
    (
        "np",
        "F4.",
        "A transition programme of 6 extra visits to his secondary school in the summer term, with a photo book.",
    ),
    ("h", 1, "Section G - Health provision"),
    ("p", "Lea Valley CAMHS: review of anxiety as set out in the clinic letter of 2 April 2026."),
    ("h", 1, "Section H1 and H2 - Social care provision"),
    ("p", "H1: short breaks, 6 hours a month, Disabled Children's Team."),
    ("h", 1, "Section I - My school"),
    (
        "p",
        "From September 2026: The Stortmeadow School, Bishop's Ware (mainstream secondary academy with an autism resource base).",
    ),
    ("h", 1, "Section J - Personal budget"),
    ("p", "Not requested."),
    ("h", 1, "Section K - The advice and information gathered"),
    (
        "bul",
        [
            "Appendix 1 Parental advice",
            "Appendix 2 Educational advice, Sawbury Junior School",
            "Appendix 3 Educational psychology advice",
            "Appendix 4 Lea Valley CAMHS",
            "Appendix 5 Social care advice",
        ],
    ),
    (
        "sig",
        [
            "Authorised by: Deepa Ramsay, Team Manager, Integrated SEND Service",
            "Date of issue: 4 June 2026",
        ],
    ),
]

LEA_DRAFT = [
    ("org", LEA),
    ("small", LEA_SMALL),
    (
        "cover",
        [
            "My EHC Plan",
            "Poppy Hargreaves-Lund",
            "Version for consultation",
            "Issued to parent: 20 April 2026",
        ],
    ),
    ("h", 1, "One-page profile"),
    (
        "kv",
        [
            (
                "What people like and admire about me",
                "I am kind and I never give up at gymnastics.",
            ),
            (
                "What is important to me",
                "Mum, my rabbit Biscuit, and sitting near the front so I can see.",
            ),
            (
                "How best to support me",
                "Big print. Tell me where things are. Let me use my magnifier without people staring.",
            ),
        ],
        [0.35, 0.65],
    ),
    ("h", 1, "Section A - All about me, my views, interests and aspirations"),
    (
        "p",
        "Poppy is 8 and has nystagmus and low vision. She would like to stay at Ware Fields Primary with her friends.",
    ),
    ("h", 1, "Section B - My special educational needs"),
    (
        "np",
        "B1.",
        "Sensory: Poppy's visual acuity is 6/36 with both eyes; she needs N24 print and cannot see the board.",
    ),
    (
        "np",
        "B2.",
        "Cognition and learning: her reading speed is well below her peers because of her visual impairment.",
    ),
    ("h", 1, "Section E - Outcomes"),
    (
        "np",
        "E1.",
        "Poppy will access all class materials independently using her iPad and magnifier.",
    ),
    ("h", 1, "Section F - My special educational provision"),
    ("np", "F1.", "Support from the Sensory Support Service as needed."),
    ("np", "F2.", "Enlarged materials to be provided by the school."),
    ("np", "F3.", "[Local authority to confirm hours of habilitation training]"),
    ("h", 1, "Section I - My school"),
    ("p", "To be confirmed following consultation."),
    ("h", 1, "Section K - The advice and information gathered"),
    (
        "bul",
        [
            "Appendix 1 Parental advice",
            "Appendix 2 Qualified teacher of children with vision impairment",
            "Appendix 3 Orthoptic and ophthalmology report",
        ],
    ),
    (
        "p",
        "Please send your comments, and any request for a meeting, within 15 days to ehc.casework@example.org. The plan will then be finalised.",
    ),
]

# --- Wey Hills: an amended plan pasted as text, and its draft in an e-mail ----------------

WEY_FINAL_TEXT = """
WEY HILLS COUNCIL
Education, Health and Care Plan - amended following annual review
Name: Lowenna Pascoe-Bright   DOB: 27/11/2011   UPN: A881209345012
Date of amended plan: 15/07/2026 (replaces plan dated 02/09/2024)

SECTION A  Views, interests and aspirations
Lowenna (14) wants to work with animals, perhaps at the rescue centre near Godsmere where she volunteers on Saturdays. Her dad says "she is a different girl since she moved to Tillingbourne House; we want that to continue into the sixth form."

SECTION B  Special educational needs
Cognition and learning - Lowenna has a moderate learning difficulty; her reading age is 9 years 2 months and her working memory is at the 1st centile.
Communication and interaction - She needs instructions in short chunks and checks her understanding with an adult.
Social, emotional and mental health - Lowenna has a history of self-harm (2023) and can withdraw completely when she is worried.

SECTION C  Health needs
Type 1 diabetes (Hillsdown Children's Hospital diabetes team).

SECTION D  Social care needs
None.

SECTION E  Outcomes
By July 2028 Lowenna will complete an Entry Level 3 qualification in animal care.
By July 2027 she will travel to her Saturday placement on the bus on her own.

SECTION F  Special educational provision
Class of no more than 10 pupils with a teacher and two teaching assistants for all lessons.
Precision teaching of reading, 10 minutes daily, by a trained teaching assistant.
Weekly 45-minute session with the school counsellor (qualified, BACP registered) for the autumn term, then reviewed at a meeting with her parents.
Independent travel training: 1 hour weekly for 12 weeks from the council's travel training team.

SECTION G  Health provision
Diabetes care plan as agreed with the Hillsdown diabetes nurse specialist; staff trained to check blood glucose.

SECTION H1 / H2  Social care provision
None.

SECTION I  Placement
Tillingbourne House School, Godsmere (special school for pupils with moderate learning difficulties, age 11-19).

SECTION J  Personal budget
None.

SECTION K  Advice and information
Annual review report 9 June 2026; Hillsdown diabetes team letter 1 May 2026; parents' views 9 June 2026.

Signed: R. Okonkwo-Hale, Senior Inclusion Officer, for Wey Hills Council     Date: 15 July 2026
"""

WEY_DRAFT_EML = """
Dear Mr and Mrs Duarte,

Following the annual review meeting on 2 June, please find below the proposed amended plan for Rafael. I have pasted it into this e-mail as you said the attachments would not open on your phone. Changes are shown in CAPITALS. You have 15 days to make representations and to request a particular school. Once we have heard from you we will issue the final plan.

Kind regards
Sunita Varghese
Inclusion and Additional Needs Officer, Wey Hills Council
01632 960537

------------------------------------------------------------
PROPOSED AMENDED EHC PLAN - RAFAEL DUARTE (DOB 05/02/2015)

Section A - Views, interests and aspirations
Rafael loves football and cooking with his avó. He wants "more time with Mr Kaye doing the reading game".

Section B - Special educational needs
Rafael has dyslexia and difficulties with attention. HIS SPELLING AGE IS NOW 7 YEARS 4 MONTHS (JUNE 2026). He finds it hard to start tasks and is easily distracted by noise.

Section E - Outcomes
By July 2027 Rafael will read and spell the Year 3/4 statutory words with 80% accuracy.

Section F - Special educational provision
Small group phonics and spelling intervention, 3 x 20 minutes a week, teaching assistant.
A WORK STATION AWAY FROM THE DOOR AND A VISUAL CHECKLIST FOR EACH TASK.
ACCESS TO A READER AND SCRIBE IN TESTS.

Section I - Placement
Wey Hills Primary Academy (mainstream) - TO BE CONFIRMED AFTER CONSULTATION

(Sections C, D, G, H1, H2, J and K unchanged)
"""

# --- A Weald plan scanned by the school's copier, and a Meon plan photographed ------------

MEON_FINAL_PHOTO = """
MEONFORD CITY COUNCIL
Special Educational Needs and Disability Service - Chalkpit Lane, Meonford MF2 6DT

EDUCATION, HEALTH AND CARE PLAN (FINAL)
Child: Isaac Olubunmi Adeyemi-Frost    Date of birth: 19/08/2019
Date plan finalised: 30/04/2026    Review due by: 29/04/2027

Section A: Isaac's views, interests and aspirations
Isaac likes the trains at Meonford Junction and his big sister Tola. He does not use many words yet but he laughs when people sing to him. His family hope he will learn to ask for what he wants.

Section B: Isaac's special educational needs
Communication: Isaac uses single words and some Makaton signs. His understanding is at around a two-year level.
Cognition: Isaac has global developmental delay.
Physical: Isaac walks with a wide gait and tires quickly; he falls several times a day.

Section E: Outcomes
By April 2027 Isaac will use 20 signs or symbols to request.

Section F: Special educational provision
Total communication approach (Makaton, objects of reference, symbols) through the day.
Speech and language therapy: direct session of 30 minutes fortnightly by a speech and language therapist, and a programme delivered daily by trained staff.
Adult support of 1:1 for all transitions and in the playground.

Section G: Health provision
Physiotherapy review every term (Meonford Children's Therapy Service).

Section I: Placement
Chalk Downs Special School, Meonford (special school, 2-19, complex learning needs).

Signed for Meonford City Council: L. Barraclough, SEND Casework Officer
"""

WEALD_DRAFT_SCAN = """
WEALDMERE COUNTY COUNCIL
SEN Assessment and Placement Service

DRAFT EDUCATION, HEALTH AND CARE PLAN
This is a draft. It is not a final plan and may change after consultation.

Name: Florence (Flo) Kettering    DOB: 08/01/2010    Year 11, Tenterbury Grammar School for Girls

Section A
Flo wants to study biology at college and then at university. She says "I am not stupid, I just can't be in that building."

Section B - Special educational needs
Flo has a diagnosis of autism (2024). She has not attended school full-time since October 2025 because of anxiety. She finds the noise, unpredictability and social demands of a large school overwhelming.

Section E - Outcomes
Flo will attend for a planned timetable that increases over the autumn term.

Section F - Special educational provision
A reduced timetable, to be reviewed by the school.
Online tuition in English and biology while Flo's attendance increases.
Support from the Wealdmere Inclusion Service as appropriate.

Section I - Placement
[left blank - to be named in the final plan]

Please return your comments to SENAPS within 15 calendar days.
"""

WEY_DRAFT_DOCX = [
    ("org", WEY),
    ("small", WEY_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Child", "Zofia Kowalczyk-Reeve"),
            ("Date of birth", "11/04/2018"),
            ("Setting", "Little Acorns Pre-school then Shere Lane Infant School"),
            ("Version", "v0.3 - sent for parental comment"),
        ],
    ),
    ("h", 1, "Section A"),
    (
        "p",
        "Zofia is a joyful girl who loves water play and the sheep at Shere Lane Farm. Her mum and dad want her to start in Reception at Shere Lane with her friends from pre-school.",
    ),
    ("h", 1, "Section B"),
    (
        "p",
        "Zofia has Down syndrome. Her speech is unclear and she uses about 50 signs. She has low muscle tone and finds fine motor tasks hard. She is not yet toilet trained.",
    ),
    ("h", 1, "Section E"),
    ("p", "Zofia will join in with class carpet time for 10 minutes."),
    ("h", 1, "Section F"),
    (
        "bul",
        [
            "Adult support for key parts of the day.",
            "Speech and language therapy advice to be incorporated into planning.",
            "Fine motor activities daily.",
        ],
    ),
    ("h", 1, "Section I"),
    ("p", ""),
    (
        "p",
        "Parents' comments are invited on all sections. The local authority will consider any comments before naming a school in Section I.",
    ),
]


DOCUMENTS: list[dict] = [
    {
        "name": "EHCP Tobias.pdf",
        "kind": "ehcp_final",
        "blocks": WEALD_FINAL,
        "footer": "Wealdmere County Council - Education, Health and Care Plan - Tobias Fenwick-Ash",
        "accent": "5B3A1A",
    },
    {
        "name": "Amara EHCP final version.pdf",
        "kind": "ehcp_draft",
        "blocks": WEALD_DRAFT,
        "watermark": "DRAFT",
        "accent": "5B3A1A",
    },
    {
        "name": "My EHC Plan - Kai.pdf",
        "kind": "ehcp_final",
        "blocks": LEA_FINAL,
        "sans": True,
        "accent": "00685E",
        "footer": "Lea and Stort County Council | EHC Plan | Kai Thornbury-Mensah",
    },
    {
        "name": "Poppy plan.docx",
        "kind": "ehcp_draft",
        "blocks": LEA_DRAFT,
        "sans": True,
        "accent": "00685E",
        "header": "Consultation version - not for circulation",
    },
    {"name": "Lowenna amended plan July 2026.txt", "kind": "ehcp_final", "text": WEY_FINAL_TEXT},
    {
        "name": "Re_ Rafael annual review - next steps.eml",
        "kind": "ehcp_draft",
        "text": WEY_DRAFT_EML,
        "headers": headers(
            "Sunita Varghese <s.varghese@example.org>",
            "Helena Duarte <helena.duarte@example.org>",
            "Re: Rafael annual review - next steps",
            "Tue, 16 Jun 2026 15:42:10 +0100",
            cc="Paulo Duarte <paulo.d@example.org>",
        ),
    },
    {
        "name": "PXL_20260505_173301.pdf",
        "kind": "ehcp_final",
        "text": MEON_FINAL_PHOTO,
        "ocr": 0.07,
    },
    {
        "name": "Canon_iR_0312.pdf",
        "kind": "ehcp_draft",
        "text": WEALD_DRAFT_SCAN,
        "ocr": True,
        "running": "Wealdmere County Council - SENAPS",
    },
    {"name": "Zofia EHCP.docx", "kind": "ehcp_draft", "blocks": WEY_DRAFT_DOCX, "accent": "2E5E2E"},
    {
        "name": "appendix pack.docx",
        "kind": "ehcp_final",
        "blocks": [
            *WEALD_FINAL[:2],
            ("p", "Copy for the tribunal bundle. Plan issued 22 May 2026; no changes since issue."),
            *WEALD_FINAL[2:],
        ],
        "accent": "5B3A1A",
    },
]
