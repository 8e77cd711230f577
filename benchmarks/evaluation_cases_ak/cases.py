# ruff: noqa: E501
"""Set AK as data: children aged 3 to 7 with Down syndrome, global developmental delay and
complex medical needs, in nurseries, a school nursery class and infant schools. Every plan
identifies its sections without section letters: headings in the child's own voice, short
labels in the left cell of a two-column table, the regulation's wording shortened, and
sections numbered in a council's own order that pairs each kind of need with its provision.

Every name, council, setting, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalak-01: Fernleigh Borough Council; Ava Mensah-Doyle, 3, school nursery class,
# Down syndrome. layout "first-person-headings-unlettered": each section headed in Ava's
# own voice ("What I find hard and the help I need to learn"), no letters or numbers.
# ---------------------------------------------------------------------------

B1_DS = "Ava has Down syndrome and her overall development is delayed; in most areas she is working at the level of a child of around 18 to 24 months."
B1_UND = "I understand familiar words in routines, such as 'coat', 'snack' and 'home time', but I find longer sentences hard to follow."
B1_TALK = "I use signs and some single words to tell you what I want."
B1_MOTOR = "My balance is still developing and I get tired when walking any distance."
B1_ATTN = "I can focus for a short time on something I have chosen, but it is hard for me to join in with group times."
B1_HEAR = "I have a hearing loss and wear hearing aids, so I need to be close to you and see your face when you talk or sign to me."
B1_SOCIAL = "I like being near other children but I don't yet know how to join in their play."

F1_KEY = "Ava will have a named key person who knows her signs and her targets, and who will work with her on her individual targets in a small group or one to one for at least 15 minutes in each session."
F1_MAK = "All adults in the nursery class will use Makaton signs alongside their speech with Ava throughout the session."
F1_MAKTRAIN = "Makaton training for staff."
F1_SALT = "A speech and language programme set by the NHS speech and language therapist and delivered by her key person, 10 minutes, three times a week, reviewed by the therapist each half term."
F1_SUPPORT = "Adult support at group times and in outdoor play, as appropriate."
F1_SEAT = "In group times Ava will sit close to and facing the adult who is leading, and her small group work will take place in the quiet room off the nursery class."
F1_VIS = "Ava's day will be shown to her on a photo timetable that an adult goes through with her at the start of each session and refers back to at every change of activity."
F1_TRANS = "Support with her move into Reception."
G1_HEAR = "Hearing will be checked by the audiology service at Fernleigh General Hospital every six months, and Ava's hearing aids will be managed by the paediatric audiologist."
G1_CHAIR = "A nursery chair with a footrest and side supports will be provided for Ava's table-top activities, on the physiotherapist's advice."
G1_PAED = "Review by the community paediatrician every 12 months."

PORT1 = "portage_report.docx"
PAED1 = "paediatric_report.pdf"


def _h(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_01 = dict(
    name="case-evalak-01",
    layout="first-person-headings-unlettered",
    summary=(
        "Fernleigh Borough Council; Ava Mensah-Doyle, 3, in the nursery class of Brackenfold "
        "Primary School (Down syndrome, global developmental delay, mild hearing loss, hypotonia). "
        'Every section is headed in Ava\'s own voice ("What I find hard and the help I need to learn") '
        "with no section letters or numbers; sections in the order of the regulation. Portage home "
        "visitor's report; community paediatrician's report."
    ),
    note="Sections are found by their first-person headings alone. The paediatrician's recommendation that the hearing review and hearing aids be managed by audiology is health provision correctly in the health section. Ava's toileting, a need in the Portage report, is not in her needs section.",
    plan=dict(
        file="plan.docx",
        footer="Fernleigh Borough Council | Education, Health and Care Plan | Ava Mensah-Doyle | FINAL",
        author="Fernleigh SEND Service",
        blocks=[
            ("org", "Fernleigh Borough Council - SEND Assessment and Planning Service"),
            ("title", "Ava's Education, Health and Care Plan"),
            (
                "small",
                "Name: Ava Mensah-Doyle   Date of birth: 7 January 2023   NHS number: held on file",
            ),
            (
                "small",
                "Setting: Brackenfold Primary School Nursery Class, Weir Road, Fernleigh HF9 2QX   Final plan issued: 20 November 2026",
            ),
            (
                "i",
                "This plan has been written with Ava's mum and dad and the people who work with her. Where it says 'I' or 'me', it is written as if Ava were telling you about herself.",
            ),
            _h("A", "All about me, and what my family and I would like for the future"),
            (
                "S",
                "A",
                "I am a smiley, determined girl who loves music, our dog Pepper and being pushed high on the swings.",
            ),
            (
                "p",
                "Mum and Dad would like me to be able to tell people what I want and how I feel, to have friends, and to go to Brackenfold Primary with the children I know from nursery.",
            ),
            ("p", 'Mum says: "We want people to see Ava, not just the Down syndrome."'),
            _h("B", "What I find hard and the help I need to learn"),
            ("S", "B", B1_DS),
            ("p", "Communication and interaction"),
            ("bul", [B1_UND, B1_TALK, B1_SOCIAL]),
            ("p", "Cognition and learning"),
            (
                "bul",
                [
                    B1_ATTN,
                    "I learn best when I can see something and do it with an adult, and I need lots of repetition before I remember a new word or sign.",
                ],
            ),
            ("p", "Physical"),
            ("bul", [B1_MOTOR, B1_HEAR]),
            _h("C", "My health and how it affects my learning"),
            (
                "S",
                "C",
                "Ava has a mild to moderate hearing loss in both ears and wears hearing aids, which she will sometimes pull out.",
            ),
            (
                "p",
                "She had surgery for a heart condition (atrioventricular septal defect) as a baby and is well; she is seen by the cardiology team once a year.",
            ),
            _h("D", "Care I need because of my disability"),
            (
                "S",
                "D",
                "Ava's family do not receive support from children's social care, and no social care needs have been identified.",
            ),
            _h("E", "What I will be able to do"),
            (
                "S",
                "E",
                "By July 2027 I will use 30 signs or words to ask for things, to say no and to comment on what I see.",
            ),
            (
                "p",
                "By July 2027 I will sit with a small group of three other children for a five-minute song or story.",
            ),
            (
                "p",
                "By the time I start Reception I will walk from the classroom to the hall and back without needing to be carried.",
            ),
            _h("F", "The help I will get at nursery to learn"),
            (
                "S",
                "F",
                "Brackenfold Primary School will make the following provision from Ava's first session of the spring term 2027.",
            ),
            (
                "bul",
                [
                    ("F", F1_KEY, True),
                    ("F", F1_MAK, True),
                    ("F", F1_MAKTRAIN, False),
                    ("F", F1_SALT, True),
                    ("F", F1_SUPPORT, False),
                    ("F", F1_SEAT, True),
                    ("F", F1_VIS, True),
                    ("F", F1_TRANS, False),
                ],
            ),
            _h("G", "Help from health services"),
            ("S", "G", G1_HEAR),
            ("p", G1_PAED),
            ("p", G1_CHAIR),
            (
                "p",
                "The children's physiotherapist will see Ava at nursery once a half term to check her walking and advise staff on seating.",
            ),
            _h(
                "H1",
                "Help from social care because I am disabled (section 2 of the Chronically Sick and Disabled Persons Act 1970)",
            ),
            ("S", "H1", "None at present."),
            _h("H2", "Any other help from social care"),
            (
                "S",
                "H2",
                "Ava's family have been given information about the short breaks local offer and the Fernleigh Down Syndrome Parents' Group.",
            ),
            _h("I", "Where I will go to nursery"),
            (
                "S",
                "I",
                "Brackenfold Primary School Nursery Class (mainstream, maintained), 15 hours a week over five mornings.",
            ),
            _h("J", "My personal budget"),
            ("S", "J", "Ava's parents have not asked for a personal budget at this time."),
            _h("K", "Who gave advice for my plan"),
            (
                "S",
                "K",
                "Portage report, Fernleigh Portage Service (September 2026); community paediatrician's report (October 2026); nursery class observations (September 2026); audiology letter (August 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=PORT1,
            author="Fernleigh Portage Service",
            blocks=[
                ("org", "Fernleigh Portage Service - Early Support at Home"),
                ("title", "Portage advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Child", "Ava Mensah-Doyle (DOB 07/01/2023)"),
                        ("Portage home visitor", "Marguerite Oduya"),
                        (
                            "Involvement",
                            "Fortnightly home visits since March 2024; 44 visits in all, some joint with the speech and language therapist",
                        ),
                        ("Date of report", "19 September 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ava was referred to Portage by the community paediatrician when she was 14 months old, after a long stay in hospital following her heart surgery.",
                            "history",
                        ),
                        "Her parents, Kwame and Siobhan, have been fully involved in every visit and have kept the activity charts going between visits with real commitment.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "At the start of Portage Ava was not yet sitting on her own, and she was fed partly by nasogastric tube until she was 18 months old.",
                            "history: resolved feeding and sitting",
                        ),
                        (
                            "X",
                            "The tube was removed in summer 2024 and Ava now eats a normal diet of chopped food.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Ava's progress and strengths"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ava is a sociable little girl who loves peekaboo, bubbles and anything with music, and she will bring a book to an adult to share.",
                            "strength",
                        ),
                        (
                            "X",
                            "Over the last six months she has learned 15 new Makaton signs, including 'more', 'finished', 'drink', 'dog' and 'help'.",
                            "progress",
                        ),
                        (
                            "X",
                            "She now walks independently indoors, which she began doing at 2 years 9 months.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Ava's developmental profile"),
                (
                    "p",
                    "The Portage Checklist was completed with Ava's parents in September 2026. The age bands below are the levels at which Ava has achieved most items in each area, and they are a guide rather than a test score.",
                ),
                (
                    "grid",
                    [
                        ["Area", "Level reached", "Comment"],
                        [
                            "Socialisation",
                            "24 to 30 months",
                            "Her strongest area; warm and interested in people.",
                        ],
                        [
                            "Language",
                            "15 to 18 months",
                            (
                                "X",
                                "Understanding is ahead of her spoken words; she relies on signs and gesture.",
                                "test comment",
                            ),
                        ],
                        [
                            "Self-help",
                            "15 to 18 months",
                            "Feeds herself with a spoon with some spillage.",
                        ],
                        [
                            "Cognitive",
                            "18 to 24 months",
                            "Completes a three-piece inset puzzle with help.",
                        ],
                        [
                            "Motor",
                            "15 to 24 months",
                            "Walks on her own; not yet running or jumping.",
                        ],
                    ],
                    [0.22, 0.22, 0.56],
                ),
                ("h", 2, "What Ava finds difficult"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ava understands a small number of words in her daily routines, but when an instruction has two key words in it (for example 'get your shoes and coat') she follows only the last part.",
                            "communication_interaction",
                            B1_UND,
                        ),
                        (
                            "N",
                            "She communicates mainly through about 25 Makaton signs, pointing and a handful of spoken words, and becomes frustrated, sometimes throwing herself to the floor, when she is not understood.",
                            "communication_interaction",
                            B1_TALK,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ava is not yet aware of when she is wet or soiled and shows no signs of readiness for toilet training, so she will need changing throughout the nursery session.",
                            "health",
                            None,
                        ),
                        (
                            "N",
                            "Her fine motor skills are well behind: she uses a whole-hand grasp for crayons and spoons and cannot yet release small objects into a container with control.",
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
                            "Ava's attention for an adult-led activity is around one to two minutes before she moves away, although she will stay longer with music or with bubbles.",
                            "cognition_learning",
                            B1_ATTN,
                        ),
                    ],
                ),
                ("h", 2, "Advice for nursery and for home"),
                (
                    "p",
                    "My recommendations for Ava's nursery are set out in the table, with the reason for each. They draw on what has worked at home over the last two and a half years.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            (
                                "R",
                                "A key person who signs with Ava and who spends time every session working on her individual Portage-style targets, broken into small steps, at least 15 minutes a session.",
                                "cognition_learning",
                                "specific",
                                F1_KEY,
                            ),
                            "Ava learns in very small steps and needs the same adult to repeat an activity many times before she can do it on her own.",
                        ],
                        [
                            (
                                "R",
                                "All nursery staff to complete a Makaton Foundation workshop (two days) before Ava starts, so that every adult can sign with her.",
                                "communication_interaction",
                                "not_specific",
                                F1_MAKTRAIN,
                            ),
                            "Signing is Ava's main way of communicating; if only one adult signs, she will be understood only when that adult is there.",
                        ],
                        [
                            (
                                "R",
                                "A fine motor programme (posting, pegs, play dough, pincer grasp) for 5 to 10 minutes every day.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Her grasp is holding back her play, her self-care and, later, her mark making.",
                        ],
                        [
                            (
                                "R",
                                "Her speech and language programme to be practised every day in nursery, in short bursts of around 10 minutes, because three times a week has not been enough at home to keep new signs going.",
                                "communication_interaction",
                                "less",
                                F1_SALT,
                            ),
                            "New signs fade quickly unless they are used daily.",
                        ],
                        [
                            (
                                "R",
                                "Planned visits to the Reception class in the summer term, with a photo book of her new room and adults to take home.",
                                "semh",
                                "not_specific",
                                F1_TRANS,
                            ),
                            "Ava copes with change when she can see and rehearse it beforehand.",
                        ],
                    ],
                    [0.6, 0.4],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, Kwame and Siobhan should carry on singing with pauses for Ava to fill with a sign, and keep the 'first and then' board by the kitchen door.",
                            "communication_interaction",
                            "not_educational",
                        ),
                        (
                            "X",
                            "I have discussed with Ava's parents whether she might attend a specialist nursery instead, and they are clear that they want her at Brackenfold with her brother; I agree that with the right support this is the right place for her now.",
                            "placement opinion, options considered",
                        ),
                    ],
                ),
                (
                    "sig",
                    [
                        "Marguerite Oduya",
                        "Portage Home Visitor, Fernleigh Portage Service",
                        "Telephone 01632 960233   portage@fernleigh.example.org",
                    ],
                ),
            ],
        ),
        dict(
            file=PAED1,
            style="folder",
            footer="Fernleigh Community Health Services NHS Trust   Confidential   Page {n} of {m}",
            blocks=[
                ("org", "Fernleigh Community Health Services NHS Trust"),
                (
                    "small",
                    "Child Development Centre, Orchard House, Fernleigh HF9 4LB   Tel 01632 960871",
                ),
                ("title", "Medical advice for an EHC needs assessment"),
                (
                    "small",
                    "Re: Ava MENSAH-DOYLE, DOB 07.01.2023. Seen in clinic on 2 October 2026 with her mother. Author: Dr Helena Vasquez-Ward, Consultant Community Paediatrician.",
                ),
                ("h", 2, "Diagnoses"),
                (
                    "bul",
                    [
                        "Down syndrome (trisomy 21), confirmed antenatally",
                        "Atrioventricular septal defect, repaired at 5 months; annual cardiology follow-up",
                        "Bilateral mild to moderate conductive hearing loss; hearing aids since 2025",
                        "Generalised hypotonia",
                    ],
                ),
                ("h", 2, "History and examination"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ava was born at 37 weeks and needed a week on the neonatal unit for feeding support.",
                            "history",
                        ),
                        (
                            "X",
                            "Her thyroid function was checked in July 2026 and is normal; it will be repeated annually as for all children with Down syndrome.",
                            "test result, routine screening",
                        ),
                        "On examination she was well grown, following the Down syndrome growth chart along the 50th centile, with no signs of heart failure.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Obstructive sleep apnoea was considered last year; an overnight oximetry study in March 2026 was normal and no treatment is needed.",
                            "ruled out",
                        ),
                        (
                            "X",
                            "Mum reports that Ava's snoring has settled since her adenoids were removed.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Impact on learning and development"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ava's hearing loss means that she will miss much of what is said to her in a noisy room, particularly when she is not wearing her hearing aids, and she needs to be near the speaker and able to see their face and hands.",
                            "sensory_physical",
                            B1_HEAR,
                        ),
                        (
                            "N",
                            "Her low muscle tone affects her stamina and posture: she slumps on the carpet and on standard nursery chairs and tires quickly on walks.",
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
                            "Children with Down syndrome often show particular relative strengths in visual learning, and Ava is no exception; her difficulties are chiefly with verbal short-term memory and expressive language.",
                            "cognition_learning",
                            "I learn best when I can see something and do it with an adult, and I need lots of repetition before I remember a new word or sign.",
                        ),
                        (
                            "N",
                            "Ava has a tendency to put small objects in her mouth and has no sense of danger near steps, doors and the road.",
                            "health",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "She is prone to chest infections in the winter months and may miss some sessions.",
                            "health background managed by GP; no educational need stated",
                        ),
                        (
                            "X",
                            "This has not been frequent enough to warrant any change to her care, and she is not on prophylactic antibiotics.",
                            "context, not a need",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "I would make the following recommendations. Where I have suggested what difference it will make, this is to help the nursery and the local authority write outcomes.",
                ),
                (
                    "grid",
                    [
                        ["What is recommended", "What difference it will make"],
                        [
                            (
                                "R",
                                "Ava should be seated near the adult leading any group activity, with the adult at her eye level, and background noise kept down during small group work.",
                                "sensory_physical",
                                "specific",
                                F1_SEAT,
                            ),
                            "She will hear and see more of what is said, and her attention will improve.",
                        ],
                        [
                            (
                                "R",
                                "A chair with a footrest and side support for table-top activities, as advised by the physiotherapist.",
                                "sensory_physical",
                                "wrong_section",
                                G1_CHAIR,
                                {"section": "G"},
                            ),
                            "A stable position will free her hands for play and fine motor work.",
                        ],
                        [
                            (
                                "R",
                                "Hearing aids checked by an adult at the start of each session and replaced if she pulls them out.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "She will hear for the whole session, not part of it.",
                        ],
                        [
                            (
                                "R",
                                "Audiology review every six months, with the hearing aids managed by the paediatric audiologist.",
                                "health",
                                "not_educational",
                                G1_HEAR,
                                {"section": "G"},
                            ),
                            "Any change in hearing will be picked up early.",
                        ],
                    ],
                    [0.62, 0.38],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I would also ask that an adult is always with Ava in the outdoor area and on the stairs until she has a better sense of danger, and that the nursery's risk assessment reflects this.",
                            "health",
                            "not_specific",
                            F1_SUPPORT,
                        ),
                        "I will continue to review Ava in clinic every 12 months.",
                    ],
                ),
                (
                    "sig",
                    [
                        "Dr Helena Vasquez-Ward MBBS MRCPCH",
                        "Consultant Community Paediatrician",
                        "cc: Mr and Mrs Mensah-Doyle; GP; Fernleigh Portage Service",
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalak-02: Calderbrook County Council; Reuben Aldous-Khan, 5, Reception at an infant
# school, global developmental delay, epilepsy, gastrostomy. layout "sidebar-label-cells":
# every section is a two-column table whose narrow left cell holds a short label ("Needs",
# "Provision") and whose right cell holds the section; no letters or numbers.
# ---------------------------------------------------------------------------

B2_GDD = "Reuben has global developmental delay of unknown cause. His learning, communication and physical development are all well below those of children of his age."
B2_REC = "He understands simple language linked to what is happening now, supported by signs and objects, but does not yet follow instructions out of routine."
B2_EXP = "Reuben communicates using around 40 Makaton signs, vocal sounds and by leading adults to what he wants. He has a few single words that familiar people understand."
B2_ATTN = "His attention is very short unless the activity is one he has chosen, and he needs an adult to help him to move on from one activity to the next."
B2_MOB = "Reuben walks short distances with a walking frame and uses a buggy for longer distances. He needs an adult with him on steps and uneven ground."
B2_POST = "He cannot sit on the carpet or on a standard chair without support and needs specialist seating to free his hands for learning."
B2_FINE = "He has difficulty with fine motor skills and with dressing and undressing."

F2_TA = "Reuben will have an adult with him throughout the school day (32.5 hours a week), including at lunchtime, to support his learning, mobility and personal care; the adult will be trained in Makaton and in his epilepsy care plan."
F2_MAK = "Makaton will be used by all adults in the Reception class, and a signing small group led by the class teaching assistant will be run twice a week for 15 minutes with Reuben and three other children."
F2_PEERS = "Opportunities for Reuben to practise his signs with other children."
F2_SALTPROG = "A communication programme written by the NHS speech and language therapist, carried out by his teaching assistant for 10 minutes every day and updated by the therapist each half term."
F2_SEAT = "Specialist seating (a Leckey Squiggles chair at table-top and a corner seat on the carpet), positioned as set out in the physiotherapist's seating chart, for every seated activity."
F2_PHYS = "Access to physical activities, suitably adapted."
F2_TIMER = "A 'now and next' board with photographs and objects of reference at every transition, and a visual timer for tidy-up time."
G2_SALT = "The NHS speech and language therapist will see Reuben in school every two weeks for a 30-minute session and will train his teaching assistant and class staff in Makaton and in his communication programme."
G2_EPI = "The epilepsy nurse specialist will train the staff who work with Reuben in giving buccal midazolam and will update his individual healthcare plan every 12 months."
G2_DIET = "The dietitian will review Reuben's feeding regime every three months and the gastrostomy nurse will train school staff to give his feeds and to care for his stoma."

SALT2 = "salt_report.pdf"
PHYSIO2 = "physiotherapy_report.docx"


def _side(sid: str, label: str, paras: list) -> tuple:
    """One section: a two-column table, the short label in the narrow left cell."""
    return ("kv", [(("H", sid, label, ""), ("L", paras))], [0.2, 0.8])


CASE_02 = dict(
    name="case-evalak-02",
    layout="sidebar-label-cells",
    summary=(
        "Calderbrook County Council; Reuben Aldous-Khan, 5, in Reception at Hollins Lane Infant "
        "School (global developmental delay, epilepsy with rescue medication, gastrostomy feeding, "
        "hypotonia, walks with a frame). Every section is a two-column table: a short bold label "
        'in the narrow left cell ("Needs", "Provision", "Health provision") and the section\'s '
        "text in the right cell; no letters or numbers. NHS speech and language therapist's report "
        "(Makaton); children's physiotherapist's report."
    ),
    note="Each section is found by the short label in the left cell of its table. Direct speech and language therapy and the therapist's training of staff in Makaton are set out in the health provision table: wrong_section. Rescue medication training, the dietitian's review and gastrostomy training are health provision correctly placed.",
    plan=dict(
        file="plan.docx",
        sans=True,
        accent="7B3F00",
        header="Calderbrook County Council - SEND Statutory Service - OFFICIAL-SENSITIVE",
        footer="EHC plan for Reuben Aldous-Khan - issued 30 October 2026",
        author="Calderbrook County Council",
        blocks=[
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Reuben Aldous-Khan"),
                    ("Date of birth", "23 May 2021"),
                    ("Current setting", "Hollins Lane Infant School, Reception (Kestrel class)"),
                    ("Parents", "Nadia Aldous and Farhan Khan"),
                    ("Plan type", "Final EHC plan following needs assessment"),
                ],
            ),
            (
                "p",
                "Each part of this plan is set out in its own box, with what the box covers in the left-hand column.",
            ),
            _side(
                "A",
                "About Reuben",
                [
                    (
                        "S",
                        "A",
                        "Reuben is a cheerful, cheeky boy who loves tipping and pouring, the sound of rain on the window and Mr Tumble.",
                    ),
                    "His parents would like him to be happy at school, to find a way of telling them about his day, and to walk further so that the family can go out together.",
                ],
            ),
            _side(
                "B",
                "Needs",
                [
                    ("S", "B", B2_GDD),
                    "Communication and interaction: " + B2_REC,
                    B2_EXP,
                    "Cognition and learning: " + B2_ATTN,
                    "Physical and sensory: " + B2_MOB,
                    B2_POST,
                    B2_FINE,
                ],
            ),
            _side(
                "C",
                "Health needs",
                [
                    (
                        "S",
                        "C",
                        "Reuben has epilepsy, with tonic-clonic seizures about once a month; a seizure lasting more than five minutes is treated with buccal midazolam under his individual healthcare plan.",
                    ),
                    "He is fed mainly through a gastrostomy and takes small tastes of puree by mouth under supervision.",
                ],
            ),
            _side(
                "D",
                "Care needs",
                [
                    (
                        "S",
                        "D",
                        "Reuben needs full help with personal care, including nappy changes, which his parents manage at home without social care support.",
                    ),
                ],
            ),
            _side(
                "E",
                "Outcomes",
                [
                    (
                        "S",
                        "E",
                        "By the end of Reception, Reuben will use 60 signs, symbols or words to make choices and requests with adults and children.",
                    ),
                    "By the end of Year 1, Reuben will walk with his frame from his classroom to the dining hall.",
                    "By the end of Reception, Reuben will stay with an adult-led activity for five minutes.",
                ],
            ),
            _side(
                "F",
                "Provision",
                [
                    (
                        "S",
                        "F",
                        "Hollins Lane Infant School will make the following provision, funded at band E of Calderbrook's high needs matrix.",
                    ),
                    ("F", F2_TA, True),
                    ("F", F2_MAK, True),
                    ("F", F2_PEERS, False),
                    ("F", F2_SALTPROG, True),
                    ("F", F2_SEAT, True),
                    ("F", F2_PHYS, False),
                    ("F", F2_TIMER, True),
                ],
            ),
            _side(
                "G",
                "Health provision",
                [
                    ("S", "G", G2_EPI),
                    G2_DIET,
                    G2_SALT,
                    "The community paediatrician and the neurology team will review Reuben's epilepsy every six months.",
                ],
            ),
            _side(
                "H1",
                "Care provision (CSDPA 1970, s.2)",
                [
                    (
                        "S",
                        "H1",
                        "No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is required.",
                    ),
                ],
            ),
            _side(
                "H2",
                "Other care provision",
                [
                    (
                        "S",
                        "H2",
                        "Reuben's family have been referred to the Calderbrook Short Breaks team for an assessment of their need for a short break.",
                    ),
                ],
            ),
            _side(
                "I",
                "School",
                [
                    (
                        "S",
                        "I",
                        "Hollins Lane Infant School, a mainstream maintained infant school.",
                    ),
                ],
            ),
            _side(
                "J",
                "Personal budget",
                [
                    (
                        "S",
                        "J",
                        "Reuben's parents have asked for a personal budget for transport; this is being arranged with the Calderbrook travel assistance team.",
                    ),
                ],
            ),
            _side(
                "K",
                "Advice",
                [
                    (
                        "S",
                        "K",
                        "Advice was given by the NHS speech and language therapist (September 2026), the children's physiotherapist (September 2026), the community paediatrician (August 2026), the school's SENCo (September 2026) and Reuben's parents.",
                    ),
                ],
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT2,
            style="folder",
            footer="Calderbrook Children's Therapy Services - Speech and Language Therapy - page {n} of {m}",
            blocks=[
                ("org", "Calderbrook Children's Therapy Services (NHS)"),
                (
                    "small",
                    "Speech and Language Therapy, Moor Lane Clinic, Calderbrook KB2 5NE. Telephone 01632 960544.",
                ),
                ("title", "Speech and language therapy advice: Reuben Aldous-Khan"),
                (
                    "small",
                    "DOB 23.05.2021. Report by Ceri Llewellyn-Marsh, Specialist Speech and Language Therapist, 12 September 2026. Seen at home, at nursery and twice at Hollins Lane Infant School.",
                ),
                ("h", 2, "Reason for involvement"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reuben has been known to speech and language therapy since he was 10 months old, first for feeding and swallowing and, since he was two, for his communication.",
                            "history",
                        ),
                        (
                            "X",
                            "He had a videofluoroscopy in 2024 that showed aspiration on thin fluids, which is why he is fed by gastrostomy.",
                            "history, test result",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    "Assessment was by observation, parental report, the Derbyshire Language Scheme's rapid screening test and the Pre-Verbal Communication Schedule. Reuben was happy to work with me for short periods with his mother nearby.",
                ),
                (
                    "grid",
                    [
                        ["Area", "Finding"],
                        [
                            "Attention and listening",
                            "Single-channelled; attends to his own choice of activity (Reynell-Cooper stage 2).",
                        ],
                        [
                            "Understanding",
                            (
                                "N",
                                "Reuben understands single words for familiar objects and people, and one key word in a sentence when he can see the object, but not two.",
                                "communication_interaction",
                                B2_REC,
                            ),
                        ],
                        [
                            "Expression",
                            (
                                "N",
                                "He has a vocabulary of about 40 Makaton signs, most of them approximations, and three spoken words ('mum', 'no', 'go'), and he is not yet combining signs.",
                                "communication_interaction",
                                B2_EXP,
                            ),
                        ],
                        [
                            "Play",
                            (
                                "N",
                                "His play is largely sensory and repetitive; he is not yet using objects pretend-fashion or playing alongside other children.",
                                "cognition_learning",
                                None,
                            ),
                        ],
                        [
                            "Social interaction",
                            (
                                "N",
                                "Reuben rarely starts an interaction with another child, and when children approach him he tends to turn away or push.",
                                "communication_interaction",
                                None,
                            ),
                        ],
                        [
                            "Eating and drinking",
                            (
                                "X",
                                "Oral tastes of smooth puree only, as set out in his eating and drinking plan; he is safe with this under supervision.",
                                "health, managed by the eating and drinking plan",
                            ),
                        ],
                    ],
                    [0.28, 0.72],
                ),
                ("h", 2, "Progress"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Since Reuben started using Makaton at nursery his frustration has reduced a great deal and the hitting seen last year has stopped.",
                            "resolved difficulty",
                        ),
                        (
                            "X",
                            "He now signs 'more', 'finished', 'help' and 'toilet' without a prompt.",
                            "progress",
                        ),
                        "His mother signs with him at home and the whole family has learned the core vocabulary.",
                    ],
                ),
                ("h", 2, "Summary of needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben's main difficulties are in understanding spoken language, in expressing himself and in interacting with other children; his attention is at an early stage and he needs an adult to engage him.",
                            "communication_interaction",
                            B2_ATTN,
                        ),
                        (
                            "N",
                            "After a seizure he is drowsy and unable to take in new information for the rest of the day, which is not always recognised by the adults around him.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "I have set out each recommendation with what difference it will make, as Reuben's parents asked for this.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "What difference it will make"],
                        [
                            (
                                "R",
                                "Direct therapy in school, 30 minutes every two weeks, with his teaching assistant present so that the programme is carried through.",
                                "communication_interaction",
                                "wrong_section",
                                G2_SALT,
                                {"section": "G"},
                            ),
                            "NHS speech and language therapist",
                            "Targets will move on at the right pace and staff will see how to run them.",
                        ],
                        [
                            (
                                "R",
                                "A daily communication programme of 10 minutes, carried out by his teaching assistant.",
                                "communication_interaction",
                                "specific",
                                F2_SALTPROG,
                            ),
                            "Teaching assistant",
                            "Reuben will learn new signs and begin to combine two.",
                        ],
                        [
                            (
                                "R",
                                "A small signing group with two or three peers, four times a week for 15 minutes, led by a trained adult.",
                                "communication_interaction",
                                "less",
                                F2_MAK,
                            ),
                            "Class teaching assistant",
                            "Other children will learn to sign with Reuben and he will have a reason to communicate with them.",
                        ],
                        [
                            (
                                "R",
                                "A communication book with core vocabulary symbols, carried with Reuben in every part of the day and modelled by every adult who works with him.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "School, set up by the therapist",
                            "He will have a way of saying things he has no sign for, and adults will understand him.",
                        ],
                        [
                            (
                                "R",
                                "Makaton Foundation training for all class staff and the lunchtime supervisors.",
                                "communication_interaction",
                                "wrong_section",
                                G2_SALT,
                                {"section": "G"},
                            ),
                            "Speech and language therapist",
                            "Reuben will be understood by everyone, not only his teaching assistant.",
                        ],
                    ],
                    [0.46, 0.2, 0.34],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "After a seizure, Reuben should be allowed to rest in a quiet area, and new learning should not be expected of him until the next day.",
                            "health",
                            "missing_from_f",
                        ),
                        (
                            "X",
                            "I do not recommend a high-tech communication aid at this stage, as Reuben is not yet using symbols consistently; this will be looked at again in a year.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                (
                    "p",
                    "Ceri Llewellyn-Marsh, Specialist Speech and Language Therapist (HCPC SL04417)",
                ),
            ],
        ),
        dict(
            file=PHYSIO2,
            author="Calderbrook Children's Therapy Services",
            blocks=[
                ("org", "Calderbrook Children's Therapy Services - Paediatric Physiotherapy"),
                ("title", "Physiotherapy report for EHC needs assessment"),
                (
                    "small",
                    "Child: Reuben Aldous-Khan, 23/05/2021. Physiotherapist: Tomasz Brennan-Ayo, Highly Specialist Paediatric Physiotherapist. Date: 18 September 2026.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reuben has been seen by physiotherapy since infancy because of his low muscle tone and late motor milestones; he sat at 18 months and took his first steps with a frame at three and a half.",
                            "history",
                        ),
                        "He is seen every six weeks at school and at home, and his parents carry out a home exercise programme.",
                    ],
                ),
                ("h", 2, "Current physical presentation"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben walks with a posterior walker for up to about 20 metres on flat ground before he tires and starts to trip; he cannot yet walk without it.",
                            "sensory_physical",
                            B2_MOB,
                        ),
                        (
                            "N",
                            "His sitting balance is poor: on the floor he props on his hands and falls sideways when he reaches, and on a standard school chair he slides forward.",
                            "sensory_physical",
                            B2_POST,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He has low tone in his hands, which makes it hard for him to grip, to pull up his trousers and to use tools such as spoons, crayons and scissors.",
                            "sensory_physical",
                            B2_FINE,
                        ),
                        (
                            "N",
                            "Reuben tires physically much faster than other children, and by the afternoon his walking and sitting deteriorate noticeably.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His hips were X-rayed in June 2026 as part of routine surveillance and are stable.",
                            "test result",
                        ),
                        (
                            "X",
                            "He has ankle-foot orthoses, which he wears well, and his foot posture has improved since he had them.",
                            "support in place, progress",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations for school"),
                (
                    "p",
                    "The following is my advice for Reuben's school day. I have discussed it with the school's SENCo, Mrs Okafor, who has agreed that it is manageable within the classroom.",
                ),
                (
                    "num",
                    [
                        (
                            "R",
                            "Specialist seating for all table-top and carpet activities, set up as shown on the seating chart I will provide, and checked by me each half term.",
                            "sensory_physical",
                            "specific",
                            F2_SEAT,
                        ),
                        (
                            "R",
                            "Twenty minutes in his standing frame every day, during a table-top activity so that he is not taken out of learning.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "A daily movement programme of 15 minutes (walking practice with his frame, stepping and sit-to-stand), carried out by his teaching assistant after training from me.",
                            "sensory_physical",
                            "not_specific",
                            F2_PHYS,
                        ),
                        (
                            "R",
                            "An adult with Reuben at all times when he is moving around the school, in the playground and on the steps to the hall.",
                            "sensory_physical",
                            "specific",
                            F2_TA,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, his parents should continue the stretches and the standing programme at weekends, as set out in the home programme.",
                            "sensory_physical",
                            "not_educational",
                        ),
                        (
                            "X",
                            "A powered wheelchair was discussed with the family and is not recommended at present, as walking practice is still the priority for Reuben.",
                            "option considered, not recommended",
                        ),
                    ],
                ),
                (
                    "p",
                    "I will continue to see Reuben in school every six weeks and to review his equipment.",
                ),
                (
                    "sig",
                    [
                        "Tomasz Brennan-Ayo",
                        "Highly Specialist Paediatric Physiotherapist",
                        "01632 960562 | physio.calderbrook@example.org",
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalak-03: Saltmarsh Metropolitan Borough Council; Maya Oyelaran-Price, 4, private
# day nursery, Down syndrome. layout "regulation-wording-shortened": each heading is the
# regulation's description of the section cut to a few words and ending in a full stop
# ("Special educational needs.", "Health care provision."), no letters or numbers; there is
# no personal budget section at all.
# ---------------------------------------------------------------------------

B3_DS = "Maya has Down syndrome. Her development across all areas of learning is significantly delayed, and she is working within the 16 to 26 months band of Development Matters in most areas."
B3_COMM = "Maya's understanding of language is limited to familiar words and phrases in routines; she uses a small number of signs and word approximations to make requests."
B3_VIS = "She has a visual impairment (long sight and a squint) and wears glasses; she may not see small pictures or detail at a distance."
B3_ATTN = "Maya finds it hard to attend to adult-led activities and to stay with a group."
B3_SELF = "She needs help with all aspects of self-care, including toileting, and is not yet toilet trained."
B3_MOTOR = "Maya's gross and fine motor skills are delayed; she tires easily."

F3_KEY = "Maya's key person, or another named practitioner when the key person is absent, will work with her on her individual learning plan targets for 15 minutes twice in each session, using small steps and lots of repetition."
F3_ADULT = "Maya will have one-to-one adult support for 20 hours of the 30 hours she attends each week, and the support of the room's staff at other times."
F3_SIGN = "Staff to use Makaton where possible."
F3_VIS = "All photographs, symbols and books used with Maya will be large and uncluttered, as advised by the Saltmarsh Sensory Support Service, and she will sit at the front for stories and songs."
F3_SALT = "Speech and language therapy advice to be followed."
F3_INC = "The Early Years SEN Inclusion Teacher will visit the nursery twice a term to observe Maya, review her individual learning plan with her key person and her parents, and advise staff."
F3_ATTN = "A small group 'Attention Autism' style session of 10 minutes once a day."
H3_TOILET = "A toileting programme will be followed at nursery, with Maya taken to the toilet every 45 minutes and her routine shown with photographs."

KEY3 = "key_person_observations.docx"
EYS3 = "early_years_sen_team_report.pdf"

CASE_03 = dict(
    name="case-evalak-03",
    layout="regulation-wording-shortened",
    summary=(
        "Saltmarsh Metropolitan Borough Council; Maya Oyelaran-Price, 4, at Puddleducks Day "
        "Nursery, a private nursery (Down syndrome, global developmental delay, long sight and a "
        "squint, repaired heart defect). Each heading is the regulation's wording for the section "
        'cut short and ending in a full stop ("Special educational needs.", "Outcomes '
        "sought.\"), no letters or numbers. No personal budget section. Key person's dated "
        "observations; the council's Early Years SEN team's report."
    ),
    note="Headings are short forms of the regulation's wording. The plan has no personal budget section at all: section_missing J. The toileting programme stands under other social care provision: wrong_section.",
    plan=dict(
        file="plan.pdf",
        accent="1D5C4D",
        header="Saltmarsh MBC   Education, Health and Care Plan   Maya Oyelaran-Price",
        footer="Final plan 16 November 2026 - page {n} of {m}",
        blocks=[
            ("org", "Saltmarsh Metropolitan Borough Council"),
            (
                "small",
                "Special Educational Needs and Disability Assessment Team, Civic Centre, Saltmarsh AC7 1PD",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child's name", "Maya Oyelaran-Price"),
                    ("Date of birth", "30 August 2022"),
                    ("Home address", "held by the SEND team"),
                    ("Parents", "Temi Oyelaran and Daniel Price"),
                    ("EHC co-ordinator", "Rachael Gunnarsdottir, 01632 960309"),
                ],
            ),
            ("H", "A", "Views, interests and aspirations of the child and her parents.", "h1"),
            (
                "S",
                "A",
                "Maya is a funny, loving little girl who enjoys dancing to music, looking at photos of her family and playing in the sand.",
            ),
            (
                "p",
                "Maya's parents hope she will become more independent, will be able to say what she wants, and will be happy and included at school alongside children from her street.",
            ),
            ("H", "B", "Special educational needs.", "h1"),
            ("S", "B", B3_DS),
            ("p", B3_COMM),
            ("p", B3_VIS),
            ("p", B3_ATTN),
            ("p", B3_SELF),
            ("p", B3_MOTOR),
            ("H", "C", "Health care needs related to her SEN.", "h1"),
            (
                "S",
                "C",
                "Maya had surgery for a ventricular septal defect in 2023 and is now discharged from cardiology. She attends the eye clinic every six months for her squint and glasses.",
            ),
            ("H", "D", "Social care needs related to her SEN or disability.", "h1"),
            ("S", "D", "Maya has no assessed social care needs."),
            ("H", "E", "Outcomes sought.", "h1"),
            (
                "S",
                "E",
                "By the end of the summer term 2027, Maya will use 20 signs or words to ask for things and to greet people.",
            ),
            (
                "p",
                "By the time she starts school, Maya will stay with a small group activity for five minutes with one adult prompt.",
            ),
            (
                "p",
                "By the time she starts school, Maya will tell an adult, by sign or word, when she needs the toilet.",
            ),
            ("H", "F", "Special educational provision.", "h1"),
            (
                "S",
                "F",
                "Puddleducks Day Nursery will provide the following, funded by Saltmarsh's early years high needs funding.",
            ),
            (
                "bul",
                [
                    ("F", F3_KEY, True),
                    ("F", F3_ADULT, True),
                    ("F", F3_SIGN, False),
                    ("F", F3_VIS, True),
                    ("F", F3_SALT, False),
                    ("F", F3_INC, True),
                    ("F", F3_ATTN, True),
                ],
            ),
            ("H", "G", "Health care provision.", "h1"),
            (
                "S",
                "G",
                "The orthoptist at Saltmarsh Eye Clinic will review Maya's squint and glasses every six months.",
            ),
            (
                "p",
                "The community paediatrician will see Maya once a year, including her annual thyroid blood test.",
            ),
            ("H", "H1", "Social care provision under section 2 of the CSDPA 1970.", "h1"),
            ("S", "H1", "None."),
            ("H", "H2", "Other social care provision.", "h1"),
            ("S", "H2", H3_TOILET),
            ("H", "I", "Name and type of setting.", "h1"),
            (
                "S",
                "I",
                "Puddleducks Day Nursery, Saltmarsh (private early years provider), 30 hours a week, term time only.",
            ),
            ("H", "K", "Advice and information obtained.", "h1"),
            (
                "S",
                "K",
                "Observations by Maya's key person (September 2026); report of the Early Years SEN Team (October 2026); paediatric advice (September 2026); Saltmarsh Sensory Support Service advice (August 2026).",
            ),
            (
                "p",
                "Signed on behalf of Saltmarsh Metropolitan Borough Council: R. Gunnarsdottir, EHC co-ordinator.",
            ),
        ],
    ),
    reports=[
        dict(
            file=KEY3,
            author="Puddleducks Day Nursery",
            blocks=[
                ("org", "Puddleducks Day Nursery"),
                ("title", "Key person's observations of Maya Oyelaran-Price"),
                (
                    "small",
                    "Written by Kelsey Obi-Hartley, Maya's key person (Level 3 Early Years Educator), with the nursery SENCo, Jo Pennington. For Maya's EHC needs assessment. September 2026.",
                ),
                (
                    "p",
                    "These notes are taken from my observations of Maya in the Caterpillar room over the last four weeks. I have put what I saw and what I think it tells us.",
                ),
                (
                    "grid",
                    [
                        ["Date", "What I saw", "What it tells us"],
                        [
                            "2 Sept",
                            (
                                "X",
                                "Maya came in holding Mum's hand, waved bye-bye and went straight to the sand tray.",
                                "strength: separation has settled",
                            ),
                            "She is settled and happy to come in; separation was hard for her last year but is not now.",
                        ],
                        [
                            "4 Sept",
                            "At carpet time Maya sat for the welcome song, then crawled off to the book corner after about a minute.",
                            (
                                "N",
                                "Maya cannot yet stay with a group for more than a minute or two, even for songs she enjoys.",
                                "cognition_learning",
                                B3_ATTN,
                            ),
                        ],
                        [
                            "9 Sept",
                            "Lunch: Maya fed herself with a spoon but then used her fingers; she held her cup with two hands.",
                            (
                                "X",
                                "She is managing her own lunch well now, with just some help to open things.",
                                "progress, self-help",
                            ),
                        ],
                        [
                            "11 Sept",
                            "Maya pulled Leo's hair when he took the spade she was using, and then laughed.",
                            (
                                "N",
                                "She does not yet have a way of telling other children 'stop' or 'mine', so she pulls hair or pushes.",
                                "communication_interaction",
                                None,
                            ),
                        ],
                        [
                            "15 Sept",
                            "I signed 'coat' and 'outside' and she went to her peg; when I said 'get your coat' without signing she did not move.",
                            (
                                "N",
                                "Maya relies on signs to understand; spoken words on their own are often not enough.",
                                "communication_interaction",
                                B3_COMM,
                            ),
                        ],
                        [
                            "18 Sept",
                            "Maya wet herself three times in the morning and did not seem to notice.",
                            (
                                "N",
                                "She is not yet aware when she is wet and needs changing several times a session.",
                                "health",
                                B3_SELF,
                            ),
                        ],
                        [
                            "23 Sept",
                            "In the garden Maya climbed the little slide steps on her hands and knees and sat down on the walk back from the park after about five minutes.",
                            (
                                "N",
                                "Maya gets tired quickly on walks and climbs on hands and knees.",
                                "sensory_physical",
                                B3_MOTOR,
                            ),
                        ],
                        [
                            "25 Sept",
                            "Maya held a chunky crayon in her fist and scribbled, then mouthed it.",
                            (
                                "N",
                                "She puts most things in her mouth, so small objects and messy play need an adult close by.",
                                "sensory_physical",
                                None,
                            ),
                        ],
                    ],
                    [0.12, 0.44, 0.44],
                ),
                ("h", 2, "What is already in place"),
                (
                    "bul",
                    [
                        (
                            "X",
                            "Maya has a one-page profile and an individual learning plan reviewed with her parents every six weeks.",
                            "support in place",
                        ),
                        (
                            "X",
                            "I use about 20 Makaton signs with her and the room has a 'sign of the week'.",
                            "support in place",
                        ),
                        "We have a changing mat and spare clothes in her drawer.",
                    ],
                ),
                ("h", 2, "What I think would help Maya"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Everyone in the Caterpillar room, and the staff who cover lunch, to go on Makaton training so they can all sign with her, not just me.",
                            "communication_interaction",
                            "not_specific",
                            F3_SIGN,
                        ),
                        (
                            "R",
                            "Someone with her one-to-one for all of her 30 hours, as she needs an adult close by all the time for safety and to keep her learning.",
                            "cognition_learning",
                            "less",
                            F3_ADULT,
                        ),
                        (
                            "R",
                            "A simple 'stop' and 'mine' sign taught to Maya and the other children in her group, practised every day at group time.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Bucket time for 10 minutes every day to help her attention.",
                            "cognition_learning",
                            "specific",
                            F3_ATTN,
                        ),
                    ],
                ),
                (
                    "p",
                    "Kelsey Obi-Hartley, key person. Checked and agreed by Jo Pennington, SENCo.",
                ),
            ],
        ),
        dict(
            file=EYS3,
            style="folder",
            sans=True,
            accent="5B2C6F",
            footer="Saltmarsh MBC Early Years SEN Team - Maya Oyelaran-Price - page {n} of {m}",
            blocks=[
                ("org", "Saltmarsh Metropolitan Borough Council - Early Years SEN Team"),
                (
                    "small",
                    "Early Years Inclusion Service, Brook Street Centre, Saltmarsh AC7 3JJ. Telephone 01632 960377.",
                ),
                ("title", "Early years educational advice for an EHC needs assessment"),
                (
                    "small",
                    "Child: Maya Oyelaran-Price, DOB 30.08.2022. Setting: Puddleducks Day Nursery. Author: Fiona McAllister-Rowe, Early Years SEN Inclusion Teacher. Date: 3 October 2026.",
                ),
                ("h", 2, "1. Involvement"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The Early Years SEN Team has supported Maya's nursery since January 2026, when the setting asked for advice on her communication and on settling her into the Caterpillar room.",
                            "history",
                        ),
                        "I have visited the nursery five times, observed Maya in free play, at group times and at lunch, and met her parents twice.",
                    ],
                ),
                ("h", 2, "2. Current attainment"),
                (
                    "p",
                    "Against Development Matters, Maya is working within the following bands. These are broad bands and are given to show the shape of her learning, not as scores.",
                ),
                (
                    "grid",
                    [
                        ["Area of learning", "Band", "Notes"],
                        [
                            "Communication and language",
                            "16-26 months",
                            "Understands more than she can express.",
                        ],
                        [
                            "Personal, social and emotional",
                            "16-26 months",
                            (
                                "X",
                                "Strong interest in adults; beginning to notice other children.",
                                "strength",
                            ),
                        ],
                        [
                            "Physical development",
                            "8-20 months (gross), 16-26 months (fine)",
                            "Walks independently; not yet running.",
                        ],
                        ["Literacy", "birth-12 months", "Enjoys sharing books with an adult."],
                        [
                            "Mathematics",
                            "16-26 months",
                            "Enjoys posting and filling; no counting yet.",
                        ],
                    ],
                    [0.33, 0.27, 0.4],
                ),
                ("h", 2, "3. Analysis of Maya's needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maya's main area of need is communication and interaction: she understands key words in context, particularly when they are signed, and expresses herself through about 15 signs, pointing and some word approximations.",
                            "communication_interaction",
                            B3_COMM,
                        ),
                        (
                            "N",
                            "Like many children with Down syndrome, she has a relatively weak auditory memory, so she finds it hard to hold on to a spoken instruction but responds much better to information she can see.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maya's long sight and squint mean that she needs pictures and objects to be bold, large and close, and she can miss what is happening at the other side of the room.",
                            "sensory_physical",
                            B3_VIS,
                        ),
                        (
                            "X",
                            "She now wears her glasses all day, which she would not do in the spring.",
                            "resolved difficulty",
                        ),
                        (
                            "N",
                            "Maya's social play is at an early stage: she watches other children but does not yet play alongside them, and she can be rough when she wants a toy.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her difficulty with change is marked; unexpected changes to routine, such as a fire drill or a new member of staff, lead to her dropping to the floor and refusing to move for up to ten minutes.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "4. Recommendations"),
                (
                    "p",
                    "The recommendations below were discussed with the nursery manager, Maya's key person and her parents on 1 October 2026. I have given the reason for each, so that the plan can carry the purpose as well as the provision.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            (
                                "R",
                                "A named key person to work with Maya on her individual learning plan targets twice each session for about 15 minutes.",
                                "cognition_learning",
                                "specific",
                                F3_KEY,
                            ),
                            "Maya learns in very small steps and needs planned, repeated teaching.",
                        ],
                        [
                            (
                                "R",
                                "Inclusion Teacher visits twice a term to review progress and advise.",
                                "cognition_learning",
                                "specific",
                                F3_INC,
                            ),
                            "To keep the learning plan moving and support staff.",
                        ],
                        [
                            (
                                "R",
                                "The speech and language therapist's programme to be delivered by her key person for 10 minutes three times a week.",
                                "communication_interaction",
                                "not_specific",
                                F3_SALT,
                            ),
                            "Therapy targets must be practised often to be learned.",
                        ],
                        [
                            (
                                "R",
                                "A visual timetable of photographs and a 'change' card used to prepare Maya for anything different in her day, shown to her first thing each session.",
                                "semh",
                                "missing_from_f",
                            ),
                            "She copes with change when it is shown to her in advance.",
                        ],
                        [
                            (
                                "R",
                                "A toileting programme, with Maya taken to the toilet at set times about every 45 minutes, using photographs of the routine.",
                                "health",
                                "wrong_section",
                                H3_TOILET,
                                {"section": "H2"},
                            ),
                            "To build awareness and routine before she starts school.",
                        ],
                        [
                            (
                                "R",
                                "Large, clear visual materials, following the Sensory Support Service's advice.",
                                "sensory_physical",
                                "specific",
                                F3_VIS,
                            ),
                            "So that she can see what everyone else sees.",
                        ],
                    ],
                    [0.58, 0.42],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered whether Maya's needs would be better met in the assessment nursery at Heronsgate Special School; her parents and I agree that she is making progress where she is and should stay at Puddleducks.",
                            "placement option considered",
                        ),
                        (
                            "R",
                            "Maya's parents may wish to join the 'Signing Together' family course at the children's centre on Thursday mornings.",
                            "communication_interaction",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Fiona McAllister-Rowe, Early Years SEN Inclusion Teacher, Saltmarsh MBC"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalak-04: Kingsmere Council; Jacob Wren-Adeyemi, 6, Year 1 at an infant school, Down
# syndrome with complex medical needs. layout "numbered-need-provision-pairs": sections
# numbered 1 to 12 in the council's own order, each kind of need followed at once by its
# provision (outcomes second, SEN then SEN provision, health then health provision, care
# then care provision), no letters; F's paragraphs numbered 4.1, 4.2 ...
# ---------------------------------------------------------------------------

B4_DS = "Jacob has Down syndrome and a moderate learning difficulty. He is working at an early stage of the Reception curriculum (Early Years Foundation Stage, 22 to 36 months in most areas)."
B4_SPEECH = "Jacob's speech is hard to understand for people who do not know him; he uses Makaton signs and short phrases of two or three words."
B4_UND = "He understands more than he can say but needs instructions to be short, given one step at a time and supported with signs and pictures."
B4_MEM = "Jacob has a weak short-term auditory memory and needs new learning to be presented visually and repeated often."
B4_TIRED = "Jacob's sleep is disturbed by obstructive sleep apnoea and he can be very tired in school, particularly in the afternoons."
B4_MOTOR = "His fine motor skills are delayed; he is beginning to form some letters of his name."

F4_TA = "Jacob will have the support of a trained teaching assistant for 25 hours a week across the school day, including to support his learning in class, his communication and his personal care."
F4_LIT = "A daily 15-minute individual reading session using the See and Learn programme, delivered by his teaching assistant."
F4_NUM = "Numeracy support as needed."
F4_SIGN = "Adults working with Jacob to sign key words using Makaton, with a sign of the week shared with the class."
F4_SALTPROG = "A speech and language programme devised by the NHS speech and language therapist, to be carried out by the teaching assistant three times a week for 15 minutes, with the programme reviewed by the therapist every half term."
F4_REST = "Jacob will be offered a rest break of up to 15 minutes in the school's quiet room each afternoon, and his most demanding learning will be planned for the mornings."
F4_FINE = "Fine motor activities to develop his pencil control."
F4_PEER = "Access to a social skills group."
G4_SALT = "The NHS speech and language therapist will provide Jacob with a block of six weekly direct therapy sessions in school each term, focused on speech intelligibility."

SALT4 = "salt_advice.docx"
PAED4 = "paediatric_report.pdf"


def _n(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_04 = dict(
    name="case-evalak-04",
    layout="numbered-need-provision-pairs",
    summary=(
        "Kingsmere Council; Jacob Wren-Adeyemi, 6, in Year 1 at St Aldhelm's C of E Infant School "
        "(Down syndrome, moderate learning difficulty, speech intelligibility, obstructive sleep "
        "apnoea on CPAP, hypothyroidism, leukaemia in remission). Sections numbered 1 to 12 in the "
        "council's own order, each kind of need followed by its provision (\"3. Jacob's special "
        'educational needs", "4. Special educational provision to meet these needs", "5. '
        "Jacob's health needs\" ...), no letters. NHS speech and language therapist's advice "
        "written as a letter (Makaton); community paediatrician's report."
    ),
    note="Sections are numbered in the council's own order (A, E, B, F, C, G, D, H1, H2, I, J, K). The therapist's direct therapy stands under health provision: wrong_section. The CPAP review, thyroid monitoring and oncology follow-up are health provision.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="1F3A68",
        header="KINGSMERE COUNCIL - EDUCATION, HEALTH AND CARE PLAN - JACOB WREN-ADEYEMI",
        footer="Final plan dated 27 November 2026      Page {n} of {m}",
        blocks=[
            ("org", "Kingsmere Council - Special Educational Needs Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Jacob Wren-Adeyemi, born 11 February 2020. School: St Aldhelm's C of E Infant School, Church Walk, Kingsmere HF3 8RU. Plan co-ordinator: Owen Prydderch, 01632 960186.",
            ),
            (
                "i",
                "Kingsmere plans set out each kind of need with the provision that meets it straight after it.",
            ),
            _n("A", "1. About Jacob and his family"),
            (
                "S",
                "A",
                "Jacob is a friendly, chatty boy who loves football, trains and Peppa Pig, and is very proud of his big sister.",
            ),
            (
                "p",
                "His parents want Jacob to learn to read, to be understood by people outside the family, and to stay at school with his friends.",
            ),
            _n("E", "2. What we want Jacob to achieve"),
            (
                "S",
                "E",
                "By the end of Year 1, Jacob will read 40 words on sight and use them to read simple sentences.",
            ),
            (
                "p",
                "By the end of Year 2, Jacob will be understood by unfamiliar adults when he speaks in sentences of three or four words.",
            ),
            (
                "p",
                "By the end of Key Stage 1, Jacob will count and use numbers to 10 in practical activities.",
            ),
            _n("B", "3. Jacob's special educational needs"),
            ("S", "B", B4_DS),
            ("np", "3.1", B4_SPEECH),
            ("np", "3.2", B4_UND),
            ("np", "3.3", B4_MEM),
            ("np", "3.4", B4_TIRED),
            ("np", "3.5", B4_MOTOR),
            _n("F", "4. Special educational provision to meet these needs"),
            (
                "S",
                "F",
                "St Aldhelm's C of E Infant School will provide the following from the date of this plan.",
            ),
            ("np", "4.1", ("F", F4_TA, True)),
            ("np", "4.2", ("F", F4_LIT, True)),
            ("np", "4.3", ("F", F4_NUM, False)),
            ("np", "4.4", ("F", F4_SIGN, True)),
            ("np", "4.5", ("F", F4_SALTPROG, True)),
            ("np", "4.6", ("F", F4_REST, True)),
            ("np", "4.7", ("F", F4_FINE, False)),
            ("np", "4.8", ("F", F4_PEER, False)),
            _n("C", "5. Jacob's health needs"),
            (
                "S",
                "C",
                "Jacob has obstructive sleep apnoea and uses a CPAP machine at night. He takes levothyroxine each morning for an underactive thyroid.",
            ),
            (
                "p",
                "He was treated for acute lymphoblastic leukaemia between 2023 and 2025 and is in remission, with regular follow-up by the oncology team.",
            ),
            _n("G", "6. Health provision"),
            (
                "S",
                "G",
                "The sleep service at Kingsmere Royal Infirmary will review Jacob's CPAP every six months.",
            ),
            (
                "p",
                "The community paediatrician will review Jacob every year and monitor his thyroid function.",
            ),
            ("p", G4_SALT),
            _n("D", "7. Jacob's social care needs"),
            (
                "S",
                "D",
                "Jacob does not have any social care needs arising from his special educational needs or disability.",
            ),
            _n(
                "H1",
                "8. Social care provision under the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None identified."),
            _n("H2", "9. Other social care provision"),
            (
                "S",
                "H2",
                "No other social care provision is needed at present; the family know how to contact the Kingsmere Disabled Children's Team.",
            ),
            _n("I", "10. School"),
            ("S", "I", "St Aldhelm's C of E Infant School (voluntary aided, mainstream)."),
            _n("J", "11. Personal budget"),
            ("S", "J", "No personal budget has been requested."),
            _n("K", "12. Advice and information"),
            (
                "S",
                "K",
                "NHS speech and language therapy advice (September 2026); community paediatric report (October 2026); educational psychology advice (October 2026); school advice (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT4,
            author="Kingsmere Community Health - Speech and Language Therapy",
            blocks=[
                (
                    "org",
                    "Kingsmere Community Health NHS Trust - Children's Speech and Language Therapy",
                ),
                (
                    "small",
                    "Rowan Clinic, Station Road, Kingsmere HF3 2DA  |  01632 960645  |  kch.salt@example.org",
                ),
                ("p", "29 September 2026"),
                ("p", "Dear Mr Prydderch,"),
                (
                    "p",
                    "Re: Jacob Wren-Adeyemi, DOB 11/02/2020, St Aldhelm's C of E Infant School - advice for EHC needs assessment",
                ),
                (
                    "p",
                    "Thank you for asking for speech and language therapy advice for Jacob. I have known Jacob since he was two and saw him in school on 15 and 22 September 2026, in class, at lunchtime and individually. I also spoke with his mother by telephone and with his class teacher, Mrs Lindgren.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Jacob used Makaton as his main way of communicating until he was four, and speech has since taken over for most purposes.",
                            "history",
                        ),
                        (
                            "X",
                            "His hearing was last tested in June 2026 and is within normal limits; the glue ear he had as a toddler has resolved.",
                            "test result, resolved",
                        ),
                    ],
                ),
                ("b", "Assessment"),
                (
                    "p",
                    "I used the Derbyshire Language Scheme, the Diagnostic Evaluation of Articulation and Phonology (DEAP) and observation. Results should be read with care, as Jacob tired towards the end of each session.",
                ),
                (
                    "grid",
                    [
                        ["Assessment", "Result", "What it shows"],
                        [
                            "Derbyshire Language Scheme",
                            "3 information-carrying words understood",
                            (
                                "X",
                                "A real strength for Jacob compared with his expressive language.",
                                "test comment, strength",
                            ),
                        ],
                        [
                            "DEAP (phonology)",
                            "Percentage consonants correct: 41%",
                            (
                                "N",
                                "Jacob's speech is often unintelligible to unfamiliar listeners because he leaves off the ends of words and simplifies clusters.",
                                "communication_interaction",
                                B4_SPEECH,
                            ),
                        ],
                        [
                            "Observation of expressive language",
                            "2 to 3 word utterances",
                            (
                                "N",
                                "He leaves out small grammatical words and word endings, so his sentences sound telegrammatic.",
                                "communication_interaction",
                                B4_SPEECH,
                                "The plan's 'short phrases of two or three words' states his expressive language level in general terms.",
                            ),
                        ],
                    ],
                    [0.3, 0.3, 0.4],
                ),
                ("b", "What Jacob finds difficult in school"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Jacob is keen to talk with other children, but when they do not understand him he walks away or becomes upset, and at lunchtime he is often on his own.",
                            "communication_interaction",
                            None,
                        ),
                        (
                            "N",
                            "Jacob needs longer to process what is said to him, and he struggles with whole-class instructions unless they are signed and broken down.",
                            "communication_interaction",
                            B4_UND,
                        ),
                        (
                            "N",
                            "In lessons he rarely asks for help; when he has not understood a task he sits quietly or copies the child next to him, so it is easy to miss that he is lost.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "He has a good vocabulary of nouns, including football players and trains, which he is very keen to share.",
                            "strength",
                        ),
                        (
                            "N",
                            "His oral-motor control is weak, with an open mouth posture and some dribbling when he is concentrating.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("b", "My recommendations"),
                (
                    "p",
                    "I have set my recommendations out in a table so that the school and the local authority can see who would do what and how often, and the reason for each.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often", "Reason"],
                        [
                            (
                                "R",
                                "Direct speech therapy for intelligibility",
                                "communication_interaction",
                                "wrong_section",
                                G4_SALT,
                                {"section": "G"},
                            ),
                            "NHS SLT",
                            "6 weekly sessions per term",
                            "Specific speech work needs a therapist's skills.",
                        ],
                        [
                            (
                                "R",
                                "Speech and language programme (sentence building, speech sounds) carried out by trained TA",
                                "communication_interaction",
                                "less",
                                F4_SALTPROG,
                            ),
                            "Teaching assistant",
                            "Daily, 15 minutes",
                            "Jacob needs daily practice to carry skills over; three times a week has not been enough over the last year.",
                        ],
                        [
                            (
                                "R",
                                "Makaton signing of key words by all adults, to support understanding",
                                "communication_interaction",
                                "specific",
                                F4_SIGN,
                            ),
                            "All staff",
                            "Throughout the day",
                            "Signs help him to understand and remember.",
                        ],
                        [
                            (
                                "R",
                                "A small group for social communication with two or three peers (e.g. Talkabout for Children)",
                                "communication_interaction",
                                "not_specific",
                                F4_PEER,
                            ),
                            "TA, with SLT advice",
                            "Twice weekly, 20 minutes",
                            "To give him practice in being understood by other children and in repairing a conversation.",
                        ],
                        [
                            (
                                "R",
                                "Lunchtime buddy scheme and a trained adult to support play",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Lunchtime staff",
                            "Every lunchtime",
                            "He is often alone at lunch.",
                        ],
                    ],
                    [0.34, 0.18, 0.18, 0.3],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, Jacob's parents may like to continue the 'sound of the week' games they started in the summer.",
                            "communication_interaction",
                            "not_educational",
                        ),
                        (
                            "X",
                            "I have considered whether Jacob would benefit from a communication aid; at present he does not need one, as his speech with signs gets his message across to adults who know him.",
                            "option considered, not recommended",
                        ),
                    ],
                ),
                ("p", "Please do get in touch if you would like to discuss any of this."),
                ("p", "Yours sincerely,"),
                (
                    "sig",
                    [
                        "Imogen Tarrant-Bose",
                        "Specialist Speech and Language Therapist (Learning Disabilities and Down Syndrome)",
                        "cc: Mr and Mrs Wren-Adeyemi; Mrs Lindgren, SENCo",
                    ],
                ),
            ],
        ),
        dict(
            file=PAED4,
            style="folder",
            footer="Kingsmere Community Paediatrics - Jacob Wren-Adeyemi - page {n} of {m}",
            blocks=[
                ("org", "Kingsmere Community Health NHS Trust - Community Paediatrics"),
                (
                    "small",
                    "The Willows Child Development Centre, Kingsmere HF3 5GG. Telephone 01632 960702.",
                ),
                ("title", "Health advice for an EHC needs assessment (Section C and G advice)"),
                (
                    "small",
                    "Child: Jacob Wren-Adeyemi (DOB 11.02.2020). Clinician: Dr Samuel Ofori-Lindqvist, Specialty Doctor in Community Paediatrics. Seen 6 October 2026 with both parents.",
                ),
                ("h", 2, "Medical history"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Jacob was diagnosed with acute lymphoblastic leukaemia in March 2023 and completed treatment in June 2025; he is in remission and is seen by the oncology team every three months.",
                            "history, health managed elsewhere",
                        ),
                        (
                            "X",
                            "During treatment he missed most of his first nursery year, and his parents feel this set back his early learning.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "He was diagnosed with hypothyroidism at the age of three and takes levothyroxine each morning; his thyroid function is now well controlled.",
                        (
                            "X",
                            "A cervical spine X-ray was not needed, as Jacob has no symptoms of atlanto-axial instability, and he may take part in all PE and football.",
                            "ruled out",
                        ),
                    ],
                ),
                ("h", 2, "Current health and its effect on learning"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Obstructive sleep apnoea was confirmed on a sleep study in April 2026; Jacob has used CPAP at night since May, but he does not always tolerate the mask, and on those nights he sleeps poorly and arrives at school exhausted.",
                            "health",
                            B4_TIRED,
                        ),
                        (
                            "X",
                            "When he is tired, his attention, his speech and his behaviour all deteriorate, and he may put his head down on the table or refuse to take part.",
                            "consequence of the tiredness that the plan states as a need",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Jacob has coeliac disease, diagnosed in August 2026, and must have a strict gluten-free diet, including in any food used in class activities such as cooking and play dough.",
                            "health condition unrelated to his special educational needs, managed through his individual healthcare plan",
                        ),
                        (
                            "X",
                            "His mother reports that his tummy pain has eased since he started the diet.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Jacob's joints are lax and his hand strength is low, which he compensates for by gripping his pencil tightly; he tires quickly when writing.",
                            "sensory_physical",
                            B4_MOTOR,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "In my opinion Jacob would benefit from a short rest break in a quiet place during the afternoon, of around 10 to 15 minutes, and from having his most demanding work planned for the morning.",
                            "health",
                            "specific",
                            F4_REST,
                        ),
                        (
                            "R",
                            "I would also recommend that an occupational therapist assesses his handwriting and advises the school on a daily fine motor programme and on pencil grips.",
                            "sensory_physical",
                            "not_specific",
                            F4_FINE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "School staff who handle food with Jacob should be made aware of his coeliac disease and follow a written gluten-free plan for snacks, lunch and classroom activities.",
                            "health",
                            "not_educational",
                        ),
                        (
                            "R",
                            "The sleep service will continue to review his CPAP every six months, and I will see him again in a year.",
                            "health",
                            "not_educational",
                            "The sleep service at Kingsmere Royal Infirmary will review Jacob's CPAP every six months.",
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Samuel Ofori-Lindqvist MBChB MRCPCH, Specialty Doctor, Community Paediatrics",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
