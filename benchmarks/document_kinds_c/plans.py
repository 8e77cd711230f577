# ruff: noqa: E501
"""Plans of the third kind set, final and draft, in council layouts unlike the first two
sets': numbered parts citing the regulations, appendices, a council portal's printout,
amended plans with change notes, a London borough's "proposed" plan, plans behind a
covering letter, and plans photographed on a phone and read by OCR. All invented."""

from __future__ import annotations

NAMES = {
    "A": "The views, interests and aspirations of the child and their parents",
    "B": "The child's special educational needs",
    "C": "The child's health care needs which relate to their SEN",
    "D": "The child's social care needs which relate to their SEN or disability",
    "E": "The outcomes sought for the child",
    "F": "The special educational provision required",
    "G": "Any health care provision reasonably required",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Any other social care provision reasonably required",
    "I": "The name and type of the school or other institution",
    "J": "Personal budget arrangements",
    "K": "Advice and information obtained",
}
REG = {
    "A": "12(1)(a)",
    "B": "12(1)(b)",
    "C": "12(1)(c)",
    "D": "12(1)(d)",
    "E": "12(1)(e)",
    "F": "12(1)(f)",
    "G": "12(1)(g)",
    "H1": "12(1)(h)",
    "H2": "12(1)(i)",
    "I": "12(1)(j)",
    "J": "12(1)(k)",
    "K": "12(1)(l)",
}
ORDER = list(NAMES)


def body(c: dict) -> dict:
    """A plan's section text for one child, from a few facts about the child, so that every
    plan reads as written for someone in particular."""
    n, his = c["name"].split()[0], c["his"]
    return {
        "A": f'{n} {c["likes"]} {n}\'s parents told us: "{c["parents"]}"',
        "B": [f"{area}: {text}" for area, text in c["needs"]],
        "C": c.get(
            "health",
            f"{n} is under the care of the community paediatrician; there are no other health needs affecting {his} learning.",
        ),
        "D": c.get(
            "social",
            "No social care needs related to SEN or disability have been identified at this time.",
        ),
        "E": [["Outcome (by end of key stage)", "Short-term steps (12 months)"]]
        + [[o, s] for o, s in c["outcomes"]],
        "F": c["provision"],
        "G": c.get(
            "health_provision",
            f"Review by the community paediatrician every twelve months; {n}'s school nurse to update the care plan annually.",
        ),
        "H1": "None identified.",
        "H2": c.get("h2", "None identified."),
        "I": c["school"],
        "J": c.get("budget", "A personal budget was not requested."),
        "K": c["advice"],
    }


def sections(c: dict, head) -> list:
    """The plan's sections, each headed by head(section id, number, name) -> blocks."""
    out: list = []
    for n, (sid, content) in enumerate(body(c).items(), 1):
        out.extend(head(sid, n, NAMES[sid]))
        if isinstance(content, list) and content and isinstance(content[0], list):
            out.append(("grid", content, [0.55, 0.45]))
        elif isinstance(content, list):
            out.append(("bul", content))
        else:
            out.append(("p", content))
    return out


def sections_text(c: dict, head) -> str:
    """The same sections as plain lines, for a portal printout or a photographed page."""
    lines: list[str] = []
    for n, (sid, content) in enumerate(body(c).items(), 1):
        lines.append("")
        lines.extend(head(sid, n, NAMES[sid]))
        if isinstance(content, list) and content and isinstance(content[0], list):
            lines.extend("  ".join(row) for row in content)
        elif isinstance(content, list):
            lines.extend(f"* {t}" for t in content)
        else:
            lines.append(content)
    return "\n".join(lines).strip()


# --- the children ------------------------------------------------------------

OWEN = dict(
    name="Owen Pritchard-Lewis",
    he="he",
    his="his",
    likes="loves trains, Minecraft and helping on his grandad's farm near Knighton. He wants to be a mechanic.",
    parents="We want Owen to be understood, not told off for things he cannot help.",
    needs=[
        (
            "Communication and interaction",
            "Owen has a diagnosis of autism (Marches Child Development Team, March 2024). He takes language literally and finds group conversation hard to follow.",
        ),
        (
            "Social, emotional and mental health",
            "Owen becomes distressed at unexpected change and in noisy spaces; at these times he may run from the classroom.",
        ),
        (
            "Sensory and/or physical",
            "Owen is over-sensitive to noise and to the feel of some clothing.",
        ),
    ],
    outcomes=[
        (
            "Owen will manage a change to his day with a visual warning and without leaving the room.",
            "Uses his now-and-next board with adult prompting in 4 out of 5 lessons.",
        ),
        (
            "Owen will take part in a small-group activity for 15 minutes.",
            "Joins a group of three for a structured game twice a week.",
        ),
    ],
    provision=[
        "Access to a teaching assistant for 25 hours per week, trained in autism awareness, to support transitions, explain tasks and help Owen regulate.",
        "A visual timetable and now-and-next board, updated at the start of every session.",
        "A low-stimulus work station and a quiet room available at all times.",
        "Social communication group (Talkabout or similar) 1 x 30 minutes weekly, planned with the speech and language therapist.",
        "A sensory diet designed by an occupational therapist, reviewed termly.",
    ],
    school="Clun Valley Church in Wales Primary School (mainstream, voluntary controlled).",
    advice="Advice from parents (12/06/2025); Owen's views (12/06/2025); Clun Valley CiW Primary School (20/06/2025); Educational Psychology, Marches Borderlands Council (02/07/2025); Marches Child Development Team (paediatric) (30/06/2025); Speech and language therapy, Powys-side Children's Therapies (04/07/2025).",
)

