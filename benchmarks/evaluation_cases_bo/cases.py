# ruff: noqa: E501, N802
"""Set BO as data: children in care and adopted children (a five-year-old adopted girl with
foetal alcohol spectrum disorder and attachment difficulties, a ten-year-old in a children's
home outside his home council, a fifteen-year-old unaccompanied asylum-seeking young person
with post-traumatic stress and interrupted schooling), in three plan layouts no earlier set
has.

Every name, council, school, home, service, NHS trust and professional is invented.
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
# case-evalbo-01: Kellingford Borough Council; Maisie Thornbury, 5, adopted, reception
# layout "letter-dot-number-paragraph-codes-status-box": "Section B. Special educational
# needs" headings, every paragraph coded "B.1", "F.4"; a previously-looked-after status box.
# ---------------------------------------------------------------------------

B1_MEM = "Maisie can only keep one short instruction in her head at a time and forgets the rest of what she has been told."
B1_IMP = "Maisie often acts before she thinks: she grabs, calls out and runs off, and she cannot wait for her turn."
B1_ATT = "Maisie needs to know that a grown-up she trusts is close by, and she becomes very upset when her usual adult is away."
B1_SENS = "Noisy rooms and being bumped by other children upset Maisie, and she may hit out when the class lines up."
B1_LANG = "Maisie chats readily, but her sentences come out jumbled and she finds it hard to tell an adult what has happened."

F1_KEY = "A named key adult, a teaching assistant trained in attachment-aware practice, will meet Maisie at the classroom door every morning and check in with her at each change of activity during the day."
F1_TA = "Adult support in class for 20 hours a week, from a teaching assistant who knows Maisie's history."
F1_VIS = "Visual supports will be used as needed."
F1_CALM = "Access to a calm space when Maisie becomes dysregulated."
F1_TALK = "Small-group language work (Talk Boost) with a trained teaching assistant, three times a week for 20 minutes."
F1_DIARY = "A home-school diary sent home every day, and a phone call from the class teacher to Maisie's parents every Friday afternoon."

G1_FASD = "The community paediatrician's FASD clinic will review Maisie once a year."
H2_TRAIN = "The Adoption Support Service will offer school staff a half-day session on foetal alcohol spectrum disorder and attachment in the autumn term, with a follow-up in the spring."

PSY1 = "clinical_psychology_report.pdf"
TPA1 = "therapeutic_parenting_advice.docx"
VSH1 = "virtual_school_advice.docx"


def _b1(sid: str) -> tuple:
    return ("H", sid, f"Section {sid}. {NAMES[sid]}", "h2")


CASE_01 = dict(
    name="case-evalbo-01",
    layout="letter-dot-number-paragraph-codes-status-box",
    summary=(
        "Kellingford Borough Council; Maisie Thornbury, 5, adopted at 2 years 3 months from the care of Northbrook "
        "City Council, in reception at Orchard Lane Primary School (foetal alcohol spectrum disorder, attachment "
        "difficulties, working memory, impulsivity, sensory sensitivity, language). Headings 'Section B. Special "
        "educational needs'; every paragraph coded 'B.1', 'F.4'; a box under the title records previously looked "
        "after status. An adoption support clinical psychologist's report (.pdf, options and recommendations argued "
        "at length), a therapeutic parenting adviser's advice (.docx, first person plural bullets) and the virtual "
        "school head's advice (.docx, a table with a Reason column)."
    ),
    note="FASD and attachment training for school staff, recommended by the psychologist as provision for the school, stands in H2 as an Adoption Support Service offer: provision in the wrong section. The FASD clinic review in G is health provision. The argument over which council funds adoption support is background.",
    plan=dict(
        file="plan.docx",
        footer="Kellingford Borough Council - EHC plan - Maisie Thornbury - final - 12 October 2026",
        author="Kellingford SEND Service",
        title="EHC Plan - Maisie Thornbury",
        blocks=[
            (
                "org",
                "Kellingford Borough Council - Special Educational Needs and Disability Service",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Maisie Thornbury"),
                    ("Date of birth", "14 May 2021"),
                    ("NHS number", "999 318 2250"),
                    ("School", "Orchard Lane Primary School, Reception (Hazel class)"),
                    (
                        "Parents",
                        "Claire and Daniel Thornbury (adoptive parents), 7 Mercer Row, Kellingford",
                    ),
                    (
                        "Status",
                        "Previously looked after (adopted from the care of Northbrook City Council, order made March 2024)",
                    ),
                    ("SEND case officer", "Mr P Adeyemi, 01632 960731"),
                ],
            ),
            _b1("A"),
            (
                "np",
                "A.1",
                (
                    "S",
                    "A",
                    "Maisie loves horses, dancing to loud music in the kitchen and helping her dad feed the chickens.",
                ),
            ),
            (
                "np",
                "A.2",
                "Her parents want Maisie to feel safe at school, to make a friend and to begin to read.",
            ),
            _b1("B"),
            (
                "np",
                "B.1",
                (
                    "S",
                    "B",
                    "Maisie has a diagnosis of foetal alcohol spectrum disorder and had a difficult start in life before she came to live with her adoptive family.",
                ),
            ),
            ("np", "B.2", B1_MEM),
            ("np", "B.3", B1_IMP),
            ("np", "B.4", B1_LANG),
            ("np", "B.5", B1_ATT),
            ("np", "B.6", B1_SENS),
            _b1("C"),
            (
                "np",
                "C.1",
                (
                    "S",
                    "C",
                    "Maisie was diagnosed with foetal alcohol spectrum disorder by the community paediatrician in January 2026; she is small for her age and is otherwise well.",
                ),
            ),
            _b1("D"),
            (
                "np",
                "D.1",
                (
                    "S",
                    "D",
                    "Maisie was looked after by Northbrook City Council from birth and lived with two foster families before she was placed for adoption.",
                ),
            ),
            (
                "np",
                "D.2",
                "Her parents have asked for help to manage Maisie's outbursts at home, which are most frequent after school and on Sunday evenings.",
            ),
            (
                "np",
                "D.3",
                "Maisie has no assessed needs under the Chronically Sick and Disabled Persons Act 1970.",
            ),
            _b1("E"),
            (
                "np",
                "E.1",
                (
                    "S",
                    "E",
                    "By July 2027 Maisie will follow a two-step instruction in class with a picture to help her.",
                ),
            ),
            (
                "np",
                "E.2",
                "By July 2027 Maisie will go into class in the morning and settle within five minutes.",
            ),
            (
                "np",
                "E.3",
                "By July 2027 Maisie will take turns in a small-group game with an adult's help.",
            ),
            _b1("F"),
            ("np", "F.1", ("S", "F", ("F", F1_KEY, True))),
            ("np", "F.2", ("F", F1_TA, True)),
            ("np", "F.3", ("F", F1_VIS, False)),
            ("np", "F.4", ("F", F1_CALM, False)),
            ("np", "F.5", ("F", F1_TALK, True)),
            ("np", "F.6", ("F", F1_DIARY, True)),
            _b1("G"),
            ("np", "G.1", ("S", "G", G1_FASD)),
            _b1("H1"),
            ("np", "H1.1", ("S", "H1", "None.")),
            _b1("H2"),
            (
                "np",
                "H2.1",
                (
                    "S",
                    "H2",
                    "Therapeutic parenting support for Maisie's parents from the Kellingford Adoption Support Service, six sessions funded by the Adoption and Special Guardianship Support Fund.",
                ),
            ),
            ("np", "H2.2", H2_TRAIN),
            _b1("I"),
            (
                "np",
                "I.1",
                ("S", "I", "Orchard Lane Primary School, Kellingford (community primary school)."),
            ),
            _b1("J"),
            ("np", "J.1", ("S", "J", "No personal budget has been requested.")),
            _b1("K"),
            (
                "np",
                "K.1",
                (
                    "S",
                    "K",
                    "Report of Dr Rhian Castell, clinical psychologist, Regional Adoption Agency (July 2026); advice from Mrs Lorna Vickery, therapeutic parenting adviser (June 2026); advice from Mr Tomasz Wren, virtual school head (August 2026); parents' views.",
                ),
            ),
        ],
    ),
    reports=[
        dict(
            file=PSY1,
            footer="Wealdgate Regional Adoption Agency - Adoption Support - psychology report - Maisie Thornbury - page {n} of {m}",
            author="Dr R Castell",
            blocks=[
                ("org", "Wealdgate Regional Adoption Agency - Adoption Support Psychology"),
                (
                    "small",
                    "Linden House, 40 Station Road, Kellingford - 01632 960744 - adoptionsupport@wealdgate.example.org",
                ),
                ("title", "Clinical Psychology Report for EHC Needs Assessment"),
                (
                    "kv",
                    [
                        ("Child", "Maisie Thornbury, born 14 May 2021"),
                        ("Seen", "at home on 2 July and at school on 9 July 2026"),
                        ("Author", "Dr Rhian Castell, clinical psychologist"),
                    ],
                ),
                ("h", 1, "1. Background"),
                (
                    "p",
                    [
                        X(
                            "Maisie was removed from her birth mother at four days old because of neglect and alcohol misuse, and prenatal exposure to alcohol was confirmed in the court papers.",
                            "history",
                        ),
                        X(
                            "She lived with two foster families before being placed with Claire and Daniel at 2 years 3 months, and the adoption order was made in March 2024.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Maisie was placed in Kellingford by Northbrook City Council, which under the three-year rule remains responsible for assessing and funding her adoption support until March 2027; after that Kellingford becomes responsible.",
                            "background: which council pays",
                        ),
                        X(
                            "Northbrook has said that support in school is a matter for Kellingford as the council maintaining the plan, and the family have been caught between the two.",
                            "background: which council pays",
                        ),
                    ],
                ),
                ("h", 1, "2. Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the WPPSI-IV Maisie's verbal comprehension index was 88 and her working memory index was 68, below the 2nd centile.",
                            "test result",
                        ),
                        N(
                            "Maisie's working memory is a marked weakness, consistent with her diagnosis: she can hold only one short instruction at a time and loses the later parts of a longer one.",
                            "cognition_learning",
                            B1_MEM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She is highly impulsive, acting before she has thought, snatching toys and running out of the classroom when she sees something that interests her.",
                            "semh",
                            B1_IMP,
                        ),
                        N(
                            "Maisie has great difficulty linking her actions to their consequences, so that reward charts and sanctions do not change what she does the next day.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Maisie shows an anxious, controlling pattern of attachment: she seeks constant reassurance from adults and becomes highly distressed when her key adult is absent.",
                            "semh",
                            B1_ATT,
                        ),
                        N(
                            "Her dysregulation peaks at transitions, particularly at the end of the school day and on the first day back after weekends and holidays.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Maisie is warm, funny and curious, and she is quick to notice when another child is upset.",
                            "strength",
                        ),
                        X(
                            "Her sleep, which was badly disrupted when she first came home, is now settled, and she sleeps through most nights.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "3. Options considered"),
                (
                    "p",
                    [
                        X(
                            "I have considered whether a specialist setting for children with social, emotional and mental health needs would suit Maisie better, and I do not think it would: she needs to learn to feel safe with a small number of adults in her local school, and a move now would be another loss.",
                            "option considered and rejected",
                        ),
                        X(
                            "A reduced timetable was discussed at the spring review, but it would confirm to Maisie that school is not a place she can manage and would leave her parents unable to work.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("pb",),
                ("h", 1, "4. Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Maisie should have a named key adult, a teaching assistant who knows her history, who meets her at the door each morning and checks in with her at every change of activity during the day.",
                            "semh",
                            "specific",
                            F1_KEY,
                        ),
                        X(
                            "Children who have experienced early loss need the same adult to return to, again and again, before they can explore and learn.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "In my opinion Maisie needs adult support in class for the whole school day, 32.5 hours a week, because her impulsivity and her difficulty with consequences put her and other children at risk at unstructured moments as much as in lessons.",
                            "semh",
                            "less",
                            F1_TA,
                        ),
                        X(
                            "Support for only part of the day would leave her alone at exactly the times, such as lunchtime and the end of the day, when she is most dysregulated.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Every adult who teaches Maisie should have training in foetal alcohol spectrum disorder and attachment-aware practice from this service, a half-day session for the whole school staff in the autumn term with a follow-up in the spring.",
                            "other",
                            "wrong_section",
                            H2_TRAIN,
                            section="H2",
                        ),
                        X(
                            "Without this, adults are likely to read her forgetting as defiance and respond with sanctions that increase her anxiety.",
                            "reason and consequence",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A planned end-of-day routine should be put in place, with a short goodbye ritual with her key adult ten minutes before home time and a direct handover to her parent at the classroom door.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Maisie's FASD should be reviewed by the paediatric FASD clinic once a year, including her growth.",
                            "health",
                            "not_educational",
                            G1_FASD,
                            section="G",
                        ),
                    ],
                ),
                ("p", "Dr Rhian Castell, Clinical Psychologist (HCPC PYL04417), 21 July 2026"),
            ],
        ),
        dict(
            file=TPA1,
            style="headed",
            footer="Kellingford Adoption Support Service - therapeutic parenting advice - Maisie Thornbury",
            author="L Vickery",
            blocks=[
                ("org", "Kellingford Adoption Support Service"),
                (
                    "small",
                    "Therapeutic parenting team - 01632 960752 - tpt@kellingford.example.org",
                ),
                ("title", "Advice from the Therapeutic Parenting Adviser"),
                (
                    "kv",
                    [
                        ("Child", "Maisie Thornbury"),
                        ("Adviser", "Lorna Vickery"),
                        ("Date", "18 June 2026"),
                    ],
                ),
                ("h", 1, "What we have done together"),
                (
                    "p",
                    [
                        X(
                            "We have met Claire and Daniel six times since February, funded by the Adoption and Special Guardianship Support Fund, working on PACE and on co-regulation at bedtime.",
                            "support already in place",
                        ),
                        X(
                            "They told us that the long meltdowns after school have shortened from over an hour to about twenty minutes since the spring.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "What we see"),
                (
                    "bul",
                    [
                        N(
                            "Maisie is over-sensitive to noise and touch; she covers her ears in assembly and lashes out when she is jostled in the line.",
                            "sensory_physical",
                            B1_SENS,
                        ),
                        N(
                            "Her speech is fluent but her expressive language is muddled, and she cannot retell a simple event in order, which makes it hard for her to explain what went wrong.",
                            "communication_interaction",
                            B1_LANG,
                        ),
                        N(
                            "Her fine motor control is weak for her age: she cannot yet hold a pencil in a tripod grip, form most letters or use scissors.",
                            "sensory_physical",
                            None,
                        ),
                        X(
                            "Toileting accidents at school, which worried her parents in the autumn, have stopped.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "What we recommend for school"),
                (
                    "bul",
                    [
                        [
                            R(
                                "We recommend that instructions are given one step at a time, backed by a picture, and that a visual timetable is referred to by the adult before every change in the day.",
                                "communication_interaction",
                                "not_specific",
                                F1_VIS,
                            ),
                            X(
                                "This is because Maisie forgets spoken instructions almost at once but can look back at a picture.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "We recommend planned sensory breaks of five to ten minutes in a quiet space at least three times a day, before she becomes overwhelmed, together with an exit card she can show.",
                                "sensory_physical",
                                "not_specific",
                                F1_CALM,
                            ),
                            X(
                                "Waiting until she is already dysregulated means the break comes too late to help.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "We recommend a daily ten-minute fine motor programme with her teaching assistant, using activities planned with advice from an occupational therapist.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                        ],
                    ],
                ),
                ("h", 1, "For home"),
                (
                    "bul",
                    [
                        R(
                            "We suggest Claire and Daniel keep using PACE and the bedtime co-regulation routine every night, and keep Sunday evenings quiet and predictable.",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Lorna Vickery, Therapeutic Parenting Adviser"),
            ],
        ),
        dict(
            file=VSH1,
            style="lettered",
            footer="Kellingford Virtual School - advice for previously looked-after children - Maisie Thornbury",
            author="T Wren",
            blocks=[
                ("org", "Kellingford Virtual School"),
                ("title", "Virtual School Head: Advice for EHC Needs Assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Maisie Thornbury, Reception, Orchard Lane Primary School"),
                        ("Status", "Previously looked after (adopted)"),
                        ("Written by", "Tomasz Wren, Virtual School Head, 01632 960760"),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Our role for previously looked-after children is to give advice and information to parents and schools; we do not hold a personal education plan for Maisie.",
                            "background: role",
                        ),
                        X(
                            "The school receives Pupil Premium Plus for Maisie, which currently pays for a weekly nurture group.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We have been asked whether Northbrook's virtual school or ours should advise; because Maisie is on roll at a Kellingford school, the duty falls to us.",
                            "background: which council",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            R(
                                "Small-group language work (Talk Boost or similar) with a trained teaching assistant, three times a week for 20 minutes.",
                                "communication_interaction",
                                "specific",
                                F1_TALK,
                            ),
                            X(
                                "Maisie's muddled sentences mean she is often misunderstood, and that leads to conflict with other children.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A home-school diary every day and a weekly phone call from the class teacher to her parents, so that difficulties at school are known before she gets home.",
                                "semh",
                                "specific",
                                F1_DIARY,
                            ),
                            X(
                                "Her parents report that her worst evenings follow days when something went wrong at school that they did not know about.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [0.55, 0.45],
                ),
                ("p", "Tomasz Wren, Virtual School Head, 20 August 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbo-02: Eastmere City Council; Callum Reddings, 10, in a children's home in
# Sallowfield, outside his home council
# layout "statutory-name-em-dash-responsible-service-unlettered": no letters; each heading
# is the statutory name, an em dash and the service responsible; F a table.
# ---------------------------------------------------------------------------

B2_READ = "Callum reads like a much younger child and often cannot say what a passage he has just read was about."
B2_MATHS = "Because he missed a lot of school, Callum has gaps in his maths, such as adding to ten and telling the time."
B2_ALERT = "Callum is always on the lookout for danger, and he jumps or reacts strongly to loud bangs or raised voices."
B2_HIT = "When Callum is frightened he can hit, kick or throw things at the adults around him."
B2_FRIENDS = (
    "Callum finds it hard to play fairly and keep friends, and playtimes often end in an argument."
)

F2_PHON = "Short, frequent phonics catch-up sessions, taught one to one. A trained teaching assistant will take these for 20 minutes every school day."
F2_MATHS = "One-to-one maths tutoring for one hour a week, paid for from Pupil Premium Plus."
F2_ADULT = "A key adult for Callum to go to when needed."
F2_SOCIAL = "Opportunities to take part in social skills activities."
F2_CALL = "The designated teacher and Callum's key worker at Brackenhurst House will speak by phone every Monday morning before school."
F2_MENTOR = "The learning mentor will meet Callum for 30 minutes every Wednesday afternoon to talk through his week."

G2_SALT = "The Sallowfield children's speech and language therapy service will assess Callum and provide six sessions each term in school, once Eastmere and Sallowfield have agreed who will fund it."
G2_CAMHS = "Callum is on the waiting list of the Sallowfield CAMHS looked-after children team for an assessment for trauma-focused therapy."
H2_LIFE = "Life story work with Callum's social worker, once a fortnight at Brackenhurst House."

SW2 = "social_worker_report.docx"
PEP2 = "personal_education_plan.pdf"
VSH2 = "virtual_school_head_advice.docx"


def _dash(sid: str, service: str) -> tuple:
    short = {
        "C": "Health needs",
        "D": "Social care needs",
        "H1": "Social care provision under the Chronically Sick and Disabled Persons Act 1970",
    }
    return ("H", sid, f"{short.get(sid, NAMES[sid])} — {service}", "h2")


CASE_02 = dict(
    name="case-evalbo-02",
    layout="statutory-name-em-dash-responsible-service-unlettered",
    summary=(
        "Eastmere City Council; Callum Reddings, 10, Year 5, looked after under a care order and living at "
        "Brackenhurst House, a children's home in Sallowfield, 40 miles outside his home council; at Fernhill Church "
        "of England Primary School (reading and maths gaps from missed schooling, hypervigilance, aggression when "
        "frightened, friendships, language, shame, writing). The plan carries no letters: each heading is the "
        "statutory name, an em dash and the service responsible ('Special educational needs — Eastmere SEND Team'); "
        "F is a table. A social worker's report (.docx, third person with reported speech, and an argument over "
        "which council pays), the designated teacher's personal education plan (.pdf, tables with Action and "
        "Outcome columns) and the virtual school head's advice (.docx, recommendations argued at length)."
    ),
    note="Speech and language therapy in school, recommended as provision for Callum's language, stands in G as an NHS offer waiting on the funding argument: provision in the wrong section. The CAMHS waiting list in G and life story work in H2 are correctly placed. The councils' argument over who pays is background.",
    plan=dict(
        file="plan.pdf",
        footer="Eastmere City Council - Education, Health and Care Plan - Callum Reddings - page {n} of {m}",
        author="Eastmere SEND Team",
        title="Education, Health and Care Plan - Callum Reddings",
        blocks=[
            ("org", "Eastmere City Council - Children's Services"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Callum Reddings"),
                    ("Date of birth", "2 February 2016"),
                    ("NHS number", "999 771 4038"),
                    (
                        "Legal status",
                        "Looked after, full care order (section 31), Eastmere City Council",
                    ),
                    (
                        "Lives at",
                        "Brackenhurst House children's home, Sallowfield (placed out of area)",
                    ),
                    ("School", "Fernhill Church of England Primary School, Sallowfield, Year 5"),
                    (
                        "Social worker",
                        "Ms Bernadette Oyelaran, Eastmere Children in Care Service, 07700 900614",
                    ),
                    ("SEND officer", "Mr Rhys Catterall, 01632 960822"),
                ],
            ),
            _dash("A", "Callum and the people who care for him"),
            (
                "S",
                "A",
                "Callum loves football, especially Sallowfield Town, and he wants to be a goalkeeper or a firefighter.",
            ),
            (
                "p",
                "He says he likes his teacher, Mrs Hanley, and wants to stay at Fernhill with his friend Kai.",
            ),
            _dash("B", "Eastmere SEND Team"),
            (
                "S",
                "B",
                "Callum came into care at seven and has moved home and school four times since, so he has missed a great deal of learning.",
            ),
            ("p", [B2_READ, B2_MATHS]),
            ("p", [B2_ALERT, B2_HIT]),
            ("p", B2_FRIENDS),
            _dash("C", "NHS services in Sallowfield"),
            (
                "S",
                "C",
                "Callum is physically well; his looked-after child health assessment in April 2026 found no health concerns other than his emotional wellbeing.",
            ),
            _dash("D", "Eastmere Children in Care Service"),
            (
                "S",
                "D",
                "Callum is looked after by Eastmere City Council under a full care order and lives at Brackenhurst House, a children's home for four children run by a private provider.",
            ),
            (
                "p",
                "He has supervised contact with his mother once a month and with his younger sister every fortnight, and he needs adults to help him prepare for and recover from these visits.",
            ),
            (
                "p",
                "His care plan is for him to remain at Brackenhurst House until at least the end of primary school.",
            ),
            _dash("E", "agreed at the planning meeting"),
            (
                "S",
                "E",
                "By July 2027 Callum will read a Year 4 book and answer questions about it.",
            ),
            (
                "p",
                "By July 2027 Callum will know his number bonds to 20 and tell the time to five minutes.",
            ),
            (
                "p",
                "By July 2027 Callum will go through a half term with no more than one physical incident.",
            ),
            _dash("F", "Fernhill Church of England Primary School"),
            (
                "S",
                "F",
                "The school will make the following provision, reviewed each term at Callum's personal education plan meeting.",
            ),
            (
                "grid",
                [
                    ["What will be provided", "Who", "How often"],
                    [("F", F2_PHON, True), "Trained teaching assistant", "Daily"],
                    [("F", F2_MATHS, True), "Tutor arranged by the school", "Weekly"],
                    [("F", F2_ADULT, False), "School staff", "As needed"],
                    [("F", F2_SOCIAL, False), "School staff", "Regularly"],
                    [("F", F2_CALL, True), "Designated teacher", "Weekly"],
                    [("F", F2_MENTOR, True), "Learning mentor", "Weekly"],
                ],
                [0.56, 0.24, 0.2],
            ),
            _dash("G", "NHS services in Sallowfield"),
            ("S", "G", G2_SALT),
            ("p", G2_CAMHS),
            _dash("H1", "Eastmere Children in Care Service"),
            ("S", "H1", "Callum does not have assessed needs under section 2 of the Act."),
            _dash("H2", "Eastmere Children in Care Service"),
            (
                "S",
                "H2",
                "Eastmere City Council funds Callum's placement at Brackenhurst House, including waking night staff and one-to-one staffing on contact days.",
            ),
            ("p", H2_LIFE),
            ("p", "An independent visitor, arranged by Eastmere, will see Callum once a month."),
            _dash("I", "Eastmere SEND Team"),
            (
                "S",
                "I",
                "Fernhill Church of England Primary School, Church Lane, Sallowfield (voluntary aided primary school).",
            ),
            _dash("J", "Eastmere SEND Team"),
            ("S", "J", "No personal budget has been requested."),
            _dash("K", "Eastmere SEND Team"),
            (
                "S",
                "K",
                "Social worker's report, Ms B Oyelaran (May 2026); personal education plan, summer term 2026, Mrs S Hanley, designated teacher; advice from Mr D Achebe, Virtual School Head, Eastmere (June 2026); Callum's views, gathered by his key worker.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SW2,
            style="headed",
            footer="Eastmere Children in Care Service - social work report for EHC needs assessment - Callum Reddings - OFFICIAL-SENSITIVE",
            author="B Oyelaran",
            blocks=[
                ("org", "Eastmere City Council - Children in Care Service"),
                ("title", "Social Worker's Report for EHC Needs Assessment"),
                (
                    "kv",
                    [
                        ("Child", "Callum Reddings, born 2 February 2016"),
                        ("Social worker", "Bernadette Oyelaran"),
                        ("Date", "14 May 2026"),
                    ],
                ),
                ("h", 1, "Callum's history"),
                (
                    "p",
                    [
                        X(
                            "Callum came into care in March 2023 after a period of serious domestic abuse at home, and a full care order was made in December 2023.",
                            "history",
                        ),
                        X(
                            "He had two foster placements that ended at short notice before he moved to Brackenhurst House in September 2024.",
                            "history",
                        ),
                    ],
                ),
                ("h", 1, "How Callum is now"),
                (
                    "p",
                    [
                        "Staff at Brackenhurst House told me that Callum is settled and has a good bond with his key worker, Jordan.",
                        X(
                            "Callum has had no exclusions from Fernhill since January, and his attendance this year is 97 per cent.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "His key worker said that Callum sleeps with the landing light on and wakes at the smallest sound.",
                        N(
                            "In school and at home Callum is hypervigilant, constantly scanning the room and reacting strongly to sudden noises or raised voices.",
                            "semh",
                            B2_ALERT,
                        ),
                        N(
                            "When he feels threatened he becomes physically aggressive towards adults, and six physical incidents were recorded at school in the spring term.",
                            "semh",
                            B2_HIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Mrs Hanley told me that Callum tears up his work when it is praised as often as when it is corrected.",
                        N(
                            "Callum has a very low opinion of himself and reacts to praise or correction with intense shame, often destroying his work or hiding under the table.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "Who pays for what"),
                (
                    "p",
                    [
                        X(
                            "Eastmere, as the council that looks after Callum and maintains his plan, accepts that it must fund his special educational provision wherever he lives.",
                            "background: which council pays",
                        ),
                        X(
                            "However, Sallowfield's health services have declined to fund speech and language therapy for a child placed by another council, and Eastmere's health commissioners say the host area should provide it; the referral has been stuck since February.",
                            "background: which council pays",
                        ),
                        X(
                            "I have escalated this to both councils' designated officers, and in the meantime nobody has assessed Callum's language.",
                            "background: which council pays",
                        ),
                    ],
                ),
                ("h", 1, "My recommendations"),
                (
                    "p",
                    [
                        R(
                            "In my view Callum needs a named key adult at school who checks in with him at the start and end of each day and whom he can go to when he feels unsafe.",
                            "semh",
                            "not_specific",
                            F2_ADULT,
                        ),
                        X(
                            "He does better when he knows in advance who will be there for him.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "School and Brackenhurst House should agree one written regulation plan, with the same calming words and the same response to an incident, so that Callum meets the same adults' approach in both places.",
                            "semh",
                            "missing_from_f",
                        ),
                        X(
                            "At the moment school sends him home after an incident, which Callum experiences as another rejection.",
                            "reason and consequence",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Callum should continue life story work with me every fortnight, so that he can make sense of why he is in care.",
                            "social_care",
                            "not_educational",
                            H2_LIFE,
                            section="H2",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He should be assessed by the CAMHS looked-after children team for trauma-focused therapy.",
                            "health",
                            "not_educational",
                            G2_CAMHS,
                            section="G",
                        ),
                        X(
                            "A return to a school in Eastmere was raised by his mother, but Callum is settled at Fernhill and the care plan is for him to stay in Sallowfield.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Bernadette Oyelaran, Social Worker, Children in Care Service"),
            ],
        ),
        dict(
            file=PEP2,
            footer="Personal Education Plan - Callum Reddings - summer term 2026 - page {n} of {m}",
            author="S Hanley",
            blocks=[
                ("org", "Eastmere Virtual School - Personal Education Plan"),
                ("title", "PEP: Callum Reddings, Year 5, Fernhill CE Primary School"),
                (
                    "kv",
                    [
                        ("Term", "Summer 2026"),
                        ("Designated teacher", "Mrs Sarah Hanley"),
                        (
                            "Attending",
                            "Callum; Jordan Pike (key worker); Ms B Oyelaran (social worker); Mr D Achebe (virtual school)",
                        ),
                    ],
                ),
                ("b", "Attainment"),
                (
                    "grid",
                    [
                        ["Subject", "Working at", "Expected for Year 5"],
                        [
                            X(
                                "Reading: reading age 6 years 8 months (Salford test, April 2026)",
                                "test result",
                            ),
                            "Year 2",
                            "Year 5",
                        ],
                        ["Writing", "Year 2", "Year 5"],
                        ["Maths", "Year 3", "Year 5"],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                ("b", "Callum's strengths"),
                (
                    "bul",
                    [
                        X(
                            "Callum is a good sportsman in PE and is kind to the younger children in the reading buddies scheme.",
                            "strength",
                        ),
                        X(
                            "He has learned all his phase 3 phonics sounds since September.",
                            "progress",
                        ),
                    ],
                ),
                ("b", "Barriers to learning"),
                (
                    "bul",
                    [
                        N(
                            "Callum decodes slowly, cannot yet read a Year 3 text with understanding and loses the meaning of a sentence by the time he reaches the end.",
                            "cognition_learning",
                            B2_READ,
                        ),
                        N(
                            "He has gaps in number from missed schooling: he does not know his number bonds to 10 and cannot yet tell the time.",
                            "cognition_learning",
                            B2_MATHS,
                        ),
                        N(
                            "His handwriting is slow and effortful and he avoids writing, producing only a line or two in a lesson.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "He struggles to keep friendships, becoming controlling in games and falling out at most playtimes.",
                            "semh",
                            B2_FRIENDS,
                        ),
                    ],
                ),
                ("b", "Actions"),
                (
                    "grid",
                    [
                        ["Action", "Who and when", "Outcome it supports"],
                        [
                            R(
                                "One-to-one phonics catch-up with a trained teaching assistant for 20 minutes every day.",
                                "cognition_learning",
                                "specific",
                                F2_PHON,
                            ),
                            "TA, daily",
                            "Read a Year 4 book",
                        ],
                        [
                            R(
                                "A writing frame and the choice to record his work on a laptop in every lesson that needs writing.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "Class teacher, every lesson",
                            "Write a paragraph independently",
                        ],
                        [
                            R(
                                "A weekly phone call between the designated teacher and Callum's key worker.",
                                "semh",
                                "specific",
                                F2_CALL,
                            ),
                            "Mrs Hanley and Jordan, Mondays",
                            "Home and school know what happened",
                        ],
                        [
                            R(
                                "A weekly 30-minute session with the learning mentor to talk through his week.",
                                "semh",
                                "specific",
                                F2_MENTOR,
                            ),
                            "Learning mentor, Wednesdays",
                            "Fewer incidents",
                        ],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "p",
                    X(
                        "Pupil Premium Plus this term has paid for the learning mentor sessions and a set of decodable reading books.",
                        "support already in place",
                    ),
                ),
            ],
        ),
        dict(
            file=VSH2,
            style="lettered",
            footer="Eastmere Virtual School - advice for EHC needs assessment - Callum Reddings",
            author="D Achebe",
            blocks=[
                ("org", "Eastmere Virtual School for Children in Care"),
                ("title", "Advice from the Virtual School Head"),
                (
                    "kv",
                    [
                        ("Pupil", "Callum Reddings, Year 5"),
                        ("School", "Fernhill CE Primary School, Sallowfield"),
                        ("Written by", "David Achebe, Virtual School Head, 01632 960838"),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I have known Callum since he came into care, and I have attended each of his personal education plan meetings since he moved to Sallowfield.",
                            "background",
                        ),
                        X(
                            "A residential special school was suggested by the home's provider last year; I do not support it, because Callum is making progress in a mainstream school and another move would undo it.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Language"),
                (
                    "p",
                    [
                        N(
                            "Callum's understanding of spoken language appears well below his age, especially longer sentences and words about time and feelings, and this is often mistaken for defiance.",
                            "communication_interaction",
                            None,
                        ),
                        R(
                            "He should have a speech and language therapy assessment and a programme delivered in school by a speech and language therapist, six sessions a term, with the teaching assistant trained to continue it between visits.",
                            "communication_interaction",
                            "wrong_section",
                            G2_SALT,
                            section="G",
                        ),
                        X(
                            "Whichever council or health body ends up paying, this is provision that educates Callum and belongs in his plan as such.",
                            "background: which council pays",
                        ),
                    ],
                ),
                ("h", 1, "Maths and social skills"),
                (
                    "p",
                    [
                        R(
                            "I recommend two hours a week of one-to-one maths tutoring, funded from Pupil Premium Plus, because an hour a week has not been enough to close the gaps left by four changes of school.",
                            "cognition_learning",
                            "less",
                            F2_MATHS,
                        ),
                        X(
                            "Callum's maths improved by only two steps last term with one hour a week.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Callum should join a structured social skills group of three or four pupils, run by the learning mentor for 45 minutes once a week, with games that practise turn-taking and losing.",
                            "semh",
                            "not_specific",
                            F2_SOCIAL,
                        ),
                        X(
                            "Unstructured playtimes are when most incidents happen.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                ("p", "David Achebe, Virtual School Head, 9 June 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbo-03: Marlowe County Council; Dawit Haile, 15, unaccompanied asylum-seeking
# young person in foster care, Year 10
# layout "letter-en-dash-name-continuous-paragraph-numbers": "B – Special educational
# needs", every paragraph numbered 1, 2, 3 ... straight through the plan.
# ---------------------------------------------------------------------------

B3_ENG = "Dawit is still new to English and understands only a little of what is said in lessons."
B3_LIT = "Dawit had only a few years of school before he left home, and he can read and write only a little in Tigrinya."
B3_MATHS = (
    "In maths Dawit can add and take away well but has never been taught fractions or algebra."
)
B3_PTSD = "Dawit has frightening memories and bad dreams about his journey, sleeps badly and is often too tired to concentrate in the morning."
B3_FREEZE = "Some things, such as sirens or being asked about the past, can make Dawit freeze or walk out of the room."

F3_EAL = "Intensive English in a small group of new arrivals, taught by the EAL specialist teacher, five one-hour lessons a week."
F3_VOCAB = "Pre-teaching of key words for science and maths with a Tigrinya-speaking teaching assistant, one 30-minute session a week."
F3_BIL = "Access to bilingual resources."
F3_CHECK = "Regular check-ins with a member of the pastoral team."
F3_EXAM = "word-to-word Tigrinya-English dictionary and 25 per cent extra time in all tests and mock exams"
F3_TYPE = "A touch-typing course on the school's online programme, 20 minutes three times a week in tutor time."

G3_THER = "The Marlowe Refugee Wellbeing Service (CAMHS) will offer Dawit trauma-focused therapy, twelve weekly sessions from January 2027, with an interpreter."
H2_TUTOR = "The Unaccompanied Children's Team will pay for a volunteer maths tutor to visit Dawit at his foster home for two hours a week."

EAL3 = "eal_refugee_adviser_report.pdf"
SW3 = "social_worker_report.docx"
VSH3 = "virtual_school_head_advice.docx"

PARA3 = iter(range(1, 200))


def _en(sid: str) -> tuple:
    return ("H", sid, f"{sid} – {NAMES[sid]}", "h2")


def _n(text) -> tuple:
    return ("np", f"{next(PARA3)}.", text)


CASE_03 = dict(
    name="case-evalbo-03",
    layout="letter-en-dash-name-continuous-paragraph-numbers",
    summary=(
        "Marlowe County Council; Dawit Haile, 15, an unaccompanied asylum-seeking young person from Eritrea, looked "
        "after under section 20 and living with foster carers, in Year 10 at Highcross Academy (early stage of "
        "English, interrupted schooling, gaps in maths, post-traumatic stress, isolation, vocabulary retention, "
        "keyboard skills). Headings 'B – Special educational needs'; every paragraph numbered straight through the "
        "plan. An EAL and refugee education adviser's report (.pdf, bullets with reasons mixed in, options "
        "considered), a social worker's report (.docx, reported speech, and which council is responsible after a "
        "National Transfer Scheme move) and the virtual school head's advice (.docx, a table with an Outcome column)."
    ),
    note="One-to-one maths tuition, recommended by the virtual school head, stands in H2 as a volunteer tutor paid for by the social care team: provision in the wrong section. Trauma-focused therapy in G is health provision. A touch-typing course is in F although the need for it is missing from B. The dispute between councils over responsibility is background.",
    plan=dict(
        file="plan.docx",
        footer="Marlowe County Council | EHC plan | Dawit Haile | final | 30 November 2026",
        author="Marlowe SEND Assessment and Review",
        title="EHC Plan - Dawit Haile",
        blocks=[
            ("org", "MARLOWE COUNTY COUNCIL"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Dawit Haile"),
                    (
                        "Date of birth",
                        "1 January 2011 (as accepted by the age assessment of September 2025)",
                    ),
                    ("NHS number", "999 540 6612"),
                    ("First language", "Tigrinya (interpreter needed for meetings)"),
                    (
                        "Legal status",
                        "Looked after under section 20, Children Act 1989; unaccompanied asylum-seeking child",
                    ),
                    ("School", "Highcross Academy, Year 10"),
                    ("Foster carers", "Mr and Mrs Okonjo, Marlowe"),
                    ("SEND officer", "Ms Kerry Dunmore, 01632 960905"),
                ],
            ),
            _en("A"),
            _n(
                (
                    "S",
                    "A",
                    "Dawit wants to become an electrician and to play football for a real team.",
                )
            ),
            _n(
                "He told us, through the interpreter, that he wants to learn English quickly so that he can get a job and help his mother and sisters."
            ),
            _en("B"),
            _n(
                (
                    "S",
                    "B",
                    "Dawit arrived in England alone in 2025 after a long journey from Eritrea, and he has not been in school for most of the last four years.",
                )
            ),
            _n(B3_ENG),
            _n(B3_LIT),
            _n(B3_MATHS),
            _n(B3_PTSD),
            _n(B3_FREEZE),
            _en("C"),
            _n(
                (
                    "S",
                    "C",
                    "Dawit's initial health assessment found him physically well; his screening for tuberculosis was negative and he is registered with a GP and a dentist.",
                )
            ),
            _en("D"),
            _n(
                (
                    "S",
                    "D",
                    "Dawit is looked after by Marlowe County Council under section 20 of the Children Act 1989, as an unaccompanied asylum-seeking child, and lives with foster carers.",
                )
            ),
            _n(
                "His claim for asylum is waiting for a Home Office decision, and he needs support from his social worker and solicitor to prepare for his interview."
            ),
            _n(
                "He has no contact with his family, and he worries about his mother and sisters, who are in a refugee camp."
            ),
            _en("E"),
            _n(
                (
                    "S",
                    "E",
                    "By July 2027 Dawit will reach Bell Foundation band C (developing competence) in English.",
                )
            ),
            _n("By July 2027 Dawit will pass Functional Skills maths at Entry Level 3."),
            _n(
                "By July 2027 Dawit will be able to stay in lessons when something upsets him, using a plan he has agreed."
            ),
            _en("F"),
            _n(("S", "F", ("F", F3_EAL, True))),
            _n(("F", F3_VOCAB, True)),
            _n(("F", F3_BIL, False)),
            _n(("F", F3_CHECK, False)),
            _n(("F", F3_EXAM, True)),
            _n(("F", F3_TYPE, True)),
            _en("G"),
            _n(("S", "G", G3_THER)),
            _n(
                "The looked-after children's nurse will complete Dawit's review health assessment each year."
            ),
            _en("H1"),
            _n(("S", "H1", "No provision under this section.")),
            _en("H2"),
            _n(
                (
                    "S",
                    "H2",
                    "Marlowe County Council's Unaccompanied Children's Team funds Dawit's foster placement and will provide a social worker, a Tigrinya interpreter for every review, and a personal adviser from his sixteenth birthday.",
                )
            ),
            _n(H2_TUTOR),
            _en("I"),
            _n(("S", "I", "Highcross Academy, Marlowe (academy, mainstream secondary).")),
            _en("J"),
            _n(("S", "J", "Not applicable.")),
            _en("K"),
            _n(
                (
                    "S",
                    "K",
                    "Report of Ms Amira Solberg, EAL and Refugee Education Adviser (September 2026); social worker's report, Mr Luca Brannigan (October 2026); advice from Mrs Janet Ikeme, Virtual School Head (October 2026); Dawit's views.",
                )
            ),
        ],
    ),
    reports=[
        dict(
            file=EAL3,
            footer="Marlowe Ethnic Minority and Traveller Achievement Service - Dawit Haile - page {n} of {m}",
            author="A Solberg",
            blocks=[
                ("org", "Marlowe Ethnic Minority and Traveller Achievement Service"),
                ("small", "County Hall, Marlowe - 01632 960918 - emtas@marlowe.example.org"),
                ("title", "EAL and Refugee Education Adviser's Report"),
                (
                    "kv",
                    [
                        ("Young person", "Dawit Haile, Year 10, Highcross Academy"),
                        (
                            "Seen",
                            "in school, 11 and 18 September 2026, with a Tigrinya interpreter",
                        ),
                        ("Adviser", "Amira Solberg"),
                    ],
                ),
                ("b", "Background"),
                (
                    "bul",
                    [
                        X(
                            "Dawit went to school in Eritrea from about 7 to 11, then worked on his family's land before leaving the country at 13.",
                            "history",
                        ),
                        X(
                            "He spent more than a year travelling through Sudan and Libya and crossed to Italy by boat; he does not wish to talk about the journey in school, and that wish should be respected.",
                            "history",
                        ),
                        X(
                            "On the New Group Reading Test in English in September he scored below the lowest band, as expected so soon after arrival.",
                            "test result",
                        ),
                    ],
                ),
                ("b", "What I found"),
                (
                    "bul",
                    [
                        N(
                            "Dawit is at an early stage of learning English (Bell Foundation band B, becoming familiar): he follows classroom routines but understands little of subject teaching.",
                            "communication_interaction",
                            B3_ENG,
                        ),
                        N(
                            "He had about four years of schooling and reads and writes Tigrinya only at a basic level, so he cannot yet use his first language to support his reading in English.",
                            "cognition_learning",
                            B3_LIT,
                        ),
                        N(
                            "His mathematics is at around Key Stage 2 level: he adds and subtracts confidently but has never met fractions, algebra or written multiplication.",
                            "cognition_learning",
                            B3_MATHS,
                        ),
                        N(
                            "His memory for new vocabulary is weak at present, most likely because of his trauma and poor sleep: he learns a word in one lesson and has lost it by the next.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Dawit has never used a computer keyboard, which he will need for coursework and for access arrangements in exams.",
                            "other",
                            None,
                        ),
                        X(
                            "He is polite, hard-working and determined, and his teachers say he never misses homework.",
                            "strength",
                        ),
                        X(
                            "In six weeks he has moved from recognising a few letters to reading simple sentences in English.",
                            "progress",
                        ),
                    ],
                ),
                ("b", "Options"),
                (
                    "bul",
                    [
                        X(
                            "A full-time ESOL course at Marlowe College was suggested by his first social worker; I do not recommend it, because at 15 Dawit is entitled to a school place and needs to be among people his own age.",
                            "option considered and rejected",
                        ),
                        X(
                            "Withdrawing him from all mainstream lessons was also considered and rejected, since he learns a lot of English from his classmates in practical subjects.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Intensive English in a small group of new arrivals with the EAL specialist teacher for five hours a week",
                                "communication_interaction",
                                "specific",
                                F3_EAL,
                            ),
                            "- because he needs structured teaching of English on top of what he picks up in lessons.",
                        ],
                        [
                            R(
                                "Pre-teaching of key subject vocabulary by a Tigrinya-speaking teaching assistant, three 30-minute sessions a week before science, maths and geography lessons",
                                "communication_interaction",
                                "less",
                                F3_VOCAB,
                            ),
                            X(
                                "- he understands a lesson far better when he has met its key words first, in both languages.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A bilingual word-to-word dictionary and a keyword glossary on his desk in every lesson, and permission to use a translation app on a school tablet",
                                "communication_interaction",
                                "not_specific",
                                F3_BIL,
                            ),
                            "- so that he can work independently.",
                        ],
                        [
                            R(
                                "A word-to-word dictionary and 25 per cent extra time in tests and mock exams",
                                "communication_interaction",
                                "specific",
                                F3_EXAM,
                            )
                        ],
                        [
                            R(
                                "A touch-typing course, 20 minutes three times a week",
                                "other",
                                "specific",
                                F3_TYPE,
                            )
                        ],
                        [
                            R(
                                "A personalised Key Stage 4 pathway, agreed with Dawit and reviewed each term, combining Functional Skills English and maths, an entry-level science course, a GCSE in Tigrinya and a small number of other GCSEs",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            X(
                                "- without a realistic pathway he will sit a full set of GCSEs he cannot yet access and leave with nothing.",
                                "reason and consequence",
                            ),
                        ],
                    ],
                ),
                ("p", "Amira Solberg, EAL and Refugee Education Adviser, 25 September 2026"),
            ],
        ),
        dict(
            file=SW3,
            style="headed",
            footer="Marlowe County Council - Unaccompanied Children's Team - Dawit Haile - OFFICIAL-SENSITIVE",
            author="L Brannigan",
            blocks=[
                ("org", "Marlowe County Council - Unaccompanied Children's Team"),
                ("title", "Social Worker's Report"),
                (
                    "kv",
                    [
                        ("Young person", "Dawit Haile"),
                        ("Social worker", "Luca Brannigan, 07700 900377"),
                        ("Date", "8 October 2026"),
                    ],
                ),
                ("h", 1, "Arrival and responsibility"),
                (
                    "p",
                    [
                        X(
                            "Dawit arrived at Portcastle in the back of a lorry in June 2025 and was first looked after by Portcastle Borough Council.",
                            "history",
                        ),
                        X(
                            "Portcastle's age assessment in September 2025 accepted that he is 15, and the dispute about his age is now closed.",
                            "resolved difficulty",
                        ),
                        X(
                            "He was transferred to Marlowe under the National Transfer Scheme in October 2025, and Marlowe is now responsible for him as a looked-after child.",
                            "background: which council",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Portcastle had started an EHC needs assessment before the transfer and argued that Marlowe should finish it; Marlowe's SEND team at first said it should begin again, which delayed the plan by five months.",
                            "background: which council pays",
                        ),
                        X(
                            "Our team's view is that the Home Office grant for unaccompanied children pays for his care, not for his education, and that his special educational provision is for the SEND budget.",
                            "background: which council pays",
                        ),
                    ],
                ),
                ("h", 1, "How Dawit is"),
                (
                    "p",
                    [
                        "His foster carer, Mrs Okonjo, told me that Dawit wakes shouting most nights and is often up before five.",
                        N(
                            "Dawit has symptoms of post-traumatic stress, with intrusive memories, nightmares and poor sleep, and he is often exhausted and unable to concentrate in morning lessons.",
                            "semh",
                            B3_PTSD,
                        ),
                        N(
                            "Triggers such as sirens, people in uniform and being questioned about his journey can cause him to freeze or leave the room.",
                            "semh",
                            B3_FREEZE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Dawit said that at school he eats his lunch alone in the library.",
                        N(
                            "He is socially isolated in school, has not yet made a friend outside the two Tigrinya-speaking students in Year 11, and spends breaks and lunchtimes alone.",
                            "semh",
                            None,
                        ),
                        X(
                            "He goes to a Tigrinya-speaking church every Sunday and plays football with a community team on Saturdays, which he enjoys.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Dawit should be matched with a trained peer buddy and given a place in a lunchtime club, so that he has a safe place and people to be with at lunch.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He should be referred to the Refugee Wellbeing Service for trauma-focused therapy with an interpreter.",
                            "health",
                            "not_educational",
                            G3_THER,
                            section="G",
                        ),
                        R(
                            "At home, his foster carers should keep the calm evening routine they have started and let him phone his cousin in Leeds on Sundays.",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Luca Brannigan, Social Worker"),
            ],
        ),
        dict(
            file=VSH3,
            style="lettered",
            footer="Marlowe Virtual School - Dawit Haile",
            author="J Ikeme",
            blocks=[
                ("org", "Marlowe Virtual School"),
                ("title", "Virtual School Head: Advice for EHC Needs Assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Dawit Haile, Year 10, Highcross Academy"),
                        ("Written by", "Janet Ikeme, Virtual School Head, 01632 960927"),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Dawit's personal education plan was reviewed on 2 October; Pupil Premium Plus is paying for his school uniform, a tablet and a Saturday football coaching course.",
                            "support already in place",
                        ),
                        X(
                            "A placement at an SEMH specialist school was raised at the PEP meeting and rejected by everyone present, including Dawit.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Outcome it supports"],
                        [
                            R(
                                "One-to-one maths tuition with a qualified teacher for two hours a week in school, to teach the Key Stage 3 content he has missed.",
                                "cognition_learning",
                                "wrong_section",
                                H2_TUTOR,
                                section="H2",
                            ),
                            "Functional Skills maths at Entry Level 3",
                        ],
                        [
                            R(
                                "A trusted adult mentor, trained in trauma-informed practice, who meets Dawit for 30 minutes every week and helps him make and use a plan for the moments when he freezes.",
                                "semh",
                                "not_specific",
                                F3_CHECK,
                            ),
                            "Staying in lessons when he is upset",
                        ],
                    ],
                    [0.6, 0.4],
                ),
                ("p", "Janet Ikeme, Virtual School Head, 15 October 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbo-04: Abbotsmere Metropolitan Borough Council; Kayden Foulds, 13, Year 8, in
# kinship care with his grandmother under a special guardianship order
# layout "letter-space-sentence-case-delivered-when-funded-grid": "B  Special educational
# needs" (letter, space, sentence case); F a table Provision / Delivered by / When / Funded by.
# ---------------------------------------------------------------------------

B4_READ = "Kayden reads more slowly and less accurately than most pupils in his year and struggles with the textbooks used in lessons."
B4_SPELL = "Kayden's spelling makes his writing hard to follow, so he writes as little as he can get away with."
B4_SLOW = "Kayden works slowly and cannot keep up when he has to copy from the board or take notes."
B4_WORRY = "Kayden worries a lot about coming to school, often feels ill on Monday mornings and has missed a lot of school this year."
B4_TEMPER = "If a teacher tells Kayden off in front of the class he can lose his temper and refuse to do as he is asked."

F4_LIT = "A structured multisensory literacy programme, one to one with a trained teaching assistant, 30 minutes three times a week."
F4_PRINT = (
    "Printed copies of board work and lesson notes given to Kayden at the start of every lesson."
)
F4_ELSA = "Six ELSA sessions of 45 minutes in the autumn term."
F4_QUIET = "Access to a quiet space at unstructured times."
F4_ORG = "Support with organisation as required."
F4_EXAM = "25 per cent extra time and a reader in tests and internal exams."

D4_MENTOR = "The Kinship Support Team provides a mentor who sees Kayden at school once a week to help him with his feelings about his mum."
G4_GP = "Kayden's GP will review his stomach aches and his sleep."
H2_KIN = (
    "Pauline will be offered a place on the Kinship Carers' Programme and a carer's assessment."
)

SW4 = "kinship_social_worker_report.docx"
VSH4 = "virtual_school_head_advice.pdf"
DT4 = "designated_teacher_report.docx"


def _sp(sid: str) -> tuple:
    return ("H", sid, f"{sid}  {NAMES[sid]}", "h2")


CASE_04 = dict(
    name="case-evalbo-04",
    layout="letter-space-sentence-case-delivered-when-funded-grid",
    summary=(
        "Abbotsmere Metropolitan Borough Council; Kayden Foulds, 13, Year 8 at Brookvale High School, living with "
        "his grandmother under a special guardianship order made in 2023 while he was in the care of Calderbrook "
        "Council (reading, spelling, processing speed, anxiety and low attendance, temper, organisation, grief, "
        "worry about his grandmother). Headings 'B  Special educational needs' (letter, space, sentence case); F "
        "a table Provision / Delivered by / When / Funded by. A kinship social worker's report (.docx, reported "
        "speech, which council pays after the three-year rule), the virtual school head's advice (.pdf, options "
        "and recommendations argued) and the designated teacher's report (.docx, first person plural, an Area / "
        "What we see / What we recommend table)."
    ),
    note="A weekly mentor in school for Kayden's feelings about his mother, recommended as provision in school, is written into Section D as a Kinship Support Team arrangement: provision in the wrong section. The GP review in G and the Kinship Carers' Programme in H2 are correctly placed. The councils' argument over special guardianship support is background.",
    plan=dict(
        file="plan.docx",
        footer="Abbotsmere MBC - EHCP - Kayden Foulds - issued 16 November 2026",
        author="Abbotsmere SEN Team",
        title="EHCP - Kayden Foulds",
        blocks=[
            ("org", "Abbotsmere Metropolitan Borough Council"),
            ("title", "Education, Health and Care Plan for Kayden Foulds"),
            (
                "kv",
                [
                    ("Date of birth", "19 March 2013"),
                    ("NHS number", "999 265 0981"),
                    ("School", "Brookvale High School, Year 8"),
                    (
                        "Lives with",
                        "Mrs Pauline Foulds (grandmother and special guardian), 31 Lark Hill, Abbotsmere",
                    ),
                    (
                        "Care status",
                        "Previously looked after: special guardianship order made February 2023 (Calderbrook Council)",
                    ),
                    ("Case officer", "Mrs Nadia Sheikh, 01632 960951"),
                ],
            ),
            _sp("A"),
            (
                "S",
                "A",
                "Kayden is into BMX, grime music and fixing bikes with his uncle, and he would like to be a mechanic.",
            ),
            (
                "p",
                "His nan says he is a caring lad who looks out for her, and she wants him to go to school without a fight every morning.",
            ),
            _sp("B"),
            (
                "S",
                "B",
                "Kayden has had a lot of change and loss in his life and moved in with his nan when he was nine.",
            ),
            ("b", "Learning"),
            ("p", [B4_READ, B4_SPELL, B4_SLOW]),
            ("b", "Feelings and behaviour"),
            ("p", [B4_WORRY, B4_TEMPER]),
            _sp("C"),
            (
                "S",
                "C",
                "Kayden is generally healthy; he often complains of stomach aches, which his GP thinks are linked to worry.",
            ),
            _sp("D"),
            (
                "S",
                "D",
                "Kayden lives with his grandmother under a special guardianship order; his mother is in prison and he visits her once a month with a kinship support worker.",
            ),
            (
                "p",
                "Pauline is 68 and has COPD, and she has asked for help with Kayden's behaviour at home and with the cost of his travel to contact.",
            ),
            ("p", D4_MENTOR),
            _sp("E"),
            ("S", "E", "By July 2027 Kayden's attendance will be above 90 per cent."),
            (
                "p",
                "By July 2027 Kayden will read Year 8 texts with support and write a full page in English lessons.",
            ),
            (
                "p",
                "By July 2027 Kayden will use a time-out pass instead of walking out of lessons.",
            ),
            _sp("F"),
            (
                "S",
                "F",
                "Brookvale High School will make this provision, funded from its own budget unless it says otherwise.",
            ),
            (
                "grid",
                [
                    ["Provision", "Delivered by", "When", "Funded by"],
                    [
                        ("F", F4_LIT, True),
                        "Teaching assistant",
                        "Mon, Wed, Fri, period 1",
                        "School (notional SEN budget)",
                    ],
                    [("F", F4_PRINT, True), "Subject teachers", "Every lesson", "School"],
                    [("F", F4_EXAM, True), "Exams officer", "All tests", "School"],
                    [("F", F4_ELSA, True), "ELSA", "Autumn term", "Pupil Premium Plus"],
                    [("F", F4_QUIET, False), "Pastoral team", "When needed", "School"],
                    [("F", F4_ORG, False), "Form tutor", "As required", "School"],
                ],
                [0.46, 0.18, 0.18, 0.18],
            ),
            _sp("G"),
            ("S", "G", G4_GP),
            _sp("H1"),
            (
                "S",
                "H1",
                "Kayden has no needs under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
            ),
            _sp("H2"),
            (
                "S",
                "H2",
                "Abbotsmere's Kinship Support Team will continue to pay Pauline's special guardianship allowance and arrange Kayden's monthly prison visits.",
            ),
            ("p", H2_KIN),
            _sp("I"),
            ("S", "I", "Brookvale High School, Abbotsmere (mainstream secondary academy)."),
            _sp("J"),
            ("S", "J", "No request has been made for a personal budget."),
            _sp("K"),
            (
                "S",
                "K",
                "Report of Ms Gemma Roscoe, kinship social worker (September 2026); advice from Mr Ifan Pryce, Virtual School Head (October 2026); report of Mr Owen Stace, designated teacher, Brookvale High School (September 2026); views of Kayden and his grandmother.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SW4,
            style="headed",
            footer="Abbotsmere Kinship Support Team - report for EHC needs assessment - Kayden Foulds",
            author="G Roscoe",
            blocks=[
                ("org", "Abbotsmere Metropolitan Borough Council - Kinship Support Team"),
                ("title", "Kinship Social Worker's Report"),
                (
                    "kv",
                    [
                        ("Child", "Kayden Foulds, born 19 March 2013"),
                        ("Special guardian", "Mrs Pauline Foulds, maternal grandmother"),
                        ("Social worker", "Gemma Roscoe, 01632 960966"),
                        ("Date", "22 September 2026"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Kayden was taken into care by Calderbrook Council in 2021 after his mother's drug use and a house fire, and he spent eighteen months with foster carers.",
                            "history",
                        ),
                        X(
                            "A special guardianship order was made to his grandmother in February 2023, and Kayden has lived with her in Abbotsmere since.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "For the first three years after the order Calderbrook was responsible for special guardianship support; since February 2026 that duty has passed to Abbotsmere.",
                            "background: which council pays",
                        ),
                        X(
                            "Calderbrook had agreed to fund a therapeutic mentor for Kayden, but it stopped payment at the three-year point and Abbotsmere has not yet agreed to take it on, so Pauline has been paying for bus fares to contact herself.",
                            "background: which council pays",
                        ),
                    ],
                ),
                ("h", 1, "Kayden now"),
                (
                    "p",
                    [
                        "Pauline told me that Kayden refuses to get up most Monday mornings and says he has a stomach ache.",
                        N(
                            "Kayden experiences high levels of anxiety about school, with stomach aches on Sunday nights and Monday mornings, and his attendance has fallen to 61 per cent this year.",
                            "semh",
                            B4_WORRY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He carries unresolved grief and worry about his mother, who is in prison, and he becomes withdrawn and tearful for several days after each visit.",
                            "semh",
                            None,
                        ),
                        N(
                            "Kayden has taken on a young carer's role for his grandmother, whose COPD has worsened, and he worries about leaving her alone during the day, which adds to his reluctance to go to school.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Kayden has a strong bond with his grandmother and his uncle, and he has kept the same friends since moving to Abbotsmere.",
                            "strength",
                        ),
                        X(
                            "The night-time bed-wetting that worried Pauline when he first came to her stopped two years ago.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "What I recommend"),
                (
                    "p",
                    [
                        R(
                            "Kayden should see a trained mentor in school once a week to help him prepare for and recover from visits to his mother, with the sessions timed around the visits.",
                            "semh",
                            "wrong_section",
                            D4_MENTOR,
                            section="D",
                        ),
                        X(
                            "He will not talk about his mum at home because he does not want to upset his nan.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "School should put in place an attendance support plan, with his key adult meeting him at the gate each morning and a phone call home by 9.15 on any day he is absent.",
                            "semh",
                            "missing_from_f",
                        ),
                        X(
                            "Pauline cannot physically bring him to school, so the pull has to come from school.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Pauline should be offered the Kinship Carers' Programme and a carer's assessment in her own right.",
                            "social_care",
                            "not_educational",
                            H2_KIN,
                            section="H2",
                        ),
                    ],
                ),
                ("p", "Gemma Roscoe, Kinship Social Worker"),
            ],
        ),
        dict(
            file=VSH4,
            footer="Abbotsmere Virtual School - advice for a previously looked-after child - Kayden Foulds - page {n} of {m}",
            author="I Pryce",
            blocks=[
                ("org", "Abbotsmere Virtual School"),
                (
                    "small",
                    "Civic Centre, Abbotsmere - 01632 960970 - virtualschool@abbotsmere.example.org",
                ),
                ("title", "Advice from the Virtual School Head"),
                (
                    "kv",
                    [
                        ("Pupil", "Kayden Foulds, Year 8, Brookvale High School"),
                        ("Status", "Previously looked after (special guardianship)"),
                        ("Written by", "Ifan Pryce, Virtual School Head"),
                    ],
                ),
                ("b", "Context"),
                (
                    "p",
                    [
                        X(
                            "Brookvale receives Pupil Premium Plus for Kayden, and this year it has paid for six ELSA sessions and a revision guide.",
                            "support already in place",
                        ),
                        X(
                            "Calderbrook's virtual school advised the school until last year; as Kayden attends an Abbotsmere school, advice now comes from us.",
                            "background: which council",
                        ),
                    ],
                ),
                ("b", "What I see"),
                (
                    "p",
                    [
                        N(
                            "Kayden has significant difficulty organising himself: he forgets equipment, loses homework and cannot follow his timetable across the school's large site.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "When he is corrected in front of other pupils he becomes angry and defiant, and he has had eleven detentions this term.",
                            "semh",
                            B4_TEMPER,
                        ),
                    ],
                ),
                ("b", "Options considered"),
                (
                    "p",
                    [
                        X(
                            "A move to the local alternative provision centre was suggested after his detentions; I advise against it, because Kayden's difficulties come from anxiety and unmet learning needs rather than wilful behaviour.",
                            "option considered and rejected",
                        ),
                        X(
                            "A part-time timetable was also considered and rejected, since it would make his return to full-time school harder.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Kayden needs emotional literacy support (ELSA) once a week for 45 minutes for at least two terms, not a single block of six sessions, because his anxiety is long-standing and will not shift in half a term.",
                            "semh",
                            "less",
                            F4_ELSA,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He should have a named quiet room he can go to at break and lunchtime, and a time-out pass he can use in any lesson, agreed with all his teachers.",
                            "semh",
                            "not_specific",
                            F4_QUIET,
                        ),
                        X(
                            "Most of his detentions have followed incidents in corridors and at lunchtime.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "For organisation, he should have a colour-coded timetable and an equipment checklist, and his form tutor should check his planner with him for five minutes every morning.",
                            "cognition_learning",
                            "not_specific",
                            F4_ORG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He should be offered a place at the school's homework club three afternoons a week, where an adult helps him start each piece of homework.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        X(
                            "Pauline cannot help him with secondary homework, and unfinished homework is the most common reason for his detentions.",
                            "reason and consequence",
                        ),
                    ],
                ),
                ("p", "Ifan Pryce, Virtual School Head, 3 October 2026"),
            ],
        ),
        dict(
            file=DT4,
            style="lettered",
            footer="Brookvale High School - designated teacher's report - Kayden Foulds",
            author="O Stace",
            blocks=[
                ("org", "Brookvale High School"),
                ("title", "Designated Teacher's Report"),
                (
                    "kv",
                    [
                        ("Pupil", "Kayden Foulds, 8R"),
                        ("Designated teacher", "Owen Stace"),
                        ("Date", "29 September 2026"),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We carried out a dyslexia screening in July, and an educational psychologist's assessment in June found a processing speed standard score of 76 and a verbal comprehension score of 97.",
                            "test result",
                        ),
                        X(
                            "Kayden is well liked, is one of our best performers in design and technology, and has joined the BMX club.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "grid",
                    [
                        ["Area", "What we see", "What we recommend"],
                        [
                            "Reading",
                            N(
                                "Kayden's reading accuracy is at around a 9-year level, and his understanding of secondary textbooks is weak.",
                                "cognition_learning",
                                B4_READ,
                            ),
                            R(
                                "A structured multisensory literacy programme one to one, 30 minutes three times a week.",
                                "cognition_learning",
                                "specific",
                                F4_LIT,
                            ),
                        ],
                        [
                            "Writing",
                            N(
                                "His spelling is phonetically inaccurate, and his written work is short and difficult to read.",
                                "cognition_learning",
                                B4_SPELL,
                            ),
                            X(
                                "We have tried a laptop, but he found it embarrassing in class and we do not recommend it now.",
                                "option tried and rejected",
                            ),
                        ],
                        [
                            "Speed of work",
                            N(
                                "His processing speed is low, so he cannot copy from the board or keep up with note-taking.",
                                "cognition_learning",
                                B4_SLOW,
                            ),
                            (
                                "L",
                                [
                                    R(
                                        "Printed copies of board work and notes at the start of every lesson.",
                                        "cognition_learning",
                                        "specific",
                                        F4_PRINT,
                                    ),
                                    R(
                                        "25 per cent extra time and a reader in tests and internal exams.",
                                        "cognition_learning",
                                        "specific",
                                        F4_EXAM,
                                    ),
                                ],
                            ),
                        ],
                    ],
                    [0.16, 0.42, 0.42],
                ),
                (
                    "p",
                    [
                        R(
                            "We would also ask his GP to look at his stomach aches and his sleep.",
                            "health",
                            "not_educational",
                            G4_GP,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    "Owen Stace, Designated Teacher for Looked-After and Previously Looked-After Children",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
