# ruff: noqa: E501, N802
"""Set AT as data: primary-age children (5 to 11) in mainstream schools with ADHD and
Tourette's syndrome, type 1 diabetes, epilepsy, and attachment difficulties after adoption,
in four plan layouts no earlier set has.

Every name, council, school, service, NHS trust and professional is invented. Postcodes
use areas that do not exist, phone numbers are in the 01632 960xxx range and NHS numbers
begin 999. Markers are those of evaluation_kit.dataset.
"""


def N(text: str, area: str, plan_text: str | None = None) -> tuple:
    """A need; plan_text None when Section B leaves it out."""
    return ("N", text, area, plan_text)


def R(text: str, area: str, status: str, plan_text: str | None = None, **extras) -> tuple:
    """A recommendation with its status against the plan."""
    return ("R", text, area, status, plan_text, extras)


def X(text: str, why: str) -> tuple:
    """A sentence that reads like a need or advice but is not a current one."""
    return ("X", text, why)


# ---------------------------------------------------------------------------
# case-evalat-01: Harnwick Borough Council; Oscar Penhaligon, 9, Year 4 (ADHD, Tourette's)
# layout "letter-dot-uppercase-name": each section is a bold paragraph, the letter, a full
# stop and the section's name in capitals ("B. SPECIAL EDUCATIONAL NEEDS").
# ---------------------------------------------------------------------------

B1_ATT = "Oscar finds it very hard to keep his mind on what he is doing, especially when he has to listen to the teacher or work on his own, and he often leaves work unfinished."
B1_TICS = "Oscar has tics, which are movements and sounds he cannot control; they come and go, and are more noticeable when he is tired or worried."
B1_IMP = "He can act on impulse: he calls out, gets up from his seat and sometimes snatches things, which leads to fall-outs with other children."
B1_WM = "He forgets instructions that have more than one part and can lose track of what he is doing part of the way through a task."
B1_ESTEEM = "Oscar has been teased about his tics and has a poor opinion of himself."
B1_PLAY = "Less structured parts of the day, such as playtime, are difficult for him."
B1_SETTLE = "Settling back into class after playtime and lunch takes him a long time."
B1_MATHS = "His recall of number facts is behind that of his classmates."

F1_SEAT = "A seat near the teacher and away from the door and windows in every classroom Oscar is taught in."
F1_TICPASS = "A tic pass card, which Oscar can show in any lesson to take a five-minute break in the reading corner outside the Year 4 classroom, without having to explain himself to the adult in the room."
F1_MOVE = "Movement breaks as needed."
F1_INSTR = "Adults will give instructions one step at a time, leave a written or picture reminder on Oscar's desk, and check he has understood by asking him to say back what he has to do."
F1_MATHS = "A small-group number facts intervention (Plus 1) with a trained teaching assistant, three sessions of 20 minutes a week, in a group of no more than four pupils."
F1_ELSA = "Sessions with the school's ELSA on self-esteem, 20 minutes every fortnight."
F1_ICT = "Access to ICT for recording work when appropriate."

G1_MED = "Oscar takes methylphenidate (a modified-release tablet) each morning at home, prescribed and reviewed by the community paediatrician."
G1_REVIEW = "He will be reviewed in the Harnwick neurodevelopmental clinic every four months while his medication is being adjusted."
G1_TRAIN = "The Harnwick school nursing team will provide a Tourette's syndrome awareness session for school staff in the autumn term."

PD1 = "paediatric_clinic_letter.pdf"
EP1 = "independent_ep_report.docx"
SA1 = "school_advice.docx"


def _lt(sid: str, name: str) -> tuple:
    """A section heading: the letter, a full stop and the name in capitals, in bold."""
    return ("H", sid, f"{sid}. {name}", "b")