AISHA = dict(
    name="Aisha Begum-Carter",
    he="she",
    his="her",
    likes="enjoys drawing, K-pop and her after-school netball club. She wants to go to college to study art.",
    parents="Aisha is bright but she is drowning. She needs help with reading and with her worries.",
    needs=[
        (
            "Cognition and learning",
            "Aisha has a specific learning difficulty (dyslexia). Her reading comprehension is at the 9th centile and her spelling at the 5th.",
        ),
        (
            "Social, emotional and mental health",
            "Aisha has significant anxiety about school work; her attendance fell to 81% in the autumn term.",
        ),
    ],
    outcomes=[
        (
            "Aisha will read and understand texts for her GCSE subjects using assistive technology.",
            "Uses text-to-speech independently in three subjects by July.",
        ),
        (
            "Aisha will attend school for at least 95% of sessions.",
            "Meets her mentor weekly and agrees a plan for difficult days.",
        ),
    ],
    provision=[
        "Specialist literacy teaching from a qualified specialist teacher (level 7 SpLD), 2 x 45 minutes each week in a group of no more than three.",
        "A laptop with text-to-speech and speech-to-text software, and training in its use.",
        "Examination access arrangements assessed by the school's specialist assessor: 25% extra time and a reader.",
        "A weekly session with the school's emotional literacy support assistant (ELSA) for at least two terms.",
    ],
    school="Northgate Park School, Kennington Vale (academy, mainstream secondary).",
    advice="Parental advice (09/2025); school advice, Northgate Park School (09/2025); psychological advice, Kennington Vale Educational Psychology Service (10/2025); health advice, Designated Clinical Officer (10/2025); social care: no involvement.",
)

TOMASZ = dict(
    name="Tomasz Wierzbicki",
    he="he",
    his="his",
    likes="likes swimming, dinosaurs and music with a strong beat. He communicates using signs, pictures and some single words.",
    parents="Tomasz needs people around him who know him and can understand what he is telling them.",
    needs=[
        (
            "Cognition and learning",
            "Tomasz has a severe learning disability associated with a genetic condition (Kleefstra syndrome). He is working at an early developmental level across all areas.",
        ),
        (
            "Communication and interaction",
            "Tomasz uses around 40 Makaton signs and a picture exchange book; he understands short familiar phrases in context.",
        ),
        (
            "Sensory and/or physical",
            "Tomasz has low muscle tone and walks with a wide-based gait; he tires over longer distances.",
        ),
    ],
    health="Tomasz has epilepsy, managed with sodium valproate; a rescue medication plan is held in school. He sees the community paediatrician and the epilepsy nurse.",
    outcomes=[
        (
            "Tomasz will request at least 20 familiar items or activities using signs or symbols.",
            "Requests 10 items across the school day with adult modelling.",
        ),
        (
            "Tomasz will walk between classroom and hall without a buggy.",
            "Walks to the hall with a hand held, three times a day.",
        ),
    ],
    provision=[
        "A class of no more than 8 pupils with a teacher experienced in severe learning difficulties and a high ratio of adult support (at least 1:2).",
        "A total communication environment: Makaton, objects of reference and PECS used by all staff; staff trained annually.",
        "Speech and language therapy: a programme set by the therapist, delivered daily by classroom staff; therapist review each half term.",
        "Physiotherapy programme delivered by trained staff 3 x weekly; physiotherapist review termly.",
        "Staff trained in the administration of rescue medication for epilepsy.",
    ],
    health_provision="Epilepsy care plan reviewed annually by the epilepsy nurse specialist; community paediatric review every six months.",
    h2="Short breaks: two overnight stays per month at Larch House (assessed under the Children Act 1989).",
    school="Meadowcroft Special School, Hartsfield (maintained special school for pupils with severe and profound learning difficulties).",
    advice="Parents' advice (05/2025); Meadowcroft Special School (06/2025); educational psychology (06/2025); paediatrics (06/2025); speech and language therapy (06/2025); physiotherapy (06/2025); children with disabilities social work team (06/2025).",
)

