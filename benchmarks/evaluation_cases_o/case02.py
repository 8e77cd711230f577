# ruff: noqa: E501
"""case-evalo-02: Kestermoor County Council; Ollie Ashdown-Reyes, 12, Year 7, mainstream.

Layout "part-banner-name-below": each section opens with a shaded banner holding only
"PART B", and the section's name stands on the next line in bold. There is no Part J.
Reports: NHS occupational therapy (.docx) and NHS speech and language therapy (PDF).
"""

B_MOTOR = "Ollie has a right-sided hemiplegia; he writes slowly with his left hand and cannot use a ruler, scissors or science equipment without help."
B_SPEECH = "His speech is affected by dysarthria, and people who do not know him find him hard to understand, especially in noisy rooms."
B_FATIGUE = "Ollie tires quickly, and by the afternoon his writing and his concentration fall away."
B_MOVE = "He walks independently but is unsteady on stairs and in crowded corridors."
B_CONF = "Ollie is self-conscious about his speech and has said he does not put his hand up in class because others laugh."
B_MATHS = (
    "He is working below expected levels in mathematics, particularly in geometry and measures."
)

F_MATHS = "Mathematics taught in a set of no more than 15 pupils, with a teaching assistant in every lesson."
F_EQUIP = "Adapted equipment (non-slip mat, one-handed ruler, spring-loaded scissors) available in every science, technology and mathematics lesson."
F_LAPTOP = "Ollie will have a school laptop for extended writing, with keyboard skills training from a teaching assistant for 20 minutes once a week for one term."
F_EARLY = (
    "Ollie will leave each lesson five minutes early, with a friend, to avoid crowded corridors."
)
F_REST = "Rest breaks when Ollie is tired."
F_SALT = "Speech and language therapy input as advised by the therapist."
F_EXERC = "Opportunities to practise speech exercises in school."
F_PASSPORT = "A communication passport, shared with all of Ollie's teachers at the start of each term, setting out how to give him time and ways to answer other than speaking aloud."
G_PROG = "A daily 15-minute hand strengthening programme, set by the occupational therapist and carried out by a teaching assistant at school."
G_PHYSIO = "Review by the community physiotherapy team every six months."

OT = "ot_report.docx"
SALT = "salt_report.pdf"


def _part(sid: str, name: str) -> list:
    return [("H", sid, f"PART {sid}", "band"), ("b", name)]


