# ruff: noqa: E501, N802
"""Set BU as data: rural and coastal schools far from specialist services (an autistic
boy of 7 in a 40-pupil village school, a 12-year-old with a moderate learning difficulty
facing a 70-minute taxi journey, a 10-year-old with a hearing loss whose teacher of the
deaf visits once a term), in plan layouts no earlier set has.

Every name, council, school, service, NHS trust and professional is invented.
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
# case-evalbu-01: Westmarsh County Council; Alfie Trebilcock, 7, autistic, at a 40-pupil
# village school with two mixed-age classes.
# layout "letter-double-space-name-child-gloss-after-dash": "B  Special educational needs -
# what Alfie finds hard"; F a table Provision / Who / Where it happens.
# ---------------------------------------------------------------------------

GLOSS1 = {
    "A": "what Alfie and his family want",
    "B": "what Alfie finds hard",
    "C": "Alfie's health",
    "D": "care at home",
    "E": "what we are aiming for",
    "F": "help at school",
    "G": "help from the NHS",
    "H1": "care services",
    "H2": "other care services",
    "I": "Alfie's school",
    "J": "money the family can manage",
    "K": "who gave advice",
}

B1_AUT = "Alfie is autistic, and the way he understands other people and the world around him is different from most children of his age."
B1_NOISE = "The classroom gets loud when the younger children are playing, and Alfie covers his ears, hides under the table or runs out of the room."
B1_CHANGE = "Alfie gets very upset when something changes without warning, such as a different adult coming in or the hall being used for something else."
B1_FRIENDS = "He would like to play with the other boys but does not know how to join in and often ends up pushing or grabbing."
B1_TALK = "Alfie talks a lot about trains and buses but finds it hard to have a back-and-forth conversation or answer questions about a story."
B1_WRITE = "Writing is hard work for Alfie, and he often refuses to start a piece of writing or screws up the paper."

F1_BASE = "A quiet work station in the library corner, screened off, which Alfie can use for his independent work and whenever he asks for a break."
F1_SCHED = "A visual timetable on Alfie's desk, updated by the class teaching assistant each morning and whenever the plan for the day changes."
F1_TA = "Teaching assistant support for 15 hours a week, across the mornings."
F1_OUTREACH = "Access to the Specialist Outreach Service as needed."
F1_SOCIAL = "Regular opportunities to develop social skills."
F1_WRITE = "A writing frame and a choice of pen or keyboard for every piece of extended writing, with the task broken into three short parts."

G1_CAMHS = (
    "Westmarsh CAMHS Neurodevelopmental Team will offer Alfie's parents a post-diagnosis workshop."
)
G1_OT = "The children's occupational therapy service will provide a sensory diet, to be carried out by school staff every day, and will review it in a year."

OT1 = "outreach_teacher_report.pdf"
HT1 = "headteacher_senco_report.docx"


def _gloss(sid: str) -> tuple:
    return ("H", sid, f"{sid}  {NAMES[sid]} - {GLOSS1[sid]}", "h2")


CASE_01 = dict(
    name="case-evalbu-01",
    layout="letter-double-space-name-child-gloss-after-dash",
    summary=(
        "Westmarsh County Council; Alfie Trebilcock, 7 years 2 months, autistic, in Year 2 at St Petroc's "
        "Church of England Primary, a 40-pupil village school with two mixed-age classes, 34 miles from the "
        "nearest specialist provision. Each heading is the letter, two spaces, the statutory name and a "
        "child-friendly gloss after a dash ('B  Special educational needs - what Alfie finds hard'); F is a "
        "table Provision / Who / Where it happens. Reports: the outreach teacher from Carn Brea special "
        "school (.pdf, third person, recommendations argued at length, options rejected) and the "
        "headteacher who is also the SENCo (.docx, first person plural, bullets with reasons mixed in)."
    ),
    note="The outreach teacher's daily sensory circuit run by the teaching assistant stands in G as an occupational therapy offer: provision in the wrong section. The CAMHS parents' workshop in G is health provision. The outreach service 'as needed' is a promise of a service that visits the area rarely.",
    plan=dict(
        file="plan.docx",
        footer="Westmarsh County Council - Education, Health and Care Plan - Alfie Trebilcock - issued 12 October 2026",
        author="Westmarsh SEND Statutory Team",
        title="EHC Plan - Alfie Trebilcock",
        blocks=[
            ("org", "WESTMARSH COUNTY COUNCIL"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Alfie Trebilcock"),
                    ("Date of birth", "14 August 2019"),
                    ("NHS number", "999 318 2274"),
                    ("School", "St Petroc's CE Primary School, Trenance Lane, St Petroc"),
                    ("Parents", "Kerensa and Mark Trebilcock"),
                    ("Case officer", "Mr D Pascoe, 01632 960231"),
                ],
            ),
            _gloss("A"),
            (
                "S",
                "A",
                "Alfie loves trains, buses and timetables, and he knows every stop on the 52 bus to Truvan.",
            ),
            (
                "p",
                "His parents want Alfie to stay at the village school with his cousins and to have a friend to play with at break.",
            ),
            _gloss("B"),
            ("S", "B", B1_AUT),
            ("p", [B1_TALK, B1_FRIENDS]),
            ("p", [B1_NOISE, B1_CHANGE]),
            ("p", B1_WRITE),
            _gloss("C"),
            (
                "S",
                "C",
                "Alfie was diagnosed autistic by the Westmarsh CAMHS Neurodevelopmental Team in March 2026. He has no other health needs.",
            ),
            _gloss("D"),
            ("S", "D", "No social care needs have been identified."),
            _gloss("E"),
            (
                "S",
                "E",
                "By July 2027 Alfie will join a game at break time with one other child, using words to ask.",
            ),
            (
                "p",
                "By July 2027 Alfie will stay in the classroom for whole lessons, using his quiet station when he needs to.",
            ),
            (
                "p",
                "By July 2027 Alfie will write three sentences about a topic with a writing frame.",
            ),
            _gloss("F"),
            (
                "S",
                "F",
                "The school will make the following provision. The class has 21 children from Reception to Year 2 taught by one teacher with a teaching assistant.",
            ),
            (
                "grid",
                [
                    ["Provision", "Who", "Where it happens"],
                    [("F", F1_TA, True), "Class teaching assistant", "Class 1"],
                    [("F", F1_SCHED, True), "Class teaching assistant", "Class 1"],
                    [("F", F1_BASE, True), "All staff", "Library corner"],
                    [("F", F1_WRITE, True), "Class teacher", "Class 1"],
                    [("F", F1_SOCIAL, False), "School staff", "Playground"],
                    [("F", F1_OUTREACH, False), "Carn Brea School outreach", "Remote or in school"],
                ],
                [0.5, 0.25, 0.25],
            ),
            _gloss("G"),
            ("S", "G", G1_CAMHS),
            ("p", G1_OT),
            _gloss("H1"),
            ("S", "H1", "No services are provided under the 1970 Act."),
            _gloss("H2"),
            ("S", "H2", "No other social care provision is needed at present."),
            _gloss("I"),
            (
                "S",
                "I",
                "St Petroc's Church of England Primary School (voluntary controlled, mainstream).",
            ),
            _gloss("J"),
            ("S", "J", "No personal budget has been requested."),
            _gloss("K"),
            (
                "S",
                "K",
                "Advice from Mrs Lowenna Hocking, outreach teacher, Carn Brea School (June 2026); Mrs Sarah Jory, headteacher and SENCo, St Petroc's (June 2026); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT1,
            footer="Carn Brea School Specialist Outreach Service - Alfie Trebilcock - page {n} of {m}",
            author="L Hocking",
            blocks=[
                ("org", "Carn Brea School - Specialist Outreach Service for Autism"),
                ("small", "Carn Brea Road, Truvan - 01632 960240 - outreach@carnbrea.example.org"),
                ("title", "Outreach Teacher's Advice"),
                (
                    "kv",
                    [
                        ("Pupil", "Alfie Trebilcock, Year 2, St Petroc's CE Primary"),
                        (
                            "Visits",
                            "One visit in person (4 June 2026), one video call with staff (11 June 2026)",
                        ),
                        ("Author", "Lowenna Hocking, specialist teacher (autism)"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "The school is 34 miles from Carn Brea, and the outreach service has been able to visit in person once this year because of the distance and the size of our caseload.",
                            "background: context of the service",
                        ),
                        X(
                            "Alfie received his diagnosis of autism in March 2026 after a wait of 22 months.",
                            "history",
                        ),
                        X(
                            "In Reception he was on a part-time timetable for six weeks, which ended when he settled after Christmas.",
                            "history: resolved",
                        ),
                    ],
                ),
                ("h", 1, "Observations"),
                (
                    "p",
                    [
                        X(
                            "Alfie was keen to show me his bus timetable collection and read the times aloud accurately.",
                            "strength",
                        ),
                        N(
                            "Alfie is autistic, with marked differences in social communication and in how he processes sensory information.",
                            "communication_interaction",
                            B1_AUT,
                        ),
                        N(
                            "In the mixed-age class, where Reception children play noisily while older pupils work, Alfie was seen to cover his ears and leave his seat four times in one hour, twice running out of the room.",
                            "sensory_physical",
                            B1_NOISE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He is distressed by unannounced change: when the hall was set up for a funeral tea, he refused to enter it and cried for twenty minutes.",
                            "semh",
                            B1_CHANGE,
                        ),
                        N(
                            "Alfie finds it hard to understand what others are thinking or feeling and does not recognise when a classmate is upset or teasing.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "He has very few opportunities to practise play with children of his own age, as there are only three boys in Year 2, and he tends to approach them by grabbing or pushing.",
                            "semh",
                            B1_FRIENDS,
                        ),
                    ],
                ),
                ("h", 1, "Recommendations and reasons"),
                (
                    "p",
                    [
                        R(
                            "Alfie needs a low-arousal work space away from the play areas of the classroom, which he can use for focused work and to calm himself.",
                            "sensory_physical",
                            "specific",
                            F1_BASE,
                        ),
                        "In a building this size a separate room is not realistic, so a screened corner is the best option; a sensory room at the church hall was considered, but it is across the road and would mean Alfie leaving the site with an adult.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I recommend a structured social skills group, using a programme such as LEGO-based therapy, led by the teaching assistant for 30 minutes three times a week, with two pupils from Classes 1 and 2.",
                            "semh",
                            "not_specific",
                            F1_SOCIAL,
                        ),
                        X(
                            "Because the school has so few children of Alfie's age, the group should draw on children across the two classes, which is one strength of a small school.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A sensory circuit of ten minutes, run by the teaching assistant at the start of each morning and after lunch, should help Alfie arrive in class calm and ready to learn.",
                            "sensory_physical",
                            "wrong_section",
                            G1_OT,
                            section="G",
                        ),
                        X(
                            "An occupational therapy assessment would be ideal, but the waiting list for a home visit in the west of the county is currently over a year, so the circuit should not wait for it.",
                            "option considered: reason",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "The outreach service should provide a half-termly consultation with the class teacher and teaching assistant, by video with one visit in person each term, to review Alfie's progress and set targets.",
                            "other",
                            "not_specific",
                            F1_OUTREACH,
                        ),
                        R(
                            "All staff at St Petroc's, including the midday supervisors and the cook, should complete the Autism Education Trust Making Sense of Autism training this year.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "A place at Carn Brea School was discussed with Mr and Mrs Trebilcock; they did not want Alfie to travel 34 miles a day, and I agree that his needs can be met locally with this support.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home his parents may find it useful to prepare Alfie for visits with photographs on the family phone.",
                            "other",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "sig",
                    [
                        "Lowenna Hocking",
                        "Specialist Teacher (Autism), Carn Brea School Outreach",
                        "18 June 2026",
                    ],
                ),
            ],
        ),
        dict(
            file=HT1,
            style="headed",
            footer="St Petroc's CE Primary School - SENCo advice - Alfie Trebilcock",
            author="S Jory",
            blocks=[
                ("org", "St Petroc's Church of England Primary School"),
                ("small", "Trenance Lane, St Petroc - 01632 960255 - head@stpetrocs.example.org"),
                ("title", "School Advice for EHC Needs Assessment"),
                (
                    "p",
                    "Written by Sarah Jory, headteacher and SENCo, with Mrs Penhale, Alfie's class teacher, 22 June 2026.",
                ),
                ("h", 1, "Our school"),
                (
                    "p",
                    [
                        X(
                            "We are a school of 40 pupils in two classes, and I teach Class 2 for three days a week as well as leading the school.",
                            "background",
                        ),
                        X(
                            "We have no specialist staff on site, and the nearest speech and language therapy clinic is in Truvan, a 50-minute drive.",
                            "background: context",
                        ),
                    ],
                ),
                ("h", 1, "What we have already tried"),
                (
                    "bul",
                    [
                        X(
                            "Ear defenders, which Alfie has used since January and which help in assemblies.",
                            "support already in place",
                        ),
                        X(
                            "A 'now and next' board, which worked well in Reception but which he says is babyish now.",
                            "support tried",
                        ),
                        X(
                            "Moving his seat to the end of the table, which reduced the grabbing at carpet time.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "What we see"),
                (
                    "bul",
                    [
                        N(
                            "Alfie talks at length about buses and trains, but he struggles with conversations that go back and forth and cannot yet answer 'why' questions about a story.",
                            "communication_interaction",
                            B1_TALK,
                        ),
                        N(
                            "He resists writing tasks, often refusing to start and tearing up his work, because his handwriting is slow and effortful.",
                            "cognition_learning",
                            B1_WRITE,
                        ),
                        N(
                            "His reading of words is well ahead, but he does not understand much of what he reads, especially stories about people's feelings.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Lunchtimes are very hard: he eats alone, will not go into the hall when it is noisy and is often found wandering by the field gate.",
                            "semh",
                            None,
                        ),
                        X("His phonics screening check score was 38 out of 40.", "test result"),
                        X(
                            "His attendance is 97%, and he is always happy to come to school in the morning.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "What we think Alfie needs"),
                ("p", "We would like the following, and we have said why beside each one:"),
                (
                    "bul",
                    [
                        [
                            R(
                                "We need teaching assistant support for Alfie for the whole school day, 27.5 hours a week, so that an adult can help him through transitions, lunchtimes and afternoons as well as mornings.",
                                "semh",
                                "less",
                                F1_TA,
                            ),
                            "The afternoons are when he is most likely to run out, as the Reception children are in class for free-flow play.",
                        ],
                        [
                            R(
                                "We need a daily visual timetable on his desk that is changed the moment plans change, because he copes with change much better if he sees it first.",
                                "semh",
                                "specific",
                                F1_SCHED,
                            )
                        ],
                        [
                            R(
                                "We will give Alfie a writing frame and let him choose a keyboard for longer pieces, and break writing into short chunks.",
                                "cognition_learning",
                                "specific",
                                F1_WRITE,
                            )
                        ],
                        [
                            R(
                                "A structured lunchtime club in the library, run by a midday supervisor every day, would give Alfie a calm place to eat and play with one or two friends.",
                                "semh",
                                "missing_from_f",
                            ),
                            "This is because the hall is the only space we have and it is very loud.",
                        ],
                        [
                            R(
                                "He needs a reading comprehension programme, taught one-to-one by the teaching assistant for 20 minutes four times a week, focused on inference and feelings.",
                                "cognition_learning",
                                "missing_from_f",
                            )
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We considered asking for a place at the Truvan resource base, but there is a waiting list and it would mean a 45-minute taxi each way.",
                            "option considered and rejected",
                        ),
                        "We are proud of how much Alfie has grown this year.",
                    ],
                ),
                ("sig", ["Sarah Jory", "Headteacher and SENCo"]),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbu-02: Breckmoor Council; Kieran Ashworth, 12, moderate learning difficulty,
# a 70-minute taxi journey each way to the nearest secondary school.
# layout "statutory-names-unlettered-continuous-numbered-paragraphs": headings are the
# statutory names alone, no letters; every paragraph numbered 1, 2, 3 ... through the plan;
# F a table Provision / Part of the day / Who.
# ---------------------------------------------------------------------------

B2_MLD = "Kieran has a moderate learning difficulty. Most of his school work is at the level of a child in Year 3, and he learns new things slowly and needs many repeats."
B2_READ = "Kieran reads simple books but gets stuck on longer words, and subject worksheets are too hard for him to read on his own."
B2_MATHS = "He is confident with numbers up to 20 but still counts on his fingers and does not yet understand place value."
B2_MEMORY = (
    "Kieran forgets what he has been asked to do if he is given more than one thing at a time."
)
B2_WORDS = "He does not know many of the words teachers use in lessons, such as 'compare', 'evaluate' or 'habitat', so he often misses the point of a lesson."
B2_WORRY = "Kieran has found the move to a big secondary school frightening. He gets lost between lessons and worries all weekend about Monday."

F2_VOCAB = "A small-group vocabulary session to pre-teach the key words for the coming week's science, geography and history lessons, led by a teaching assistant, 20 minutes twice a week."
F2_MEET = "A named member of the learning support team will meet Kieran at the taxi bay at 8.40 every morning and walk with him to a ten-minute settling time in the Hub before registration."
F2_INSTR = "Differentiated instructions as appropriate."
F2_ORG = "Support with organisation as needed."
F2_LIT = "A phonics-based reading catch-up programme, one-to-one with a trained teaching assistant, 15 minutes every day."
F2_MATHS = "Maths taught in a group of no more than eight, with counting apparatus and a number line on every table."

G2_SALT = "The Breckmoor Children's Speech and Language Therapy Service will offer Kieran therapy sessions by video, 30 minutes every fortnight for a block of ten sessions."
G2_GP = "Kieran's GP will continue to review his travel sickness medicine."

TR2 = "transport_assessment.pdf"
SL2 = "online_salt_report.docx"


def _stat(sid: str) -> tuple:
    return ("H", sid, NAMES[sid], "h1")


_n2 = [0]


def _np(text, sid: str | None = None) -> tuple:
    _n2[0] += 1
    return ("np", f"{_n2[0]}.", ("S", sid, text) if sid else text)


CASE_02 = dict(
    name="case-evalbu-02",
    layout="statutory-names-unlettered-continuous-numbered-paragraphs",
    summary=(
        "Breckmoor Council; Kieran Ashworth, 12 years 3 months, moderate learning difficulty and language "
        "difficulties, in Year 7 at Fellside Academy, a 70-minute taxi journey from his home at Keld Head. "
        "Headings are the statutory names alone, with no section letters; every paragraph is numbered "
        "continuously through the plan; F is a table Provision / Part of the day / Who. Reports: the "
        "county transport officer's assessment (.pdf, a table with a Reason column) and an online speech "
        "and language therapist's report (.docx, reported speech, options considered, recommendations argued)."
    ),
    note="The therapist's recommended direct therapy by video, with the teaching assistant taking part and carrying the targets into lessons, stands in the health section as an NHS offer: provision in the wrong section. The passenger assistant on the taxi is a transport arrangement, not special educational provision, and the plan does not record it. GP review of travel sickness medicine is health provision.",
    plan=dict(
        file="plan.pdf",
        footer="Breckmoor Council EHCP - Kieran Ashworth - Final - page {n} of {m}",
        author="Breckmoor SEND Assessment and Review",
        title="Education, Health and Care Plan",
        sans=True,
        accent="2E5E3E",
        blocks=[
            ("org", "Breckmoor Council - Special Educational Needs and Disabilities"),
            ("title", "Education, Health and Care Plan for Kieran Ashworth"),
            (
                "kv",
                [
                    ("Date of birth", "2 September 2014"),
                    ("Address", "Low Garth, Keld Head, Breckmoor"),
                    ("NHS number", "999 561 0093"),
                    ("School", "Fellside Academy, Fellside"),
                    ("EHC coordinator", "Ms R Metcalfe, 01632 960377, send@breckmoor.example.org"),
                ],
            ),
            _stat("A"),
            _np(
                "Kieran likes working on the farm with his grandad, especially with the sheepdogs, and he wants to be a farmer.",
                "A",
            ),
            _np(
                "He says the taxi is 'boring and too long' and that he would like a friend at his new school."
            ),
            _stat("B"),
            _np(B2_MLD, "B"),
            _np(B2_READ),
            _np(B2_MATHS),
            _np(B2_MEMORY),
            _np(B2_WORDS),
            _np(B2_WORRY),
            _stat("C"),
            _np(
                "Kieran suffers from travel sickness and takes medicine prescribed by his GP before the journey. He has no other health needs.",
                "C",
            ),
            _stat("D"),
            _np("Kieran has no social care needs.", "D"),
            _stat("E"),
            _np(
                "By the end of Year 8 Kieran will read a simple subject worksheet on his own.", "E"
            ),
            _np(
                "By the end of Year 8 Kieran will explain the meaning of ten key words from each topic."
            ),
            _np(
                "By the end of Year 8 Kieran will find his way to all his lessons without an adult."
            ),
            _stat("F"),
            _np(
                "Fellside Academy will make the following provision, funded from its notional SEN budget and top-up funding from Breckmoor Council.",
                "F",
            ),
            (
                "grid",
                [
                    ["Provision", "Part of the day", "Who"],
                    [("F", F2_MEET, True), "Arrival", "Learning support team"],
                    [("F", F2_LIT, True), "Tutor time", "Teaching assistant"],
                    [("F", F2_VOCAB, True), "Period 5, Tuesday and Thursday", "Teaching assistant"],
                    [("F", F2_MATHS, True), "Maths lessons", "Maths teacher"],
                    [("F", F2_INSTR, False), "All lessons", "Subject teachers"],
                    [("F", F2_ORG, False), "All day", "Form tutor"],
                ],
                [0.55, 0.22, 0.23],
            ),
            _stat("G"),
            _np(G2_SALT, "G"),
            _np(G2_GP),
            _stat("H1"),
            _np(
                "There is no provision under the Chronically Sick and Disabled Persons Act 1970.",
                "H1",
            ),
            _stat("H2"),
            _np("No other social care provision is required.", "H2"),
            _stat("I"),
            _np("Fellside Academy, Fellside (mainstream academy).", "I"),
            _stat("J"),
            _np("Kieran's parents have not asked for a personal budget.", "J"),
            _stat("K"),
            _np(
                "Home to school travel assessment, Mr Gareth Lund, Breckmoor Passenger Transport (July 2026); speech and language therapy report, Ms Priya Nandakumar, Clearline Online Therapy (August 2026); advice from Fellside Academy and Keld Head Primary School.",
                "K",
            ),
        ],
    ),
    reports=[
        dict(
            file=TR2,
            footer="Breckmoor Council Passenger Transport Unit - Travel assessment - OFFICIAL",
            author="G Lund",
            blocks=[
                ("org", "Breckmoor Council - Passenger Transport Unit"),
                (
                    "small",
                    "County Hall, Breckmoor - 01632 960390 - transport@breckmoor.example.org",
                ),
                ("title", "Home to School Travel Assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Kieran Ashworth, Year 7, Fellside Academy"),
                        (
                            "Route",
                            "Keld Head to Fellside, 31 miles, single-track road for the first 9 miles",
                        ),
                        (
                            "Journey time",
                            "70 minutes each way (taxi collects 07:25, arrives 08:35)",
                        ),
                        ("Assessed by", "Gareth Lund, Travel Assessment Officer"),
                        ("Date", "15 July 2026"),
                    ],
                ),
                ("h", 1, "Purpose"),
                (
                    "p",
                    [
                        "This assessment was requested to decide the type of transport Kieran needs and to inform his EHC needs assessment.",
                        X(
                            "Kieran is eligible for free transport because Fellside Academy is his nearest suitable school and is more than three miles from his home.",
                            "background: eligibility",
                        ),
                        X(
                            "A minibus route was considered, but there are no other pupils on the route, so a single-occupancy taxi remains the most practical option.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "What I observed on the journey (12 July 2026, trial run)"),
                (
                    "p",
                    [
                        N(
                            "Kieran became visibly anxious when the taxi reached the school, asking three times where he should go and who would be there.",
                            "semh",
                            B2_WORRY,
                        ),
                        N(
                            "He cannot yet read a bus timetable or tell the time from a clock face, and he could not say how much a bus fare might cost, so independent travel on the twice-daily bus is not realistic at present.",
                            "cognition_learning",
                            None,
                        ),
                        X(
                            "He was polite to the driver, wore his seatbelt throughout and did not feel sick on the trial run, having taken his medicine.",
                            "strength; health managed",
                        ),
                    ],
                ),
                ("h", 1, "Assessment and recommendations"),
                (
                    "grid",
                    [
                        ["Area", "Recommendation", "Reason"],
                        [
                            "Travel",
                            R(
                                "A passenger assistant should travel with Kieran on the taxi for the first term.",
                                "other",
                                "not_educational",
                            ),
                            "Kieran is the only passenger and the route has no mobile signal for 20 minutes.",
                        ],
                        [
                            "Arrival at school",
                            R(
                                "Kieran should be met at the taxi bay by a named adult every morning and taken to a quiet place to settle before registration.",
                                "semh",
                                "specific",
                                F2_MEET,
                            ),
                            "He arrives after most pupils have gone to form rooms, and the site is large and confusing to him.",
                        ],
                        [
                            "Independence",
                            R(
                                "School should teach Kieran money and time skills, including reading a timetable, in a weekly life skills session, so that independent travel training can be considered in Year 9.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            X(
                                "Independent travel training is offered by the council from age 13 for pupils who can tell the time and handle money.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            "After school",
                            X(
                                "The taxi leaves at 15:20, so Kieran cannot stay for clubs; a later taxi on one day a week was considered and turned down because of the cost.",
                                "option considered and rejected",
                            ),
                            "-",
                        ],
                    ],
                    [0.18, 0.5, 0.32],
                ),
                ("p", "Gareth Lund, Travel Assessment Officer, Breckmoor Passenger Transport Unit"),
            ],
        ),
        dict(
            file=SL2,
            style="lettered",
            footer="Clearline Online Therapy Ltd - speech and language therapy report - Kieran Ashworth",
            author="P Nandakumar",
            blocks=[
                ("org", "Clearline Online Therapy Ltd"),
                (
                    "p",
                    "Commissioned by Breckmoor Council - hello@clearline.example.org - 01632 960398",
                ),
                ("title", "Speech and Language Therapy Report"),
                (
                    "kv",
                    [
                        ("Name", "Kieran Ashworth"),
                        (
                            "Assessed",
                            "Two video sessions, 4 and 11 August 2026, with his mother beside him at home",
                        ),
                        (
                            "Therapist",
                            "Priya Nandakumar, Speech and Language Therapist, HCPC registered",
                        ),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Mrs Ashworth said that Kieran was late to talk and saw a speech and language therapist at Keld Head Primary until he was seven, when he was discharged.",
                            "history",
                        ),
                        "She told me that the nearest NHS clinic is in Breckmoor town, an hour and a half away, which is why the assessment was carried out online.",
                        X(
                            "She said that his speech is now clear and that strangers understand him easily.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "Assessment results"),
                (
                    "p",
                    [
                        X(
                            "On the CELF-5 UK, Kieran's core language score was 72, below the 5th centile.",
                            "test result",
                        ),
                        N(
                            "Kieran's understanding of subject vocabulary is well below that expected for his age: he could not explain 'compare', 'evaluate' or 'habitat', all words from his Year 7 reading list.",
                            "communication_interaction",
                            B2_WORDS,
                        ),
                        N(
                            "He has difficulty holding spoken instructions in mind and on the assessment could repeat back sentences of only six or seven words.",
                            "cognition_learning",
                            B2_MEMORY,
                        ),
                        N(
                            "Kieran has word-finding difficulties and speaks in short, simple sentences; when he retold a story he left out key events and relied on 'and then'.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "His mother reported that he finds fast group chat with other boys hard to follow and often stays on his own at break, which fits with my findings.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "These language difficulties sit alongside a moderate learning difficulty: Kieran learns slowly and needs a great deal of repetition to retain new knowledge.",
                            "cognition_learning",
                            B2_MLD,
                        ),
                        X(
                            "He was a willing and cheerful partner in the sessions and kept trying when tasks were hard.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Mr Iveson, the SENCo at Fellside Academy, told me on the telephone that Kieran's reading age had been measured at 7 years 4 months in July.",
                        N(
                            "He said that Kieran decodes short words well but breaks down on words of more than two syllables and cannot read subject worksheets independently.",
                            "cognition_learning",
                            B2_READ,
                        ),
                        N(
                            "Mr Iveson added that in maths Kieran is secure with numbers to 20 but still counts on his fingers and has no understanding of place value.",
                            "cognition_learning",
                            B2_MATHS,
                        ),
                        R(
                            "He told me that the school intends to give Kieran a daily one-to-one phonics catch-up of 15 minutes in tutor time, and I support this.",
                            "cognition_learning",
                            "specific",
                            F2_LIT,
                        ),
                    ],
                ),
                ("h", 1, "Options considered"),
                (
                    "p",
                    [
                        X(
                            "I considered recommending fortnightly face-to-face therapy at the Breckmoor clinic, but the journey would mean Kieran missing a whole school day each time, which would cost more than it gains.",
                            "option considered and rejected",
                        ),
                        X(
                            "A specialist language base was also considered; the nearest is 55 miles away, and Kieran's needs do not call for it.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Kieran should have direct speech and language therapy by video, 30 minutes every fortnight through Year 7, with his teaching assistant in the session so that she can practise the targets with him in lessons each day.",
                            "communication_interaction",
                            "wrong_section",
                            G2_SALT,
                            section="G",
                        ),
                        "This is the only way to give him regular therapy from a specialist in a place as remote as Keld Head.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I recommend small-group pre-teaching of the key vocabulary for the coming week's lessons, 20 minutes three times a week, led by a teaching assistant.",
                            "communication_interaction",
                            "less",
                            F2_VOCAB,
                        ),
                        X(
                            "Three short sessions give the repetition that Kieran needs to remember new words; fewer sessions would be forgotten between one and the next.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Teachers should give instructions one step at a time, with the steps written on a card on his desk, and check that he has understood by asking him to say them back.",
                            "cognition_learning",
                            "not_specific",
                            F2_INSTR,
                        ),
                        R(
                            "A narrative and word-finding programme, such as Colourful Semantics, should be taught by the teaching assistant in two 20-minute sessions a week.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        R(
                            "Kieran should have a colour-coded timetable and a map of the school, and his form tutor should check his bag and timetable with him every morning.",
                            "other",
                            "not_specific",
                            F2_ORG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, Mrs Ashworth might talk with Kieran about his day using the 'who, where, what happened' prompt cards I sent her.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
                ("sig", ["Priya Nandakumar", "Speech and Language Therapist", "20 August 2026"]),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbu-03: Porthaven Council; Maisie Quiller, 10, moderate hearing loss, at a
# coastal primary; the teacher of the deaf visits once a term from the county town.
# layout "letter-full-stop-uppercase-band-f-frequency-reviewed-by-table": "B. SPECIAL
# EDUCATIONAL NEEDS" in a shaded band; F a table Provision / How often / Reviewed by.
# ---------------------------------------------------------------------------

B3_HEAR = "Maisie has a hearing loss in both ears and wears two hearing aids. She hears an adult well close by in a quiet room, but much less in a noisy classroom or outside."
B3_CLASS = "In class discussions Maisie often misses what other children say, and she misses instructions when the teacher is facing the board or walking around."
B3_VOCAB = "Maisie knows fewer words than other children of her age, especially words that children usually pick up by overhearing."
B3_SPELL = "She mixes up sounds that are hard to hear, like 's', 'f' and 'th', so her spelling has many errors."
B3_READ = "Maisie reads accurately but finds it hard to work out what a writer means when it is not said directly."
B3_AIDS = (
    "Maisie is self-conscious about her hearing aids and sometimes takes them out at playtime."
)

F3_RADIO = "A radio aid (remote microphone) worn by every adult who teaches Maisie, in every lesson, with a listening check of the aids and radio aid by the class teaching assistant at the start of each day."
F3_SEAT = "Maisie will sit near the front, to one side, with her back to the window so that the teacher's face is lit, in every lesson and assembly."
F3_TOD = "Visits from the Teacher of the Deaf from Porthaven Sensory Support Service once a term, to observe Maisie, check her equipment and advise staff."
F3_AWARE = "Deaf awareness for staff as needed."
F3_ACOUS = "The classroom acoustics will be improved where possible."
F3_SPELL = "A spelling programme that teaches the sounds Maisie mishears, with pictures of the mouth shapes, one-to-one with the teaching assistant for 15 minutes three times a week."
F3_SUBT = "Subtitles on every video shown in class."

G3_AUD = "Porthaven Paediatric Audiology will review Maisie's hearing and her hearing aids every six months."
G3_SELF = "Porthaven Paediatric Audiology will teach Maisie to check her own hearing aids and to tell adults when they are not working."

TD3 = "teacher_of_the_deaf_report.pdf"
AU3 = "audiology_letter.docx"


def _band(sid: str) -> tuple:
    return ("H", sid, f"{sid}. {NAMES[sid].upper()}", "band")


CASE_03 = dict(
    name="case-evalbu-03",
    layout="letter-full-stop-uppercase-band-f-frequency-reviewed-by-table",
    summary=(
        "Porthaven Council; Maisie Quiller, 10 years 5 months, moderate bilateral sensorineural hearing loss, "
        "in Year 5 at Polwithick Community Primary, a coastal school 41 miles from the county town where the "
        "sensory support service is based. Each heading is a shaded band, 'B. SPECIAL EDUCATIONAL NEEDS'; "
        "F is a table Provision / How often / Reviewed by. Reports: the visiting teacher of the deaf "
        "(.pdf, a table Recommendation / Outcome it supports / Reason, then first person plural) and a "
        "paediatric audiologist's letter (.docx, first person, short)."
    ),
    note="The teacher of the deaf's weekly self-advocacy and hearing aid care programme, taught by the teaching assistant, stands in G as something audiology will teach: provision in the wrong section. Six-monthly audiology reviews in G are health provision. The plan's termly teacher of the deaf visit is less than the half-termly visits recommended.",
    plan=dict(
        file="plan.pdf",
        footer="Porthaven Council - EHC Plan - Maisie Quiller - {n}/{m}",
        author="Porthaven SEN Team",
        title="EHC Plan - Maisie Quiller",
        accent="0B5563",
        blocks=[
            ("org", "PORTHAVEN COUNCIL - CHILDREN'S SERVICES"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Maisie Quiller"),
                    ("Date of birth", "19 June 2016"),
                    ("NHS number", "999 724 8810"),
                    ("School", "Polwithick Community Primary School"),
                    ("Parent", "Jenna Quiller, 3 Harbour Row, Polwithick"),
                    ("SEN officer", "Mrs A Kemp, 01632 960512"),
                ],
            ),
            _band("A"),
            (
                "S",
                "A",
                "Maisie loves swimming, rock pooling and drawing sea creatures, and she would like to work at the aquarium when she is older.",
            ),
            (
                "p",
                "Her mum wants Maisie to feel proud of who she is and to keep up with her friends in class.",
            ),
            _band("B"),
            ("S", "B", B3_HEAR),
            ("p", [B3_CLASS, B3_VOCAB]),
            ("p", [B3_SPELL, B3_READ]),
            ("p", B3_AIDS),
            _band("C"),
            (
                "S",
                "C",
                "Maisie has a permanent moderate hearing loss in both ears and is under the care of Porthaven Paediatric Audiology.",
            ),
            _band("D"),
            ("S", "D", "There are no social care needs."),
            _band("E"),
            (
                "S",
                "E",
                "By the end of Year 6 Maisie will follow whole-class instructions without needing them repeated.",
            ),
            (
                "p",
                "By the end of Year 6 Maisie will spell correctly 80% of the Year 5 and 6 word list.",
            ),
            (
                "p",
                "By the end of Year 6 Maisie will wear her hearing aids all day, including at playtime.",
            ),
            _band("F"),
            (
                "S",
                "F",
                "Polwithick Community Primary School will make the provision below with advice from Porthaven Sensory Support Service.",
            ),
            (
                "grid",
                [
                    ["Provision", "How often", "Reviewed by"],
                    [("F", F3_RADIO, True), "Daily", "Teacher of the Deaf"],
                    [("F", F3_SEAT, True), "Every lesson", "Class teacher"],
                    [("F", F3_SPELL, True), "Three times a week", "SENCo"],
                    [("F", F3_SUBT, True), "Every video", "Class teacher"],
                    [("F", F3_TOD, True), "Termly", "Sensory Support Service"],
                    [("F", F3_AWARE, False), "As needed", "SENCo"],
                    [("F", F3_ACOUS, False), "-", "Headteacher"],
                ],
                [0.56, 0.2, 0.24],
            ),
            _band("G"),
            ("S", "G", G3_AUD),
            ("p", G3_SELF),
            _band("H1"),
            ("S", "H1", "Not applicable."),
            _band("H2"),
            ("S", "H2", "No other social care provision has been identified."),
            _band("I"),
            ("S", "I", "Polwithick Community Primary School (mainstream, maintained)."),
            _band("J"),
            ("S", "J", "A personal budget has not been requested."),
            _band("K"),
            (
                "S",
                "K",
                "Report of Mr Owen Trethewey, Teacher of the Deaf, Porthaven Sensory Support Service (May 2026); letter from Ms Hannah Bligh, Paediatric Audiologist (April 2026); school advice; parent's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=TD3,
            footer="Porthaven Sensory Support Service - Hearing Impairment Team - Maisie Quiller",
            author="O Trethewey",
            landscape=False,
            blocks=[
                ("org", "Porthaven Sensory Support Service - Hearing Impairment Team"),
                (
                    "small",
                    "Education Centre, Castle Street, Porthaven - 01632 960520 - sss@porthaven.example.org",
                ),
                ("title", "Teacher of the Deaf: Advice for EHC Needs Assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Maisie Quiller, Year 5, Polwithick Community Primary"),
                        (
                            "Hearing",
                            "Moderate bilateral sensorineural hearing loss; two behind-the-ear hearing aids",
                        ),
                        ("Visit", "13 May 2026 (observation, assessment, meeting with staff)"),
                        ("Author", "Owen Trethewey, Qualified Teacher of the Deaf"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Maisie's hearing loss was picked up at her newborn hearing screen, and she has worn hearing aids since she was four months old.",
                            "history",
                        ),
                        X(
                            "She had grommets for glue ear at the age of three, and the glue ear has not returned.",
                            "history: resolved",
                        ),
                        X(
                            "Since 2023 our service has been able to visit Polwithick once a term, as the school is 41 miles from Porthaven and the team has two teachers for the whole county.",
                            "background: service context",
                        ),
                        X(
                            "A cochlear implant assessment was discussed by audiology in 2024 and was not indicated, as Maisie gains good benefit from her aids.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Assessment findings"),
                (
                    "p",
                    [
                        X(
                            "With her aids, in a quiet room, Maisie scored 92% on a speech perception test at 1 metre; with classroom noise played at 60 dB this fell to 54%.",
                            "test result",
                        ),
                        N(
                            "Maisie has a moderate bilateral sensorineural hearing loss, and her access to speech falls sharply in background noise and at a distance.",
                            "sensory_physical",
                            B3_HEAR,
                        ),
                        N(
                            "In the class discussion I observed she missed most of what other pupils said and lost instructions given while the teacher was facing the whiteboard.",
                            "communication_interaction",
                            B3_CLASS,
                        ),
                        N(
                            "Her vocabulary is below that of her hearing peers, particularly for words normally learned incidentally; on the British Picture Vocabulary Scale she scored at the 9th centile.",
                            "communication_interaction",
                            B3_VOCAB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her spelling shows substitutions of high-frequency sounds such as /s/, /f/ and /th/, which she cannot reliably hear.",
                            "cognition_learning",
                            B3_SPELL,
                        ),
                        N(
                            "By the afternoon Maisie shows marked listening fatigue: she becomes withdrawn, rests her head on the desk and stops following the lesson.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Maisie does not tell an adult when her hearing aids or radio aid stop working, and on the day of my visit one aid had a flat battery that no one had noticed.",
                            "sensory_physical",
                            None,
                        ),
                        X(
                            "Maisie reads fluently and accurately and is one of the strongest artists in her class.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Outcome it supports", "Reason"],
                        [
                            R(
                                "A radio aid worn by every adult who teaches Maisie, in all lessons, with a daily listening check of her aids and radio aid by a trained adult.",
                                "sensory_physical",
                                "specific",
                                F3_RADIO,
                            ),
                            "Following whole-class instructions",
                            "A remote microphone brings the teacher's voice directly to her aids and overcomes distance and noise.",
                        ],
                        [
                            R(
                                "A visit from a Teacher of the Deaf at least once every half term, with a video consultation with staff in the weeks between.",
                                "sensory_physical",
                                "less",
                                F3_TOD,
                            ),
                            "All outcomes",
                            X(
                                "Termly visits have not been enough to spot equipment faults or to keep staff confident, as the flat battery showed.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Pre-teaching of topic vocabulary, 15 minutes three times a week, by the teaching assistant, using word maps.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Understanding lessons",
                            "Maisie cannot rely on overhearing new words, so they must be taught before the lesson.",
                        ],
                        [
                            R(
                                "A weekly 20-minute session with the teaching assistant, following a programme I will set, to teach Maisie to check and look after her own aids, to tell adults when they fail and to explain her hearing loss to classmates.",
                                "semh",
                                "wrong_section",
                                G3_SELF,
                                section="G",
                            ),
                            "Wearing her aids all day",
                            "By secondary school she will need to manage her equipment and explain her needs herself.",
                        ],
                    ],
                    [0.46, 0.2, 0.34],
                ),
                ("p", "We also recommend:"),
                (
                    "bul",
                    [
                        R(
                            "deaf awareness training for every member of staff, including midday supervisors, delivered by our service at the start of each school year, because new staff join the school each September;",
                            "sensory_physical",
                            "not_specific",
                            F3_AWARE,
                        ),
                        R(
                            "soft furnishings, a carpet and acoustic panels in the Year 5 and 6 classroom, which has a hard floor and a high ceiling and echoes badly;",
                            "sensory_physical",
                            "not_specific",
                            F3_ACOUS,
                        ),
                        R(
                            "a termly video meet-up with other deaf pupils of her age across the county, run by our service, so that Maisie meets deaf role models and does not feel the only one.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We discussed a place at the hearing resource base at Porthaven Juniors; Mrs Quiller and I agreed that Maisie should stay at her local school with her friends.",
                            "option considered and rejected",
                        ),
                        X(
                            "The school already shows subtitled videos and lets her sit at the front, and both should continue.",
                            "support already in place",
                        ),
                    ],
                ),
                ("sig", ["Owen Trethewey", "Qualified Teacher of the Deaf", "20 May 2026"]),
            ],
        ),
        dict(
            file=AU3,
            style="headed",
            footer="Porthaven Community Health NHS Trust - Paediatric Audiology",
            author="H Bligh",
            blocks=[
                ("org", "Porthaven Community Health NHS Trust - Paediatric Audiology"),
                ("small", "Porthaven Community Hospital, Quay Road - 01632 960530"),
                ("p", "To the SEN Team, Porthaven Council. 28 April 2026"),
                ("p", "Re: Maisie QUILLER, DOB 19/06/2016, NHS 999 724 8810"),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        X(
                            "I saw Maisie on 21 April with her mother; her hearing thresholds are stable compared with last year, at 45 to 60 dB across the speech frequencies in both ears.",
                            "test result",
                        ),
                        X(
                            "Her hearing aids were re-programmed and new earmoulds taken, and she reports that they are comfortable.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Mrs Quiller tells me that Maisie often comes home upset because she could not follow the jokes and games of her friends at playtime and feels left out.",
                            "semh",
                            None,
                        ),
                        N(
                            "Maisie herself said that she dislikes her friends seeing her hearing aids and takes them out on the playground.",
                            "semh",
                            B3_AIDS,
                        ),
                        N(
                            "Her mother also says that Maisie reads books quickly but cannot say why characters act as they do, which her teacher has noticed too.",
                            "cognition_learning",
                            B3_READ,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I will continue to review Maisie's hearing and her aids in clinic every six months.",
                            "health",
                            "not_educational",
                            G3_AUD,
                            section="G",
                        ),
                        R(
                            "At home, I would suggest the family keep the television volume low and the subtitles on, so that conversations at home are easier.",
                            "other",
                            "not_educational",
                        ),
                        "I have no concerns about her hearing changing, and I am happy for the teacher of the deaf to lead on her support in school.",
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("sig", ["Hannah Bligh", "Principal Paediatric Audiologist"]),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbu-04: Skerrow Islands Council; Rowan Tulloch, 15, dyspraxia and anxiety, on an
# island whose therapy comes by video.
# layout "section-word-letter-colon-title-case-f-split-on-island-and-by-video":
# "Section B: Special Educational Needs"; F in two parts, on the island and by video.
# ---------------------------------------------------------------------------

B4_DCD = "Rowan has dyspraxia (developmental co-ordination disorder), which makes planning and carrying out movements slow and tiring."
B4_HAND = "His handwriting is slow, hard to read and makes his hand ache, so he cannot finish written work in the time given."
B4_ORG = "Rowan struggles to organise himself: he loses books, forgets homework and finds a change of room or teacher confusing."
B4_ANX = "Rowan worries a great deal, especially about being watched or laughed at, and on bad days he does not come to school at all."
B4_PE = "PE and practical subjects such as food technology and science are hard for him to do safely and he avoids them."

F4_LAPTOP = "A laptop with touch-typing software for all written work in every lesson, with a 20-minute touch-typing session with the learning assistant three times a week until he types 30 words a minute."
F4_EXAMS = "25% extra time and use of a word processor in all tests and mock examinations, in a small room."
F4_CHECK = "A daily check-in with his key worker at 8.45 in the library, and a pass to leave a lesson for the library when anxiety becomes too much."
F4_SUPPORT = "Access to emotional support as required."
F4_PE = "Adapted PE where possible."
F4_OTVID = "A video consultation between the occupational therapist and the learning assistant, once a term."

G4_CAMHS = "Skerrow CAMHS will offer Rowan a course of cognitive behavioural therapy by video, eight weekly sessions."

OT4 = "ot_remote_assessment.pdf"
HT4 = "school_senco_report.docx"


def _colon(sid: str) -> tuple:
    return (
        "H",
        sid,
        f"Section {sid}: {NAMES[sid].title().replace('And', 'and').replace('Or ', 'or ').replace('To', 'to').replace('Of', 'of').replace('Under', 'under').replace('The', 'the')}",
        "h2",
    )


CASE_04 = dict(
    name="case-evalbu-04",
    layout="section-word-letter-colon-title-case-f-split-on-island-and-by-video",
    summary=(
        "Skerrow Islands Council; Rowan Tulloch, 15 years 1 month, dyspraxia and anxiety, in Year 10 at "
        "Hamnavoe Junior High School on the island of Vaila, where occupational therapy comes by video from "
        "the mainland. Headings are 'Section B: Special Educational Needs'; F is in two parts, on the island "
        "and by video. Reports: an occupational therapist's remote assessment (.pdf, options, recommendations "
        "argued at length) and the head teacher who is also the SENCo (.docx, bullets with reasons)."
    ),
    note="The occupational therapist's daily motor skills programme, run by the learning assistant, is not in the plan at all; her video consultation once a term stands for review, so the programme is missing from F. CAMHS therapy by video is health provision correctly in G.",
    plan=dict(
        file="plan.docx",
        footer="Skerrow Islands Council - EHC Plan - Rowan Tulloch",
        author="Skerrow Islands Council Additional Support Team",
        title="EHC Plan - Rowan Tulloch",
        blocks=[
            ("org", "Skerrow Islands Council - Education and Families"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Rowan Tulloch"),
                    ("Date of birth", "30 October 2011"),
                    ("NHS number", "999 883 1420"),
                    ("School", "Hamnavoe Junior High School, Vaila"),
                    ("Plan coordinator", "Mr I Manson, 01632 960601"),
                ],
            ),
            _colon("A"),
            (
                "S",
                "A",
                "Rowan enjoys computer games, coding and fishing with his uncle, and he hopes to study computing at college on the mainland.",
            ),
            _colon("B"),
            ("S", "B", B4_DCD),
            ("p", [B4_HAND, B4_ORG]),
            ("p", [B4_ANX, B4_PE]),
            _colon("C"),
            (
                "S",
                "C",
                "Rowan was diagnosed with developmental co-ordination disorder in 2019 and has been referred to CAMHS for anxiety.",
            ),
            _colon("D"),
            ("S", "D", "Rowan has no social care needs."),
            _colon("E"),
            (
                "S",
                "E",
                "By the end of Year 11 Rowan will complete all written work in class by typing at 30 words a minute.",
            ),
            ("p", "By the end of Year 11 Rowan will attend at least 95% of school days."),
            _colon("F"),
            ("S", "F", "The provision below will be made by Hamnavoe Junior High School."),
            ("b", "On the island"),
            (
                "bul",
                [
                    ("F", F4_LAPTOP, True),
                    ("F", F4_EXAMS, True),
                    ("F", F4_CHECK, True),
                    ("F", F4_SUPPORT, False),
                    ("F", F4_PE, False),
                ],
            ),
            ("b", "By video from the mainland"),
            ("bul", [("F", F4_OTVID, True)]),
            _colon("G"),
            ("S", "G", G4_CAMHS),
            _colon("H1"),
            ("S", "H1", "No provision is made under this Act."),
            _colon("H2"),
            ("S", "H2", "Rowan's family do not need other social care provision."),
            _colon("I"),
            ("S", "I", "Hamnavoe Junior High School (mainstream, all-through to Year 11)."),
            _colon("J"),
            ("S", "J", "The family have not asked for a personal budget."),
            _colon("K"),
            (
                "S",
                "K",
                "Occupational therapy remote assessment, Ms Fiona Isbister (March 2026); advice from Mr Magnus Jamieson, head teacher and SENCo (March 2026); Rowan's and his parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT4,
            footer="Skerrow Health Board - Children's Occupational Therapy - remote assessment",
            author="F Isbister",
            blocks=[
                ("org", "Skerrow Health Board - Children's Occupational Therapy"),
                ("small", "Mainland Therapy Centre, Kirkwall Road - 01632 960612"),
                ("title", "Occupational Therapy Remote Assessment"),
                (
                    "kv",
                    [
                        ("Name", "Rowan Tulloch"),
                        (
                            "Assessed",
                            "By video, 9 and 16 March 2026, with the learning assistant in the room",
                        ),
                        ("Therapist", "Fiona Isbister, Occupational Therapist"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Rowan was diagnosed with DCD at the age of seven on the mainland and had a block of six face-to-face sessions at the time.",
                            "history",
                        ),
                        X(
                            "There has been no occupational therapist visiting Vaila since 2022, and the ferry takes three hours each way.",
                            "background: service context",
                        ),
                    ],
                ),
                ("h", 1, "Findings"),
                (
                    "p",
                    [
                        N(
                            "Rowan has developmental co-ordination disorder, with difficulty planning and sequencing movements, and tires quickly during motor tasks.",
                            "sensory_physical",
                            B4_DCD,
                        ),
                        N(
                            "His handwriting speed was 9 words a minute, well below the average for his age, and he reported pain in his hand after five minutes.",
                            "sensory_physical",
                            B4_HAND,
                        ),
                        N(
                            "He has poor core stability and sits slumped at his desk, which adds to his fatigue over the day.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Rowan cannot use a knife safely to chop food and avoids practical lessons for fear of hurting himself.",
                            "sensory_physical",
                            B4_PE,
                        ),
                        X(
                            "He types at 18 words a minute already, having taught himself on his games console keyboard.",
                            "strength: progress",
                        ),
                    ],
                ),
                ("h", 1, "Options and recommendations"),
                (
                    "p",
                    [
                        X(
                            "I considered asking for Rowan to travel to the mainland for a block of direct therapy, but missing four school days a fortnight would add to his anxiety and to the gaps in his learning.",
                            "option considered and rejected",
                        ),
                        R(
                            "Instead I recommend a daily 15-minute motor skills and core stability programme, which I will set by video and which the learning assistant can run in the school gym, reviewed by me every half term.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        "This is the only way Rowan can have therapy often enough to make a difference while living on Vaila.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Rowan should use a laptop for all written work and continue touch-typing practice three times a week until he reaches 30 words a minute.",
                            "sensory_physical",
                            "specific",
                            F4_LAPTOP,
                        ),
                        R(
                            "He should have 25% extra time and a word processor in tests and examinations.",
                            "sensory_physical",
                            "specific",
                            F4_EXAMS,
                        ),
                        R(
                            "PE should be adapted with individual targets, and in food technology he should have a rocker knife and a non-slip board at every practical lesson.",
                            "sensory_physical",
                            "not_specific",
                            F4_PE,
                        ),
                        R(
                            "A writing slope and a wedge cushion should be provided for every classroom he uses.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "sig",
                    ["Fiona Isbister", "Occupational Therapist, HCPC registered", "23 March 2026"],
                ),
            ],
        ),
        dict(
            file=HT4,
            style="headed",
            footer="Hamnavoe Junior High School - advice - Rowan Tulloch",
            author="M Jamieson",
            blocks=[
                ("org", "Hamnavoe Junior High School"),
                ("small", "Vaila - 01632 960620 - office@hamnavoe.example.org"),
                ("title", "School Advice"),
                (
                    "p",
                    "Magnus Jamieson, head teacher and SENCo, 27 March 2026. We are a school of 64 pupils from nursery to Year 11.",
                ),
                (
                    "bul",
                    [
                        N(
                            "Rowan's attendance has fallen to 81% this year; on bad days he says he feels sick with worry about being watched or laughed at in class.",
                            "semh",
                            B4_ANX,
                        ),
                        N(
                            "He is very disorganised, losing books and forgetting homework, and he is thrown by changes of room or teacher, which in a school this small happen whenever a teacher is off the island.",
                            "cognition_learning",
                            B4_ORG,
                        ),
                        N(
                            "He finds it very hard to talk to adults about how he is feeling and will not speak up in class.",
                            "semh",
                            None,
                        ),
                        N(
                            "Rowan's reading comprehension is at about a 12-year-old level, and he finds exam questions hard to understand.",
                            "cognition_learning",
                            None,
                        ),
                        X(
                            "His GCSE predictions in computing and maths are grade 6, and his teachers describe him as very able.",
                            "strength",
                        ),
                        X(
                            "The bullying he experienced in Year 8 was dealt with, and the pupil concerned has since left the island.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("p", "We think Rowan needs:"),
                (
                    "bul",
                    [
                        [
                            R(
                                "a check-in with his key worker every morning and a pass to leave a lesson for the library, because he settles once someone has asked how he is;",
                                "semh",
                                "specific",
                                F4_CHECK,
                            )
                        ],
                        [
                            R(
                                "a weekly 30-minute session with our trained ELSA (emotional literacy support assistant), working on anxiety and on telling adults how he feels, since CAMHS is by video and has a long wait;",
                                "semh",
                                "not_specific",
                                F4_SUPPORT,
                            )
                        ],
                        [
                            R(
                                "a reader in examinations and weekly reading comprehension work in a small group;",
                                "cognition_learning",
                                "missing_from_f",
                            )
                        ],
                        [
                            R(
                                "video sessions with the occupational therapist every half term so that the learning assistant knows what to do.",
                                "sensory_physical",
                                "less",
                                F4_OTVID,
                            )
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home his parents might keep a copy of his timetable on the fridge and pack his bag with him the night before.",
                            "other",
                            "not_educational",
                        ),
                        X(
                            "A move to the mainland school as a weekly boarder was considered with the family, but Rowan and his parents did not want it and we feel he is best supported here.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("sig", ["Magnus Jamieson", "Head Teacher and SENCo"]),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