GRACIE = dict(
    name="Gracie Fairweather",
    he="she",
    his="her",
    likes='loves horses, baking and being outside. She says school is "too loud and too fast". She would like a job looking after animals.',
    parents="We want a school where Gracie can cope all day, not just survive until lunchtime.",
    needs=[
        (
            "Communication and interaction",
            "Gracie has a developmental language disorder; she finds it hard to understand complex sentences and to find the words she needs.",
        ),
        (
            "Cognition and learning",
            "Gracie's working memory is below average and she needs information repeated and shown.",
        ),
        (
            "Social, emotional and mental health",
            "Gracie masks her difficulties at school and is often distressed at home after the school day.",
        ),
    ],
    outcomes=[
        (
            "Gracie will follow a two-step instruction in class without repetition.",
            "Follows two-step instructions with a visual prompt in 80% of opportunities.",
        ),
        (
            "Gracie will tell a trusted adult when she does not understand.",
            "Uses a 'help' card in class at least once a day.",
        ),
    ],
    provision=[
        "Speech and language therapy: direct therapy from a speech and language therapist, 1 x 45 minutes weekly for 30 weeks a year, plus a programme delivered by a trained teaching assistant 3 x 20 minutes weekly.",
        "Pre-teaching of subject vocabulary before each new topic.",
        "A daily check-in and check-out with a key adult.",
    ],
    school="Wrenfield Primary School, Hartsfield (community mainstream primary).",
    advice="Parents (02/2025); Wrenfield Primary School (03/2025); EP advice (03/2025); SALT advice, Hartsfield and Riverside NHS Trust (03/2025); health advice (03/2025).",
)

KWAME = dict(
    name="Kwame Osei-Bonsu",
    he="he",
    his="his",
    likes="likes football, drumming and making people laugh. He wants to be a PE teacher.",
    parents="Kwame has been excluded three times this year. He needs help, not punishment.",
    needs=[
        (
            "Social, emotional and mental health",
            "Kwame has ADHD (combined presentation) diagnosed in 2023. He finds it very hard to sit still, wait his turn and manage frustration.",
        ),
        (
            "Cognition and learning",
            "Kwame's literacy is around two years behind his peers; his attention affects how much he completes.",
        ),
    ],
    outcomes=[
        (
            "Kwame will complete a 20-minute independent task with planned movement breaks.",
            "Completes 10-minute tasks with a timer in English and maths.",
        ),
        (
            "Kwame will remain in school all day without suspension.",
            "Uses his agreed exit card and returns to class within 10 minutes.",
        ),
    ],
    provision=[
        "A mentor for 1 x 30 minutes daily to plan the day and review it.",
        "Movement breaks every 20 minutes and a standing desk option in all lessons.",
        "Small-group literacy intervention (Read Write Inc. Fresh Start) 4 x 30 minutes weekly.",
        "A positive behaviour support plan written with Kwame and his parents, reviewed half-termly.",
    ],
    school="St Columba's Church of England Academy, Ashvale (mainstream secondary).",
    advice="Parents' views (11/2025); Kwame's views (11/2025); St Columba's CE Academy (11/2025); educational psychology (12/2025); community paediatrics (12/2025).",
)

IMOGEN = dict(
    name="Imogen Thackeray",
    he="she",
    his="her",
    likes="enjoys reading fantasy novels, chess and coding. She hopes to study computer science.",
    parents="Imogen has not been in school since February. She wants to learn; she cannot walk through the gates.",
    needs=[
        (
            "Social, emotional and mental health",
            "Imogen has an anxiety disorder and autism; she has not attended school since February 2025.",
        ),
        (
            "Communication and interaction",
            "Imogen finds unstructured social time and group work very hard and shuts down when overwhelmed.",
        ),
    ],
    outcomes=[
        (
            "Imogen will take GCSEs in at least five subjects.",
            "Engages with online tuition for 10 hours a week.",
        ),
        (
            "Imogen will return to a school setting part-time.",
            "Visits the new setting for short planned sessions each week.",
        ),
    ],
    provision=[
        "Education otherwise than in school under section 61 of the Children and Families Act 2014: 15 hours per week of tuition from qualified subject teachers (English, maths, science, computing).",
        "A key worker (mentor) 2 hours per week to plan a phased return to a school setting.",
        "Access to CAMHS-led anxiety intervention as set out in Section G.",
    ],
    school="Section I is left blank: education otherwise than in school (see Section F).",
    advice="Parents (01/2026); Imogen (01/2026); CAMHS (Kingsmere Young People's Service) (01/2026); educational psychology (02/2026); former school, Holywell Grange School (01/2026).",
)