CASE = dict(
    name="case-evalo-02",
    layout="part-banner-name-below",
    summary=(
        "Kestermoor County Council; Ollie Ashdown-Reyes, 12, Year 7 at Holmcroft Academy, mainstream "
        "(right hemiplegia, dysarthria, fatigue, mobility, mathematics). Each section opens with a "
        "shaded banner holding only 'PART B'; the name follows on the next line in bold. There is no "
        "Part J. NHS OT report (.docx) with a daily programme the therapist wants in school; NHS SALT "
        "report (PDF) with intelligibility figures and the child's words."
    ),
    note=(
        "The banner 'PART B' is the heading; the bold name below it is part of the heading area and "
        "not a sentence of the section. A school-delivered strengthening programme written into G is "
        "wrong_section; physiotherapy review in G is not_educational. 'As advised by the therapist' "
        "is not specific."
    ),
    plan=dict(
        file="plan.pdf",
        header="Kestermoor County Council   Education, Health and Care Plan   Ollie Ashdown-Reyes",
        footer="Issued 2 March 2026 - page {n} of {m}",
        sans=True,
        accent="5B2C6F",
        blocks=[
            ("org", "Kestermoor County Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Ollie Ashdown-Reyes"),
                    ("Date of birth", "22 September 2013"),
                    ("Setting", "Holmcroft Academy, Year 7"),
                    ("EHC co-ordinator", "Priya Marchetti, 01632 960233"),
                ],
            ),
            *_part("A", "Views, interests and aspirations"),
            (
                "S",
                "A",
                "Ollie likes football (he supports Kestermoor Rovers), computer games and cooking with his grandad.",
            ),
            ("p", "He would like to be a sports commentator or a chef."),
            *_part("B", "Special educational needs"),
            ("S", "B", B_MOTOR),
            ("p", [B_SPEECH, B_CONF]),
            ("p", [B_FATIGUE, B_MOVE]),
            ("p", B_MATHS),
            *_part("C", "Health needs"),
            (
                "S",
                "C",
                "Ollie has cerebral palsy (right hemiplegia) and is under the community paediatrician and the physiotherapy team.",
            ),
            *_part("D", "Social care needs"),
            ("S", "D", "None identified."),
            ("pb",),
            *_part("E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Ollie will complete a one-page piece of writing in a lesson, using his laptop.",
            ),
            (
                "p",
                "By July 2027 Ollie will answer a question in front of his class at least once a week.",
            ),
            (
                "p",
                "By July 2027 Ollie will move around the school safely and on time without adult help.",
            ),
            *_part("F", "Special educational provision"),
            (
                "p",
                "Holmcroft Academy will make the provision below, with top-up funding from Kestermoor County Council.",
            ),
            (
                "bul",
                [
                    ("S", "F", ("F", F_MATHS, True)),
                    ("F", F_EQUIP, True),
                    ("F", F_LAPTOP, True),
                    ("F", F_EARLY, True),
                    ("F", F_REST, False, "No who, how often or how long."),
                    ("F", F_SALT, False, "Leaves the amount to the therapist."),
                    ("F", F_EXERC, False, "'Opportunities' with no who or how often."),
                    ("F", F_PASSPORT, True),
                ],
            ),
            *_part("G", "Health provision"),
            ("S", "G", G_PHYSIO),
            ("p", G_PROG),
            *_part(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None required."),
            *_part("H2", "Other social care provision"),
            ("S", "H2", "No other social care provision has been identified."),
            *_part("I", "Placement"),
            ("S", "I", "Holmcroft Academy, Kestermoor KB7 3LD."),
            *_part("K", "Advice and information"),
            (
                "S",
                "K",
                "Occupational therapy advice (January 2026); speech and language therapy advice (January 2026); school advice; parental advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT,
            header="Kestermoor Community Health NHS Trust - Children's Occupational Therapy",
            blocks=[
                ("org", "Kestermoor Community Health NHS Trust"),
                ("title", "Occupational therapy advice for an EHC needs assessment"),
                (
                    "small",
                    "Ollie Ashdown-Reyes, DOB 22/09/2013, NHS no. 000 000 0000   Seen at Holmcroft Academy, 13 January 2026   Therapist: Gemma Lyle, Clinical Specialist OT",
                ),
                ("h", 2, "Relevant history"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ollie had botulinum toxin injections to his right calf in 2024 and his walking has improved since.",
                            "medical history",
                        ),
                        (
                            "X",
                            "He already has a sloping board and a pencil grip, which he uses well.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Assessment findings"),
                (
                    "bul",
                    [
                        (
                            "N",
                            "Ollie has reduced grip strength and dexterity in his right hand and uses it only as an assist to hold paper still.",
                            "sensory_physical",
                            B_MOTOR,
                        ),
                        (
                            "N",
                            "His handwriting speed is 7 words per minute, well below the 15 or more expected at his age.",
                            "sensory_physical",
                            B_MOTOR,
                        ),
                        (
                            "N",
                            "He cannot carry a tray or a full school bag while walking, and he lost his balance twice on the stairs during my visit.",
                            "sensory_physical",
                            B_MOVE,
                        ),
                        (
                            "N",
                            "Ollie struggles to manage buttons and laces and needs over ten minutes to change for PE.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "Fatigue builds through the day: his grip and posture deteriorate noticeably after lunch.",
                            "sensory_physical",
                            B_FATIGUE,
                        ),
                    ],
                ),
                ("pb",),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Ollie should be allowed to leave lessons five minutes early to move between classrooms before the corridors fill, with a named friend.",
                            "sensory_physical",
                            "specific",
                            F_EARLY,
                        ),
                        (
                            "R",
                            "He should have a laptop for all written work longer than a paragraph, with keyboard training from a teaching assistant for 20 minutes twice a week for one term.",
                            "sensory_physical",
                            "less",
                            F_LAPTOP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I recommend a daily hand strengthening and fine motor programme of 15 minutes, carried out in school by a teaching assistant whom I will train.",
                            "sensory_physical",
                            "wrong_section",
                            G_PROG,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Ollie needs adapted equipment in science and technology (a non-slip mat, a one-handed ruler and spring-loaded scissors) in every lesson that uses them.",
                            "sensory_physical",
                            "specific",
                            F_EQUIP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "He should change for PE in a private space with 10 minutes' extra time, and wear a PE kit without buttons or laces.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "A 10-minute rest break in a quiet room every afternoon, built into his timetable, would help him manage his fatigue.",
                            "sensory_physical",
                            "not_specific",
                            F_REST,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "R",
                        "Ollie should continue to be reviewed by the community physiotherapist every six months, with his home stretching programme.",
                        "health",
                        "not_educational",
                        G_PHYSIO,
                        {"section": "G"},
                    ),
                ),
            ],
        ),
        dict(
            file=SALT,
            footer="Kestermoor Community Health NHS Trust - Speech and Language Therapy - page {n} of {m}",
            blocks=[
                ("org", "Kestermoor Community Health NHS Trust"),
                ("title", "Speech and language therapy report"),
                (
                    "p",
                    "Name: Ollie Ashdown-Reyes. Date of birth: 22 September 2013. Seen at Holmcroft Academy on 20 January 2026 by Callum Baines, Highly Specialist Speech and Language Therapist.",
                ),
                ("h", 3, "Summary"),
                (
                    "p",
                    [
                        (
                            "X",
                            "His understanding of language is within the average range for his age.",
                            "strength",
                        ),
                        (
                            "N",
                            "Ollie has moderate dysarthria: his speech is slow and slurred, and unfamiliar listeners understood about 60% of what he said in a single-word test.",
                            "communication_interaction",
                            B_SPEECH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His intelligibility falls further when he is tired or anxious.",
                            "communication_interaction",
                            B_SPEECH,
                        ),
                        (
                            "N",
                            "Ollie's breath support is weak, so he can only say four or five words on one breath.",
                            "communication_interaction",
                            None,
                            "Part B names the dysarthria but not the weak breath support that limits each utterance.",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He avoids speaking in front of the class, and told me: 'I just say I don't know so people don't have to hear me.'",
                            "semh",
                            B_CONF,
                        ),
                        (
                            "X",
                            "Ollie's parents understand him well at home.",
                            "not a difficulty",
                        ),
                    ],
                ),
                ("h", 3, "Recommendations for school"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Direct therapy from a speech and language therapist for 30 minutes every fortnight in school, for one term, working on breath support and pacing.",
                            "communication_interaction",
                            "not_specific",
                            F_SALT,
                        ),
                        (
                            "R",
                            "Ollie should practise his speech exercises with a teaching assistant for 10 minutes three times a week.",
                            "communication_interaction",
                            "not_specific",
                            F_EXERC,
                        ),
                        (
                            "R",
                            "All staff should know Ollie's communication passport and let him answer in writing or on his laptop when he prefers.",
                            "communication_interaction",
                            "specific",
                            F_PASSPORT,
                        ),
                        (
                            "R",
                            "A weekly 30-minute confidence group with two or three trusted peers, led by the school's speech and language link assistant.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "I will see Ollie again in clinic in the summer term to review his progress.",
                        "the therapist's own plan",
                    ),
                ),
            ],
        ),
    ],
)
