# ruff: noqa: E501
"""case-evalbb-04: Westholm Metropolitan Borough Council; Anouk Brereton, 13, Year 8,
autistic, with moderate learning difficulties, in a secondary school's autism resource base;
the council keeps the resource base, the family seek a maintained special school. Layout
"need-level-column-b-table": Word headings "B – Special educational needs"; Section B is a
table, Area | What Anouk finds hard | Level of need; Section F lists provision under bold
area sub-headings."""

from common import NAMES, N, R, X

B_LEVEL = "Anouk is working at about the level of a seven-year-old in reading and maths."
B_WORDS = (
    "She follows short, simple sentences but gets lost in longer explanations and harder words."
)
B_QUIET = "Anouk can seem calm in class when she is actually lost and worried."
B_FRIENDS = (
    "Anouk wants friends but can be led by others, who have sometimes taken advantage of her."
)
B_SENSE = "Noise and being bumped into in busy places upset Anouk."
B_HANDS = "Anouk finds it hard to use equipment such as rulers and scissors, and to do up buttons and laces."
B_SHOW = "Anouk needs to be shown how to do new physical tasks."

F_ENGMA = "English and maths teaching in a small group in the resource base, every day."
F_PRETEACH = (
    "pre-teaching of the key words for each mainstream lesson, 15 mins before the lesson, by a TA"
)
F_KEY = "Anouk's key adult in the resource base will check in with her at the start and end of each day and after every mainstream lesson, for about five minutes each time."
F_ELSA = "ELSA support, 30 minutes a week for six weeks."
F_EARLY = "Anouk will leave every lesson five minutes early, with an adult walking with her to her next room."
F_FINE = "Fine motor activities as advised by the occupational therapist."
F_KIT = "Anouk will have a non-slip ruler, spring-loaded scissors and a sloped writing board in every lesson."
F_PE = "In PE, every new skill will be shown to Anouk step by step, and she will change in a private room with 10 extra minutes."

G_DIET = "The children's occupational therapy service will give the school a sensory diet to use with Anouk."
G_REVIEW = "The children's occupational therapy service will review Anouk once a year."

AR = "resource_base_annual_review.docx"
OT = "ot_sensory_integration_report.pdf"


def _h(sid: str) -> tuple:
    return ("H", sid, f"{sid} – {NAMES[sid]}", "h2")