ELLIS = dict(
    name="Ellis Duquemin",
    he="they",
    his="their",
    likes="like animals, drawing comics and Lego. They want to work in a zoo.",
    parents="Ellis needs help with writing and with joining in.",
    needs=[
        (
            "Sensory and/or physical",
            "Ellis has developmental coordination disorder (dyspraxia); handwriting is slow and hard to read and they fatigue quickly.",
        ),
        (
            "Communication and interaction",
            "Ellis finds it hard to join in with peers at unstructured times.",
        ),
    ],
    outcomes=[
        (
            "Ellis will record their work using a laptop at a speed close to their peers.",
            "Types 15 words a minute by July.",
        ),
        (
            "Ellis will take part in a lunchtime club with peers.",
            "Attends Lego club once a week with a familiar adult.",
        ),
    ],
    provision=[
        "Occupational therapy programme (fine motor and handwriting) set by an OT, delivered 3 x 15 minutes weekly by a trained TA; OT review termly.",
        "Touch-typing programme 4 x 15 minutes weekly and a laptop for recording.",
        "Supported lunchtime club once a week.",
    ],
    school="Sandpiper Lane Primary School, Ashvale (community mainstream primary).",
    advice="Parents (09/2025); Sandpiper Lane Primary (09/2025); educational psychology (10/2025); occupational therapy, Ashvale Community Health (10/2025).",
)

RHYS = dict(
    name="Rhys Bevan",
    he="he",
    his="his",
    likes="likes rugby, his dog Taff and cooking with his nan. He wants to play for the Scarlets.",
    parents="Rhys is a happy boy when he feels he can do things.",
    needs=[
        (
            "Cognition and learning",
            "Rhys has moderate learning difficulties; his attainment is well below age-related expectations in all subjects.",
        ),
        ("Communication and interaction", "Rhys has a mild receptive language difficulty."),
    ],
    outcomes=[
        (
            "Rhys will read and understand simple everyday texts (signs, recipes, timetables).",
            "Reads 100 high-frequency words by July.",
        ),
        (
            "Rhys will travel to school independently.",
            "Completes a travel-training programme with an adult.",
        ),
    ],
    provision=[
        "Small-group teaching (no more than 10) for English and maths with a specialist teacher.",
        "Precision teaching of key words 5 x 10 minutes weekly.",
        "Independent travel training, 1 term, by the council's travel training team.",
    ],
    school="Ludford Bridge High School, Marches Borderlands (mainstream secondary with a resourced provision for learning).",
    advice="Parents (04/2025); Rhys (04/2025); Ludford Bridge High School (04/2025); educational psychology (05/2025).",
)

NIAMH = dict(
    name="Niamh O'Driscoll",
    he="she",
    his="her",
    likes="loves singing, her little brother and going to Brownies. She wants to be a vet.",
    parents="Niamh is sociable and determined; she must not be left out because of her hearing.",
    needs=[
        (
            "Sensory and/or physical",
            "Niamh has a bilateral moderate-to-severe sensorineural hearing loss and wears hearing aids.",
        ),
        (
            "Communication and interaction",
            "Niamh's vocabulary is below age expectations; she misses information in noisy rooms and in group discussion.",
        ),
    ],
    health="Niamh is reviewed by the paediatric audiology service every six months.",
    outcomes=[
        (
            "Niamh will access whole-class teaching using her radio aid.",
            "Checks her own equipment daily with her TA.",
        ),
        (
            "Niamh will use new subject vocabulary accurately in speech and writing.",
            "Learns 5 pre-taught words per topic.",
        ),
    ],
    provision=[
        "Visits from a qualified teacher of the deaf 1 x fortnightly, to advise staff and check Niamh's equipment and progress.",
        "A radio aid system used by all staff; staff trained in its use.",
        "Pre- and post-tutoring of vocabulary 3 x 20 minutes weekly.",
        "Seating near the teacher, away from noise; acoustic treatment of the classroom.",
    ],
    health_provision="Paediatric audiology review every six months; hearing aids and moulds maintained by the audiology service.",
    school="Holy Family Catholic Primary School, Kennington Vale (voluntary aided mainstream primary).",
    advice="Parents (05/2025); Holy Family RC Primary (05/2025); sensory support service, teacher of the deaf (06/2025); audiology (06/2025); educational psychology (06/2025).",
)

