# ruff: noqa: E501
"""Set P as data: early years plans (age 3 to 5, nursery and Reception) and special or
independent school placements, in three layouts no earlier set has: the section letter
alone on a line with its name in italics below, each section a one-column table under a
header cell, and sections introduced only by the regulation's wording in a sentence.

Every name, council, nursery, school, service and professional is invented. Postcodes use
areas that do not exist and phone numbers are in the 01632 960xxx range. Markers are those
of evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalp-01: Wrenfield Borough Council; Alfie Okonkwo-Hale, 3, private day nursery
# layout "letter-alone-italic-name": "B." alone in bold on a line, the section's name in
# italics on the line below.
# ---------------------------------------------------------------------------

B1_COG = "Alfie has global developmental delay; his play and learning are at about the level expected of a child of 18 to 24 months."
B1_LANG = "He understands single words in familiar routines but does not yet follow instructions with two key words."
B1_EXPR = "Alfie uses about ten single words and a few signs, mostly to ask for things."
B1_MOTOR = "His gross motor skills are delayed: he walks on his own but falls often and cannot manage steps without holding an adult's hand."
B1_ATTN = "Alfie's attention is fleeting, and he moves quickly from one activity to the next unless an adult joins his play."

F1_KEY = "A named key person who will work with Alfie on his individual targets for at least 20 minutes in every session he attends."
F1_ADULT = "Additional adult support during free play as needed."
F1_PORT = "Support from the Wrenfield Portage Service."
F1_MAKATON = "All staff in Alfie's room will use Makaton signs alongside speech, after training from the Early Years Inclusion Team in the spring term 2027."
F1_SALT = "A speech and language programme written by the NHS speech and language therapist and carried out by his key person three times a week for 10 minutes."
F1_VISUAL = (
    "A visual timetable of photographs of the session, shown to Alfie at each change of activity."
)
F1_TRANS = "A transition plan for starting school."
G1_PHYSIO = "A gross motor programme of steps and balance work, set by the children's physiotherapist and carried out by nursery staff for 10 minutes each session."
G1_REVIEW = "Physiotherapy review at home every six weeks by the children's physiotherapy team."

PORT1 = "portage_report.docx"
NURS1 = "nursery_report.pdf"


def _letter(sid: str, letter: str, name: str) -> list:
    """The letter alone in bold on its line, the section's name in italics below it."""
    return [("H", sid, letter, "b"), ("i", name)]


