# ruff: noqa: E501
"""Set Z as data: children whose education is interrupted or unusual (a pupil with ME/CFS
taught by a hospital education service and at home, a child of a Traveller family back in
school after elective home education), in layouts no earlier set has: headings exported
from a case management system in square brackets, and two-level decimal numbering whose
section letters appear only in a key table at the start.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalz-01: Brackenmoor County Council; Isla Ferreira-Dunn, 14, Year 9, ME/CFS
# layout "bracketed-system-headings": a plan exported from a case management system, each
# heading a plain line in square brackets, "[SECTION B - SEN]".
# ---------------------------------------------------------------------------

B1_FATIGUE = "Isla has ME/CFS, which limits how long she can concentrate and how much learning she can manage in a day."
B1_GAPS = "Because of long absences she has gaps in her learning, particularly in mathematics and science."
B1_MOOD = "Isla can become low and worried about falling behind her friends."
B1_COG = (
    "She finds it hard to hold new information in mind when she is tired and needs things repeated."
)

F1_TUITION = "Medical needs tuition from the Brackenmoor Hospital and Home Education Service, at home or on the ward, for 5 hours a week in total, in sessions of no more than 45 minutes."
F1_PACE = "Isla's learning will be paced to take account of her energy levels."
F1_MENTOR = "A named key adult at Heathgate Academy who will meet Isla for 20 minutes each week, in school or by video call, to keep her in touch with her tutor group."
F1_REST = "Access to a quiet rest space when needed."
F1_EXAMS = "Access arrangements for tests and examinations, including rest breaks."
F1_RETURN = "A part-time timetable agreed with the family, starting with two mornings a week at Heathgate Academy."
C1_PACING = "Isla will follow an activity management plan from the Brackenmoor Paediatric Fatigue Service, with a teacher at school checking her energy diary with her each morning she attends."
G1_FATIGUE = "Review by the Brackenmoor Paediatric Fatigue Service every eight weeks, with occupational therapy support to plan her activity."

HES1 = "hospital_education_report.docx"
CFS1 = "fatigue_service_letter.pdf"


def _sys(sid: str, label: str) -> tuple:
    """A heading as the case management system exports it: a plain line in brackets."""
    return ("H", sid, f"[SECTION {label}]", "p")


CASE_01 = dict(
    name="case-evalz-01",
    layout="bracketed-system-headings",
    summary=(
        "Brackenmoor County Council; Isla Ferreira-Dunn, 14, Year 9, on the roll of Heathgate "
        "Academy but taught mostly at home and on the ward by the Brackenmoor Hospital and Home "
        "Education Service (ME/CFS, long hospital stays, part-time timetable). The plan was "
        "exported from the council's case management system: each heading is a plain line in "
        'square brackets ("[SECTION B - SEN]"). Hospital education teacher\'s report; NHS '
        "paediatric fatigue service letter."
    ),
    note="Headings are plain paragraphs in square brackets. The morning energy-diary check by a teacher sits in C (health) though the fatigue service asks school staff to do it: wrong_section. The fatigue service's own reviews in G are health provision.",
    plan=dict(
        file="plan.pdf",
        footer="CMS export EHC/2026/04417 - printed 12/11/2026 - page {n} of {m}",
        sans=True,
        blocks=[
            ("small", "Brackenmoor County Council | SEND Casework | Record EHC/2026/04417"),
            ("p", "EHC PLAN (FINAL) - ISLA FERREIRA-DUNN - DOB 14/06/2012 - UPN H823400117042"),
            (
                "p",
                "Plan status: FINAL | Issued: 12/11/2026 | Case officer: D. Ramsbottom | Review due: 11/2027",
            ),
            _sys("A", "A - VIEWS INTERESTS ASPIRATIONS"),
            (
                "S",
                "A",
                "Isla enjoys drawing, graphic novels and looking after her two guinea pigs; she would like to study art and design at college.",
            ),
            (
                "p",
                "Her parents want her to be back in school with her friends for as much of the week as her health allows, without making her more unwell.",
            ),
            _sys("B", "B - SEN"),
            ("S", "B", B1_FATIGUE),
            ("p", [B1_GAPS, B1_COG]),
            ("p", B1_MOOD),
            _sys("C", "C - HEALTH"),
            (
                "S",
                "C",
                "Isla was diagnosed with ME/CFS in March 2025 after glandular fever and has had three admissions to Brackenmoor General Hospital, the longest of seven weeks.",
            ),
            ("p", C1_PACING),
            _sys("D", "D - SOCIAL CARE"),
            ("S", "D", "No social care needs identified at this time."),
            _sys("E", "E - OUTCOMES"),
            (
                "S",
                "E",
                "By July 2027 Isla will attend Heathgate Academy for at least three mornings a week without a relapse.",
            ),
            (
                "p",
                "By the end of Year 10 Isla will be following GCSE courses in five subjects, including art and design.",
            ),
            _sys("F", "F - SEP"),
            ("S", "F", "The following provision will be made:"),
            (
                "bul",
                [
                    ("F", F1_TUITION, True),
                    ("F", F1_PACE, False),
                    ("F", F1_MENTOR, True),
                    ("F", F1_REST, False),
                    ("F", F1_EXAMS, False),
                    ("F", F1_RETURN, True),
                ],
            ),
            _sys("G", "G - HEALTH PROVISION"),
            ("S", "G", G1_FATIGUE),
            _sys("H1", "H1 - CSDPA 1970 S2"),
            ("S", "H1", "No provision under section 2 of the CSDPA 1970."),
            _sys("H2", "H2 - OTHER SOCIAL CARE"),
            ("S", "H2", "No other social care provision."),
            _sys("I", "I - PLACEMENT"),
            (
                "S",
                "I",
                "Heathgate Academy (mainstream secondary academy), with medical needs tuition from the Brackenmoor Hospital and Home Education Service under section 19 of the Education Act 1996.",
            ),
            _sys("J", "J - PERSONAL BUDGET"),
            ("S", "J", "Not requested."),
            _sys("K", "K - ADVICE"),
            (
                "S",
                "K",
                "Hospital and Home Education Service report (September 2026); Paediatric Fatigue Service letter (August 2026); Heathgate Academy SENCo advice (September 2026); parental views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=HES1,
            blocks=[
                ("org", "Brackenmoor Hospital and Home Education Service"),
                (
                    "small",
                    "Ward 14 Schoolroom, Brackenmoor General Hospital, Brackenmoor BK9 2QX. Telephone 01632 960233.",
                ),
                ("title", "Teacher's report for the EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Isla Ferreira-Dunn, Year 9"),
                        ("Home school", "Heathgate Academy"),
                        (
                            "Teacher",
                            "Mrs Olwen Pritchard, Teacher in Charge, Hospital and Home Teaching",
                        ),
                        ("Date", "18 September 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Isla was referred to the service in April 2025, during her first admission, and has been taught on the ward and at home since then.",
                            "history",
                        ),
                        (
                            "X",
                            "Over the last school year she received an average of four hours of teaching a week, which was all she could manage during the winter months.",
                            "support already in place",
                        ),
                        (
                            "X",
                            "Her attendance at Heathgate Academy in the same period was 11 per cent.",
                            "attendance figure",
                        ),
                    ],
                ),
                ("h", 2, "Learning"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Isla is an able and conscientious student; her written English is at least in line with her age and her art work is of a very high standard.",
                            "strength",
                        ),
                        (
                            "N",
                            "She has missed most of the Year 8 mathematics curriculum and has significant gaps in algebra and in fractions, decimals and percentages.",
                            "cognition_learning",
                            B1_GAPS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "After about 30 minutes of concentrated work Isla's accuracy falls sharply and she loses track of what she has just read.",
                            "cognition_learning",
                            B1_FATIGUE,
                        ),
                        (
                            "X",
                            "This is the pattern described by the fatigue service and is not, in my view, a separate learning difficulty.",
                            "professional opinion on cause",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isla finds writing by hand for more than ten minutes physically tiring, and her hand aches and her writing becomes hard to read.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "X",
                            "She has begun to type some work on a laptop lent by the service, which she prefers.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She has lost touch with most of her friendship group and has told me she feels 'forgotten' by her school.",
                            "semh",
                            None,
                        ),
                        (
                            "X",
                            "Her low mood in the spring has lifted since she began the video calls with her tutor group in June.",
                            "progress / resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Before each planned return to school Isla becomes very anxious, sleeps badly and asks repeatedly whether she will be able to keep up.",
                            "semh",
                            B1_MOOD,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "I would make the following recommendations, which I have discussed with Isla and her mother.",
                ),
                (
                    "num",
                    [
                        (
                            "R",
                            "Medical needs tuition should rise to seven hours a week from January 2027, still delivered in sessions of no more than 45 minutes, at home or on the ward as her health allows, since she now manages two sessions on most days.",
                            "cognition_learning",
                            "less",
                            F1_TUITION,
                        ),
                        (
                            "R",
                            "Isla should have a catch-up programme in mathematics, taught one to one by a mathematics teacher for 2 hours a week, focusing on the Year 8 topics she has missed.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "She should have a laptop for all written work, at home, on the ward and in school, with her files shared between the three.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Isla should have a member of staff at Heathgate who keeps in touch with her every week, so that she remains part of her tutor group.",
                            "semh",
                            "specific",
                            F1_MENTOR,
                        ),
                        (
                            "R",
                            "Her return to Heathgate should be gradual, beginning with two mornings a week and increased only when she has managed four weeks without a setback.",
                            "semh",
                            "specific",
                            F1_RETURN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Full-time attendance at school was considered by the family, but Isla's consultant advised against it and I agree that it would not be realistic this year.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("p", "Olwen Pritchard, Teacher in Charge, Hospital and Home Teaching."),
            ],
        ),
        dict(
            file=CFS1,
            footer="Brackenmoor Children's NHS Trust - Paediatric Fatigue Service - page {n} of {m}",
            blocks=[
                ("org", "Brackenmoor Children's NHS Trust"),
                (
                    "small",
                    "Paediatric Fatigue Service, Lark Wing, Brackenmoor General Hospital, BK9 2QX. Telephone 01632 960271. fatigue.service@example.org",
                ),
                (
                    "p",
                    "Dr Helen Acheampong, Consultant Paediatrician, and Ms Rosie Tallis, Clinical Specialist Occupational Therapist",
                ),
                ("p", "To: SEND Casework, Brackenmoor County Council. 21 August 2026."),
                ("p", "Re: Isla Ferreira-Dunn, DOB 14/06/2012, NHS No. 943 476 5919"),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Thank you for asking for our advice. Isla has been known to our service since March 2025, when we confirmed a diagnosis of ME/CFS following an Epstein-Barr virus infection.",
                            "history / diagnosis",
                        ),
                        (
                            "X",
                            "Her condition is moderate: on a good day she is up for most of the day but needs to rest in the afternoon, and on a poor day she stays in bed.",
                            "description of severity",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "She had a significant relapse in January 2026 after trying to attend school full time for a week, which led to her third admission.",
                            "history",
                        ),
                        (
                            "X",
                            "This illustrates why any increase in activity must be small and planned; a 'boom and bust' pattern has set her back each time.",
                            "reason argued",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isla is very sensitive to noise and bright light when she is fatigued, and busy corridors and the dining hall leave her exhausted for the rest of the day.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "Standing for more than a few minutes, in assemblies, queues or practical science lessons, makes Isla dizzy and she has fainted twice at school.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "Her fatigue affects her working memory and the speed at which she processes information, so she may need instructions repeated.",
                            "cognition_learning",
                            B1_COG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She worries a great deal about her school work and about becoming ill again, and this worry itself drains her energy.",
                            "semh",
                            B1_MOOD,
                        ),
                    ],
                ),
                ("p", "In school, we would advise the following:"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "a quiet room with a reclining chair where Isla can rest lying down for 15 minutes in each morning she attends",
                            "sensory_physical",
                            "not_specific",
                            F1_REST,
                        ),
                        (
                            "R",
                            "leaving lessons five minutes early to avoid crowded corridors, with a pass so that she does not have to explain herself",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "25 per cent extra time and supervised rest breaks in all examinations, with a separate room",
                            "cognition_learning",
                            "not_specific",
                            F1_EXAMS,
                        ),
                        (
                            "R",
                            "a daily check of her energy diary with a named teacher, at the start of each morning she is in school, so that the day can be adjusted",
                            "semh",
                            "wrong_section",
                            C1_PACING,
                            {"section": "C"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "We will continue to see Isla in clinic every eight weeks, and Ms Tallis will continue to help her plan her activity week by week.",
                            "sensory_physical",
                            "not_educational",
                            G1_FATIGUE,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "At home, we have advised Isla to keep screen time to agreed blocks and to keep a regular bedtime, including at weekends.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Graded exercise therapy is no longer recommended for ME/CFS under the current NICE guideline and we have not suggested it.",
                            "option not recommended",
                        ),
                        (
                            "X",
                            "We would be happy to talk to Isla's teachers about the condition.",
                            "offer",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                (
                    "p",
                    "Dr Helen Acheampong, Consultant Paediatrician, Rosie Tallis, Clinical Specialist Occupational Therapist.",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalz-02: Ousebridge Metropolitan Borough Council; Kezia Lee, 10, Year 5
# layout "decimal-key-table": parts numbered "1.0 About me", "2.0 My needs" ...; the
# statutory letters appear only in a key table at the start of the plan.
# ---------------------------------------------------------------------------

B2_READ = "Kezia has gaps in her reading and spelling because she has had little formal teaching; she reads at about a Year 2 level."
B2_HEAR = "Kezia has a mild to moderate hearing loss in both ears, found in October 2026, and may mishear or miss spoken instructions in class."
B2_SETTLE = "Kezia is adjusting to school routines after three years of home education and can find a full day in class tiring."
B2_NUM = "Her number skills are stronger than her literacy, though she has not been taught written methods."

F2_PHONICS = "A daily phonics programme (Sounds Write or similar), taught one to one or in a group of no more than three by a trained teaching assistant, for 20 minutes every school day."
F2_READ = "Regular opportunities to read with an adult."
F2_SEAT = "Kezia will sit near the front of the class, where she can see the teacher's face."
F2_TOD = "Advice from the Sensory Support Service."
F2_KEY = "A named adult (the SENCo, Mrs Varley) who will meet Kezia and her mother together every half term to review how she is settling."
F2_HOMEWORK = "Homework will be adapted as appropriate."
G2_AUD = "Audiology review at Ousebridge Children's Hearing Centre in six months, to decide on hearing aids."
H2_TES = "The Traveller Education Service liaison worker will visit the family on the site each fortnight to help with school letters and forms."

TES2 = "traveller_education_notes.docx"
SSS2 = "sensory_support_report.pdf"


def _part(sid: str, text: str) -> tuple:
    """A part heading numbered 1.0 to 11.0; its letter is given only in the key table."""
    return ("H", sid, text, "h2")


KEY_ROWS = [
    ["Plan part", "Section of the EHC plan (SEND Regulations 2014, regulation 12)"],
    ["1.0", "A: views, interests and aspirations"],
    ["2.0", "B: special educational needs"],
    ["3.0", "C: health needs"],
    ["4.0", "D: social care needs"],
    ["5.0", "E: outcomes"],
    ["6.0", "F: special educational provision"],
    ["7.0", "G: health provision"],
    ["8.1 / 8.2", "H1 and H2: social care provision"],
    ["9.0", "I: placement"],
    ["10.0", "J: personal budget"],
    ["11.0", "K: advice and information"],
]

CASE_02 = dict(
    name="case-evalz-02",
    layout="decimal-key-table",
    summary=(
        "Ousebridge Metropolitan Borough Council; Kezia Lee, 10, Year 5 at St Aidan's Church of "
        "England Primary, from an English Gypsy family living on a council site, back in school after "
        "three years of elective home education (literacy gaps, a newly found hearing loss). "
        'Parts are numbered "1.0 About me", "6.0 What help I will get"; the statutory letters '
        "appear only in a key table at the start. Traveller Education Service liaison worker's "
        "notes; sensory support service report."
    ),
    note='Headings carry numbers only ("2.0 My needs"); the key table before them maps numbers to letters. H1 and H2 share one part with two numbered sub-parts. The liaison worker\'s fortnightly visits sit rightly in H2 (not_educational).',
    plan=dict(
        file="plan.docx",
        footer="Ousebridge MBC - Education, Health and Care Plan - Kezia Lee - FINAL",
        blocks=[
            ("org", "Ousebridge Metropolitan Borough Council - SEND Assessment and Review Team"),
            ("title", "My Education, Health and Care Plan"),
            (
                "small",
                "Kezia Lee   Date of birth: 30 January 2016   Final plan issued: 20 November 2026",
            ),
            (
                "p",
                "How this plan is set out. Each part of this plan is numbered. The table below shows which section of an EHC plan each part is.",
            ),
            ("grid", KEY_ROWS, [1.2, 5.0]),
            ("BODY", "The parts of the plan follow."),
            ("p", "The parts of the plan follow."),
            _part("A", "1.0 About me"),
            (
                "S",
                "A",
                "Kezia loves horses, helping her nan with the younger cousins, and singing; she wants to be a hairdresser and have her own salon.",
            ),
            (
                "p",
                "Her mum and dad want her to read and write well enough to manage forms and letters, and to be treated fairly at school.",
            ),
            _part("B", "2.0 My needs"),
            ("S", "B", B2_READ),
            ("p", [B2_NUM]),
            ("p", B2_HEAR),
            ("p", B2_SETTLE),
            _part("C", "3.0 My health"),
            (
                "S",
                "C",
                "Kezia's hearing loss was found at a school nurse screening in September 2026 and confirmed by audiology in October 2026; she is otherwise well.",
            ),
            _part("D", "4.0 My family and social care"),
            (
                "S",
                "D",
                "Kezia has no assessed social care needs. The family are supported by the Traveller Education Service.",
            ),
            _part("E", "5.0 What I want to achieve"),
            (
                "S",
                "E",
                "By July 2027 Kezia will read books at Year 3 level with 95 per cent accuracy.",
            ),
            (
                "p",
                "By the end of Year 6 Kezia will write a short letter that others can read and understand.",
            ),
            _part("F", "6.0 What help I will get at school"),
            ("S", "F", "St Aidan's will provide:"),
            (
                "bul",
                [
                    ("F", F2_PHONICS, True),
                    ("F", F2_READ, False),
                    ("F", F2_SEAT, True),
                    ("F", F2_TOD, False),
                    ("F", F2_KEY, True),
                    ("F", F2_HOMEWORK, False),
                ],
            ),
            _part("G", "7.0 Health services"),
            ("S", "G", G2_AUD),
            _part(
                "H1", "8.1 Social care (Chronically Sick and Disabled Persons Act 1970, section 2)"
            ),
            ("S", "H1", "None."),
            _part("H2", "8.2 Other social care"),
            ("S", "H2", H2_TES),
            _part("I", "9.0 My school"),
            ("S", "I", "St Aidan's Church of England Primary School, Ousebridge (mainstream)."),
            _part("J", "10.0 Personal budget"),
            ("S", "J", "The family have not asked for a personal budget."),
            _part("K", "11.0 Advice used to write this plan"),
            (
                "S",
                "K",
                "Traveller Education Service notes (October 2026); Sensory Support Service report (October 2026); school advice; audiology letter; the family's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=TES2,
            blocks=[
                ("org", "Ousebridge Traveller Education Service"),
                ("title", "Liaison worker's notes for the EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Child", "Kezia Lee, Year 5"),
                        ("Written by", "Shauna Doherty, Liaison Worker"),
                        ("Contact", "01632 960354, tes@example.org"),
                        ("Date", "9 October 2026"),
                    ],
                ),
                ("h", 3, "Family and background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kezia lives with her parents and two younger brothers on the Holme Lane council site, where the family have had a pitch for six years.",
                            "family background",
                        ),
                        (
                            "X",
                            "Her parents took her out of school in Year 2 after she was called names in the playground, and educated her at home until this September.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Mrs Lee told me she did not read well herself and found it hard to teach Kezia to read, though Kezia did a great deal of practical learning with the family.",
                            "history / parents' view",
                        ),
                        (
                            "X",
                            "The family have welcomed the school's approach and say the bullying has not recurred.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 3, "What I have seen"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kezia can read simple three-letter words but guesses at longer words from their first letter, and she cannot yet spell most common words.",
                            "cognition_learning",
                            B2_READ,
                        ),
                        (
                            "X",
                            "She is quick with money and measuring and can work out change in her head.",
                            "strength",
                        ),
                        (
                            "N",
                            "Kezia was never taught to form her letters and her handwriting is large, slow and often hard to read.",
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
                            "She is embarrassed about her reading and will refuse to read aloud in front of other children, and has walked out of class twice when asked to.",
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
                            "Kezia often says 'what?' and watches faces closely, and her mum says she turns the television up loud.",
                            "sensory_physical",
                            B2_HEAR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She is tired by the afternoon and finds sitting still for long lessons hard after being used to learning around the home.",
                            "semh",
                            B2_SETTLE,
                        ),
                    ],
                ),
                ("h", 3, "Suggestions"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "The school should avoid asking Kezia to read aloud in front of the class until she is ready, and give her a private way to ask for help.",
                            "semh",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Her mum should be offered a regular meeting with one named member of staff, ideally with me present, so that letters home do not build up unread.",
                            "social_care",
                            "specific",
                            F2_KEY,
                        ),
                        (
                            "R",
                            "I will keep visiting the family fortnightly to read school letters with them.",
                            "social_care",
                            "not_educational",
                            H2_TES,
                            {"section": "H2"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "A move to a different school was discussed with the family but they want Kezia to stay at St Aidan's, where her cousins are.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=SSS2,
            footer="Ousebridge Sensory Support Service - Hearing Impairment Team - page {n} of {m}",
            blocks=[
                ("org", "Ousebridge Sensory Support Service: Hearing Impairment Team"),
                ("title", "Advice from the Qualified Teacher of the Deaf"),
                (
                    "small",
                    "Kezia Lee, DOB 30/01/2016. Observed at St Aidan's CE Primary on 14 and 16 October 2026 by Mr Declan Forsyth, QToD.",
                ),
                ("h", 2, "Audiological information"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The audiogram of 7 October 2026 shows a bilateral mild to moderate conductive hearing loss, worse in the right ear, with thresholds of about 35 to 45 dB.",
                            "test result",
                        ),
                        (
                            "X",
                            "The audiologist thinks the loss is likely to be longstanding glue ear and will review her in six months before deciding on hearing aids.",
                            "medical narrative",
                        ),
                    ],
                ),
                ("h", 2, "In class"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kezia was seated at the back of the classroom next to the open door on my first visit; the school moved her to the front table for my second visit.",
                            "support already in place",
                        ),
                        (
                            "N",
                            "In group work with background noise Kezia missed about half of what her partner said and copied what others were doing instead.",
                            "sensory_physical",
                            B2_HEAR,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her phonics knowledge is very weak for vowel sounds, which is typical of a child who has not heard speech sounds clearly in the early years.",
                            "cognition_learning",
                            B2_READ,
                        ),
                        (
                            "N",
                            "In mathematics she adds and subtracts confidently in her head but has not met column methods or written multiplication.",
                            "cognition_learning",
                            B2_NUM,
                        ),
                        (
                            "N",
                            "Her vocabulary is narrow for her age, particularly for school words such as 'estimate', 'paragraph' and 'describe'.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["What", "Why"],
                        [
                            (
                                "R",
                                "A Teacher of the Deaf to visit school twice each half term to advise staff and check Kezia's listening.",
                                "sensory_physical",
                                "not_specific",
                                F2_TOD,
                            ),
                            "To monitor the effect of the loss while the audiology review is awaited.",
                        ],
                        [
                            (
                                "R",
                                "A soundfield system in Kezia's classroom, with staff trained to use it.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "It raises the teacher's voice above classroom noise for all pupils.",
                        ],
                        [
                            (
                                "R",
                                "Pre-teaching of key topic vocabulary for 15 minutes, three times a week, in a quiet room.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "She cannot learn new words she has not clearly heard.",
                        ],
                        [
                            (
                                "R",
                                "Daily phonics teaching for 30 minutes in a small group, in a quiet room away from the classroom.",
                                "cognition_learning",
                                "less",
                                F2_PHONICS,
                            ),
                            "Background noise masks the quieter speech sounds.",
                        ],
                    ],
                    [3.6, 2.6],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I do not think Kezia needs a radio aid at this stage, but this should be looked at again if hearing aids are fitted.",
                            "option not recommended",
                        ),
                    ],
                ),
                ("p", "Declan Forsyth, Qualified Teacher of the Deaf."),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalz-03: Saltmere City Council; Callum Brierley, 12, 52-week residential school
# layout "rule-line-smallcaps-heading": sections divided by a typed rule, the heading in
# small caps at the end of the rule line (small caps typed in lower case). No section J.
# ---------------------------------------------------------------------------

B3_COMM = "Callum is autistic and has a severe learning disability; he uses a few spoken words, some Makaton signs and a communication book."
B3_BEHAV = "When he is anxious or cannot make himself understood, Callum may hit out, bite his hand or run from adults."
B3_SENS = "He seeks deep pressure and movement and is distressed by loud, sudden noise."
B3_SELF = "Callum needs adult help with dressing, washing and using the toilet."
B3_LEARN = "His early learning skills are at about the level of a typical three-year-old."

F3_ISP = "A 24-hour waking curriculum at Fernhollow School, 52 weeks a year, with class groups of no more than six pupils and a staffing ratio of 1:1 throughout the waking day."
F3_SPEECH = "Speech and language therapy input as required."
F3_OT = "A sensory diet written by the school's occupational therapist, reviewed each term and followed by education and care staff throughout the day."
F3_PBS = "A positive behaviour support plan, written with a clinical psychologist and reviewed every half term, known to every adult who works with Callum."
F3_SKILLS = "Opportunities to develop independence skills."
H3_TOILET = "Care staff will follow a toileting programme with Callum, using a visual sequence and a timer, every two hours through the day and before bed."
H3_LAC = "Callum is looked after by Saltmere City Council under section 20 of the Children Act 1989; his care plan is reviewed by an independent reviewing officer every six months."

RES3 = "residential_24hour_report.pdf"
SW3 = "care_plan_summary.docx"

RULE = "________________________________"


def _rule(sid: str, name: str) -> tuple:
    """A typed rule with the section's name in small caps at its end (extracts in lower case)."""
    return ("H", sid, f"{RULE}  {name}", "p")