SAMIR = dict(
    name="Samir Haddad",
    he="he",
    his="his",
    likes="likes maths puzzles, planes and his older cousins. He wants to be a pilot.",
    parents="Samir is clever but needs help to show it.",
    needs=[
        (
            "Communication and interaction",
            "Samir is autistic; he finds it very hard to understand other people's intentions and to cope with changes to routine.",
        ),
        (
            "Social, emotional and mental health",
            "Samir becomes highly anxious in crowded corridors and during unstructured time.",
        ),
    ],
    outcomes=[
        (
            "Samir will move between lessons independently.",
            "Uses an early-leave pass and a set route every day.",
        ),
        (
            "Samir will take part in group work in maths and science.",
            "Works with one named peer in a pair task weekly.",
        ),
    ],
    provision=[
        "Access to the school's autism base for registration, break and lunch.",
        "An early-leave pass to avoid crowded corridors.",
        "Social understanding sessions 1 x 40 minutes weekly with a trained specialist TA.",
    ],
    school="Hartsfield Academy (mainstream secondary with an autism resource base).",
    advice="Parents (06/2025); Samir (06/2025); previous school (06/2025); EP (07/2025); CAMHS (07/2025).",
)

HOLLY = dict(
    name="Holly Marchetti",
    he="she",
    his="her",
    likes="loves gymnastics, slime and her cat Pepper. She would like to be a teacher.",
    parents="We want Holly to keep up with reading and not feel stupid.",
    needs=[
        (
            "Cognition and learning",
            "Holly's phonic knowledge is at an early stage and her reading age is two years below her age.",
        ),
        ("Communication and interaction", "Holly has a mild expressive language delay."),
    ],
    outcomes=[
        (
            "Holly will read a book at her age level with 90% accuracy.",
            "Completes phonics phase 5 by July.",
        ),
        ("Holly will retell a short story in sequence.", "Uses story maps weekly."),
    ],
    provision=[
        "Daily 1:1 phonics intervention, 20 minutes, by a trained TA.",
        "Language group 2 x weekly following a SALT programme.",
    ],
    school="Ashvale Infant and Nursery School (mainstream).",
    advice="Parents (03/2025); school (03/2025); EP (04/2025); SALT (04/2025).",
)

JAYDEN = dict(
    name="Jayden Okafor",
    he="he",
    his="his",
    likes="likes basketball, grime music and fixing bikes. He wants to be an electrician.",
    parents="Jayden needs a college course where staff understand him.",
    needs=[
        (
            "Cognition and learning",
            "Jayden has a specific learning difficulty in literacy and slow processing speed.",
        ),
        (
            "Social, emotional and mental health",
            "Jayden has low self-esteem and has been anxious since a bereavement in 2024.",
        ),
    ],
    outcomes=[
        (
            "Jayden will complete a Level 1 electrical installation course.",
            "Attends 90% of college sessions in the first term.",
        ),
        (
            "Jayden will manage his own timetable and travel.",
            "Uses a phone calendar with reminders.",
        ),
    ],
    provision=[
        "Learning support in practical sessions (shared, 1:4) from a support worker.",
        "Weekly study skills session 1 x 1 hour with a specialist tutor.",
        "Access to the college counselling service.",
    ],
    school="Ashvale College of Further Education (general FE college), Level 1 Electrical Installation.",
    advice="Jayden (03/2026); parents (03/2026); St Columba's CE Academy (03/2026); educational psychology (04/2026).",
)


# --- final plans ---------------------------------------------------------------


def numbered_part(sid: str, n: int, name: str) -> list:
    return [
        ("h", 2, f"Part {n} - {name} (Section {sid})"),
        (
            "small",
            f"Regulation {REG[sid]}, Special Educational Needs and Disability Regulations 2014",
        ),
    ]


def reg_heading(sid: str, n: int, name: str) -> list:
    return [("band", f"Section {sid}: {name}  [Reg. {REG[sid]}]")]


def simple(sid: str, n: int, name: str) -> list:
    return [("b", f"{sid}. {name}")]


def plain_caps(sid: str, n: int, name: str) -> list:
    return [f"SECTION {sid} - {name.upper()}"]


def portal_head(sid: str, n: int, name: str) -> list:
    return [f"[{sid}] {name}", "-" * 40]


