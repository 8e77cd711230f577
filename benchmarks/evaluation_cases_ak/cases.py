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
        "Every section is headed in Ava's own voice (\"What I find hard and the help I need to learn\") "
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
            ("small", "Name: Ava Mensah-Doyle   Date of birth: 7 January 2023   NHS number: held on file"),
            ("small", "Setting: Brackenfold Primary School Nursery Class, Weir Road, Fernleigh HF9 2QX   Final plan issued: 20 November 2026"),
            ("i", "This plan has been written with Ava's mum and dad and the people who work with her. Where it says 'I' or 'me', it is written as if Ava were telling you about herself."),
            _h("A", "All about me, and what my family and I would like for the future"),
            ("S", "A", "I am a smiley, determined girl who loves music, our dog Pepper and being pushed high on the swings."),
            ("p", "Mum and Dad would like me to be able to tell people what I want and how I feel, to have friends, and to go to Brackenfold Primary with the children I know from nursery."),
            ("p", "Mum says: \"We want people to see Ava, not just the Down syndrome.\""),
            _h("B", "What I find hard and the help I need to learn"),
            ("S", "B", B1_DS),
            ("p", "Communication and interaction"),
            ("bul", [B1_UND, B1_TALK, B1_SOCIAL]),
            ("p", "Cognition and learning"),
            ("bul", [B1_ATTN, "I learn best when I can see something and do it with an adult, and I need lots of repetition before I remember a new word or sign."]),
            ("p", "Physical"),
            ("bul", [B1_MOTOR, B1_HEAR]),
            _h("C", "My health and how it affects my learning"),
            ("S", "C", "Ava has a mild to moderate hearing loss in both ears and wears hearing aids, which she will sometimes pull out."),
            ("p", "She had surgery for a heart condition (atrioventricular septal defect) as a baby and is well; she is seen by the cardiology team once a year."),
            _h("D", "Care I need because of my disability"),
            ("S", "D", "Ava's family do not receive support from children's social care, and no social care needs have been identified."),
            _h("E", "What I will be able to do"),
            ("S", "E", "By July 2027 I will use 30 signs or words to ask for things, to say no and to comment on what I see."),
            ("p", "By July 2027 I will sit with a small group of three other children for a five-minute song or story."),
            ("p", "By the time I start Reception I will walk from the classroom to the hall and back without needing to be carried."),
            _h("F", "The help I will get at nursery to learn"),
            ("S", "F", "Brackenfold Primary School will make the following provision from Ava's first session of the spring term 2027."),
            ("bul", [
                ("F", F1_KEY, True),
                ("F", F1_MAK, True),
                ("F", F1_MAKTRAIN, False),
                ("F", F1_SALT, True),
                ("F", F1_SUPPORT, False),
                ("F", F1_SEAT, True),
                ("F", F1_VIS, True),
                ("F", F1_TRANS, False),
            ]),
            _h("G", "Help from health services"),
            ("S", "G", G1_HEAR),
            ("p", G1_PAED),
            ("p", G1_CHAIR),
            ("p", "The children's physiotherapist will see Ava at nursery once a half term to check her walking and advise staff on seating."),
            _h("H1", "Help from social care because I am disabled (section 2 of the Chronically Sick and Disabled Persons Act 1970)"),
            ("S", "H1", "None at present."),
            _h("H2", "Any other help from social care"),
            ("S", "H2", "Ava's family have been given information about the short breaks local offer and the Fernleigh Down Syndrome Parents' Group."),
            _h("I", "Where I will go to nursery"),
            ("S", "I", "Brackenfold Primary School Nursery Class (mainstream, maintained), 15 hours a week over five mornings."),
            _h("J", "My personal budget"),
            ("S", "J", "Ava's parents have not asked for a personal budget at this time."),
            _h("K", "Who gave advice for my plan"),
            ("S", "K", "Portage report, Fernleigh Portage Service (September 2026); community paediatrician's report (October 2026); nursery class observations (September 2026); audiology letter (August 2026)."),
        ],
    ),
    reports=[
        dict(
            file=PORT1,
            author="Fernleigh Portage Service",
            blocks=[
                ("org", "Fernleigh Portage Service - Early Support at Home"),
                ("title", "Portage advice for an EHC needs assessment"),
                ("kv", [
                    ("Child", "Ava Mensah-Doyle (DOB 07/01/2023)"),
                    ("Portage home visitor", "Marguerite Oduya"),
                    ("Involvement", "Fortnightly home visits since March 2024; 44 visits in all, some joint with the speech and language therapist"),
                    ("Date of report", "19 September 2026"),
                ]),
                ("h", 2, "Background"),
                ("p", [
                    ("X", "Ava was referred to Portage by the community paediatrician when she was 14 months old, after a long stay in hospital following her heart surgery.", "history"),
                    "Her parents, Kwame and Siobhan, have been fully involved in every visit and have kept the activity charts going between visits with real commitment.",
                ]),
                ("p", [
                    ("X", "At the start of Portage Ava was not yet sitting on her own, and she was fed partly by nasogastric tube until she was 18 months old.", "history: resolved feeding and sitting"),
                    ("X", "The tube was removed in summer 2024 and Ava now eats a normal diet of chopped food.", "resolved difficulty"),
                ]),
                ("h", 2, "Ava's progress and strengths"),
                ("p", [
                    ("X", "Ava is a sociable little girl who loves peekaboo, bubbles and anything with music, and she will bring a book to an adult to share.", "strength"),
                    ("X", "Over the last six months she has learned 15 new Makaton signs, including 'more', 'finished', 'drink', 'dog' and 'help'.", "progress"),
                    ("X", "She now walks independently indoors, which she began doing at 2 years 9 months.", "progress"),
                ]),
                ("h", 2, "Ava's developmental profile"),
                ("p", "The Portage Checklist was completed with Ava's parents in September 2026. The age bands below are the levels at which Ava has achieved most items in each area, and they are a guide rather than a test score."),
                ("grid", [
                    ["Area", "Level reached", "Comment"],
                    ["Socialisation", "24 to 30 months", "Her strongest area; warm and interested in people."],
                    ["Language", "15 to 18 months", ("X", "Understanding is ahead of her spoken words; she relies on signs and gesture.", "test comment")],
                    ["Self-help", "15 to 18 months", "Feeds herself with a spoon with some spillage."],
                    ["Cognitive", "18 to 24 months", "Completes a three-piece inset puzzle with help."],
                    ["Motor", "15 to 24 months", "Walks on her own; not yet running or jumping."],
                ], [0.22, 0.22, 0.56]),
                ("h", 2, "What Ava finds difficult"),
                ("p", [
                    ("N", "Ava understands a small number of words in her daily routines, but when an instruction has two key words in it (for example 'get your shoes and coat') she follows only the last part.", "communication_interaction", B1_UND),
                    ("N", "She communicates mainly through about 25 Makaton signs, pointing and a handful of spoken words, and becomes frustrated, sometimes throwing herself to the floor, when she is not understood.", "communication_interaction", B1_TALK),
                ]),
                ("p", [
                    ("N", "Ava is not yet aware of when she is wet or soiled and shows no signs of readiness for toilet training, so she will need changing throughout the nursery session.", "health", None),
                    ("N", "Her fine motor skills are well behind: she uses a whole-hand grasp for crayons and spoons and cannot yet release small objects into a container with control.", "sensory_physical", None),
                ]),
                ("p", [
                    ("N", "Ava's attention for an adult-led activity is around one to two minutes before she moves away, although she will stay longer with music or with bubbles.", "cognition_learning", B1_ATTN),
                ]),
                ("h", 2, "Advice for nursery and for home"),
                ("p", "My recommendations for Ava's nursery are set out in the table, with the reason for each. They draw on what has worked at home over the last two and a half years."),
                ("grid", [
                    ["Recommendation", "Reason"],
                    [("R", "A key person who signs with Ava and who spends time every session working on her individual Portage-style targets, broken into small steps, at least 15 minutes a session.", "cognition_learning", "specific", F1_KEY), "Ava learns in very small steps and needs the same adult to repeat an activity many times before she can do it on her own."],
                    [("R", "All nursery staff to complete a Makaton Foundation workshop (two days) before Ava starts, so that every adult can sign with her.", "communication_interaction", "not_specific", F1_MAKTRAIN), "Signing is Ava's main way of communicating; if only one adult signs, she will be understood only when that adult is there."],
                    [("R", "A fine motor programme (posting, pegs, play dough, pincer grasp) for 5 to 10 minutes every day.", "sensory_physical", "missing_from_f"), "Her grasp is holding back her play, her self-care and, later, her mark making."],
                    [("R", "Her speech and language programme to be practised every day in nursery, in short bursts of around 10 minutes, because three times a week has not been enough at home to keep new signs going.", "communication_interaction", "less", F1_SALT), "New signs fade quickly unless they are used daily."],
                    [("R", "Planned visits to the Reception class in the summer term, with a photo book of her new room and adults to take home.", "semh", "not_specific", F1_TRANS), "Ava copes with change when she can see and rehearse it beforehand."],
                ], [0.6, 0.4]),
                ("p", [
                    ("R", "At home, Kwame and Siobhan should carry on singing with pauses for Ava to fill with a sign, and keep the 'first and then' board by the kitchen door.", "communication_interaction", "not_educational"),
                    ("X", "I have discussed with Ava's parents whether she might attend a specialist nursery instead, and they are clear that they want her at Brackenfold with her brother; I agree that with the right support this is the right place for her now.", "placement opinion, options considered"),
                ]),
                ("sig", ["Marguerite Oduya", "Portage Home Visitor, Fernleigh Portage Service", "Telephone 01632 960233   portage@fernleigh.example.org"]),
            ],
        ),
        dict(
            file=PAED1,
            style="folder",
            footer="Fernleigh Community Health Services NHS Trust   Confidential   Page {n} of {m}",
            blocks=[
                ("org", "Fernleigh Community Health Services NHS Trust"),
                ("small", "Child Development Centre, Orchard House, Fernleigh HF9 4LB   Tel 01632 960871"),
                ("title", "Medical advice for an EHC needs assessment"),
                ("small", "Re: Ava MENSAH-DOYLE, DOB 07.01.2023. Seen in clinic on 2 October 2026 with her mother. Author: Dr Helena Vasquez-Ward, Consultant Community Paediatrician."),
                ("h", 2, "Diagnoses"),
                ("bul", [
                    "Down syndrome (trisomy 21), confirmed antenatally",
                    "Atrioventricular septal defect, repaired at 5 months; annual cardiology follow-up",
                    "Bilateral mild to moderate conductive hearing loss; hearing aids since 2025",
                    "Generalised hypotonia",
                ]),
                ("h", 2, "History and examination"),
                ("p", [
                    ("X", "Ava was born at 37 weeks and needed a week on the neonatal unit for feeding support.", "history"),
                    ("X", "Her thyroid function was checked in July 2026 and is normal; it will be repeated annually as for all children with Down syndrome.", "test result, routine screening"),
                    "On examination she was well grown, following the Down syndrome growth chart along the 50th centile, with no signs of heart failure.",
                ]),
                ("p", [
                    ("X", "Obstructive sleep apnoea was considered last year; an overnight oximetry study in March 2026 was normal and no treatment is needed.", "ruled out"),
                    ("X", "Mum reports that Ava's snoring has settled since her adenoids were removed.", "resolved difficulty"),
                ]),
                ("h", 2, "Impact on learning and development"),
                ("p", [
                    ("N", "Ava's hearing loss means that she will miss much of what is said to her in a noisy room, particularly when she is not wearing her hearing aids, and she needs to be near the speaker and able to see their face and hands.", "sensory_physical", B1_HEAR),
                    ("N", "Her low muscle tone affects her stamina and posture: she slumps on the carpet and on standard nursery chairs and tires quickly on walks.", "sensory_physical", B1_MOTOR),
                ]),
                ("p", [
                    ("N", "Children with Down syndrome often show particular relative strengths in visual learning, and Ava is no exception; her difficulties are chiefly with verbal short-term memory and expressive language.", "cognition_learning", "I learn best when I can see something and do it with an adult, and I need lots of repetition before I remember a new word or sign."),
                    ("N", "Ava has a tendency to put small objects in her mouth and has no sense of danger near steps, doors and the road.", "health", None),
                ]),
                ("p", [
                    ("X", "She is prone to chest infections in the winter months and may miss some sessions.", "health background managed by GP; no educational need stated"),
                    ("X", "This has not been frequent enough to warrant any change to her care, and she is not on prophylactic antibiotics.", "context, not a need"),
                ]),
                ("h", 2, "Recommendations"),
                ("p", "I would make the following recommendations. Where I have suggested what difference it will make, this is to help the nursery and the local authority write outcomes."),
                ("grid", [
                    ["What is recommended", "What difference it will make"],
                    [("R", "Ava should be seated near the adult leading any group activity, with the adult at her eye level, and background noise kept down during small group work.", "sensory_physical", "specific", F1_SEAT), "She will hear and see more of what is said, and her attention will improve."],
                    [("R", "A chair with a footrest and side support for table-top activities, as advised by the physiotherapist.", "sensory_physical", "wrong_section", G1_CHAIR, {"section": "G"}), "A stable position will free her hands for play and fine motor work."],
                    [("R", "Hearing aids checked by an adult at the start of each session and replaced if she pulls them out.", "sensory_physical", "missing_from_f"), "She will hear for the whole session, not part of it."],
                    [("R", "Audiology review every six months, with the hearing aids managed by the paediatric audiologist.", "health", "not_educational", G1_HEAR, {"section": "G"}), "Any change in hearing will be picked up early."],
                ], [0.62, 0.38]),
                ("p", [
                    ("R", "I would also ask that an adult is always with Ava in the outdoor area and on the stairs until she has a better sense of danger, and that the nursery's risk assessment reflects this.", "health", "not_specific", F1_SUPPORT),
                    "I will continue to review Ava in clinic every 12 months.",
                ]),
                ("sig", ["Dr Helena Vasquez-Ward MBBS MRCPCH", "Consultant Community Paediatrician", "cc: Mr and Mrs Mensah-Doyle; GP; Fernleigh Portage Service"]),
            ],
        ),
    ],
)

CASES = [CASE_01]
