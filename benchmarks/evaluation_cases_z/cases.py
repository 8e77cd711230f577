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
B1_COG = "She finds it hard to hold new information in mind when she is tired and needs things repeated."

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
        'exported from the council\'s case management system: each heading is a plain line in '
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
            ("p", "Plan status: FINAL | Issued: 12/11/2026 | Case officer: D. Ramsbottom | Review due: 11/2027"),
            _sys("A", "A - VIEWS INTERESTS ASPIRATIONS"),
            ("S", "A", "Isla enjoys drawing, graphic novels and looking after her two guinea pigs; she would like to study art and design at college."),
            ("p", "Her parents want her to be back in school with her friends for as much of the week as her health allows, without making her more unwell."),
            _sys("B", "B - SEN"),
            ("S", "B", B1_FATIGUE),
            ("p", [B1_GAPS, B1_COG]),
            ("p", B1_MOOD),
            _sys("C", "C - HEALTH"),
            ("S", "C", "Isla was diagnosed with ME/CFS in March 2025 after glandular fever and has had three admissions to Brackenmoor General Hospital, the longest of seven weeks."),
            ("p", C1_PACING),
            _sys("D", "D - SOCIAL CARE"),
            ("S", "D", "No social care needs identified at this time."),
            _sys("E", "E - OUTCOMES"),
            ("S", "E", "By July 2027 Isla will attend Heathgate Academy for at least three mornings a week without a relapse."),
            ("p", "By the end of Year 10 Isla will be following GCSE courses in five subjects, including art and design."),
            _sys("F", "F - SEP"),
            ("S", "F", "The following provision will be made:"),
            ("bul", [("F", F1_TUITION, True), ("F", F1_PACE, False), ("F", F1_MENTOR, True), ("F", F1_REST, False), ("F", F1_EXAMS, False), ("F", F1_RETURN, True)]),
            _sys("G", "G - HEALTH PROVISION"),
            ("S", "G", G1_FATIGUE),
            _sys("H1", "H1 - CSDPA 1970 S2"),
            ("S", "H1", "No provision under section 2 of the CSDPA 1970."),
            _sys("H2", "H2 - OTHER SOCIAL CARE"),
            ("S", "H2", "No other social care provision."),
            _sys("I", "I - PLACEMENT"),
            ("S", "I", "Heathgate Academy (mainstream secondary academy), with medical needs tuition from the Brackenmoor Hospital and Home Education Service under section 19 of the Education Act 1996."),
            _sys("J", "J - PERSONAL BUDGET"),
            ("S", "J", "Not requested."),
            _sys("K", "K - ADVICE"),
            ("S", "K", "Hospital and Home Education Service report (September 2026); Paediatric Fatigue Service letter (August 2026); Heathgate Academy SENCo advice (September 2026); parental views."),
        ],
    ),
    reports=[
        dict(
            file=HES1,
            blocks=[
                ("org", "Brackenmoor Hospital and Home Education Service"),
                ("small", "Ward 14 Schoolroom, Brackenmoor General Hospital, Brackenmoor BK9 2QX. Telephone 01632 960233."),
                ("title", "Teacher's report for the EHC needs assessment"),
                ("kv", [("Pupil", "Isla Ferreira-Dunn, Year 9"), ("Home school", "Heathgate Academy"), ("Teacher", "Mrs Olwen Pritchard, Teacher in Charge, Hospital and Home Teaching"), ("Date", "18 September 2026")]),
                ("h", 2, "Background"),
                ("p", [
                    ("X", "Isla was referred to the service in April 2025, during her first admission, and has been taught on the ward and at home since then.", "history"),
                    ("X", "Over the last school year she received an average of four hours of teaching a week, which was all she could manage during the winter months.", "support already in place"),
                    ("X", "Her attendance at Heathgate Academy in the same period was 11 per cent.", "attendance figure"),
                ]),
                ("h", 2, "Learning"),
                ("p", [
                    ("X", "Isla is an able and conscientious student; her written English is at least in line with her age and her art work is of a very high standard.", "strength"),
                    ("N", "She has missed most of the Year 8 mathematics curriculum and has significant gaps in algebra and in fractions, decimals and percentages.", "cognition_learning", B1_GAPS),
                ]),
                ("p", [
                    ("N", "After about 30 minutes of concentrated work Isla's accuracy falls sharply and she loses track of what she has just read.", "cognition_learning", B1_FATIGUE),
                    ("X", "This is the pattern described by the fatigue service and is not, in my view, a separate learning difficulty.", "professional opinion on cause"),
                ]),
                ("p", [
                    ("N", "Isla finds writing by hand for more than ten minutes physically tiring, and her hand aches and her writing becomes hard to read.", "sensory_physical", None),
                    ("X", "She has begun to type some work on a laptop lent by the service, which she prefers.", "support already in place"),
                ]),
                ("p", [
                    ("N", "She has lost touch with most of her friendship group and has told me she feels 'forgotten' by her school.", "semh", None),
                    ("X", "Her low mood in the spring has lifted since she began the video calls with her tutor group in June.", "progress / resolved difficulty"),
                ]),
                ("p", [
                    ("N", "Before each planned return to school Isla becomes very anxious, sleeps badly and asks repeatedly whether she will be able to keep up.", "semh", B1_MOOD),
                ]),
                ("h", 2, "Recommendations"),
                ("p", "I would make the following recommendations, which I have discussed with Isla and her mother."),
                ("num", [
                    ("R", "Medical needs tuition should rise to seven hours a week from January 2027, still delivered in sessions of no more than 45 minutes, at home or on the ward as her health allows, since she now manages two sessions on most days.", "cognition_learning", "less", F1_TUITION),
                    ("R", "Isla should have a catch-up programme in mathematics, taught one to one by a mathematics teacher for 2 hours a week, focusing on the Year 8 topics she has missed.", "cognition_learning", "missing_from_f"),
                    ("R", "She should have a laptop for all written work, at home, on the ward and in school, with her files shared between the three.", "sensory_physical", "missing_from_f"),
                    ("R", "Isla should have a member of staff at Heathgate who keeps in touch with her every week, so that she remains part of her tutor group.", "semh", "specific", F1_MENTOR),
                    ("R", "Her return to Heathgate should be gradual, beginning with two mornings a week and increased only when she has managed four weeks without a setback.", "semh", "specific", F1_RETURN),
                ]),
                ("p", [
                    ("X", "Full-time attendance at school was considered by the family, but Isla's consultant advised against it and I agree that it would not be realistic this year.", "option considered and not recommended"),
                ]),
                ("p", "Olwen Pritchard, Teacher in Charge, Hospital and Home Teaching."),
            ],
        ),
        dict(
            file=CFS1,
            footer="Brackenmoor Children's NHS Trust - Paediatric Fatigue Service - page {n} of {m}",
            blocks=[
                ("org", "Brackenmoor Children's NHS Trust"),
                ("small", "Paediatric Fatigue Service, Lark Wing, Brackenmoor General Hospital, BK9 2QX. Telephone 01632 960271. fatigue.service@example.org"),
                ("p", "Dr Helen Acheampong, Consultant Paediatrician, and Ms Rosie Tallis, Clinical Specialist Occupational Therapist"),
                ("p", "To: SEND Casework, Brackenmoor County Council. 21 August 2026."),
                ("p", "Re: Isla Ferreira-Dunn, DOB 14/06/2012, NHS No. 943 476 5919"),
                ("p", "Dear colleagues,"),
                ("p", [
                    ("X", "Thank you for asking for our advice. Isla has been known to our service since March 2025, when we confirmed a diagnosis of ME/CFS following an Epstein-Barr virus infection.", "history / diagnosis"),
                    ("X", "Her condition is moderate: on a good day she is up for most of the day but needs to rest in the afternoon, and on a poor day she stays in bed.", "description of severity"),
                ]),
                ("p", [
                    ("X", "She had a significant relapse in January 2026 after trying to attend school full time for a week, which led to her third admission.", "history"),
                    ("X", "This illustrates why any increase in activity must be small and planned; a 'boom and bust' pattern has set her back each time.", "reason argued"),
                ]),
                ("p", [
                    ("N", "Isla is very sensitive to noise and bright light when she is fatigued, and busy corridors and the dining hall leave her exhausted for the rest of the day.", "sensory_physical", None),
                    ("N", "Standing for more than a few minutes, in assemblies, queues or practical science lessons, makes Isla dizzy and she has fainted twice at school.", "sensory_physical", None),
                    ("N", "Her fatigue affects her working memory and the speed at which she processes information, so she may need instructions repeated.", "cognition_learning", B1_COG),
                ]),
                ("p", [
                    ("N", "She worries a great deal about her school work and about becoming ill again, and this worry itself drains her energy.", "semh", B1_MOOD),
                ]),
                ("p", "In school, we would advise the following:"),
                ("bul", [
                    ("R", "a quiet room with a reclining chair where Isla can rest lying down for 15 minutes in each morning she attends", "sensory_physical", "not_specific", F1_REST),
                    ("R", "leaving lessons five minutes early to avoid crowded corridors, with a pass so that she does not have to explain herself", "sensory_physical", "missing_from_f"),
                    ("R", "25 per cent extra time and supervised rest breaks in all examinations, with a separate room", "cognition_learning", "not_specific", F1_EXAMS),
                    ("R", "a daily check of her energy diary with a named teacher, at the start of each morning she is in school, so that the day can be adjusted", "semh", "wrong_section", C1_PACING, {"section": "C"}),
                ]),
                ("p", [
                    ("R", "We will continue to see Isla in clinic every eight weeks, and Ms Tallis will continue to help her plan her activity week by week.", "sensory_physical", "not_educational", G1_FATIGUE, {"section": "G"}),
                    ("R", "At home, we have advised Isla to keep screen time to agreed blocks and to keep a regular bedtime, including at weekends.", "sensory_physical", "not_educational"),
                ]),
                ("p", [
                    ("X", "Graded exercise therapy is no longer recommended for ME/CFS under the current NICE guideline and we have not suggested it.", "option not recommended"),
                    ("X", "We would be happy to talk to Isla's teachers about the condition.", "offer"),
                ]),
                ("p", "Yours sincerely,"),
                ("p", "Dr Helen Acheampong, Consultant Paediatrician, Rosie Tallis, Clinical Specialist Occupational Therapist."),
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
    note="Headings carry numbers only (\"2.0 My needs\"); the key table before them maps numbers to letters. H1 and H2 share one part with two numbered sub-parts. The liaison worker's fortnightly visits sit rightly in H2 (not_educational).",
    plan=dict(
        file="plan.docx",
        footer="Ousebridge MBC - Education, Health and Care Plan - Kezia Lee - FINAL",
        blocks=[
            ("org", "Ousebridge Metropolitan Borough Council - SEND Assessment and Review Team"),
            ("title", "My Education, Health and Care Plan"),
            ("small", "Kezia Lee   Date of birth: 30 January 2016   Final plan issued: 20 November 2026"),
            ("p", "How this plan is set out. Each part of this plan is numbered. The table below shows which section of an EHC plan each part is."),
            ("grid", KEY_ROWS, [1.2, 5.0]),
            ("BODY", "The parts of the plan follow."),
            ("p", "The parts of the plan follow."),
            _part("A", "1.0 About me"),
            ("S", "A", "Kezia loves horses, helping her nan with the younger cousins, and singing; she wants to be a hairdresser and have her own salon."),
            ("p", "Her mum and dad want her to read and write well enough to manage forms and letters, and to be treated fairly at school."),
            _part("B", "2.0 My needs"),
            ("S", "B", B2_READ),
            ("p", [B2_NUM]),
            ("p", B2_HEAR),
            ("p", B2_SETTLE),
            _part("C", "3.0 My health"),
            ("S", "C", "Kezia's hearing loss was found at a school nurse screening in September 2026 and confirmed by audiology in October 2026; she is otherwise well."),
            _part("D", "4.0 My family and social care"),
            ("S", "D", "Kezia has no assessed social care needs. The family are supported by the Traveller Education Service."),
            _part("E", "5.0 What I want to achieve"),
            ("S", "E", "By July 2027 Kezia will read books at Year 3 level with 95 per cent accuracy."),
            ("p", "By the end of Year 6 Kezia will write a short letter that others can read and understand."),
            _part("F", "6.0 What help I will get at school"),
            ("S", "F", "St Aidan's will provide:"),
            ("bul", [("F", F2_PHONICS, True), ("F", F2_READ, False), ("F", F2_SEAT, True), ("F", F2_TOD, False), ("F", F2_KEY, True), ("F", F2_HOMEWORK, False)]),
            _part("G", "7.0 Health services"),
            ("S", "G", G2_AUD),
            _part("H1", "8.1 Social care (Chronically Sick and Disabled Persons Act 1970, section 2)"),
            ("S", "H1", "None."),
            _part("H2", "8.2 Other social care"),
            ("S", "H2", H2_TES),
            _part("I", "9.0 My school"),
            ("S", "I", "St Aidan's Church of England Primary School, Ousebridge (mainstream)."),
            _part("J", "10.0 Personal budget"),
            ("S", "J", "The family have not asked for a personal budget."),
            _part("K", "11.0 Advice used to write this plan"),
            ("S", "K", "Traveller Education Service notes (October 2026); Sensory Support Service report (October 2026); school advice; audiology letter; the family's views."),
        ],
    ),
    reports=[
        dict(
            file=TES2,
            blocks=[
                ("org", "Ousebridge Traveller Education Service"),
                ("title", "Liaison worker's notes for the EHC needs assessment"),
                ("kv", [("Child", "Kezia Lee, Year 5"), ("Written by", "Shauna Doherty, Liaison Worker"), ("Contact", "01632 960354, tes@example.org"), ("Date", "9 October 2026")]),
                ("h", 3, "Family and background"),
                ("p", [
                    ("X", "Kezia lives with her parents and two younger brothers on the Holme Lane council site, where the family have had a pitch for six years.", "family background"),
                    ("X", "Her parents took her out of school in Year 2 after she was called names in the playground, and educated her at home until this September.", "history"),
                ]),
                ("p", [
                    ("X", "Mrs Lee told me she did not read well herself and found it hard to teach Kezia to read, though Kezia did a great deal of practical learning with the family.", "history / parents' view"),
                    ("X", "The family have welcomed the school's approach and say the bullying has not recurred.", "resolved difficulty"),
                ]),
                ("h", 3, "What I have seen"),
                ("p", [
                    ("N", "Kezia can read simple three-letter words but guesses at longer words from their first letter, and she cannot yet spell most common words.", "cognition_learning", B2_READ),
                    ("X", "She is quick with money and measuring and can work out change in her head.", "strength"),
                    ("N", "Kezia was never taught to form her letters and her handwriting is large, slow and often hard to read.", "cognition_learning", None),
                ]),
                ("p", [
                    ("N", "She is embarrassed about her reading and will refuse to read aloud in front of other children, and has walked out of class twice when asked to.", "semh", None),
                ]),
                ("p", [
                    ("N", "Kezia often says 'what?' and watches faces closely, and her mum says she turns the television up loud.", "sensory_physical", B2_HEAR),
                ]),
                ("p", [
                    ("N", "She is tired by the afternoon and finds sitting still for long lessons hard after being used to learning around the home.", "semh", B2_SETTLE),
                ]),
                ("h", 3, "Suggestions"),
                ("bul", [
                    ("R", "The school should avoid asking Kezia to read aloud in front of the class until she is ready, and give her a private way to ask for help.", "semh", "missing_from_f"),
                    ("R", "Her mum should be offered a regular meeting with one named member of staff, ideally with me present, so that letters home do not build up unread.", "social_care", "specific", F2_KEY),
                    ("R", "I will keep visiting the family fortnightly to read school letters with them.", "social_care", "not_educational", H2_TES, {"section": "H2"}),
                ]),
                ("p", [
                    ("X", "A move to a different school was discussed with the family but they want Kezia to stay at St Aidan's, where her cousins are.", "option considered and not recommended"),
                ]),
            ],
        ),
        dict(
            file=SSS2,
            footer="Ousebridge Sensory Support Service - Hearing Impairment Team - page {n} of {m}",
            blocks=[
                ("org", "Ousebridge Sensory Support Service: Hearing Impairment Team"),
                ("title", "Advice from the Qualified Teacher of the Deaf"),
                ("small", "Kezia Lee, DOB 30/01/2016. Observed at St Aidan's CE Primary on 14 and 16 October 2026 by Mr Declan Forsyth, QToD."),
                ("h", 2, "Audiological information"),
                ("p", [
                    ("X", "The audiogram of 7 October 2026 shows a bilateral mild to moderate conductive hearing loss, worse in the right ear, with thresholds of about 35 to 45 dB.", "test result"),
                    ("X", "The audiologist thinks the loss is likely to be longstanding glue ear and will review her in six months before deciding on hearing aids.", "medical narrative"),
                ]),
                ("h", 2, "In class"),
                ("p", [
                    ("X", "Kezia was seated at the back of the classroom next to the open door on my first visit; the school moved her to the front table for my second visit.", "support already in place"),
                    ("N", "In group work with background noise Kezia missed about half of what her partner said and copied what others were doing instead.", "sensory_physical", B2_HEAR),
                ]),
                ("p", [
                    ("N", "Her phonics knowledge is very weak for vowel sounds, which is typical of a child who has not heard speech sounds clearly in the early years.", "cognition_learning", B2_READ),
                    ("N", "In mathematics she adds and subtracts confidently in her head but has not met column methods or written multiplication.", "cognition_learning", B2_NUM),
                    ("N", "Her vocabulary is narrow for her age, particularly for school words such as 'estimate', 'paragraph' and 'describe'.", "communication_interaction", None),
                ]),
                ("h", 2, "Recommendations"),
                ("grid", [
                    ["What", "Why"],
                    [("R", "A Teacher of the Deaf to visit school twice each half term to advise staff and check Kezia's listening.", "sensory_physical", "not_specific", F2_TOD), "To monitor the effect of the loss while the audiology review is awaited."],
                    [("R", "A soundfield system in Kezia's classroom, with staff trained to use it.", "sensory_physical", "missing_from_f"), "It raises the teacher's voice above classroom noise for all pupils."],
                    [("R", "Pre-teaching of key topic vocabulary for 15 minutes, three times a week, in a quiet room.", "communication_interaction", "missing_from_f"), "She cannot learn new words she has not clearly heard."],
                    [("R", "Daily phonics teaching for 30 minutes in a small group, in a quiet room away from the classroom.", "cognition_learning", "less", F2_PHONICS), "Background noise masks the quieter speech sounds."],
                ], [3.6, 2.6]),
                ("p", [
                    ("X", "I do not think Kezia needs a radio aid at this stage, but this should be looked at again if hearing aids are fitted.", "option not recommended"),
                ]),
                ("p", "Declan Forsyth, Qualified Teacher of the Deaf."),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02]