MARCHES_FINAL = [
    ("org", "Marches Borderlands Council"),
    (
        "small",
        "Additional Needs Team, Guildhall, Ludford SY7 4QB  |  01632 960471  |  additionalneeds@example.org",
    ),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", OWEN["name"]),
            ("Date of birth", "19/08/2017"),
            ("UPN", "M823401700184"),
            ("Home language", "English (Welsh spoken by grandparents)"),
            ("Date this plan was issued", "11/09/2025"),
            ("Plan reference", "MBC/ANT/2025/0441"),
        ],
    ),
    (
        "p",
        "This plan is issued under section 37 of the Children and Families Act 2014 and meets the requirements of regulation 12 of the Special Educational Needs and Disability Regulations 2014. It will be reviewed at least every 12 months.",
    ),
    *sections(OWEN, numbered_part),
    ("gap",),
    (
        "sig",
        [
            "Signed on behalf of Marches Borderlands Council: G. Morgan-Hughes",
            "Additional Needs Manager",
            "Date: 11/09/2025",
        ],
    ),
]

APPENDICES_FINAL = [
    ("org", "Royal Borough of Kennington Vale"),
    (
        "small",
        "Children's Services - SEND Statutory Team  ·  Our ref: KV/EHC/20931  ·  Case officer: Ms D. Achterberg",
    ),
    ("title", "EHC Plan - Aisha Begum-Carter"),
    (
        "kv",
        [
            ("Date of birth", "02/04/2011"),
            ("NC year", "Year 10"),
            ("Date of issue", "17 December 2025"),
            ("Next review by", "December 2026"),
        ],
    ),
    *sections(AISHA, simple),
    ("pb",),
    ("h", 2, "Appendix 1 - Advice and information received"),
    (
        "grid",
        [
            ["No.", "Advice", "Author", "Date"],
            ["1", "Parental advice", "Mr and Mrs Begum-Carter", "08/09/2025"],
            ["2", "School advice", "Northgate Park School (SENCo)", "19/09/2025"],
            ["3", "Psychological advice", "Dr H. Lindqvist, EP", "06/10/2025"],
            ["4", "Health advice", "Designated Clinical Officer", "10/10/2025"],
        ],
        [0.08, 0.3, 0.4, 0.22],
    ),
    ("h", 2, "Appendix 2 - Aisha's one-page profile"),
    (
        "p",
        "What people like about me: I am kind and I am good at art. What is important to me: my friends, my phone, being left alone when I'm upset. How best to support me: give me time, don't make me read out loud.",
    ),
    ("h", 2, "Appendix 3 - Transition arrangements"),
    (
        "p",
        "Aisha will have a careers guidance interview in Year 10 and a Preparing for Adulthood review at her Year 11 annual review.",
    ),
    (
        "small",
        "Signed for the Royal Borough of Kennington Vale: D. Achterberg, SEND Case Officer. This is the final plan. If you disagree with Sections B, F or I you may appeal to the First-tier Tribunal (SEND).",
    ),
]

AMENDED_FINAL = [
    ("org", "London Borough of Hartsfield"),
    (
        "small",
        "SEN Assessment & Review Service · 3rd Floor, Civic Centre, Hartsfield N22 8QQ · 01632 960512",
    ),
    ("title", "Education, Health and Care Plan (amended)"),
    (
        "kv",
        [
            ("Name", GRACIE["name"]),
            ("Date of birth", "27/01/2016"),
            ("Plan first issued", "14/05/2025"),
            ("Amended plan issued", "20/01/2026"),
            ("Reason", "Amended following annual review held 04/11/2025"),
        ],
    ),
    ("h", 3, "Change notes"),
    (
        "grid",
        [
            ["Section", "Change", "Reason"],
            ["B", "Added: masking and distress after school", "Parents' and EP evidence at review"],
            [
                "F",
                "SALT direct therapy increased from 6 to 30 sessions a year",
                "SALT report 10/2025",
            ],
            ["I", "No change", "-"],
        ],
        [0.12, 0.5, 0.38],
    ),
    *sections(GRACIE, simple),
    (
        "p",
        "Changes made at this amendment are listed in the change notes above. Wording that was removed is no longer part of the plan.",
    ),
    (
        "sig",
        [
            "Kemi Adeyemi",
            "Senior SEN Officer, for the London Borough of Hartsfield",
            "20 January 2026",
        ],
    ),
]

_COVER_LETTER_FINAL = [
    ("org", "Ashvale Metropolitan Borough Council"),
    (
        "small",
        "Inclusion Service, PO Box 118, Ashvale AV1 2ZZ   Tel: 01632 960330   sen.casework@example.org",
    ),
    ("p", "Our Ref: INC/KOB/7720\nYour Ref:\nPlease ask for: Mr P. Varga\nDate: 6 February 2026"),
    ("p", "Mr and Mrs Osei-Bonsu\n41 Tanners Row\nAshvale AV4 6HJ"),
    ("p", "Dear Mr and Mrs Osei-Bonsu"),
    ("b", "Kwame Osei-Bonsu (DOB 12/03/2012) - Education, Health and Care Plan"),
    (
        "p",
        "Please find enclosed a copy of Kwame's final Education, Health and Care Plan, which has been finalised after considering your comments on the draft. A copy has also been sent to St Columba's CE Academy.",
    ),
    (
        "p",
        "If you disagree with the description of Kwame's needs, the provision, or the school named, you have the right to appeal to the First-tier Tribunal (Special Educational Needs and Disability). Information about mediation and your right of appeal is set out in the leaflet enclosed.",
    ),
    ("p", "Yours sincerely"),
    ("sig", ["Peter Varga", "EHC Co-ordinator"]),
    ("pb",),
]

