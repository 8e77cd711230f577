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
B1_MATHS = "His recall of number facts is behind that of his classmates."

F1_SEAT = "A seat near the teacher and away from the door and windows in every classroom Oscar is taught in."
F1_TICPASS = "A tic pass card, which Oscar can use in any lesson to go to the reading corner outside the Year 4 classroom for up to five minutes, without having to explain himself to the adult in the room."
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
        "(PDF, reported speech) and an independent educational psychologist's report (.docx) whose "
        "recommendations are a table with Reason and Outcome columns."
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
            ("p", [B1_IMP, B1_PLAY]),
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
                ("small", "12 Mill Yard, Harnwick HF6 4DD - 01632 960527 - office@achterberg-ep.example.org"),
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
