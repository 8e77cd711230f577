# ruff: noqa: E501, N802
"""Set Y as data: early years and phase transfer (a three-year-old in a private nursery, a
move from infant to junior school, a Year 6 transfer to secondary, a plan amended at
annual review), in four plan layouts no earlier set has: the whole plan as one long table
with the section letters in a narrow first column, "All about me" pages followed by
headings in the regulation's own words without letters, a plan printed from a web portal
with a breadcrumb line above each section, and coloured bands holding the section's name
with "Section B" set at their right-hand end.

Every name, council, nursery, school, service and professional is invented. Postcodes use
areas that do not exist and phone numbers are in the 01632 960xxx range. Markers are those
of evaluation_kit.dataset.
"""

CI = "communication_interaction"
CL = "cognition_learning"
SEMH = "semh"
SP = "sensory_physical"
HEALTH = "health"
SOCIAL = "social_care"


def N(text: str, area: str, plan: str | None = None, note: str | None = None) -> tuple:
    """A need; plan is the B sentence that states it (None: missing from B)."""
    return ("N", text, area, plan, note) if note else ("N", text, area, plan)


def R(text: str, area: str, status: str, plan: str | None = None, **extras) -> tuple:
    """A recommendation, its status against the plan and the plan text it points at."""
    return ("R", text, area, status, plan, extras)


def X(text: str, why: str) -> tuple:
    """A sentence that reads like a need or a recommendation but is neither."""
    return ("X", text, why)


def F(text: str, specific: bool, note: str | None = None) -> tuple:
    return ("F", text, specific, note) if note else ("F", text, specific)


# ---------------------------------------------------------------------------
# case-evaly-01: Fernleigh Metropolitan Borough Council; Ava Lindqvist, 3, private day
# nursery, global developmental delay. layout "single-table-letter-column": the whole plan
# is one long table; a narrow first column holds the section letter on the first row of
# each section (that cell is the heading) and the second column the section's name in
# capitals and then its paragraphs, one row each.
# ---------------------------------------------------------------------------

B1_EXPR = "Ava does not yet use words and communicates mainly by taking an adult to what she wants or by crying."
B1_UNDER = "Her understanding of language is limited to a few familiar words used in daily routines, supported by gesture."
B1_PLAY = "Ava's learning and play skills are significantly delayed for her age across all areas of the EYFS."
B1_ATTN = "Her attention is very short, even for activities she has chosen herself."
B1_PEERS = "Ava is only just beginning to notice other children and finds it hard to share space or toys with them."
B1_GROSS = "Ava's gross motor skills are delayed; she needs an adult's hand on steps, slopes and uneven ground."
B1_SENS = "Ava is very sensitive to noise and can become overwhelmed and distressed in busy rooms."
B1_EAT = "She has difficulties with eating and drinking, accepting only smooth food, and needs close support at snack and lunch."
B1_TIRED = "Broken sleep means Ava is often tired in the afternoon, when her attention and tolerance drop further."

F1_KEY = "Three 1:1 sessions of 15 minutes with her key person on every day Ava attends, working on the small-step targets in her My Support Plan, planned with the Early Years SEN Inclusion Team."
F1_PORT = "Portage home visits from the Fernleigh Portage Home Visiting Service, fortnightly for one hour, until Ava starts in Reception."
F1_ADULT = "Enhanced adult support at busy times of the session."
F1_SIGN = "All staff in the Caterpillars room will use Makaton key word signing with Ava throughout each session, and two practitioners will complete the two-day Makaton Foundation course by 31 March 2027."
F1_SALT = "Speech and language advice to be incorporated into Ava's My Support Plan as appropriate."
F1_QUIET = "A quiet area with low light and reduced noise in the Caterpillars room, used by Ava with her key person at least twice in every session and whenever she shows signs of distress."
F1_EYSIT = "A visit each term from the Early Years SEN Inclusion Team teacher to review Ava's targets with the nursery SENCo, her key person and her parents."
F1_TRANS = "Transition planning for Reception in line with the local authority's early years transition protocol."
G1_EAT = "An eating and drinking programme, written by the children's speech and language therapist, to be followed by nursery staff at every snack and lunchtime."
G1_PAED = "Review by the community paediatrician every six months, including investigation of the cause of Ava's developmental delay."

PORT1 = "portage_summary.docx"
HV1 = "health_visitor_review.pdf"
MSP1 = "my_support_plan.docx"


def _row(sid: str, letter: str, name: str) -> list:
    """The first row of a section: its letter (the heading) and its name in capitals."""
    return [("H", sid, letter, ""), name]


def _rows(*paras) -> list:
    """Continuation rows: an empty letter cell and one paragraph."""
    return [["", p] for p in paras]