COVERED_FINAL = [
    *_COVER_LETTER_FINAL,
    ("title", "Ashvale Metropolitan Borough Council - Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Child", KWAME["name"]),
            ("DOB", "12/03/2012"),
            ("Status", "FINAL"),
            ("Date issued", "06/02/2026"),
        ],
    ),
    *sections(KWAME, reg_heading),
    ("sig", ["Authorised by: Peter Varga, EHC Co-ordinator, on behalf of Ashvale MBC"]),
]

PORTAL_FINAL = "\n".join(
    [
        "https://sendhub.example.org/ehc/plans/view?id=55102&print=1",
        "SEND Hub  |  Kennington Vale Family Portal                     Printed: 14/01/2026 21:47",
        "",
        "Plan summary",
        f"Child: {NIAMH['name']}    DOB: 30/06/2018    Ref: KV/EHC/21170",
        "Plan type: EHC Plan    Status: Issued (Final)    Issued: 09/01/2026",
        "Next annual review due: 09/01/2027",
        "",
        sections_text(NIAMH, portal_head),
        "",
        "Document generated by SEND Hub. This printout is a copy of the plan held by the council.",
        "Page 1 of 1   |   Accessibility   |   Privacy   |   Log out",
    ]
)

PHOTO_FINAL = "\n".join(
    [
        "LONDON BOROUGH OF HARTSFIELD",
        "EDUCATION HEALTH AND CARE PLAN",
        f"Name: {TOMASZ['name']}   D.O.B. 05/11/2014",
        "Date of issue of this plan: 28/07/2025   FINAL",
        sections_text(TOMASZ, plain_caps),
        "",
        "Signed .......... for the Director of Children's Services   28/07/2025",
    ]
)

WELSH_BORDER_FINAL = [
    ("org", "Marches Borderlands Council"),
    (
        "small",
        "Cyngor Ffiniau'r Mers - services for families on both sides of the border  ·  Ref. ANT/RB/2025/212",
    ),
    ("title", "Final EHC Plan"),
    (
        "kv",
        [
            ("Name", RHYS["name"]),
            ("Date of birth", "03/12/2012"),
            ("GP practice", "Tref-y-Clawdd Medical Centre (NHS Wales)"),
            ("Issued", "24/06/2025"),
        ],
    ),
    (
        "p",
        "Rhys lives in England and is registered with a GP practice in Wales. Health advice for this plan was given by the Welsh health board's community paediatric team under the cross-border protocol.",
    ),
    *sections(RHYS, reg_heading),
    ("sig", ["G. Morgan-Hughes, Additional Needs Manager", "24/06/2025"]),
]

# --- draft plans -------------------------------------------------------------------

PROPOSED_DRAFT = [
    ("org", "London Borough of Hartsfield"),
    ("small", "SEN Assessment & Review Service · Civic Centre, Hartsfield N22 8QQ"),
    ("title", "Proposed Education, Health and Care Plan"),
    (
        "p",
        "This is a proposed plan issued under section 38 of the Children and Families Act 2014. Section I has been left blank: you may ask for a particular school or other institution to be named within 15 days of receiving it. The council will consult the school you ask for before the plan is finalised.",
    ),
    (
        "kv",
        [
            ("Name", SAMIR["name"]),
            ("DOB", "21/09/2013"),
            ("Issued for comment", "03/03/2026"),
            ("Comments by", "18/03/2026"),
        ],
    ),
    *sections({**SAMIR, "school": "To be confirmed after consultation."}, simple),
]

_DRAFT_COVER = [
    ("org", "Royal Borough of Kennington Vale"),
    ("small", "Children's Services - SEND Statutory Team  ·  Our ref: KV/EHC/21388"),
    ("p", "12 May 2025"),
    ("p", "Dear Ms O'Driscoll"),
    ("b", "Re: Niamh O'Driscoll - draft Education, Health and Care Plan"),
    (
        "p",
        "Following the needs assessment, the council has decided to issue an EHC plan for Niamh. The draft is enclosed. You have 15 days to tell us your views, to ask for a meeting, and to tell us which school you would like named. Section I is blank at this stage.",
    ),
    ("p", "Kind regards,\nDaniela Achterberg, SEND Case Officer"),
    ("pb",),
]