CASE_01 = dict(
    name="case-evalp-01",
    layout="letter-alone-italic-name",
    summary=(
        "Wrenfield Borough Council; Alfie Okonkwo-Hale, 3, at Little Acorns Day Nursery, a private "
        "nursery (global developmental delay: language, play, gross and fine motor). Each section starts "
        'with its letter alone in bold on a line ("B.", "H1.") and its name in italics on the next '
        "line. Portage home visitor's report; nursery report mixing strengths, progress and current needs."
    ),
    note="Headings are the bold letters alone (\"B.\"); the italic line below is the section's name. The physiotherapy programme carried out by nursery staff, placed in G, is wrong_section; the physiotherapist's own review in G is health provision.",
    plan=dict(
        file="plan.docx",
        footer="Wrenfield Borough Council - EHC plan - Alfie Okonkwo-Hale - Final",
        blocks=[
            ("org", "Wrenfield Borough Council - Special Educational Needs Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Alfie Okonkwo-Hale   Date of birth: 2 March 2023   Date of final plan: 9 November 2026",
            ),
            (
                "small",
                "Early years setting: Little Acorns Day Nursery, 3 Mill Lane, Wrenfield KB4 7TR",
            ),
            *_letter("A", "A.", "The views, interests and aspirations of Alfie and his parents"),
            (
                "S",
                "A",
                "Alfie loves bubbles, splashing in the bath and songs with actions, especially 'Row, Row, Row Your Boat'.",
            ),
            (
                "p",
                "His parents want him to talk with them, to make friends and to go to school with his cousins.",
            ),
            *_letter("B", "B.", "Alfie's special educational needs"),
            ("S", "B", B1_COG),
            ("p", [B1_LANG, B1_EXPR]),
            ("p", [B1_MOTOR, B1_ATTN]),
            *_letter(
                "C", "C.", "Alfie's health needs which relate to his special educational needs"
            ),
            (
                "S",
                "C",
                "Alfie was born at 31 weeks and spent six weeks in the neonatal unit; he is under the care of the community paediatrician.",
            ),
            *_letter("D", "D.", "Alfie's social care needs"),
            ("S", "D", "Alfie has no assessed social care needs."),
            *_letter("E", "E.", "Outcomes"),
            (
                "S",
                "E",
                "By the end of the summer term 2027 Alfie will use 50 words or signs to ask for things and to comment.",
            ),
            (
                "p",
                "By the time he starts school Alfie will climb and come down the nursery steps holding the rail.",
            ),
            *_letter("F", "F.", "Special educational provision"),
            (
                "S",
                "F",
                "The nursery will make the following provision, funded by the council's early years inclusion fund.",
            ),
            (
                "bul",
                [
                    ("F", F1_KEY, True),
                    ("F", F1_ADULT, False),
                    ("F", F1_PORT, False),
                    ("F", F1_MAKATON, True),
                    ("F", F1_SALT, True),
                    ("F", F1_VISUAL, True),
                    ("F", F1_TRANS, False),
                ],
            ),
            *_letter("G", "G.", "Health provision"),
            ("S", "G", G1_REVIEW),
            ("p", G1_PHYSIO),
            *_letter(
                "H1",
                "H1.",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None."),
            *_letter("H2", "H2.", "Other social care provision"),
            ("S", "H2", "None required at present."),
            *_letter("I", "I.", "Placement"),
            (
                "S",
                "I",
                "Little Acorns Day Nursery (private, voluntary and independent early years provider), 15 funded hours a week.",
            ),
            *_letter("J", "J.", "Personal budget"),
            ("S", "J", "Alfie's parents have not asked for a personal budget."),
            *_letter("K", "K.", "Advice and information"),
            (
                "S",
                "K",
                "Portage report (September 2026); nursery report (September 2026); paediatric letter (July 2026); physiotherapy letter (August 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=PORT1,
            blocks=[
                ("org", "Wrenfield Portage Service"),
                ("title", "Portage report for the EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Child", "Alfie Okonkwo-Hale, born 2 March 2023"),
                        ("Home visitor", "Bernadette Kowalczyk, Portage Home Visitor"),
                        ("Visits", "Weekly since January 2026 (31 visits)"),
                    ],
                ),
                ("h", 2, "How Alfie is now"),
                (
                    "p",
                    [
                        (
                            "X",
                            "When the Portage service began visiting in January 2026, Alfie had no words and did not look towards his name.",
                            "history: how he was before the visits",
                        ),
                        (
                            "X",
                            "He now points to show his mum what he wants, which he could not do a year ago.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Alfie understands single words such as 'coat', 'drink' and 'bath' in his daily routines, but not when they are used out of context.",
                            "communication_interaction",
                            B1_LANG,
                        ),
                        (
                            "N",
                            "He uses around ten words and five Makaton signs, mostly to ask for food or for a favourite song.",
                            "communication_interaction",
                            B1_EXPR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Alfie cannot yet hold a chunky crayon or pick up small pieces of food between his finger and thumb.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "He mouths most toys and other objects, which limits how he explores them and is a choking risk at nursery.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Alfie plays alongside an adult for about two minutes before wandering off, and does not yet take turns in a simple game.",
                            "cognition_learning",
                            B1_ATTN,
                        ),
                        (
                            "X",
                            "The Portage checklist places his self-help skills at 12 to 18 months.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "What I recommend"),
                (
                    "p",
                    (
                        "R",
                        "Portage home visits should continue weekly, for one hour, until Alfie starts school, so that his parents can carry on the activities between visits.",
                        "cognition_learning",
                        "not_specific",
                        F1_PORT,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Alfie needs a fine motor programme (posting, threading large beads, using chunky crayons) for 10 minutes each day at nursery.",
                        "sensory_physical",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "At home, his parents should keep to the bath-time song routine, pausing before the last word so that Alfie fills the gap.",
                        "communication_interaction",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Bernadette Kowalczyk, Portage Home Visitor, 22 September 2026. Telephone 01632 960418.",
                ),
            ],
        ),
        dict(
            file=NURS1,
            footer="Little Acorns Day Nursery - report for Wrenfield Borough Council - page {n} of {m}",
            blocks=[
                ("org", "Little Acorns Day Nursery"),
                ("title", "Nursery report: Alfie Okonkwo-Hale"),
                (
                    "small",
                    "Written by Priya Lomax, SENCo, with Alfie's key person, Jade Featherstone. September 2026.",
                ),
                ("h", 2, "What Alfie enjoys and does well"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Alfie is a happy, affectionate boy who greets his key person with a big smile every morning.",
                            "strength",
                        ),
                        (
                            "X",
                            "He loves the water tray and will stay there longer than anywhere else.",
                            "strength / interest",
                        ),
                    ],
                ),
                ("h", 2, "Progress since he started"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Alfie has settled well and no longer cries when his mum leaves.",
                            "resolved difficulty (separation)",
                        ),
                        (
                            "X",
                            "Since June he has started to sit on an adult's lap for a short story.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "What Alfie finds difficult now"),
                (
                    "p",
                    [
                        (
                            "N",
                            "He cannot yet sit at a group activity for more than a minute, even with an adult beside him.",
                            "cognition_learning",
                            B1_ATTN,
                        ),
                        (
                            "N",
                            "Alfie falls several times a session in the garden and cannot climb the steps to the slide unless an adult holds his hand.",
                            "sensory_physical",
                            B1_MOTOR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He does not yet show other children what he wants and takes toys from them, which sometimes leads to pushing.",
                            "communication_interaction",
                            None,
                        ),
                        (
                            "N",
                            "His play is mostly exploring objects by banging and dropping them, as a much younger child would.",
                            "cognition_learning",
                            B1_COG,
                        ),
                    ],
                ),
                ("h", 2, "What we think Alfie needs"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Alfie needs an adult with him for the whole of free play, to join his play, model words and keep him safe in the garden.",
                            "cognition_learning",
                            "not_specific",
                            F1_ADULT,
                        ),
                        (
                            "R",
                            "His key person should spend at least 20 minutes each session on his individual targets.",
                            "cognition_learning",
                            "specific",
                            F1_KEY,
                        ),
                        (
                            "R",
                            "All staff in the room should use Makaton with Alfie, and need training to do it well.",
                            "communication_interaction",
                            "specific",
                            F1_MAKATON,
                        ),
                        (
                            "R",
                            "His speech and language programme should be done every day for 10 minutes, not three times a week as it is now.",
                            "communication_interaction",
                            "less",
                            F1_SALT,
                        ),
                        (
                            "R",
                            "The physiotherapist's steps and balance programme should be carried out by nursery staff for 10 minutes each session.",
                            "sensory_physical",
                            "wrong_section",
                            G1_PHYSIO,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "A photo timetable should show Alfie what is happening next at every change of activity.",
                            "communication_interaction",
                            "specific",
                            F1_VISUAL,
                        ),
                        (
                            "R",
                            "Alfie's move to Reception in September 2027 should be planned from the spring term, with at least four visits to his new class with his key person.",
                            "semh",
                            "not_specific",
                            F1_TRANS,
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalp-02: Marlowe County Council; Isla Brennan-Shah, 4, Reception, independent
# special school sought. layout "one-column-header-tables": each section is a table of one
# column whose shaded header cell is "Section B: Special Educational Needs" and whose body
# rows hold the text. There is no Section J.
# ---------------------------------------------------------------------------

B2_DLD = "Isla has a severe developmental language disorder affecting both her understanding and her use of language."
B2_SPEECH = "Her speech is very hard to understand, even for her family, because of childhood apraxia of speech."
B2_FRUST = "Isla becomes frustrated when she is not understood and sometimes hits out or hides under a table."
B2_LIT = "She is not yet able to link letters to their sounds or to hear sounds in words."
B2_PLAY = "Isla finds it hard to join in with other children's play."

F2_SALT = "Direct speech and language therapy from a specialist speech and language therapist, 30 minutes once a week in school during term time."
F2_TA = "A teaching assistant trained in language support to work with Isla for 15 hours a week."
F2_SMALL = "Access to small group work."
F2_PHON = "A phonics session of 10 minutes every day in a group of no more than three children, led by the class teacher or teaching assistant, with a sign and a picture for each sound."
F2_ADV = "The speech and language therapist will advise staff as required."
F2_SOCIAL = "Opportunities to develop her social skills."
F2_REST = "A rest of 10 minutes in the book corner with an adult after lunch every day."
F2_VIS = "A now-and-next board and pictures of the key words for each topic, used by every adult in her class in every lesson."

SALT2 = "independent_salt_report.pdf"
PAED2 = "paediatric_report.docx"


def _table(sid: str, heading: str, rows: list) -> tuple:
    """One section: a single-column table, its header cell the heading, a row per paragraph."""
    return ("grid", [[("H", sid, heading, "")], *[[r] for r in rows]], [1.0])


CASE_02 = dict(
    name="case-evalp-02",
    layout="one-column-header-tables",
    summary=(
        "Marlowe County Council; Isla Brennan-Shah, 4, in Reception at Fernhill Primary School, a "
        "mainstream school; her parents seek Hollin Bank School, an independent special school for "
        "language disorder (severe DLD, childhood apraxia of speech, hypermobility and fatigue, motor "
        "planning). Each section is a one-column table whose shaded header cell is the heading "
        '("Section B: Special Educational Needs") and whose rows are its paragraphs. No Section J. '
        "Independent SALT's report arguing at length; community paediatrician's report."
    ),
    note="Headings are the header cells of one-column tables. Section J is absent. The independent SALT's opinion that a mainstream class cannot meet Isla's needs and that Hollin Bank School can is about placement (Section I) and is neither a need nor a provision. The rest break in F has no need behind it in B: fatigue is missing from B.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="4A235A",
        footer="Marlowe County Council   EHC plan: Isla Brennan-Shah   Page {n} of {m}",
        blocks=[
            ("org", "Marlowe County Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Isla Brennan-Shah   Date of birth: 14 January 2022   Plan finalised: 2 October 2026",
            ),
            _table(
                "A",
                "Section A: Views, Interests and Aspirations",
                [
                    (
                        "S",
                        "A",
                        "Isla likes dancing, dinosaurs and helping her grandad in his garden.",
                    ),
                    "Her parents want her to be understood, to learn to read and to have friends who can understand her.",
                ],
            ),
            _table(
                "B",
                "Section B: Special Educational Needs",
                [
                    ("S", "B", B2_DLD),
                    ("L", [B2_SPEECH, B2_FRUST]),
                    ("L", [B2_LIT, B2_PLAY]),
                ],
            ),
            _table(
                "C",
                "Section C: Health Needs",
                [
                    (
                        "S",
                        "C",
                        "Isla has joint hypermobility and is seen by the community paediatrician.",
                    ),
                ],
            ),
            _table(
                "D",
                "Section D: Social Care Needs",
                [
                    ("S", "D", "No social care needs have been identified."),
                ],
            ),
            _table(
                "E",
                "Section E: Outcomes",
                [
                    (
                        "S",
                        "E",
                        "By July 2027 Isla will be understood by familiar adults in school most of the time.",
                    ),
                    "By July 2027 Isla will know the sounds of 20 letters and blend three-letter words.",
                ],
            ),
            _table(
                "F",
                "Section F: Special Educational Provision",
                [
                    ("S", "F", ("F", F2_SALT, True)),
                    ("F", F2_TA, True),
                    ("F", F2_SMALL, False),
                    ("F", F2_PHON, True),
                    ("F", F2_ADV, False),
                    ("F", F2_SOCIAL, False),
                    ("F", F2_REST, True),
                    ("F", F2_VIS, True),
                ],
            ),
            _table(
                "G",
                "Section G: Health Provision",
                [
                    ("S", "G", "Review by the community paediatrician every six months."),
                ],
            ),
            _table(
                "H1",
                "Section H1: Social Care Provision (Chronically Sick and Disabled Persons Act 1970)",
                [
                    ("S", "H1", "No provision is required under section 2 of the 1970 Act."),
                ],
            ),
            _table(
                "H2",
                "Section H2: Other Social Care Provision",
                [
                    ("S", "H2", "No other social care provision is needed at present."),
                ],
            ),
            _table(
                "I",
                "Section I: Placement",
                [
                    (
                        "S",
                        "I",
                        "Fernhill Primary School, Marlowe (mainstream community primary school).",
                    ),
                ],
            ),
            _table(
                "K",
                "Section K: Advice and Information",
                [
                    (
                        "S",
                        "K",
                        "Independent speech and language therapy report (August 2026); paediatric report (July 2026); school report (June 2026).",
                    ),
                ],
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT2,
            footer="Rowan Speech and Language Therapy Ltd - Isla Brennan-Shah - {n}/{m}",
            blocks=[
                ("org", "Rowan Speech and Language Therapy Ltd (independent practice)"),
                ("title", "Independent speech and language therapy report"),
                (
                    "small",
                    "Isla Brennan-Shah, 4 years 7 months. Assessed 5 and 12 August 2026 by Catriona Fairweather, Highly Specialist Speech and Language Therapist, instructed by Isla's parents.",
                ),
                ("h", 2, "1. Summary of my opinion"),
                (
                    "p",
                    [
                        (
                            "X",
                            "In my professional opinion the mainstream Reception class of thirty that Isla attends cannot meet her needs, whatever support is added, and Hollin Bank School can.",
                            "opinion on placement (Section I), not a need or a provision",
                        ),
                        "I set out my reasons below.",
                    ],
                ),
                ("h", 2, "2. Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the CELF Preschool-2 Isla's core language score was 58, below the first centile.",
                            "test result",
                        ),
                        (
                            "X",
                            "Isla's speech has become a little clearer since NHS therapy began in 2025, and she now uses some two-word phrases.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isla understands instructions with only one key word, and loses the thread of anything longer, especially when she is spoken to as part of a group.",
                            "communication_interaction",
                            B2_DLD,
                        ),
                        (
                            "N",
                            "She cannot answer 'what' or 'where' questions about a picture book, so she misses much of what is taught through stories.",
                            "communication_interaction",
                            B2_DLD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Only about a quarter of what she says can be understood by an unfamiliar listener.",
                            "communication_interaction",
                            B2_SPEECH,
                        ),
                        (
                            "N",
                            "When she is not understood she often gives up or hits out, and her teacher told me this happens several times a day.",
                            "semh",
                            B2_FRUST,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Isla cannot yet hear the first sound of a word or pick out words that rhyme.",
                        "cognition_learning",
                        B2_LIT,
                    ),
                ),
                ("h", 2, "3. Why the present provision is not enough"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The NHS therapist's report describes Isla's progress as 'steady'; I do not agree.",
                            "disagreement with another professional, not a need",
                        ),
                        (
                            "X",
                            "Research on childhood apraxia of speech consistently finds that short, frequent practice produces more progress than one longer weekly session.",
                            "evidence cited in argument",
                        ),
                        "Isla has had weekly therapy for a year, and on my assessment her speech sounds have barely changed in that time. A child with apraxia has to practise the same movements many times a day, with an adult who knows the targets, and that cannot happen in a class of thirty where the teaching assistant is shared for the rest of the day.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I observed Isla for forty minutes on 12 August 2026, during a summer activity session at her school.",
                            "context of an observation",
                        ),
                        "For most of that time she sat in a whole-class carpet session, copied the children beside her and did not answer when her name was called. When the session ended she did not know what she was meant to do next, and a member of staff led her by the hand to the next activity. The draft plan offers 15 hours of teaching assistant time, which leaves more than half of her week without the adult who knows her programme, and it does not say when or how her therapy targets will be practised between sessions.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Hollin Bank School has offered Isla a place from January 2027.",
                            "fact about placement (Section I)",
                        ),
                        "Its classes have eight children, and its speech and language therapists work in the classroom every day, so that practice happens many times a day rather than once a week. I have visited the school and I am satisfied that it could meet every recommendation below.",
                    ],
                ),
                ("h", 2, "4. Recommendations"),
                (
                    "np",
                    "4.1",
                    (
                        "R",
                        "Isla requires direct speech and language therapy from a specialist therapist experienced in apraxia, at least three sessions of 30 minutes every week, because motor speech work depends on frequent, intensive practice and once-weekly therapy does not give her enough repetitions.",
                        "communication_interaction",
                        "less",
                        F2_SALT,
                    ),
                ),
                (
                    "np",
                    "4.2",
                    (
                        "R",
                        "She needs an adult trained in her programme with her throughout the school day, not only at set times, because her understanding breaks down in whole-class teaching and in the playground as well as in her sessions.",
                        "communication_interaction",
                        "less",
                        F2_TA,
                    ),
                ),
                (
                    "np",
                    "4.3",
                    (
                        "R",
                        "A low-tech communication book of photographs and symbols should be made for Isla and kept with her at all times, so that she can show what she means when her speech is not understood.",
                        "communication_interaction",
                        "missing_from_f",
                    ),
                ),
                (
                    "np",
                    "4.4",
                    (
                        "R",
                        "Every adult who works with Isla should be trained by her speech and language therapist in her speech targets and in how to respond to her attempts to communicate, at the start of every term.",
                        "communication_interaction",
                        "not_specific",
                        F2_ADV,
                    ),
                ),
                (
                    "np",
                    "4.5",
                    (
                        "R",
                        "Phonics should be taught to her every day in a very small group, with a sign and a picture for each sound.",
                        "cognition_learning",
                        "specific",
                        F2_PHON,
                    ),
                ),
                ("p", "Catriona Fairweather, HCPC registered. 19 August 2026."),
            ],
        ),
        dict(
            file=PAED2,
            blocks=[
                ("org", "Marlowe Community Health Services - Community Paediatrics"),
                ("b", "Dr Oluwaseun Adeyemi-Clarke, Consultant Community Paediatrician"),
                (
                    "p",
                    "Re: Isla Brennan-Shah, DOB 14/01/2022. Seen in clinic with her mother on 9 July 2026.",
                ),
                ("p", "Report for the education, health and care needs assessment."),
                ("h", 3, "History and examination"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Isla had grommets inserted in May 2024 and her hearing was normal when tested in March 2026.",
                            "resolved difficulty (hearing)",
                        ),
                        ("X", "Her growth and general health are good.", "health strength"),
                        ("X", "There are no features of autism.", "a condition ruled out"),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isla has joint hypermobility and tires quickly; by the afternoon she often lies on the carpet and will not join in.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "She cannot yet manage buttons, zips or putting on her coat, because she finds it hard to plan movements.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "N",
                        "Her mother and teacher both say that Isla plays alone at the edge of the group and does not know how to join other children's games.",
                        "communication_interaction",
                        B2_PLAY,
                    ),
                ),
                ("h", 3, "Recommendations"),
                (
                    "p",
                    (
                        "R",
                        "Isla should have a quiet rest for about 10 minutes after lunch each day.",
                        "sensory_physical",
                        "specific",
                        F2_REST,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "An occupational therapist should assess her motor planning and set a programme for dressing and pencil skills to be carried out daily in school.",
                        "sensory_physical",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "She needs adult-led play in a small group, such as a turn-taking game with two other children, at least three times a week, to learn how to join in.",
                        "communication_interaction",
                        "not_specific",
                        F2_SOCIAL,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Her sleep should be managed at home with the bedtime routine we discussed; melatonin is not needed at present.",
                        "health",
                        "not_educational",
                    ),
                ),
                ("p", "I will review Isla in clinic in six months."),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalp-03: Denholm Metropolitan Council; Oscar Lindqvist-Reid, 4, school nursery
# class, special school Reception from September 2027. layout "regulation-sentence-intro":
# no letters and no headings; each section is introduced by a plain sentence in the
# regulation's wording ("The special educational needs of the child are set out below.").
# ---------------------------------------------------------------------------

B3_AUT = "Oscar is autistic; he communicates mainly by leading adults to what he wants and uses a few single words."
B3_UND = "He does not respond to his name in a busy room and understands little spoken language unless it is paired with objects or pictures."
B3_SENS = (
    "Oscar is very sensitive to noise and covers his ears or runs from the room when it is loud."
)
B3_RIGID = (
    "He finds changes to his routine very hard and can stay distressed for up to half an hour."
)
B3_SAFE = (
    "Oscar has little sense of danger and will run towards the road or climb onto high furniture."
)
B3_TOIL = "He is not yet toilet trained and does not show when his nappy needs changing."

F3_CLASS = "Teaching in a class of no more than eight children, with a teacher and at least two teaching assistants, all trained in autism."
F3_PECS = "The Picture Exchange Communication System (PECS), used by trained staff in at least five short teaching sessions every day."
F3_SENS = "Sensory breaks as required."
F3_SALT = "Speech and language therapy advice to staff."
F3_TOIL = "A toileting plan agreed with Oscar's parents, with an adult taking him to the toilet every 90 minutes."
F3_SAFE = (
    "An adult within arm's reach of Oscar whenever he is outdoors or moving around the school."
)
F3_TRANS = "A book of photographs of his new school and class, and three visits to the school with a familiar adult before he starts."
G3_SENSDIET = "A sensory diet planned by the occupational therapist and carried out by classroom staff at least four times a day."
G3_MIDAZ = "Training for the staff who look after Oscar in giving buccal midazolam, by the epilepsy nurse specialist, renewed every year."

PAED3 = "paediatric_report.pdf"
NURS3 = "nursery_class_report.docx"

CASE_03 = dict(
    name="case-evalp-03",
    layout="regulation-sentence-intro",
    summary=(
        "Denholm Metropolitan Council; Oscar Lindqvist-Reid, 4, in the nursery class of Moorside Primary "
        "School, to start in the Reception class of Calder Vale School, a maintained special school, in "
        "September 2027 (autism, little speech, noise sensitivity, no sense of danger, toileting, "
        "epilepsy). The plan has no section letters and no headings: each section is introduced by a "
        "plain sentence in the regulation's wording. Community paediatrician's report; nursery class "
        "teacher's report mixing strengths, progress and current needs."
    ),
    note="Each section's 'heading' is its introductory sentence, a plain paragraph. The sensory diet carried out by classroom staff, in G, is wrong_section; epilepsy training by the nurse specialist in G is health provision (not_educational). Biting, which has stopped, is a resolved difficulty.",
    plan=dict(
        file="plan.docx",
        sans=True,
        footer="Denholm Metropolitan Council - Education, Health and Care Plan for Oscar Lindqvist-Reid",
        blocks=[
            ("org", "Denholm Metropolitan Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Oscar Lindqvist-Reid   Born 30 October 2021   NHS number withheld   Final plan issued 20 November 2026",
            ),
            ("p", "This plan is made under section 37 of the Children and Families Act 2014."),
            (
                "H",
                "A",
                "The views, interests and aspirations of Oscar and his parents are as follows.",
                "p",
            ),
            (
                "S",
                "A",
                "Oscar loves numbers, lifts, spinning tops and the song 'Ten Green Bottles'.",
            ),
            ("p", "His parents hope he will be safe, happy and able to tell them what he wants."),
            ("H", "B", "The special educational needs of the child are set out below.", "p"),
            ("S", "B", B3_AUT),
            ("p", [B3_UND, B3_SENS]),
            ("p", [B3_RIGID, B3_SAFE, B3_TOIL]),
            (
                "H",
                "C",
                "The health care needs which relate to his special educational needs are these.",
                "p",
            ),
            (
                "S",
                "C",
                "Oscar has epilepsy, controlled with medication, and has a rescue medication plan written by the epilepsy nurse specialist.",
            ),
            (
                "H",
                "D",
                "The social care needs which relate to his special educational needs or disability are described here.",
                "p",
            ),
            (
                "S",
                "D",
                "Oscar's family receive support from the Denholm Disabled Children's Team, including an assessment of short breaks.",
            ),
            ("H", "E", "The outcomes sought for him are these.", "p"),
            (
                "S",
                "E",
                "By July 2028 Oscar will use pictures or words to ask for ten things he wants during the day.",
            ),
            (
                "p",
                "By July 2028 Oscar will stay in the classroom for a whole lesson with ear defenders when it is noisy.",
            ),
            (
                "H",
                "F",
                "The special educational provision required by the child is specified below.",
                "p",
            ),
            ("S", "F", ("F", F3_CLASS, True)),
            ("p", ("F", F3_PECS, True)),
            ("p", ("F", F3_SENS, False)),
            ("p", ("F", F3_SALT, False)),
            ("p", ("F", F3_TOIL, True)),
            ("p", ("F", F3_SAFE, True)),
            ("p", ("F", F3_TRANS, True)),
            (
                "H",
                "G",
                "Any health care provision reasonably required by his learning difficulties or disabilities is set out here.",
                "p",
            ),
            ("S", "G", G3_MIDAZ),
            ("p", G3_SENSDIET),
            ("p", "Review by the community paediatrician every six months."),
            (
                "H",
                "H1",
                "The social care provision which must be made for him under section 2 of the Chronically Sick and Disabled Persons Act 1970 is as follows.",
                "p",
            ),
            ("S", "H1", "Short breaks of one day a month with a registered short breaks carer."),
            (
                "H",
                "H2",
                "Any other social care provision reasonably required by his learning difficulties or disabilities is as follows.",
                "p",
            ),
            ("S", "H2", "None identified."),
            (
                "H",
                "I",
                "The name and type of the school to be attended by the child is given below.",
                "p",
            ),
            (
                "S",
                "I",
                "Until August 2027, the nursery class of Moorside Primary School (maintained mainstream); from September 2027, Calder Vale School (maintained special school for children aged 4 to 11).",
            ),
            ("H", "J", "Details of any personal budget are given here.", "p"),
            (
                "S",
                "J",
                "A direct payment for short breaks (see above); there is no personal budget for special educational provision.",
            ),
            (
                "H",
                "K",
                "The advice and information gathered during the assessment is listed below.",
                "p",
            ),
            (
                "S",
                "K",
                "Paediatric report (September 2026); nursery class report (October 2026); educational psychology advice (October 2026); social care advice (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=PAED3,
            footer="Denholm Children's Centre - Community Paediatrics - confidential - page {n} of {m}",
            blocks=[
                ("org", "Denholm Children's Centre - Community Paediatrics"),
                ("title", "Paediatric advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Child", "Oscar Lindqvist-Reid, born 30 October 2021"),
                        ("Seen", "16 September 2026, with his father"),
                        (
                            "Author",
                            "Dr Marguerite Osei-Bonsu, Associate Specialist in Community Paediatrics",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Oscar's autism was diagnosed by the multidisciplinary team in June 2025.",
                            "diagnostic history",
                        ),
                        (
                            "X",
                            "Oscar has epilepsy, which has been well controlled on medication since March 2026, with no seizures in nursery.",
                            "health background, in C",
                        ),
                        ("X", "His hearing test in September 2025 was normal.", "test result"),
                    ],
                ),
                ("h", 2, "Current difficulties"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oscar is extremely sensitive to noise; he screams and runs out of the room at music time and in the dining hall.",
                            "sensory_physical",
                            B3_SENS,
                        ),
                        (
                            "N",
                            "He has no awareness of danger and has twice run out of the nursery gate towards the road.",
                            "semh",
                            B3_SAFE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oscar eats only three foods and will not sit at a table with other children at lunchtime.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "He is not toilet trained and shows no awareness of being wet or soiled.",
                            "sensory_physical",
                            B3_TOIL,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Oscar's sensory needs should be met through a sensory diet planned by an occupational therapist and carried out by classroom staff at least four times a day.",
                            "sensory_physical",
                            "wrong_section",
                            G3_SENSDIET,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "All staff who look after Oscar should be trained by the epilepsy nurse specialist to give buccal midazolam.",
                            "health",
                            "not_educational",
                            G3_MIDAZ,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Oscar needs a speech and language therapist to work with him directly for at least 30 minutes a week and to train the staff who use PECS with him.",
                            "communication_interaction",
                            "not_specific",
                            F3_SALT,
                        ),
                        (
                            "R",
                            "His parents may find the Denholm autism parent course helpful.",
                            "social_care",
                            "not_educational",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=NURS3,
            blocks=[
                ("org", "Moorside Primary School - Nursery Class"),
                ("title", "Report on Oscar Lindqvist-Reid"),
                (
                    "p",
                    "Written by Mrs Harriet Pengelly, nursery class teacher, with the school's SENCo. October 2026.",
                ),
                ("h", 2, "Oscar's strengths"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Oscar has an excellent memory for numbers and can count to 50.",
                            "strength",
                        ),
                        ("X", "He is very gentle with the class guinea pigs.", "strength"),
                    ],
                ),
                ("h", 2, "Progress this year"),
                (
                    "p",
                    [
                        (
                            "X",
                            "He now lets an adult sit beside him while he plays, which he would not do in September 2025.",
                            "progress",
                        ),
                        (
                            "X",
                            "He has stopped biting other children since we gave him a chew toy in the spring.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Current needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Oscar uses about ten single words, mostly to name numbers and letters, and does not yet use words to ask for things.",
                            "communication_interaction",
                            B3_AUT,
                        ),
                        (
                            "N",
                            "He does not follow a spoken instruction unless an adult shows him the object or a picture.",
                            "communication_interaction",
                            B3_UND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "When the routine changes, for example when the hall is used for assembly, he screams and throws himself to the floor for up to twenty minutes.",
                            "semh",
                            B3_RIGID,
                        ),
                        (
                            "N",
                            "Oscar lines up toys and numbers rather than playing with them, and does not yet copy an adult's play.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "He cannot hold a pencil or use scissors, and avoids messy play.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "What helps Oscar and what we recommend"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Oscar should be taught in a small class with staff trained in autism, such as the Reception class at Calder Vale School.",
                            "communication_interaction",
                            "specific",
                            F3_CLASS,
                        ),
                        (
                            "R",
                            "PECS should be used with Oscar throughout the day, in at least five short sessions, by trained staff.",
                            "communication_interaction",
                            "specific",
                            F3_PECS,
                        ),
                        (
                            "R",
                            "He needs at least six visits to Calder Vale School with a familiar adult before he starts, and a photo book of the new school.",
                            "semh",
                            "less",
                            F3_TRANS,
                        ),
                        (
                            "R",
                            "Oscar should have an adult within arm's reach whenever he is outside.",
                            "semh",
                            "specific",
                            F3_SAFE,
                        ),
                        (
                            "R",
                            "A toileting routine with set times should continue in his new school.",
                            "sensory_physical",
                            "specific",
                            F3_TOIL,
                        ),
                        (
                            "R",
                            "He needs 10 minutes of adult-led messy play and fine motor activities every day to build his hand skills.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                    ],
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03]
