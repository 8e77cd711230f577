# ruff: noqa: E501, N802
"""Set AW as data: early years and the move into school (a premature baby now 3 with
global delay and feeding needs, a child diagnosed autistic at two moving into reception,
a reception child with speech and language delay, and a three-year-old with a chromosome
deletion, low tone, toileting and tube-feeding needs), in four plan layouts no earlier set
has.

Every name, council, school, setting, service, NHS trust and professional is invented.
Phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, e-mail addresses are at
example.org and NHS numbers begin 999. Markers are those of evaluation_kit.dataset.
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


NAMES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs related to special educational needs",
    "D": "Social care needs related to special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


# ---------------------------------------------------------------------------
# case-evalaw-01: Haverleigh Borough Council; Ezra Whitlock, 3, born at 27 weeks
# layout "section-letter-en-dash-uppercase-name": Word headings in capitals,
# "SECTION B – SPECIAL EDUCATIONAL NEEDS"; Section F lists provision under each outcome.
# ---------------------------------------------------------------------------

B1_DEV = "Ezra was born very early and is developing more slowly than other children in all areas; in most things he is at the stage of a child about half his age."
B1_PLAY = "Ezra plays with toys the way a much younger child does, mostly by putting them in his mouth or banging them, and he is just starting to put things in and out of boxes."
B1_UNDER = "Ezra knows some everyday words when he hears them at the right moment, but he needs an adult to point or show him before he can do what is asked."
B1_TALK = "He says or signs only a handful of words and usually takes an adult by the hand to show them what he wants."
B1_SEP = "Ezra finds it very hard when his mum leaves him or when one activity ends and another begins, and he can cry for a long time."
B1_FINE = "He holds things in his fist and finds it hard to pick up small things with his fingers."
B1_GROSS = "Ezra walks but is unsteady, trips on bumpy ground and needs a hand on steps."

F1_KEY = "A named key person will greet Ezra at the door each morning and stay with him for the first 20 minutes of every session."
F1_PLAYPROG = "A small-steps play programme delivered one-to-one by his key person for 15 minutes twice a week, with targets reviewed every six weeks by the Portage home visitor."
F1_VIS = "Use of visual supports as appropriate."
F1_ADVICE = "Advice from the Early Years SEND Inclusion Team as needed."
F1_MEAL = "An adult will sit with Ezra at every snack and meal, offer food mashed to the texture on his eating plan, and watch for gagging or coughing."
F1_OUT = "Every day, outdoor physical play on the climbing frame, steps and grass, with an adult beside him, for at least 15 minutes."
F1_PEERS = "Opportunities to play alongside other children where possible."

G1_OT = "The children's occupational therapy service will provide a fine motor activity programme for the setting to use each day and will review it every term."
G1_DIET = "The paediatric dietitian will review Ezra's growth and diet every three months."
G1_CLINIC = "Dr Okafor, community paediatrician, will review Ezra in clinic every six months."

PT1 = "portage_report.docx"
PD1 = "paediatrician_letter.pdf"


def _caps(sid: str) -> tuple:
    return ("H", sid, f"SECTION {sid} – {NAMES[sid].upper()}", "h2")


CASE_01 = dict(
    name="case-evalaw-01",
    layout="section-letter-en-dash-uppercase-name",
    summary=(
        "Haverleigh Borough Council; Ezra Whitlock, 3 years 4 months, born at 27 weeks, at a registered childminder "
        "two days a week and Little Acorns Pre-school three mornings a week (global developmental delay, "
        "communication delay, separation distress, feeding and toileting needs, motor delay). Each heading is a "
        "Word heading in capitals, 'SECTION B – SPECIAL EDUCATIONAL NEEDS'; Section F lists the provision under "
        "each outcome. A Portage home visitor's report (.docx, third person, reported speech, bullets with the "
        "reasons mixed in) and a community paediatrician's letter (.pdf)."
    ),
    note="The paediatrician's recommended daily fine motor programme, delivered by the key person, stands in Section G as an occupational therapy offer: provision in the wrong section. The dietitian's and the paediatrician's own reviews in G are health provision. Birth history, neonatal care, oxygen at home, eye and hearing results are background.",
    plan=dict(
        file="plan.docx",
        footer="Haverleigh Borough Council | EHC Plan | Ezra Whitlock | Final | 2 November 2026",
        author="Haverleigh SEND Team",
        title="Education, Health and Care Plan - Ezra Whitlock",
        blocks=[
            ("org", "HAVERLEIGH BOROUGH COUNCIL - SEND SERVICE"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child's name", "Ezra Whitlock"),
                    ("Date of birth", "3 July 2023"),
                    ("NHS number", "999 402 7716"),
                    (
                        "Early years settings",
                        "Mrs J Pennock, registered childminder; Little Acorns Pre-school",
                    ),
                    ("Parents", "Hollie Whitlock and Sam Ridley, 22 Foxglove Close, Haverleigh"),
                    ("SEND officer", "Ms T Barraclough, 01632 960418"),
                ],
            ),
            _caps("A"),
            (
                "S",
                "A",
                "Ezra loves bubbles, songs with actions and being swung in a blanket, and he giggles when his big sister plays peek-a-boo.",
            ),
            (
                "p",
                "His mum and dad would like Ezra to be able to tell them what he wants, to enjoy being with other children and to be ready to start school with his friends from pre-school.",
            ),
            _caps("B"),
            ("S", "B", B1_DEV),
            ("b", "Communication and interaction"),
            ("p", [B1_UNDER, B1_TALK]),
            ("b", "Cognition and learning"),
            ("p", B1_PLAY),
            ("b", "Social, emotional and mental health"),
            ("p", B1_SEP),
            ("b", "Sensory and/or physical"),
            ("p", [B1_FINE, B1_GROSS]),
            _caps("C"),
            (
                "S",
                "C",
                "Ezra was in neonatal intensive care for eleven weeks after he was born and is seen by the community paediatrician and the paediatric dietitian because he is small for his age.",
            ),
            _caps("D"),
            (
                "S",
                "D",
                "The family receive Disability Living Allowance for Ezra and have no assessed social care needs at present.",
            ),
            _caps("E"),
            (
                "S",
                "E",
                "Outcome 1: by summer 2027 Ezra will ask for a favourite toy or snack using a word or a sign.",
            ),
            (
                "p",
                "Outcome 2: by summer 2027 Ezra will settle at pre-school within ten minutes of his mum leaving.",
            ),
            (
                "p",
                "Outcome 3: by summer 2027 Ezra will play with a toy in at least two different ways, such as posting and stacking.",
            ),
            (
                "p",
                "Outcome 4: by summer 2027 Ezra will climb three steps holding a rail, and pick up a raisin between his finger and thumb.",
            ),
            _caps("F"),
            (
                "S",
                "F",
                "The provision below will be made by Little Acorns Pre-school and, on the days she cares for him, by Ezra's childminder, with the same approaches in both places.",
            ),
            ("b", "For outcome 1 (asking for things)"),
            ("bul", [("F", F1_VIS, False), ("F", F1_ADVICE, False)]),
            ("b", "For outcome 2 (settling)"),
            ("bul", [("F", F1_KEY, True), ("F", F1_PEERS, False)]),
            ("b", "For outcome 3 (play)"),
            ("bul", [("F", F1_PLAYPROG, True)]),
            ("b", "For outcome 4 (moving and using his hands)"),
            ("bul", [("F", F1_OUT, True), ("F", F1_MEAL, True)]),
            _caps("G"),
            ("S", "G", G1_DIET),
            ("p", G1_CLINIC),
            ("p", G1_OT),
            _caps("H1"),
            ("S", "H1", "None identified."),
            _caps("H2"),
            ("S", "H2", "None identified at this time."),
            _caps("I"),
            (
                "S",
                "I",
                "Little Acorns Pre-school, St Jude's Church Hall, Haverleigh (private, voluntary and independent early years setting), and Mrs J Pennock, registered childminder.",
            ),
            _caps("J"),
            ("S", "J", "The family have not asked for a personal budget."),
            _caps("K"),
            (
                "S",
                "K",
                "Portage report by Mrs Anita Rees, Haverleigh Portage Service (August 2026); letter from Dr Chidi Okafor, community paediatrician (September 2026); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PT1,
            style="headed",
            footer="Haverleigh Portage Service - advice for EHC needs assessment - Ezra Whitlock",
            author="A Rees",
            blocks=[
                ("org", "Haverleigh Portage Service"),
                (
                    "small",
                    "Children's Centre, Orchard Way, Haverleigh - 01632 960455 - portage@haverleigh.example.org",
                ),
                ("title", "Portage Home Visitor's Report"),
                (
                    "kv",
                    [
                        ("Child", "Ezra Whitlock, born 3 July 2023 (27 weeks' gestation)"),
                        ("Corrected age at assessment", "2 years 11 months"),
                        ("Home visitor", "Anita Rees, Portage home visitor (NPA accredited)"),
                        ("Date", "20 August 2026"),
                    ],
                ),
                ("h", 1, "How I know Ezra"),
                (
                    "p",
                    [
                        X(
                            "Ezra has been visited at home every fortnight by the Portage service since he was 14 months old.",
                            "history: support already in place",
                        ),
                        "I have also seen him twice at his childminder's and once at Little Acorns.",
                        X(
                            "His mum told me that the first year was dominated by hospital appointments and that Ezra came home on oxygen, which he no longer needs.",
                            "history: resolved",
                        ),
                    ],
                ),
                ("h", 1, "What Ezra can do"),
                (
                    "p",
                    [
                        X(
                            "Ezra is a sociable little boy who smiles readily at familiar adults and loves action songs.",
                            "strength",
                        ),
                        X(
                            "He now sits steadily on the floor to play, which he could not do at my first visit.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "What Ezra finds difficult"),
                (
                    "p",
                    [
                        N(
                            "Ezra's play skills are at around the level expected of an 18-month-old: he explores toys by mouthing and banging them and is only beginning to put objects into containers.",
                            "cognition_learning",
                            B1_PLAY,
                        ),
                        N(
                            "His attention is very fleeting, and he moves from one activity to another every few seconds unless an adult joins his play.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He understands a small number of familiar words in context, such as 'bath', 'shoes' and 'dinner', but cannot yet follow a simple instruction without a gesture.",
                            "communication_interaction",
                            B1_UNDER,
                        ),
                        N(
                            "Ezra uses about ten single words and signs, and relies on pulling an adult's hand to get what he wants.",
                            "communication_interaction",
                            B1_TALK,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Mrs Pennock, his childminder, said that Ezra cries for up to forty minutes after drop-off on some mornings.",
                        N(
                            "Ezra becomes very distressed at separations and at changes of activity, crying for long periods when his mother leaves and when one activity ends.",
                            "semh",
                            B1_SEP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He is not yet aware of being wet or soiled, and he shows no signs of readiness for toilet training.",
                            "sensory_physical",
                            None,
                        ),
                        X(
                            "Mum said she had tried a potty in the spring but stopped because Ezra was frightened of it; she feels that was the right decision at the time.",
                            "history: option tried and stopped",
                        ),
                    ],
                ),
                ("h", 1, "What I recommend"),
                (
                    "p",
                    "These recommendations are for both of Ezra's settings, so that he meets the same approach wherever he is:",
                ),
                (
                    "bul",
                    [
                        [
                            R(
                                "Ezra should have a key person at pre-school who stays with him at drop-off and for the first part of each session, so that separations become predictable.",
                                "semh",
                                "specific",
                                F1_KEY,
                            ),
                            X(
                                "At his childminder's, where the same adult always opens the door, he settles far more quickly.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A structured play programme in small steps should be delivered one-to-one for 15 minutes in every session he attends, at the childminder's and at pre-school, with the targets reviewed every six weeks by the Portage home visitor.",
                                "cognition_learning",
                                "less",
                                F1_PLAYPROG,
                            ),
                            X(
                                "Children with Ezra's level of delay learn new play skills through many short, frequent repetitions rather than occasional longer sessions.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Objects of reference and a simple now-and-next board should be used by every adult working with him, before each change in the day, to prepare him for what is coming.",
                                "communication_interaction",
                                "not_specific",
                                F1_VIS,
                            ),
                            "This is because he understands what he can see and hold much better than what he hears.",
                        ],
                        [
                            R(
                                "Ezra should have a toileting plan, agreed with his parents, with nappy changes at set times and a short sit on the potty at each change, so that he begins to link the routine with the toilet.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Doing this the same way in both settings matters more than how quickly it goes.",
                        ],
                        [
                            R(
                                "Staff should use Makaton signs alongside speech for key words throughout the day, and his key person and his childminder should attend the Makaton beginners' course.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            X(
                                "His family already sign 'more', 'finished' and 'drink' with him at home.",
                                "support already in place",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, his parents might keep up the book-sharing routine we started together, for a few minutes at bedtime each night.",
                            "communication_interaction",
                            "not_educational",
                        ),
                        X(
                            "A specialist nursery place was talked about at Ezra's last review, but his parents want him to stay with his childminder and pre-school friends, and I think his needs can be met there with the support above.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Anita Rees, Portage Home Visitor, 20 August 2026"),
            ],
        ),
        dict(
            file=PD1,
            footer="Haverleigh Community Child Health - Dr C Okafor - page {n} of {m}",
            author="Dr C Okafor",
            blocks=[
                ("org", "Haverleigh and Downs NHS Foundation Trust - Community Child Health"),
                (
                    "small",
                    "Brambles Child Development Centre, Wick Lane, Haverleigh - 01632 960462",
                ),
                ("small", "Dictated 14 September 2026, typed 16 September 2026"),
                ("p", "To: SEND Assessment Team, Haverleigh Borough Council"),
                ("p", "Re: Ezra WHITLOCK, DOB 03/07/2023, NHS 999 402 7716"),
                ("b", "Diagnoses"),
                (
                    "bul",
                    [
                        "Extreme prematurity (27+2 weeks), birth weight 890 g",
                        "Global developmental delay",
                        "Oral-motor feeding difficulty",
                        "Faltering growth, under dietetic review",
                    ],
                ),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        "Thank you for asking for my advice about Ezra, whom I saw in clinic on 9 September with his mother.",
                        X(
                            "Ezra spent eleven weeks in the neonatal unit, needed ventilation for the first fortnight and had treatment for retinopathy of prematurity, which has fully resolved.",
                            "history: resolved",
                        ),
                        X(
                            "His hearing test in July was normal in both ears, and his most recent eye examination showed normal vision for his age.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ezra has global developmental delay following his extremely premature birth, with his development overall at around half his chronological age.",
                            "cognition_learning",
                            B1_DEV,
                        ),
                        N(
                            "His fine motor skills are weak: he uses a whole-hand grasp and cannot yet pick up small objects between finger and thumb.",
                            "sensory_physical",
                            B1_FINE,
                        ),
                        N(
                            "Ezra's gross motor development is also delayed; he walked at 26 months and still falls often on uneven ground, and he cannot manage steps without holding a hand.",
                            "sensory_physical",
                            B1_GROSS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He has an oral-motor difficulty with chewing, so he manages only smooth and mashed food and gags on lumpier textures.",
                            "sensory_physical",
                            None,
                        ),
                        X(
                            "His weight has crossed up from the 0.4th to the 2nd centile since his feeds were fortified, which is encouraging.",
                            "test result: progress",
                        ),
                    ],
                ),
                ("p", "I would make the following recommendations."),
                (
                    "p",
                    [
                        R(
                            "I recommend that Ezra's setting has advice from the Early Years SEND Inclusion Team on his learning and play, with a visit at least twice a term.",
                            "cognition_learning",
                            "not_specific",
                            F1_ADVICE,
                        ),
                        R(
                            "A programme of fine motor activities should be carried out by his key person for ten minutes each day, with the occupational therapist setting and reviewing the activities each term.",
                            "sensory_physical",
                            "wrong_section",
                            G1_OT,
                            section="G",
                        ),
                        X(
                            "Without daily practice, his grasp is unlikely to develop enough for him to manage a spoon or crayon by school age.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "An adult should sit with Ezra at every snack and meal, offering food of the textures set out in his eating plan.",
                            "sensory_physical",
                            "specific",
                            F1_MEAL,
                        ),
                        R(
                            "He would also benefit from daily physical play on uneven surfaces and steps, with an adult holding his hand, to build his balance and confidence.",
                            "sensory_physical",
                            "specific",
                            F1_OUT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Ezra should continue to see the paediatric dietitian, who will monitor his weight and advise on fortifying his food.",
                            "health",
                            "not_educational",
                            G1_DIET,
                            section="G",
                        ),
                        R(
                            "I will review him in my clinic every six months.",
                            "health",
                            "not_educational",
                            G1_CLINIC,
                            section="G",
                        ),
                        X(
                            "I did not think a referral to physiotherapy was needed, as his walking is improving steadily with everyday practice.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                (
                    "sig",
                    [
                        "Dr Chidi Okafor MBChB MRCPCH",
                        "Consultant Community Paediatrician",
                        "Secretary: 01632 960463",
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaw-02: Ostwick City Council; Rafi Delacroix-Hussain, 4, autism diagnosed at 2
# layout "eyfs-prime-area-groups-unlettered": headings are the statutory names alone, no
# letters; B and F are grouped under the EYFS prime areas, and F is a table per area with
# a reason column (What will be provided / Who and how often / Why).
# ---------------------------------------------------------------------------

B2_NAME = "Rafi often does not look up when someone calls his name, so he misses what is said to the whole group."
B2_ALONE = "He likes to play by himself, often lining up or spinning toys, and moves off when other children join him."
B2_CHANGE = "Unexpected changes upset Rafi a great deal, and he may lie on the floor and scream for some time."
B2_FOOD = (
    "Rafi will only eat a few foods and finds it hard to sit with other children at mealtimes."
)
B2_UNDER = "Rafi understands familiar phrases in everyday routines, but not new instructions, at about the level of a child of two."
B2_ECHO = (
    "He mostly repeats phrases he has heard on television and rarely uses words to ask for things."
)
B2_TURNS = "Taking turns with an adult, even in a simple game, is not something Rafi can do yet."

F2_TIMETABLE = "A photo timetable shown to Rafi at the start of every session and before each change of activity."
F2_ONE = "One-to-one adult support for Rafi."
F2_ATTN = "An Attention Autism group session, building from stage 1 towards stage 3."
F2_WORDS = "Adults give Rafi instructions in one or two key words, said slowly, with a gesture or an object to show what they mean."
F2_SALT = "Speech and language therapy input."
F2_TRANS = "A transition plan to support Rafi's move to school."
F2_SENSORY = "Opportunities for sensory play throughout the day."

G2_TRAIN = "The Child Development Centre autism team will offer autism training to staff at Rafi's nursery and at his new school."
G2_EARLYBIRD = (
    "The Child Development Centre will offer Rafi's parents a place on the EarlyBird programme."
)

IO2 = "inclusion_officer_report.pdf"
SL2 = "salt_report.docx"


def _plain(sid: str) -> tuple:
    return ("H", sid, NAMES[sid], "h2")


CASE_02 = dict(
    name="case-evalaw-02",
    layout="eyfs-prime-area-groups-unlettered",
    summary=(
        "Ostwick City Council; Rafi Delacroix-Hussain, 4 years 2 months, in the nursery class of Kingsmead "
        "Children's Centre and due to start reception in September 2027 (autism diagnosed at 2 years 7 months, "
        "language delay, sensory sensitivity, toileting, restricted eating). The plan's headings are the "
        "statutory names alone, with no letters; needs and provision are grouped under the EYFS prime areas, and "
        "provision is a table per area with a reason column. An early years SEND inclusion officer's report "
        "(.pdf, bullets with the reasons mixed in) and a speech and language therapy report (.docx, a "
        "Recommendation / Who and how often / Reason table)."
    ),
    note="Autism training for nursery and reception staff, recommended by the inclusion officer, stands in the health provision section as an offer from the Child Development Centre: provision in the wrong section. The EarlyBird place for parents in the same section is correctly health provision. The hours of one-to-one support are left out of the plan's row (it says only 'one-to-one adult support'), so that row is read as specific only through its Who and how often cell: 15 hours a week against the whole of his 30 hours.",
    plan=dict(
        file="plan.pdf",
        header="OSTWICK CITY COUNCIL   Education, Health and Care Plan   Rafi Delacroix-Hussain",
        footer="Final plan issued 9 October 2026 - page {n} of {m}",
        author="Ostwick City Council SEND Team",
        title="EHC plan - Rafi Delacroix-Hussain",
        sans=True,
        accent="5B2C6F",
        blocks=[
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Rafi Delacroix-Hussain"),
                    ("Date of birth", "14 August 2022"),
                    ("NHS number", "999 318 5540"),
                    ("Setting", "Kingsmead Children's Centre nursery class (30 hours a week)"),
                    ("Parents", "Leila Hussain and Marc Delacroix"),
                    ("Plan coordinator", "Mr D Ilesanmi, 01632 960571, send@ostwick.example.org"),
                ],
            ),
            _plain("A"),
            (
                "S",
                "A",
                "Rafi loves trains, the number blocks programme and splashing in the water tray, and he is happiest outdoors on the big swing.",
            ),
            (
                "p",
                "His parents hope that Rafi will find a way to tell them what he wants and what upsets him, and that he will be happy and safe at school.",
            ),
            _plain("B"),
            (
                "S",
                "B",
                "Rafi was diagnosed as autistic when he was two and a half, and his needs are described below under the prime areas of the Early Years Foundation Stage.",
            ),
            ("h", 3, "Communication and language"),
            ("p", [B2_NAME, B2_UNDER]),
            ("p", [B2_ECHO, B2_TURNS]),
            ("h", 3, "Personal, social and emotional development"),
            ("p", [B2_ALONE, B2_CHANGE]),
            ("h", 3, "Physical development"),
            ("p", B2_FOOD),
            ("p", "Rafi runs, climbs and balances well and enjoys physical play."),
            _plain("C"),
            (
                "S",
                "C",
                "Rafi is seen by the community paediatrician at the Ostwick Child Development Centre, who made his diagnosis of autism; he has no other health conditions.",
            ),
            _plain("D"),
            (
                "S",
                "D",
                "Rafi's family have had an early help assessment and do not need social care support at present.",
            ),
            _plain("E"),
            (
                "S",
                "E",
                "By the end of his reception year, Rafi will use a word, sign or picture to ask for something he wants, at least ten times a day.",
            ),
            (
                "p",
                "By the end of his reception year, Rafi will move between activities using his timetable, with no more than one adult prompt.",
            ),
            (
                "p",
                "By July 2027, Rafi will take turns with an adult in a short game, such as rolling a ball back and forth, five times.",
            ),
            _plain("F"),
            (
                "S",
                "F",
                "Kingsmead Children's Centre will make this provision until Rafi starts school, and his school will then make it.",
            ),
            ("h", 3, "Communication and language"),
            (
                "grid",
                [
                    ["What will be provided", "Who and how often", "Why"],
                    [
                        ("F", F2_ATTN, True),
                        "A trained nursery practitioner, every day, 10 to 15 minutes",
                        "To build his attention and his wish to share what he is doing",
                    ],
                    [
                        ("F", F2_WORDS, True),
                        "All adults, at every instruction",
                        "Rafi understands short phrases in familiar routines only",
                    ],
                    [("F", F2_SALT, False), "As required", "To advise on Rafi's communication"],
                ],
                [0.44, 0.28, 0.28],
            ),
            ("h", 3, "Personal, social and emotional development"),
            (
                "grid",
                [
                    ["What will be provided", "Who and how often", "Why"],
                    [
                        ("F", F2_TIMETABLE, True),
                        "His key person, every session",
                        "Rafi copes with change better when he can see what is coming",
                    ],
                    [
                        ("F", F2_ONE, True),
                        "A trained teaching assistant, 15 hours a week",
                        "To keep Rafi safe and help him join in",
                    ],
                    [
                        ("F", F2_TRANS, False),
                        "Nursery and school, summer term 2027",
                        "Starting school will be a very big change for Rafi",
                    ],
                ],
                [0.44, 0.28, 0.28],
            ),
            ("h", 3, "Physical development"),
            (
                "grid",
                [
                    ["What will be provided", "Who and how often", "Why"],
                    [("F", F2_SENSORY, False), "Nursery staff", "To help Rafi regulate"],
                ],
                [0.44, 0.28, 0.28],
            ),
            _plain("G"),
            ("S", "G", G2_EARLYBIRD),
            ("p", G2_TRAIN),
            ("p", "The community paediatrician will see Rafi again before he starts school."),
            _plain("H1"),
            ("S", "H1", "Not applicable."),
            _plain("H2"),
            ("S", "H2", "Not applicable at present."),
            _plain("I"),
            (
                "S",
                "I",
                "Kingsmead Children's Centre nursery class until August 2027; a reception class in a mainstream primary school from September 2027, to be named at the phase transfer review.",
            ),
            _plain("J"),
            ("S", "J", "No personal budget has been requested."),
            _plain("K"),
            (
                "S",
                "K",
                "Advice from Ms Gemma Oduya, Early Years SEND Inclusion Officer (July 2026), Mr Tom Feeney, speech and language therapist (July 2026), and Rafi's parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=IO2,
            footer="Ostwick Early Years SEND Inclusion Team - advice - Rafi Delacroix-Hussain - page {n}",
            author="G Oduya",
            accent="2E6B3F",
            blocks=[
                ("org", "Ostwick City Council - Early Years SEND Inclusion Team"),
                (
                    "small",
                    "Civic Offices, Bridge Street, Ostwick - 01632 960583 - eysend@ostwick.example.org",
                ),
                ("title", "Early Years SEND Inclusion Officer: advice for an EHC needs assessment"),
                (
                    "p",
                    "Child: Rafi Delacroix-Hussain (DOB 14/08/2022). Setting: Kingsmead Children's Centre, nursery class, 30 hours a week. Visits: 4 and 18 June, 2 July 2026. Written by Gemma Oduya.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Rafi was referred to the Child Development Centre at 22 months because he had lost the few words he had, and he was diagnosed as autistic in March 2025.",
                            "history",
                        ),
                        X(
                            "He started at Kingsmead in January 2026 and settled better than staff expected, now coming in happily with his dad each morning.",
                            "resolved difficulty",
                        ),
                        X(
                            "The setting has already put in a quiet book corner, and his key person uses a 'first and then' card with him.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "What I saw"),
                (
                    "bul",
                    [
                        [
                            N(
                                "Rafi rarely responds to his name or to an adult's voice when he is absorbed in play, so instructions given to the group pass him by.",
                                "communication_interaction",
                                B2_NAME,
                            )
                        ],
                        [
                            N(
                                "He plays alone, lining up cars and spinning wheels, and he moves away when another child comes near.",
                                "semh",
                                B2_ALONE,
                            ),
                            X(
                                "He can stay with a train track for twenty minutes, which is a real strength.",
                                "strength",
                            ),
                        ],
                        [
                            N(
                                "Changes to the routine, such as a fire drill or a different adult at the door, lead to long periods of distress in which he drops to the floor and screams.",
                                "semh",
                                B2_CHANGE,
                            )
                        ],
                        [
                            N(
                                "He is highly sensitive to noise, covering his ears and running from the room when the hand dryers or the music at circle time start.",
                                "sensory_physical",
                                None,
                            )
                        ],
                        [
                            N(
                                "Rafi is still in nappies during the day, does not yet sit on a toilet and becomes distressed in the bathroom.",
                                "sensory_physical",
                                None,
                            )
                        ],
                        [
                            N(
                                "He eats a very narrow range of foods, mainly dry crackers and plain pasta, and will not sit at the table with others at lunch.",
                                "sensory_physical",
                                B2_FOOD,
                            ),
                            X(
                                "His weight and growth are normal, the paediatrician has confirmed.",
                                "test result",
                            ),
                        ],
                    ],
                ),
                ("h", 2, "What I recommend, and why"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Rafi needs a visual timetable of photographs, shown to him at the start of every session and before each change of activity.",
                                "semh",
                                "specific",
                                F2_TIMETABLE,
                            ),
                            X(
                                "He copes far better with change when he can see what is coming, and his outbursts were shorter on the days his key person used photos.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "He should have one-to-one support from a trained adult for the whole of every session, including lunch and outdoor play, which is 30 hours a week.",
                                "semh",
                                "less",
                                F2_ONE,
                            ),
                            "He has no sense of danger near the gate and needs an adult with him to join in with others.",
                        ],
                        [
                            R(
                                "A quiet, low-stimulation space with ear defenders should be available, and he should be taught to ask for it with a picture card.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Without it he has nowhere to go when the noise becomes too much, and he runs.",
                        ],
                        [
                            R(
                                "Staff in the nursery, and the reception staff at his new school, should complete autism training, such as the early years modules of the Autism Education Trust, before he moves up.",
                                "communication_interaction",
                                "wrong_section",
                                G2_TRAIN,
                                section="G",
                            )
                        ],
                        [
                            R(
                                "His move into reception should be planned carefully, with at least four visits to his new classroom with his key person, a photo book of the school and a visit from his new teacher to him in nursery.",
                                "semh",
                                "not_specific",
                                F2_TRANS,
                            ),
                            X(
                                "A one-off taster afternoon, which is what the school offers every child, would not be enough for Rafi.",
                                "option considered and rejected",
                            ),
                        ],
                        [
                            R(
                                "At home, his family may find it helps to use the same photographs for the morning routine.",
                                "semh",
                                "not_educational",
                            )
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I considered whether a place at the Ostwick specialist assessment nursery would suit Rafi better; his parents and I agreed that he is making progress at Kingsmead and should stay there.",
                            "option considered and rejected",
                        ),
                        "Gemma Oduya, Early Years SEND Inclusion Officer, 9 July 2026.",
                    ],
                ),
            ],
        ),
        dict(
            file=SL2,
            style="headed",
            footer="Ostwick Community Health Services NHS Trust - Children's Speech and Language Therapy",
            author="T Feeney",
            blocks=[
                ("org", "Ostwick Community Health Services NHS Trust"),
                (
                    "small",
                    "Children's Speech and Language Therapy, Riverside Health Centre, Ostwick - 01632 960590",
                ),
                ("title", "Speech and Language Therapy Report"),
                (
                    "kv",
                    [
                        ("Name", "Rafi Delacroix-Hussain"),
                        ("Date of birth", "14/08/2022"),
                        ("NHS number", "999 318 5540"),
                        ("Therapist", "Tom Feeney, Highly Specialist SLT, HCPC SL33108"),
                        ("Seen", "Kingsmead Children's Centre, 25 June 2026; home, 1 July 2026"),
                    ],
                ),
                ("h", 1, "History"),
                (
                    "p",
                    [
                        X(
                            "Rafi was first seen by this service at 24 months, when his parents were worried that his few words had gone.",
                            "history",
                        ),
                        X(
                            "He attended a six-week parent-child interaction group in autumn 2025, and his parents use its strategies well.",
                            "history: support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "grid",
                    [
                        ["Area", "Finding"],
                        [
                            "Preschool Language Scales 5: auditory comprehension",
                            "Standard score 58 (below the 1st centile)",
                        ],
                        [
                            "Preschool Language Scales 5: expressive communication",
                            "Standard score 55 (below the 1st centile)",
                        ],
                        [
                            "Informal observation of play",
                            "Mostly solitary; some functional play with trains",
                        ],
                    ],
                    [0.55, 0.45],
                ),
                (
                    "p",
                    [
                        N(
                            "Rafi's understanding of spoken language is at around the 18 to 24 month level; he follows routine phrases in familiar situations but not new instructions.",
                            "communication_interaction",
                            B2_UNDER,
                        ),
                        N(
                            "His expressive communication is mainly echolalic: he repeats phrases from television programmes and uses few words to request.",
                            "communication_interaction",
                            B2_ECHO,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Rafi's joint attention is very limited, and he does not yet point to share interest or follow an adult's point.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "He does not yet take turns in a simple back-and-forth game with an adult.",
                            "communication_interaction",
                            B2_TURNS,
                        ),
                        X(
                            "He does make good eye contact with his mother during rough-and-tumble play, and he laughs and asks for 'more' with a look.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who and how often", "Reason"],
                        [
                            R(
                                "Daily Attention Autism ('bucket') group sessions, building up from stage 1 to stage 3.",
                                "communication_interaction",
                                "specific",
                                F2_ATTN,
                            ),
                            "Trained nursery practitioner; daily, 10 to 15 minutes",
                            X(
                                "These sessions build shared attention, which Rafi needs before he can learn language from adults.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Direct speech and language therapy in a block of six weekly sessions each term, with a programme left for staff between the blocks.",
                                "communication_interaction",
                                "not_specific",
                                F2_SALT,
                            ),
                            "Speech and language therapist; six sessions a term",
                            "To set and update his targets and show staff how to work on them.",
                        ],
                        [
                            R(
                                "A picture exchange system (PECS), introduced by the therapist and used by all staff across the day, so that Rafi has a way to request.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "All staff, throughout each session",
                            X(
                                "At present Rafi's distress rises when he cannot make his wants known.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Adults should cut their language to one or two key words, said slowly with a gesture, when giving Rafi an instruction.",
                                "communication_interaction",
                                "specific",
                                F2_WORDS,
                            ),
                            "All adults, all the time",
                            "He cannot yet process longer sentences.",
                        ],
                        [
                            R(
                                "Rafi's family should be offered a place on the EarlyBird programme through the Child Development Centre.",
                                "communication_interaction",
                                "not_educational",
                                G2_EARLYBIRD,
                                section="G",
                            ),
                            "Child Development Centre; one course",
                            "To help his parents understand his autism and his communication.",
                        ],
                    ],
                    [0.45, 0.25, 0.30],
                    True,
                ),
                (
                    "p",
                    [
                        X(
                            "I considered recommending a speech-generating device, but Rafi is not yet ready for it; picture exchange is the right first step, and we will look again in a year.",
                            "option considered and rejected",
                        ),
                        "Tom Feeney, Highly Specialist Speech and Language Therapist, 10 July 2026.",
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaw-03: Brayfield County Council; Noor Haddad-Fenwick, 4, reception (speech and
# language delay). layout "letter-colon-name-headings": Word headings "B: Special
# educational needs"; Section F is one table with a Reason column.
# ---------------------------------------------------------------------------

B3_SPEECH = "People who do not know Noor well often cannot make out what she says, because she swaps some sounds and misses the ends of words."
B3_PHRASE = "Noor talks in short phrases of two or three words rather than whole sentences."
B3_WHY = "Noor finds 'why' and 'how' questions hard to understand."
B3_CARPET = "Noor can only stay with a carpet session for a few minutes."
B3_PHON = "Noor is likely to find phonics hard because she does not yet hear the difference between similar sounds in words."
B3_CROSS = "When Noor cannot get her message across she gets cross, and lately she has hit other children at playtime."
B3_WATCH = "Noor often watches other children's games rather than joining in."

F3_THERAPY = "Direct speech and language therapy from a speech and language therapist: a block of six weekly sessions of 30 minutes each school year."
F3_PRACTICE = "A teaching assistant trained by the speech and language therapist will practise Noor's sound targets with her for 10 minutes, four times a week."
F3_TRAINING = "Training for staff in speech, language and communication needs where appropriate."
F3_STEPS = "Adults will give Noor instructions one step at a time, with a picture or gesture for each step."
F3_PLAY = "Support at playtimes when needed."
F3_VISUAL = "A visual timetable of the day and a now-and-next board on Noor's table."

G3_HEARING = "The Brayfield children's audiology service will check Noor's hearing once a year."
H3_GROUP = "The Brayfield Family Hub will run a six-week 'Feelings' group in school for Noor and other children, for 30 minutes a week."

SL3 = "salt_report.pdf"
EP3 = "educational_psychology_report.docx"
PS3 = "preschool_transition_advice.docx"


def _colon(sid: str) -> tuple:
    return ("H", sid, f"{sid}: {NAMES[sid]}", "h2")


CASE_03 = dict(
    name="case-evalaw-03",
    layout="letter-colon-name-headings",
    summary=(
        "Brayfield County Council; Noor Haddad-Fenwick, 4 years 8 months, in reception at St Aidan's CE Primary "
        "School after two years at Hillcrest Pre-school (speech sound disorder, expressive and receptive "
        "language delay, short attention, frustration, toileting and self-care). Each heading is a Word heading "
        "'B: Special educational needs'; Section F is one table (Provision / How often and who / Reason). A speech "
        "and language therapy report (.pdf, options considered, recommendations argued at length), an educational "
        "psychology report (.docx, reported speech, third person) and the pre-school's transition advice (.docx, "
        "first person plural bullets)."
    ),
    note="The psychologist's recommended emotional literacy group, to be run in school, stands in H2 as a Family Hub offer: provision in the wrong section. The speech therapy block is specific but less than recommended (six sessions a year against eight each term). Reasons in the F table are not provision.",
    plan=dict(
        file="plan.docx",
        header="Brayfield County Council - Education, Health and Care Plan - OFFICIAL SENSITIVE",
        footer="Noor Haddad-Fenwick - EHC plan issued 30 October 2026",
        author="Brayfield SEN Service",
        title="EHC Plan - Noor Haddad-Fenwick",
        accent="7A3E00",
        blocks=[
            ("org", "Brayfield County Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Noor Haddad-Fenwick"),
                    ("Date of birth", "17 February 2022"),
                    ("NHS number", "999 227 0381"),
                    ("School", "St Aidan's CE Primary School, Reception (Robin Class)"),
                    ("Parents", "Yasmin Haddad and Lewis Fenwick"),
                    ("SEN caseworker", "Mrs K Amadi, 01632 960634"),
                ],
                [0.3, 0.7],
            ),
            _colon("A"),
            (
                "S",
                "A",
                "Noor loves painting, dressing up as a doctor and feeding the ducks with her grandad, and she says she wants to be 'a vet for horses'.",
            ),
            (
                "p",
                "Her parents want people to understand Noor when she talks, and for her to make friends and enjoy school as much as she enjoyed pre-school.",
            ),
            _colon("B"),
            (
                "S",
                "B",
                "Noor's main needs are in speech, language and communication, and these affect her learning, her friendships and how she feels.",
            ),
            ("b", "Speech, language and communication"),
            ("bul", [B3_SPEECH, B3_PHRASE, B3_WHY]),
            ("b", "Learning"),
            ("bul", [B3_CARPET, B3_PHON]),
            ("b", "Social, emotional and mental health"),
            ("bul", [B3_CROSS, B3_WATCH]),
            _colon("C"),
            (
                "S",
                "C",
                "Noor had grommets fitted in 2024 and her hearing is now within normal limits; she has no other health needs.",
            ),
            _colon("D"),
            ("S", "D", "There are no social care needs."),
            _colon("E"),
            (
                "S",
                "E",
                "By the end of Year 1, Noor will be understood by an unfamiliar adult most of the time when she talks about a picture.",
            ),
            (
                "p",
                "By the end of Year 1, Noor will use sentences of four or more words to tell an adult what she did at playtime.",
            ),
            (
                "p",
                "By the end of reception, Noor will follow a two-step classroom instruction, such as 'get your coat and line up'.",
            ),
            (
                "p",
                "By the end of reception, Noor will ask an adult for help with words instead of hitting out when she is cross.",
            ),
            _colon("F"),
            (
                "S",
                "F",
                "St Aidan's CE Primary School will make the provision in the table, overseen by the SENCo.",
            ),
            (
                "grid",
                [
                    ["Provision", "How often and who", "Reason"],
                    [
                        ("F", F3_THERAPY, True),
                        "Brayfield Children's Speech and Language Therapy Service",
                        "Noor's speech is hard to understand",
                    ],
                    [
                        ("F", F3_PRACTICE, True),
                        "Trained teaching assistant",
                        "So that Noor practises her sounds between therapy blocks",
                    ],
                    [
                        ("F", F3_STEPS, True),
                        "All adults, in every lesson",
                        "Noor forgets longer instructions",
                    ],
                    [
                        ("F", F3_VISUAL, True),
                        "Class teacher, every day",
                        "To help Noor know what is happening and when",
                    ],
                    [
                        ("F", F3_TRAINING, False),
                        "School staff",
                        "So that staff know how to support Noor's talking",
                    ],
                    [("F", F3_PLAY, False), "Midday supervisors", "Noor can get cross at playtime"],
                ],
                [0.46, 0.27, 0.27],
                True,
            ),
            _colon("G"),
            ("S", "G", G3_HEARING),
            _colon("H1"),
            ("S", "H1", "None."),
            _colon("H2"),
            ("S", "H2", H3_GROUP),
            _colon("I"),
            (
                "S",
                "I",
                "St Aidan's CE Primary School, Church Road, Brayfield: a mainstream voluntary aided primary school.",
            ),
            _colon("J"),
            ("S", "J", "Not requested."),
            _colon("K"),
            (
                "S",
                "K",
                "Speech and language therapy report (Ms F Lindqvist, June 2026); educational psychology report (Dr O Mensah, July 2026); Hillcrest Pre-school transition advice (July 2026); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SL3,
            footer="Brayfield Community Healthcare NHS Trust - Children's Speech and Language Therapy - page {n} of {m}",
            author="F Lindqvist",
            accent="00577A",
            blocks=[
                ("org", "Brayfield Community Healthcare NHS Trust"),
                (
                    "small",
                    "Children's Speech and Language Therapy, The Maltings Clinic, Brayfield - 01632 960647",
                ),
                ("title", "Speech and Language Therapy Advice for an EHC Needs Assessment"),
                (
                    "p",
                    "Noor Haddad-Fenwick, date of birth 17/02/2022, NHS 999 227 0381. Seen at Hillcrest Pre-school on 4 and 11 June 2026 by Freya Lindqvist, Specialist Speech and Language Therapist.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Noor was referred at the age of three because of unclear speech and glue ear.",
                            "history",
                        ),
                        X(
                            "Her hearing improved after grommets were fitted in 2024, and her latest hearing test was normal.",
                            "history: resolved",
                        ),
                        X(
                            "She had a block of parent-led therapy in spring 2025, and her parents have used the modelling strategies from it well at home.",
                            "history: support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Assessment findings"),
                (
                    "p",
                    [
                        X(
                            "On the CELF Preschool-2 UK Noor's receptive language score was 78 and her expressive language score was 71, both below the average range.",
                            "test result",
                        ),
                        N(
                            "Noor's speech is hard for unfamiliar listeners to understand because she replaces sounds made at the back of the mouth with front sounds, saying 'tat' for 'cat', and she leaves off the ends of words.",
                            "communication_interaction",
                            B3_SPEECH,
                        ),
                        N(
                            "Her expressive language is delayed; she uses two- and three-word phrases where children of her age use full sentences.",
                            "communication_interaction",
                            B3_PHRASE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She has difficulty understanding questions beginning 'why' and 'how', and she answers them as if they were 'what' questions.",
                            "communication_interaction",
                            B3_WHY,
                        ),
                        N(
                            "Noor has become reluctant to speak in class because other children do not understand her, and she now whispers or points rather than risk speaking.",
                            "semh",
                            None,
                        ),
                        X(
                            "Her play is imaginative and she uses gesture and facial expression very well to make herself understood.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Options I considered"),
                (
                    "p",
                    [
                        X(
                            "I considered whether Noor needs a place in a specialist language unit, but her understanding and her social skills are good enough for her to learn in a mainstream reception class with the support below, so I have not recommended one.",
                            "option considered and rejected",
                        ),
                        X(
                            "A motor-based speech programme was also considered and is not needed, because her difficulty is with the sound patterns of words rather than with moving her mouth.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "I recommend direct speech and language therapy from a speech and language therapist in a block of eight weekly 30-minute sessions each term, because Noor's pattern of speech sound errors is unlikely to change without direct work.",
                            "communication_interaction",
                            "less",
                            F3_THERAPY,
                        ),
                        X(
                            "Children with a consistent phonological disorder like Noor's typically need 20 or more sessions before the new sounds carry over into everyday talk, which is why a single short block a year would not be enough.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Between the blocks, a teaching assistant trained by the therapist should practise Noor's speech sound targets with her for ten minutes, four times a week.",
                            "communication_interaction",
                            "specific",
                            F3_PRACTICE,
                        ),
                        "Little and often works far better than one long session, and the teaching assistant will be given a written programme.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Noor should join a small narrative and language group, such as a Colourful Semantics group, three times a week for 20 minutes, to build longer sentences.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        R(
                            "Staff who teach Noor should have training in supporting children with speech sound difficulties, including how to respond when they have not understood her.",
                            "communication_interaction",
                            "not_specific",
                            F3_TRAINING,
                        ),
                        X(
                            "Asking a child to repeat herself again and again tends to make her stop talking, which is already starting to happen.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Noor should continue to have her hearing checked every year by the audiology service, because her glue ear could return.",
                            "health",
                            "not_educational",
                            G3_HEARING,
                            section="G",
                        ),
                        "I am happy to talk to school staff about any of this advice.",
                    ],
                ),
                ("p", "Freya Lindqvist, BSc (Hons), MRCSLT, HCPC SL40217, 19 June 2026."),
            ],
        ),
        dict(
            file=EP3,
            style="headed",
            footer="Brayfield Educational Psychology Service - psychological advice - Noor Haddad-Fenwick",
            author="Dr O Mensah",
            blocks=[
                ("org", "Brayfield Educational Psychology Service"),
                ("small", "County Hall, Brayfield - 01632 960655 - eps@brayfield.example.org"),
                ("title", "Psychological Advice"),
                (
                    "kv",
                    [
                        ("Child", "Noor Haddad-Fenwick, born 17/02/2022"),
                        (
                            "Setting",
                            "Hillcrest Pre-school; starting St Aidan's CE Primary, September 2026",
                        ),
                        ("Psychologist", "Dr Olu Mensah, HCPC PYL30981"),
                        ("Date", "8 July 2026"),
                    ],
                ),
                ("h", 1, "Views of Noor's parents"),
                (
                    "p",
                    [
                        "Mrs Haddad told me that Noor is a chatty, funny girl at home but that her cousins often ask 'what did she say?'.",
                        X(
                            "She said that Noor's sleep, which was very broken when she had glue ear, is now settled.",
                            "resolved difficulty",
                        ),
                        "Mr Fenwick said he worries that Noor will be labelled as naughty at school.",
                        X(
                            "The family speak English and some Arabic at home, and her parents said Noor understands both well.",
                            "background",
                        ),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "Noor separated from her mother easily and worked with me for forty minutes with only one short break.",
                            "strength",
                        ),
                        X(
                            "Noor's non-verbal reasoning on the British Ability Scales was in the average range, and she completed the picture-matching and block-building tasks with real enjoyment.",
                            "test result: strength",
                        ),
                        N(
                            "Her attention in adult-led group times is short; she manages around three minutes on the carpet before she moves away.",
                            "cognition_learning",
                            B3_CARPET,
                        ),
                        N(
                            "Noor has difficulty remembering spoken instructions of more than two parts, which is limiting her independence in class routines.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She has difficulty hearing the differences between sounds in words, and this is likely to affect her early phonics.",
                            "cognition_learning",
                            B3_PHON,
                        ),
                        N(
                            "When she cannot make herself understood, Noor becomes frustrated and has recently started to hit out at other children in the playground.",
                            "semh",
                            B3_CROSS,
                        ),
                    ],
                ),
                ("h", 1, "What Noor needs"),
                (
                    "p",
                    [
                        R(
                            "Noor will need instructions broken into single steps and supported by a visual prompt, such as a picture or gesture.",
                            "cognition_learning",
                            "specific",
                            F3_STEPS,
                        ),
                        R(
                            "She will need a daily ten-minute game, led by an adult, to practise remembering and following instructions of increasing length.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Noor would benefit from a six-week small-group programme to develop her emotional literacy, run in school by the emotional literacy support assistant for 30 minutes a week.",
                            "semh",
                            "wrong_section",
                            H3_GROUP,
                            section="H2",
                        ),
                        X(
                            "Her hitting out is a sign of frustration rather than of an underlying behaviour difficulty, and it should ease as her talking improves.",
                            "reason for a recommendation",
                        ),
                        X(
                            "For the same reason I did not think a referral to the child and adolescent mental health service was needed.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, her parents could repeat back what Noor says in the correct form, rather than asking her to say it again.",
                            "communication_interaction",
                            "not_educational",
                        ),
                        "Dr Olu Mensah, Educational Psychologist.",
                    ],
                ),
            ],
        ),
        dict(
            file=PS3,
            footer="Hillcrest Pre-school - transition information for St Aidan's CE Primary School",
            author="Hillcrest Pre-school",
            blocks=[
                ("org", "Hillcrest Pre-school"),
                (
                    "small",
                    "The Pavilion, Hillcrest Road, Brayfield - 01632 960662 - hillcrest.preschool@example.org",
                ),
                ("title", "Transition advice: Noor Haddad-Fenwick"),
                (
                    "p",
                    "Written by Sian Povey (SENCo) and Becky Law (Noor's key person), July 2026.",
                ),
                ("b", "How Noor has got on with us"),
                (
                    "bul",
                    [
                        X(
                            "Noor joined us at two and a half and took a whole term to settle, but for the last year she has come in happily and gone straight to the painting table.",
                            "history: resolved",
                        ),
                        X(
                            "She has had a speech target book with us since January, and we practised her sounds three times a week with her.",
                            "support already in place",
                        ),
                        X("She loves the home corner and is kind to younger children.", "strength"),
                        X(
                            "Through early years inclusion funding she has had an extra adult with her for two hours a week, which ended when she left us.",
                            "history: support no longer in place",
                        ),
                    ],
                ),
                ("b", "What we have noticed"),
                (
                    "bul",
                    [
                        N(
                            "We have noticed that Noor plays at the edge of groups and rarely joins in role play with other children.",
                            "semh",
                            B3_WATCH,
                        ),
                        N(
                            "She is not yet able to manage her coat, her shoes or toileting on her own, and she needs an adult to help her after she uses the toilet.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("b", "What we would suggest"),
                (
                    "bul",
                    [
                        [
                            R(
                                "We would suggest Noor has a named adult she can go to at playtime, because this helped her settle with us.",
                                "semh",
                                "not_specific",
                                F3_PLAY,
                            )
                        ],
                        [
                            R(
                                "We would advise using a visual timetable and a now-and-next board every day, as these worked well for Noor.",
                                "cognition_learning",
                                "specific",
                                F3_VISUAL,
                            ),
                            X(
                                "We found she was much calmer at tidy-up time once she could see what came next.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    "We have shared Noor's photo book and 'all about me' sheet with Robin Class.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaw-04: Thornleigh Council; Ollie Brennan-Achterberg, 3 (1p36 deletion, global
# delay, low tone, gastrostomy, epilepsy). layout "letter-hyphen-coded-paragraphs": each
# heading is the letter and the name ("B Special educational needs"), and every paragraph
# under it carries a code of the letter, a hyphen and a number ("B-3", "F-6").
# ---------------------------------------------------------------------------

B4_LEVEL = "Ollie is developing much more slowly than other children of his age, and in most areas he is at the stage of a child just over one year old."
B4_COMM = "Ollie lets people know what he wants by crying, smiling or reaching; he does not yet use words or signs."
B4_CAUSE = "He is only starting to learn that he can make things happen, for example by pressing a switch on a toy."
B4_SEAT = "Ollie needs a special seat to be able to sit and play at a table."
B4_MOUTH = "Ollie still mouths everything, so he needs an adult close by when small toys are out."
B4_TONE = "Weak muscles make it hard for Ollie to sit up and use both hands together."

F4_ONE = "Ollie will have one-to-one support from a named, trained adult for all of his 15 funded hours at nursery each week."
F4_SENSORY = "Access to sensory play and switch toys."
F4_EYSIO = "The Early Years SEND Inclusion Officer will visit the nursery once a term to review Ollie's targets with his key person."
F4_SEAT = "A supportive corner seat and a height-adjustable table will be provided in the nursery room for Ollie to use at all table activities."
F4_VISION = "Advice from the sensory support service as needed."
F4_GROUP = "Regular opportunities to be with other children."

G4_NURSE = "The community children's nursing team will train nursery staff and the childminder in Ollie's gastrostomy feeds and his emergency seizure medication, and will update the training every year."
G4_NEURO = "Ollie's epilepsy is managed by the paediatric neurology team at Thornleigh General Hospital, who will review him every four months."
H4_TOILET = "The Children's Disability Team will provide a supported toilet seat for nursery and for home, and will show Ollie's key person a toileting routine at set times, sitting him on the seat for a few minutes at each change."

PO4 = "portage_report.docx"
IO4 = "inclusion_officer_advice.pdf"
PD4 = "paediatric_report.docx"


def _code(sid: str) -> tuple:
    return ("H", sid, f"{sid} {NAMES[sid]}", "h2")


CASE_04 = dict(
    name="case-evalaw-04",
    layout="letter-hyphen-coded-paragraphs",
    summary=(
        "Thornleigh Council; Ollie Brennan-Achterberg, 3 years 9 months, at Thornleigh Nursery School for 15 "
        "funded hours and with a registered childminder for the rest of the week (1p36 deletion syndrome, global "
        "developmental delay, low muscle tone, suspected cerebral visual impairment, gastrostomy feeding, "
        "epilepsy, toileting). Each heading is the letter and the name ('B Special educational needs'), and each "
        "paragraph under it carries a code ('B-3', 'F-6'). A Portage report (.docx, options considered, "
        "recommendations argued), the Early Years SEND Inclusion Officer's advice (.pdf, first person plural, a "
        "Recommendation / Outcome it supports / Who and when table) and a community paediatrician's report "
        "(.docx, health provision correctly in G)."
    ),
    note="The inclusion officer's recommended toileting programme, taught by the key person at every change, stands in H1 as a Children's Disability Team arrangement (with a toilet seat): teaching a routine is special educational provision, so this is provision in the wrong section. Gastrostomy and seizure-medication training by the children's nursing team and neurology review are health provision, correctly in G. The seizures are described in the paediatric report as health background; they are neither marked as a need nor as a non-need.",
    plan=dict(
        file="plan.pdf",
        header="Thornleigh Council - EHC Plan - Ollie Brennan-Achterberg - FINAL",
        footer="Issued 23 October 2026. Page {n} of {m}",
        author="Thornleigh Council SEND Service",
        title="Education, Health and Care Plan",
        accent="1D5C4D",
        blocks=[
            ("org", "THORNLEIGH COUNCIL"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Ollie Brennan-Achterberg"),
                    ("Date of birth", "2 January 2023"),
                    ("NHS number", "999 550 1962"),
                    ("Setting", "Thornleigh Nursery School (15 hours); Mrs R Adeyemi, childminder"),
                    ("Parents", "Niamh Brennan and Joost Achterberg, 5 Weavers Row, Thornleigh"),
                    ("SEND officer", "Mrs A Kowalczyk, 01632 960713"),
                ],
                [0.3, 0.7],
            ),
            _code("A"),
            (
                "np",
                "A-1",
                (
                    "S",
                    "A",
                    "Ollie loves lights that change colour, being sung to and lying on his tummy on the big beanbag.",
                ),
            ),
            (
                "np",
                "A-2",
                "His parents want Ollie to be safe and well looked after, to find a way of telling them what he wants, and to be with children from his own community.",
            ),
            _code("B"),
            ("np", "B-1", ("S", "B", B4_LEVEL)),
            ("np", "B-2", B4_COMM),
            ("np", "B-3", B4_CAUSE),
            ("np", "B-4", [B4_TONE, B4_SEAT]),
            ("np", "B-5", B4_MOUTH),
            _code("C"),
            (
                "np",
                "C-1",
                (
                    "S",
                    "C",
                    "Ollie has 1p36 deletion syndrome, epilepsy and low muscle tone, and he is fed partly through a gastrostomy.",
                ),
            ),
            (
                "np",
                "C-2",
                "He has an individual healthcare plan, written by the community children's nursing team.",
            ),
            _code("D"),
            (
                "np",
                "D-1",
                (
                    "S",
                    "D",
                    "Ollie's parents have had a carer's assessment and Ollie is known to the Children's Disability Team.",
                ),
            ),
            _code("E"),
            (
                "np",
                "E-1",
                (
                    "S",
                    "E",
                    "By August 2027, Ollie will press a switch to make a toy work, on three occasions in a session.",
                ),
            ),
            (
                "np",
                "E-2",
                "By August 2027, Ollie will use an object or a sign to show that he wants 'more', with an adult's help.",
            ),
            (
                "np",
                "E-3",
                "By August 2027, Ollie will sit in his supportive seat and play with a toy held in both hands for two minutes.",
            ),
            _code("F"),
            (
                "np",
                "F-1",
                (
                    "S",
                    "F",
                    "Thornleigh Nursery School will make the following provision; Ollie's childminder will use the same approaches on the days she cares for him.",
                ),
            ),
            ("np", "F-2", ("F", F4_ONE, True)),
            ("np", "F-3", ("F", F4_SENSORY, False)),
            ("np", "F-4", ("F", F4_EYSIO, True)),
            ("np", "F-5", ("F", F4_SEAT, True)),
            ("np", "F-6", ("F", F4_VISION, False)),
            ("np", "F-7", ("F", F4_GROUP, False)),
            _code("G"),
            ("np", "G-1", ("S", "G", G4_NURSE)),
            ("np", "G-2", G4_NEURO),
            _code("H1"),
            ("np", "H1-1", ("S", "H1", H4_TOILET)),
            _code("H2"),
            (
                "np",
                "H2-1",
                (
                    "S",
                    "H2",
                    "Ollie's family are eligible for short breaks, and a plan for these is held by the Children's Disability Team.",
                ),
            ),
            _code("I"),
            (
                "np",
                "I-1",
                (
                    "S",
                    "I",
                    "Thornleigh Nursery School, Meadow Lane, Thornleigh: a maintained nursery school.",
                ),
            ),
            _code("J"),
            (
                "np",
                "J-1",
                ("S", "J", "No personal budget has been agreed for the provision in this plan."),
            ),
            _code("K"),
            (
                "np",
                "K-1",
                (
                    "S",
                    "K",
                    "Portage report (Mrs C Haldane, June 2026); Early Years SEND Inclusion Officer's advice (Mr S Patel, July 2026); community paediatrician's report (Dr M Varghese, July 2026); parents' views.",
                ),
            ),
        ],
    ),
    reports=[
        dict(
            file=PO4,
            style="headed",
            footer="Thornleigh Portage Service - Ollie Brennan-Achterberg - report for EHC needs assessment",
            author="C Haldane",
            blocks=[
                ("org", "Thornleigh Portage Service"),
                ("small", "Family Centre, Cross Street, Thornleigh - 01632 960724"),
                ("title", "Portage Report"),
                (
                    "p",
                    "Ollie Brennan-Achterberg, born 2 January 2023. Report by Carys Haldane, Senior Portage Home Visitor, 26 June 2026.",
                ),
                ("h", 1, "Our work together"),
                (
                    "p",
                    [
                        X(
                            "I have visited Ollie and his mum at home every week since he was nine months old, and we have worked through the Portage checklist in very small steps.",
                            "history: support already in place",
                        ),
                        X(
                            "In that time Ollie has learned to roll over, to hold his head up well when sitting supported and to reach for a toy he can see.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "Ollie's development now"),
                (
                    "p",
                    [
                        N(
                            "Ollie's overall development is at around the 12 to 15 month level.",
                            "cognition_learning",
                            B4_LEVEL,
                        ),
                        N(
                            "He communicates through crying, smiling and reaching, and he has no words or signs yet.",
                            "communication_interaction",
                            B4_COMM,
                        ),
                        N(
                            "He tires quickly, and his alertness drops sharply by late morning, when he no longer responds to play.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Ollie does not yet understand cause and effect with toys, such as pressing a button to make a sound.",
                            "cognition_learning",
                            B4_CAUSE,
                        ),
                    ],
                ),
                ("h", 1, "Options"),
                (
                    "p",
                    [
                        X(
                            "I considered whether Ollie should go to the specialist nursery at Fernbrook School, and his parents visited it; for now they prefer the nursery school near his childminder, and I agree that his needs can be met there with the support set out below.",
                            "option considered and rejected",
                        ),
                        X(
                            "A mornings-only timetable was also considered, but his parents need full-day care, so I have recommended rest periods instead.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Ollie should have an adult working with him one-to-one throughout every session he attends.",
                            "cognition_learning",
                            "specific",
                            F4_ONE,
                        ),
                        X(
                            "He needs this both for his safety, because he mouths small objects and cannot move away from danger, and because every play activity has to be adapted for him.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A sensory and cause-and-effect play programme using switch toys should be run every day for 15 minutes, with targets set by the Portage service and reviewed each half term.",
                            "cognition_learning",
                            "not_specific",
                            F4_SENSORY,
                        ),
                        "Ollie learns through many repetitions of the same small step, and he has only just begun to notice that he can make something happen.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Staff should begin using a small set of on-body signs and objects of reference for routines such as changing, eating and going outside.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        R(
                            "He should have a quiet rest period of 20 minutes in a reclined supportive seat mid-morning, when his alertness starts to drop.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        X(
                            "Without a rest he is too tired to learn anything in the late morning, which his childminder has also noticed.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, his parents may find that a hand-over-hand approach helps Ollie to use his switch toys.",
                            "cognition_learning",
                            "not_educational",
                        ),
                        "Carys Haldane.",
                    ],
                ),
            ],
        ),
        dict(
            file=IO4,
            footer="Thornleigh Early Years SEND Inclusion Team - advice - page {n}",
            author="S Patel",
            sans=True,
            accent="4A4A8A",
            blocks=[
                ("org", "Thornleigh Council - Early Years SEND Inclusion Team"),
                (
                    "small",
                    "Town Hall Annexe, Thornleigh - 01632 960736 - eyinclusion@thornleigh.example.org",
                ),
                ("title", "Early Years SEND Inclusion Officer Advice"),
                (
                    "p",
                    "Ollie Brennan-Achterberg (2 January 2023). Observed at Thornleigh Nursery School on 24 June and 8 July 2026, and at his childminder's on 1 July 2026. Advice by Sunil Patel with Ollie's key person, Dawn Fry.",
                ),
                ("h", 2, "What we observed"),
                (
                    "p",
                    [
                        X(
                            "Ollie is a happy, smiley boy who clearly knows his key person and quietens when she sings to him.",
                            "strength",
                        ),
                        N(
                            "Ollie cannot yet sit without support for more than a minute, and he needs a supportive seat to play at a table.",
                            "sensory_physical",
                            B4_SEAT,
                        ),
                        N(
                            "He is not aware of being wet or soiled and needs his pad changed every two hours, lying down, which is becoming hard to do safely as he grows.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ollie puts everything into his mouth, including small objects, so he needs close supervision during play.",
                            "sensory_physical",
                            B4_MOUTH,
                        ),
                        X(
                            "The nursery has already removed small beads and pegs from the baby room while he is there.",
                            "support already in place",
                        ),
                        X(
                            "His crying at drop-off, which was frequent in his first month, has now stopped.",
                            "resolved difficulty",
                        ),
                        X(
                            "Dawn has already completed the nursery's gastrostomy awareness session and is confident with Ollie's daily care.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "What we recommend"),
                (
                    "grid",
                    [
                        ["Recommendation", "Outcome it supports", "Who and when"],
                        [
                            R(
                                "The key person and the childminder should each be visited by the Early Years SEND Inclusion Officer twice each half term, to model activities and review Ollie's targets.",
                                "cognition_learning",
                                "less",
                                F4_EYSIO,
                            ),
                            "All of Ollie's outcomes",
                            "Inclusion officer, twice each half term in each setting",
                        ],
                        [
                            R(
                                "A supportive corner seat and a height-adjustable table should be provided so that Ollie can play at table level with other children.",
                                "sensory_physical",
                                "specific",
                                F4_SEAT,
                            ),
                            "Sitting and playing with both hands",
                            "Nursery, before September 2026",
                        ],
                        [
                            R(
                                "We recommend a toileting programme in which his key person changes Ollie at set times, sits him on a supported toilet seat for a few minutes at each change and uses the same words each time, so that he begins to learn the routine.",
                                "sensory_physical",
                                "wrong_section",
                                H4_TOILET,
                                section="H1",
                            ),
                            "Learning the toileting routine",
                            "Key person, at every change",
                        ],
                    ],
                    [0.5, 0.22, 0.28],
                ),
                (
                    "p",
                    X(
                        "We have not recommended a specialist buggy for the nursery, because Ollie's own supportive seat travels with him between home, childminder and nursery.",
                        "option considered and rejected",
                    ),
                ),
            ],
        ),
        dict(
            file=PD4,
            style="headed",
            footer="Thornleigh Hospitals NHS Trust - Community Paediatrics - medical advice",
            author="Dr M Varghese",
            blocks=[
                ("org", "Thornleigh Hospitals NHS Trust - Community Paediatrics"),
                (
                    "small",
                    "Sunflower Child Development Centre, Thornleigh General Hospital - 01632 960748",
                ),
                ("title", "Medical Advice for an EHC Needs Assessment"),
                (
                    "kv",
                    [
                        ("Patient", "Ollie Brennan-Achterberg, DOB 02/01/2023, NHS 999 550 1962"),
                        (
                            "Diagnoses",
                            "1p36 deletion syndrome; global developmental delay; hypotonia; epilepsy; gastrostomy in place",
                        ),
                        (
                            "Medication",
                            "Sodium valproate twice daily; buccal midazolam for seizures over five minutes",
                        ),
                        ("Clinician", "Dr Mira Varghese, Consultant Community Paediatrician"),
                        ("Date", "15 July 2026"),
                    ],
                ),
                ("h", 2, "History"),
                (
                    "p",
                    [
                        X(
                            "Ollie's chromosome deletion was found on genetic testing at four months, after he was admitted with feeding difficulties and poor weight gain.",
                            "history",
                        ),
                        X(
                            "His gastrostomy was placed at 14 months, and since then his weight has tracked the 9th centile.",
                            "history: test result",
                        ),
                        "He has brief absence seizures, usually several a day, and had two longer seizures last winter that needed rescue medication.",
                    ],
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        N(
                            "His low muscle tone affects his posture and his hand use, so he cannot yet hold a toy in each hand or pass one from hand to hand.",
                            "sensory_physical",
                            B4_TONE,
                        ),
                        N(
                            "Ollie has a visual processing difficulty, and a cerebral visual impairment is suspected: he responds better to high-contrast, brightly lit objects presented to his left side.",
                            "sensory_physical",
                            None,
                        ),
                        X(
                            "His eyes themselves are healthy, and the orthoptist found no squint.",
                            "test result",
                        ),
                        X(
                            "I have already referred him to the Sensory Support Service for a functional vision assessment.",
                            "support already in place: referral made",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        R(
                            "Ollie should receive visits from a qualified teacher of vision impairment twice a term, to assess his functional vision and advise staff on how to present toys and pictures.",
                            "sensory_physical",
                            "not_specific",
                            F4_VISION,
                        ),
                        R(
                            "His gastrostomy feeds and emergency epilepsy medication must be given by staff trained by the community children's nursing team, under his individual healthcare plan.",
                            "health",
                            "not_educational",
                            G4_NURSE,
                            section="G",
                        ),
                        R(
                            "He will remain under the paediatric neurology team for his epilepsy.",
                            "health",
                            "not_educational",
                            G4_NEURO,
                            section="G",
                        ),
                        R(
                            "At home, his parents should keep up the daily stretches the physiotherapist showed them last year.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Dr Mira Varghese MBBS FRCPCH, GMC 7012345."),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
