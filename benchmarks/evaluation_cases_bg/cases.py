# ruff: noqa: E501, N802
"""Set BG as data: health conditions that disrupt learning (a 13-year-old with Tourette
syndrome and obsessive-compulsive disorder, a 15-year-old with ME/chronic fatigue syndrome
on a reduced timetable with online lessons, an 11-year-old with memory and attention
difficulties after epilepsy surgery), in plan layouts no earlier set has.

Every name, council, school, service, NHS trust and professional is invented. Phone
numbers are in the 01632 960xxx range, mobiles 07700 900xxx, e-mail addresses are at
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


def F(text: str, specific: bool) -> tuple:
    """A Section F provision."""
    return ("F", text, specific)


NAMES = {
    "A": "Views, Interests and Aspirations",
    "B": "Special Educational Needs",
    "C": "Health Needs",
    "D": "Social Care Needs",
    "E": "Outcomes",
    "F": "Special Educational Provision",
    "G": "Health Provision",
    "H1": "Social Care Provision (Chronically Sick and Disabled Persons Act 1970)",
    "H2": "Other Social Care Provision",
    "I": "Placement",
    "J": "Personal Budget",
    "K": "Advice and Information",
}


# ---------------------------------------------------------------------------
# case-evalbg-01: Pellingham County Council; Callum Ostrander, 13, Year 8, Tourette
# syndrome and OCD. Layout "section-word-letter-hyphen-area-tables": Word headings
# "Section B - Special Educational Needs"; B under bold area names; F one table per area
# (Provision | How often | Who).
# ---------------------------------------------------------------------------

B1_MOTOR = "Callum has tics he cannot control, mainly jerking his head, shrugging his shoulders and blinking hard, and they get worse when he is tired or worried."
B1_VOCAL = "He also makes noises he cannot help, such as sniffing, clearing his throat and sometimes calling out a word, and he is very embarrassed when this happens in a quiet classroom."
B1_HOLD = "Callum spends a lot of energy trying to hold his tics in during lessons, which leaves him worn out and unable to concentrate by the afternoon."
B1_RIGHT = "Callum feels he has to check and redo his work until it looks exactly right, so he often rubs out and rewrites and does not finish tasks."
B1_GERMS = "He worries a great deal about germs and does not like to touch things other pupils have used, such as shared pens, keyboards and calculators."
B1_GROUP = "Callum's confidence is low; he is afraid other pupils will laugh at him and he tends to keep out of group work and class discussion."

F1_PASS = "Callum will carry a time-out card that lets him leave any lesson for up to five minutes, without having to explain, to go to the Learning Base, where a member of staff is always available."
F1_LAPTOP = "Access to a laptop when appropriate."
F1_KIT = "Callum will have his own labelled set of equipment (pens, ruler, calculator and headphones) kept in a box in each teaching room, and will not be asked to share equipment."
F1_EXAMS = "For all internal tests and mock examinations Callum will sit in a small room with no more than four other pupils, with 25% extra time and supervised rest breaks."
F1_ADAPT = "Teachers will adapt their expectations of written work where possible."
F1_ELSA = "A 20-minute session with the school's emotional literacy support assistant (ELSA) every other week, to practise the strategies Callum is learning in therapy."

G1_CAMHS = "Pellingham CAMHS will provide a course of cognitive behavioural therapy with exposure and response prevention, weekly for up to 16 sessions, at the Westgate Clinic."
G1_NEURO = "Dr Anand will review Callum's tics and medication in the paediatric neurology clinic every six months."
G1_CHECKIN = "The CAMHS clinician will ask school to arrange for a member of staff to meet Callum for ten minutes at the start of every school day, to plan how he will manage his tics and worries that day."

PN1 = "neurology_letter.pdf"
PC1 = "clinical_psychology_report.docx"


def _hyphen(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} - {NAMES[sid]}", "h2")


CASE_01 = dict(
    name="case-evalbg-01",
    layout="section-word-letter-hyphen-area-tables",
    summary=(
        "Pellingham County Council; Callum Ostrander, 13, Year 8 at Harrowby Academy (Tourette syndrome, "
        "obsessive-compulsive disorder, anxiety). Each heading is a Word heading 'Section B - Special Educational "
        "Needs'; Section B sits under bold area names; Section F is one table per area (Provision | How often | "
        "Who). A paediatric neurologist's letter (.pdf, dictated, options considered and rejected, recommendations "
        "argued with what happens without them) and a clinical psychologist's report (.docx, third person and "
        "reported speech, a Recommendation | Reason | Who table)."
    ),
    note=(
        "The psychologist's recommended daily morning check-in with a key adult at school stands in Section G, "
        "framed as something CAMHS will ask school to arrange: provision in the wrong section. CBT with exposure "
        "and response prevention from CAMHS and the neurology reviews are health provision, correctly in G. "
        "The ELSA session is both less than recommended (fortnightly 20 minutes against weekly 30) and "
        "specific. Medication history, the EEG and the Y-BOCS score are background."
    ),
    plan=dict(
        file="plan.docx",
        footer="Pellingham County Council - Education, Health and Care Plan - Callum Ostrander - issued 12 October 2026",
        author="Pellingham SEND Assessment and Review Team",
        title="EHC Plan - Callum Ostrander",
        blocks=[
            ("org", "Pellingham County Council"),
            (
                "small",
                "SEND Assessment and Review Team - County Hall, Pellingham - 01632 960233 - send@pellingham.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Callum James Ostrander"),
                    ("Date of birth", "18 February 2013"),
                    ("NHS number", "999 318 4470"),
                    ("School and year group", "Harrowby Academy, Year 8"),
                    ("Parent", "Mrs Dawn Ostrander, 7 Linnet Row, Pellingham"),
                    ("Case officer", "Mr P Gathercole, 01632 960241"),
                ],
            ),
            _hyphen("A"),
            (
                "S",
                "A",
                "Callum is a drummer in the school jazz band and enjoys maths, cooking with his gran and watching motor racing.",
            ),
            (
                "p",
                "He says: 'I want teachers to know that I am not doing it on purpose. I just want to get through a day without everyone looking at me.' Callum would like to be a sound engineer.",
            ),
            _hyphen("B"),
            (
                "S",
                "B",
                "Callum was diagnosed with Tourette syndrome when he was eight and with obsessive-compulsive disorder (OCD) in 2025.",
            ),
            ("b", "Communication and interaction"),
            ("p", B1_VOCAL),
            ("b", "Cognition and learning"),
            ("p", [B1_HOLD, B1_RIGHT]),
            ("b", "Social, emotional and mental health"),
            ("p", [B1_GERMS, B1_GROUP]),
            ("b", "Sensory and physical"),
            ("p", B1_MOTOR),
            _hyphen("C"),
            (
                "S",
                "C",
                "Callum takes clonidine each evening for his tics, prescribed by the paediatric neurology service, and he has trouble getting to sleep.",
            ),
            _hyphen("D"),
            ("S", "D", "No social care needs have been identified."),
            _hyphen("E"),
            (
                "S",
                "E",
                "By July 2027 Callum will stay in lessons for the whole period on four days out of five, using his time-out card when he needs it.",
            ),
            (
                "p",
                "By July 2027 Callum will hand in a piece of written work in each subject every week without rewriting it more than once.",
            ),
            (
                "p",
                "By July 2027 Callum will take part in a paired or group task in at least three subjects each week.",
            ),
            _hyphen("F"),
            (
                "S",
                "F",
                "Harrowby Academy will make the following provision, coordinated by the SENCo, Mrs R Oyelaran.",
            ),
            ("b", "Managing tics in the classroom"),
            (
                "grid",
                [
                    ["Provision", "How often", "Who"],
                    [
                        F(F1_PASS, True),
                        "Every lesson, for the length of the plan",
                        "All teaching staff; Learning Base staff",
                    ],
                    [F(F1_LAPTOP, False), "When appropriate", "Subject teachers"],
                ],
                [0.52, 0.24, 0.24],
            ),
            ("b", "Learning and assessment"),
            (
                "grid",
                [
                    ["Provision", "How often", "Who"],
                    [
                        F(F1_EXAMS, True),
                        "Every internal test and mock examination",
                        "Examinations officer",
                    ],
                    [F(F1_ADAPT, False), "Ongoing", "Subject teachers"],
                ],
                [0.52, 0.24, 0.24],
            ),
            ("b", "Worries and wellbeing"),
            (
                "grid",
                [
                    ["Provision", "How often", "Who"],
                    [F(F1_KIT, True), "Every lesson", "Subject teachers; teaching assistants"],
                    [F(F1_ELSA, True), "Fortnightly, 20 minutes", "ELSA, Mrs K Dunmore"],
                ],
                [0.52, 0.24, 0.24],
            ),
            _hyphen("G"),
            ("S", "G", G1_NEURO),
            ("p", G1_CAMHS),
            ("p", G1_CHECKIN),
            _hyphen("H1"),
            ("S", "H1", "Not applicable."),
            _hyphen("H2"),
            ("S", "H2", "Not applicable at this time."),
            _hyphen("I"),
            (
                "S",
                "I",
                "Harrowby Academy, Station Road, Pellingham (mainstream academy, 11 to 16).",
            ),
            _hyphen("J"),
            ("S", "J", "No personal budget has been requested."),
            _hyphen("K"),
            (
                "S",
                "K",
                "Letter from Dr S Anand, consultant paediatric neurologist (June 2026); report from Dr H Meredith, clinical psychologist (July 2026); views of Callum and his mother; advice from Harrowby Academy.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PN1,
            footer="Northvale Children's Hospital - Paediatric Neurology - Dr S Anand - page {n} of {m}",
            author="Dr S Anand",
            blocks=[
                ("org", "Northvale Children's Hospital NHS Foundation Trust"),
                (
                    "small",
                    "Department of Paediatric Neurology, Lister Wing, Northvale - 01632 960377",
                ),
                ("small", "Dictated 2 June 2026, typed 5 June 2026 - SA/kt"),
                ("p", "To: SEND Assessment and Review Team, Pellingham County Council"),
                ("p", "cc: Dr L Bramwell, GP; Mrs D Ostrander"),
                ("p", "Re: Callum OSTRANDER, DOB 18/02/2013, NHS 999 318 4470, Hosp no. NV8812044"),
                ("b", "Diagnoses"),
                (
                    "bul",
                    [
                        "Tourette syndrome (motor and vocal tics for more than one year)",
                        "Obsessive-compulsive disorder (diagnosed by CAMHS, 2025)",
                        "Initial insomnia",
                    ],
                ),
                ("b", "Medication"),
                ("bul", ["Clonidine 50 micrograms at night"]),
                ("p", "Dear colleagues,"),
                (
                    "p",
                    [
                        "Thank you for asking for my advice for Callum's needs assessment; I saw him in clinic on 28 May with his mother.",
                        X(
                            "Callum's tics began when he was about six with eye blinking, and his mother remembers that they came and went for two years before anyone suggested Tourette syndrome.",
                            "history",
                        ),
                        X(
                            "An EEG in 2021 was normal and there is no suggestion of epilepsy.",
                            "test result: normal",
                        ),
                        X(
                            "His tics were much milder over the summer holiday last year, as is typical of the waxing and waning course of the condition.",
                            "history: the course of the condition",
                        ),
                    ],
                ),
                ("b", "Current picture"),
                (
                    "p",
                    [
                        N(
                            "Callum has frequent motor tics, chiefly head jerking, shoulder shrugging and forceful eye blinking, which increase markedly with fatigue, anxiety and excitement.",
                            "sensory_physical",
                            B1_MOTOR,
                        ),
                        N(
                            "His vocal tics include sniffing, throat clearing and, at times, a shouted word, and he describes intense embarrassment when they occur in quiet lessons or assemblies.",
                            "communication_interaction",
                            B1_VOCAL,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Callum suppresses his tics for long periods at school, and this suppression is effortful: his attention and working speed fall away through the day, and he has an outburst of tics on arriving home.",
                            "cognition_learning",
                            B1_HOLD,
                        ),
                        N(
                            "Tics in his right arm and hand interrupt his handwriting, which is slow, uneven and painful after about ten minutes.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Callum's reading and mathematics are reported by school to be at the expected level for his age, and he is in the top set for maths.",
                            "strength: attainment",
                        ),
                        X(
                            "His mother feels the clonidine has helped him get to sleep more quickly, and he no longer lies awake past midnight as he did in the spring.",
                            "progress: resolved difficulty",
                        ),
                    ],
                ),
                ("b", "Options I have considered"),
                (
                    "p",
                    [
                        X(
                            "I considered adding aripiprazole, but Callum and his mother did not want a medicine that can cause weight gain and drowsiness while his tics are moderate, and I agree with them.",
                            "option considered and rejected",
                        ),
                        X(
                            "Comprehensive behavioural intervention for tics was also discussed; there is a waiting list of about a year at the regional service, and in my view it should not be started at the same time as his OCD treatment.",
                            "option considered and deferred",
                        ),
                    ],
                ),
                ("b", "Recommendations for school"),
                (
                    "p",
                    [
                        R(
                            "Callum should be allowed to leave a lesson briefly whenever he feels his tics building, without having to ask or explain, and go to a quiet, supervised space.",
                            "semh",
                            "specific",
                            F1_PASS,
                        ),
                        X(
                            "Without a way out, he will keep holding his tics in until they break through in front of the class, which is what he fears most and which feeds his anxiety.",
                            "consequence: reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He should use a laptop for all extended writing in every subject, and be taught to touch-type through a structured programme for 15 minutes three times a week until he reaches 30 words a minute.",
                            "sensory_physical",
                            "not_specific",
                            F1_LAPTOP,
                        ),
                        X(
                            "If he continues to handwrite at length, the quality and amount of his written work will go on falling behind what he knows, and his coursework next year will suffer.",
                            "consequence: reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "All staff who teach Callum should have a short training session on Tourette syndrome before the start of the autumn term, covering tic suppression, what not to say and how to respond calmly.",
                            "other",
                            "missing_from_f",
                        ),
                        "I say this because the most common source of distress my patients describe is a teacher asking them to stop.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "For tests and examinations he should be in a small room with others rather than the main hall, with 25% extra time and rest breaks.",
                            "cognition_learning",
                            "specific",
                            F1_EXAMS,
                        ),
                        X(
                            "He should not be placed in a room entirely on his own, as he finds that isolating.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                ("b", "Health provision"),
                (
                    "p",
                    [
                        R(
                            "I will continue to review Callum's tics and medication in clinic every six months.",
                            "health",
                            "not_educational",
                            G1_NEURO,
                            section="G",
                        ),
                        R(
                            "At home I have advised his parents to avoid commenting on or reminding him about his tics, as attention tends to increase them.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("p", "Dr Sunil Anand MBBS MRCPCH, Consultant Paediatric Neurologist"),
            ],
        ),
        dict(
            file=PC1,
            style="headed",
            footer="Pellingham CAMHS - Psychology advice for EHC needs assessment - Callum Ostrander - CONFIDENTIAL",
            author="Dr H Meredith",
            blocks=[
                ("org", "Pellingham Child and Adolescent Mental Health Service"),
                (
                    "small",
                    "Westgate Clinic, 40 Westgate, Pellingham - 01632 960390 - camhs.psychology@pellingham-nhs.example.org",
                ),
                ("title", "Clinical Psychology Report"),
                (
                    "kv",
                    [
                        ("Young person", "Callum Ostrander (18.02.2013)"),
                        ("Author", "Dr Helen Meredith, Clinical Psychologist, HCPC PYL09876"),
                        (
                            "Sources",
                            "Three clinic sessions; Y-BOCS; telephone call with the SENCo; questionnaires from Callum, his mother and two teachers",
                        ),
                        ("Date of report", "14 July 2026"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        "Callum was referred to CAMHS by his GP in November 2025.",
                        "Mrs Ostrander told me that Callum had always been 'a bit particular' but that the checking and washing had become much worse after the move to secondary school.",
                        X(
                            "She said that the family had tried keeping him off school for a week in January to let him rest, but that returning was harder afterwards and they would not do it again.",
                            "history: option tried and stopped",
                        ),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "Callum's score of 24 on the Children's Yale-Brown Obsessive Compulsive Scale falls in the moderate-to-severe range.",
                            "assessment score",
                        ),
                        X(
                            "He is articulate, funny and insightful about his difficulties, and he engaged well in all three sessions.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "Callum's needs"),
                (
                    "p",
                    [
                        N(
                            "Callum experiences compulsions to re-read and rewrite his work until it feels 'just right', which means that he frequently fails to complete written tasks in the time given.",
                            "cognition_learning",
                            B1_RIGHT,
                        ),
                        N(
                            "He has marked contamination fears, avoids touching shared equipment and door handles, and washes his hands repeatedly during the school day.",
                            "semh",
                            B1_GERMS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Intrusive thoughts take up a large part of his attention during timed tasks, so that in tests he may spend several minutes on a single question and leave later sections blank.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Callum has very low self-esteem, fears being laughed at by his peers and withdraws from group work and class discussion.",
                            "semh",
                            B1_GROUP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Callum told me that a group of boys in his year copy his tics in the corridor.",
                        N(
                            "He has lost touch with most of his friends from primary school, spends break and lunchtime alone in the library, and has nobody in school he would call a friend.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "What is already in place"),
                (
                    "p",
                    [
                        X(
                            "Since March, the SENCo has let Callum leave lessons five minutes early to avoid crowded corridors, and he says this has helped.",
                            "support already in place",
                        ),
                        X(
                            "He is on the waiting list for CAMHS treatment and is due to begin in September.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    "I recommend the following. The reasons matter as much as the recommendations, because OCD support that is well meant can easily strengthen the compulsions.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Who"],
                        [
                            R(
                                "Callum should have cognitive behavioural therapy with exposure and response prevention, weekly for 16 sessions.",
                                "health",
                                "not_educational",
                                G1_CAMHS,
                                section="G",
                            ),
                            "This is the treatment with the best evidence for OCD in young people.",
                            "CAMHS",
                        ],
                        [
                            R(
                                "A key adult in school should meet Callum for 10 minutes at the start of every school day to agree how he will manage his tics and worries that day.",
                                "semh",
                                "wrong_section",
                                G1_CHECKIN,
                                section="G",
                            ),
                            X(
                                "Without a predictable start to the day his anxiety builds before the first lesson and the compulsions increase.",
                                "consequence: reason for a recommendation",
                            ),
                            "School",
                        ],
                        [
                            R(
                                "Callum should have a 30-minute session every week with the ELSA or another trained adult, using the same steps as his therapy, to practise resisting the urge to rewrite in school.",
                                "semh",
                                "less",
                                F1_ELSA,
                            ),
                            "Exposure work must be practised where the compulsions happen, and weekly practice is the least that keeps it going between therapy sessions.",
                            "ELSA, guided by CAMHS",
                        ],
                        [
                            R(
                                "Teachers should accept work with crossings-out, set a time limit for each written task, and not ask Callum to 'neaten up' or copy work out again.",
                                "cognition_learning",
                                "not_specific",
                                F1_ADAPT,
                            ),
                            "Asking for a neat copy rewards the compulsion and makes it stronger.",
                            "All teachers",
                        ],
                        [
                            R(
                                "Callum should have his own set of equipment in each classroom and not be made to share.",
                                "semh",
                                "specific",
                                F1_KIT,
                            ),
                            "This is a reasonable step while therapy starts; the aim is to reduce it later as part of his treatment plan.",
                            "Teaching staff",
                        ],
                        [
                            R(
                                "A written tic and OCD support plan should be shared with every member of staff who teaches Callum, and reviewed with him and his mother each half term.",
                                "semh",
                                "missing_from_f",
                            ),
                            X(
                                "At present each teacher responds differently, which he finds confusing and which undermines what he is learning in therapy.",
                                "reason for a recommendation",
                            ),
                            "SENCo",
                        ],
                    ],
                    [0.44, 0.38, 0.18],
                ),
                ("h", 1, "Options considered"),
                (
                    "p",
                    [
                        X(
                            "A place in a specialist school for pupils with social, emotional and mental health needs was raised by his mother, but Callum is academically able and wants to stay with his jazz band, and I do not think it is needed.",
                            "option considered and rejected",
                        ),
                        X(
                            "Home tuition was also considered and rejected, because avoiding school would make his anxiety worse.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Dr Helen Meredith, Clinical Psychologist, 14 July 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbg-02: Sandersby Metropolitan Borough Council; Imogen Harcastle, 15, Year 10,
# ME/CFS on a reduced timetable with online lessons. Layout
# "weekly-pattern-table-then-section-em-dash-bands": a weekly pattern table on the first
# page, then each section as a shaded band "Section B — Special Educational Needs".
# ---------------------------------------------------------------------------

B2_ENERGY = "Imogen has very little energy for learning: on a good day she can manage about three hours of schoolwork, and if she does more she is much more unwell for several days afterwards."
B2_FOG = "When she is tired her thinking slows down, she loses track of instructions with several steps and forgets what she has just read."
B2_GAPS = "Because she missed most of Year 9, Imogen has gaps in what she has been taught, especially in algebra and in science practical work."
B2_STAND = "Imogen feels dizzy and faint if she stands for more than a few minutes."
B2_WALK = "Walking between buildings, climbing stairs and carrying a full school bag use up energy she needs for learning."
B2_LIVE = "In online lessons Imogen finds it hard to keep going for more than about 40 minutes, and she rarely speaks in live discussion."

F2_PATTERN = "Imogen will attend Ashworth High School on Tuesday, Wednesday and Thursday mornings (9.00 am to 12.15 pm); any increase will be agreed at a review meeting with Imogen, her parents and the school nurse, and will be no more than one extra session each half term."
F2_QUIET = "Access to a quiet space as needed."
F2_TUITION = "Sandersby Hospital and Home Education Service will provide one hour of one-to-one tuition at home each week, in mathematics."
F2_LIFT = "Imogen will have a lift pass, a locker on the ground floor of the main building, and permission to leave every lesson five minutes early so that she moves between rooms before the corridors fill."
F2_ONLINE = "Imogen will join no more than two live lessons a day with Brightpath Online School, with her camera off if she chooses, and every lesson will be recorded so that she can watch it later in short parts."
F2_EXAMS = "Examination access arrangements will be applied for as appropriate."

C2_SIT = "Imogen must be allowed to sit down in all practical lessons and never be asked to stand in a queue, and she may keep water and a salty snack with her in every lesson."
G2_IHP = "The school nurse will write an individual healthcare plan with Ashworth High School and Imogen's parents and review it each term."
G2_OT = "An occupational therapist from the Sandersby Paediatric ME/CFS Team will see Imogen once a month to help her plan and pace her activity."

PH2 = "hospital_education_report.docx"
PS2 = "school_nurse_report.pdf"
PO2 = "online_school_progress.docx"


def _band(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} — {NAMES[sid]}", "band")


CASE_02 = dict(
    name="case-evalbg-02",
    layout="weekly-pattern-table-then-section-em-dash-bands",
    summary=(
        "Sandersby Metropolitan Borough Council; Imogen Harcastle, 15, Year 10, on the roll of Ashworth High School "
        "on a reduced timetable, with online lessons from Brightpath Online School and home tuition from the "
        "hospital education service (ME/chronic fatigue syndrome, orthostatic intolerance, gaps in learning, "
        "isolation). The plan (.pdf) opens with a weekly pattern table, then each section is a shaded band "
        "'Section B — Special Educational Needs'. A hospital education service teacher's report (.docx, first "
        "person plural, recommendations argued with what happens without them, options rejected), a school "
        "nurse's report (.pdf, bullets with the reasons mixed in) and an online school's progress report (.docx, "
        "a subject table and a Recommendation | Outcome it supports table)."
    ),
    note=(
        "The school nurse's recommendation that Imogen sits in practical lessons, never queues, and keeps water "
        "and a snack with her stands in Section C: provision in the wrong section. The nurse's healthcare plan and "
        "the ME/CFS team's occupational therapy are health provision, correctly in G. The weekly pattern table on "
        "the first page restates the attendance pattern in F in brief and holds no provision of its own. Glandular fever, normal "
        "blood tests, the months housebound and graded exercise (rejected) are background."
    ),
    plan=dict(
        file="plan.pdf",
        header="Sandersby MBC - EHC Plan - Imogen Harcastle - FINAL",
        footer="Issued 21 September 2026 - page {n} of {m}",
        author="Sandersby SEN Team",
        title="Education, Health and Care Plan: Imogen Harcastle",
        accent="5B2C6F",
        blocks=[
            ("org", "Sandersby Metropolitan Borough Council"),
            (
                "small",
                "Special Educational Needs Team - Civic Centre, Sandersby - 01632 960512 - sen.team@sandersby.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Imogen Rose Harcastle"),
                    ("Date of birth", "9 May 2011"),
                    ("NHS number", "999 527 0183"),
                    (
                        "School",
                        "Ashworth High School (Year 10), with online lessons and home tuition",
                    ),
                    ("Parents", "Claire and Martin Harcastle, 31 Quarry Lane, Sandersby"),
                    ("Coordinator", "Ms F Adeyemi, 01632 960519"),
                ],
            ),
            ("b", "Imogen's week at a glance (autumn term 2026)"),
            (
                "grid",
                [
                    ["Day", "Morning", "Afternoon"],
                    ["Monday", "Rest", "Brightpath live lesson (English)"],
                    ["Tuesday", "Ashworth High School", "Rest"],
                    ["Wednesday", "Ashworth High School", "Home tuition (maths), 2.00 pm"],
                    ["Thursday", "Ashworth High School", "Rest"],
                    [
                        "Friday",
                        "Brightpath live lesson (science)",
                        "Recorded lessons, at Imogen's pace",
                    ],
                ],
                [0.2, 0.4, 0.4],
            ),
            _band("A"),
            (
                "S",
                "A",
                "Imogen loves art, especially printmaking, and she keeps in touch with her cousin in Canada by sending her drawings.",
            ),
            (
                "p",
                "Imogen says: 'I want people to understand that I'm not lazy. I want to do my GCSEs with everyone else, even if it takes me a bit longer, and go to art college.'",
            ),
            _band("B"),
            (
                "S",
                "B",
                "Imogen has myalgic encephalomyelitis / chronic fatigue syndrome (ME/CFS), diagnosed in March 2025.",
            ),
            ("b", "Cognition and learning"),
            ("p", [B2_FOG, B2_GAPS]),
            ("b", "Physical and sensory"),
            ("p", [B2_ENERGY, B2_STAND, B2_WALK]),
            ("b", "Communication and interaction"),
            ("p", B2_LIVE),
            _band("C"),
            (
                "S",
                "C",
                "Imogen is under the care of the Sandersby Paediatric ME/CFS Team and the school nurse; she also has orthostatic intolerance, which means her heart rate rises and she feels faint when she stands up.",
            ),
            ("p", C2_SIT),
            _band("D"),
            ("S", "D", "Imogen does not have any assessed social care needs."),
            _band("E"),
            (
                "S",
                "E",
                "By the end of Year 11 Imogen will sit GCSE examinations in at least five subjects.",
            ),
            (
                "p",
                "By July 2027 Imogen will keep to her agreed weekly pattern in at least three weeks out of four without a crash.",
            ),
            (
                "p",
                "By July 2027 Imogen will have closed the gaps in algebra identified by her tutor.",
            ),
            _band("F"),
            (
                "S",
                "F",
                "Ashworth High School will coordinate the provision below with Brightpath Online School and the hospital education service.",
            ),
            (
                "bul",
                [
                    F(F2_PATTERN, True),
                    F(F2_QUIET, False),
                    F(F2_TUITION, True),
                    F(F2_LIFT, True),
                    F(F2_ONLINE, True),
                    F(F2_EXAMS, False),
                ],
            ),
            _band("G"),
            ("S", "G", G2_OT),
            ("p", G2_IHP),
            _band("H1"),
            ("S", "H1", "None."),
            _band("H2"),
            ("S", "H2", "None at present."),
            _band("I"),
            (
                "S",
                "I",
                "Ashworth High School, Moor Road, Sandersby (community secondary school), with online lessons commissioned from Brightpath Online School.",
            ),
            _band("J"),
            ("S", "J", "A personal budget was discussed; the family did not want one."),
            _band("K"),
            (
                "S",
                "K",
                "Report of Mr D Kowalczyk, Sandersby Hospital and Home Education Service (June 2026); report of Nurse A Baptiste, school nurse (June 2026); Brightpath Online School progress report (summer term 2026); Imogen's and her parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PH2,
            footer="Sandersby Hospital and Home Education Service - report for EHC needs assessment",
            author="D Kowalczyk",
            blocks=[
                ("org", "Sandersby Hospital and Home Education Service"),
                (
                    "small",
                    "A medical needs pupil referral unit - The Limes, Hospital Road, Sandersby - 01632 960544",
                ),
                ("title", "Report for Education, Health and Care Needs Assessment"),
                (
                    "kv",
                    [
                        ("Pupil", "Imogen Harcastle, Year 10"),
                        ("Home school", "Ashworth High School"),
                        ("Written by", "David Kowalczyk, teacher, with the service's deputy head"),
                        ("Date", "18 June 2026"),
                    ],
                ),
                ("h", 1, "How we know Imogen"),
                (
                    "p",
                    [
                        X(
                            "We have taught Imogen at home since January 2026, when she was referred by her paediatrician after being too unwell to attend school for most of Year 9.",
                            "history: support already in place",
                        ),
                        X(
                            "She became ill after glandular fever in the spring of Year 8, and for four months last year she was mostly in bed.",
                            "history",
                        ),
                        X(
                            "Since Easter she has managed three mornings a week in school, which we all see as real progress.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 1, "What we have found"),
                (
                    "p",
                    [
                        N(
                            "Imogen's energy for learning is severely limited: she can sustain about three hours of cognitive work on a good day and two on a poor one, and when she goes beyond this she has a crash lasting two to four days.",
                            "health",
                            B2_ENERGY,
                        ),
                        "Her mother keeps an activity diary which shows this pattern clearly.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "When fatigued, Imogen's processing slows markedly, she cannot hold multi-step instructions in mind, and she struggles to recall what she has just read.",
                            "cognition_learning",
                            B2_FOG,
                        ),
                        N(
                            "There are significant gaps in her learning from Year 9, particularly in algebra and in the required practical work in science.",
                            "cognition_learning",
                            B2_GAPS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Imogen has lost touch with most of her friendship group and is anxious about what other pupils think of her part-time attendance, and she told us she sometimes cannot face going in because of this.",
                            "semh",
                            None,
                        ),
                        X(
                            "Her English and art work is of a high standard, and her art teacher predicts a grade 7.",
                            "strength: attainment",
                        ),
                    ],
                ),
                ("h", 1, "What we recommend, and why"),
                (
                    "p",
                    [
                        R(
                            "We recommend that Imogen keeps to three mornings a week in school for now, and that any increase is agreed at a review with her family and the school nurse and is no more than one extra session a half term.",
                            "health",
                            "specific",
                            F2_PATTERN,
                        ),
                        X(
                            "If her hours are raised quickly because she has had a good week, the likely result is a relapse that costs her far more time than it gained; we have seen this happen with other pupils with ME/CFS.",
                            "consequence: reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "We recommend that Imogen follows a reduced GCSE programme of six subjects, with the time released used for rest in school and for catching up.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        X(
                            "Attempting nine GCSEs within three hours of learning a day would leave her with nine weak grades instead of six good ones, and would push her beyond her energy limit every week.",
                            "consequence: reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "We recommend that our service continues one-to-one tuition at home for two hours a week, one hour of mathematics and one of science, to close the gaps from Year 9.",
                            "cognition_learning",
                            "less",
                            F2_TUITION,
                        ),
                        "Home tuition on her afternoons off school costs her less energy than an extra lesson in a class of thirty, because there is no travelling and no noise.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "We recommend a quiet room with a reclining chair that Imogen can go to at any time without asking, and a 10-minute rest break in every hour she is in school.",
                            "health",
                            "not_specific",
                            F2_QUIET,
                        ),
                        X(
                            "Without planned rest she uses up her energy by mid-morning and cannot take in anything in the last lesson.",
                            "consequence: reason for a recommendation",
                        ),
                    ],
                ),
                ("h", 1, "Options we considered"),
                (
                    "p",
                    [
                        X(
                            "A full-time place with an online school was considered and rejected, because Imogen would lose her remaining contact with friends and with the art department.",
                            "option considered and rejected",
                        ),
                        X(
                            "Graded exercise therapy was suggested by a relative; we did not support it, and it is not recommended for ME/CFS in current NICE guidance.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "David Kowalczyk, Teacher, Sandersby Hospital and Home Education Service"),
            ],
        ),
        dict(
            file=PS2,
            header="Sandersby Community Health NHS Trust - School Nursing Service",
            footer="School nurse report - Imogen Harcastle - page {n} of {m}",
            author="A Baptiste",
            sans=True,
            accent="005EB8",
            blocks=[
                ("org", "School Nursing Service - Ashworth and Moorside cluster"),
                (
                    "small",
                    "Moorside Health Centre, Sandersby - 01632 960561 - school.nursing@sandersby-nhs.example.org",
                ),
                ("title", "School Nurse Report"),
                (
                    "p",
                    "Young person: Imogen Harcastle, DOB 09/05/2011, NHS 999 527 0183. Report by Amara Baptiste RN SCPHN, 24 June 2026.",
                ),
                ("b", "Health background"),
                (
                    "p",
                    [
                        X(
                            "Imogen was diagnosed with ME/CFS by Dr Fairley, consultant paediatrician, in March 2025, after blood tests and an ECG were all normal.",
                            "history: test results normal",
                        ),
                        X(
                            "She has had no fainting episodes in school this year.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("b", "What affects Imogen in school"),
                (
                    "bul",
                    [
                        N(
                            "Imogen has orthostatic intolerance and becomes dizzy and light-headed after standing for more than three or four minutes, as in queues and practical lessons.",
                            "sensory_physical",
                            B2_STAND,
                        ),
                        N(
                            "She is very sensitive to noise and bright light, and busy places such as the dining hall and the corridors at changeover give her headaches that can end her day.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Walking the distance between the science block and the main building, the stairs, and carrying her bag drain energy that she needs for learning.",
                            "sensory_physical",
                            B2_WALK,
                        ),
                    ],
                ),
                ("b", "What I advise"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Imogen should always be able to sit down in practical lessons, should not be asked to queue, and should be able to drink water and eat a salty snack in any lesson",
                                "health",
                                "wrong_section",
                                C2_SIT,
                                section="C",
                            ),
                            "-",
                            X(
                                "this keeps her blood pressure up and has stopped the dizzy spells she had in Year 9.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "She should have a lift pass, a ground-floor locker and leave lessons five minutes early",
                                "sensory_physical",
                                "specific",
                                F2_LIFT,
                            ),
                            "- so that she is not standing in crowded corridors or carrying her bag up stairs.",
                        ],
                        [
                            R(
                                "I will write an individual healthcare plan with school and her parents and review it every term",
                                "health",
                                "not_educational",
                                G2_IHP,
                                section="G",
                            ),
                            "- so that every member of staff knows what to do if she feels faint.",
                        ],
                        [
                            R(
                                "The ME/CFS team's occupational therapist should continue to see her monthly for activity management",
                                "health",
                                "not_educational",
                                G2_OT,
                                section="G",
                            ),
                            "- she is already on their caseload.",
                        ],
                        [
                            R(
                                "At home, Imogen and her parents should keep using the pacing diary and plan rest before, not after, a school morning.",
                                "health",
                                "not_educational",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "A wheelchair for moving around school was discussed with Imogen and her mother; Imogen did not want one and at present I do not think it is needed.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Amara Baptiste, School Nurse"),
            ],
        ),
        dict(
            file=PO2,
            style="headed",
            footer="Brightpath Online School - Progress Report - Summer Term 2026",
            author="Brightpath Online School",
            sans=True,
            blocks=[
                ("org", "Brightpath Online School"),
                (
                    "small",
                    "Registered office: 5 Canal Wharf, Sandersby - 01632 960588 - progress@brightpath.example.org",
                ),
                ("title", "Progress Report - Summer Term 2026"),
                (
                    "p",
                    "Student: Imogen Harcastle - Year 10 - commissioned place (Sandersby MBC) - Tutor: Ms Priya Lindgren",
                ),
                ("h", 1, "Attendance and progress"),
                (
                    "grid",
                    [
                        ["Subject", "Live lessons attended", "Progress", "Comment"],
                        [
                            "English Language",
                            "14 of 22",
                            "On track",
                            "Thoughtful written answers; reading the set texts through recordings.",
                        ],
                        [
                            "Combined Science",
                            "9 of 22",
                            "Working towards",
                            "Has watched most recordings; practical write-ups outstanding.",
                        ],
                        ["Mathematics", "-", "-", "Taught by the hospital education service."],
                    ],
                    [0.22, 0.18, 0.18, 0.42],
                ),
                (
                    "p",
                    [
                        X(
                            "Imogen's quiz scores in English have risen from 54% in the spring to 71% this term.",
                            "progress: test result",
                        ),
                        X(
                            "She has settled well into the online platform and no longer needs help to log in or find her recordings.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "What Imogen finds difficult"),
                (
                    "p",
                    [
                        N(
                            "Imogen can concentrate in a live lesson for about 40 minutes before she needs to stop, and she rarely contributes to discussion or the chat, even when she knows the answer.",
                            "communication_interaction",
                            B2_LIVE,
                        ),
                        N(
                            "She finds it very hard to keep track of deadlines and tasks set by three different providers, and assignments are often missed because she did not know they were due rather than because she could not do them.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                ("h", 1, "Our recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Outcome it will support"],
                        [
                            R(
                                "Imogen should join no more than two live lessons a day, with her camera off if she prefers, and every lesson should be recorded for her to watch later in short parts.",
                                "cognition_learning",
                                "specific",
                                F2_ONLINE,
                            ),
                            "Keeping up with the curriculum without going over her energy limit.",
                        ],
                        [
                            R(
                                "One named person at Ashworth High School should hold a single weekly planner of all the work set by the school, Brightpath and the home tutor, and go through it with Imogen every Monday in a 15-minute call.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "Handing in work on time; fewer missed assignments.",
                        ],
                        [
                            R(
                                "For her GCSE examinations Imogen should have supervised rest breaks, a separate room and 25% extra time, and the school should apply for these by the spring of Year 10.",
                                "health",
                                "not_specific",
                                F2_EXAMS,
                            ),
                            "Sitting GCSEs in at least five subjects.",
                        ],
                    ],
                    [0.62, 0.38],
                ),
                (
                    "p",
                    [
                        X(
                            "We considered asking Imogen to join a weekly online study group with other students, but she said she was not ready, and we will offer it again next term.",
                            "option considered and deferred",
                        ),
                    ],
                ),
                ("p", "Priya Lindgren, Personal Tutor, for Brightpath Online School, 15 July 2026"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalbg-03: Wendlebury Borough Council; Ruby Fennimore, 11, Year 7, memory and
# attention difficulties after epilepsy surgery. Layout
# "everyday-name-statutory-name-in-brackets-unlettered": no letters; each heading is the
# council's everyday name with the statutory name in brackets, "What Ruby finds hard
# (special educational needs)".
# ---------------------------------------------------------------------------

B3_TIRED = "Ruby gets very tired by the afternoon, partly because of her epilepsy medicine, and she finds it hard to keep going in the last lessons of the day."
B3_WORDS = "Ruby sometimes cannot think of the word she wants and will stop in the middle of a sentence or say 'that thing'."
B3_HEAR = "Ruby forgets things she has been told very quickly; she may not remember what the teacher said at the start of a lesson by the time she starts the task."
B3_FOCUS = "Ruby is easily distracted and can usually focus on one task for about ten minutes."
B3_SLOW = "She takes longer than other pupils to take in information and to answer questions."
B3_WORRY = "Ruby worries that her seizures will come back and that other children will notice when she forgets things, and she has been low in mood since the start of Year 7."

F3_REST = "Ruby will have a 10-minute rest in the library at the end of the lunch break every day, before afternoon lessons, supervised by the librarian."
F3_MEMORY = "Two 20-minute sessions a week of a memory strategies programme, delivered one-to-one by a trained teaching assistant and planned with the advisory teacher for medical needs."
F3_ORG = "Support with organisation as required."
F3_STEPS = "In every lesson, teachers will give instructions one step at a time, with the steps written on the board, and will check Ruby has understood before she starts."
F3_TESTS = "Access arrangements in tests where possible."

G3_NEURO = "Dr Whitcombe will review Ruby in the paediatric neurology clinic every four months while her medication is reduced."
G3_NURSE = "The epilepsy specialist nurse will write Ruby's seizure care plan and train the staff who look after her to give rescue medication, and will update both each year."
G3_NP = "The neuropsychology service will assess Ruby again in about 12 months."
H3_COUNSEL = "The Early Help team will arrange for Ruby to see the school counsellor once a week for a term, to talk about her surgery and her worries."

PN3 = "neurology_report.docx"
PP3 = "neuropsychology_report.pdf"

PLAIN3 = {
    "A": "About Ruby (views, interests and aspirations)",
    "B": "What Ruby finds hard (special educational needs)",
    "C": "Ruby's health (health needs)",
    "D": "Care and family support (social care needs)",
    "E": "What we want Ruby to achieve (outcomes)",
    "F": "Help at school (special educational provision)",
    "G": "Help from health services (health provision)",
    "H1": "Help from social care for disabled children (social care provision under the Chronically Sick and Disabled Persons Act 1970)",
    "H2": "Other help from social care (other social care provision)",
    "I": "Ruby's school (placement)",
    "J": "Money for support (personal budget)",
    "K": "Who gave advice (advice and information)",
}


def _plain(sid: str) -> tuple:
    return ("H", sid, PLAIN3[sid], "h2")


CASE_03 = dict(
    name="case-evalbg-03",
    layout="everyday-name-statutory-name-in-brackets-unlettered",
    summary=(
        "Wendlebury Borough Council; Ruby Fennimore, 11, Year 7 at Castle Mead School (memory, attention and "
        "processing difficulties after left temporal lobe surgery for epilepsy, word-finding, visual field loss, "
        "anxiety). The plan (.docx) has no section letters: each heading is the council's everyday name with the "
        "statutory name in brackets, 'What Ruby finds hard (special educational needs)'. A paediatric "
        "neurologist's report (.docx, third person, a medication table, 'Ruby will need ...') and a clinical "
        "neuropsychologist's report (.pdf, options set out as Option 1 / Option 2, recommendations argued at length, "
        "a Recommendation | What happens without it table)."
    ),
    note=(
        "Weekly sessions with the school counsellor, recommended by the neuropsychologist for school, stand in the "
        "'Other help from social care' section as an Early Help arrangement: provision in the wrong section (H2). "
        "Neurology reviews, the epilepsy nurse's seizure care plan and staff training in rescue medication, and "
        "the neuropsychology reassessment are health provision, correctly in G. The seizure history, surgery, "
        "MRI and test scores are background."
    ),
    plan=dict(
        file="plan.docx",
        footer="Wendlebury Borough Council - EHC plan - Ruby Fennimore - 3 November 2026",
        author="Wendlebury SEND Service",
        title="Ruby Fennimore - Education, Health and Care Plan",
        blocks=[
            ("org", "Wendlebury Borough Council"),
            (
                "small",
                "SEND Service, Guildhall, Wendlebury - 01632 960610 - send@wendlebury.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Ruby Fennimore"),
                    ("Date of birth", "27 October 2014"),
                    ("NHS number", "999 640 2251"),
                    ("School", "Castle Mead School, Year 7"),
                    ("Parents", "Joanne Fennimore and Lewis Grant, 4 Kiln Court, Wendlebury"),
                    ("EHC coordinator", "Mrs S Vassallo, 01632 960617"),
                ],
            ),
            _plain("A"),
            (
                "S",
                "A",
                "Ruby loves drawing cartoons, swimming and looking after her two guinea pigs, Biscuit and Pickle.",
            ),
            (
                "p",
                "Ruby says: 'I want to be able to remember my homework and not get lost. When I grow up I want to be an animator.'",
            ),
            _plain("B"),
            (
                "S",
                "B",
                "In March 2026 Ruby had an operation on the left side of her brain to stop her seizures, and since then she has had difficulties with memory, attention and finding words.",
            ),
            ("p", [B3_HEAR, B3_FOCUS, B3_SLOW]),
            ("p", B3_WORDS),
            ("p", B3_WORRY),
            ("p", B3_TIRED),
            _plain("C"),
            (
                "S",
                "C",
                "Ruby has epilepsy and has been free of seizures since her surgery; she takes levetiracetam twice a day, which is being reduced slowly, and has rescue medication in school.",
            ),
            _plain("D"),
            ("S", "D", "No social care needs have been identified through this assessment."),
            _plain("E"),
            (
                "S",
                "E",
                "By the end of Year 7 Ruby will use her planner and phone reminders to bring the right books and homework on four days out of five.",
            ),
            (
                "p",
                "By the end of Year 8 Ruby will remember and follow a three-step instruction in class without help.",
            ),
            (
                "p",
                "By the end of Year 8 Ruby will tell a trusted adult when she is worried, and say she feels more confident in school.",
            ),
            _plain("F"),
            (
                "S",
                "F",
                "Castle Mead School will put this help in place. The SENCo, Mr O Lindqvist, is responsible for making sure it happens.",
            ),
            (
                "bul",
                [
                    F(F3_STEPS, True),
                    F(F3_MEMORY, True),
                    F(F3_ORG, False),
                    F(F3_REST, True),
                    F(F3_TESTS, False),
                ],
            ),
            _plain("G"),
            ("S", "G", G3_NEURO),
            ("p", G3_NURSE),
            ("p", G3_NP),
            _plain("H1"),
            ("S", "H1", "Not needed at present."),
            _plain("H2"),
            ("S", "H2", H3_COUNSEL),
            _plain("I"),
            (
                "S",
                "I",
                "Castle Mead School, Ferry Lane, Wendlebury (mainstream secondary academy).",
            ),
            _plain("J"),
            ("S", "J", "Ruby's parents have not asked for a personal budget."),
            _plain("K"),
            (
                "S",
                "K",
                "Report from Dr E Whitcombe, paediatric neurologist (August 2026); report from Dr M Castellano, clinical neuropsychologist (September 2026); views of Ruby and her parents; advice from Castle Mead School.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PN3,
            style="headed",
            footer="Kingsferry Children's Hospital - Paediatric Neurosciences - Dr E Whitcombe",
            author="Dr E Whitcombe",
            blocks=[
                ("org", "Kingsferry Children's Hospital NHS Trust - Paediatric Neurosciences"),
                ("small", "Level 3, Rowan Building, Kingsferry - 01632 960655"),
                ("title", "Paediatric Neurology Report for EHC Needs Assessment"),
                (
                    "kv",
                    [
                        ("Patient", "Ruby Fennimore, DOB 27/10/2014, NHS 999 640 2251"),
                        ("Consultant", "Dr Eleanor Whitcombe, Consultant Paediatric Neurologist"),
                        ("Seen", "12 August 2026, with her mother"),
                    ],
                ),
                ("h", 1, "History"),
                (
                    "p",
                    [
                        X(
                            "Ruby's seizures began when she was four, and despite trials of four medicines she was having focal seizures with impaired awareness several times a week by the age of nine.",
                            "history",
                        ),
                        X(
                            "MRI showed left mesial temporal sclerosis, and after assessment by the epilepsy surgery programme she had a left anterior temporal lobectomy on 10 March 2026.",
                            "history: test result and surgery",
                        ),
                        X("She has had no seizures since the operation.", "resolved difficulty"),
                    ],
                ),
                ("h", 1, "Medication"),
                (
                    "grid",
                    [
                        ["Medicine", "Dose", "Plan"],
                        [
                            "Levetiracetam",
                            "750 mg twice daily",
                            "Reduce slowly over 2027 if she stays seizure-free",
                        ],
                        ["Buccal midazolam", "10 mg", "Rescue medicine, kept in school"],
                    ],
                    [0.3, 0.3, 0.4],
                ),
                ("h", 1, "Current difficulties"),
                (
                    "p",
                    [
                        N(
                            "Ruby has marked fatigue in the afternoons, partly a side effect of levetiracetam and partly because recovery from surgery is still continuing, and her teachers report that she flags noticeably after lunch.",
                            "health",
                            B3_TIRED,
                        ),
                        N(
                            "As expected after left temporal surgery, she has word-finding difficulties, pausing mid-sentence or substituting general words such as 'thing'.",
                            "communication_interaction",
                            B3_WORDS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Formal perimetry shows a right upper quadrant visual field loss in both eyes, so Ruby may not see things on the upper right side, such as the right-hand side of a board or someone approaching from her right.",
                            "sensory_physical",
                            None,
                        ),
                        X(
                            "This is a known consequence of the operation; it is not expected to change, and Ruby does not yet compensate for it by turning her head.",
                            "explanation: reason",
                        ),
                    ],
                ),
                ("h", 1, "What Ruby will need"),
                (
                    "p",
                    [
                        R(
                            "Ruby will need a short rest after lunch every day, somewhere quiet, before afternoon lessons.",
                            "health",
                            "specific",
                            F3_REST,
                        ),
                        X(
                            "Without it she tends to fall asleep in the first afternoon lesson, which happened twice in her first month at Castle Mead.",
                            "consequence: reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "In every classroom she should be seated towards the front and on the right-hand side of the room, so that the board and the teacher fall within her intact field of vision on her left.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        "If she sits on the left, half the board is in the part of her vision she has lost and she will copy incomplete notes without realising.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I will continue to see Ruby in clinic every four months while her levetiracetam is reduced.",
                            "health",
                            "not_educational",
                            G3_NEURO,
                            section="G",
                        ),
                        R(
                            "The epilepsy specialist nurse will provide a seizure care plan and train school staff in the use of buccal midazolam, updating both annually.",
                            "health",
                            "not_educational",
                            G3_NURSE,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "At home, Ruby's parents should keep to a regular bedtime, as tiredness lowers the seizure threshold.",
                            "health",
                            "not_educational",
                        ),
                        X(
                            "Swimming is safe with one-to-one supervision, and Ruby has been cleared to return to her club.",
                            "support already in place: activity cleared",
                        ),
                    ],
                ),
                ("p", "Dr Eleanor Whitcombe BM BCh MRCPCH, Consultant Paediatric Neurologist"),
            ],
        ),
        dict(
            file=PP3,
            header="Kingsferry Children's Hospital - Paediatric Neuropsychology Service - Confidential",
            footer="Neuropsychology report - R Fennimore - page {n} of {m}",
            author="Dr M Castellano",
            accent="2E6B4F",
            blocks=[
                ("org", "Paediatric Neuropsychology Service"),
                (
                    "small",
                    "Kingsferry Children's Hospital, Rowan Building, Kingsferry - 01632 960659",
                ),
                ("title", "Neuropsychological Assessment: Report for EHC Needs Assessment"),
                (
                    "p",
                    "Name: Ruby Fennimore. Date of birth: 27 October 2014. School: Castle Mead School, Year 7. Assessed: 2 and 9 September 2026, six months after surgery. Author: Dr Marco Castellano, Consultant Clinical Neuropsychologist.",
                ),
                ("b", "Reason for referral"),
                (
                    "p",
                    "Dr Whitcombe asked me to assess Ruby's cognitive profile after her left temporal lobectomy and to advise on her education.",
                ),
                ("b", "Test results"),
                (
                    "p",
                    [
                        X(
                            "On the WISC-V, Ruby's verbal comprehension and visual spatial scores were in the average range, her working memory index was at the 4th percentile and her processing speed index at the 9th percentile.",
                            "assessment scores",
                        ),
                        X(
                            "Her visual memory for pictures and designs was a strength, in the high average range.",
                            "strength",
                        ),
                        X(
                            "Compared with her pre-surgical assessment in 2025, her verbal memory has fallen, which is the change we expected from the operation.",
                            "history: comparison of results",
                        ),
                    ],
                ),
                ("b", "What this means for Ruby in school"),
                (
                    "p",
                    [
                        N(
                            "Ruby's memory for what she hears is now very weak: spoken instructions and new information are often lost within a few minutes unless she sees them written down.",
                            "cognition_learning",
                            B3_HEAR,
                        ),
                        N(
                            "Her attention is easily captured by noise and movement, and she can sustain focus on a task for about ten minutes.",
                            "cognition_learning",
                            B3_FOCUS,
                        ),
                        N(
                            "She processes information slowly and needs more time than her peers to understand and respond.",
                            "cognition_learning",
                            B3_SLOW,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ruby has real difficulty organising herself in a large secondary school: she forgets equipment and homework, loses track of where her next lesson is, and has been found wandering corridors after the bell.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Learning new vocabulary, such as the technical words of science and the words of a new language, is hard for her, and her understanding of what she reads has fallen well behind her ability to read the words.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ruby is anxious that her seizures will return and that classmates will notice her forgetting, and her mood has been low since she started at Castle Mead.",
                            "semh",
                            B3_WORRY,
                        ),
                        X(
                            "Her mother said that Ruby was a confident, chatty girl in primary school and that the change has been hard for the whole family to watch.",
                            "parent's view: history",
                        ),
                    ],
                ),
                ("b", "Options"),
                (
                    "p",
                    [
                        X(
                            "Option 1, a place at a special school for pupils with learning difficulties, would not suit Ruby: her reasoning is average, and she would not be stretched.",
                            "option considered and rejected",
                        ),
                        X(
                            "Option 2, a reduced timetable while she recovers, was used for six weeks after surgery with teaching from the hospital school, but it is no longer needed and would cut her off from friends.",
                            "option tried and no longer needed",
                        ),
                        "I therefore recommend a full timetable at Castle Mead with the support below.",
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Ruby should be taught memory strategies, such as rehearsal, visual cues and using her planner, in a structured programme delivered one-to-one by a trained teaching assistant for 20 minutes three times a week, planned with a specialist teacher.",
                            "cognition_learning",
                            "less",
                            F3_MEMORY,
                        ),
                        "Three short sessions a week are needed because a strategy is only of use to Ruby once it has become automatic, and that takes frequent practice over at least two terms.",
                    ],
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "What happens without it"],
                        [
                            R(
                                "Every teacher should give instructions one step at a time, write the steps on the board, and check that Ruby has understood before she starts work.",
                                "cognition_learning",
                                "specific",
                                F3_STEPS,
                            ),
                            "She will start tasks having forgotten what to do, and will appear not to be trying.",
                        ],
                        [
                            R(
                                "An adult should check Ruby's planner at the end of every day to make sure homework is written down, and she should have a colour-coded timetable and a map of the school on her phone and in her planner.",
                                "cognition_learning",
                                "not_specific",
                                F3_ORG,
                            ),
                            "Homework will continue to go missing and she will keep losing her way, which feeds her anxiety.",
                        ],
                        [
                            R(
                                "Key vocabulary for each new topic in science, geography and languages should be pre-taught in two 15-minute sessions a week, with pictures and the written word.",
                                "cognition_learning",
                                "missing_from_f",
                            ),
                            "She will meet new words for the first time in a lesson she cannot hold in mind, and fall further behind in reading comprehension.",
                        ],
                        [
                            R(
                                "In tests and examinations Ruby should have 25% extra time and a reader, and these should be applied for formally from Year 9.",
                                "cognition_learning",
                                "not_specific",
                                F3_TESTS,
                            ),
                            X(
                                "Her slow processing means timed tests will measure her speed rather than what she knows.",
                                "consequence: reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Ruby should see the school counsellor or another trained adult in school once a week for at least a term, to talk about her surgery, her worries about seizures and the change in how she learns.",
                                "semh",
                                "wrong_section",
                                H3_COUNSEL,
                                section="H2",
                            ),
                            "Her low mood may deepen and she may start to avoid school.",
                        ],
                    ],
                    [0.58, 0.42],
                ),
                (
                    "p",
                    [
                        R(
                            "I will reassess Ruby in about a year, when recovery from surgery will be more complete.",
                            "health",
                            "not_educational",
                            G3_NP,
                            section="G",
                        ),
                        X(
                            "Some further recovery of verbal memory is possible over the next two years, especially in children of Ruby's age.",
                            "prognosis",
                        ),
                    ],
                ),
                ("p", "Dr Marco Castellano, Consultant Clinical Neuropsychologist, HCPC PYL07321"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalbg-04: Hollinsfield City Council; Osian Pryce, 9, Year 4, a stammer and social
# anxiety. Layout "section-word-letter-colon-question-subheads": "Section B: Special
# Educational Needs" with everyday questions as sub-headings inside each section; F a
# table What | Who | How often.
# ---------------------------------------------------------------------------

B4_STAM = "Osian stammers: he repeats the first sound of words, stretches sounds out and sometimes gets stuck completely at the start of a sentence."
B4_TRICKS = "When he feels a stammer coming he screws up his eyes, taps his foot or changes the word he meant to say for another one."
B4_QUIET = "Osian says very little in class; he does not answer the register out loud and mainly talks to two close friends."
B4_FEEL = "He thinks stammering is something bad and is embarrassed by the way he talks."
B4_WORRY = "Osian worries a lot that other people are judging him, and he often has tummy aches before school, especially on days when he knows he may have to speak in front of others."
B4_GROUP = "He finds group work and speaking in front of the class very hard and will not take a speaking part in assemblies."

F4_THERAPY = "A block of six sessions of direct therapy with a specialist speech and language therapist in school during the spring term."
F4_AWARE = "Staff will be aware of Osian's stammer and support him as appropriate."
F4_READ = "Osian will not be asked to read aloud in front of the class unless he offers to; when he chooses to, he will be given the passage the day before and will read it with a partner."
F4_PRACTICE = "Fifteen minutes each week with the class teaching assistant, Mrs Gwyther, to practise the targets set by the speech and language therapist."
F4_CLUB = "Opportunities to join a lunchtime club."
F4_BOARD = "In every lesson Osian can answer on a mini whiteboard instead of aloud, and teachers will wait at least five seconds for a spoken answer without finishing his words for him."

D4_GROUP = "Osian would benefit from a weekly friendship and confidence group in school for a term, led by the school's ELSA with three or four other children."
G4_CBT = "The Mental Health Support Team will offer Osian eight sessions of cognitive behavioural therapy for anxiety, in school."
G4_PARENTS = "Hollinsfield Specialist Speech and Language Therapy will offer Osian's parents two sessions on supporting his fluency at home."

PS4 = "slt_report.pdf"
PM4 = "mhst_psychology_letter.docx"


def _colon(sid: str) -> tuple:
    return ("H", sid, f"Section {sid}: {NAMES[sid]}", "h2")


CASE_04 = dict(
    name="case-evalbg-04",
    layout="section-word-letter-colon-question-subheads",
    summary=(
        "Hollinsfield City Council; Osian Pryce, 9, Year 4 at Larkmoor Primary School (a moderate to severe stammer, "
        "social anxiety, avoidance of speaking). The plan (.pdf) has headings 'Section B: Special Educational Needs' "
        "with everyday questions as sub-headings inside each section ('What does Osian find hard when he talks?'); "
        "F is a table What | Who | How often. A specialist speech and language therapist's report (.pdf, options "
        "considered, a Recommendation | Who and how often | Reason table, recommendations argued at length) and a "
        "clinical psychologist's letter from the Mental Health Support Team (.docx, first person plural, bullets "
        "with the reasons mixed in)."
    ),
    note=(
        "The psychologist's recommended weekly friendship and confidence group in school, led by the ELSA, is "
        "written into Section D: provision in the wrong section. CBT from the Mental Health Support Team and the "
        "SLT's sessions for parents are health provision, correctly in G. Early fluency therapy at 4, the normal "
        "hearing test and the language scores are background. Section B says Osian says very little in class but "
        "not that he does not ask for help or that gaps have built up in his maths: the psychologist's need about "
        "maths gaps is missing from B."
    ),
    plan=dict(
        file="plan.pdf",
        header="Hollinsfield City Council | Education, Health and Care Plan | Osian Pryce",
        footer="Final plan issued 9 November 2026 | page {n} of {m}",
        author="Hollinsfield City Council SEND Service",
        title="EHC Plan: Osian Pryce",
        accent="1B5E20",
        blocks=[
            ("org", "Hollinsfield City Council"),
            (
                "small",
                "SEND Service, Victoria House, Hollinsfield - 01632 960702 - send.service@hollinsfield.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Osian Pryce"),
                    ("Date of birth", "14 January 2017"),
                    ("NHS number", "999 712 3306"),
                    ("School", "Larkmoor Primary School, Year 4"),
                    ("Parents", "Rhian and Tom Pryce, 58 Chapel Street, Hollinsfield"),
                    ("Caseworker", "Ms L Oduya, 01632 960709"),
                ],
            ),
            _colon("A"),
            ("b", "What does Osian enjoy?"),
            (
                "S",
                "A",
                "Osian loves Lego, dinosaurs and building dens in the woods with his older brother.",
            ),
            ("b", "What does Osian want?"),
            (
                "p",
                "Osian wrote: 'I want people to wait for me to finish. I want to be in the football team and go to big school with Jac and Eli.'",
            ),
            _colon("B"),
            (
                "S",
                "B",
                "Osian has a stammer and social anxiety; he is a capable learner whose talking and worries hold him back.",
            ),
            ("b", "What does Osian find hard when he talks?"),
            ("p", [B4_STAM, B4_TRICKS]),
            ("b", "How does this affect him in class?"),
            ("p", [B4_QUIET, B4_GROUP]),
            ("b", "How does Osian feel?"),
            ("p", [B4_FEEL, B4_WORRY]),
            _colon("C"),
            ("S", "C", "Osian is healthy; his hearing was tested in 2025 and was normal."),
            _colon("D"),
            (
                "S",
                "D",
                "There are no social care needs; the family is not known to children's social care.",
            ),
            ("p", D4_GROUP),
            _colon("E"),
            (
                "S",
                "E",
                "By July 2027 Osian will answer the register aloud or with a sign of his choosing every day, and ask an adult for help at least once a day.",
            ),
            (
                "p",
                "By July 2027 Osian will say how he feels about his stammer on a rating scale, and the score will have improved.",
            ),
            (
                "p",
                "By July 2027 Osian will take part in a paired speaking task in class at least once a week.",
            ),
            _colon("F"),
            (
                "S",
                "F",
                "Larkmoor Primary School will arrange the following, and the SENCo, Mrs P Abiodun, will check it happens.",
            ),
            ("b", "What help will Osian get?"),
            (
                "grid",
                [
                    ["What", "Who", "How often"],
                    [F(F4_THERAPY, True), "Specialist SLT", "Six sessions, spring term"],
                    [F(F4_PRACTICE, True), "Class TA", "Weekly"],
                    [F(F4_READ, True), "Class teacher", "Whenever reading aloud is planned"],
                    [F(F4_BOARD, True), "All staff", "Every lesson"],
                    [F(F4_AWARE, False), "All staff", "As appropriate"],
                    [F(F4_CLUB, False), "Midday staff", "-"],
                ],
                [0.58, 0.18, 0.24],
            ),
            _colon("G"),
            ("S", "G", G4_CBT),
            ("p", G4_PARENTS),
            _colon("H1"),
            ("S", "H1", "None."),
            _colon("H2"),
            ("S", "H2", "None identified."),
            _colon("I"),
            (
                "S",
                "I",
                "Larkmoor Primary School, Beech Road, Hollinsfield (community primary school).",
            ),
            _colon("J"),
            ("S", "J", "Not requested."),
            _colon("K"),
            (
                "S",
                "K",
                "Report of Ms G Ellery, specialist speech and language therapist (dysfluency) (September 2026); letter from Dr R Sato, clinical psychologist, Mental Health Support Team (September 2026); Osian's and his parents' views; school advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PS4,
            footer="Hollinsfield Specialist Speech and Language Therapy - Dysfluency Service - page {n} of {m}",
            author="G Ellery",
            accent="00695C",
            blocks=[
                ("org", "Hollinsfield Community Healthcare NHS Trust"),
                (
                    "small",
                    "Specialist Speech and Language Therapy (Dysfluency), Arden Clinic, Hollinsfield - 01632 960733",
                ),
                ("title", "Speech and Language Therapy Report: Advice for EHC Needs Assessment"),
                (
                    "p",
                    "Child: Osian Pryce (DOB 14.01.2017). School: Larkmoor Primary, Year 4. Therapist: Gwen Ellery, Specialist Speech and Language Therapist, HCPC SL34567. Date: 22 September 2026.",
                ),
                ("b", "Background"),
                (
                    "p",
                    [
                        X(
                            "Osian began to stammer at about three and had a course of fluency therapy with his mother at the age of four, after which his speech was fluent for nearly two years.",
                            "history: resolved then returned",
                        ),
                        X(
                            "His stammer returned in Year 2 and has become more severe since a change of class last year.",
                            "history",
                        ),
                        X(
                            "There is a family history of stammering on his father's side.",
                            "background",
                        ),
                    ],
                ),
                ("b", "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the CELF-5 his receptive and expressive language scores were in the average range, and his vocabulary is a strength.",
                            "assessment scores: strength",
                        ),
                        X(
                            "In a ten-minute conversation sample 14% of syllables were stammered.",
                            "assessment result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Osian has a moderate to severe stammer, with sound repetitions, prolongations and silent blocks, most marked at the start of an utterance.",
                            "communication_interaction",
                            B4_STAM,
                        ),
                        N(
                            "He shows secondary behaviours: eye closing and foot tapping during blocks, and frequent word substitution to avoid words he expects to stammer on.",
                            "communication_interaction",
                            B4_TRICKS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Osian avoids speaking in class whenever he can: he does not answer the register aloud, does not ask for help, and talks mainly with two friends.",
                            "communication_interaction",
                            B4_QUIET,
                        ),
                        N(
                            "Reading aloud provokes his most severe blocks, so his reading in class sounds far weaker than his silent reading and comprehension really are.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "His attitude to talking is negative: on the communication attitude test he described stammering as 'bad' and 'embarrassing', and he is ashamed of how he speaks.",
                            "semh",
                            B4_FEEL,
                        ),
                    ],
                ),
                ("b", "Options considered"),
                (
                    "p",
                    [
                        X(
                            "The Lidcombe Program was considered and not chosen, because it is designed for children under six.",
                            "option considered and rejected",
                        ),
                        X(
                            "A smooth-speech programme on its own was also considered, but for a child of nine who already avoids talking it is likely to increase the pressure to be fluent, which would make the avoidance worse.",
                            "option considered and rejected",
                        ),
                        "I recommend an approach that combines work on how Osian feels about stammering with learning to stammer more easily, with the adults around him changing how they respond.",
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who and how often", "Reason"],
                        [
                            R(
                                "Direct therapy for Osian in school with a specialist speech and language therapist, in a block of eight weekly 45-minute sessions each term for the next year, with a review after each block.",
                                "communication_interaction",
                                "less",
                                F4_THERAPY,
                            ),
                            "Specialist SLT, weekly, three terms",
                            "A stammer of this severity at nine needs sustained work; a single short block is likely to be forgotten by the next term.",
                        ],
                        [
                            R(
                                "The class teaching assistant should practise Osian's therapy targets with him for 15 minutes once a week.",
                                "communication_interaction",
                                "specific",
                                F4_PRACTICE,
                            ),
                            "Class TA, weekly",
                            "Practice in school helps him use the strategies in class.",
                        ],
                        [
                            R(
                                "The SLT should train Osian's class teacher, teaching assistant and midday staff in one twilight session on stammering, covering waiting, not finishing his words and not telling him to slow down.",
                                "other",
                                "missing_from_f",
                            ),
                            "Specialist SLT, once, autumn term",
                            X(
                                "Well-meant advice such as 'take a breath' makes children who stammer feel they are doing something wrong.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Adults should give Osian time to finish, keep natural eye contact and never finish his words, in every conversation and lesson.",
                                "communication_interaction",
                                "not_specific",
                                F4_AWARE,
                            ),
                            "All staff, at all times",
                            "Hurrying him increases the tension that causes his blocks.",
                        ],
                        [
                            R(
                                "Osian should not be asked to read aloud unless he volunteers; when he does, he should have the text a day in advance and read in unison with a partner.",
                                "cognition_learning",
                                "specific",
                                F4_READ,
                            ),
                            "Class teacher",
                            "Reading in unison is almost always fluent, so it builds confidence.",
                        ],
                    ],
                    [0.46, 0.2, 0.34],
                ),
                (
                    "p",
                    [
                        R(
                            "I will also offer Osian's parents two sessions at the clinic on supporting his fluency at home.",
                            "communication_interaction",
                            "not_educational",
                            G4_PARENTS,
                            section="G",
                        ),
                        X(
                            "His parents already give him plenty of time to talk at home and have stopped telling him to slow down, which he says has helped.",
                            "support already in place",
                        ),
                    ],
                ),
                ("p", "Gwen Ellery, Specialist Speech and Language Therapist"),
            ],
        ),
        dict(
            file=PM4,
            style="headed",
            footer="Hollinsfield Mental Health Support Team in Schools - Dr R Sato",
            author="Dr R Sato",
            blocks=[
                ("org", "Hollinsfield Mental Health Support Team in Schools"),
                (
                    "small",
                    "Part of Hollinsfield Community Healthcare NHS Trust - 01632 960745 - mhst@hollinsfield-nhs.example.org",
                ),
                ("p", "23 September 2026"),
                ("p", "Dear Ms Oduya,"),
                ("p", "Re: Osian Pryce, Year 4, Larkmoor Primary School"),
                (
                    "p",
                    [
                        "Thank you for asking for our advice. We have met Osian four times in school this term, and I have spoken with his parents and his class teacher, Mr Hale.",
                        X(
                            "Osian's separation worries when he started in Reception settled by Year 1 and have not come back.",
                            "resolved difficulty",
                        ),
                        X(
                            "He is kind and has a good sense of humour, and his teacher describes him as a thoughtful member of the class.",
                            "strength",
                        ),
                    ],
                ),
                ("p", "What we have found:"),
                (
                    "bul",
                    [
                        N(
                            "Osian meets the criteria for social anxiety: he is very afraid of being judged by others and has stomach aches before school, particularly on days when he may have to speak in front of the class.",
                            "semh",
                            B4_WORRY,
                        ),
                        N(
                            "He avoids the dining hall and the playground, eating his lunch in the library corridor and spending break on his own.",
                            "semh",
                            None,
                        ),
                        N(
                            "He refuses speaking parts in assemblies and shuts down in group work, sometimes not saying anything for a whole lesson.",
                            "semh",
                            B4_GROUP,
                        ),
                        N(
                            "Because he will not ask for help when he does not understand, gaps have built up in his maths, which his teacher only noticed in the summer assessments.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                ("p", "What we recommend:"),
                (
                    "bul",
                    [
                        R(
                            "We will offer Osian eight sessions of cognitive behavioural therapy for social anxiety in school, with a practitioner from our team.",
                            "semh",
                            "not_educational",
                            G4_CBT,
                            section="G",
                        ),
                        [
                            R(
                                "School should agree a 'speaking ladder' with Osian, a set of graded speaking challenges in class starting with answering the register by a sign, reviewed with him by the SENCo every half term",
                                "semh",
                                "missing_from_f",
                            ),
                            "-",
                            X(
                                "without planned small steps, adults tend to push too hard or not at all, and the avoidance grows.",
                                "consequence: reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Osian should join a small friendship and confidence group led by the school's ELSA, once a week for at least a term",
                                "semh",
                                "wrong_section",
                                D4_GROUP,
                                section="D",
                            ),
                            "- because he needs somewhere safe to practise talking to children other than his two friends.",
                        ],
                        [
                            R(
                                "He should have a quiet lunchtime club with a named adult on at least two days a week, so that he has somewhere to go other than the corridor.",
                                "semh",
                                "not_specific",
                                F4_CLUB,
                            ),
                        ],
                        [
                            R(
                                "In lessons he should be able to show his answers on a mini whiteboard, and teachers should wait for a spoken answer rather than moving on.",
                                "cognition_learning",
                                "specific",
                                F4_BOARD,
                            ),
                            "This lets him show what he knows without the fear of speaking.",
                        ],
                        [
                            R(
                                "At home, his parents can let him order his own food in a café once a week, with them beside him, as a small step.",
                                "semh",
                                "not_educational",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We discussed a referral to specialist CAMHS but agreed that Osian's needs can be met by our team in school, as his anxiety is not affecting him at home.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("p", "Dr Rina Sato, Clinical Psychologist, Mental Health Support Team"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