CASE_01 = dict(
    name="case-evalat-01",
    layout="letter-dot-uppercase-name",
    summary=(
        "Harnwick Borough Council; Oscar Penhaligon, 9, Year 4 at Larkfield Primary School, a mainstream "
        "primary (ADHD, combined presentation; Tourette's syndrome; low self-esteem). Each section is a bold "
        "paragraph: the letter, a full stop and the name in capitals. Community paediatrician's clinic letter "
        "(PDF, reported speech), an independent educational psychologist's report (.docx) whose "
        "recommendations are a table with Reason and Outcome columns, and the school's advice (.docx) with "
        "tables of attainment and of support already in place."
    ),
    note="The paediatrician's recommended Tourette's training for every adult who teaches or supervises Oscar stands in Section G as a school nursing session: provision in the wrong section. Medication and clinic review in G are health provision. The table's Reason and Outcome cells explain recommendations and are not needs in their own right.",
    plan=dict(
        file="plan.docx",
        footer="Harnwick Borough Council - EHC plan - Oscar Penhaligon - FINAL - OFFICIAL SENSITIVE",
        author="Harnwick SEND Team",
        title="EHC Plan - Oscar Penhaligon",
        blocks=[
            ("org", "HARNWICK BOROUGH COUNCIL - SPECIAL EDUCATIONAL NEEDS AND DISABILITY TEAM"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Child: Oscar Penhaligon   Date of birth: 2 February 2017   NHS number: 999 482 1736   Date of this plan: 20 November 2026",
            ),
            (
                "small",
                "Parents: Kerensa and Tom Penhaligon, 14 Tolvean Close, Harnwick HF6 2LP. SEND officer: Ms J Abara, 01632 960318.",
            ),
            _lt("A", "VIEWS, INTERESTS AND ASPIRATIONS"),
            (
                "S",
                "A",
                "Oscar loves football, drawing comic strips and anything to do with sharks, and he says the best thing about school is 'golden time and Mr Lowe's jokes'.",
            ),
            (
                "p",
                "He would like school to know that his tics are 'not on purpose' and that he does not like it when people copy them. His parents want Oscar to feel proud of himself, to have friends who accept him and to leave primary school able to do what his classmates can do.",
            ),
            _lt("B", "SPECIAL EDUCATIONAL NEEDS"),
            (
                "S",
                "B",
                "Oscar has a diagnosis of attention deficit hyperactivity disorder (combined presentation) and Tourette's syndrome, both made by the Harnwick community paediatric service in 2025.",
            ),
            ("b", "Cognition and learning"),
            ("p", [B1_ATT, B1_WM]),
            ("p", B1_MATHS),
            (
                "p",
                "Oscar's reading is in line with his age, and his spoken vocabulary and general knowledge are good.",
            ),
            ("b", "Social, emotional and mental health"),
            ("p", [B1_IMP, B1_PLAY, B1_SETTLE]),
            ("p", B1_ESTEEM),
            ("b", "Sensory and physical"),
            ("p", B1_TICS),
            _lt("C", "HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS"),
            (
                "S",
                "C",
                "Oscar's ADHD and Tourette's syndrome are managed by the community paediatrician, and he takes medication for his ADHD before school.",
            ),
            (
                "p",
                "His appetite at lunchtime is reduced by his medication, and his weight and blood pressure are checked at each clinic visit.",
            ),
            _lt("D", "SOCIAL CARE NEEDS"),
            (
                "S",
                "D",
                "Oscar does not have any social care needs arising from his special educational needs at this time.",
            ),
            _lt("E", "OUTCOMES"),
            (
                "S",
                "E",
                "By the end of Year 5 Oscar will complete an independent task of 15 minutes in class on four days out of five, with no more than one prompt from an adult.",
            ),
            (
                "p",
                "By the end of Year 5 Oscar will recall addition and subtraction facts within 20 and his 2, 5 and 10 times tables quickly and accurately.",
            ),
            (
                "p",
                "By the end of Key Stage 2 Oscar will be able to tell a trusted adult how he is feeling and say one thing he is good at.",
            ),
            _lt("F", "SPECIAL EDUCATIONAL PROVISION"),
            (
                "S",
                "F",
                "The provision below will be made by Larkfield Primary School and overseen by the SENCo, Mrs Adebayo-Hart.",
            ),
            (
                "bul",
                [
                    ("F", F1_SEAT, True),
                    ("F", F1_TICPASS, True),
                    ("F", F1_MOVE, False),
                    ("F", F1_INSTR, True),
                    ("F", F1_MATHS, True),
                    ("F", F1_ELSA, True),
                    ("F", F1_ICT, False),
                ],
            ),
            (
                "p",
                "The SENCo will review this provision with Oscar's parents each term and record what has changed.",
            ),
            _lt("G", "HEALTH PROVISION"),
            ("S", "G", G1_MED),
            ("p", [G1_REVIEW, G1_TRAIN]),
            _lt(
                "H1",
                "SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970",
            ),
            ("S", "H1", "None identified."),
            _lt("H2", "OTHER SOCIAL CARE PROVISION"),
            ("S", "H2", "None identified at this time."),
            _lt("I", "PLACEMENT"),
            (
                "S",
                "I",
                "Larkfield Primary School, Chapel Lane, Harnwick HF6 3RB, a mainstream community primary school.",
            ),
            _lt("J", "PERSONAL BUDGET"),
            ("S", "J", "Oscar's parents have not asked for a personal budget."),
            _lt("K", "ADVICE AND INFORMATION"),
            (
                "S",
                "K",
                "Clinic letter from Dr Bethan Carrow, consultant community paediatrician (October 2026); independent educational psychology report by Dr Simon Achterberg (September 2026); advice from Larkfield Primary School; parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PD1,
            header="Harnwick Community Health NHS Trust - Child Development Centre",
            footer="Dr B Carrow - Oscar Penhaligon - page {n} of {m}",
            author="Dr B Carrow",
            blocks=[
                ("org", "Harnwick Community Health NHS Trust"),
                (
                    "small",
                    "Child Development Centre, Meadow House, Station Road, Harnwick HF6 1AA. Telephone 01632 960441.",
                ),
                (
                    "small",
                    "Dictated 6 October 2026, typed 9 October 2026. Clinic: neurodevelopmental follow-up.",
                ),
                (
                    "p",
                    "To: Dr R Menon, The Quay Surgery, Harnwick. Copies: Mr and Mrs Penhaligon (parents); Mrs Adebayo-Hart (SENCo, Larkfield Primary School); Harnwick SEND Team.",
                ),
                ("b", "Re: Oscar PENHALIGON, DOB 02/02/2017, NHS 999 482 1736"),
                (
                    "p",
                    "Diagnoses: 1. Attention deficit hyperactivity disorder, combined presentation. 2. Tourette's syndrome (motor and vocal tics for more than 12 months).",
                ),
                ("p", "Dear Dr Menon,"),
                (
                    "p",
                    "I saw Oscar today with his mother in the neurodevelopmental follow-up clinic. This letter also serves as my advice for his education, health and care needs assessment, at the request of the SEND Team.",
                ),
                ("b", "History"),
                (
                    "p",
                    [
                        X(
                            "Oscar was born at term after an uncomplicated pregnancy, and his early motor and language milestones were within normal limits.",
                            "history",
                        ),
                        X(
                            "He had a short period of stammering at the age of four which resolved without therapy.",
                            "resolved difficulty (stammer)",
                        ),
                        X(
                            "Sleep was a problem last year, with Oscar taking up to two hours to fall asleep, but this has settled with a consistent wind-down routine and melatonin was not needed.",
                            "resolved difficulty (sleep)",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Mrs Penhaligon told me that school report a very similar picture to the one seen at home.",
                        N(
                            "Both the parent and teacher Conners 4 ratings show marked difficulty in sustaining attention, and his class teacher describes Oscar as managing only a few minutes of independent work before he drifts off task.",
                            "cognition_learning",
                            B1_ATT,
                        ),
                        N(
                            "He also acts very quickly without thinking, for example shouting out answers, leaving his seat and grabbing equipment from other children, and these incidents often end in an argument in the playground.",
                            "semh",
                            B1_IMP,
                        ),
                    ],
                ),
                ("b", "Tics"),
                (
                    "p",
                    [
                        N(
                            "Oscar has frequent motor tics, mainly eye blinking, shoulder shrugging and head jerking, together with vocal tics of sniffing and throat clearing, which wax and wane and are worse when he is tired or anxious.",
                            "sensory_physical",
                            B1_TICS,
                        ),
                        N(
                            "He told me that he tries very hard to hold his tics in at school so that other children will not notice, and that this leaves him exhausted and unable to listen to what the teacher is saying.",
                            "semh",
                            None,
                        ),
                        "His mother sees a 'volcano' of tics when he gets home, which is very typical.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Over the last term he has developed an arm and hand tic, and when it is frequent his handwriting becomes untidy and slow and writing for more than a few minutes makes his wrist ache.",
                            "sensory_physical",
                            None,
                        ),
                        X(
                            "There are no features to suggest obsessive-compulsive disorder at present, and I did not see any tics that cause him injury.",
                            "need ruled out",
                        ),
                    ],
                ),
                ("b", "Examination and investigations"),
                (
                    "p",
                    X(
                        "His height and weight are on the 50th centile, his blood pressure is normal and his ECG before starting medication was normal.",
                        "test result",
                    ),
                ),
                ("b", "Plan"),
                (
                    "p",
                    [
                        R(
                            "We agreed to start methylphenidate modified release at 18 mg each morning, and I will increase the dose at the next appointment if it is helping and well tolerated.",
                            "health",
                            "not_educational",
                            G1_MED,
                            section="G",
                        ),
                        "I explained that stimulant medication does not usually make tics worse, but that we would watch for this carefully.",
                    ],
                ),
                (
                    "p",
                    [
                        "I discussed with Mrs Penhaligon what school could do to help with the tics.",
                        R(
                            "I have suggested that Oscar is given a discreet tic pass, so that he can leave the classroom for a short break of up to five minutes whenever he feels the urge to release his tics.",
                            "semh",
                            "specific",
                            F1_TICPASS,
                        ),
                        R(
                            "I would also recommend that all the adults who teach or supervise him, including the lunchtime staff, have awareness training about Tourette's syndrome, so that his tics are not mistaken for deliberate behaviour or challenged.",
                            "semh",
                            "wrong_section",
                            G1_TRAIN,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Mrs Penhaligon asked whether a referral for behavioural therapy for tics (CBIT) would help. I explained that this is not available locally for children under ten, and that we would think about it again when Oscar is older and more motivated to practise the techniques.",
                        R(
                            "In the meantime I have asked the family to keep a simple tic diary at home for four weeks before the next appointment.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    R(
                        "I will see Oscar again in the clinic in four months to review his medication, his weight and his blood pressure.",
                        "health",
                        "not_educational",
                        G1_REVIEW,
                        section="G",
                    ),
                ),
                ("p", "Yours sincerely,"),
                (
                    "p",
                    "Dr Bethan Carrow MRCPCH, Consultant Community Paediatrician, Harnwick Community Health NHS Trust",
                ),
            ],
        ),
        dict(
            file=EP1,
            style="headed",
            footer="Dr S Achterberg, Chartered Educational Psychologist - independent report for Mr and Mrs Penhaligon",
            author="S Achterberg",
            blocks=[
                ("org", "Achterberg Educational Psychology"),
                (
                    "small",
                    "12 Mill Yard, Harnwick HF6 4DD - 01632 960527 - office@achterberg-ep.example.org",
                ),
                ("title", "Independent Educational Psychology Report"),
                (
                    "kv",
                    [
                        ("Child", "Oscar Penhaligon, born 2 February 2017 (age 9 years 7 months)"),
                        ("School", "Larkfield Primary School, Year 4"),
                        ("Instructed by", "Mr and Mrs Penhaligon"),
                        ("Dates seen", "14 and 21 September 2026 (school and home)"),
                        ("Author", "Dr Simon Achterberg, HCPC-registered educational psychologist"),
                    ],
                ),
                ("h", 1, "1. Reason for referral"),
                (
                    "p",
                    "Oscar's parents asked me to assess his needs as part of his EHC needs assessment, because they are concerned that the school's current support does not take account of his Tourette's syndrome and that Oscar is losing confidence.",
                ),
                ("h", 1, "2. Background"),
                (
                    "p",
                    [
                        X(
                            "Oscar attended a nurture group in Year 1, which he enjoyed, and he left it at the end of that year having met its targets.",
                            "history / support ended",
                        ),
                        X(
                            "He has been on the school's SEN register since Year 2, with an individual support plan reviewed each term.",
                            "history",
                        ),
                        X(
                            "At present he has a visual timetable on his desk and a teaching assistant shared with three other pupils in the mornings.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "3. Assessment"),
                (
                    "p",
                    "I used the Wechsler Intelligence Scale for Children (WISC-V UK), the Wechsler Individual Achievement Test (WIAT-III UK) and the Beck Youth Inventories, and I observed Oscar in a maths lesson, in a literacy lesson and at lunchtime play.",
                ),
                (
                    "grid",
                    [
                        ["Measure", "Standard score", "Range"],
                        ["WISC-V Verbal Comprehension", "118", "High average"],
                        ["WISC-V Fluid Reasoning", "104", "Average"],
                        ["WISC-V Working Memory", "82", "Low average"],
                        ["WISC-V Processing Speed", "89", "Low average"],
                        ["WIAT-III Word Reading", "101", "Average"],
                        ["WIAT-III Math Fluency", "78", "Low"],
                    ],
                    [0.5, 0.22, 0.28],
                    True,
                ),
                (
                    "p",
                    [
                        X(
                            "Oscar's verbal reasoning is a real strength, and his word reading is in line with his age.",
                            "test result: strength",
                        ),
                        N(
                            "His working memory is weaker, and in class this shows as forgetting the second or third part of an instruction and losing his place in a task.",
                            "cognition_learning",
                            B1_WM,
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Number fact recall is weak: he still counts on his fingers for addition within 20, which slows him down in every maths lesson and leaves him little time for reasoning problems.",
                        "cognition_learning",
                        B1_MATHS,
                    ),
                ),
                ("h", 1, "4. Observations and discussion"),
                (
                    "p",
                    [
                        N(
                            "Oscar struggles to organise himself and his belongings, often arriving at a lesson without what he needs and unable to plan the steps of a longer piece of writing.",
                            "cognition_learning",
                            None,
                        ),
                        "In the literacy lesson I observed, he spent the first eight minutes looking for a pencil and a ruler, and then wrote two lines.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Playtimes are the hardest part of the day for him: without adult structure, games quickly become rough, and he has been kept in at playtime on eleven occasions this term.",
                            "semh",
                            B1_PLAY,
                        ),
                        X(
                            "Being kept in has not reduced the incidents, and the school have agreed to stop using it.",
                            "past strategy, ended",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Oscar is acutely aware of being different, and told me that other children copy his tics and call him names; his self-esteem is low and he describes himself as 'the naughty one'.",
                            "semh",
                            B1_ESTEEM,
                        ),
                        X(
                            "On the Beck Youth Inventories his anxiety score was within the average range.",
                            "test result: need ruled out",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "I considered whether Oscar needs a place in a specialist setting for pupils with social, emotional and mental health needs, and I do not think he does: he learns well when the conditions are right, he has friends in his class and he wants to stay at Larkfield.",
                        "option considered and rejected",
                    ),
                ),
                ("h", 1, "5. Recommendations"),
                (
                    "p",
                    "The recommendations below are set out with the reason for each and the outcome it should lead to, so that the provision can be written into Section F and reviewed.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Outcome"],
                        [
                            R(
                                "A timetabled movement break of 5 to 10 minutes mid-morning and mid-afternoon, led by a teaching assistant (for example a job around the school or a short physical circuit).",
                                "semh",
                                "not_specific",
                                F1_MOVE,
                            ),
                            X(
                                "Oscar's attention falls away sharply after about 15 minutes of seated work, and a planned break is better than waiting until he is out of his seat.",
                                "reason for a recommendation",
                            ),
                            X(
                                "Oscar returns to his work after the break and stays on task for longer.",
                                "outcome of a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Instructions given one step at a time, with a written or picture reminder, and Oscar asked to repeat back what he has to do.",
                                "cognition_learning",
                                "specific",
                                F1_INSTR,
                            ),
                            "His working memory cannot hold a three-part instruction.",
                            "He starts tasks without needing the instruction repeated.",
                        ],
                        [
                            R(
                                "Direct teaching of number facts in a group of no more than four pupils, three times a week for 20 minutes, using a structured programme such as Plus 1, delivered by a trained teaching assistant.",
                                "cognition_learning",
                                "specific",
                                F1_MATHS,
                            ),
                            "Slow fact recall is holding back his reasoning, which is a strength.",
                            "Recall of addition and subtraction facts within 20 by the end of Year 5.",
                        ],
                        [
                            R(
                                "Weekly one-to-one sessions of 30 minutes with the ELSA, working on self-esteem and on understanding his Tourette's syndrome, for at least 10 weeks.",
                                "semh",
                                "less",
                                F1_ELSA,
                            ),
                            X(
                                "His view of himself as 'naughty' is becoming fixed, and it will take regular, frequent work to change it.",
                                "reason for a recommendation",
                            ),
                            "Oscar can name things he is good at and explain his tics to a friend.",
                        ],
                        [
                            R(
                                "An adult-led playground club or organised games on at least three lunchtimes a week, with a small group of peers chosen with Oscar.",
                                "semh",
                                "missing_from_f",
                            ),
                            "Unstructured play is where most incidents happen.",
                            "Fewer incidents at lunchtime and at least one settled friendship.",
                        ],
                        [
                            R(
                                "A visual checklist and task planner on his desk, taught and checked by the teaching assistant at the start of each lesson, so that he has his equipment and knows the steps of the task.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "He loses much of each lesson to getting started.",
                            "Oscar starts written work within three minutes on most days.",
                        ],
                        [
                            R(
                                "A laptop for longer pieces of writing when his tics make handwriting painful, and touch-typing taught through a daily 15-minute programme (for example Nessy Fingers) for one term.",
                                "sensory_physical",
                                "not_specific",
                                F1_ICT,
                            ),
                            X(
                                "His hand tic makes writing slow and uncomfortable, and his ideas are far better than what he gets onto paper.",
                                "reason for a recommendation",
                            ),
                            "Longer written pieces that show what he knows.",
                        ],
                    ],
                    [0.45, 0.3, 0.25],
                    True,
                ),
                ("h", 1, "6. Advice for home"),
                (
                    "p",
                    R(
                        "At home, his parents may find that a picture checklist by the front door for school mornings reduces the rush and the arguments before school.",
                        "other",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Dr Simon Achterberg, DEdPsy, HCPC PYL04417. 28 September 2026.",
                ),
            ],
        ),
    ],
)

CASE_01["reports"].append(
    dict(
        file=SA1,
        footer="Larkfield Primary School - advice for EHC needs assessment",
        author="Larkfield Primary School",
        blocks=[
            ("org", "Larkfield Primary School"),
            ("small", "Chapel Lane, Harnwick HF6 3RB - 01632 960115 - senco@larkfield.example.org"),
            ("title", "Educational advice from the school"),
            (
                "p",
                "Pupil: Oscar Penhaligon, Year 4 (Mr Lowe's class). Completed by Mrs D Adebayo-Hart, SENCo, with Mr Lowe, 2 October 2026.",
            ),
            ("b", "Attainment at the end of Year 3 (July 2026)"),
            (
                "grid",
                [
                    ["Subject", "Teacher assessment", "Comment"],
                    ["Reading", "Expected standard", "Reads widely and with good understanding"],
                    [
                        "Writing",
                        "Working towards",
                        "Ideas strong; pieces short and often unfinished",
                    ],
                    ["Mathematics", "Working towards", "Reasoning good; calculation slow"],
                    ["Science", "Expected standard", "Enthusiastic, especially practical work"],
                ],
                [0.22, 0.28, 0.5],
            ),
            (
                "p",
                [
                    X(
                        "Oscar's reading has come on by about two years in the last eighteen months, and he now chooses to read at wet playtimes.",
                        "progress",
                    ),
                    X("His attendance this year is 97 per cent.", "attendance, no need"),
                ],
            ),
            ("b", "Support we already provide"),
            (
                "grid",
                [
                    ["Support", "Since", "What difference it has made"],
                    ["Visual timetable on his desk", "Year 2", "Oscar uses it when reminded"],
                    [
                        "Teaching assistant shared with three other pupils, mornings only",
                        "Year 3",
                        "More work finished in the mornings",
                    ],
                    [
                        "Fidget tool and a wobble cushion",
                        "Year 3",
                        X(
                            "He no longer needs the wobble cushion and has stopped using it.",
                            "support ended: need resolved",
                        ),
                    ],
                    ["Home-school diary, checked daily", "Year 4", "Good communication with home"],
                ],
                [0.45, 0.15, 0.4],
            ),
            ("b", "What we see in school"),
            (
                "p",
                [
                    N(
                        "Oscar finds it very hard to wait his turn in group work and in games, and other children have started to leave him out because of it.",
                        "semh",
                        B1_IMP,
                    ),
                    N(
                        "After playtime and lunch he takes ten minutes or more to settle, and he often misses the start of the afternoon's teaching.",
                        "semh",
                        B1_SETTLE,
                    ),
                ],
            ),
            (
                "p",
                [
                    X(
                        "There were 14 recorded incidents last term, nearly all at lunchtime, and none has involved a serious injury.",
                        "behaviour record",
                    ),
                    "Staff now ignore his tics, as Dr Carrow advised, and Oscar tells us that this helps.",
                ],
            ),
            (
                "p",
                X(
                    "We discussed a part-time timetable with the Harnwick Inclusion Team last spring and agreed that it would not be in Oscar's interests, because he learns best when he is with his class.",
                    "option considered and rejected",
                ),
            ),
            (
                "p",
                "Oscar's parents come to every review meeting, and Mrs Penhaligon speaks with Mr Lowe most days at the classroom door. We value this partnership greatly.",
            ),
        ],
    )
)


# ---------------------------------------------------------------------------
# case-evalat-02: Cressingham County Council; Zara Okonkwo-Hale, 10, Year 5 (type 1 diabetes,
# literacy difficulties)
# layout "endnote-keyed-unlettered-headings": plain-language headings with no letter or
# number, each followed by a bracketed note number; the notes at the end give the regulation
# for each heading. There is no personal budget heading or note.
# ---------------------------------------------------------------------------

B2_HYPO = "Low blood sugar affects how well Zara can concentrate and remember for some time afterwards, so she can miss parts of lessons."
B2_GAPS = "Zara has missed a good deal of school because of her diabetes, and this has left gaps in her learning."
B2_WORRY = "Zara worries about her diabetes and may not tell an adult when she feels unwell."
B2_PHON = "Zara finds reading hard, especially working out new words from their sounds."
B2_SPELL = "Her spelling is weak, and her written work does not show how much she knows."
B2_TABLES = "She has not yet learnt all her times tables."
B2_READALOUD = "Zara lacks confidence when reading in front of others."

F2_LIT = "A structured literacy programme delivered by a trained teaching assistant, three times a week for 20 minutes."
F2_PRECISION = "Precision teaching of multiplication facts with a teaching assistant for 10 minutes every school day."
F2_PRETEACH = "Pre-teaching of topic vocabulary as needed."
F2_TYPE = "Regular opportunities to practise touch typing."
F2_READALOUD = "Zara will not be asked to read aloud to the class unless she has first practised the passage with an adult."
F2_TESTS = "In any test or assessment, if Zara has a hypo the clock will be stopped while it is treated; if her glucose has not recovered within 30 minutes she will sit the test on another day."

G2_STAFF = "At least two members of Fernside staff trained by the paediatric diabetes specialist nurse will be on site whenever Zara is in school, with the training refreshed every September."
G2_CHECK = "A trained adult will check Zara's glucose readings on the school phone before morning break, before lunch, before PE and whenever she shows signs of a hypo, as set out in her individual healthcare plan."
G2_TRIPS = "A trained adult will go with Zara on every school trip and residential visit."
G2_CLINIC = (
    "Zara will continue to attend the Cressingham paediatric diabetes clinic every three months."
)
G2_CATCHUP = "The school will provide catch-up for learning missed because of Zara's diabetes."

IHP2 = "individual_healthcare_plan.docx"
CL2 = "diabetes_clinic_letter.pdf"
ST2 = "specialist_teacher_report.docx"


def _en(sid: str, name: str, note: int) -> tuple:
    """A plain-language heading with no letter, keyed to a note at the end of the plan."""
    return ("H", sid, f"{name} [{note}]", "h2")


CASE_02 = dict(
    name="case-evalat-02",
    layout="endnote-keyed-unlettered-headings",
    summary=(
        "Cressingham County Council; Zara Okonkwo-Hale, 10, Year 5 at Fernside Primary School, a mainstream "
        "primary (type 1 diabetes on an insulin pump, missed learning, literacy difficulties, worry). The plan "
        "(PDF) has plain-language headings with no section letters, each keyed to a numbered note that gives "
        "the regulation; there is no personal budget section. School nurse's individual healthcare plan "
        "(.docx form), diabetes clinic letter to the parents (PDF) and an independent specialist teacher's "
        "report (.docx) with a recommendations table (Reason and Expected outcome columns)."
    ),
    note="No heading or note for a personal budget (regulation 12(1)(j)). Catch-up teaching for missed learning, recommended by the diabetes consultant, stands in the health provision section: provision in the wrong section. Staff training, glucose checks, trips and clinic review there are health provision. Hypo signs, targets and devices in the healthcare plan are health background that belongs in the health needs section.",
    plan=dict(
        file="plan.pdf",
        header="Cressingham County Council - Education, Health and Care Plan",
        footer="Zara Okonkwo-Hale - final plan 26 November 2026 - {n}/{m}",
        author="Cressingham SEND Service",
        title="EHC Plan",
        sans=True,
        accent="5B2C6F",
        blocks=[
            ("org", "Cressingham County Council - Children's Services - SEND Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Zara Okonkwo-Hale, born 11 April 2016. Fernside Primary School, Year 5. Parents: Adaeze Okonkwo and Daniel Hale, 3 Furze Lane, Cressingham KB8 4TS.",
            ),
            (
                "i",
                "The numbers in square brackets after each heading refer to the notes at the end of this plan, which say which part of the law the section meets.",
            ),
            _en("A", "About Zara: her views, interests and hopes", 1),
            (
                "S",
                "A",
                "Zara loves swimming, gymnastics and making up stories about her cat, Biscuit, and she wants to be a vet or an author.",
            ),
            (
                "p",
                "She says: 'I don't want diabetes to stop me doing anything. I want to be good at reading like my friends.' Her parents want her to catch up with her learning and to feel safe and confident managing her diabetes at school.",
            ),
            _en("B", "Zara's special educational needs", 2),
            (
                "S",
                "B",
                "Zara has type 1 diabetes and specific difficulties with literacy, and both affect her learning in school.",
            ),
            ("p", [B2_HYPO, B2_GAPS]),
            ("p", [B2_PHON, B2_SPELL, B2_TABLES]),
            ("p", [B2_WORRY, B2_READALOUD]),
            (
                "p",
                "Zara is articulate, has a wide vocabulary and understands stories well when they are read to her.",
            ),
            _en("C", "Health needs", 3),
            (
                "S",
                "C",
                "Zara was diagnosed with type 1 diabetes in 2020 and uses an insulin pump and a continuous glucose monitor, managed by the Cressingham paediatric diabetes team.",
            ),
            (
                "p",
                "She needs her glucose levels monitored during the school day, hypos treated promptly and insulin given with her lunch, as set out in her individual healthcare plan.",
            ),
            _en("D", "Social care needs", 4),
            ("S", "D", "Zara's family do not receive support from children's social care."),
            _en("E", "What we want Zara to achieve", 5),
            (
                "S",
                "E",
                "By the end of Year 6 Zara will read age-appropriate texts aloud to an adult with 95 per cent accuracy.",
            ),
            (
                "p",
                "By the end of Year 6 Zara will know all her times tables to 12 x 12 and answer them within three seconds.",
            ),
            (
                "p",
                "By July 2027 Zara will tell an adult straight away when she feels low, on every occasion.",
            ),
            _en("F", "Special educational provision", 6),
            (
                "S",
                "F",
                "Fernside Primary School will make the following provision, planned and reviewed by the SENCo, Mr Ibrahim.",
            ),
            ("b", "Literacy"),
            ("bul", [("F", F2_LIT, True), ("F", F2_PRETEACH, False), ("F", F2_TYPE, False)]),
            ("b", "Mathematics"),
            ("bul", [("F", F2_PRECISION, True)]),
            ("b", "Confidence and access to learning"),
            ("bul", [("F", F2_READALOUD, True), ("F", F2_TESTS, True)]),
            _en("G", "Health provision", 7),
            ("S", "G", G2_STAFF),
            ("p", G2_CHECK),
            ("p", [G2_TRIPS, G2_CATCHUP]),
            ("p", G2_CLINIC),
            _en(
                "H1",
                "Social care provision under the Chronically Sick and Disabled Persons Act 1970",
                8,
            ),
            ("S", "H1", "Not applicable."),
            _en("H2", "Other social care provision", 9),
            ("S", "H2", "Not applicable at present."),
            _en("I", "School", 10),
            (
                "S",
                "I",
                "Fernside Primary School, Wellgate, Cressingham KB8 2PA (mainstream maintained primary school).",
            ),
            _en("K", "Advice and information", 11),
            (
                "S",
                "K",
                "Individual healthcare plan (school nursing team, September 2026); letter from Dr Okafor-Lindqvist, consultant paediatrician (October 2026); independent specialist teacher's report (Mrs Harriet Coyle, September 2026); school advice; parents' views.",
            ),
            ("b", "Notes"),
            (
                "p",
                "[1] Regulation 12(1)(a) of the Special Educational Needs and Disability Regulations 2014. [2] Regulation 12(1)(b). [3] Regulation 12(1)(c). [4] Regulation 12(1)(d). [5] Regulation 12(1)(e). [6] Regulation 12(1)(f). [7] Regulation 12(1)(g). [8] Regulation 12(1)(h)(i). [9] Regulation 12(1)(h)(ii). [10] Regulation 12(1)(i). [11] Regulation 12(1)(k) and paragraph 9.62 of the SEND Code of Practice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=IHP2,
            footer="Cressingham Healthcare NHS Trust - School Nursing Service - Individual Healthcare Plan",
            author="School Nursing Service",
            blocks=[
                ("org", "Cressingham Healthcare NHS Trust - School Nursing Service"),
                ("title", "Individual Healthcare Plan: Type 1 Diabetes"),
                (
                    "kv",
                    [
                        ("Pupil", "Zara Okonkwo-Hale"),
                        ("Date of birth", "11/04/2016"),
                        ("NHS number", "999 315 2048"),
                        ("School and class", "Fernside Primary School, Year 5 (Willow class)"),
                        (
                            "Completed by",
                            "Gemma Lusk, school staff nurse, with Joanne Petrakis, paediatric diabetes specialist nurse (PDSN)",
                        ),
                        ("Parents' contact", "Mother 07700 900412; father 07700 900587"),
                        ("Date", "15 September 2026 (review September 2027 or on any change)"),
                    ],
                    [0.3, 0.7],
                ),
                ("b", "1. Medical condition"),
                (
                    "p",
                    [
                        X(
                            "Zara was diagnosed with type 1 diabetes in March 2020, at the age of four.",
                            "history / health background",
                        ),
                        X(
                            "She uses a tubeless insulin pump and a continuous glucose monitor (CGM), which sends readings to a phone kept in the school office.",
                            "health background (Section C)",
                        ),
                        X(
                            "Her target glucose range in school is 4 to 10 mmol/L.",
                            "health background (Section C)",
                        ),
                    ],
                ),
                ("b", "2. Signs and treatment of a hypo (low blood glucose, below 4 mmol/L)"),
                (
                    "p",
                    X(
                        "Zara's usual signs of a hypo are going pale and quiet, shaking, and becoming tearful or giggly.",
                        "health sign (Section C)",
                    ),
                ),
                (
                    "table",
                    [
                        ["Step", "Action"],
                        ["1", "Do not leave Zara alone or send her to the office alone."],
                        [
                            "2",
                            "Give 15 g of fast-acting glucose (3 jelly babies or 150 ml of orange juice) from her hypo box.",
                        ],
                        ["3", "Recheck after 15 minutes; repeat step 2 if still below 4 mmol/L."],
                        [
                            "4",
                            "When above 4 mmol/L, give a slow-acting snack (a cereal bar) if the next meal is more than an hour away.",
                        ],
                        [
                            "5",
                            "If Zara becomes unconscious: recovery position, call 999, then parents. Do not give anything by mouth.",
                        ],
                    ],
                    {"widths": [0.1, 0.9], "header": True},
                ),
                ("b", "3. Effect on learning"),
                (
                    "p",
                    [
                        N(
                            "After a hypo, even once her glucose is back in range, Zara's concentration and short-term memory are affected for up to an hour, and she may not take in new teaching during that time.",
                            "cognition_learning",
                            B2_HYPO,
                        ),
                        N(
                            "Zara is self-conscious about her pump and sensor and does not like to check her glucose or eat a hypo snack in front of the class, so she sometimes ignores her symptoms.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    R(
                        "Where a hypo happens during a test or assessment, Zara should be allowed to stop the clock, treat the hypo and carry on once she has recovered, or sit the test at another time.",
                        "cognition_learning",
                        "specific",
                        F2_TESTS,
                    ),
                ),
                ("b", "4. Arrangements in school"),
                (
                    "bul",
                    [
                        R(
                            "At least two members of staff on site at all times must be trained by the PDSN in using Zara's pump and CGM, treating hypos and giving a correction dose, with the training refreshed every year.",
                            "health",
                            "not_educational",
                            G2_STAFF,
                            section="G",
                        ),
                        R(
                            "Glucose readings must be checked on the school phone by a trained adult before morning break, before lunch, before PE and whenever Zara shows any sign of a hypo.",
                            "health",
                            "not_educational",
                            G2_CHECK,
                            section="G",
                        ),
                        R(
                            "A trained adult must go on every school trip and residential visit, carrying Zara's hypo kit and spare pump supplies.",
                            "health",
                            "not_educational",
                            G2_TRIPS,
                            section="G",
                        ),
                        "Lunch carbohydrate values are provided by the school kitchen each week and entered into the pump by a trained adult, with Zara watching and learning.",
                    ],
                ),
                ("b", "5. PE, swimming and after-school clubs"),
                (
                    "p",
                    [
                        "Zara's glucose should be above 7 mmol/L before PE or swimming; if it is lower she should have a 15 g snack and wait 15 minutes.",
                        X(
                            "Zara takes part fully in PE and swimming and has not had a hypo during a lesson since January.",
                            "no current need / progress",
                        ),
                    ],
                ),
                ("b", "6. Agreement"),
                (
                    "p",
                    "This plan has been agreed by Zara's parents, the head teacher and the school nursing service. Copies are kept in the school office, the staff room and Zara's classroom.",
                ),
            ],
        ),
        dict(
            file=CL2,
            header="Cressingham Healthcare NHS Trust - Children's Diabetes Service",
            footer="Page {n} of {m}",
            author="Dr M Okafor-Lindqvist",
            blocks=[
                ("org", "Cressingham Healthcare NHS Trust"),
                (
                    "small",
                    "Children's Diabetes Service, Level 2, Cressingham General Hospital, Infirmary Road, Cressingham KB8 1XX. Diabetes nurses 01632 960733.",
                ),
                ("small", "Clinic date 7 October 2026. Letter typed 12 October 2026."),
                (
                    "p",
                    "Mr D Hale and Ms A Okonkwo, 3 Furze Lane, Cressingham KB8 4TS. Copies: Dr Shah (GP); Fernside Primary School; Cressingham SEND Service.",
                ),
                ("b", "Zara Okonkwo-Hale (11/04/2016), NHS 999 315 2048"),
                ("p", "Dear Daniel and Adaeze,"),
                (
                    "p",
                    "Thank you for coming to clinic with Zara last week. I am writing to you directly, as we agreed, and I have sent a copy to school and to the SEND Service because you told me that Zara's education, health and care needs assessment is under way.",
                ),
                ("b", "How Zara is doing"),
                (
                    "p",
                    [
                        X(
                            "Zara's HbA1c today was 58 mmol/mol, down from 71 mmol/mol a year ago, which is a real achievement for her and for you.",
                            "progress / test result",
                        ),
                        X(
                            "The overnight lows we talked about last time have become much less frequent since we changed her basal rate.",
                            "resolved difficulty",
                        ),
                        X(
                            "She has had no hospital admissions since her diagnosis, when she was unwell with diabetic ketoacidosis.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Her annual screening blood tests, including coeliac antibodies and thyroid function, were normal.",
                        "test result: need ruled out",
                    ),
                ),
                (
                    "p",
                    [
                        X(
                            "Zara told me proudly that she has moved up a group at swimming club, and that she now tells her coach herself when she needs to stop and check her levels.",
                            "strength / progress",
                        ),
                        X(
                            "Her screening questionnaire for emotional wellbeing, which we ask every child to complete once a year, did not raise any concerns needing a referral to our psychologist.",
                            "test result: need ruled out (psychology referral)",
                        ),
                    ],
                ),
                ("b", "School"),
                (
                    "p",
                    [
                        N(
                            "You told me that Zara has missed 19 days of school this year through clinic appointments, illness and tiredness after nights of alarms, and that her teacher has said she has gaps in her maths and spelling.",
                            "cognition_learning",
                            B2_GAPS,
                        ),
                        N(
                            "Zara told me that she worries about going low at school, and that she sometimes says she feels fine when she does not, so that she does not have to miss playtime.",
                            "semh",
                            B2_WORRY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I would ask school to arrange short catch-up sessions after any absence for clinic appointments or illness, so that the maths and phonics teaching Zara has missed is covered within the same week.",
                            "cognition_learning",
                            "wrong_section",
                            G2_CATCHUP,
                            section="G",
                        ),
                        R(
                            "I have also suggested that a named adult talks with Zara for a few minutes each morning about how she is feeling, and makes sure she knows who to go to if she feels low.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "We talked about whether Zara could start doing her own pump boluses at lunchtime; I do not think she is ready for this yet, and school staff should continue to supervise for now.",
                        "option considered and rejected",
                    ),
                ),
                ("b", "Plan"),
                (
                    "bul",
                    [
                        R(
                            "We will continue to see Zara in the diabetes clinic every three months, and she will see our dietitian and psychologist at her annual review in March.",
                            "health",
                            "not_educational",
                            G2_CLINIC,
                            section="G",
                        ),
                        R(
                            "Please keep using the overnight low alarm at home, and ring the diabetes nurses if the night-time lows come back.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "With best wishes,"),
                (
                    "p",
                    "Dr Marit Okafor-Lindqvist, Consultant Paediatrician (Diabetes), Cressingham Healthcare NHS Trust",
                ),
            ],
        ),
        dict(
            file=ST2,
            footer="H Coyle SpLD Assessment - Zara Okonkwo-Hale - confidential",
            author="H Coyle",
            blocks=[
                ("org", "Harriet Coyle SpLD Assessment and Teaching"),
                (
                    "small",
                    "Harriet Coyle MA, PGCert SpLD, AMBDA, APC holder. 01632 960298, harriet@coyle-spld.example.org",
                ),
                ("title", "Specialist Teacher Assessment Report"),
                (
                    "p",
                    "Zara Okonkwo-Hale, aged 10 years 5 months, Year 5, Fernside Primary School. Assessed on 16 September 2026 at home, and observed in class on 18 September 2026. Report commissioned by her parents.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Zara had glue ear in Reception, which was treated with grommets, and her hearing was normal when it was last tested in 2024.",
                            "resolved difficulty",
                        ),
                        X(
                            "She did not pass the phonics screening check in Year 1 but passed the re-check at the end of Year 2.",
                            "history",
                        ),
                        X(
                            "A recent eye examination by her optician found no problems with her vision.",
                            "need ruled out",
                        ),
                    ],
                ),
                ("h", 2, "Test results"),
                (
                    "grid",
                    [
                        ["Test", "Standard score", "Description"],
                        ["Single word reading (SWRT)", "84", "Below average"],
                        ["Spelling (WRAT5)", "79", "Below average"],
                        ["Phonological awareness (CTOPP-2 composite)", "80", "Below average"],
                        ["Rapid naming (CTOPP-2 composite)", "92", "Average"],
                        ["Reading comprehension (YARC, read to her)", "108", "Average"],
                        ["Receptive vocabulary (BPVS3)", "117", "Above average"],
                        ["Handwriting speed (DASH)", "scaled score 5", "Below average"],
                    ],
                    [0.55, 0.2, 0.25],
                    True,
                ),
                ("h", 2, "What the results mean"),
                (
                    "p",
                    [
                        X(
                            "Zara's listening comprehension and vocabulary are well above average, and she is an imaginative storyteller.",
                            "strength",
                        ),
                        N(
                            "Zara's phonological awareness is weak: she finds it hard to break words into their sounds and blend them back together, which makes reading unfamiliar words slow and effortful.",
                            "cognition_learning",
                            B2_PHON,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her spelling is well below the level expected for her age, and she avoids writing words she is unsure of, so her written work is much shorter and simpler than her spoken ideas.",
                            "cognition_learning",
                            B2_SPELL,
                        ),
                        N(
                            "Her handwriting speed is slow for her age, at about nine words a minute, so she runs out of time in written tasks and rarely finishes copying homework from the board.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Zara takes a long time to learn and recall multiplication facts, and she is still unsure of her 3, 4 and 8 times tables.",
                            "cognition_learning",
                            B2_TABLES,
                        ),
                        N(
                            "She is embarrassed to read aloud in front of her classmates and has begun to ask to go to the toilet when her group is reading.",
                            "semh",
                            B2_READALOUD,
                        ),
                    ],
                ),
                (
                    "p",
                    "In my opinion Zara's profile is consistent with dyslexia. Her missed schooling has made her difficulties worse, but it does not explain them: her phonological weakness was already present in Year 1, before most of her diabetes-related absence.",
                ),
                (
                    "p",
                    X(
                        "I have considered whether Zara would be better served by a reading intervention delivered in a small group in class, as the school suggests, but her phonological difficulties are such that she needs individual teaching at her own pace.",
                        "option considered and rejected",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Expected outcome"],
                        [
                            R(
                                "A structured, cumulative phonics-based literacy programme (for example Toe by Toe or Units of Sound) delivered one to one for 20 minutes every school day by a teaching assistant trained in the programme.",
                                "cognition_learning",
                                "less",
                                F2_LIT,
                            ),
                            X(
                                "Daily practice is needed for new sound patterns to become secure; less frequent sessions lose ground between them.",
                                "reason for a recommendation",
                            ),
                            "Word reading within the average range by the end of Year 6.",
                        ],
                        [
                            R(
                                "A weekly 45-minute lesson with a specialist teacher holding an SpLD qualification (AMBDA or equivalent), who also plans and monitors the daily programme.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "The programme needs adjusting by someone trained in dyslexia as Zara progresses.",
                            X(
                                "Zara's teaching assistant is guided week by week and Zara moves through the programme steadily.",
                                "outcome of a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Touch-typing taught for 15 minutes a day for one term (for example with a typing tutor program), and then a laptop for extended writing.",
                                "sensory_physical",
                                "not_specific",
                                F2_TYPE,
                            ),
                            "Her handwriting is slow and typing will let her record her ideas.",
                            "Longer written pieces by the end of Year 5.",
                        ],
                        [
                            R(
                                "Precision teaching of times tables for 10 minutes every day with a teaching assistant.",
                                "cognition_learning",
                                "specific",
                                F2_PRECISION,
                            ),
                            "Short daily practice suits her memory for facts.",
                            "All times tables known by the end of Year 6.",
                        ],
                        [
                            R(
                                "Pre-teaching of key topic vocabulary, with the written word and its meaning, in a 15-minute session before each new science and topic unit.",
                                "cognition_learning",
                                "not_specific",
                                F2_PRETEACH,
                            ),
                            "She learns new words well when she hears them, but cannot read them in the texts.",
                            "She reads and uses the key words of each topic.",
                        ],
                        [
                            R(
                                "Zara should not be asked to read aloud to the class unless she has first practised the passage.",
                                "semh",
                                "specific",
                                F2_READALOUD,
                            ),
                            X(
                                "Being caught out in front of her classmates is making her avoid reading altogether.",
                                "reason for a recommendation",
                            ),
                            "She joins group reading without leaving the room.",
                        ],
                    ],
                    [0.44, 0.31, 0.25],
                    True,
                ),
                ("p", "Harriet Coyle, 25 September 2026."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalat-03: Tamberley MBC; Finn Ashworth-Reyes, 7, Year 2 (epilepsy)
# layout "need-reference-column-provision-table": "Section B — ..." headings; the needs are
# numbered B1 to B7, and Section F is one table whose second column names the needs each
# provision meets (Provision | Need | Delivered by | How often and how long).
# ---------------------------------------------------------------------------

B3_ABS = "Finn has many short absence seizures each day, and during them he misses what is being said to him."
B3_POST = (
    "After a bigger seizure he is very tired and muddled for the rest of the morning or afternoon."
)
B3_MEM = "Finn needs more repetition than other children to remember new learning."
B3_READ = "His reading is behind that of his classmates, and he is still learning some of the phonics sounds taught in Year 1."
B3_TIRED = "Finn tires easily, especially in the afternoons."
B3_MOOD = "He can become upset and angry more quickly than before, which his family think may be linked to a change of medicine."
B3_SOCIAL = "Finn often plays on his own at playtime and finds it hard to join in with other children's games."

F3_RECAP = "The adult will repeat the instruction, or the last part of the explanation, after Finn has had an absence seizure."
F3_ADULT = "Adult support in class to watch for seizures."
F3_PHON = "Phonics keep-up teaching in a group of no more than three children."
F3_WORDS = "Precision teaching of high-frequency words."
F3_VISUAL = "Instructions given one step at a time with pictures or objects, and topic vocabulary taught before each new topic."
F3_MORNING = "Literacy and maths teaching will take place in the mornings where possible."
F3_REST = "A quiet rest area (the beanbag corner in the library) where Finn rests for 10 minutes after lunch each day, and after any seizure until the adult with him judges he has recovered."
F3_CALM = "A calm-down plan agreed with Finn and his parents, naming the adult he goes to when he feels cross and what they will do."

G3_RESCUE = "If a seizure lasts five minutes or more, trained staff will give buccal midazolam as prescribed and as set out in Finn's epilepsy care plan."
G3_TRAIN = "The school nursing team will train all staff who work with Finn in epilepsy awareness, and at least three staff in giving buccal midazolam, every year."
G3_SWIM = "During swimming lessons a trained adult will supervise Finn one to one."
G3_MEDS = "Finn's anti-seizure medicines are prescribed and reviewed by the paediatric neurology clinic at Tamberley Children's Hospital."
G3_SALT = "Finn has been referred to the Tamberley children's speech and language therapy service for an assessment of his word-finding."

CP3 = "epilepsy_care_plan.pdf"
NL3 = "neurology_letter.docx"
EP3 = "ep_report.pdf"


def _sec(sid: str, name: str) -> tuple:
    return ("H", sid, f"Section {sid} \u2014 {name}", "h1")


CASE_03 = dict(
    name="case-evalat-03",
    layout="need-reference-column-provision-table",
    summary=(
        "Tamberley Metropolitan Borough Council; Finn Ashworth-Reyes, 7, Year 2 at Brookside Infant School, "
        "a mainstream infant school (epilepsy with absence and focal seizures, memory, reading, fatigue, "
        "mood change on medication). 'Section B \u2014 ...' Word headings; needs numbered B1 to B7; "
        "Section F is one table with a column naming the needs each provision meets. School nurse's "
        "epilepsy care plan (PDF), paediatric neurologist's letter (.docx), educational psychologist's "
        "report (PDF) in the third person with reasons mixed into its bullets."
    ),
    note="Specificity of each Section F row is judged on the whole row: 'Adult support in class' is delivered by 'school staff' 'as required', and the morning timetable 'where possible'. The neurologist's recommended speech and language assessment and therapy stands in Section G as a referral: provision in the wrong section. Rescue medication, training, swimming supervision and medication review are health provision.",
    plan=dict(
        file="plan.docx",
        header="Tamberley MBC - EHC Plan - Finn Ashworth-Reyes",
        footer="Final EHC plan issued 19 November 2026",
        author="Tamberley SEN Assessment Team",
        title="Education, Health and Care Plan",
        accent="0B5345",
        blocks=[
            ("org", "Tamberley Metropolitan Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Finn Ashworth-Reyes"),
                    ("Date of birth", "30 August 2019"),
                    ("Setting", "Brookside Infant School, Year 2"),
                    ("Parents", "Rosa Reyes and Lewis Ashworth"),
                    ("Case officer", "Mr P Gunawardena, 01632 960650"),
                ],
            ),
            _sec("A", "Finn's views, interests and aspirations"),
            (
                "S",
                "A",
                "Finn likes dinosaurs, building marble runs and playing in the sandpit, and he says his favourite person at school is 'Miss Hollis because she is kind'.",
            ),
            (
                "p",
                "He says that he does not like it when 'my brain goes fuzzy'. His parents hope that Finn will learn to read, make a good friend and go to the junior school with his class.",
            ),
            _sec("B", "Special educational needs"),
            (
                "S",
                "B",
                "Finn has epilepsy, with absence seizures and focal seizures, diagnosed in January 2025.",
            ),
            ("np", "B1", B3_ABS),
            ("np", "B2", B3_POST),
            ("np", "B3", B3_MEM),
            ("np", "B4", B3_READ),
            ("np", "B5", B3_TIRED),
            ("np", "B6", B3_MOOD),
            ("np", "B7", B3_SOCIAL),
            _sec("C", "Health needs related to Finn's SEN"),
            (
                "S",
                "C",
                "Finn's epilepsy is managed by the paediatric neurology clinic, and he takes medicine twice a day to control his seizures.",
            ),
            (
                "p",
                "He has rescue medication in school in case of a prolonged seizure, and an epilepsy care plan written by the school nursing team.",
            ),
            _sec("D", "Social care needs"),
            ("S", "D", "No social care needs have been identified."),
            _sec("E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Finn will know all the Phase 3 and Phase 4 phonics sounds and read decodable books at his level with 90 per cent accuracy.",
            ),
            (
                "p",
                "By July 2027 Finn will join in a game with two other children at playtime at least three times a week.",
            ),
            (
                "p",
                "By the end of Year 3 Finn will use his calm-down plan, with an adult's reminder, when he feels cross.",
            ),
            _sec("F", "Special educational provision"),
            (
                "S",
                "F",
                "Brookside Infant School will make the provision in the table below. The second column shows which of the needs in Section B each provision is for.",
            ),
            (
                "grid",
                [
                    ["Provision", "Need", "Delivered by", "How often and how long"],
                    [
                        ("F", F3_RECAP, True),
                        "B1",
                        "Class teacher or teaching assistant",
                        "After every absence seen in class",
                    ],
                    [("F", F3_ADULT, False), "B1, B2", "School staff", "As required"],
                    [
                        ("F", F3_PHON, True),
                        "B3, B4",
                        "Teaching assistant trained in the school's phonics programme",
                        "Three times a week, 15 minutes",
                    ],
                    [
                        ("F", F3_WORDS, True),
                        "B3, B4",
                        "Teaching assistant",
                        "Twice a week, 10 minutes",
                    ],
                    [
                        ("F", F3_VISUAL, True),
                        "B3",
                        "Class teacher and teaching assistant",
                        "Every lesson; vocabulary at the start of each topic",
                    ],
                    [("F", F3_MORNING, False), "B5", "Class teacher", "Where the timetable allows"],
                    [
                        ("F", F3_REST, True),
                        "B2, B5",
                        "Teaching assistant",
                        "Daily after lunch, and after any seizure",
                    ],
                    [
                        ("F", F3_CALM, True),
                        "B6",
                        "Class teacher, reviewed by the SENCo",
                        "Plan in place by January 2027 and reviewed each half term",
                    ],
                ],
                [0.42, 0.1, 0.24, 0.24],
                True,
            ),
            _sec("G", "Health provision"),
            ("S", "G", G3_RESCUE),
            ("p", [G3_TRAIN, G3_SWIM]),
            ("p", [G3_MEDS, G3_SALT]),
            _sec(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None required at present."),
            _sec("H2", "Other social care provision"),
            (
                "S",
                "H2",
                "None; the family have been given details of the local epilepsy support group.",
            ),
            _sec("I", "Placement"),
            (
                "S",
                "I",
                "Brookside Infant School, Mill Road, Tamberley KB2 7GE, a mainstream infant school.",
            ),
            _sec("J", "Personal budget"),
            ("S", "J", "No personal budget has been requested."),
            _sec("K", "Advice and information"),
            (
                "S",
                "K",
                "Epilepsy care plan (school nursing team, September 2026); letter from Dr Ilse Varga, consultant paediatric neurologist (September 2026); educational psychology advice (Ms Chloe Ferreira, October 2026); school and parental advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=CP3,
            header="Tamberley Community Healthcare NHS Trust - School Nursing",
            footer="Epilepsy care plan - Finn Ashworth-Reyes - page {n} of {m}",
            author="School Nursing Team",
            sans=True,
            accent="0B5345",
            blocks=[
                ("org", "Tamberley Community Healthcare NHS Trust - School Nursing Team"),
                ("title", "Individual Healthcare Plan: Epilepsy"),
                (
                    "kv",
                    [
                        ("Name", "Finn Ashworth-Reyes, Year 2, Brookside Infant School"),
                        ("Date of birth / NHS number", "30/08/2019 / 999 207 6613"),
                        (
                            "Written by",
                            "Aisha Rahman RN SCPHN, school nurse, with Finn's parents and the epilepsy nurse specialist",
                        ),
                        (
                            "Date",
                            "12 September 2026; review September 2027 or after any change in medication",
                        ),
                    ],
                    [0.3, 0.7],
                ),
                ("h", 2, "About Finn's epilepsy"),
                (
                    "p",
                    [
                        X(
                            "Finn was diagnosed with epilepsy in January 2025, after a seizure at home.",
                            "history",
                        ),
                        X(
                            "His focal seizures, in which his right arm jerks and he cannot speak, now happen about once a month, down from weekly in the spring.",
                            "progress / health background",
                        ),
                        X(
                            "There are no known triggers other than tiredness and illness, and flashing lights are not a trigger for Finn.",
                            "need ruled out",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Finn's absence seizures last 5 to 15 seconds and can happen many times a day; during them he stops, stares and does not hear what is said to him.",
                            "cognition_learning",
                            B3_ABS,
                        ),
                        N(
                            "After a focal seizure he is usually drowsy and confused for one to two hours and may need to sleep.",
                            "health",
                            B3_POST,
                        ),
                    ],
                ),
                ("h", 2, "What staff should do"),
                (
                    "bul",
                    [
                        "During a focal seizure: stay with Finn, time the seizure, move furniture away and do not put anything in his mouth.",
                        R(
                            "If a seizure lasts five minutes or more, a trained member of staff is to give buccal midazolam 5 mg as prescribed and call 999.",
                            "health",
                            "not_educational",
                            G3_RESCUE,
                            section="G",
                        ),
                        R(
                            "After an absence in class, the adult should repeat the instruction or the last thing that was said, because Finn will not know that he has missed it.",
                            "cognition_learning",
                            "specific",
                            F3_RECAP,
                        ),
                        "Staff will record each seizure they see on the seizure chart and send a copy home each Friday.",
                    ],
                ),
                ("h", 2, "Training and activities"),
                (
                    "bul",
                    [
                        R(
                            "All staff who work with Finn must have epilepsy awareness training, and at least three staff must be trained to give buccal midazolam, with the training updated every year by the school nursing team.",
                            "health",
                            "not_educational",
                            G3_TRAIN,
                            section="G",
                        ),
                        R(
                            "An adult trained in his care plan must be in the water or at the poolside watching only Finn during swimming lessons.",
                            "health",
                            "not_educational",
                            G3_SWIM,
                            section="G",
                        ),
                        X(
                            "Finn can take part in PE, climbing on low apparatus and all school trips with the usual supervision.",
                            "no need (activities allowed)",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Finn's class teacher and his teaching assistant completed epilepsy awareness and buccal midazolam training with the school nursing team on 4 September 2026.",
                            "support already in place",
                        ),
                        X(
                            "Finn has not needed rescue medication in school since the plan was first written.",
                            "history / no current need",
                        ),
                    ],
                ),
                (
                    "p",
                    "Emergency contacts: mother 07700 900233, father 07700 900871. Epilepsy nurse specialist 01632 960702.",
                ),
            ],
        ),
        dict(
            file=NL3,
            footer="Paediatric Neurology, Tamberley Children's Hospital - Finn Ashworth-Reyes",
            author="Dr I Varga",
            blocks=[
                ("org", "Tamberley Children's Hospital NHS Foundation Trust"),
                (
                    "small",
                    "Department of Paediatric Neurology, Kingsway, Tamberley KB2 1HN. Secretary 01632 960718.",
                ),
                (
                    "small",
                    "Seen 22 September 2026 in the paediatric epilepsy clinic. Typed 29 September 2026.",
                ),
                (
                    "p",
                    "Mr L Ashworth and Ms R Reyes, 41 Canal Side, Tamberley KB2 8JW. cc Dr Quayle (GP); Brookside Infant School (SENCo); Tamberley SEN Assessment Team.",
                ),
                ("b", "Finn Ashworth-Reyes, born 30/08/2019. Hospital number TC402219."),
                (
                    "p",
                    "Diagnosis: genetic generalised epilepsy with absence seizures; focal seizures with impaired awareness. Current medication: levetiracetam 250 mg twice daily.",
                ),
                ("p", "Dear Lewis and Rosa,"),
                (
                    "p",
                    [
                        "It was good to see you and Finn in clinic again.",
                        X(
                            "Finn's development was entirely normal until his seizures started, and his hearing and vision have been checked and are normal.",
                            "history / need ruled out",
                        ),
                        X(
                            "The EEG in August showed frequent generalised spike-and-wave discharges, and the MRI brain scan was normal.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "You and his teacher both describe difficulty holding on to new learning, and on brief testing in clinic his memory for a short story was well below what I would expect for his age.",
                            "cognition_learning",
                            B3_MEM,
                        ),
                        N(
                            "He also has word-finding difficulties: he often knows what he wants to say but cannot find the word, and will say 'that thing' or give up altogether.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Since starting levetiracetam in the spring you have noticed that Finn is more irritable and quicker to lose his temper, which is a known side effect of this medicine.",
                            "semh",
                            B3_MOOD,
                        ),
                        "I do not think it is severe enough to stop the medicine, which has helped his focal seizures a great deal, but we will keep a close eye on it.",
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "His sleep is good, at about ten and a half hours a night, and his appetite and growth are normal.",
                            "no need (sleep, growth)",
                        ),
                        X(
                            "We discussed the ketogenic diet, but as Finn's seizures are responding to medication it is not needed at present.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("b", "Plan"),
                (
                    "p",
                    R(
                        "We will add a small dose of ethosuximide for the absences and keep the levetiracetam at its current dose, and I will review Finn in the epilepsy clinic in three months.",
                        "health",
                        "not_educational",
                        G3_MEDS,
                        section="G",
                    ),
                ),
                (
                    "p",
                    R(
                        "I would advise that Finn has an adult in class who knows his seizures well, so that absences are noticed and recorded and he is not wrongly thought to be ignoring instructions.",
                        "cognition_learning",
                        "not_specific",
                        F3_ADULT,
                    ),
                ),
                (
                    "p",
                    R(
                        "I have referred Finn to the speech and language therapy service, and I recommend an assessment of his word-finding followed by therapy and a programme for school if the assessment confirms a difficulty.",
                        "communication_interaction",
                        "wrong_section",
                        G3_SALT,
                        section="G",
                    ),
                ),
                (
                    "p",
                    R(
                        "Please continue with the seizure diary at home and keep Finn to a regular bedtime, as tiredness makes his seizures more likely.",
                        "health",
                        "not_educational",
                    ),
                ),
                ("p", "Yours sincerely,"),
                ("p", "Dr Ilse Varga FRCPCH, Consultant Paediatric Neurologist"),
            ],
        ),
        dict(
            file=EP3,
            header="Tamberley Educational Psychology Service",
            footer="Psychological advice - F Ashworth-Reyes - {n}",
            author="C Ferreira",
            blocks=[
                ("org", "Tamberley Educational Psychology Service"),
                (
                    "title",
                    "Psychological Advice for an Education, Health and Care Needs Assessment",
                ),
                (
                    "small",
                    "Child: Finn Ashworth-Reyes (7 years 1 month), Year 2, Brookside Infant School. Educational psychologist: Chloe Ferreira. Seen 1 and 8 October 2026.",
                ),
                ("h", 2, "Sources of information"),
                (
                    "p",
                    "Ms Ferreira observed Finn in a phonics lesson, a maths lesson and at lunchtime, worked with him individually on two mornings, and spoke with his parents, his class teacher Miss Hollis and the SENCo, Mrs Taye.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Finn had a short period of separation anxiety on starting Reception, which settled within a term.",
                            "resolved difficulty",
                        ),
                        X(
                            "He is currently in a phonics keep-up group three times a week and has a visual timetable in class.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Strengths"),
                (
                    "p",
                    X(
                        "Finn's non-verbal reasoning is in the average range, and he is a keen builder and problem solver who can explain how his marble runs work.",
                        "strength",
                    ),
                ),
                ("h", 2, "Needs"),
                (
                    "p",
                    [
                        N(
                            "Finn is reading at Phase 3 of the school's phonics programme and knows 24 of the 44 sounds, about a year behind the expected level.",
                            "cognition_learning",
                            B3_READ,
                        ),
                        N(
                            "His teacher reports that his work rate drops sharply after lunch, and that by two o'clock he is often too tired to start a new task.",
                            "health",
                            B3_TIRED,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Finn has become anxious about having a seizure in front of other children, and he has started refusing to go into assembly and to get changed for swimming.",
                            "semh",
                            None,
                        ),
                        N(
                            "At playtime he usually plays alone at the edge of the playground; he told Ms Ferreira that the other children 'go too fast' and that he does not know the rules of their games.",
                            "communication_interaction",
                            B3_SOCIAL,
                        ),
                    ],
                ),
                ("h", 2, "Recommended provision"),
                (
                    "bul",
                    [
                        R(
                            "Finn will have daily phonics keep-up teaching in a group of no more than three children, for 15 minutes, with a teaching assistant trained in the school's programme, because he needs far more practice than his classmates to retain each new sound.",
                            "cognition_learning",
                            "less",
                            F3_PHON,
                        ),
                        R(
                            "Finn will have precision teaching of high-frequency words for 10 minutes every day with a familiar adult, since short daily practice is what helps his memory most.",
                            "cognition_learning",
                            "less",
                            F3_WORDS,
                        ),
                        R(
                            "Instructions should be short and given one at a time, backed up with pictures or objects, and the key vocabulary for each topic should be taught before the lesson.",
                            "cognition_learning",
                            "specific",
                            F3_VISUAL,
                        ),
                        R(
                            "Finn will have a small friendship group (for example a Lego-based group) with two or three classmates, led by a trained teaching assistant for 30 minutes each week, so that he can learn and practise the rules of shared games.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        R(
                            "He will have weekly 30-minute sessions with the ELSA for at least a term, to talk about his epilepsy and his worries about having a seizure in front of others.",
                            "semh",
                            "missing_from_f",
                        ),
                        R(
                            "The most demanding literacy and maths teaching should be timetabled in the morning, when Finn is most alert; the afternoons should include a short rest in a quiet area.",
                            "health",
                            "not_specific",
                            F3_MORNING,
                        ),
                    ],
                ),
                (
                    "p",
                    X(
                        "Ms Ferreira considered whether Finn would be better placed in the local authority's enhanced resource base for pupils with learning difficulties, but his reasoning skills are average and his needs can be met in his own class with the provision above.",
                        "option considered and rejected",
                    ),
                ),
                ("h", 2, "At home"),
                (
                    "p",
                    R(
                        "At home, his parents could read the same short book with him on several nights running, as repetition helps him to remember new words.",
                        "cognition_learning",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Chloe Ferreira, Educational Psychologist (HCPC registered), 15 October 2026.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalat-04: Ambervale City Council; Jayden Morrow, 8, Year 3 (attachment difficulties
# after adoption, sensory processing, handwriting)
# layout "plan-on-a-page-then-lettered-sections": a one-page summary in the family's words
# (likes, what is hard, what helps), then "Section A: ..." headings. The summary names no
# section and repeats no sentence of the plan.
# ---------------------------------------------------------------------------

B4_ALERT = "Jayden is always watchful of the adults around him and struggles to settle to work unless he knows where his trusted adult is."
B4_CHANGE = "Changes of staff are very difficult for him."
B4_CONTROL = "He likes to be in charge of games and of what happens in class, and this can lead to conflict with other children and with adults."
B4_SHAME = "When he is told off he can be overwhelmed by shame and may say he did not do something even when he did."
B4_COREG = "Jayden needs an adult to help him calm down, as he cannot yet do this by himself."
B4_ATT = "His attention in lessons is short."
B4_SENS = "He looks for a lot of movement and physical contact, and he cannot sit still on the carpet for long."
B4_WRITE = "Jayden's handwriting is immature for his age."

F4_KEY = "A named key adult (a teaching assistant) and a named second adult, who between them will be with Jayden across the school day; when either is going to be absent, Jayden will be told the day before and shown a photograph of the adult who will be with him."
F4_CHECK = "Regular check-ins with a trusted adult."
F4_TIMEIN = "Jayden will not be sent out of class or left on his own as a sanction; when he is dysregulated his key adult will stay with him, in class or in the calm room, until he is ready to go back to his work."
F4_VISUAL = "A visual timetable on Jayden's desk, and a warning from his key adult five minutes before each change of activity."
F4_CIRCUIT = "A sensory circuit every morning for 10 minutes, led by a teaching assistant trained by the occupational therapist."
F4_MOVE = "Opportunities for movement throughout the day."
F4_EQUIP = "A move-and-sit cushion and a footrest at Jayden's table, and a marked place at the end of a row on the carpet."
F4_FINE = "A fine motor and handwriting programme for 15 minutes three times a week, delivered by a teaching assistant, with the programme reviewed and updated by the occupational therapist each term."

G4_CAMHS = "Jayden and his parents will continue to attend monthly sessions with the CAMHS Adoption and Permanence Team, with a review in March 2027."
H24_ASF = "Jayden and his parents will receive a course of 20 Theraplay sessions, funded by the Adoption Support Fund and delivered by Ambervale Adoption Support."
H24_TRAIN = "Ambervale Adoption Support will offer a twilight session on attachment and trauma awareness to staff at Jayden's school."

AS4 = "adoption_support_report.docx"
CA4 = "camhs_letter.pdf"
OT4 = "independent_ot_report.docx"

BODY4 = "The full plan follows, set out in the sections the law requires."


def _s4(sid: str, name: str) -> tuple:
    return ("H", sid, f"Section {sid}: {name}", "h2")


CASE_04 = dict(
    name="case-evalat-04",
    layout="plan-on-a-page-then-lettered-sections",
    summary=(
        "Ambervale City Council; Jayden Morrow, 8, Year 3 at St Aidan's CE Primary School, a mainstream "
        "primary; adopted at two years eight months (attachment difficulties and developmental trauma, "
        "sensory seeking, handwriting). The plan (PDF) opens with a 'plan on a page' summary in the family's "
        "words, then 'Section A: ...' headings. Adoption support social worker's report (.docx, first person "
        "plural), CAMHS clinical psychologist's letter (PDF) and an independent occupational therapist's "
        "report (.docx) with a recommendations table (Reason and Outcome columns)."
    ),
    note="The summary page paraphrases the needs and provision without naming any section; sections begin after it. Attachment and trauma training for school staff, recommended by the adoption support social worker, stands in Section H2 as an offer from the adoption agency: provision in the wrong section. Theraplay funded by the Adoption Support Fund rightly stands in H2, and CAMHS sessions in G.",
    plan=dict(
        file="plan.pdf",
        header="Ambervale City Council | EHCP | Jayden Morrow",
        footer="Issued 24 November 2026 - page {n} of {m}",
        author="Ambervale SENDIAT",
        title="Education, Health and Care Plan - Jayden Morrow",
        accent="7B241C",
        blocks=[
            ("org", "Ambervale City Council - Special Educational Needs and Disabilities"),
            ("title", "Jayden's Education, Health and Care Plan"),
            ("h", 2, "My plan on a page"),
            (
                "kv",
                [
                    (
                        "What people like and admire about me",
                        "I am funny, I am brilliant at tag and I always notice when someone is sad.",
                    ),
                    (
                        "What is important to me",
                        "My mum and dad, my dog Pepper, Miss Castellano, and knowing what is happening next.",
                    ),
                    (
                        "What I find hard",
                        "When grown-ups I know are not there. Sitting still. Being told off. The end of term. Writing.",
                    ),
                    (
                        "How to help me",
                        "Stay near me when I am cross. Tell me about changes before they happen. Let me move.",
                    ),
                    (
                        "What we are working towards",
                        "Staying in class for the whole morning, making a friend, and writing a few sentences on my own.",
                    ),
                ],
                [0.34, 0.66],
            ),
            ("p", BODY4),
            ("BODY", BODY4),
            ("pb",),
            _s4("A", "Views, interests and aspirations of Jayden and his parents"),
            (
                "S",
                "A",
                "Jayden enjoys tag, building dens, walking Pepper the dog with his dad and watching nature programmes about big cats.",
            ),
            (
                "p",
                "His parents, Sam and Priya Morrow, want school to see Jayden's behaviour as a sign that he does not feel safe, and hope that he can stay at St Aidan's with the friends he is beginning to make.",
            ),
            _s4("B", "Special educational needs"),
            (
                "S",
                "B",
                "Jayden was adopted at the age of two years and eight months after early neglect, and he has attachment difficulties arising from his early experiences.",
            ),
            ("b", "Social, emotional and mental health"),
            ("p", [B4_ALERT, B4_CHANGE]),
            ("p", [B4_CONTROL, B4_SHAME, B4_COREG]),
            ("b", "Cognition and learning"),
            ("p", B4_ATT),
            (
                "p",
                "Jayden's reading is in line with age-related expectations, and he has a good memory for facts about animals.",
            ),
            ("b", "Sensory and physical"),
            ("p", [B4_SENS, B4_WRITE]),
            _s4("C", "Health needs related to Jayden's special educational needs"),
            (
                "S",
                "C",
                "Jayden is seen by the CAMHS Adoption and Permanence Team for support with his emotional wellbeing and his relationships at home.",
            ),
            _s4("D", "Social care needs"),
            (
                "S",
                "D",
                "Jayden is an adopted child, and his family receive post-adoption support from Ambervale Adoption Support, the regional adoption agency.",
            ),
            _s4("E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Jayden will stay in class for the whole morning on four days out of five, with his key adult nearby.",
            ),
            (
                "p",
                "By July 2027 Jayden will use a calming strategy with an adult's help when he becomes upset, and return to his work within 15 minutes.",
            ),
            (
                "p",
                "By the end of Year 4 Jayden will write three sentences on his own with letters correctly formed.",
            ),
            _s4("F", "Special educational provision"),
            (
                "S",
                "F",
                "St Aidan's CE Primary School will make the provision below, coordinated by the SENCo and the designated teacher for previously looked-after children.",
            ),
            (
                "bul",
                [
                    ("F", F4_KEY, True),
                    ("F", F4_CHECK, False),
                    ("F", F4_TIMEIN, True),
                    ("F", F4_VISUAL, True),
                    ("F", F4_CIRCUIT, True),
                    ("F", F4_MOVE, False),
                    ("F", F4_EQUIP, True),
                    ("F", F4_FINE, True),
                ],
            ),
            _s4("G", "Health provision"),
            ("S", "G", G4_CAMHS),
            _s4(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "Not required."),
            _s4("H2", "Other social care provision"),
            ("S", "H2", H24_ASF),
            ("p", H24_TRAIN),
            _s4("I", "Placement"),
            (
                "S",
                "I",
                "St Aidan's Church of England Primary School, Ferry Lane, Ambervale AC9 5RT (a mainstream voluntary aided primary school).",
            ),
            _s4("J", "Personal budget"),
            ("S", "J", "The family have not requested a personal budget."),
            _s4("K", "Advice and information"),
            (
                "S",
                "K",
                "Report of Ambervale Adoption Support (September 2026); letter from Dr Nadia Fairweather, clinical psychologist, CAMHS (October 2026); independent occupational therapy report (Ms Tamsin Orde, September 2026); school advice; parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=AS4,
            style="headed",
            footer="Ambervale Adoption Support - Regional Adoption Agency - OFFICIAL SENSITIVE",
            author="Ambervale Adoption Support",
            blocks=[
                ("org", "Ambervale Adoption Support (Regional Adoption Agency)"),
                (
                    "title",
                    "Adoption Support Social Work Report: advice for an EHC needs assessment",
                ),
                (
                    "kv",
                    [
                        (
                            "Child",
                            "Jayden Morrow, born 9 January 2018, Year 3, St Aidan's CE Primary School",
                        ),
                        ("Parents", "Sam and Priya Morrow"),
                        (
                            "Report by",
                            "Leon Adjei, adoption support social worker, with Bronwen Tait, team manager",
                        ),
                        ("Date", "18 September 2026"),
                    ],
                ),
                ("b", "Our involvement"),
                (
                    "p",
                    "We have supported the Morrow family since Jayden's adoption. Following a request from Sam and Priya this year, we completed an assessment of adoption support needs in June 2026, and we have visited the family at home four times and observed Jayden in school once.",
                ),
                ("b", "Jayden's history"),
                (
                    "p",
                    [
                        X(
                            "Before he came into care Jayden experienced neglect and domestic abuse, and he lived in two foster homes before he was placed with Sam and Priya in June 2020.",
                            "history",
                        ),
                        X(
                            "His adoption order was made in April 2021.",
                            "history",
                        ),
                        X(
                            "Jayden has indirect letterbox contact with his birth mother once a year, which he knows about and which goes smoothly.",
                            "social background, no current need",
                        ),
                    ],
                ),
                ("b", "How Jayden is now"),
                (
                    "p",
                    X(
                        "Jayden's relationship with his parents has grown much stronger, and he now goes to them for comfort when he is hurt, which he could not do two years ago.",
                        "progress",
                    ),
                ),
                (
                    "p",
                    [
                        "When we observed Jayden in class, we saw a boy who was working very hard, but not at his maths.",
                        N(
                            "Jayden is constantly on the alert to what the adults are doing and where they are, and he finds it very hard to settle to learning when he cannot see his key adult.",
                            "semh",
                            B4_ALERT,
                        ),
                        N(
                            "Changes of adult, such as supply teachers, cover for planning time or a new teaching assistant, are experienced by Jayden as a threat and often lead to his most difficult days.",
                            "semh",
                            B4_CHANGE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He has a strong need to be in control, and he will try to direct other children's play and adults' decisions; when this is resisted he can become aggressive.",
                            "semh",
                            B4_CONTROL,
                        ),
                        N(
                            "He also finds it very hard to accept praise, and will often scribble over or tear up a piece of work soon after an adult has praised it.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Jayden had a difficult start in Reception at a different school, where he was sent home early on several occasions, and his parents moved him to St Aidan's at the start of Year 1.",
                            "history",
                        ),
                        X(
                            "St Aidan's already uses Jayden's pupil premium plus funding for a weekly nurture breakfast, which he enjoys and which his parents say has helped his mornings.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    "We understand these behaviours as Jayden's way of keeping himself safe in a world that, in his early life, was not safe, and we think they will lessen as he learns that the adults in school are reliable.",
                ),
                ("b", "What we recommend"),
                (
                    "p",
                    R(
                        "We recommend that Jayden has a consistent key adult in school, with a named second adult, and that he is told in advance, with a photograph, whenever either of them will be away.",
                        "semh",
                        "specific",
                        F4_KEY,
                    ),
                ),
                (
                    "p",
                    R(
                        "We would ask that every adult who works with Jayden, including the lunchtime staff, has training in attachment and developmental trauma and in the PACE approach, so that his behaviour is understood as fear rather than defiance.",
                        "semh",
                        "wrong_section",
                        H24_TRAIN,
                        section="H2",
                    ),
                ),
                (
                    "p",
                    R(
                        "We have applied to the Adoption Support Fund for 20 sessions of Theraplay for Jayden and his parents, to take place at home and at our family centre.",
                        "social_care",
                        "not_educational",
                        H24_ASF,
                        section="H2",
                    ),
                ),
                (
                    "p",
                    R(
                        "We have suggested that Sam and Priya keep the after-school routine very predictable, with a snack and quiet time together before any questions about his day.",
                        "other",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Leon Adjei, Adoption Support Social Worker (Social Work England registered). Telephone 01632 960904.",
                ),
            ],
        ),
        dict(
            file=CA4,
            header="Ambervale CAMHS - Adoption and Permanence Team",
            footer="Confidential - {n} of {m}",
            author="Dr N Fairweather",
            blocks=[
                ("org", "Ambervale and Riverside NHS Foundation Trust"),
                (
                    "small",
                    "Child and Adolescent Mental Health Services, Adoption and Permanence Team, The Orchard Centre, Ambervale AC9 2HB. 01632 960760.",
                ),
                ("small", "14 October 2026"),
                (
                    "p",
                    "Mrs J Lindqvist-Ahmed, SENCo, St Aidan's CE Primary School, Ferry Lane, Ambervale. Copy to Mr and Mrs Morrow, Dr Farrell (GP) and Ambervale SEND Team.",
                ),
                ("b", "Jayden Morrow, date of birth 09/01/2018, NHS 999 604 3381"),
                ("p", "Dear Mrs Lindqvist-Ahmed,"),
                (
                    "p",
                    [
                        "Sam and Priya Morrow have asked me to write to you, and to the SEND Team, about Jayden's needs in school.",
                        X(
                            "Jayden was referred to us by his GP in March 2026 because of aggressive outbursts at home and at school, and I have seen him with his parents eight times since May.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "When he feels shame, for example after being told off, Jayden can deny what has happened even when it was seen, and he quickly becomes too overwhelmed to think.",
                            "semh",
                            B4_SHAME,
                        ),
                        N(
                            "His emotional development is well behind his age, and he needs an adult to help him calm down rather than being able to calm himself.",
                            "semh",
                            B4_COREG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "In class his attention is fleeting, and his teacher finds that he takes in little of whole-class teaching, probably because so much of his energy goes into watching for danger.",
                            "cognition_learning",
                            B4_ATT,
                        ),
                        X(
                            "We considered whether Jayden should be assessed for ADHD, but at present we think his difficulties are better explained by his early experiences, and we will look at this again if they continue once he feels safer in school.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    N(
                        "Jayden finds endings and goodbyes very hard, including the end of each school day and the end of term, and his behaviour gets markedly worse in the last weeks of every term.",
                        "semh",
                        None,
                    ),
                ),
                (
                    "p",
                    [
                        X(
                            "At home, the outbursts have become less frequent since our sessions began, and Sam and Priya describe calmer weekends.",
                            "progress",
                        ),
                        X(
                            "Jayden's sleep, which was very broken when he was first placed, is now settled.",
                            "resolved difficulty (sleep)",
                        ),
                    ],
                ),
                (
                    "p",
                    "In terms of what would help in school, my advice is as follows.",
                ),
                (
                    "p",
                    [
                        R(
                            "I would recommend that Jayden has a short check-in with his key adult at the start of each day and a check-out at the end, so that the day begins and ends with a predictable, warm connection.",
                            "semh",
                            "not_specific",
                            F4_CHECK,
                        ),
                        R(
                            "Endings should be planned, with a transition book of photographs of new staff and rooms before each new school year, and a countdown calendar made with his key adult over the last three weeks of each term.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Sanctions that isolate Jayden or take away a relationship, such as time out on his own or loss of golden time, tend to increase his shame and should be replaced by 'time in' with a familiar adult.",
                            "semh",
                            "specific",
                            F4_TIMEIN,
                        ),
                        X(
                            "The school told me that they have already stopped sending Jayden to the head teacher's office, and that the number of incidents has fallen since.",
                            "support already in place / progress",
                        ),
                    ],
                ),
                (
                    "p",
                    R(
                        "I will continue to see Jayden and his parents monthly for dyadic sessions and will review his progress with them in March 2027.",
                        "health",
                        "not_educational",
                        G4_CAMHS,
                        section="G",
                    ),
                ),
                ("p", "Yours sincerely,"),
                (
                    "p",
                    "Dr Nadia Fairweather, Clinical Psychologist, CAMHS Adoption and Permanence Team",
                ),
            ],
        ),
        dict(
            file=OT4,
            footer="Tamsin Orde Paediatric Occupational Therapy - independent report - Jayden Morrow",
            author="T Orde",
            blocks=[
                ("org", "Tamsin Orde Paediatric Occupational Therapy"),
                ("small", "HCPC OT61120. Riverside Studios, Ambervale AC9 7PL. 01632 960377."),
                ("title", "Independent Occupational Therapy Report"),
                (
                    "p",
                    "Jayden Morrow, 8 years 8 months. Assessed at St Aidan's CE Primary School on 10 September 2026 and at home on 12 September 2026, at the request of his parents.",
                ),
                ("h", 2, "Developmental history"),
                (
                    "p",
                    [
                        X(
                            "Jayden walked late, at 22 months, but his gross motor skills are now within the average range.",
                            "resolved difficulty",
                        ),
                        X(
                            "Toilet training was delayed until he was four but is now fully achieved.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Assessment results"),
                (
                    "grid",
                    [
                        ["Assessment", "Result"],
                        [
                            "Sensory Profile 2 (teacher and parent)",
                            "Seeking: much more than others. Sensitivity: just like the majority. Registration: more than others.",
                        ],
                        [
                            "Beery VMI (visual perception, motor coordination)",
                            "Visual perception 98 (average); motor coordination 79 (below average)",
                        ],
                        [
                            "Handwriting observation",
                            "Immature grip; reversals of b, d, s and 7; letters of uneven size",
                        ],
                    ],
                    [0.4, 0.6],
                ),
                (
                    "p",
                    [
                        X(
                            "His visual perception score was in the average range, so his handwriting difficulties are not due to how he sees letters and shapes.",
                            "test result: need ruled out",
                        ),
                        N(
                            "His pencil grip is immature and his letter formation is poor, with reversals and letters of uneven size.",
                            "sensory_physical",
                            B4_WRITE,
                        ),
                    ],
                ),
                ("h", 2, "Sensory processing"),
                (
                    "p",
                    [
                        N(
                            "Jayden seeks a great deal of movement and deep pressure, crashing into furniture and other children, and he struggles to sit on the carpet for more than a few minutes.",
                            "sensory_physical",
                            B4_SENS,
                        ),
                        N(
                            "He has poor awareness of his body's signals, so he does not notice that he is hungry, needs the toilet or is becoming upset until the feeling is overwhelming.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    "Children who have experienced early neglect often show this pattern, because the early experiences that help a child make sense of the body's signals were missing.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Outcome"],
                        [
                            R(
                                "A sensory circuit of 10 to 15 minutes at the start of the school day and again after lunch, led by a teaching assistant trained by the occupational therapist.",
                                "sensory_physical",
                                "less",
                                F4_CIRCUIT,
                            ),
                            X(
                                "The afternoon is when Jayden's seeking is most intense, and a second circuit prepares him for the afternoon's learning.",
                                "reason for a recommendation",
                            ),
                            "Jayden sits for the whole of the carpet input on most days.",
                        ],
                        [
                            R(
                                "Movement breaks with heavy work jobs (carrying books, stacking chairs, pushing the library trolley) every 20 to 30 minutes during seated lessons.",
                                "sensory_physical",
                                "not_specific",
                                F4_MOVE,
                            ),
                            "Heavy work gives the deep pressure he otherwise seeks by crashing.",
                            X(
                                "Fewer collisions with other children and fewer times out of his seat.",
                                "outcome of a recommendation",
                            ),
                        ],
                        [
                            R(
                                "An interoception programme, 15 minutes twice a week with a trained adult for two terms, using a structured curriculum to help Jayden notice and name his body's signals.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "He cannot yet tell when he is hungry, needs the toilet or is getting upset.",
                            "Jayden tells an adult when he needs the toilet or feels his temper rising.",
                        ],
                        [
                            R(
                                "A move-and-sit cushion on his chair, a footrest so that his feet are supported, and a marked place at the end of a row on the carpet.",
                                "sensory_physical",
                                "specific",
                                F4_EQUIP,
                            ),
                            "Small, constant movement helps him stay seated.",
                            "Longer periods of seated work.",
                        ],
                        [
                            R(
                                "A fine motor and handwriting programme, three 15-minute sessions a week, delivered by a teaching assistant, with the occupational therapist reviewing and updating it each term.",
                                "sensory_physical",
                                "specific",
                                F4_FINE,
                            ),
                            X(
                                "His grip and letter formation will not improve with practice alone without a graded programme.",
                                "reason for a recommendation",
                            ),
                            "Correct formation of all lower-case letters by July 2027.",
                        ],
                    ],
                    [0.44, 0.3, 0.26],
                    True,
                ),
                (
                    "p",
                    "Tamsin Orde BSc (Hons) OT, Advanced Practitioner in Sensory Integration, 26 September 2026.",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
