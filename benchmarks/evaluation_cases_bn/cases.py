# ruff: noqa: E501, N802
"""Set BN as data: hospital education and medical needs (a 14-year-old returning to school
after an inpatient mental health admission, a 12-year-old with anorexia nervosa on a
reduced timetable with home tuition, a 9-year-old with juvenile idiopathic arthritis who
misses school for infusions), in plan layouts no earlier set has.

Every name, council, school, service, NHS trust and professional is invented. Phone
numbers are in the 01632 960xxx range, e-mail addresses are at example.org and NHS numbers
begin 999. Markers are those of evaluation_kit.dataset.
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

TITLE = {
    "A": "Views, Interests and Aspirations",
    "B": "Special Educational Needs",
    "C": "Health Needs",
    "D": "Social Care Needs",
    "E": "Outcomes",
    "F": "Special Educational Provision",
    "G": "Health Provision",
    "H1": "Social Care Provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
    "H2": "Other Social Care Provision",
    "I": "Placement",
    "J": "Personal Budget",
    "K": "Advice and Information",
}


# ---------------------------------------------------------------------------
# case-evalbn-01: Wendmoor County Council; Jasmine Thorley, 14, after a CAMHS admission
# layout "section-word-letter-em-dash-title-case-f-split-hospital-then-home-school":
# "Section B — Special Educational Needs"; F split into "While Jasmine is on the roll of
# the hospital school" and "When Jasmine is back at Brackley Park Academy".
# ---------------------------------------------------------------------------

B1_GAPS = "Jasmine has missed a great deal of school over the last two years and has gaps in what she knows, mostly in maths and science."
B1_CONC = (
    "She can only keep her mind on a lesson for a short time before she drifts off or gets fidgety."
)
B1_ASK = "Jasmine does not find it easy to tell a teacher when she does not understand, and she may just sit there."
B1_MORN = "Mornings are the hardest part of the day for Jasmine: her mood is at its lowest then, and getting to school on time is a struggle."
B1_CROWD = "Busy corridors and the dining hall can overwhelm Jasmine, and when she is overwhelmed she may think about hurting herself."
B1_CRIT = "Jasmine is very hard on herself and may throw work away or refuse to hand it in if she thinks it is not good enough."

F1_WORK = "Brackley Park will send work in all of Jasmine's subjects to the hospital school every Friday, matched to what her class is being taught."
F1_PHASE = "A phased return over six weeks: three mornings a week in weeks 1 and 2, five mornings in weeks 3 and 4, and full days from week 5, with a review meeting every two weeks."
F1_CATCH = "Catch-up teaching in maths and science in a small group, once a week for 45 minutes, for the spring term."
F1_KEY = "Access to a key adult when needed."
F1_TRAIN = "Training for staff as appropriate."
F1_EXAM = "A separate room and 25% extra time in all tests and mock examinations, from her return."

G1_CAMHS = "Wendmoor Community CAMHS will see Jasmine weekly for cognitive behavioural therapy, and her consultant psychiatrist will review her medication every six weeks."
G1_OUTREACH = "The Oakfield Hospital School outreach teacher will teach Jasmine one-to-one at Brackley Park for one hour each week during the first half term of her return."

HS1 = "hospital_school_report.docx"
CD1 = "camhs_discharge_summary.pdf"


def _emdash(sid: str) -> tuple:
    return ("H", sid, f"Section {sid} — {TITLE[sid]}", "h1")


CASE_01 = dict(
    name="case-evalbn-01",
    layout="section-word-letter-em-dash-title-case-f-split-hospital-then-home-school",
    summary=(
        "Wendmoor County Council; Jasmine Thorley, 14, Year 9, discharged from the Oakfield Adolescent Unit "
        "(CAMHS inpatient) after four months, on the roll of Oakfield Hospital School and returning to Brackley "
        "Park Academy (depression, anxiety, self-harm, gaps in learning). Word headings 'Section B — Special "
        "Educational Needs'; Section F split into provision while on the hospital school's roll and provision "
        "on return. A hospital school teacher's report (.docx, first person plural, a Recommendation / Reason "
        "table) and a CAMHS inpatient unit's discharge summary (.pdf, third person, bullets with the reasons "
        "mixed in)."
    ),
    note="The hospital school's recommended weekly outreach teaching in the home school is written into Section G as a health arrangement: provision in the wrong section. Community CAMHS therapy and medication reviews in G are health provision. Admission dates, diagnosis, medication, questionnaire scores and the safety plan already in place are background.",
    plan=dict(
        file="plan.docx",
        footer="Wendmoor County Council - Education, Health and Care Plan - Jasmine Thorley - final, 11 December 2026",
        author="Wendmoor SEND Assessment Team",
        title="EHC Plan - Jasmine Thorley",
        blocks=[
            ("org", "Wendmoor County Council"),
            (
                "small",
                "Children's Services - SEND Assessment and Review Team - County Hall, Wendmoor - 01632 960512",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Jasmine Thorley"),
                    ("Date of birth", "14 March 2012"),
                    ("Year group", "Year 9"),
                    ("NHS number", "999 318 6604"),
                    (
                        "Current education",
                        "Oakfield Hospital School (dual registration with Brackley Park Academy)",
                    ),
                    ("Parent", "Karen Thorley, 7 Mill Race, Wendmoor"),
                    ("Case officer", "Mr D Ashworth, 01632 960519"),
                ],
            ),
            _emdash("A"),
            (
                "S",
                "A",
                "Jasmine enjoys drawing, writing stories and looking after her dog, Biscuit.",
            ),
            (
                "p",
                'She says she wants to go back to Brackley Park "without everyone staring", to keep up with English and art, and one day to work as an illustrator.',
            ),
            (
                "p",
                "Her mum wants Jasmine to feel safe at school and to have one person there she can go to.",
            ),
            _emdash("B"),
            (
                "S",
                "B",
                "Jasmine has been unwell for a long time, and this has affected her learning and how she feels about school.",
            ),
            ("b", "Learning"),
            ("p", [B1_GAPS, B1_CONC, B1_ASK]),
            ("b", "Social, emotional and mental health"),
            ("p", [B1_MORN, B1_CROWD, B1_CRIT]),
            _emdash("C"),
            (
                "S",
                "C",
                "Jasmine has a diagnosis of moderate depression with anxiety, and she takes sertraline each morning.",
            ),
            (
                "p",
                "She was an inpatient at the Oakfield Adolescent Unit from July to November 2026.",
            ),
            _emdash("D"),
            (
                "S",
                "D",
                "There are no social care needs; an early help worker supported the family in 2025, and that work has closed.",
            ),
            _emdash("E"),
            (
                "S",
                "E",
                "By July 2027 Jasmine will attend Brackley Park full time, arriving by 9 am on at least four days a week.",
            ),
            (
                "p",
                "By July 2027 Jasmine will tell a member of staff when she is stuck, in at least half of her lessons.",
            ),
            (
                "p",
                "By July 2027 Jasmine will be working at the expected level in maths and science.",
            ),
            _emdash("F"),
            (
                "S",
                "F",
                "Provision is set out in two parts, because Jasmine will move from the hospital school back to her own school during the spring term.",
            ),
            ("b", "While Jasmine is on the roll of Oakfield Hospital School"),
            ("bul", [("F", F1_WORK, True)]),
            ("b", "When Jasmine is back at Brackley Park Academy"),
            (
                "bul",
                [
                    ("F", F1_PHASE, True),
                    ("F", F1_CATCH, True),
                    ("F", F1_KEY, False),
                    ("F", F1_TRAIN, False),
                    ("F", F1_EXAM, True),
                ],
            ),
            _emdash("G"),
            ("S", "G", G1_CAMHS),
            ("p", G1_OUTREACH),
            _emdash("H1"),
            ("S", "H1", "None."),
            _emdash("H2"),
            ("S", "H2", "None at present."),
            _emdash("I"),
            (
                "S",
                "I",
                "Brackley Park Academy (mainstream secondary academy), with dual registration at Oakfield Hospital School until her return is complete.",
            ),
            _emdash("J"),
            ("S", "J", "No personal budget has been requested."),
            _emdash("K"),
            (
                "S",
                "K",
                "Report from Oakfield Hospital School (Mrs R Lindqvist, November 2026); discharge summary from the Oakfield Adolescent Unit (Dr P Mensah, November 2026); views of Jasmine and her mother.",
            ),
        ],
    ),
    reports=[
        dict(
            file=HS1,
            style="headed",
            footer="Oakfield Hospital School - report for EHC needs assessment - Jasmine Thorley",
            author="R Lindqvist",
            blocks=[
                ("org", "Oakfield Hospital School"),
                (
                    "small",
                    "Oakfield Adolescent Unit, Wendmoor General Hospital site - 01632 960544 - office@oakfieldhs.example.org",
                ),
                ("title", "Education Report from the Hospital School"),
                (
                    "kv",
                    [
                        ("Pupil", "Jasmine Thorley, Year 9, date of birth 14 March 2012"),
                        ("Home school", "Brackley Park Academy"),
                        ("On roll", "11 July 2026 to date"),
                        ("Written by", "Rebecca Lindqvist, teacher in charge, secondary"),
                        ("Date", "24 November 2026"),
                    ],
                ),
                ("h", 1, "Jasmine's time with us"),
                (
                    "p",
                    [
                        X(
                            "Jasmine joined our school on the unit in July, a week after she was admitted, and at first she came to one session a day for 30 minutes.",
                            "history",
                        ),
                        X(
                            "By October she was managing nine sessions a week, and she now comes to every morning lesson.",
                            "progress",
                        ),
                        X(
                            "Her English teacher describes her essays as thoughtful and mature, and her art portfolio is outstanding.",
                            "strength",
                        ),
                        X(
                            "On the reading test we used in September her reading age was 15 years 2 months.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 1, "What we have noticed about her learning"),
                (
                    "p",
                    [
                        N(
                            "Jasmine has missed most of Year 8 and the autumn of Year 9, and there are large gaps in her maths and science, particularly algebra and the chemistry topics taught while she was ill.",
                            "cognition_learning",
                            B1_GAPS,
                        ),
                        N(
                            "Her concentration lasts around 20 minutes before she becomes restless or withdraws, which we think is partly her medication and partly her low mood.",
                            "cognition_learning",
                            B1_CONC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "We have found that she finds it very hard to ask for help and will sit with a blank page rather than tell an adult she is stuck.",
                            "cognition_learning",
                            B1_ASK,
                        ),
                        N(
                            "Jasmine becomes highly anxious in larger groups and has not yet managed a lesson with more than eight pupils in it.",
                            "semh",
                            None,
                        ),
                        N(
                            "Her written work is slow: in timed tasks she produces about half of what we would expect, and her handwriting deteriorates quickly after the first page.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "At first she would not come into the classroom if another young person was already there, but this has settled since September.",
                            "resolved difficulty",
                        ),
                        X(
                            "Jasmine has had the same key worker at school throughout her stay, and they meet every morning before lessons.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "What we think she will need back at Brackley Park"),
                (
                    "p",
                    "We have talked these through with Jasmine, her mum and Brackley Park's SENCo, Mr Okoro.",
                ),
                (
                    "grid",
                    [
                        ["What we recommend", "Why"],
                        [
                            R(
                                "A phased return over six weeks, starting with three mornings a week and building to full days, with the pace agreed at a review every two weeks.",
                                "semh",
                                "specific",
                                F1_PHASE,
                            ),
                            "A sudden return to a full timetable is the most common reason a return after an admission breaks down.",
                        ],
                        [
                            R(
                                "Catch-up teaching in maths and science in a group of no more than four pupils, three times a week for 45 minutes, for at least two terms.",
                                "cognition_learning",
                                "less",
                                F1_CATCH,
                            ),
                            X(
                                "The gaps are large and sequential, and algebra in particular has to be rebuilt before Year 10 work makes sense to her.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "A named key adult whom Jasmine meets for ten minutes at the start and end of every school day, to plan the day and talk over how it went.",
                                "semh",
                                "not_specific",
                                F1_KEY,
                            ),
                            "This is the arrangement that has worked best for her here.",
                        ],
                        [
                            R(
                                "A pass that lets her leave any lesson for a named quiet room, with a member of staff checking on her within five minutes.",
                                "semh",
                                "missing_from_f",
                            ),
                            X(
                                "Knowing that she can leave is often what allows her to stay.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Weekly one-to-one teaching from our outreach teacher, an hour a week in Brackley Park for the first half term, so that the two schools stay linked.",
                                "cognition_learning",
                                "wrong_section",
                                G1_OUTREACH,
                                section="G",
                            ),
                            "Jasmine trusts the outreach teacher, who already knows her gaps.",
                        ],
                    ],
                    [0.62, 0.38],
                ),
                (
                    "p",
                    [
                        X(
                            "We did discuss a place at the county's specialist SEMH school, but Jasmine, her mum and we all feel that her needs can be met at Brackley Park with the support above.",
                            "option considered and rejected",
                        ),
                        X(
                            "A full-time return straight after discharge was also considered and rejected, because she is not yet managing afternoons.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    "Rebecca Lindqvist, Teacher in Charge (Secondary), Oakfield Hospital School.",
                ),
            ],
        ),
        dict(
            file=CD1,
            footer="Wendmoor and Fenhurst NHS Foundation Trust - Oakfield Adolescent Unit - discharge summary - page {n} of {m}",
            author="Dr P Mensah",
            sans=True,
            accent="2E5E4E",
            blocks=[
                ("org", "Wendmoor and Fenhurst NHS Foundation Trust"),
                (
                    "small",
                    "Oakfield Adolescent Unit (Tier 4 CAMHS) - Wendmoor General Hospital - 01632 960560",
                ),
                ("title", "Inpatient Discharge Summary"),
                (
                    "kv",
                    [
                        ("Patient", "Jasmine Thorley, DOB 14/03/2012, NHS 999 318 6604"),
                        ("Admitted", "4 July 2026"),
                        ("Discharged", "20 November 2026"),
                        (
                            "Diagnosis",
                            "Moderate depressive episode; generalised anxiety; deliberate self-harm",
                        ),
                        ("Medication on discharge", "Sertraline 100 mg each morning"),
                        (
                            "Consultant",
                            "Dr Priya Mensah, Consultant Child and Adolescent Psychiatrist",
                        ),
                    ],
                ),
                ("h", 2, "Summary of admission"),
                (
                    "p",
                    [
                        X(
                            "Jasmine was admitted informally after an overdose at home, following several months of low mood, school refusal and cutting.",
                            "history",
                        ),
                        X(
                            "There has been no self-harm on the ward or on home leave for the last eight weeks.",
                            "resolved",
                        ),
                        X(
                            "Her score on the mood questionnaire fell from 22 on admission to 11 at discharge.",
                            "test result",
                        ),
                        X(
                            "A safety plan has been written with Jasmine and shared with her mother and with Brackley Park's designated safeguarding lead.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Difficulties at discharge relevant to education"),
                (
                    "bul",
                    [
                        N(
                            "At discharge Jasmine's mood remains low in the mornings and she struggles to get up and ready, so she is often late or misses the start of the day.",
                            "semh",
                            B1_MORN,
                        ),
                        N(
                            "When she is anxious her processing slows markedly, and she needs instructions repeated or written down because she cannot hold several steps in mind.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Crowded, noisy places such as corridors at lesson change and the dining hall are her main triggers, and she has had thoughts of self-harm when overwhelmed in them.",
                            "semh",
                            B1_CROWD,
                        ),
                        N(
                            "She is intensely self-critical about her work and may tear it up or refuse to hand it in, because she believes anything short of perfect will be judged.",
                            "semh",
                            B1_CRIT,
                        ),
                    ],
                ),
                ("h", 2, "Plan on discharge"),
                (
                    "bul",
                    [
                        R(
                            "Jasmine will continue under Wendmoor Community CAMHS, with weekly cognitive behavioural therapy and a medication review by the consultant every six weeks.",
                            "health",
                            "not_educational",
                            G1_CAMHS,
                            section="G",
                        ),
                        R(
                            "Staff who teach Jasmine should be trained, before she returns, in supporting a young person back into school after a mental health admission, including how to use her safety plan.",
                            "semh",
                            "not_specific",
                            F1_TRAIN,
                        ),
                        R(
                            "For the first half term her day should start at 9.45 am, with a quiet arrival through the student services entrance rather than the main gate, because the crowd at the gate is a trigger.",
                            "semh",
                            "missing_from_f",
                        ),
                        R(
                            "At home, the family should keep to the evening routine agreed on the ward, with screens off by 10 pm.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "A referral to the adolescent day unit was considered, but Jasmine is ready to return to her own school and the day unit would take her away from it again.",
                            "option considered and rejected",
                        ),
                        X(
                            "The reason we have asked for a later start is that her sertraline makes her drowsy for the first hour after she wakes.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Priya Mensah MRCPsych, Consultant Child and Adolescent Psychiatrist. Copy to GP and to Wendmoor SEND Team with consent.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbn-02: Sallowfield Borough Council; Elsie Marchbank, 12, anorexia nervosa
# layout "title-case-names-unlettered-f-table-where-column": statutory names in title
# case, no letters at all; Section F one table Provision / Who / How much and how often /
# Where (home or school).
# ---------------------------------------------------------------------------

B2_TIRED = "Elsie gets tired and cold very quickly at the moment and can only work for about half an hour to forty minutes at a time."
B2_GAPS = "Elsie missed much of Year 7, so there are topics in maths, science and French that she has not been taught."
B2_FRIENDS = "Elsie has lost touch with most of her friends and worries about who she would be with if she went back to school."
B2_RIGID = "Elsie likes things to go the way she has planned them, and a sudden change, or working in a group, can upset her."
B2_MOVE = "Sometimes Elsie feels she has to keep moving and finds it hard to stay in her seat."
B2_BODY = "Remarks about food, weight or bodies, in PE, science or just in passing, upset Elsie a great deal."

F2_ATTEND = "Attendance at Hollins Lane School for two mornings a week from January 2027, adding one morning every three weeks when the eating disorders team agree"
F2_TUITION = "Home tuition in maths, English and science from the Medical Needs Tuition Service, 5 hours a week in sessions of up to 45 minutes"
F2_LIAISE = "Liaison between school and the tuition service as needed"
F2_TIMEOUT = "Time out of lessons when needed"
F2_LAPTOP = "A school laptop with access to all her classes' online work, so that lessons she misses can be followed at home"

G2_CEDS = "Sallowfield Community Eating Disorders Service will continue to see Elsie and her family weekly for family therapy, and will weigh her at clinic every week."
G2_STEPS = "As part of her treatment plan, Elsie will be helped to break long tasks into timed steps in her English and humanities lessons, so that she finishes work instead of redrafting it."

MT2 = "medical_needs_tuition_report.pdf"
ED2 = "eating_disorders_letter.docx"


def _plain(sid: str) -> tuple:
    return ("H", sid, TITLE[sid], "h2")


CASE_02 = dict(
    name="case-evalbn-02",
    layout="title-case-names-unlettered-f-table-where-column",
    summary=(
        "Sallowfield Borough Council; Elsie Marchbank, 12, Year 8, on the roll of Hollins Lane School but taught at home "
        "by the Medical Needs Tuition Service on a reduced timetable (anorexia nervosa, gaps in learning, perfectionism, "
        "isolation). Headings are the statutory names in title case with **no letters**; Section F is one table "
        "Provision / Who / How much and how often / Where. A medical needs tuition service report (.pdf, reported "
        "speech, options weighed and recommendations argued at length) and a community eating disorders service "
        "letter (.docx, a dictated letter in the first person)."
    ),
    note="The eating disorders clinician's advice that a teaching assistant help Elsie break long tasks into timed steps in lessons is written into the health provision as part of her treatment plan: provision in the wrong section. Weekly family therapy and weighing at clinic are health provision. Weight, BMI centiles, the admission to the paediatric ward and the tuition already in place are background.",
    plan=dict(
        file="plan.pdf",
        footer="Sallowfield Borough Council | EHCP | Elsie Marchbank | page {n} of {m}",
        author="Sallowfield SEND Service",
        title="EHCP - Elsie Marchbank",
        accent="5B2C6F",
        blocks=[
            ("org", "Sallowfield Borough Council"),
            (
                "small",
                "SEND Service, Civic Centre, Sallowfield - 01632 960630 - send@sallowfield.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Elsie Marchbank"),
                    ("Date of birth", "2 May 2014"),
                    ("School", "Hollins Lane School, Year 8 (currently taught at home)"),
                    ("Parents", "Fiona and Martin Marchbank"),
                    ("Date of plan", "4 December 2026"),
                ],
            ),
            _plain("A"),
            ("S", "A", "Elsie loves reading fantasy novels, playing the piano and her two cats."),
            (
                "p",
                'She told us she would like to "be normal again and go to school with everyone else", and she hopes to study music.',
            ),
            _plain("B"),
            (
                "S",
                "B",
                "Elsie has anorexia nervosa, and being so unwell has affected her learning, her friendships and how she copes with school.",
            ),
            ("p", [B2_TIRED, B2_GAPS]),
            ("p", [B2_FRIENDS, B2_RIGID]),
            ("p", [B2_MOVE, B2_BODY]),
            _plain("C"),
            (
                "S",
                "C",
                "Elsie was diagnosed with anorexia nervosa in March 2026 and spent three weeks on the paediatric ward in April.",
            ),
            _plain("D"),
            ("S", "D", "No social care needs have been identified."),
            _plain("E"),
            (
                "S",
                "E",
                "By the end of Year 8, Elsie will attend Hollins Lane for at least five mornings a week.",
            ),
            (
                "p",
                "By the end of Year 8, Elsie will have caught up the Year 7 maths and science topics she missed.",
            ),
            (
                "p",
                "By the end of Year 8, Elsie will take part in a group activity with two classmates at least once a week.",
            ),
            _plain("F"),
            (
                "grid",
                [
                    ["Provision", "Who", "How much and how often", "Where"],
                    [
                        ("S", "F", ("F", F2_ATTEND, True)),
                        "Hollins Lane School",
                        "Two mornings a week, then one more every three weeks",
                        "School",
                    ],
                    [
                        ("F", F2_TUITION, True),
                        "Medical Needs Tuition Service",
                        "5 hours a week",
                        "Home",
                    ],
                    [("F", F2_LIAISE, False), "SENCo and tutor", "", "School and home"],
                    [("F", F2_TIMEOUT, False), "Class teachers", "", "School"],
                    [
                        ("F", F2_LAPTOP, True),
                        "Hollins Lane IT team",
                        "Issued before January 2027",
                        "Home",
                    ],
                ],
                [0.44, 0.18, 0.24, 0.14],
            ),
            _plain("G"),
            ("S", "G", G2_CEDS),
            ("p", G2_STEPS),
            _plain("H1"),
            ("S", "H1", "None."),
            _plain("H2"),
            ("S", "H2", "No other social care provision is needed at present."),
            _plain("I"),
            (
                "S",
                "I",
                "Hollins Lane School (mainstream secondary), with home tuition from the Sallowfield Medical Needs Tuition Service.",
            ),
            _plain("J"),
            ("S", "J", "Not requested."),
            _plain("K"),
            (
                "S",
                "K",
                "Report of the Medical Needs Tuition Service (Mr A Dunmore, October 2026); letter from Sallowfield Community Eating Disorders Service (Dr H Varga, November 2026); Elsie's and her parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=MT2,
            footer="Sallowfield Medical Needs Tuition Service - confidential - page {n}",
            author="A Dunmore",
            accent="3A5A80",
            blocks=[
                ("org", "Sallowfield Medical Needs Tuition Service"),
                (
                    "small",
                    "The Willows Education Centre, Sallowfield - 01632 960671 - mnts@sallowfield.example.org",
                ),
                ("title", "Advice for an Education, Health and Care Needs Assessment"),
                (
                    "p",
                    "Pupil: Elsie Marchbank, Year 8, Hollins Lane School. Tutor and author: Adam Dunmore, senior tutor. Written 19 October 2026, after eleven weeks of home tuition.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "The service began teaching Elsie at home in June 2026, after her discharge from the paediatric ward, for five hours a week.",
                            "history: support already in place",
                        ),
                        X(
                            "Her mother told us that Elsie had been a high achiever in Year 6 and had won the school's music prize.",
                            "history",
                        ),
                        X(
                            "Elsie has kept up with her English set's reading, and her written English remains well above the expected level.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "What I have observed"),
                (
                    "p",
                    [
                        N(
                            "Elsie's stamina is very limited: she can manage about 40 minutes of focused work before she becomes cold and tired and can no longer concentrate.",
                            "cognition_learning",
                            B2_TIRED,
                        ),
                        N(
                            "She missed most of the spring and summer terms of Year 7, and she has gaps in maths, science and French.",
                            "cognition_learning",
                            B2_GAPS,
                        ),
                        N(
                            "Elsie sets herself impossibly high standards and will spend an hour redrafting one paragraph, so tasks are rarely finished.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Elsie told me that she had not heard from most of her friends since the summer.",
                        N(
                            "She has become isolated from her friends and says she does not know who she would sit with if she went back.",
                            "semh",
                            B2_FRIENDS,
                        ),
                        N(
                            "She is very anxious about eating in front of others, and the lunch hall and any lesson involving food, such as food technology, cause her great distress.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "Her initial reluctance to have a tutor in the house has gone, and she now has the table set out before I arrive.",
                            "resolved difficulty",
                        ),
                        X(
                            "Her mother said that Elsie's sleep, which was very poor in the summer, is now much better.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Options"),
                (
                    "p",
                    [
                        X(
                            "Option A, a full return to Hollins Lane in January, was raised by the school, but I do not recommend it: Elsie does not yet have the stamina for a full day, and a return that fails would set her back further.",
                            "option considered and rejected",
                        ),
                        X(
                            "Option B, continuing home tuition alone for the rest of Year 8, would keep her safe but would leave her more isolated, and her parents and the eating disorders team agree that she needs to be back among her classmates.",
                            "option considered and rejected",
                        ),
                        "I therefore recommend Option C, a gradual return to school alongside continued tuition at home, as set out below.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Elsie should attend Hollins Lane for two mornings a week from the start of the spring term, increasing by one morning every three weeks if her weight is stable.",
                            "semh",
                            "specific",
                            F2_ATTEND,
                        ),
                        X(
                            "Mornings are when her energy is highest, and a slow build-up lets the eating disorders team check that the extra activity is not harming her recovery.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Home tuition from this service should continue at ten hours a week, in sessions of no more than 45 minutes, until Elsie is in school for at least half of each week.",
                            "cognition_learning",
                            "less",
                            F2_TUITION,
                        ),
                        X(
                            "Five hours a week has been enough to keep her English going, but it cannot close the gaps in maths and science as well, and without the extra hours she will fall further behind as the school hours build.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A teacher at Hollins Lane should be named as the link with the tuition service and should meet her tutor for half an hour every fortnight to share plans and work.",
                            "cognition_learning",
                            "not_specific",
                            F2_LIAISE,
                        ),
                        "In my experience, a return like this stalls when school and tutor are teaching different things in the same week.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She should be able to eat her snack and lunch in a small room with a trusted adult, away from the lunch hall, for as long as eating in company distresses her.",
                            "semh",
                            "missing_from_f",
                        ),
                        X(
                            "If lunchtimes are not planned for, her mother thinks Elsie will simply not come in on the days that include one.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                ("p", "Adam Dunmore, Senior Tutor."),
            ],
        ),
        dict(
            file=ED2,
            style="headed",
            footer="Sallowfield Community Eating Disorders Service - letter - Elsie Marchbank",
            author="Dr H Varga",
            blocks=[
                (
                    "org",
                    "Sallowfield and Dene Valley NHS Trust - Community Eating Disorders Service",
                ),
                ("small", "Larchfield House, Dene Road, Sallowfield - 01632 960688"),
                ("p", "Dictated 12 November 2026, typed 14 November 2026."),
                ("p", "Dear Ms Okafor,"),
                ("p", "Re: Elsie Marchbank, DOB 02/05/2014, NHS 999 427 0315, Hollins Lane School"),
                (
                    "p",
                    [
                        "Thank you for asking for my advice for Elsie's EHC needs assessment.",
                        X(
                            "I have been Elsie's lead clinician since her diagnosis in March, and she has been seen with her family every week since then.",
                            "history: support already in place",
                        ),
                        X(
                            "Her weight has risen from 78% to 86% of the median for her height over the last four months, and she is medically stable.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her thinking is rigid, and she finds it hard to change a plan once it is made, which affects group work and any change to her timetable.",
                            "semh",
                            B2_RIGID,
                        ),
                        N(
                            "Elsie's concentration and memory are still affected by under-nutrition: she forgets instructions given a few minutes earlier and reads the same page several times.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "She remains preoccupied with exercise and may refuse to sit down, or stand and walk about during lessons.",
                            "semh",
                            B2_MOVE,
                        ),
                        N(
                            "Comments about food, weight or bodies, including in PE and biology lessons, distress her greatly and can set back her eating for days.",
                            "semh",
                            B2_BODY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "In school, I would ask for the following.",
                        R(
                            "A teaching assistant should help Elsie to break long tasks into steps, with a time limit for each, in every English and humanities lesson, so that she finishes work instead of redrafting it.",
                            "semh",
                            "wrong_section",
                            G2_STEPS,
                            section="G",
                        ),
                        R(
                            "Elsie should have a time-out card so that she can leave a lesson for ten minutes when she feels overwhelmed, going to the student support base.",
                            "semh",
                            "not_specific",
                            F2_TIMEOUT,
                        ),
                        R(
                            "PE should be replaced this year by a gentle, supervised alternative agreed with us, and she should not take part in competitive sport or fitness testing.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I do not think Elsie needs a specialist eating disorders school or a day programme at present; she is making steady progress with treatment in the community.",
                            "option considered and rejected",
                        ),
                        X(
                            "The reason for the PE advice is that her heart rate is still low, and strenuous exercise would undo her weight gain.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "We will continue to see Elsie and her family weekly for family-based treatment, and she will be weighed at clinic every week.",
                            "health",
                            "not_educational",
                            G2_CEDS,
                            section="G",
                        ),
                        R(
                            "At home, her parents should go on supervising all of her meals and snacks, as agreed in family therapy.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                (
                    "p",
                    "Dr Hanna Varga, Consultant Clinical Psychologist, Community Eating Disorders Service",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbn-03: Fenmarsh County Council; Amira Castellano-Boyd, 9, juvenile idiopathic
# arthritis and chronic pain
# layout "letter-dot-title-case-f-table-infusion-week-column": "B. Special Educational
# Needs"; Section F one table Provision / Staff / Usual weeks / Infusion weeks.
# ---------------------------------------------------------------------------

B3_WRITE = (
    "Writing hurts Amira's wrists after a short time, and then her handwriting gets hard to read."
)
B3_STIFF = "Amira is stiff and slow first thing in the morning, which makes the first lesson and the stairs difficult."
B3_PAIN = "When she is in pain Amira finds it hard to concentrate, and she tends to go quiet rather than tell anyone."
B3_STUPID = (
    "Amira worries that she is falling behind her friends and has started calling herself stupid."
)
B3_SHORT = "Amira reads well for her age, but she writes much less than her classmates and often does not finish."

F3_LAPTOP = "A laptop for longer writing tasks, with a wrist rest and a sloped writing board for handwriting, in place from January 2027"
F3_LATE = "On stiff mornings Amira may arrive up to 9.30 am, and her first task will be quiet reading with her class"
F3_MOVE = "Movement breaks as needed"
F3_PRETEACH = "Pre-teaching in maths with a teaching assistant, 30 minutes once a fortnight"
F3_GROUP = "Access to small group work to build confidence"
F3_SCRIBE = "An adult to scribe for Amira in assessments of more than 20 minutes, and rest breaks of 5 minutes in every such assessment"

G3_CLINIC = "Amira is reviewed in the paediatric rheumatology clinic at Fenmarsh Royal Infirmary every three months, and her methotrexate and four-weekly infusions are monitored by the rheumatology nurse specialist."
G3_CATCHUP = "Amira will have work sent home before each infusion day and 20 minutes of catch-up with a teaching assistant on her return, arranged through the rheumatology nurse specialist."

RN3 = "rheumatology_nurse_report.pdf"
SC3 = "school_senco_report.docx"


def _dot(sid: str) -> tuple:
    return ("H", sid, f"{sid}. {TITLE[sid]}", "h1")


CASE_03 = dict(
    name="case-evalbn-03",
    layout="letter-dot-title-case-f-table-infusion-week-column",
    summary=(
        "Fenmarsh County Council; Amira Castellano-Boyd, 9, Year 5, St Aldric's CE Primary School (polyarticular "
        "juvenile idiopathic arthritis, chronic pain, absence for four-weekly infusions, written output, confidence). "
        "Word headings 'B. Special Educational Needs'; Section F one table Provision / Staff / Usual weeks / "
        "Infusion weeks. A paediatric rheumatology nurse specialist's report (.pdf, third person, bullets with "
        "the reasons mixed in, the illness's needs set apart from the learning needs) and the school SENCo's "
        "report (.docx, first person plural, a Recommendation / Outcome it supports / Reason table)."
    ),
    note="The nurse specialist's recommended work sent home before infusions and catch-up with a teaching assistant on return is written into Section G, arranged through the nurse: provision in the wrong section. Clinic reviews and infusion monitoring in G are health provision. Joint counts, blood results, the eye screening and the medication list are background.",
    plan=dict(
        file="plan.docx",
        footer="Fenmarsh County Council - EHCP - Amira Castellano-Boyd - issued 27 November 2026",
        author="Fenmarsh SEND Service",
        title="EHCP Amira Castellano-Boyd",
        blocks=[
            ("org", "FENMARSH COUNTY COUNCIL"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child", "Amira Castellano-Boyd"),
                    ("Date of birth", "9 September 2017"),
                    ("School", "St Aldric's CE Primary School, Year 5"),
                    ("NHS number", "999 605 2218"),
                    ("Parents", "Lucia Castellano and Owen Boyd, 31 Heron Way, Fenmarsh"),
                    ("EHC coordinator", "Mrs S Tran, 01632 960742"),
                ],
            ),
            _dot("A"),
            (
                "S",
                "A",
                "Amira loves swimming, baking with her grandad and making up dances with her little sister.",
            ),
            (
                "p",
                'She wants to "not be the one who is always missing" and to go on the Year 6 residential trip.',
            ),
            _dot("B"),
            (
                "S",
                "B",
                "Amira's arthritis and the pain and tiredness that come with it affect her learning in the ways set out below.",
            ),
            ("b", "Physical"),
            ("p", [B3_WRITE, B3_STIFF]),
            ("b", "Learning"),
            ("p", [B3_SHORT, B3_PAIN]),
            ("b", "Feelings and confidence"),
            ("p", B3_STUPID),
            _dot("C"),
            (
                "S",
                "C",
                "Amira has polyarticular juvenile idiopathic arthritis, diagnosed at the age of six, and takes methotrexate weekly with a tocilizumab infusion every four weeks.",
            ),
            _dot("D"),
            ("S", "D", "No social care needs."),
            _dot("E"),
            (
                "S",
                "E",
                "By July 2027 Amira will write a full page in English and topic work on most days, using her laptop when she needs to.",
            ),
            (
                "p",
                "By July 2027 Amira will tell an adult when she is in pain, using her traffic-light card.",
            ),
            ("p", "By July 2027 Amira will be working at the expected standard in maths."),
            _dot("F"),
            (
                "S",
                "F",
                "The school will make the provision in the table below; the last column shows what changes in the weeks when Amira has an infusion.",
            ),
            (
                "grid",
                [
                    ["Provision", "Staff", "Usual weeks", "Infusion weeks"],
                    [
                        ("F", F3_LAPTOP, True),
                        "SENCo to order; class teacher",
                        "Every day",
                        "Laptop goes home",
                    ],
                    [("F", F3_LATE, True), "Class teacher", "Any stiff morning", "Same"],
                    [("F", F3_MOVE, False), "Class teacher", "", ""],
                    [("F", F3_PRETEACH, True), "Teaching assistant", "Once a fortnight", "Same"],
                    [("F", F3_GROUP, False), "Learning mentor", "", ""],
                    [
                        ("F", F3_SCRIBE, True),
                        "Teaching assistant",
                        "Every assessment",
                        "Assessments moved",
                    ],
                ],
                [0.46, 0.18, 0.18, 0.18],
            ),
            _dot("G"),
            ("S", "G", G3_CLINIC),
            ("p", G3_CATCHUP),
            _dot("H1"),
            ("S", "H1", "None identified."),
            _dot("H2"),
            ("S", "H2", "Nothing at this time."),
            _dot("I"),
            ("S", "I", "St Aldric's CE Primary School, Fenmarsh (mainstream)."),
            _dot("J"),
            ("S", "J", "The family have not asked for a personal budget."),
            _dot("K"),
            (
                "S",
                "K",
                "Report of the paediatric rheumatology nurse specialist (Ms C Oduya, October 2026); SENCo report, St Aldric's CE Primary (Mrs J Hallam, October 2026); views of Amira and her parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=RN3,
            footer="Fenmarsh Royal Infirmary NHS Trust - Paediatric Rheumatology - page {n} of {m}",
            author="C Oduya",
            sans=True,
            accent="7A3B1E",
            blocks=[
                ("org", "Fenmarsh Royal Infirmary NHS Trust"),
                (
                    "small",
                    "Paediatric Rheumatology, Children's Outpatients, Level 2 - 01632 960755 - rheumnurses@fenmarsh.example.org",
                ),
                ("title", "Nurse Specialist Report for EHC Needs Assessment"),
                (
                    "kv",
                    [
                        ("Patient", "Amira Castellano-Boyd, DOB 09/09/2017, NHS 999 605 2218"),
                        (
                            "Diagnosis",
                            "Polyarticular juvenile idiopathic arthritis (rheumatoid factor negative)",
                        ),
                        (
                            "Medication",
                            "Methotrexate weekly; tocilizumab infusion every four weeks; ibuprofen as required",
                        ),
                        (
                            "Author",
                            "Claire Oduya, Paediatric Rheumatology Clinical Nurse Specialist",
                        ),
                        ("Date", "6 October 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Amira was diagnosed at six after several months of swollen knees and limping, and she had steroid joint injections under general anaesthetic in 2024.",
                            "history",
                        ),
                        X(
                            "At her September clinic she had four active joints, down from eleven a year ago, and her inflammatory markers are now normal.",
                            "test result",
                        ),
                        X(
                            "Her eye screening for uveitis has been clear at every visit.",
                            "test result",
                        ),
                        X(
                            "Her knee swelling, which kept her off school for a month last year, has settled since she started infusions.",
                            "resolved",
                        ),
                    ],
                ),
                ("h", 2, "What the arthritis itself needs"),
                (
                    "p",
                    "This part is for the health section of the plan: Amira needs her infusions every four weeks at the Children's Day Unit, her weekly methotrexate at home, regular clinic reviews and blood tests, and a way to ask for pain relief at school.",
                ),
                (
                    "bul",
                    [
                        R(
                            "Amira will continue to be reviewed in the paediatric rheumatology clinic every three months, with her methotrexate and four-weekly tocilizumab infusions monitored by the nurse specialist team.",
                            "health",
                            "not_educational",
                            G3_CLINIC,
                            section="G",
                        ),
                        X(
                            "School already keeps ibuprofen for her under an individual healthcare plan, which I wrote with the school nurse in September.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "What this means for her learning"),
                (
                    "bul",
                    [
                        N(
                            "Arthritis affects both wrists, her right knee and her ankles, and after about ten minutes of writing her wrist becomes painful and her handwriting becomes hard to read.",
                            "sensory_physical",
                            B3_WRITE,
                        ),
                        N(
                            "Morning stiffness lasts up to an hour, so she is slow to get going and may struggle with the first lesson and with stairs.",
                            "sensory_physical",
                            B3_STIFF,
                        ),
                        N(
                            "Because of infusions and appointments she misses around two school days in every four weeks, and she loses the thread of new topics in maths when she misses them.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Chronic pain affects her concentration, particularly in the afternoons, and she tends to withdraw when she is hurting rather than say so.",
                            "cognition_learning",
                            B3_PAIN,
                        ),
                        N(
                            "Amira cannot sit on the floor for carpet time or assembly, because kneeling and sitting cross-legged hurt her knee.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations for school"),
                (
                    "bul",
                    [
                        R(
                            "She should have a laptop for extended writing, with a wrist rest and a sloped board for handwriting, from the start of next term, so that the length of her work is not limited by pain.",
                            "sensory_physical",
                            "specific",
                            F3_LAPTOP,
                        ),
                        R(
                            "Amira should have a five-minute movement break every 30 minutes in lessons, because sitting still lets her joints stiffen.",
                            "sensory_physical",
                            "not_specific",
                            F3_MOVE,
                        ),
                        R(
                            "A chair with a back should be provided for her at carpet time and in assembly, so that she can join the class without sitting on the floor.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        R(
                            "A teaching assistant should send home the week's maths and English work on the day before each infusion and go through it with Amira for 20 minutes on her return.",
                            "cognition_learning",
                            "wrong_section",
                            G3_CATCHUP,
                            section="G",
                        ),
                        R(
                            "At home, a warm bath in the morning and the stretches her physiotherapist has taught her will help to ease the stiffness.",
                            "sensory_physical",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "A wheelchair for longer distances was discussed with the family, but Amira walks well once she has warmed up and does not want one.",
                            "option considered and rejected",
                        ),
                        "Claire Oduya RN (Child), Clinical Nurse Specialist.",
                    ],
                ),
            ],
        ),
        dict(
            file=SC3,
            style="headed",
            footer="St Aldric's CE Primary School - SENCo report - Amira Castellano-Boyd",
            author="J Hallam",
            blocks=[
                ("org", "St Aldric's CE Primary School"),
                ("small", "Church Lane, Fenmarsh - 01632 960763 - senco@staldrics.example.org"),
                ("title", "SENCo Report: Amira Castellano-Boyd, Year 5"),
                (
                    "p",
                    "Written by Jenny Hallam, SENCo, with Amira's class teacher, Mr Bell, 14 October 2026.",
                ),
                ("h", 1, "How Amira is getting on"),
                (
                    "p",
                    [
                        X(
                            "Amira is a kind, popular girl and a confident reader; in the summer she reached the expected standard in reading.",
                            "strength",
                        ),
                        X(
                            "Her attendance last year was 84%, most of the absences for hospital days.",
                            "history",
                        ),
                        X(
                            "Since we moved her classroom to the ground floor in September she has been on time for the first lesson more often.",
                            "support already in place",
                        ),
                        N(
                            "Amira is anxious about falling behind her friends and has started to say she is 'stupid' when she finds work hard.",
                            "semh",
                            B3_STUPID,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her written work in all subjects is much shorter than her classmates' and is often unfinished, although her ideas are good.",
                            "cognition_learning",
                            B3_SHORT,
                        ),
                        N(
                            "Amira has become reluctant to go out at playtime because she cannot keep up with the running games, and she is often on her own.",
                            "semh",
                            None,
                        ),
                        X(
                            "We tried letting her stay in at every playtime last year, but she said it made her feel left out, so we stopped.",
                            "option tried and stopped",
                        ),
                    ],
                ),
                ("h", 1, "What we recommend"),
                (
                    "grid",
                    [
                        ["Recommendation", "Outcome it supports", "Reason"],
                        [
                            R(
                                "We recommend a weekly 30-minute pre-teaching session in maths with a teaching assistant, and an extra session in the week after each infusion.",
                                "cognition_learning",
                                "less",
                                F3_PRETEACH,
                            ),
                            "Working at the expected standard in maths",
                            X(
                                "Pre-teaching means she meets the new idea before the lesson, so missing a day hurts less.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "We would like Amira to join a small friendship and self-esteem group run by our learning mentor, for 30 minutes each week for a term.",
                                "semh",
                                "not_specific",
                                F3_GROUP,
                            ),
                            "Feeling good about herself as a learner",
                            "Her confidence has dropped this year more than her attainment has.",
                        ],
                        [
                            R(
                                "We recommend an indoor playtime club twice a week, with board games and construction, where Amira can bring a friend of her choosing.",
                                "semh",
                                "missing_from_f",
                            ),
                            "Friendships at playtime",
                            "It gives her a way to be with friends that does not depend on running.",
                        ],
                        [
                            R(
                                "On mornings when she is stiff Amira should be able to arrive up to 9.30 am and start with quiet reading, rather than being marked late and rushed.",
                                "sensory_physical",
                                "specific",
                                F3_LATE,
                            ),
                            "Arriving calm and ready to learn",
                            "Rushing on a stiff morning leaves her in pain for the rest of the day.",
                        ],
                    ],
                    [0.5, 0.22, 0.28],
                ),
                (
                    "p",
                    [
                        X(
                            "We did think about a part-time timetable, but Amira and her parents want her in school full time, and with these adjustments we think she can manage it.",
                            "option considered and rejected",
                        ),
                        "Jenny Hallam, SENCo.",
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbn-04: Kestlemere Council; Callum Prentiss-Ward, 16, brain tumour in remission
# layout "letter-em-dash-sentence-case-f-table-college-week-column": "B — Special
# educational needs" (sentence case); Section F one table Provision / Who / When in the
# college week / Reviewed.
# ---------------------------------------------------------------------------

B4_SPEED = (
    "Callum takes much longer than other students to take in what he hears and to get work done."
)
B4_MEMORY = "Callum forgets instructions that have several steps, and he often cannot remember what was taught in the last lesson."
B4_TIRED = "Callum gets more and more tired as the day goes on, and by the afternoon he usually has little energy left for learning."
B4_HAND = "His right hand is weaker since his illness, so his handwriting is slow and messy and he cannot keep up with notes."
B4_NEW = "Callum is nervous about starting at a big college where nobody knows what he has been through, and he does not want to stand out."

F4_STUDY = "Study skills support with a learning support tutor, one hour a week"
F4_TIMETABLE = "A timetable with new learning in the mornings and a 30-minute rest in the student support room after lunch every day"
F4_HANDOUTS = "Access to handouts where possible"
F4_EXAMS = "25% extra time, a reader and a word processor in all assessments and examinations"
F4_MENTOR = "Regular check-ins with a key worker"
F4_LAPTOP = "A college laptop with speech-to-text and note-taking software, and training in using it during his first two weeks"

G4_LATE = "Callum will be seen in the late effects clinic at Kestlemere Children's Hospital every six months, with a hearing test and an endocrine review each year."
H4_INDUCT = "Two supported induction visits to Norbridge College in the summer term with his learning support key worker, to learn the building and meet his tutors, arranged by the Young People's Disability Team."

PS4 = "oncology_psychology_report.docx"
AL4 = "college_als_report.pdf"


def _em(sid: str) -> tuple:
    return ("H", sid, f"{sid} — {NAMES[sid]}", "h2")


CASE_04 = dict(
    name="case-evalbn-04",
    layout="letter-em-dash-sentence-case-f-table-college-week-column",
    summary=(
        "Kestlemere Council; Callum Prentiss-Ward, 16, starting a Level 2 IT course at Norbridge College after a "
        "medulloblastoma treated at 12 and 13, now in remission (slow processing, working memory, fatigue, weak "
        "right hand, hearing loss, organisation, anxiety about the move). Headings 'B — Special educational needs' "
        "in sentence case; Section F one table Provision / Who / When in the college week / Reviewed. A paediatric "
        "oncology psychologist's report (.docx, neuropsychological findings, parents' views in reported speech, "
        "recommendations argued at length) and a college additional learning support manager's report (.pdf, first "
        "person plural bullets with the reasons mixed in)."
    ),
    note="The college's recommended supported induction visits with the learning support key worker stand in Section H2 as a Young People's Disability Team arrangement: provision in the wrong section. The late effects clinic, hearing tests and endocrine reviews in G are health provision. Treatment history, clear scans, average verbal scores and GCSE results are background.",
    plan=dict(
        file="plan.pdf",
        footer="Kestlemere Council - Education, Health and Care Plan - Callum Prentiss-Ward - page {n} of {m}",
        author="Kestlemere SEND 0-25 Team",
        title="EHC Plan - Callum Prentiss-Ward",
        accent="1E5E7A",
        blocks=[
            ("org", "Kestlemere Council - SEND 0-25 Team"),
            (
                "small",
                "Riverside House, Kestlemere - 01632 960820 - send025@kestlemere.example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Callum Prentiss-Ward"),
                    ("Date of birth", "22 June 2010"),
                    ("NHS number", "999 733 4180"),
                    (
                        "College",
                        "Norbridge College, Level 2 Certificate in IT, from September 2027",
                    ),
                    ("Plan date", "3 December 2026"),
                ],
            ),
            _em("A"),
            (
                "S",
                "A",
                "Callum enjoys designing computer games, playing bass guitar and watching football with his dad.",
            ),
            (
                "p",
                'He says: "I want to get my IT qualifications and work in games testing, and I don\'t want everyone at college to know I was ill."',
            ),
            _em("B"),
            (
                "S",
                "B",
                "Callum's illness and its treatment have left him with difficulties that affect how he learns.",
            ),
            ("p", [B4_SPEED, B4_MEMORY, B4_TIRED]),
            ("p", [B4_HAND, B4_NEW]),
            _em("C"),
            (
                "S",
                "C",
                "Callum had a medulloblastoma removed in 2022, followed by radiotherapy and chemotherapy; he has been in remission since 2023.",
            ),
            _em("D"),
            (
                "S",
                "D",
                "Callum does not have social care needs, but the family are known to the Young People's Disability Team.",
            ),
            _em("E"),
            ("S", "E", "By July 2028 Callum will complete his Level 2 Certificate in IT."),
            (
                "p",
                "By July 2028 Callum will hand in at least three quarters of his assignments by the deadline.",
            ),
            ("p", "By July 2028 Callum will travel to college on his own."),
            _em("F"),
            (
                "grid",
                [
                    ["Provision", "Who", "When in the college week", "Reviewed"],
                    [
                        ("S", "F", ("F", F4_STUDY, True)),
                        "Learning support tutor",
                        "One hour, Wednesday",
                        "Each term",
                    ],
                    [("F", F4_TIMETABLE, True), "Course leader", "Every day", "Each term"],
                    [("F", F4_HANDOUTS, False), "Lecturers", "", ""],
                    [("F", F4_EXAMS, True), "Exams officer", "Every assessment", "Each year"],
                    [("F", F4_MENTOR, False), "Additional Learning Support", "", ""],
                    [
                        ("F", F4_LAPTOP, True),
                        "Additional Learning Support",
                        "From the first day",
                        "Each term",
                    ],
                ],
                [0.44, 0.2, 0.2, 0.16],
            ),
            _em("G"),
            ("S", "G", G4_LATE),
            _em("H1"),
            ("S", "H1", "None."),
            _em("H2"),
            ("S", "H2", H4_INDUCT),
            _em("I"),
            (
                "S",
                "I",
                "Norbridge College (general further education college), from September 2027.",
            ),
            _em("J"),
            ("S", "J", "Callum has not asked for a personal budget."),
            _em("K"),
            (
                "S",
                "K",
                "Report of Dr N Achebe, paediatric oncology clinical psychologist (September 2026); report of Ms G Farrant, Additional Learning Support Manager, Norbridge College (November 2026); Callum's and his parents' views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PS4,
            style="headed",
            footer="Kestlemere Children's Hospital - Paediatric Oncology Psychology - Callum Prentiss-Ward",
            author="Dr N Achebe",
            blocks=[
                ("org", "Kestlemere Children's Hospital NHS Foundation Trust"),
                ("small", "Paediatric Oncology Psychology Service, Ward 7 Offices - 01632 960834"),
                ("title", "Psychology Report: Education Advice"),
                (
                    "kv",
                    [
                        ("Name", "Callum Prentiss-Ward, 22 June 2010, NHS 999 733 4180"),
                        ("Seen", "2, 9 and 16 September 2026"),
                        ("Author", "Dr Nneka Achebe, Clinical Psychologist, Paediatric Oncology"),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Callum was diagnosed with a medulloblastoma at 12, and he had surgery, craniospinal radiotherapy and a year of chemotherapy.",
                            "history",
                        ),
                        X(
                            "His scans have been clear for three years, and he is now seen only in the late effects clinic.",
                            "history: test result",
                        ),
                        X(
                            "He passed five GCSEs this summer, including a grade 6 in computer science.",
                            "progress",
                        ),
                        "His mother told me that Callum had been a quick, confident learner before his illness and that the change since treatment has been hard for him to accept.",
                    ],
                ),
                ("h", 1, "Assessment findings"),
                (
                    "p",
                    [
                        X(
                            "His verbal comprehension score was in the average range, at the 45th percentile.",
                            "test result: strength",
                        ),
                        N(
                            "Callum's processing speed is at the 2nd percentile, so he needs far longer than his peers to take in spoken information and to finish written tasks.",
                            "cognition_learning",
                            B4_SPEED,
                        ),
                        N(
                            "His working memory is weak: he loses track of instructions with more than two steps and forgets what was covered in the previous lesson.",
                            "cognition_learning",
                            B4_MEMORY,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Cognitive fatigue builds through the day, and by mid-afternoon he is often too tired to learn anything new.",
                            "cognition_learning",
                            B4_TIRED,
                        ),
                        N(
                            "He has high-frequency hearing loss from his chemotherapy and misses speech in noisy rooms, especially from the back of a workshop.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "His planning and organisation are poor: he does not know where to start on an assignment, and without help he misses deadlines.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Callum has become socially withdrawn since treatment, and he finds it hard to join a conversation among people he does not know.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X("The nausea and headaches he had in Year 10 have now gone.", "resolved"),
                        X(
                            "At school he had exam access arrangements and a teaching assistant in science practicals, which his parents said worked well.",
                            "support in a previous setting",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    [
                        "I have thought carefully about what will make the most difference at college.",
                        R(
                            "Callum should have a one-to-one study skills session with a learning support tutor for one hour twice a week, focused on planning assignments, using a planner and checking deadlines.",
                            "cognition_learning",
                            "less",
                            F4_STUDY,
                        ),
                        X(
                            "Difficulties with planning are typical after treatment of this kind, and they are the most common reason why young people who have had a brain tumour drop out of college courses, even when they understand the work.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He should have a timetable that puts practical work and new learning in the mornings, with a rest of 30 minutes in a quiet room after lunch.",
                            "cognition_learning",
                            "specific",
                            F4_TIMETABLE,
                        ),
                        X(
                            "Pacing his day in this way is far more effective than reducing his hours, which his parents and I considered and rejected because Callum wants to be on a full course.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Lecturers should give Callum written copies of instructions and the lesson slides at the start of every session, so that he does not have to hold them in memory.",
                            "cognition_learning",
                            "not_specific",
                            F4_HANDOUTS,
                        ),
                        R(
                            "A radio aid should be provided for workshops and lectures, with a teacher of the deaf visiting each term to check it and advise his lecturers.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Callum will remain under the late effects clinic every six months, with yearly hearing tests and an endocrine review.",
                            "health",
                            "not_educational",
                            G4_LATE,
                            section="G",
                        ),
                        R(
                            "At home, a regular bedtime and a simple diary for pacing his energy across the week will help him.",
                            "cognition_learning",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Dr Nneka Achebe, DClinPsy, HCPC registered Clinical Psychologist."),
            ],
        ),
        dict(
            file=AL4,
            footer="Norbridge College - Additional Learning Support - page {n}",
            author="G Farrant",
            sans=True,
            accent="3B6E3B",
            blocks=[
                ("org", "Norbridge College"),
                (
                    "small",
                    "Additional Learning Support, Station Road Campus - 01632 960851 - als@norbridge.example.org",
                ),
                ("title", "Additional Learning Support Report"),
                (
                    "p",
                    "Student: Callum Prentiss-Ward, applicant for the Level 2 Certificate in IT, September 2027. Report by Gemma Farrant, Additional Learning Support Manager, after Callum's interview and an assessment visit on 10 November 2026.",
                ),
                ("h", 2, "What we found"),
                (
                    "bul",
                    [
                        X(
                            "Callum impressed the course leader at interview with the games he has built at home, and he has been offered a place.",
                            "strength",
                        ),
                        N(
                            "His handwriting is slow and untidy because of weakness in his right hand, and he could not keep up with note-taking in the taster lecture.",
                            "sensory_physical",
                            B4_HAND,
                        ),
                        N(
                            "He is anxious about starting at a large college where nobody knows his history, and he worries about being seen as different.",
                            "semh",
                            B4_NEW,
                        ),
                        X(
                            "He has already had a tour of the campus with his mum at the open evening.",
                            "history",
                        ),
                    ],
                ),
                ("h", 2, "What we recommend"),
                (
                    "bul",
                    [
                        R(
                            "We will provide 25% extra time, a reader and a word processor in all of his assessments, because his processing speed and his hand weakness would otherwise stop him showing what he knows.",
                            "cognition_learning",
                            "specific",
                            F4_EXAMS,
                        ),
                        R(
                            "We recommend a weekly 30-minute mentoring meeting with his named Additional Learning Support key worker, to go over how the week went and plan the next one.",
                            "semh",
                            "not_specific",
                            F4_MENTOR,
                        ),
                        R(
                            "Callum should have a supported induction, with two visits to the college in the summer term with his learning support key worker, to learn the building and meet his tutors before he starts.",
                            "semh",
                            "wrong_section",
                            H4_INDUCT,
                            section="H2",
                        ),
                        X(
                            "We do not think Callum needs our specialist foundation learning programme: he is academically able, and a mainstream Level 2 course with support is the right place for him.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Gemma Farrant, Additional Learning Support Manager."),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