COVERED_DRAFT = [
    *_DRAFT_COVER,
    ("title", "DRAFT EHC Plan - Niamh O'Driscoll"),
    *sections({**NIAMH, "school": "[Not named in draft]"}, simple),
]

DRAFT_AMENDMENT = [
    ("org", "Ashvale Metropolitan Borough Council"),
    ("title", "Proposed amendments to EHC Plan following annual review"),
    (
        "p",
        "Notice under regulation 22 of the Special Educational Needs and Disability Regulations 2014. The council proposes to amend Ellis's plan as shown. Amended text is in bold and marked [AMENDED]; you have 15 days to make representations.",
    ),
    (
        "kv",
        [
            ("Child", ELLIS["name"]),
            ("Date of birth", "09/07/2016"),
            ("Annual review meeting", "16/10/2025"),
            ("Draft amended plan date", "05/11/2025"),
        ],
    ),
    *sections(
        {
            **ELLIS,
            "provision": ELLIS["provision"]
            + ["[AMENDED] Occupational therapy review increased from termly to half-termly."],
        },
        reg_heading,
    ),
    ("small", "DRAFT - this plan has not been finalised"),
]

PORTAL_DRAFT = "\n".join(
    [
        "SEND Hub | Ashvale Parent Portal",
        "https://sendhub.example.org/ashvale/plan/88219/preview",
        "Logged in as: m.marchetti@example.org              Printed 02/05/2025 07:12",
        "",
        f"Child: {HOLLY['name']}  |  Reference: ASH-EHC-88219",
        "Plan status: Draft - awaiting parent response (due 16/05/2025)",
        "",
        sections_text({**HOLLY, "school": "Not yet named."}, portal_head),
        "",
        "[ Submit response ]  [ Request meeting ]  [ Download PDF ]",
    ]
)

PHOTO_DRAFT = "\n".join(
    [
        "Royal Borough of Kennington Vale",
        "DRAFT EHCP       DRAFT       DRAFT",
        f"{IMOGEN['name']}     D0B 14/08/2010",
        "Draft issued 19/02/2026 - please return comments within 15 days",
        sections_text(IMOGEN, plain_caps),
        "DRAFT",
    ]
)

WORKING_DRAFT = [
    ("org", "Ashvale Metropolitan Borough Council"),
    ("small", "Inclusion Service"),
    (
        "kv",
        [
            ("Young person", JAYDEN["name"]),
            ("DOB", "18/10/2009"),
            ("Phase transfer", "Post-16, September 2026"),
        ],
    ),
    *sections(JAYDEN, simple),
]


DOCUMENTS: list[dict] = [
    dict(name="Owen EHCP Sept 2025.pdf", kind="ehcp_final", blocks=MARCHES_FINAL, accent="7B2D26"),
    dict(name="Aisha plan.docx", kind="ehcp_final", blocks=APPENDICES_FINAL, sans=True),
    dict(name="Gracie AR outcome.pdf", kind="ehcp_final", blocks=AMENDED_FINAL, accent="00546B"),
    dict(name="letter and plan.pdf", kind="ehcp_final", blocks=COVERED_FINAL, sans=True),
    dict(name="SEND Hub - Plan view.txt", kind="ehcp_final", text=PORTAL_FINAL),
    dict(
        name="PXL_20250802_183344.txt",
        kind="ehcp_final",
        text=PHOTO_FINAL,
        ocr=0.12,
        running="EHC Plan - Tomasz W",
    ),
    dict(name="Rhys.docx", kind="ehcp_final", blocks=WELSH_BORDER_FINAL),
    dict(name="Samir proposed.pdf", kind="ehcp_draft", blocks=PROPOSED_DRAFT, accent="00546B"),
    dict(name="EHCP.pdf", kind="ehcp_draft", blocks=COVERED_DRAFT),
    dict(name="Ellis final plan.docx", kind="ehcp_draft", blocks=DRAFT_AMENDMENT),
    dict(name="plan preview.txt", kind="ehcp_draft", text=PORTAL_DRAFT),
    dict(
        name="WhatsApp Image 2026-02-21 at 09.14.07.txt",
        kind="ehcp_draft",
        text=PHOTO_DRAFT,
        ocr=0.14,
    ),
    dict(
        name="Jayden college plan.docx",
        kind="ehcp_draft",
        blocks=WORKING_DRAFT,
        header="WORKING DRAFT - not for circulation",
        footer="Version 0.3 - 11/03/2026",
    ),
]