CASE_03 = dict(
    name="case-evalz-03",
    layout="rule-line-smallcaps-heading",
    summary=(
        "Saltmere City Council; Callum Brierley, 12, a looked-after child at Fernhollow School, an "
        "independent 52-week residential special school (autism, severe learning disability, "
        "behaviour that challenges, sensory needs, personal care). Sections are divided by a typed "
        'rule with the heading in small caps at the end of the rule line ("____ section b  '
        "special educational needs\"). The plan has no section J. Residential school's 24-hour "
        "curriculum report with care staff logs; social worker's care plan summary."
    ),
    note="Each heading is a paragraph: a rule of underscores, then the section's name in small caps (typed lower case). Section J is absent (section_missing). The toileting programme is in H2 though the school report asks for it as part of the 24-hour curriculum: wrong_section. The looked-after status and IRO reviews in H2 are social care (not_educational).",
    plan=dict(
        file="plan.docx",
        footer="Saltmere City Council - EHC plan - Callum Brierley - final 2 December 2026",
        blocks=[
            ("org", "Saltmere City Council - Children's Services: SEND"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Callum Brierley   DOB 5 May 2014   Looked after child (section 20)   Final plan 2 December 2026",
            ),
            _rule("A", "section a  views, interests and aspirations"),
            (
                "S",
                "A",
                "Callum likes trampolining, swimming, buses and Thomas the Tank Engine; he shows he is happy by flapping his hands and laughing.",
            ),
            (
                "p",
                "His mother wants him to be safe, to be able to tell people what he wants and to come home for visits more often.",
            ),
            _rule("B", "section b  special educational needs"),
            ("S", "B", B3_COMM),
            ("p", [B3_LEARN, B3_BEHAV]),
            ("p", [B3_SENS, B3_SELF]),
            _rule("C", "section c  health needs"),
            (
                "S",
                "C",
                "Callum has epilepsy, controlled by medication, and is under the care of the Saltmere community paediatric team.",
            ),
            _rule("D", "section d  social care needs"),
            (
                "S",
                "D",
                "Callum needs care and supervision at all times to keep him safe, and support to keep in contact with his mother and sister.",
            ),
            _rule("E", "section e  outcomes"),
            (
                "S",
                "E",
                "By December 2027 Callum will use his communication book to make a request to an adult he does not know well.",
            ),
            (
                "p",
                "By December 2027 Callum will take part in a trip to the shops with no more than one incident of running away.",
            ),
            _rule("F", "section f  special educational provision"),
            ("S", "F", "Fernhollow School will provide:"),
            (
                "bul",
                [
                    ("F", F3_ISP, True),
                    ("F", F3_SPEECH, False),
                    ("F", F3_OT, True),
                    ("F", F3_PBS, True),
                    ("F", F3_SKILLS, False),
                ],
            ),
            _rule("G", "section g  health provision"),
            (
                "S",
                "G",
                "Epilepsy review by the community paediatrician every six months; an epilepsy care plan held by the school nurse.",
            ),
            _rule("H1", "section h1  social care provision (csdpa 1970, s.2)"),
            (
                "S",
                "H1",
                "Residential care at Fernhollow School, 52 weeks a year, funded jointly by Children's Social Care and Education.",
            ),
            _rule("H2", "section h2  other social care provision"),
            ("S", "H2", H3_LAC),
            ("p", H3_TOILET),
            _rule("I", "section i  placement"),
            (
                "S",
                "I",
                "Fernhollow School, Marsh Road, Saltmere SQ7 4LD (independent special school registered as a children's home), 52-week residential placement.",
            ),
            _rule("K", "section k  advice and information"),
            (
                "S",
                "K",
                "Fernhollow School 24-hour curriculum report (October 2026); care plan summary from Callum's social worker (October 2026); community paediatric letter (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=RES3,
            footer="Fernhollow School - Annual 24-hour curriculum report - Callum Brierley - page {n} of {m}",
            blocks=[
                ("org", "Fernhollow School"),
                ("title", "24-hour curriculum report: Callum Brierley"),
                (
                    "small",
                    "Compiled by Gareth Nwosu, Head of Care, and Lianne Prothero, Class Teacher, with care staff logs from Oak House. October 2026.",
                ),
                ("h", 2, "Summary of the year"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Callum moved into Oak House in February 2025 and has settled well into the routines of the house and the classroom.",
                            "history / progress",
                        ),
                        (
                            "X",
                            "Recorded incidents of aggression fell from 41 in the autumn term 2025 to 12 in the summer term 2026.",
                            "progress figure",
                        ),
                    ],
                ),
                ("h", 2, "Communication"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Callum uses about 20 Makaton signs and points to photographs in his book, but he cannot yet tell adults that he is in pain or frightened.",
                            "communication_interaction",
                            B3_COMM,
                        ),
                        (
                            "X",
                            "He now uses the 'finished' sign consistently, which has reduced his running from the table at mealtimes.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Care staff logs (extract, September 2026)"),
                (
                    "grid",
                    [
                        ["Date / time", "Log entry", "Outcome"],
                        [
                            "04/09 07:40",
                            (
                                "X",
                                "Woke settled; dressed with hand-over-hand help for socks and buttons.",
                                "care log entry",
                            ),
                            "Ready for breakfast on time",
                        ],
                        [
                            "11/09 16:15",
                            (
                                "N",
                                "Callum became distressed when the fire alarm was tested in the next building and bit his hand until it bled.",
                                "sensory_physical",
                                B3_SENS,
                            ),
                            "First aid given; calm after 20 minutes in the sensory room",
                        ],
                        [
                            "19/09 21:30",
                            (
                                "N",
                                "Callum was awake until after midnight for the third night this week, walking the corridor and laughing.",
                                "semh",
                                None,
                            ),
                            "Waking night staff informed; sleep diary started",
                        ],
                        [
                            "26/09 13:00",
                            (
                                "X",
                                "Visit from mum and sister; Callum led them to the trampoline and stayed with them throughout.",
                                "care log entry (contact)",
                            ),
                            "Positive visit",
                        ],
                    ],
                    [1.1, 3.6, 1.8],
                ),
                ("h", 2, "Personal care and independence"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Callum is wet during the day about three times a week and is not yet dry at night.",
                            "sensory_physical",
                            B3_SELF,
                        ),
                        (
                            "N",
                            "He eats only about eight foods, all of them beige or white, and will gag or leave the table if a new food is put near him.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations for the coming year"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Speech and language therapy from the school's therapist for one hour a week in class, plus a half-termly session to train the Oak House care staff in his signs.",
                            "communication_interaction",
                            "not_specific",
                            F3_SPEECH,
                        ),
                        (
                            "R",
                            "A toileting programme carried out consistently by education and care staff every two hours, as part of his 24-hour curriculum.",
                            "sensory_physical",
                            "wrong_section",
                            H3_TOILET,
                            {"section": "H2"},
                        ),
                        (
                            "R",
                            "A feeding programme led by the occupational therapist, with a new food offered at one meal a day in the house.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Continued 1:1 staffing through the waking day, in class and in the house.",
                            "semh",
                            "specific",
                            F3_ISP,
                        ),
                        (
                            "R",
                            "His behaviour support plan should be reviewed every half term with the clinical psychologist.",
                            "semh",
                            "specific",
                            F3_PBS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "A move to 38-week placement with weekends at home was considered at the last review, but Callum's mother does not feel able to manage at home yet and we do not recommend it this year.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=SW3,
            blocks=[
                ("org", "Saltmere City Council - Children with Disabilities Team"),
                ("title", "Care plan summary for the EHC plan review"),
                (
                    "kv",
                    [
                        ("Child", "Callum Brierley, 12"),
                        (
                            "Legal status",
                            "Accommodated under section 20, Children Act 1989, since January 2025",
                        ),
                        ("Social worker", "Ms Priya Harrow-Gill, 01632 960592"),
                        ("IRO", "Mr Tom Kasprzak"),
                        ("Date", "14 October 2026"),
                    ],
                ),
                ("h", 3, "Why Callum is looked after"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Callum was accommodated with his mother's agreement after his needs could no longer be met safely at home, where he was not sleeping and his younger sister was being hurt.",
                            "history (reason for care)",
                        ),
                        (
                            "X",
                            "His mother remains closely involved and shares parental responsibility.",
                            "family background",
                        ),
                    ],
                ),
                ("h", 3, "What the care plan says about his needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Callum has no sense of danger near roads or water and will run towards traffic if he sees a bus.",
                            "semh",
                            None,
                        ),
                        (
                            "N",
                            "He finds changes of staff very hard and his incidents increase when there are agency staff on shift.",
                            "semh",
                            B3_BEHAV,
                        ),
                        (
                            "N",
                            "Callum's learning disability means he cannot yet wait, share or take turns without an adult guiding him.",
                            "cognition_learning",
                            B3_LEARN,
                        ),
                    ],
                ),
                ("h", 3, "Plans and actions"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Road safety and community skills should be taught on planned outings at least twice a week, with the same two familiar staff.",
                            "semh",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Contact with his mother and sister every other Saturday at Fernhollow, supported by care staff.",
                            "social_care",
                            "not_educational",
                        ),
                        (
                            "R",
                            "Callum's care plan and placement will be reviewed by the independent reviewing officer every six months, as required for a looked-after child.",
                            "social_care",
                            "not_educational",
                            H3_LAC,
                            {"section": "H2"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His personal education plan (PEP) was reviewed with the virtual school in September 2026 and its targets match those in the EHC plan.",
                            "comment on current arrangements",
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalz-04: Kingsholt Borough Council; Theodora Marchetti, 9, Year 5, twice-exceptional
# layout "system-code-headings": each heading opens with the council system's field code
# ("SEN/B", "SEP/F"), then the section's name.
# ---------------------------------------------------------------------------

B4_AUT = (
    "Teddy is autistic and finds unexpected change, noise and busy social situations very hard."
)
B4_ANX = "She experiences high levels of anxiety, which have led to her attending school only part of the time since Year 4."
B4_ABLE = "Teddy is very able, particularly in mathematics and reading, and needs work that stretches her."
B4_WRITE = "She finds handwriting slow and effortful."

F4_TA = "Support from a teaching assistant in lessons where needed."
F4_SOCIAL = "A social communication group with up to four pupils, led by the SENCo, for 30 minutes each week."
F4_BASE = "Access to a quiet base room at break and lunchtime, with an adult present."
F4_STRETCH = "Differentiated work in mathematics."
F4_RETURN = "An attendance support plan, reviewed every four weeks by the SENCo, Teddy's parents and the educational psychologist."
F4_TYPE = "Teddy will use a laptop for extended writing in all lessons, with touch-typing taught for 15 minutes three times a week."
G4_CAMHS = "CAMHS will offer Teddy and her parents cognitive behavioural therapy adapted for autism, fortnightly for twelve sessions."

IEP4 = "independent_ep_report.pdf"
SCH4 = "school_senco_advice.docx"


def _code(sid: str, code: str, name: str) -> tuple:
    """The case system's field code, then the section's name, as one bold heading."""
    return ("H", sid, f"{code}   {name}", "b")


CASE_04 = dict(
    name="case-evalz-04",
    layout="system-code-headings",
    summary=(
        "Kingsholt Borough Council; Theodora (Teddy) Marchetti, 9, Year 5 at Lowfield Primary, "
        "twice-exceptional (very able, autistic, severe anxiety, attending part time). Each heading "
        'starts with the council system\'s field code ("SEN/B   Special educational needs", '
        '"SEP/F   Special educational provision"). Independent educational psychologist\'s report, '
        "instructed by the family's solicitor, arguing for a specialist independent school; the "
        "school SENCo's advice."
    ),
    note="Headings are bold lines opening with a field code (VIEWS/A, SEN/B, ... ADV/K). The independent EP's recommendation of a specialist independent school is argued at length; the plan names the mainstream school, and that disagreement is about section I, which the check does not judge, so those sentences are marked as not needs.",
    plan=dict(
        file="plan.pdf",
        footer="Kingsholt Borough Council - EHCP - T. Marchetti - final - page {n} of {m}",
        blocks=[
            ("org", "Kingsholt Borough Council"),
            ("title", "Education, Health and Care Plan (final)"),
            (
                "small",
                "Theodora Marchetti (known as Teddy)   DOB 8 April 2017   Lowfield Primary School   Issued 25 November 2026",
            ),
            _code("A", "VIEWS/A", "Views, interests and aspirations"),
            (
                "S",
                "A",
                "Teddy loves astronomy, chess and writing stories about dragons; she would like to be a scientist who discovers a new planet.",
            ),
            (
                "p",
                "Her parents want her to be happy to go to school again and to learn at a level that matches her ability.",
            ),
            _code("B", "SEN/B", "Special educational needs"),
            ("S", "B", B4_AUT),
            ("p", [B4_ANX, B4_ABLE]),
            ("p", B4_WRITE),
            _code("C", "HLTH/C", "Health needs"),
            (
                "S",
                "C",
                "Teddy was diagnosed with autism by the Kingsholt Child Development Centre in May 2025; she is on the CAMHS waiting list for anxiety.",
            ),
            _code("D", "SC/D", "Social care needs"),
            ("S", "D", "No social care needs."),
            _code("E", "OUT/E", "Outcomes"),
            ("S", "E", "By July 2027 Teddy will attend school for at least four days a week."),
            (
                "p",
                "By July 2027 Teddy will tell an adult when she is becoming anxious, using her own words or her feelings card.",
            ),
            _code("F", "SEP/F", "Special educational provision"),
            ("S", "F", "Lowfield Primary School will make the following provision:"),
            (
                "bul",
                [
                    ("F", F4_TA, False),
                    ("F", F4_SOCIAL, True),
                    ("F", F4_BASE, True),
                    ("F", F4_STRETCH, False),
                    ("F", F4_RETURN, True),
                    ("F", F4_TYPE, True),
                ],
            ),
            _code("G", "HP/G", "Health provision"),
            ("S", "G", G4_CAMHS),
            _code("H1", "SCP/H1", "Social care provision (CSDPA 1970 s.2)"),
            ("S", "H1", "Not applicable."),
            _code("H2", "SCP/H2", "Other social care provision"),
            ("S", "H2", "None identified."),
            _code("I", "PLC/I", "Placement"),
            ("S", "I", "Lowfield Primary School, Kingsholt (mainstream community primary school)."),
            _code("J", "PB/J", "Personal budget"),
            ("S", "J", "No personal budget requested."),
            _code("K", "ADV/K", "Advice and information"),
            (
                "S",
                "K",
                "Independent educational psychologist's report (August 2026); Lowfield Primary SENCo advice (September 2026); Child Development Centre report (May 2025); parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=IEP4,
            footer="Dr M. Oyelaran CPsychol - Independent report - Private and confidential - page {n} of {m}",
            blocks=[
                ("org", "Dr Miriam Oyelaran, Chartered Educational Psychologist (HCPC PYL04417)"),
                (
                    "small",
                    "Instructed by Hallam Reid Solicitors on behalf of Mr and Mrs Marchetti. Assessed on 4 and 11 August 2026 at the family home.",
                ),
                ("title", "Psychological report: Theodora Marchetti"),
                ("h", 2, "Instructions and sources"),
                (
                    "p",
                    [
                        (
                            "X",
                            "I have been asked to describe Teddy's special educational needs, the provision she requires and the type of school that can meet them.",
                            "instructions",
                        ),
                        (
                            "X",
                            "I have read the school's records, the Child Development Centre report and the council's draft plan, and I spoke with the SENCo by telephone.",
                            "sources",
                        ),
                    ],
                ),
                ("h", 2, "Assessment results"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the WISC-V Teddy's verbal comprehension index was 141 and her fluid reasoning index 138, both above the 99th percentile, while her processing speed index was 88.",
                            "test result",
                        ),
                        (
                            "X",
                            "The gap of more than 50 points between her reasoning and her processing speed is unusually large and is seen in fewer than one in a hundred children.",
                            "test interpretation",
                        ),
                    ],
                ),
                ("h", 2, "Teddy's needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Teddy's slow processing speed means she cannot get her ideas onto paper at anything like the rate she thinks, and she becomes distressed and tears up her work.",
                            "cognition_learning",
                            B4_WRITE,
                        ),
                        (
                            "N",
                            "Her anxiety is severe: on school mornings she is often sick, hides under her bed and cannot be persuaded to leave the house.",
                            "semh",
                            B4_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Teddy interprets language literally and often misreads teasing or jokes as hostility, which leads to arguments with classmates.",
                            "communication_interaction",
                            None,
                        ),
                        (
                            "N",
                            "She masks her difficulties at school and then has long meltdowns at home, so school staff see much less of her distress than her parents do.",
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
                            "Because work is pitched well below her level she is bored, and her refusal to do repetitive tasks is read as defiance.",
                            "cognition_learning",
                            B4_ABLE,
                        ),
                        (
                            "N",
                            "She is highly sensitive to the smell of the dining hall and the hum of the hand dryers, and eats her lunch alone in the cloakroom.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Provision"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Teddy requires a fully trained teaching assistant, experienced in autism, available to her for the whole school day, whose role is to reduce demands and help her regulate.",
                            "semh",
                            "not_specific",
                            F4_TA,
                        ),
                        (
                            "R",
                            "She needs teaching in mathematics from a specialist teacher for two sessions of 45 minutes each week, working on content from Key Stage 3.",
                            "cognition_learning",
                            "not_specific",
                            F4_STRETCH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "A sensory assessment by an occupational therapist, followed by a sensory programme built into her day.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Direct teaching of social understanding, using approaches such as Social Stories and comic strip conversations, for 30 minutes twice a week.",
                            "communication_interaction",
                            "less",
                            F4_SOCIAL,
                        ),
                    ],
                ),
                ("h", 2, "Type of school"),
                (
                    "p",
                    [
                        (
                            "X",
                            "In my opinion Teddy's needs cannot be met in a mainstream primary school of 420 pupils, however well intentioned its staff.",
                            "opinion on placement (section I)",
                        ),
                        (
                            "X",
                            "I recommend a specialist independent school for able autistic pupils, with classes of no more than eight, such as Brantwood Hall School.",
                            "placement recommendation (section I, not F)",
                        ),
                        (
                            "X",
                            "I considered a resourced provision in a mainstream school, but the one nearest her home is for pupils with moderate learning difficulties and would not offer the academic challenge she needs.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("p", "Dr Miriam Oyelaran, Chartered Educational Psychologist, 30 August 2026."),
            ],
        ),
        dict(
            file=SCH4,
            blocks=[
                ("org", "Lowfield Primary School"),
                ("title", "School advice for the EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Teddy Marchetti, Year 5"),
                        ("Completed by", "Mr Andrew Beck, SENCo"),
                        ("Date", "12 September 2026"),
                        ("Attendance 2025-26", "58 per cent"),
                    ],
                ),
                ("h", 3, "Strengths"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Teddy reads fluently well beyond her age and won the school's chess competition in the summer.",
                            "strength",
                        ),
                        (
                            "X",
                            "She is kind to younger children and loves helping in the library.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 3, "Difficulties we see in school"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Teddy struggles with transitions between lessons and at the end of break, and will sometimes refuse to come back into class.",
                            "communication_interaction",
                            B4_AUT,
                        ),
                        (
                            "N",
                            "She finds group work very hard and will do all of the task herself rather than share it.",
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
                            "Her earlier difficulties with toileting at school, seen in Year 3, have resolved.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 3, "What we have put in place"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Since January Teddy has had a reduced timetable of mornings only, with a meet-and-greet at the side gate by her teaching assistant.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 3, "What we recommend"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "An attendance support plan agreed with her parents and reviewed every four weeks.",
                            "semh",
                            "specific",
                            F4_RETURN,
                        ),
                        (
                            "R",
                            "A quiet room she can use at break and lunch, with a familiar adult.",
                            "semh",
                            "specific",
                            F4_BASE,
                        ),
                        (
                            "R",
                            "Regular check-ins with a trusted adult at the start and end of each day, 10 minutes each, to preview changes and talk through worries.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