CASE_01 = dict(
    name="case-evaly-01",
    layout="single-table-letter-column",
    summary=(
        "Fernleigh Metropolitan Borough Council; Ava Lindqvist, 3, at Puddle Ducks Day Nursery, a "
        "private nursery (global developmental delay: communication, play, motor, sensory, eating). The "
        "whole plan is one long table: a narrow first column holds the section letter on the first row of "
        "each section, the second column the section's name in capitals and then one paragraph a row. "
        "Portage home-visiting summary; health visitor's 2-year review narrative; the nursery's My Support "
        "Plan written to the child, with the Early Years SEN Inclusion Team's advice."
    ),
    note="Each section's heading is the letter alone in the narrow first column; the capitals beside it are the section's name and not text of the section. The eating and drinking programme carried out by nursery staff stands in G (wrong_section); the paediatric review in G is health provision. Joint attention (Portage) and fine motor skills (health visitor) are not in B: B's communication sentences are about words and understanding only, and B's motor sentence is about gross motor skills.",
    plan=dict(
        file="plan.docx",
        accent="2E6B5E",
        header="Fernleigh MBC  |  Education, Health and Care Plan  |  OFFICIAL - SENSITIVE",
        footer="Ava Lindqvist  -  Final EHC plan  -  20 November 2026",
        blocks=[
            ("org", "Fernleigh Metropolitan Borough Council  -  SEND Assessment and Review Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Ava Lindqvist"),
                    ("Date of birth", "9 July 2023"),
                    ("Setting", "Puddle Ducks Day Nursery, 41 Canal Street, Fernleigh FX3 8QD"),
                    ("Plan issued", "20 November 2026 (final)"),
                    (
                        "SEND officer",
                        "Gareth Oyelaran, 01632 960217, send.team@fernleigh.example.org",
                    ),
                ],
            ),
            (
                "p",
                "This plan is set out as one table. The letter in the left-hand column shows where each section of the plan begins.",
            ),
            (
                "grid",
                [
                    ["Sec.", "Content"],
                    _row(
                        "A",
                        "A",
                        "ABOUT AVA: HER VIEWS, INTERESTS AND ASPIRATIONS, AND THOSE OF HER FAMILY",
                    ),
                    *_rows(
                        (
                            "S",
                            "A",
                            "Ava is a smiley, determined little girl who loves the swings, the sound of rain on the window and being sung to.",
                        ),
                        "Her mum and dad, Freya and Jonas, would like Ava to be able to tell them what she wants, to play with other children and to be happy and safe at nursery and later at school.",
                        "They would like her to go to the same primary school as her cousin if her needs can be met there.",
                    ),
                    _row("B", "B", "AVA'S SPECIAL EDUCATIONAL NEEDS"),
                    *_rows(
                        "Communication and interaction",
                        ("S", "B", B1_EXPR),
                        B1_UNDER,
                        B1_PEERS,
                        "Cognition and learning",
                        [B1_PLAY, B1_ATTN],
                        "Sensory and physical",
                        [B1_GROSS, B1_SENS],
                        B1_EAT,
                        "Social, emotional and mental health",
                        B1_TIRED,
                    ),
                    _row("C", "C", "AVA'S HEALTH NEEDS RELATED TO HER SEN"),
                    *_rows(
                        (
                            "S",
                            "C",
                            "Ava has global developmental delay of unknown cause and is under the care of Dr Nasreen Qadir, community paediatrician, who is arranging genetic tests.",
                        ),
                        "Ava has a disrupted sleep pattern and her parents have been given advice on a bedtime routine by the health visiting team.",
                    ),
                    _row("D", "D", "AVA'S SOCIAL CARE NEEDS"),
                    *_rows(
                        (
                            "S",
                            "D",
                            "Ava's parents would welcome short breaks at weekends; they are not otherwise known to children's social care.",
                        ),
                    ),
                    _row("E", "E", "OUTCOMES"),
                    *_rows(
                        (
                            "S",
                            "E",
                            "By July 2027, Ava will use 20 words or signs to ask for things she wants.",
                        ),
                        "By July 2027, Ava will take part in a five-minute adult-led activity alongside two other children.",
                        "By the time she starts school, Ava will walk up and down the garden step with a hand on the rail.",
                        "By March 2027, Ava will eat soft mashed food with small lumps at nursery lunch.",
                    ),
                    _row("F", "F", "SPECIAL EDUCATIONAL PROVISION"),
                    *_rows(
                        (
                            "S",
                            "F",
                            "The following provision will be made by Puddle Ducks Day Nursery, funded through the council's early years SEN inclusion funding, unless another service is named.",
                        ),
                        F(F1_KEY, True),
                        F(F1_PORT, True),
                        F(F1_ADULT, False),
                        F(F1_SIGN, True),
                        F(F1_SALT, False),
                        F(F1_QUIET, True),
                        F(F1_EYSIT, True),
                        F(F1_TRANS, False),
                    ),
                    _row("G", "G", "HEALTH PROVISION"),
                    *_rows(("S", "G", G1_PAED), G1_EAT),
                    _row(
                        "H1",
                        "H1",
                        "SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970",
                    ),
                    *_rows(("S", "H1", "None at present.")),
                    _row("H2", "H2", "OTHER SOCIAL CARE PROVISION"),
                    *_rows(
                        (
                            "S",
                            "H2",
                            "A place at the monthly Saturday stay-and-play run by Fernleigh Short Breaks, offered from January 2027.",
                        ),
                    ),
                    _row("I", "I", "PLACEMENT"),
                    *_rows(
                        (
                            "S",
                            "I",
                            "Puddle Ducks Day Nursery (a private early years provider), 30 funded hours a week, until Ava starts in Reception in September 2027.",
                        ),
                    ),
                    _row("J", "J", "PERSONAL BUDGET"),
                    *_rows(("S", "J", "Ava's parents have not asked for a personal budget.")),
                    _row("K", "K", "ADVICE AND INFORMATION"),
                    *_rows(
                        (
                            "S",
                            "K",
                            "Portage home-visiting summary (September 2026); health visitor's 2-year review (July 2026); My Support Plan from Puddle Ducks Day Nursery with Early Years SEN Inclusion Team advice (October 2026); parents' views (September 2026).",
                        ),
                    ),
                ],
                [0.08, 0.92],
                True,
            ),
        ],
    ),
    reports=[
        dict(
            file=PORT1,
            accent="7A4B94",
            footer="Fernleigh Portage Home Visiting Service - confidential",
            blocks=[
                ("org", "Fernleigh Portage Home Visiting Service"),
                (
                    "small",
                    "Sunflower Children's Centre, 2 Orchard Row, Fernleigh FX3 2LB   01632 960344",
                ),
                ("title", "Portage Home Visiting Summary"),
                (
                    "kv",
                    [
                        ("Child", "Ava Lindqvist (date of birth 9 July 2023)"),
                        ("Portage home visitor", "Kerry-Ann Doughty"),
                        ("Visiting since", "March 2026, weekly, one hour (24 visits to date)"),
                        ("Written for", "EHC needs assessment, Fernleigh MBC"),
                    ],
                ),
                ("h", 2, "About our visits"),
                (
                    "p",
                    [
                        X(
                            "Ava was referred to Portage by her health visitor in February 2026, when she was 2 years 7 months old.",
                            "history: referral",
                        ),
                        "I visit Ava and her mum, Freya, at home each Tuesday morning. Dad joins when he is on a late shift. Each visit we play together, choose one or two small teaching steps and I leave an activity chart so that the family can practise through the week.",
                    ],
                ),
                (
                    "p",
                    "Freya keeps the charts on the fridge and fills them in most days, and this has made a real difference. The family are warm, playful and very committed to Ava.",
                ),
                ("h", 2, "What we worked on and how it went"),
                (
                    "grid",
                    [
                        ["Area", "Teaching step", "How it went"],
                        [
                            "Play",
                            "Ava will put three shapes in a shape sorter with a hand-over-hand prompt.",
                            X(
                                "Achieved in June; Ava now posts shapes with only a point from an adult.",
                                "progress: teaching step achieved",
                            ),
                        ],
                        [
                            "Self-help",
                            "Ava will hold her own beaker with two handles and drink from it.",
                            X(
                                "Achieved in May and now part of every mealtime.",
                                "progress: teaching step achieved",
                            ),
                        ],
                        [
                            "Communication",
                            "Ava will look at an adult to ask for 'more' bubbles.",
                            "Emerging: she does this about half the time with Mum, rarely with me.",
                        ],
                        [
                            "Social",
                            "Ava will tolerate another child sitting next to her at the children's centre group.",
                            X(
                                "Achieved: she now stays on the mat when another child sits beside her.",
                                "progress: teaching step achieved",
                            ),
                        ],
                    ],
                    [0.17, 0.43, 0.40],
                ),
                ("h", 2, "What Ava is working on now"),
                (
                    "p",
                    [
                        N(
                            "Ava is not yet using words; she communicates by leading an adult by the hand to what she wants and by crying when she is frustrated.",
                            CI,
                            B1_EXPR,
                        ),
                        N(
                            "She understands a small number of routine words, such as 'bath', 'shoes' and 'bye-bye', when they are said with a gesture.",
                            CI,
                            B1_UNDER,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ava does not yet point to show her mum something that interests her, and her shared attention with an adult over a toy lasts only a few seconds.",
                            CI,
                            None,
                            "joint attention: B covers words and understanding only",
                        ),
                        X(
                            "She has started to bring her shoes to Mum when she wants to go out, which is a lovely step forward.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her play is at an early exploratory stage: she bangs, mouths and drops toys and has not yet begun to use objects for their purpose, such as brushing a doll's hair or pushing a car along.",
                            CL,
                            B1_PLAY,
                        ),
                        X(
                            "On the Portage checklist Ava's skills are mostly between the 12 and 24 month levels, with self-help a relative strength.",
                            "assessment result",
                        ),
                    ],
                ),
                ("h", 2, "Next steps I would suggest"),
                (
                    "p",
                    R(
                        "I would recommend that weekly Portage visits continue until Ava starts school, as the family use the activity charts between visits and the weekly rhythm is when most of her progress has been made.",
                        CL,
                        "less",
                        F1_PORT,
                    ),
                ),
                (
                    "p",
                    [
                        R(
                            "Ava's key person at nursery should be released to join one Portage visit each half term, so that the same teaching steps are used at home and at nursery.",
                            CL,
                            "missing_from_f",
                        ),
                        X(
                            "At present the nursery and home are working on different steps, which is confusing for Ava.",
                            "reason for the recommendation",
                        ),
                    ],
                ),
                ("h", 2, "Ideas for home"),
                (
                    "bul",
                    [
                        R(
                            "Mum and Dad could carry on with the 'ready, steady ... go' game at bath time, waiting for Ava to look at them before saying 'go'.",
                            CI,
                            "not_educational",
                        ),
                        "Keep the photo book of family members by the sofa and name the people together.",
                        "Sing the same goodbye song when Ava leaves for nursery so that she knows what is happening.",
                    ],
                ),
                (
                    "sig",
                    [
                        "Kerry-Ann Doughty",
                        "Portage Home Visitor (NPA accredited)",
                        "26 September 2026",
                    ],
                ),
            ],
        ),
        dict(
            file=HV1,
            sans=True,
            accent="005EB8",
            header="Fernleigh Community Health Services NHS Trust - Health Visiting Service",
            footer="Health visitor review - Ava Lindqvist - NHS number withheld - page {n} of {m}",
            blocks=[
                ("org", "0-19 Health Visiting Service, Fernleigh North Team"),
                (
                    "title",
                    "Health and development review at 2 to 2 and a half years: report for EHC needs assessment",
                ),
                (
                    "small",
                    "Health visitor: Siobhan Marwick RN SCPHN (HV). Review held at home, 14 July 2026, with mum and dad present. Report written 2 August 2026.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Ava was born at term after an uncomplicated pregnancy, weighing 3.1 kg.",
                            "history: birth",
                        ),
                        "She is the first child of Freya and Jonas Lindqvist. Dad works shifts at the distribution centre and Mum works part-time in a pharmacy. Maternal grandparents live nearby and help with childcare on Mondays.",
                    ],
                ),
                (
                    "p",
                    [
                        "At the 9-12 month review Mum was already asking whether Ava was 'a bit behind', as she was not yet sitting without support.",
                        X(
                            "She walked at 22 months and has not yet said her first word.",
                            "history: milestones",
                        ),
                    ],
                ),
                ("h", 2, "Ages and Stages Questionnaire (ASQ-3, 30 month)"),
                (
                    "grid",
                    [
                        ["Area", "Score", "Cut-off", "Outcome"],
                        ["Communication", "10", "33.30", "Below cut-off"],
                        ["Gross motor", "25", "36.14", "Below cut-off"],
                        ["Fine motor", "15", "19.25", "Below cut-off"],
                        ["Problem solving", "15", "27.08", "Below cut-off"],
                        ["Personal-social", "25", "32.01", "Below cut-off"],
                    ],
                    [0.34, 0.16, 0.16, 0.34],
                ),
                (
                    "p",
                    X(
                        "Ava's scores were below the cut-off in all five areas, which indicates a need for further assessment rather than a diagnosis in itself.",
                        "test result and its interpretation",
                    ),
                ),
                ("h", 2, "What I saw and what parents told me"),
                (
                    "p",
                    [
                        N(
                            "Ava walks independently but with a wide-based gait, falls frequently and cannot yet climb onto a low chair or go up a step without holding on.",
                            SP,
                            B1_GROSS,
                        ),
                        N(
                            "She cannot yet pick up small items such as raisins between her finger and thumb, and she holds a crayon in her fist to make marks.",
                            SP,
                            None,
                            "fine motor: B's motor sentence is about gross motor skills only",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ava still has most of her drinks from a bottle and will eat only smooth foods; she gags on lumpy textures and refuses finger foods.",
                            SP,
                            B1_EAT,
                        ),
                        X(
                            "Her weight and height are both following the 25th centile, and there are no concerns about her growth.",
                            "health: no concern",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Mum reports that Ava becomes very distressed in noisy, busy places such as the supermarket, covering her ears and dropping to the floor.",
                            SP,
                            B1_SENS,
                        ),
                        "Dad said she is calmer outdoors and in the car.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ava's sleep is disrupted; she wakes two or three times most nights and is often very tired and tearful by the middle of the afternoon.",
                            HEALTH,
                            B1_TIRED,
                        ),
                        X(
                            "Her parents have started a bath, book and bed routine, and settling at bedtime has already improved.",
                            "progress: support already under way at home",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Hearing was tested by the paediatric audiology service in April 2026 and was within normal limits in both ears.",
                            "ruled out: hearing",
                        ),
                        X(
                            "There were no concerns about Ava's vision at the review.",
                            "ruled out: vision",
                        ),
                    ],
                ),
                ("h", 2, "Actions"),
                (
                    "bul",
                    [
                        X(
                            "I have referred Ava to the community paediatrician for assessment of her global delay, and to the children's speech and language therapy service.",
                            "action already taken: referrals",
                        ),
                        "Portage referral made in February 2026 (accepted).",
                        "Information given about the Fernleigh Local Offer and the SENDIASS helpline.",
                        X(
                            "I will see the family again in three months to review sleep and feeding.",
                            "health visitor's own follow-up",
                        ),
                    ],
                ),
                (
                    "p",
                    "Siobhan Marwick, Specialist Community Public Health Nurse (Health Visiting). Tel 01632 960581.",
                ),
            ],
        ),
        dict(
            file=MSP1,
            accent="D97A00",
            footer="Puddle Ducks Day Nursery - My Support Plan - reviewed October 2026",
            blocks=[
                ("org", "Puddle Ducks Day Nursery"),
                ("title", "My Support Plan"),
                (
                    "small",
                    "Written by Lauren Pike (SENCo) and Ava's key person Hollie Strand, with Ava's mum and dad. Early Years SEN Inclusion Team advice added after the visit of 7 October 2026.",
                ),
                ("h", 2, "Hello Ava!"),
                (
                    "p",
                    [
                        "This is your support plan. It tells everyone at nursery what you are good at, what you find tricky and how we are going to help you.",
                        X(
                            "You love the sensory room, the big red bus in the garden and when Hollie sings 'Wind the Bobbin Up'.",
                            "strength / interest",
                        ),
                    ],
                ),
                ("h", 2, "What you are good at"),
                (
                    "bul",
                    [
                        X(
                            "You come into nursery happily now and wave bye-bye to Mummy.",
                            "resolved difficulty (separation)",
                        ),
                        "You give the best cuddles.",
                        X(
                            "You can feed yourself with a spoon when the food is smooth.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "What you find tricky"),
                (
                    "bul",
                    [
                        N(
                            "You find it tricky to let other children play near you, and you sometimes grab toys or push when another child comes close.",
                            SEMH,
                            B1_PEERS,
                        ),
                        N(
                            "You can only stay at an activity for a minute or two, even when it is one you have chosen.",
                            CL,
                            B1_ATTN,
                        ),
                    ],
                ),
                ("h", 2, "How we help you at the moment"),
                (
                    "grid",
                    [
                        ["What we do", "Who", "When"],
                        [
                            X(
                                "Hollie shows you a 'now and next' board with photos.",
                                "support already in place",
                            ),
                            "Key person",
                            "At each change of activity",
                        ],
                        [
                            X(
                                "You sit in a small group of three children for the song at home time.",
                                "support already in place",
                            ),
                            "Room staff",
                            "Every afternoon",
                        ],
                        [
                            "We give you a cosy den in the book corner.",
                            "Room staff",
                            "When you are upset",
                        ],
                    ],
                    [0.55, 0.2, 0.25],
                ),
                ("h", 2, "Advice from the Early Years SEN Inclusion Team"),
                (
                    "p",
                    [
                        "Mrs Beatrix Hallam, specialist early years teacher, observed Ava for two hours on 7 October 2026 and met her parents, Hollie and Lauren.",
                        X(
                            "She commented that Ava was more settled than at her visit in June and that the photo board is working well.",
                            "progress / comment on support in place",
                        ),
                        "Mrs Hallam advised the following.",
                    ],
                ),
                (
                    "bul",
                    [
                        R(
                            "Ava should have three short 1:1 sessions with her key person on each day she attends, of about 15 minutes each, working on small teaching steps like those used by Portage.",
                            CL,
                            "specific",
                            F1_KEY,
                        ),
                        R(
                            "All adults in the room should sign key words with Makaton; two practitioners to complete the Makaton Foundation course this year.",
                            CI,
                            "specific",
                            F1_SIGN,
                        ),
                        R(
                            "Ava needs an adult with her at every transition, at lunchtime and in the garden, because she has no sense of danger and runs off.",
                            SEMH,
                            "not_specific",
                            F1_ADULT,
                        ),
                        R(
                            "Her targets from the NHS speech and language therapist should be worked on every day, in a 10-minute session with her key person.",
                            CI,
                            "not_specific",
                            F1_SALT,
                        ),
                        R(
                            "Ava would benefit from a quiet, low-stimulation space she can go to with her key person when the room becomes noisy, at least twice in each session.",
                            SP,
                            "specific",
                            F1_QUIET,
                        ),
                        R(
                            "The eating and drinking programme from the speech and language therapist should be followed by nursery staff at every snack and lunchtime.",
                            SP,
                            "wrong_section",
                            G1_EAT,
                            section="G",
                        ),
                        R(
                            "A daily 10-minute hand skills session (for example Dough Disco, posting, threading large beads) to build the strength and control in her fingers.",
                            SP,
                            "missing_from_f",
                        ),
                        R(
                            "Her move to Reception should be planned early: at least three visits to her new class with her key person in the summer term 2027, and a transition meeting with the school SENCo by the end of May 2027.",
                            SEMH,
                            "not_specific",
                            F1_TRANS,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Mrs Hallam did not think that a specialist nursery place was needed at this stage, as Ava is making progress at Puddle Ducks with the right support.",
                        "option considered and not recommended (placement)",
                    ),
                ),
                ("h", 2, "What Mummy and Daddy say"),
                (
                    "p",
                    "We are so pleased with how Ava has settled. We would like her to have more help to talk and we worry about her eating at nursery.",
                ),
                ("small", "Next review of this plan: January 2027."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evaly-02: Westmarsh County Council; Kofi Danso-Whitlock, 7, Year 2 at an infant
# school, moving to a junior school in September 2027 (plan amended for the transfer).
# layout "all-about-me-then-regulation-headings": two "All about me" pages in the child's
# voice come first; then every section is headed only by the words of regulation 12, with
# no letters and no numbers. There is no heading for the social care provision under
# section 2 of the Chronically Sick and Disabled Persons Act 1970 (H1).
# ---------------------------------------------------------------------------

B2_WM = "Kofi has difficulties with working memory and with following instructions of more than one step."
B2_IMP = "He is impulsive and finds it hard to stop and think before he acts."
B2_REG = "Kofi has difficulty regulating his emotions; when distressed he can become unsafe and needs a long time to calm."
B2_CHANGE = "He becomes anxious when routines change or when familiar adults are absent."
B2_LIT = "Kofi takes language literally and finds abstract language and implied meaning hard to understand."
B2_READ = "His reading and writing are well below the level expected for his age."
B2_NUM = "Kofi's understanding of number is insecure and he relies on concrete apparatus."
B2_PEER = "Kofi finds friendships difficult and often misreads other children's intentions, especially at unstructured times."
B2_FINE = "His fine motor skills are weak, and writing by hand is slow and tiring for him."

F2_KEY = "Kofi will have a named key adult, who greets him at the classroom door each morning and stays his main point of contact through the day, and a second named adult who covers when the key adult is absent."
F2_EMO = "Access to emotion coaching when needed."
F2_TRAIN = "A half-day training session on FASD and attachment-aware practice for Kofi's class teacher and teaching assistant, delivered by the Virtual School's attachment lead before September 2027."
F2_PHON = "Daily 1:1 phonics tutoring. Each session will last 20 minutes, will follow the school's phonics scheme and will be delivered by a teaching assistant trained in the scheme."
F2_UNSTR = "Adult support at unstructured times as required."
F2_PT = "Precision teaching of number facts, 10 minutes three times a week, delivered by a teaching assistant."
F2_TRANS = "An enhanced transition to Holmfield Junior School, including at least six visits in the summer term 2027 with his key adult and a photo transition book to take home over the summer holiday."
F2_REC = "Alternative ways of recording, such as a scribe or a talking tin, in every lesson where writing is needed, with a writing slope and pencil grip."
F2_SOC = "Opportunities to develop his social skills in small groups."
G2_OT = "An occupational therapy assessment of Kofi's sensory needs, with a sensory diet to be carried out in school every 90 minutes by his teaching assistant."
G2_DDP = "Dyadic developmental psychotherapy for Kofi and his grandmother from the Westmarsh Kinship Care Psychology Service, fortnightly, for as long as the service advises."

PSY2 = "clinical_psychologist_letter.pdf"
SCH2 = "infant_school_transfer_report.docx"

H2_HEADS = dict(
    A="The views, interests and aspirations of the child and his parents",
    B="The child's special educational needs",
    C="The child's health needs which are related to his special educational needs",
    D="The child's social care needs which are related to his special educational needs or to a disability",
    E="The outcomes sought for him",
    F="The special educational provision required by the child",
    G="Any health care provision reasonably required by the learning difficulties or disabilities which result in the child having special educational needs",
    H2="Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child having special educational needs",
    I="The name of the school and the type of that school",
    J="Where any special educational provision is to be secured by a direct payment, the special educational needs and outcomes to be met by the direct payment",
    K="The advice and information gathered during the EHC needs assessment",
)


def _reg(sid: str) -> tuple:
    return ("H", sid, H2_HEADS[sid], "h2")


CASE_02 = dict(
    name="case-evaly-02",
    layout="all-about-me-then-regulation-headings",
    summary=(
        "Westmarsh County Council; Kofi Danso-Whitlock, 7, Year 2 at St Aidan's CE Infant School, "
        "moving to Holmfield Junior School in September 2027; lives with his grandmother under a special "
        "guardianship order (foetal alcohol spectrum disorder: working memory, impulsivity, emotional "
        "regulation, literacy, number, sensory seeking). Two 'All about me' pages in Kofi's voice come first; "
        "each section is then headed only by the words of regulation 12, with no letters. No heading for "
        "H1. Clinical psychologist's letter; infant school SENCo's transfer report."
    ),
    note="Sections are found by the regulation's words alone. The 'All about me' pages before the first heading belong to no section: the warning before changes that they mention ('How best to support me') is not in F, so the clinical psychologist's recommendation is missing_from_f. The sensory diet carried out by the teaching assistant stands in G (wrong_section); the dyadic psychotherapy in G is health provision. Processing speed and sensory seeking are not in B. There is no H1 heading or text.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="1B5E20",
        header="Westmarsh County Council - Education, Health and Care Plan - Kofi Danso-Whitlock",
        footer="Amended plan (phase transfer) finalised 12 February 2027 - page {n} of {m}",
        blocks=[
            ("org", "Westmarsh County Council  |  Children's Services  |  SEND Statutory Team"),
            ("title", "Education, Health and Care Plan (amended for phase transfer)"),
            (
                "kv",
                [
                    ("Child", "Kofi Danso-Whitlock, born 3 May 2019"),
                    ("Lives with", "Mrs Abena Danso, grandmother and special guardian"),
                    ("Current school", "St Aidan's CE Infant School, Year 2"),
                    ("From September 2027", "Holmfield Junior School, Year 3"),
                    ("EHC coordinator", "Ms Funmi Okafor, 01632 960472"),
                ],
            ),
            ("h", 1, "All about me"),
            ("i", "Kofi wrote this page with his key adult, Mrs Pettigrew, and his nana."),
            ("b", "What people like and admire about me"),
            (
                "bul",
                [
                    "I am kind to little children and I am good at making people laugh.",
                    "I know all the names of the Premier League football grounds.",
                    "Nana says I give the best hugs and I always say sorry after.",
                ],
            ),
            ("b", "What is important to me"),
            (
                "bul",
                [
                    "My nana, my cousin Jayden and my dog Biscuit.",
                    "Football at lunchtime, but only when the game is fair.",
                    "Knowing who is going to be in my classroom.",
                ],
            ),
            ("b", "How best to support me"),
            (
                "bul",
                [
                    "Tell me the day before if my teacher is going to be away, and tell me again in the morning.",
                    "Let me carry things and do jobs when my body feels wobbly.",
                    "Say one thing at a time and show me.",
                    "If I am cross, stay near me but do not talk too much.",
                ],
            ),
            ("b", "What I am worried about"),
            (
                "p",
                "The juniors are big. I don't know where the toilets are. I want Mrs Pettigrew to come too.",
            ),
            ("pb",),
            _reg("A"),
            (
                "S",
                "A",
                "Kofi enjoys football, drawing maps of stadiums and looking after his dog, Biscuit; he would like to be a goalkeeper or a vet.",
            ),
            (
                "p",
                "Mrs Danso wants Kofi to feel safe and liked at school, to keep making progress with his reading and to have a key adult who understands him at the junior school. She is worried that the move to a bigger school will undo the progress he has made at St Aidan's.",
            ),
            _reg("B"),
            ("b", "Cognition and learning"),
            ("S", "B", [B2_WM, B2_READ]),
            ("p", [B2_NUM, B2_FINE]),
            ("b", "Communication and interaction"),
            ("p", [B2_LIT, B2_PEER]),
            ("b", "Social, emotional and mental health"),
            ("p", [B2_IMP, B2_REG, B2_CHANGE]),
            _reg("C"),
            (
                "S",
                "C",
                "Kofi was diagnosed with foetal alcohol spectrum disorder by the regional FASD clinic in March 2025; he is otherwise healthy and is reviewed yearly by the community paediatrician.",
            ),
            _reg("D"),
            (
                "S",
                "D",
                "Kofi lives with his grandmother under a special guardianship order made in 2021; she receives special guardianship support from Westmarsh Children's Services.",
            ),
            _reg("E"),
            (
                "S",
                "E",
                "By the end of Year 3, Kofi will read and spell the Year 2 common exception words with 80% accuracy.",
            ),
            (
                "bul",
                [
                    "By July 2028, Kofi will use a calm-down plan with his key adult so that he returns to class within 15 minutes of becoming upset on most occasions.",
                    "By the end of the autumn term 2027, Kofi will know the routines and the key adults at Holmfield Junior School and will arrive each morning without distress.",
                    "By July 2028, Kofi will recall number bonds to 10 without apparatus.",
                ],
            ),
            _reg("F"),
            (
                "S",
                "F",
                "St Aidan's CE Infant School will make this provision until the end of July 2027, and Holmfield Junior School from September 2027.",
            ),
            ("b", "Social, emotional and mental health"),
            (
                "bul",
                [
                    F(F2_KEY, True),
                    F(F2_EMO, False),
                    F(F2_TRAIN, True),
                    F(F2_UNSTR, False),
                    F(F2_TRANS, True),
                ],
            ),
            ("b", "Cognition and learning"),
            ("bul", [F(F2_PHON, True), F(F2_PT, True), F(F2_REC, True)]),
            ("b", "Communication and interaction"),
            ("bul", [F(F2_SOC, False)]),
            _reg("G"),
            ("S", "G", G2_DDP),
            ("p", G2_OT),
            _reg("H2"),
            (
                "S",
                "H2",
                "Special guardianship support from Westmarsh Children's Services, including a support group for kinship carers each month.",
            ),
            _reg("I"),
            (
                "S",
                "I",
                "St Aidan's CE Infant School (mainstream, voluntary aided) until July 2027; then Holmfield Junior School (mainstream, community school) from September 2027.",
            ),
            _reg("J"),
            ("S", "J", "No direct payment has been requested."),
            _reg("K"),
            (
                "S",
                "K",
                "Letter from Dr Imogen Farquhar, clinical psychologist (November 2026); transfer report from St Aidan's CE Infant School (December 2026); views of Mrs Danso and of Kofi (December 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=PSY2,
            accent="5B2C6F",
            footer="Westmarsh Children's Psychology Services - confidential clinical correspondence",
            blocks=[
                ("org", "Westmarsh Kinship Care Psychology Service"),
                (
                    "small",
                    "Westmarsh Children's Psychology Services, The Lodge, Beacon Hill Road, Westmarsh WQ7 1HP",
                ),
                ("small", "Tel 01632 960655   kinship.psychology@westmarsh.example.org"),
                ("p", "24 November 2026"),
                (
                    "p",
                    "Ms Funmi Okafor, EHC Coordinator, SEND Statutory Team, Westmarsh County Council",
                ),
                ("p", "Dear Ms Okafor,"),
                (
                    "b",
                    "Re: Kofi Danso-Whitlock, date of birth 3 May 2019, St Aidan's CE Infant School",
                ),
                (
                    "p",
                    [
                        "Thank you for asking for my advice for the amendment of Kofi's plan ahead of his move to Holmfield Junior School.",
                        "I have known Kofi and his grandmother since the spring of 2024, when they were referred to our service for support with Kofi's behaviour at home, and I have seen them for eleven sessions this year.",
                        "I also observed Kofi in class and at lunchtime on 6 November 2026 and carried out a cognitive assessment in school on 13 November.",
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Kofi was diagnosed with foetal alcohol spectrum disorder (FASD) by the regional FASD clinic in March 2025, and he experienced neglect and two changes of carer before he came to live with Mrs Danso at the age of two.",
                            "history and diagnosis",
                        ),
                        "His early experiences and his FASD both help to explain the picture I describe below, and it is not always possible, or necessary, to say which is responsible for which difficulty.",
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "On the WISC-V, Kofi's Verbal Comprehension Index was 94 (34th percentile) and his Visual Spatial Index 97 (42nd percentile), both in the average range.",
                            "test result",
                        ),
                        X(
                            "His Working Memory Index was 76 (5th percentile) and his Processing Speed Index 75 (5th percentile).",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kofi's working memory is a significant weakness: he can hold only two or three pieces of information in mind at once, and instructions with several steps are lost before he can act on them.",
                            CL,
                            B2_WM,
                        ),
                        N(
                            "His processing speed is well below his verbal reasoning, so he needs much more time than his classmates to take in what is said to him and to respond.",
                            CL,
                            None,
                            "processing speed: B names working memory only",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kofi has marked difficulty stopping himself from acting on impulse; he will grab, call out or run from the room before he has thought about what will happen next.",
                            SEMH,
                            B2_IMP,
                        ),
                        X(
                            "There is no evidence of ADHD separate from his FASD, and I do not think that a separate ADHD assessment is needed at present.",
                            "ruled out / option not pursued",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "When he is dysregulated, which the school records show happens several times a week, Kofi can hit out, throw furniture or hide, and it can take him up to 40 minutes to calm.",
                            SEMH,
                            B2_REG,
                        ),
                        N(
                            "Changes of adult and unexpected changes to routine are very hard for Kofi because of his early experiences of loss, and he becomes anxious and controlling when his familiar adult is not there.",
                            SEMH,
                            B2_CHANGE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kofi seeks movement and deep pressure throughout the day, crashing into furniture and other children, and he seems under-responsive to pain.",
                            SP,
                            None,
                            "sensory seeking: not in B",
                        ),
                        N(
                            "He understands language very literally and does not yet understand idiom, sarcasm or the consequence implied in a warning such as 'if you do that again...'.",
                            CI,
                            B2_LIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "It is important that the adults around Kofi understand that his behaviour is communication and is very often the result of a brain that cannot hold the rule in mind at the moment it is needed, rather than a choice.",
                        X(
                            "In my view, sanctions that depend on Kofi remembering a warning, or on his linking a consequence later in the day to something he did in the morning, are unlikely to change his behaviour and may increase his shame.",
                            "reasoning / opinion on approaches",
                        ),
                    ],
                ),
                ("b", "My recommendations for school"),
                (
                    "p",
                    [
                        R(
                            "Kofi needs a small number of consistent adults across the school day, with one named key adult who greets him each morning and acts as his safe base, and a second adult whom he knows well for when the key adult is absent.",
                            SEMH,
                            "specific",
                            F2_KEY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Emotion coaching and co-regulation from his key adult should be available whenever he is dysregulated, together with a planned 10-minute regulation session at the start of each morning and each afternoon.",
                            SEMH,
                            "not_specific",
                            F2_EMO,
                        ),
                        "These planned sessions matter as much as the response in the moment, because they lower Kofi's arousal before the day gets going.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Before any planned change, such as a supply teacher, an assembly in the hall or a trip, Kofi should be told the day before and again that morning, with a visual timetable showing which adult will be with him.",
                            SEMH,
                            "missing_from_f",
                            note="stated only on the 'All about me' page, which is not Section F",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I recommend that all the staff who work with Kofi, including the lunchtime supervisors, receive training in FASD and attachment-aware practice from a suitably qualified professional before he starts at the junior school.",
                            SEMH,
                            "less",
                            F2_TRAIN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Kofi would benefit from a sensory diet devised by an occupational therapist and built into his school day at least every 90 minutes, using heavy work such as carrying the PE bags, wall push-ups or a movement break.",
                            SP,
                            "wrong_section",
                            G2_OT,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I have considered whether a part-time timetable would reduce the number of incidents, but I do not recommend it, as Kofi would be likely to understand it as a sign that school cannot keep him.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("b", "Therapeutic support"),
                (
                    "p",
                    [
                        R(
                            "Kofi and his grandmother should continue to attend dyadic developmental psychotherapy with our service, fortnightly, for at least the next year.",
                            SEMH,
                            "not_educational",
                            G2_DDP,
                            section="G",
                        ),
                        "Mrs Danso has used the sessions well and reports fewer incidents at home since the summer.",
                    ],
                ),
                ("p", "Please do contact me if it would help to talk any of this through."),
                ("p", "Yours sincerely,"),
                ("p", "Dr Imogen Farquhar, Clinical Psychologist (HCPC registered)"),
                (
                    "small",
                    "cc Mrs A. Danso; Mrs C. Pettigrew, SENCo, St Aidan's CE Infant School; Dr R. Mahmood, community paediatrician",
                ),
            ],
        ),
        dict(
            file=SCH2,
            accent="8B0000",
            footer="St Aidan's CE Infant School - SEN transfer report - December 2026",
            blocks=[
                ("org", "St Aidan's CE Infant School"),
                ("small", "Church Lane, Holmfield, Westmarsh WQ3 9DS   Tel 01632 960139"),
                ("title", "SEN transfer report: Kofi Danso-Whitlock (Year 2)"),
                (
                    "small",
                    "Prepared by Mrs Carol Pettigrew, SENCo, with Miss Tamsin Roe, class teacher, for the phase transfer review held on 9 December 2026.",
                ),
                ("h", 2, "Kofi's strengths"),
                (
                    "p",
                    [
                        X(
                            "Kofi is a caring boy who is very gentle with the Reception children and is proud of his job as a playground buddy on Fridays.",
                            "strength",
                        ),
                        X(
                            "His spoken vocabulary is good and he can talk at length about football.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Attainment (end of autumn term, Year 2)"),
                (
                    "grid",
                    [
                        ["Subject", "Working at", "Comment"],
                        [
                            "Reading",
                            "Pre-key stage standard 3",
                            "Secure on Set 2 sounds; reading Green books",
                        ],
                        [
                            "Writing",
                            "Pre-key stage standard 2",
                            "Writes simple sentences with support",
                        ],
                        [
                            "Maths",
                            "Pre-key stage standard 3",
                            "Counts to 20; counts on with a number line",
                        ],
                        ["Phonics screening (Year 1)", "28 / 40", "Re-check due June 2027"],
                    ],
                    [0.3, 0.3, 0.4],
                ),
                ("h", 2, "What Kofi finds difficult"),
                (
                    "p",
                    [
                        N(
                            "Kofi is working below the expected standard in reading and writing; he can read CVC words but blends longer words slowly and does not retain tricky words from one week to the next.",
                            CL,
                            B2_READ,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "In maths he can count reliably to 20 but does not yet recall his number bonds to 10, and he needs cubes or a number line to add and subtract.",
                            CL,
                            B2_NUM,
                        ),
                        N(
                            "His handwriting is large and poorly formed, and he tires quickly when he has to write more than a sentence.",
                            SP,
                            B2_FINE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kofi finds unstructured times the hardest; most incidents happen at lunchtime, when he misreads rough play and other children's intentions.",
                            CI,
                            B2_PEER,
                        ),
                        X(
                            "Incidents in class have fallen from 14 in the autumn term of Year 1 to 5 this term.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "The toileting accidents that were frequent in Reception have stopped, and Kofi no longer needs a change of clothes kept in school.",
                        "resolved difficulty",
                    ),
                ),
                ("h", 2, "What we provide now (SEN support and EHC plan)"),
                (
                    "grid",
                    [
                        ["Provision", "Frequency", "Impact"],
                        [
                            X(
                                "Key adult (Mrs Pettigrew) meets and greets Kofi at the door",
                                "support already in place",
                            ),
                            "Daily",
                            "Calmer starts; fewer incidents before 10 am",
                        ],
                        [
                            X(
                                "Read Write Inc. Fast Track tutoring 1:1",
                                "support already in place",
                            ),
                            "Daily, 20 minutes",
                            "Moved from Red to Green books since September",
                        ],
                        [
                            "Lego therapy group",
                            "Weekly, 30 minutes",
                            "Enjoys it; taking turns better in the group",
                        ],
                        [
                            "Sensory circuit (shared with four other pupils)",
                            "Daily, 8.50 am",
                            "Settles better after it",
                        ],
                    ],
                    [0.45, 0.2, 0.35],
                ),
                ("h", 2, "What we think Kofi will need at Holmfield"),
                (
                    "bul",
                    [
                        R(
                            "Continue the daily 20-minute 1:1 reading and phonics tutoring, which has been the main reason for his progress this year.",
                            CL,
                            "specific",
                            F2_PHON,
                        ),
                        R(
                            "Kofi will need an adult with him at lunchtime and playtimes, and a structured lunchtime club that he can choose instead of the playground.",
                            SEMH,
                            "not_specific",
                            F2_UNSTR,
                        ),
                        R(
                            "Precision teaching for number bonds, 10 minutes, three times a week.",
                            CL,
                            "specific",
                            F2_PT,
                        ),
                        R(
                            "At least six transition visits to Holmfield in the summer term, with his key adult, and a photo book of the new classroom, teacher and toilets to take home over the summer.",
                            SEMH,
                            "specific",
                            F2_TRANS,
                        ),
                        R(
                            "A writing slope and pencil grip, and other ways of recording his ideas (scribing, talking tins) in every lesson that involves writing.",
                            SP,
                            "specific",
                            F2_REC,
                        ),
                    ],
                ),
                ("h", 2, "Transition arrangements already agreed"),
                (
                    "p",
                    [
                        X(
                            "Holmfield's SENCo, Mr Dale Whitcombe, has already visited Kofi in class and will attend his annual review in the summer term.",
                            "arrangement already made",
                        ),
                        "Both schools share a site, so Kofi already knows the junior playground from the other side of the fence.",
                    ],
                ),
                ("h", 2, "Views of Kofi's grandmother"),
                (
                    "p",
                    "Mrs Danso said that St Aidan's 'has been a lifeline' and that she wants the same level of understanding at Holmfield. She asked that Kofi's key adult be someone who will stay with him, not a different person each term.",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evaly-03: Brackenmoor Borough Council; Ellis Mbeki-Rowe, 10, Year 6, moderate to
# severe deafness, transferring to secondary. The plan names a mainstream academy; both
# reports argue for a resourced provision for deaf pupils. layout "portal-breadcrumbs": a
# plan printed from the council's web portal, each section under a breadcrumb line
# ("Home > ... > EHC plan > Section B", the heading) with the page title below; F is a
# run of provision cards (Provision / Delivered by / How often / Outcome). The portal
# printed no page for Section J.
# ---------------------------------------------------------------------------

B3_HEAR = "Ellis has a moderate to severe hearing loss and has difficulty hearing speech at a distance and in background noise."
B3_VIS = "He relies on lip-reading and other visual information to follow teaching."
B3_ASK = "Ellis does not yet ask for help when he has not heard or understood."
B3_VOCAB = "Ellis's vocabulary and his understanding of spoken language are delayed, particularly the vocabulary used in lessons."
B3_EXPR = "He finds it hard to explain his ideas in longer sentences and to retell events in order."
B3_SPEECH = "Ellis's speech is not always clear to listeners who do not know him."

F3_RADIO = "A radio aid (remote microphone) system, worn by every adult who teaches Ellis and passed to pupils who speak in whole-class discussion, with the system checked each morning."
F3_QTOD = "Monitoring visits from a Qualified Teacher of the Deaf from the Brackenmoor Sensory Support Service."
F3_PRE = "Pre-teaching of vocabulary"
F3_SEAT = "Seating near the front of the room, away from doors, windows and projector fans, with a clear view of the teacher's face."
F3_SUBS = "Subtitles on all video clips, and homework and key instructions given in writing."
F3_SALT = "Speech and language therapy from a therapist with experience of deafness, in a block of eight weekly 30-minute sessions in school each term."
F3_STRAT = "Strategies to support Ellis's understanding, as outlined in the speech and language therapy report."
F3_QUIET = "Access to a quieter space for group work."
H3_CLUB = "Ellis can attend the monthly deaf youth club run by the Sensory Support Service, with transport from home."

QTOD3 = "teacher_of_the_deaf_advice.pdf"
SALT3 = "salt_report.docx"

CRUMB = "Home > Children and young people > Ellis Mbeki-Rowe > EHC plan (amended February 2027) > "


def _page(sid: str, title: str, updated: str) -> list:
    """A portal page: the breadcrumb (the heading), the page title, the edit stamp."""
    return [
        ("H", sid, CRUMB + "Section " + sid, "small"),
        ("h", 1, title),
        ("small", "Last updated " + updated),
    ]


def _card(provision, who: str, often: str, outcome: str) -> tuple:
    """One provision card of the portal's Section F page."""
    return (
        "kv",
        [
            ("Provision", provision),
            ("Delivered by", who),
            ("How often", often),
            ("Outcome", outcome),
        ],
    )


TOP = ("small", "Back to top")

CASE_03 = dict(
    name="case-evaly-03",
    layout="portal-breadcrumbs",
    summary=(
        "Brackenmoor Borough Council; Ellis Mbeki-Rowe, 10, Year 6 at Thornbury Lane Primary School, "
        "transferring to secondary in September 2027 (moderate to severe bilateral deafness, language "
        "delay, unclear speech). The plan names Castle Hill Academy, a mainstream academy; the teacher "
        "of the deaf and the speech and language therapist argue for the Deaf Resource Base at Kingsmead "
        "School. The plan is printed from the council's web portal: each section begins with a breadcrumb "
        "line ending 'Section B' and a page title; F is a run of provision cards. No Section J. Teacher of "
        "the deaf's advice with a recommendation table; NHS speech and language therapy report."
    ),
    note="Each section's heading is its breadcrumb line; the page title below it is the section's name. Section J is absent (the portal printed no page for it). F is a series of cards and each card is judged whole: the Provision field is the provision's text. The deaf youth club recommended by the teacher of the deaf to address Ellis's self-consciousness about his deafness stands in H2 (wrong_section), a judgement: it is run by the education service's Sensory Support Service for that purpose. Both reports' opinions that Ellis should attend the resource base are about Section I and are neither needs nor provisions.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="00587A",
        header="Brackenmoor SEND Hub  -  EHC plan  -  Ellis Mbeki-Rowe (EHCP-30418)",
        footer="https://sendhub.brackenmoor.example.org/plans/EHCP-30418/print    printed 10/02/2027 14:12    {n}/{m}",
        blocks=[
            ("org", "Brackenmoor SEND Hub"),
            ("small", "Signed in as: Dawn Saxby (SEN case officer)   |   Help   |   Sign out"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Ellis Mbeki-Rowe"),
                    ("Date of birth", "27 August 2016"),
                    ("Plan status", "Final (amended following phase transfer review)"),
                    ("Version", "3 - issued 10 February 2027"),
                    ("Current school", "Thornbury Lane Primary School (Year 6)"),
                ],
            ),
            *_page("A", "Views, interests and aspirations", "3 February 2027 by Dawn Saxby"),
            (
                "S",
                "A",
                "Ellis loves swimming, building Lego Technic models and playing football with his cousins; he would like to design racing cars.",
            ),
            (
                "p",
                "Ellis said he wants to go to a school where his friend Marcus is going. His parents would like him to go to Kingsmead School, where there is a resource base for deaf pupils, because they worry that he will be lost in a large secondary school.",
            ),
            TOP,
            *_page("B", "Special educational needs", "8 February 2027 by Dawn Saxby"),
            ("b", "Hearing and communication"),
            ("S", "B", B3_HEAR),
            ("p", [B3_VIS, B3_ASK]),
            ("b", "Speech, language and communication"),
            ("p", [B3_VOCAB, B3_EXPR, B3_SPEECH]),
            TOP,
            *_page("C", "Health needs", "3 February 2027 by Dawn Saxby"),
            (
                "S",
                "C",
                "Ellis has a bilateral sensorineural hearing loss, diagnosed at 14 months, and wears two behind-the-ear hearing aids; he is under the care of the paediatric audiology service at Brackenmoor General Hospital.",
            ),
            TOP,
            *_page("D", "Social care needs", "3 February 2027 by Dawn Saxby"),
            ("S", "D", "No social care needs have been identified."),
            TOP,
            *_page("E", "Outcomes", "8 February 2027 by Dawn Saxby"),
            (
                "S",
                "E",
                "By the end of Year 7, Ellis will tell an adult when he has not heard or understood, in most lessons, without being prompted.",
            ),
            (
                "bul",
                [
                    "By July 2028, Ellis will know and use the key vocabulary of each science and maths topic.",
                    "By July 2028, Ellis will retell a short story or explain a science experiment in the right order, using linking words such as 'because' and 'after that'.",
                ],
            ),
            TOP,
            *_page("F", "Special educational provision", "10 February 2027 by Dawn Saxby"),
            (
                "S",
                "F",
                "Provision is listed as cards. Castle Hill Academy will make this provision from September 2027; Thornbury Lane Primary School will continue the current provision until then.",
            ),
            _card(
                F(F3_RADIO, True),
                "All teaching staff; checked by the form tutor's teaching assistant",
                "Every lesson",
                "Hearing and communication",
            ),
            _card(
                F(F3_QTOD, True),
                "Teacher of the deaf, Sensory Support Service",
                "Twice each term",
                "Hearing and communication",
            ),
            _card(F(F3_PRE, False), "School staff", "Regularly", "Vocabulary"),
            _card(
                F(F3_SEAT, True), "All teaching staff", "Every lesson", "Hearing and communication"
            ),
            _card(
                F(F3_SUBS, True), "All teaching staff", "Every lesson", "Hearing and communication"
            ),
            _card(
                F(F3_SALT, True),
                "Brackenmoor Children's Speech and Language Therapy (hearing impairment pathway)",
                "Eight weekly sessions each term",
                "Vocabulary; retelling",
            ),
            _card(F(F3_STRAT, False), "All staff", "As appropriate", "Understanding"),
            _card(
                F(F3_QUIET, False), "Subject teachers", "When needed", "Hearing and communication"
            ),
            TOP,
            *_page("G", "Health provision", "3 February 2027 by Dawn Saxby"),
            (
                "S",
                "G",
                "Review by the paediatric audiology service every six months, including hearing aid checks and new earmoulds as needed.",
            ),
            TOP,
            *_page(
                "H1",
                "Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
                "3 February 2027 by Dawn Saxby",
            ),
            ("S", "H1", "Not applicable."),
            TOP,
            *_page("H2", "Other social care provision", "8 February 2027 by Dawn Saxby"),
            ("S", "H2", H3_CLUB),
            TOP,
            *_page("I", "Placement", "10 February 2027 by Dawn Saxby"),
            (
                "S",
                "I",
                "Thornbury Lane Primary School (mainstream community primary) until July 2027; Castle Hill Academy (mainstream academy, age 11 to 16) from September 2027.",
            ),
            (
                "p",
                "The parents' preference for Kingsmead School was considered. The council has named Castle Hill Academy as it is the nearest suitable mainstream school and can meet Ellis's needs with the provision above.",
            ),
            TOP,
            *_page("K", "Advice and information", "3 February 2027 by Dawn Saxby"),
            (
                "S",
                "K",
                "Teacher of the deaf advice, Sensory Support Service (December 2026); speech and language therapy report (November 2026); Year 6 school report (January 2027); parents' and Ellis's views (January 2027).",
            ),
            TOP,
            (
                "small",
                "Brackenmoor Borough Council - SEND Hub - Accessibility - Privacy notice - Cookies",
            ),
        ],
    ),
    reports=[
        dict(
            file=QTOD3,
            accent="6A1B9A",
            header="Brackenmoor Sensory Support Service - Hearing Impairment Team",
            footer="Advice for EHC plan amendment - Ellis Mbeki-Rowe - page {n} of {m}",
            blocks=[
                ("org", "Brackenmoor Sensory Support Service"),
                ("title", "Educational advice from a Qualified Teacher of the Deaf"),
                (
                    "kv",
                    [
                        ("Pupil", "Ellis Mbeki-Rowe, Year 6, Thornbury Lane Primary School"),
                        ("Advice given by", "Mrs Rhiannon Tedesco, QToD, Sensory Support Service"),
                        (
                            "Involvement",
                            "Caseload since nursery; visits twice each term; observed in class on 2 and 9 December 2026",
                        ),
                        ("Date", "14 December 2026"),
                    ],
                ),
                ("h", 2, "Hearing"),
                (
                    "p",
                    [
                        X(
                            "Ellis has a moderate to severe bilateral sensorineural hearing loss (average 65 dB HL in the right ear and 70 dB HL in the left), diagnosed at 14 months, and he wears two behind-the-ear hearing aids.",
                            "diagnosis / audiological history",
                        ),
                        X(
                            "His aided speech discrimination in quiet was 88% at 65 dB(A), falling to 52% with background babble at +5 dB signal-to-noise ratio.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    "These figures tell us that Ellis hears most of what is said to him in a quiet room when he is close to the speaker, and a good deal less as soon as there is other noise. The typical classroom, with 30 pupils, a projector fan and a corridor outside, sits at or below +5 dB for much of the day.",
                ),
                ("h", 2, "Listening and access in class"),
                (
                    "p",
                    [
                        N(
                            "Even with his hearing aids, Ellis cannot follow speech reliably beyond about two metres or when there is background noise, and he misses much of what other pupils say in class discussion.",
                            SP,
                            B3_HEAR,
                        ),
                        N(
                            "He relies heavily on lip-reading and on what he can see, and he loses track when the teacher talks while facing the board or moves around the room.",
                            SP,
                            B3_VIS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ellis becomes very tired from the effort of listening, and by the afternoon his attention falls away and he becomes irritable.",
                            SP,
                            None,
                            "listening fatigue: not in B",
                        ),
                        X(
                            "His class teacher has noticed the same pattern, and his parents report that he often falls asleep in the car after school.",
                            "corroboration",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ellis rarely tells an adult when he has not heard or understood, and he will nod and say 'yes' rather than ask for something to be repeated.",
                            CI,
                            B3_ASK,
                        ),
                        N(
                            "Over the last year he has become self-conscious about his hearing aids and has begun taking them out at playtime so that other children will not see them.",
                            SEMH,
                            None,
                            "self-consciousness about deafness: not in B",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Ellis manages his own hearing aids well: he changes the batteries himself and tells an adult when a tube is blocked.",
                            "strength / independence",
                        ),
                        X(
                            "He has been in the top reading group in his class this year, and his reading age on the New Group Reading Test was 10 years 2 months.",
                            "strength / test result",
                        ),
                        X(
                            "The radio aid has been used consistently at Thornbury Lane since Year 4, and staff are confident with it.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "I recommend the following provision for Ellis in Year 7, wherever he is placed.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often"],
                        [
                            R(
                                "A personal radio aid (remote microphone) system in all lessons, worn by every teacher and passed to pupils who speak in class discussion",
                                SP,
                                "specific",
                                F3_RADIO,
                            ),
                            "All teaching staff; system checked daily by a teaching assistant",
                            "Every lesson",
                        ],
                        [
                            R(
                                "Direct teaching from a Qualified Teacher of the Deaf, to pre-teach subject vocabulary, to teach Ellis to manage his listening and to check his equipment",
                                SP,
                                "less",
                                F3_QTOD,
                            ),
                            "QToD",
                            "1 hour a week in school",
                        ],
                        [
                            R(
                                "Pre-tutoring of key subject vocabulary before each new topic in English, maths and science",
                                CI,
                                "not_specific",
                                F3_PRE,
                            ),
                            "Teaching assistant trained by the QToD",
                            "Three 20-minute sessions a week",
                        ],
                        [
                            R(
                                "An acoustic assessment of the main teaching rooms, with carpet, soft furnishings or acoustic panels fitted where the reverberation time is above 0.4 seconds",
                                SP,
                                "missing_from_f",
                            ),
                            "Sensory Support Service with the school's site team",
                            "Before September 2027, then yearly",
                        ],
                        [
                            R(
                                "Seating near the front, away from noise sources, with a clear view of the teacher's face and of other pupils",
                                SP,
                                "specific",
                                F3_SEAT,
                            ),
                            "All staff",
                            "Every lesson",
                        ],
                        [
                            R(
                                "Subtitles on all video material, and a written copy of homework and of key instructions",
                                SP,
                                "specific",
                                F3_SUBS,
                            ),
                            "All staff",
                            "Every lesson",
                        ],
                        [
                            R(
                                "Regular contact with other deaf young people through the Sensory Support Service's deaf youth group, to build his confidence and his identity as a deaf young person",
                                SEMH,
                                "wrong_section",
                                H3_CLUB,
                                section="H2",
                                note="run by the Sensory Support Service to meet an educational need; placed in H2",
                            ),
                            "Sensory Support Service",
                            "Monthly",
                        ],
                    ],
                    [0.55, 0.27, 0.18],
                ),
                ("h", 2, "Placement"),
                (
                    "p",
                    [
                        X(
                            "In my professional opinion, Ellis's needs would be best met at the Deaf Resource Base at Kingsmead School, where he would be taught in mainstream lessons with in-class support from staff with deaf awareness and daily access to a teacher of the deaf.",
                            "opinion on placement (Section I)",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Castle Hill Academy is a good school, but it has no recent experience of a pupil with Ellis's level of deafness, and much of its teaching takes place in large open-plan spaces with poor acoustics.",
                            "argument about placement",
                        ),
                        "I have shared these concerns with the academy's SENCo, who was open about the challenges and keen to learn.",
                    ],
                ),
                (
                    "p",
                    "Rhiannon Tedesco, Qualified Teacher of the Deaf, Brackenmoor Sensory Support Service. Telephone 01632 960706.",
                ),
            ],
        ),
        dict(
            file=SALT3,
            sans=True,
            accent="005EB8",
            footer="Brackenmoor Children's Speech and Language Therapy - Hearing Impairment Pathway",
            blocks=[
                ("org", "Brackenmoor Children's Speech and Language Therapy"),
                (
                    "small",
                    "Hearing Impairment Pathway, Willow Clinic, 17 Station Road, Brackenmoor BR2 6YN   Tel 01632 960390",
                ),
                ("title", "Speech and language therapy report"),
                (
                    "kv",
                    [
                        ("Name", "Ellis Mbeki-Rowe"),
                        ("Date of birth", "27 August 2016"),
                        (
                            "Therapist",
                            "Owen Prydderch, Highly Specialist Speech and Language Therapist (Deafness)",
                        ),
                        ("Report date", "18 November 2026"),
                        ("Reason for report", "Advice for the phase transfer review"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        "Ellis has been known to the service since he was diagnosed with a hearing loss at 14 months. He has had blocks of therapy in every school year, most recently eight sessions in the summer term of Year 5.",
                        X(
                            "The difficulty with 'k' and 'g' sounds that was the focus of therapy in Year 3 has resolved.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "grid",
                    [
                        ["Assessment", "Standard score", "Percentile", "Comment"],
                        ["CELF-5 UK Core Language", "72", "3", "Well below average"],
                        [
                            "CELF-5 Understanding Spoken Paragraphs",
                            "Scaled 5",
                            "5",
                            "Below average",
                        ],
                        [
                            "BPVS-3 (receptive vocabulary)",
                            "74",
                            "4",
                            "Age equivalent 7 years 6 months",
                        ],
                        [
                            "Renfrew Bus Story (information)",
                            "-",
                            "-",
                            "At the level of a child of about 7 years 9 months",
                        ],
                    ],
                    [0.38, 0.16, 0.14, 0.32],
                ),
                (
                    "p",
                    X(
                        "The assessments were carried out in a quiet room with Ellis's radio aid in use, so they are likely to show what he can do at his best rather than what he manages in a noisy classroom.",
                        "note on test conditions",
                    ),
                ),
                ("h", 2, "What the results tell us"),
                (
                    "p",
                    [
                        N(
                            "Ellis's receptive vocabulary is around the level expected of a child of 7 years 6 months, and he does not know many of the words that Year 6 lessons take for granted, such as 'estimate', 'compare' or 'evidence'.",
                            CI,
                            B3_VOCAB,
                        ),
                        N(
                            "He has difficulty understanding longer, complex sentences, especially those containing 'before', 'unless' or passive forms.",
                            CI,
                            B3_VOCAB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ellis's own sentences are short, and he finds it hard to retell a sequence of events or to explain his reasoning in order.",
                            CI,
                            B3_EXPR,
                        ),
                        N(
                            "Some speech sounds are still unclear, particularly 's', 'sh' and 'ch', which makes him harder to understand for people who do not know him.",
                            CI,
                            B3_SPEECH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Ellis's social use of language is a strength: he starts conversations, takes turns and repairs misunderstandings with friends when he notices them.",
                            "strength",
                        ),
                        X(
                            "He can explain how a gearbox works when he has a model in front of him, which shows how much visual support helps him.",
                            "strength / observation",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Ellis should receive direct speech and language therapy from a therapist experienced in working with deaf children, in a block of eight weekly 30-minute sessions each term, focusing on complex sentences and narrative.",
                            CI,
                            "specific",
                            F3_SALT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Between therapy blocks, a language programme written by the therapist should be delivered by a trained teaching assistant three times a week for 20 minutes.",
                            CI,
                            "missing_from_f",
                        ),
                        "Without this, the gains made in each block are not carried into the classroom, as happened in Year 5.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Staff should check Ellis's understanding by asking him to say back what he has to do, rather than asking 'do you understand?', at the start of every independent task.",
                            CI,
                            "not_specific",
                            F3_STRAT,
                        ),
                    ],
                ),
                ("h", 2, "Transfer to secondary school"),
                (
                    "p",
                    [
                        X(
                            "I support the view of the teacher of the deaf that Kingsmead School's resource base would suit Ellis best, as it has a speech and language therapist on site two days a week, which Castle Hill Academy could not offer.",
                            "opinion on placement (Section I)",
                        ),
                        "If Ellis goes to Castle Hill Academy, I will offer a visit to the school in the summer term to meet his new teaching assistant.",
                    ],
                ),
                (
                    "p",
                    "Owen Prydderch, Highly Specialist Speech and Language Therapist (HCPC SL08813)",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evaly-04: Oakhurst City Council; Noah Ferreira-Blake, 9, Year 4, autism and social
# communication needs; the plan was amended after the annual review. layout
# "band-name-then-section-right": each section starts with a coloured band holding its
# name and then, after a tab, "Section B" at the band's right-hand end; a table of the
# changes made at the review comes before the sections.
# ---------------------------------------------------------------------------

B4_PERSP = "Noah has social communication difficulties associated with autism, including understanding other people's thoughts, feelings and intentions."
B4_GROUP = "He finds conversation in a group difficult and tends to talk at length about his own interests."
B4_NARR = "Noah finds it hard to explain events clearly, including incidents with other children."
B4_FEEL = "He has a limited vocabulary for describing how he feels."
B4_ANX = "Noah experiences high levels of anxiety, especially at unstructured times and when routines change."
B4_NOISE = "He has sensory sensitivities, particularly to noise."
B4_PEERS = "Noah finds working and playing with other children difficult, particularly when they do not follow the rules he expects."
B4_WRITE = "He finds it difficult to start and organise written work on his own."

F4_SALT = "Direct speech and language therapy from an NHS speech and language therapist, 30 minutes fortnightly in school, focusing on social communication."
F4_GROUP = "Access to a social skills group."
F4_COMIC = "Comic strip conversations with his key adult on the same day as any playground incident, to help Noah understand what happened and what others were thinking."
F4_LUNCH = "A structured lunchtime club in the library on at least three days a week, run by a member of staff, as an alternative to the playground."
F4_EARS = "ear defenders available to Noah at all times; use of the staff toilet (paper towels, no hand dryers)"
F4_CHECK = "Regular check-ins with a trusted adult."
F4_WRITE = "A task planner that breaks each writing task into steps, with a writing frame and a visual timer, in every English lesson."
F4_OUTREACH = "Support and advice from the Autism Outreach Service as needed."
G4_ELSA = "Emotional literacy sessions with the school's ELSA, 30 minutes weekly for a block of six weeks each term, as part of Noah's mental health support."

SALT4 = "independent_salt_letter.pdf"
OUT4 = "autism_outreach_notes.docx"


def _band(sid: str, name: str) -> tuple:
    """A coloured band: the section's name, a tab, then "Section B" at its right-hand end."""
    return ("H", sid, name + "\tSection " + sid, "band")


CASE_04 = dict(
    name="case-evaly-04",
    layout="band-name-then-section-right",
    summary=(
        "Oakhurst City Council; Noah Ferreira-Blake, 9, Year 4 at Greenbank Primary School, mainstream "
        "(autism: social communication, inference, anxiety and masking, noise sensitivity, starting written "
        "work). The plan was amended after the annual review; a table of the changes comes first. Each "
        "section starts with a coloured band holding its name and, after a tab, 'Section B' at the "
        "right-hand end. Independent speech and language therapist's letter to the parents; specialist "
        "teacher's observation notes from the Autism Outreach Service in a 'What we saw / What it tells "
        "us / What to do next' table."
    ),
    note="Each heading is the whole band: the section's name, a tab and 'Section X'. The table of changes before the sections names sections by letter but is not itself any section. The ELSA sessions placed in G are educational provision (wrong_section). Inference and non-literal language (speech and language therapist) and masking (outreach teacher) are not in B. The speech and language therapist's comment that the plan's social skills group is not specific is a comment on the plan, not a recommendation; her own recommendation of a group is judged against F as usual.",
    plan=dict(
        file="plan.docx",
        sans=True,
        accent="0B6E4F",
        header="Oakhurst City Council - Education, Health and Care Plan",
        footer="Noah Ferreira-Blake - amended plan issued 20 May 2026 following the annual review of 4 March 2026",
        blocks=[
            ("org", "Oakhurst City Council  -  Special Educational Needs and Disabilities Service"),
            ("title", "Education, Health and Care Plan (amended)"),
            (
                "kv",
                [
                    ("Name", "Noah Ferreira-Blake"),
                    ("Date of birth", "11 January 2017"),
                    ("School", "Greenbank Primary School, Year 4"),
                    ("First plan issued", "7 June 2023"),
                    ("Amended", "20 May 2026, following the annual review of 4 March 2026"),
                    ("SEND case worker", "Priya Chaudhry, 01632 960861"),
                ],
            ),
            ("b", "Changes made at this review"),
            (
                "grid",
                [
                    ["Section", "What has changed"],
                    ["A", "Noah's views and his parents' views updated for 2026."],
                    [
                        "B",
                        "Updated to include the findings of the Autism Outreach Service (February 2026) and the speech and language therapy assessment (January 2026).",
                    ],
                    [
                        "E",
                        "Outcomes for Year 4 and Year 5 replace the Year 3 outcomes, which were achieved or partly achieved.",
                    ],
                    [
                        "F",
                        "Speech and language therapy changed from a school-delivered programme to direct therapy; lunchtime club and writing support added.",
                    ],
                    ["G", "Emotional literacy sessions added."],
                    ["I", "No change."],
                ],
                [0.15, 0.85],
                True,
            ),
            _band("A", "Views, interests and aspirations"),
            (
                "S",
                "A",
                "Noah knows every line and station of the London Underground and wants to be a train driver or to design timetables.",
            ),
            (
                "p",
                "Noah said: 'I like maths and the library. I don't like the hall because it is too loud and people push.' His parents want Noah to have a friend, to be less anxious about school and to be understood by the adults who teach him.",
            ),
            _band("B", "Special educational needs"),
            ("b", "Communication and interaction"),
            ("S", "B", B4_PERSP),
            ("p", [B4_GROUP, B4_NARR]),
            ("p", B4_PEERS),
            ("b", "Social, emotional and mental health"),
            ("p", [B4_ANX, B4_FEEL]),
            ("b", "Sensory"),
            ("p", B4_NOISE),
            ("b", "Cognition and learning"),
            (
                "p",
                [
                    "Noah is working at the expected standard in reading and above it in maths.",
                    B4_WRITE,
                ],
            ),
            _band("C", "Health needs"),
            (
                "S",
                "C",
                "Noah was diagnosed with autism by the Oakhurst Child Development Centre in October 2022; he has no other health needs.",
            ),
            _band("D", "Social care needs"),
            ("S", "D", "Noah has no identified social care needs."),
            _band("E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027, Noah will explain what happened in a playground disagreement, including what the other child might have been thinking, with the help of a comic strip.",
            ),
            (
                "bul",
                [
                    "By July 2027, Noah will take part in a group task of four pupils for 15 minutes, taking turns to speak.",
                    "By March 2027, Noah will rate his feelings on a 1 to 5 scale and choose a calming strategy with his key adult.",
                    "By July 2027, Noah will start an independent writing task within three minutes using his task planner.",
                ],
            ),
            _band("F", "Special educational provision"),
            (
                "S",
                "F",
                "Greenbank Primary School will make the following provision, using its notional SEN budget and the top-up funding agreed by the council.",
            ),
            ("b", "Communication and interaction"),
            ("bul", [F(F4_SALT, True), F(F4_GROUP, False), F(F4_COMIC, True)]),
            ("b", "Social, emotional and mental health"),
            ("bul", [F(F4_LUNCH, True), F(F4_CHECK, False), F(F4_OUTREACH, False)]),
            ("b", "Sensory"),
            ("bul", [F(F4_EARS, True)]),
            ("b", "Cognition and learning"),
            ("bul", [F(F4_WRITE, True)]),
            _band("G", "Health provision"),
            (
                "S",
                "G",
                "Noah will be discharged from the community paediatric clinic, with re-referral by his GP if needed.",
            ),
            ("p", G4_ELSA),
            _band(
                "H1",
                "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)",
            ),
            ("S", "H1", "None at present."),
            _band("H2", "Other social care provision"),
            ("S", "H2", "None."),
            _band("I", "Placement"),
            (
                "S",
                "I",
                "Greenbank Primary School, Ravenscroft Road, Oakhurst OK9 4JE (mainstream, community primary school).",
            ),
            _band("J", "Personal budget"),
            ("S", "J", "No personal budget has been agreed."),
            _band("K", "Advice and information"),
            (
                "S",
                "K",
                "Annual review report, Greenbank Primary School (March 2026); letter from Talking Matters Speech and Language Therapy (January 2026); Autism Outreach Service observation notes (February 2026); original advice listed in the plan of June 2023.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT4,
            accent="B03A2E",
            footer="Talking Matters Speech and Language Therapy - independent practice - registered with ASLTIP",
            blocks=[
                ("org", "Talking Matters Speech and Language Therapy"),
                (
                    "small",
                    "Unit 4, The Old Tannery, Mill Street, Oakhurst OK2 7RD   01632 960925   hello@talkingmatters.example.org",
                ),
                ("p", "19 January 2026"),
                ("p", "Mr and Mrs Ferreira-Blake, 22 Laburnum Close, Oakhurst OK5 3TW"),
                ("p", "Dear Mr and Mrs Ferreira-Blake,"),
                (
                    "b",
                    "Noah Ferreira-Blake (date of birth 11 January 2017): speech and language therapy assessment",
                ),
                (
                    "p",
                    [
                        "Thank you for asking me to see Noah. I assessed him at my clinic on 8 January and observed him in class and at lunchtime at Greenbank Primary School on 12 January, with the school's agreement.",
                        "I have also read his EHC plan of June 2023 and the school's annual review report.",
                        X(
                            "Noah was seen by the NHS speech and language therapy service in Year 2 and was discharged with a programme for school in 2024.",
                            "history",
                        ),
                    ],
                ),
                ("b", "What I found"),
                (
                    "p",
                    [
                        X(
                            "Noah's speech sounds, vocabulary and grammar are all within the average range, and his CELF-5 Core Language score was 98.",
                            "strength / test result",
                        ),
                        X(
                            "His scores on the CELF-5 Pragmatics Profile (completed by his teacher) were below the criterion for his age, and on the Test of Language Competence he scored at the 2nd percentile for understanding figurative language.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Noah has difficulty understanding other people's perspectives and intentions, and he often assumes that others already know what he is thinking.",
                            CI,
                            B4_PERSP,
                        ),
                        N(
                            "He finds it very hard to follow and join a conversation in a group of more than two, and he tends to talk at length about his own interests, at the moment the London Underground, without noticing the listener's cues.",
                            CI,
                            B4_GROUP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Noah's understanding of inference and non-literal language is well below that expected for his age: he could not explain any of the idioms in the assessment and took 'pull your socks up' literally.",
                            CI,
                            None,
                            "inference and non-literal language: not in B",
                        ),
                        "This matters more each year, as the reading comprehension and the teaching in Key Stage 2 rely more and more on what is implied rather than said.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His narrative is disorganised; when he retells what happened at playtime he leaves out who was involved and why, so adults often cannot tell what has gone wrong.",
                            CI,
                            B4_NARR,
                        ),
                        N(
                            "Noah does not recognise when he is becoming anxious and cannot describe his feelings beyond 'fine' or 'angry'.",
                            SEMH,
                            B4_FEEL,
                        ),
                    ],
                ),
                ("b", "The current plan"),
                (
                    "p",
                    [
                        X(
                            "The plan currently says 'access to a social skills group', which does not say how often, for how long, or who will run it, and I understand that the group has met only four times this school year.",
                            "comment on the current plan",
                        ),
                        "I would ask that this is made specific at the annual review.",
                    ],
                ),
                ("b", "My recommendations"),
                (
                    "p",
                    [
                        R(
                            "I recommend direct speech and language therapy for Noah, 45 minutes a week for 12 weeks and then fortnightly, from a speech and language therapist, focusing on inference, non-literal language and narrative.",
                            CI,
                            "less",
                            F4_SALT,
                        ),
                        "A programme carried out by school staff alone has not been enough: Noah needs a therapist to teach these skills directly and to adjust the work as he goes.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Noah would benefit from a social communication group of no more than four pupils, 30 minutes twice a week, run by a teaching assistant trained and supervised by the therapist.",
                            CI,
                            "not_specific",
                            F4_GROUP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "After any incident, a comic strip conversation should be completed with a trusted adult on the same day, so that Noah can see what each person said, did and thought.",
                            CI,
                            "specific",
                            F4_COMIC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "His class teacher and teaching assistant should attend training on language and autism, such as the two-hour 'Talking about Talk' session that I run for schools, within the next term.",
                            CI,
                            "missing_from_f",
                        ),
                    ],
                ),
                ("b", "At home"),
                (
                    "p",
                    [
                        R(
                            "At home, you might use 'I wonder' comments while watching television together, to talk about what the characters are thinking and feeling.",
                            CI,
                            "not_educational",
                        ),
                        "You are already doing a great deal of this, and it shows in how Noah talks about his sister.",
                        X(
                            "You told me that he has a close friendship with a boy in his Scouts group who shares his interest in trains.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "I did not find any evidence of a developmental language disorder, and I do not think a further assessment of his structural language is needed.",
                        "ruled out",
                    ),
                ),
                (
                    "p",
                    "Please share this letter with the school and the council as you wish. My invoice is enclosed separately.",
                ),
                ("p", "With best wishes,"),
                (
                    "p",
                    "Harriet Okonjo-Lyle, Speech and Language Therapist, BSc (Hons), MRCSLT, HCPC registered",
                ),
            ],
        ),
        dict(
            file=OUT4,
            accent="3D5A80",
            footer="Oakhurst Autism Outreach Service - observation notes - not for wider circulation without parental consent",
            blocks=[
                ("org", "Oakhurst Autism Outreach Service"),
                (
                    "small",
                    "Part of Oakhurst Inclusion Support, Cedar House, Station Approach, Oakhurst OK1 5AB   01632 960348",
                ),
                ("title", "Observation notes: Noah Ferreira-Blake, Year 4"),
                (
                    "kv",
                    [
                        ("Specialist teacher", "Mr Tobias Wrenshaw, Specialist Teacher for Autism"),
                        (
                            "Visit",
                            "10 February 2026, 9.00 am to 1.30 pm (maths, assembly, break, English, lunch)",
                        ),
                        (
                            "Met with",
                            "Mrs Ruth Amadi (class teacher), Ms Kirsty Boland (SENCo), Noah's mum by telephone",
                        ),
                    ],
                ),
                ("h", 2, "Why I visited"),
                (
                    "p",
                    "School asked for advice before Noah's annual review because he is spending more time in the library at lunchtime, and his parents report that he is very distressed after school. This was my third visit since Year 2.",
                ),
                ("h", 2, "Since my last visit"),
                (
                    "p",
                    [
                        X(
                            "At my last visit, in June 2025, Noah was joining in football at lunchtime with an adult nearby, which he has now stopped.",
                            "history",
                        ),
                        X(
                            "The visual timetable on Noah's desk, introduced after my visit in Year 3, is used consistently and Noah refers to it himself.",
                            "support already in place",
                        ),
                        X(
                            "His reading has moved from below to at the expected standard since Year 3, and his teacher says he now reads for pleasure.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "What I saw"),
                (
                    "grid",
                    [
                        ["What we saw", "What it tells us", "What to do next"],
                        [
                            X(
                                "In maths Noah worked quickly and accurately and helped the boy next to him with a word problem.",
                                "strength",
                            ),
                            "Maths is a real strength and a source of confidence.",
                            "Nothing further needed: a strength to build on.",
                        ],
                        [
                            "At break Noah walked the edge of the playground, then asked to go to the library. He did not play with anyone.",
                            N(
                                "Noah is highly anxious at unstructured times and uses the library as an escape from the playground.",
                                SEMH,
                                B4_ANX,
                            ),
                            R(
                                "Give Noah a structured lunchtime club in the library, run by an adult, as a planned choice on at least three days a week.",
                                SEMH,
                                "specific",
                                F4_LUNCH,
                            ),
                        ],
                        [
                            "Noah covered his ears in assembly and again when two children used the hand dryers in the toilets; he left the toilets without washing his hands.",
                            N(
                                "Noah is very sensitive to noise, and the hall and the hand dryers are overwhelming for him.",
                                SP,
                                B4_NOISE,
                            ),
                            R(
                                "Ear defenders should be available at all times, and Noah should be able to use a toilet with paper towels rather than hand dryers.",
                                SP,
                                "specific",
                                F4_EARS,
                            ),
                        ],
                        [
                            "In English Noah wrote the date and title, then sat for 12 minutes without writing. With the TA beside him he wrote four good sentences.",
                            N(
                                "Noah finds it hard to start a writing task on his own and produces very little independently, although his spoken ideas are good.",
                                CL,
                                B4_WRITE,
                            ),
                            R(
                                "A task planner that breaks writing into steps, a writing frame and a visual timer, in every English lesson.",
                                CL,
                                "specific",
                                F4_WRITE,
                            ),
                        ],
                        [
                            "In a paired task Noah told his partner what to do and became upset, saying 'that's wrong', when the partner tried another way.",
                            N(
                                "When working with other children he tries to direct the activity and becomes upset when they do not follow his rules.",
                                CI,
                                B4_PEERS,
                            ),
                            "See the speech and language therapist's advice on a small social communication group.",
                        ],
                        [
                            "Staff described Noah as 'no trouble at all' in class; his mum said that he often screams and cries for an hour after school.",
                            N(
                                "Noah masks his difficulties at school: he follows the rules and appears calm, but the effort is costing him a great deal, as the distress his parents see at home after school shows.",
                                SEMH,
                                None,
                                "masking: not in B",
                            ),
                            R(
                                "A daily check-in with his key adult at 8.45 am and a check-out at 3.05 pm, using a 1 to 5 scale, to help him notice how he is feeling before it builds up.",
                                SEMH,
                                "not_specific",
                                F4_CHECK,
                            ),
                        ],
                    ],
                    [0.34, 0.33, 0.33],
                ),
                ("h", 2, "Summary of advice"),
                (
                    "bul",
                    [
                        R(
                            "Emotional literacy sessions with the school's ELSA, 30 minutes weekly in a block of six weeks each term, to build Noah's vocabulary for feelings and his calming strategies.",
                            SEMH,
                            "wrong_section",
                            G4_ELSA,
                            section="G",
                        ),
                        R(
                            "The Autism Outreach Service will visit twice each term to review Noah's progress with the SENCo and to model strategies for his teaching assistant.",
                            SEMH,
                            "not_specific",
                            F4_OUTREACH,
                        ),
                        "Please share these notes with Noah's parents before the annual review.",
                    ],
                ),
                (
                    "p",
                    X(
                        "I do not think that a move to a specialist setting is needed; Noah is learning well at Greenbank and has adults there who know him.",
                        "option considered and not recommended (placement)",
                    ),
                ),
                ("p", "Tobias Wrenshaw, Specialist Teacher for Autism, 13 February 2026"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