CASE = dict(
    name="case-evalbb-04",
    layout="need-level-column-b-table",
    summary=(
        "Westholm Metropolitan Borough Council; Anouk Brereton, 13, Year 8, autistic, with moderate learning "
        "difficulties, at the autism resource base of Castlegate Academy (mainstream); the council keeps the resource "
        "base, the family seek Brookfield Park School (maintained special). Word headings 'B – Special educational "
        "needs'; Section B is a table, Area | What Anouk finds hard | Level of need; Section F lists provision under bold "
        "area sub-headings. The resource base's annual review report (.docx, first person plural, a support-in-place "
        "table, bullets with reasons) and an occupational therapist's sensory integration report (.pdf, a Recommendation "
        "/ Who and how long / Why table, options considered at length)."
    ),
    note=(
        "A sensory diet delivered three times a day by a trained teaching assistant stands in G as an occupational "
        "therapy offer: provision in the wrong section. The yearly OT review in G is health provision. ELSA for six "
        "weeks is less than 30 minutes a week for at least two terms. Self-harm, the need for daily overlearning and "
        "poor body awareness are left out of the needs table."
    ),
    plan=dict(
        file="plan.docx",
        header="OFFICIAL - SENSITIVE",
        footer="Westholm MBC - EHC plan - Anouk Brereton - amended after annual review, 20 November 2026",
        author="Westholm SEN Team",
        title="EHC plan - Anouk Brereton",
        accent="6B2E5C",
        blocks=[
            ("org", "Westholm Metropolitan Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Anouk Brereton"),
                    ("Date of birth", "8 January 2013"),
                    ("NHS number", "999 733 0169"),
                    ("School", "Castlegate Academy, Year 8 (autism resource base)"),
                    ("Parents", "Kirsty and Dean Brereton"),
                    ("SEN officer", "Mr Ravi Mistry, 01632 960812"),
                ],
            ),
            _h("A"),
            (
                "S",
                "A",
                "Anouk loves horses, baking and K-pop, and she would like to work with animals when she is older.",
            ),
            (
                "p",
                "Her parents want Anouk to learn to read well enough to enjoy a book, to have a real friend, and to go to school without dreading it.",
            ),
            _h("B"),
            (
                "S",
                "B",
                "Anouk has a diagnosis of autism and has moderate learning difficulties. The table shows what she finds hard and how much it affects her.",
            ),
            (
                "grid",
                [
                    ["Area", "What Anouk finds hard", "Level of need"],
                    ["Cognition and learning", B_LEVEL, "High"],
                    ["Communication and interaction", B_WORDS, "Moderate"],
                    ["Communication and interaction", B_FRIENDS, "High"],
                    ["Social, emotional and mental health", B_QUIET, "Moderate"],
                    ["Sensory and physical", B_SENSE, "High"],
                    ["Sensory and physical", B_HANDS, "Moderate"],
                    ["Sensory and physical", B_SHOW, "Moderate"],
                ],
                [0.26, 0.56, 0.18],
                True,
            ),
            _h("C"),
            (
                "S",
                "C",
                "Anouk is under the community paediatrician for her autism and has no other health conditions.",
            ),
            _h("D"),
            ("S", "D", "No social care needs have been identified."),
            _h("E"),
            (
                "S",
                "E",
                "By July 2027, Anouk will read a short book at her level and answer questions about it.",
            ),
            (
                "p",
                "By July 2027, Anouk will tell her key adult when she is worried, using words or her feelings card, at least once a day.",
            ),
            (
                "p",
                "By July 2027, Anouk will move around school without becoming distressed, on four days out of five.",
            ),
            ("p", "By July 2027, Anouk will use a ruler and scissors accurately in lessons."),
            _h("F"),
            (
                "S",
                "F",
                "Castlegate Academy will make the following provision through its autism resource base.",
            ),
            ("b", "Learning"),
            ("bul", [("F", F_ENGMA, False), ("F", F_PRETEACH, True)]),
            ("b", "Feelings and friendships"),
            ("bul", [("F", F_KEY, True), ("F", F_ELSA, True)]),
            ("b", "Sensory and physical"),
            (
                "bul",
                [("F", F_EARLY, True), ("F", F_FINE, False), ("F", F_KIT, True), ("F", F_PE, True)],
            ),
            _h("G"),
            ("S", "G", G_DIET),
            ("p", G_REVIEW),
            _h("H1"),
            ("S", "H1", "Not applicable."),
            _h("H2"),
            ("S", "H2", "None identified at this review."),
            _h("I"),
            (
                "S",
                "I",
                "Castlegate Academy (mainstream academy, 11 to 16), with a place in its autism resource base.",
            ),
            _h("J"),
            ("S", "J", "No personal budget."),
            _h("K"),
            (
                "S",
                "K",
                "Annual review report from Castlegate Academy resource base (October 2026); report from Mrs Bethan Kowalczyk, occupational therapist (September 2026); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=AR,
            style="headed",
            footer="Castlegate Academy - Autism Resource Base - annual review report - Anouk Brereton",
            author="Castlegate Academy",
            title="Annual review report - Anouk Brereton",
            accent="2D5F8B",
            blocks=[
                ("org", "Castlegate Academy - Autism Resource Base"),
                (
                    "small",
                    "Castle Street, Westholm - 01632 960825 - resourcebase@castlegate.example.org",
                ),
                ("title", "Annual Review Report"),
                (
                    "kv",
                    [
                        ("Student", "Anouk Brereton, Year 8"),
                        ("Review meeting", "14 October 2026"),
                        (
                            "Written by",
                            "Mrs Laura Pettigrew, Resource Base Lead, with the base team",
                        ),
                    ],
                ),
                ("h", 1, "Anouk this year"),
                (
                    "p",
                    [
                        X(
                            "Anouk joined the resource base from Westholm Juniors in September 2025 and spends about 60% of her week in mainstream lessons with support.",
                            "history",
                        ),
                        X(
                            "She is kind and funny with adults she trusts, and her baking in food technology has been the best in her class.",
                            "strength",
                        ),
                        X(
                            "Her toileting accidents, which happened several times a term in Year 7, have stopped.",
                            "history: resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "Support already in place"),
                (
                    "grid",
                    [
                        ["Support", "Since", "Effect"],
                        [
                            X(
                                "A visual timetable on her desk in the base and a copy in her planner",
                                "support already in place",
                            ),
                            "September 2025",
                            "She now knows where she is going next",
                        ],
                        [
                            X(
                                "Lunch in the base's quiet room with three other students",
                                "support already in place",
                            ),
                            "November 2025",
                            "No lunchtime incidents since",
                        ],
                        [
                            X(
                                "A teaching assistant in maths and science lessons",
                                "support already in place",
                            ),
                            "September 2025",
                            "Helps, but she still cannot follow the lesson",
                        ],
                    ],
                    [0.45, 0.2, 0.35],
                ),
                ("h", 1, "What we are seeing now"),
                (
                    "p",
                    [
                        N(
                            "Anouk's reading age is 7 years 6 months and her maths is at about Year 2 level, so she cannot take part in Year 8 mainstream lessons unless the work is completely changed.",
                            "cognition_learning",
                            B_LEVEL,
                        ),
                        N(
                            "She understands short, concrete sentences but loses the meaning of longer explanations and of abstract words such as 'consider' or 'compare'.",
                            "communication_interaction",
                            B_WORDS,
                        ),
                        N(
                            "She needs many repetitions to learn a new skill and quickly forgets what she learned the week before unless it is practised every day.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "In mainstream lessons she often sits very still and says nothing, and teachers did not realise how lost she was until her anxiety came out at home.",
                            "semh",
                            B_QUIET,
                        ),
                        N(
                            "Anouk has started scratching her arms until they bleed when she is overwhelmed, which we have seen four times since September.",
                            "semh",
                            None,
                        ),
                        N(
                            "She has few friends and tends to follow older students, who have sometimes taken advantage of her, for example by persuading her to hand over her lunch money.",
                            "communication_interaction",
                            B_FRIENDS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Mrs Brereton told us that Anouk cries on Sunday nights and has begged not to go to school on three Mondays this term.",
                        X(
                            "She said that Anouk's sleep, which was very poor in Year 7, is now much better since the family started a fixed bedtime routine.",
                            "history: resolved difficulty",
                        ),
                        X(
                            "We are honest that we believe Anouk's needs can no longer be met in the resource base, where most lessons are mainstream lessons with support; we think she needs a school where all of her teaching is at her level.",
                            "placement view (Section I), not a provision",
                        ),
                    ],
                ),
                ("h", 1, "What we recommend"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Anouk should be taught English and maths in a group of no more than six, by a teacher with specialist training in learning difficulties, for one hour a day each.",
                                "cognition_learning",
                                "not_specific",
                                F_ENGMA,
                            ),
                            "She cannot learn from lessons pitched at Year 8.",
                        ],
                        [
                            R(
                                "A teaching assistant should pre-teach the key vocabulary for each mainstream lesson, for 15 minutes before the lesson.",
                                "communication_interaction",
                                "specific",
                                F_PRETEACH,
                            ),
                        ],
                        [
                            R(
                                "A daily 20-minute overlearning session with a teaching assistant should practise the skills she has been taught that week.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            X(
                                "Without this, she has lost most of what she learned by the following Monday.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Her key adult in the base should check in with her at the start and end of every day and after every mainstream lesson.",
                                "semh",
                                "specific",
                                F_KEY,
                            ),
                        ],
                        [
                            R(
                                "We recommend a weekly 30-minute session with our emotional literacy support assistant (ELSA) for at least two terms, so that she learns to notice and name her feelings before they overwhelm her.",
                                "semh",
                                "less",
                                F_ELSA,
                            ),
                            X(
                                "A six-week block last spring helped for a while, but the scratching began again within a month of it ending.",
                                "history: reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Anouk should be taught about safe friendships and how to say no, in a small group of no more than four, for 45 minutes a week.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, her parents might use the same feelings card that she has in school.",
                            "semh",
                            "not_educational",
                        ),
                        "Laura Pettigrew, Resource Base Lead, 21 October 2026.",
                    ],
                ),
            ],
        ),
        dict(
            file=OT,
            header="Westholm Children's Therapy Service - Occupational Therapy",
            footer="OT report - Anouk Brereton - NHS 999 733 0169 - page {n} of {m}",
            author="B Kowalczyk",
            title="Occupational therapy report - Anouk Brereton",
            accent="1E6E5A",
            blocks=[
                ("org", "Westholm Children's Therapy Service"),
                ("small", "Greenhill Clinic, Westholm - 01632 960840"),
                ("title", "Occupational Therapy Report (Sensory Integration)"),
                (
                    "p",
                    "Anouk Brereton, 13 years 8 months. Assessed in clinic on 2 September 2026 and observed at Castlegate Academy on 9 September 2026 by Bethan Kowalczyk, Advanced Practitioner in Ayres Sensory Integration.",
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        "I used the Sensory Processing Measure (second edition), the Evaluation in Ayres Sensory Integration (EASI) praxis and tactile tests, and the Movement Assessment Battery for Children (second edition).",
                        X(
                            "Her visual perception and balance were within the expected range for her age.",
                            "assessment result: no need",
                        ),
                    ],
                ),
                ("h", 2, "Findings"),
                (
                    "bul",
                    [
                        N(
                            "Anouk is over-responsive to touch and to sound: she flinches when she is brushed against in the corridor and covers her ears in the dining hall.",
                            "sensory_physical",
                            B_SENSE,
                        ),
                        N(
                            "Her fine motor skills are well below her age (5th centile on the Movement ABC-2 manual dexterity tasks): she cannot use a ruler or a compass accurately, and she struggles with buttons and laces after PE.",
                            "sensory_physical",
                            B_HANDS,
                        ),
                        N(
                            "Her motor planning is poor, so she needs to be shown a new physical task step by step and cannot follow spoken instructions in PE.",
                            "sensory_physical",
                            B_SHOW,
                        ),
                        N(
                            "She has poor body awareness and often misjudges space, bumping into people and furniture, which other students have taken to be deliberate.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "I recommend the following. The table gives who should deliver each item, how long it takes, and why I recommend it.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Who and how long", "Why"],
                        [
                            R(
                                "A sensory diet of heavy work and deep-pressure activities for 10 minutes three times a day, on arrival, after lunch and before the last lesson, delivered by a trained teaching assistant.",
                                "sensory_physical",
                                "wrong_section",
                                G_DIET,
                                section="G",
                            ),
                            "Trained TA, 1:1, 30 minutes a day",
                            X(
                                "Regular heavy work calms her over-responsive touch system for several hours afterwards.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Anouk should leave each lesson five minutes early to avoid the crowded corridors, with an adult (1:1) at every move.",
                                "sensory_physical",
                                "specific",
                                F_EARLY,
                            ),
                            "Any adult, 1:1 for transitions",
                            "The corridor at lesson change is where she is most often touched unexpectedly.",
                        ],
                        [
                            R(
                                "A fine motor programme covering rulers, scissors and fastenings, for 15 minutes three times a week, delivered by a teaching assistant and set up and reviewed each term by an occupational therapist.",
                                "sensory_physical",
                                "not_specific",
                                F_FINE,
                            ),
                            "TA, 45 minutes a week; OT termly",
                            X(
                                "She has made good progress with a similar programme at home, so the approach is known to work for her.",
                                "progress: reason",
                            ),
                        ],
                        [
                            R(
                                "She should have a non-slip ruler, spring-loaded scissors and a sloped writing board in every lesson.",
                                "sensory_physical",
                                "specific",
                                F_KIT,
                            ),
                            "Subject teachers",
                            "These reduce the effort of tasks she cannot yet do accurately.",
                        ],
                        [
                            R(
                                "In PE, each new skill should be demonstrated to her step by step, and she should change in a private space with 10 extra minutes.",
                                "sensory_physical",
                                "specific",
                                F_PE,
                            ),
                            "PE teacher",
                            X(
                                "Spoken instructions alone do not give her the motor plan.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                    [0.46, 0.22, 0.32],
                ),
                ("h", 2, "Options considered"),
                (
                    "p",
                    [
                        X(
                            "I considered a block of clinic-based Ayres Sensory Integration therapy; I have not recommended it, because Anouk finds clinic visits stressful and the strategies need to be used in school, where her difficulties arise.",
                            "option considered and rejected",
                        ),
                        X(
                            "A wheeled bag and a locker on each corridor were also discussed, but Anouk did not want anything that would single her out.",
                            "option considered and rejected",
                        ),
                        X(
                            "I was asked whether a special school would better meet her sensory needs; a smaller school with quieter corridors would reduce her distress, but the placement is a matter for the tribunal and her educational advisers.",
                            "placement view (Section I), not a provision",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Our service will review Anouk once a year in clinic.",
                            "sensory_physical",
                            "not_educational",
                            G_REVIEW,
                            section="G",
                        ),
                        "Bethan Kowalczyk, Occupational Therapist, HCPC OT60912, 23 September 2026.",
                    ],
                ),
            ],
        ),
    ],
)
