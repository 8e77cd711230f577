# ruff: noqa: E501
"""Set AO as data: young people with Down syndrome or other learning disabilities, and one
with sensory processing difficulties, in mainstream secondary schools, a resourced provision
and a special school sixth form. Two plans name their sections with letters (sections
split into numbered areas of need; headings that name the body responsible) and two
without any letters (zero-padded numbers; "1.0" style numbers).

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

CI = "communication_interaction"
CL = "cognition_learning"
SEMH = "semh"
SP = "sensory_physical"
HE = "health"

# ---------------------------------------------------------------------------
# case-evalao-01: Calderbrook County Council; Maya Ashworth, 13, Year 8, mainstream
# secondary (Down syndrome). Layout "area-subnumbered-sections": "Section B: ..." with
# B and F each split into numbered areas of need ("B.1 Communication and interaction").
# ---------------------------------------------------------------------------

B1_SPEECH = "Maya's speech is often hard for unfamiliar listeners to understand, and she uses short sentences of three to four words."
B1_UNDER = "She has difficulty following spoken instructions of more than two parts and with the subject vocabulary used in lessons."
B1_LEARN = "Maya has a learning disability associated with Down syndrome; her reading and number skills are well below those of her year group."
B1_MEM = "Her short-term auditory memory is a relative weakness, and she learns best from visual information."
B1_FRIEND = (
    "Maya can become upset when friendships change and may withdraw rather than tell an adult."
)
B1_FINE = "Maya's handwriting is slow and large, and she tires when writing for long periods."

F1_SALT = "Direct speech and language therapy from the NHS speech and language therapist, in school, for 30 minutes every fortnight during term time."
F1_PROG = "A speech and language programme set by the therapist and delivered by a trained teaching assistant three times a week for 20 minutes."
F1_REF = "speech and language targets as outlined in the SALT report"
F1_VOCAB = "Pre-teaching of key subject vocabulary with visual supports."
F1_LIT = "A structured literacy intervention based on whole-word reading, delivered one to one by a teaching assistant for 20 minutes four times a week."
F1_NUM = "Small group numeracy support in a group of no more than four pupils, twice a week for 30 minutes, led by a maths teacher."
F1_TA = "Teaching assistant support in English, maths and science lessons (15 hours a week) to adapt tasks and check understanding."
F1_ELSA = "Access to emotional support when needed."
F1_KEYB = "A laptop for extended writing, with training for Maya in touch typing through a daily 10-minute programme in tutor time."

G1_SALT = "The NHS speech and language therapist will train Maya's teaching assistants and English teacher in Maya's programme and in using Makaton signs to support speech, for one twilight session each term."
G1_AUD = "Hearing review by the paediatric audiology service every 12 months."

EP1 = "ep_report.pdf"
SALT1 = "salt_report.docx"


def _area(sid_letter: str, n: int, name: str) -> tuple:
    """A numbered area of need inside a lettered section (B.1, F.1, ...)."""
    return ("h", 2, f"{sid_letter}.{n} {name}")


CASE_01 = dict(
    name="case-evalao-01",
    layout="area-subnumbered-sections",
    summary=(
        "Calderbrook County Council; Maya Ashworth, 13, Year 8 at Ferncliffe Academy, a mainstream "
        'secondary school (Down syndrome: speech, language, learning, hearing). Headings "Section B: '
        'Special educational needs"; Sections B and F are each split into four numbered areas of need '
        '("B.1 Communication and interaction", "F.1 ..."). Independent educational psychologist\'s report '
        "for the tribunal with a recommendations table carrying a reason column; NHS speech and language "
        "therapy report."
    ),
    note="Sections B and F are split into areas (B.1 to B.4, F.1 to F.4) under one lettered heading each; the area headings are not section headings. The therapist's training of staff, placed in G, is wrong_section (training staff to deliver a programme is educational provision). Hearing review in G is health provision.",
    plan=dict(
        file="plan.docx",
        footer="Calderbrook County Council | Education, Health and Care Plan | Maya Ashworth | FINAL",
        blocks=[
            ("org", "Calderbrook County Council - SEND Statutory Assessment and Review Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Maya Ashworth"),
                    ("Date of birth", "14 April 2013"),
                    ("Setting", "Ferncliffe Academy, Moor Road, Calderbrook CQ7 2LP"),
                    ("Date of this plan", "2 October 2026 (final, following annual review)"),
                ],
            ),
            (
                "H",
                "A",
                "Section A: The views, interests and aspirations of Maya and her parents",
                "h1",
            ),
            (
                "S",
                "A",
                "Maya enjoys dance, drama club and cooking with her grandmother, and wants to work in a cafe when she is older.",
            ),
            (
                "p",
                "Mr and Mrs Ashworth would like Maya to stay at Ferncliffe with her friends and to become more independent, particularly in travelling to school.",
            ),
            ("H", "B", "Section B: Special educational needs", "h1"),
            (
                "S",
                "B",
                "Maya has Down syndrome. Her needs are described below under the four broad areas of need.",
            ),
            _area("B", 1, "Communication and interaction"),
            ("p", [B1_SPEECH, B1_UNDER]),
            _area("B", 2, "Cognition and learning"),
            ("p", [B1_LEARN, B1_MEM]),
            _area("B", 3, "Social, emotional and mental health"),
            ("p", B1_FRIEND),
            _area("B", 4, "Sensory and/or physical"),
            ("p", [B1_FINE, "Maya has a mild hearing loss in both ears (see Section C)."]),
            ("H", "C", "Section C: Health needs which relate to Maya's SEN", "h1"),
            (
                "S",
                "C",
                "Maya has a mild bilateral conductive hearing loss and is monitored by the paediatric audiology service.",
            ),
            ("p", "She had heart surgery as a baby and is discharged from cardiology."),
            ("H", "D", "Section D: Social care needs which relate to Maya's SEN", "h1"),
            ("S", "D", "Maya has no social care needs at present."),
            ("H", "E", "Section E: Outcomes", "h1"),
            (
                "S",
                "E",
                "By the end of Key Stage 3, Maya will tell a familiar adult about a problem at school using a sentence of five words or more.",
            ),
            ("p", "By July 2027 Maya will read and understand 150 key words from her subjects."),
            ("H", "F", "Section F: Special educational provision", "h1"),
            (
                "S",
                "F",
                "Ferncliffe Academy will make the provision below, with support from the services named.",
            ),
            _area("F", 1, "Communication and interaction"),
            (
                "bul",
                [
                    ("F", F1_SALT, True),
                    ("F", F1_PROG, True),
                    ("F", F1_VOCAB, False),
                    ("F", F1_REF, False),
                ],
            ),
            _area("F", 2, "Cognition and learning"),
            ("bul", [("F", F1_LIT, True), ("F", F1_NUM, True), ("F", F1_TA, True)]),
            _area("F", 3, "Social, emotional and mental health"),
            ("bul", [("F", F1_ELSA, False)]),
            _area("F", 4, "Sensory and/or physical"),
            ("bul", [("F", F1_KEYB, True)]),
            ("H", "G", "Section G: Health provision", "h1"),
            ("S", "G", G1_AUD),
            ("p", G1_SALT),
            (
                "H",
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h1",
            ),
            ("S", "H1", "Not applicable."),
            ("H", "H2", "Section H2: Other social care provision", "h1"),
            ("S", "H2", "None identified."),
            ("H", "I", "Section I: Placement", "h1"),
            ("S", "I", "Ferncliffe Academy (mainstream academy, 11 to 16)."),
            ("H", "J", "Section J: Personal budget", "h1"),
            ("S", "J", "No personal budget has been requested."),
            ("H", "K", "Section K: Advice and information", "h1"),
            (
                "S",
                "K",
                "Educational psychology advice (June 2026); speech and language therapy advice (May 2026); audiology letter (March 2026); school advice (May 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            header="Dr Helen Marchetti CPsychol - Independent Educational Psychologist",
            footer="Report for the First-tier Tribunal (SEND) - Maya Ashworth - page {n} of {m}",
            blocks=[
                ("title", "Independent educational psychology report"),
                (
                    "kv",
                    [
                        ("Young person", "Maya Ashworth (DOB 14.04.2013)"),
                        ("School", "Ferncliffe Academy, Year 8"),
                        ("Instructed by", "Mr and Mrs Ashworth, for the appeal"),
                        ("Assessed", "9 and 10 June 2026"),
                    ],
                ),
                ("h", 2, "1. Duty to the tribunal"),
                (
                    "p",
                    "I understand that my duty in writing this report is to help the Tribunal on matters within my expertise, and that this duty overrides any obligation to the person instructing or paying me.",
                ),
                ("h", 2, "2. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Maya was diagnosed with Down syndrome at birth and had surgery for an atrioventricular septal defect at five months.",
                            "history and diagnosis",
                        ),
                        (
                            "X",
                            "She attended Moorside Primary School with an EHC plan and transferred to Ferncliffe in September 2025.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Maya's parents report that her toileting accidents at school stopped by the end of Year 5.",
                            "resolved difficulty",
                        )
                    ],
                ),
                ("h", 2, "3. Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the BAS3 Maya's verbal and non-verbal scores were both below the first percentile, with a relative strength in matching and pattern construction.",
                            "test result",
                        ),
                        "Maya was friendly and persevered throughout both sessions.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maya's working memory for spoken information is very limited: she could repeat back two digits but not three, and lost the thread of longer instructions.",
                            CL,
                            B1_MEM,
                        ),
                        (
                            "N",
                            "Her reading is at an early stage; she recognises about 80 common words by sight but cannot yet use phonics to read unfamiliar words.",
                            CL,
                            B1_LEARN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Maya understands about a quarter of the subject vocabulary she meets in a typical science or geography lesson.",
                            CI,
                            B1_UNDER,
                        ),
                        (
                            "N",
                            "She does not yet understand money beyond recognising coins, and cannot tell the time from an analogue clock.",
                            CL,
                            B1_LEARN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In the unstructured times of the day, Maya is vulnerable: she will go with older pupils who ask her to, and does not recognise when she is being teased.",
                            SEMH,
                            None,
                        ),
                        (
                            "X",
                            "Staff report no incidents of concern this term, which I attribute to the close supervision now in place at lunchtime.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 2, "4. Comments on the current plan"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The current plan describes Maya's needs in broad terms and I agree with most of what Section B says.",
                            "comment on the plan",
                        ),
                        "However, several provisions in Section F are not specified and in my opinion would not be enforceable as written.",
                        (
                            "R",
                            "Given Maya's hearing loss and her reliance on what she can see, she should sit near the front in every lesson, where she can see the teacher's face and the board, and this should be written into her plan rather than left to each teacher to remember.",
                            SP,
                            "missing_from_f",
                        ),
                    ],
                ),
                ("h", 2, "5. Recommendations"),
                (
                    "p",
                    "Each recommendation below is followed by my reasons. I have considered, and do not recommend, a move to a special school: Maya's language models and friendships at Ferncliffe are an important part of her progress.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            (
                                "R",
                                "A daily one-to-one whole-word reading programme of at least 20 minutes, delivered by a trained teaching assistant.",
                                CL,
                                "less",
                                F1_LIT,
                            ),
                            "Children with Down syndrome are typically strong visual learners; daily practice is needed because gains are lost quickly over gaps of even a few days.",
                        ],
                        [
                            (
                                "R",
                                "Pre-teaching of the key vocabulary for each new topic in science, geography and history, in a 20-minute session at the start of every topic with a teaching assistant.",
                                CI,
                                "not_specific",
                                F1_VOCAB,
                            ),
                            "Maya cannot follow a lesson whose words she does not know; meeting them first, with pictures, lets her take part instead of copying.",
                        ],
                        [
                            (
                                "R",
                                "A structured programme of social skills and personal safety teaching, in a small group, for one session a week, led by a member of staff trained in the programme.",
                                SEMH,
                                "missing_from_f",
                            ),
                            "Maya's vulnerability at unstructured times is in my view her most serious current need, and it is not addressed in the plan at all.",
                        ],
                        [
                            (
                                "R",
                                "Functional maths teaching in money and time, for 30 minutes twice a week in a group of no more than four.",
                                CL,
                                "missing_from_f",
                            ),
                            "These skills are the foundation of the independence her parents want for her, including travelling to school.",
                        ],
                        [
                            (
                                "R",
                                "Small group numeracy support twice a week for 30 minutes in a group of no more than four, taught by a maths teacher.",
                                CL,
                                "specific",
                                F1_NUM,
                            ),
                            "I agree with the school's current arrangement, which is working.",
                        ],
                        [
                            (
                                "R",
                                "Teaching assistant support in core lessons of at least 15 hours a week.",
                                CL,
                                "specific",
                                F1_TA,
                            ),
                            "Maya needs an adult to adapt tasks in the moment; without this she is passive in lessons.",
                        ],
                    ],
                    [0.55, 0.45],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I would be happy to provide further explanation to the tribunal if needed.",
                            "closing remark",
                        )
                    ],
                ),
            ],
        ),
        dict(
            file=SALT1,
            footer="Calderbrook Community Health NHS Trust - Children's Speech and Language Therapy",
            blocks=[
                ("org", "Calderbrook Community Health NHS Trust"),
                ("title", "Speech and language therapy advice"),
                (
                    "kv",
                    [
                        ("Name", "Maya Ashworth"),
                        (
                            "Therapist",
                            "Priya Ramaswamy, Highly Specialist Speech and Language Therapist",
                        ),
                        ("Date", "20 May 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Maya has been known to the service since she was a baby and was seen weekly in her primary school.",
                            "history",
                        ),
                        (
                            "X",
                            "Her feeding difficulties in early childhood have resolved.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Assessment findings"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the CELF-5 Maya's receptive and expressive scores were below the first percentile.",
                            "test result",
                        ),
                        (
                            "N",
                            "Maya's speech is unclear to people who do not know her, because she leaves out the ends of words and simplifies clusters such as 'sp' and 'st'.",
                            CI,
                            B1_SPEECH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She uses short sentences, mostly three or four words, and leaves out small grammatical words such as 'is' and 'the'.",
                            CI,
                            B1_SPEECH,
                        ),
                        (
                            "N",
                            "Maya finds it hard to explain what has happened, for example to tell an adult about a problem at break time, because she cannot yet put events in order.",
                            CI,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Maya is a keen communicator who uses gesture and facial expression well.",
                            "strength",
                        )
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Direct speech and language therapy in school for 30 minutes every fortnight during term time.",
                            CI,
                            "specific",
                            F1_SALT,
                        ),
                        (
                            "R",
                            "A language programme carried out by a teaching assistant three times a week for 20 minutes, covering narrative and sentence building.",
                            CI,
                            "specific",
                            F1_PROG,
                        ),
                        (
                            "R",
                            "Training for the staff who work with Maya, once a term, in her programme and in using Makaton signs alongside speech.",
                            CI,
                            "wrong_section",
                            G1_SALT,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Visual supports for sequencing events, such as a 'first, then, last' strip, used every day when Maya tells an adult about something that has happened.",
                            CI,
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "At home, Mr and Mrs Ashworth could ask Maya to tell them about one thing she did at school each day using her photo diary.",
                            CI,
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "I will review Maya's progress at the end of the spring term 2027."),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalao-02: Fernleigh Borough Council; Kai Mensah-Robb, 15, Year 10, in the resourced
# provision for learning difficulties at a mainstream secondary school. Layout
# "zero-padded-number-names": sections numbered 01 to 12 with their names, no letters.
# ---------------------------------------------------------------------------

B2_LD = "Kai has a moderate learning difficulty. He is working at around the level expected of a pupil in Year 4 in reading and maths."
B2_PROC = "He takes longer than his peers to process new information and needs it broken into small steps."
B2_ATTN = "Kai finds it hard to concentrate in busy lessons and is easily distracted."
B2_ANX = "Kai becomes anxious about tests and changes to his timetable, and may refuse to go into a lesson."
B2_LANG = "His understanding of language is weaker than his everyday chat suggests."
B2_COORD = "Kai's coordination is weak, which affects practical subjects and PE."

F2_RP = "Kai will be taught English and maths in the resourced provision in a group of no more than eight pupils, for 10 lessons a week, by a specialist teacher."
F2_MAIN = "Support from a learning support assistant in mainstream lessons, as appropriate."
F2_CHUNK = "Staff will break instructions into small steps and check Kai's understanding."
F2_MENTOR = "A weekly 30-minute session with a named key worker to prepare for changes and talk through any worries."
F2_EXAM = "Access arrangements for examinations as assessed by the school, including a reader and 25% extra time."
F2_MOVE = "Access to movement breaks."
F2_SOC = "social communication group - 1 x 30 mins weekly, run by the ELSA (max 6 pupils)"
F2_CAREERS = "Two individual careers guidance meetings a year with a careers adviser who knows the resourced provision, from Year 10."

G2_MED = "Kai's ADHD medication is prescribed and reviewed by the community paediatrician every six months."
G2_OT = "Kai will follow a motor skills programme set by the occupational therapist and carried out by school staff for 15 minutes three times a week."

SENCO2 = "senco_advice.docx"
PAED2 = "paediatric_report.pdf"


def _num(sid: str, n: int, name: str) -> tuple:
    """A zero-padded section number with the section's name, no letter."""
    return ("H", sid, f"{n:02d}  {name}", "h1")


CASE_02 = dict(
    name="case-evalao-02",
    layout="zero-padded-number-names",
    summary=(
        "Fernleigh Borough Council; Kai Mensah-Robb, 15, Year 10 in the Learning Resource Base at "
        "Stanford Vale School, a mainstream secondary (moderate learning difficulty, ADHD, anxiety, "
        'coordination). Sections are headed by zero-padded numbers and names only ("02  Special '
        "educational needs\"), no letters anywhere. SENCo's advice with a table of support already in "
        "place; community paediatrician's report."
    ),
    note="No section is given a letter; 01 to 12 stand for A to K in the statutory order (08 and 09 are H1 and H2). The motor skills programme carried out by school staff, placed in health provision (07), is wrong_section.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="2E5E4E",
        header="Fernleigh Borough Council  -  EHC plan  -  Kai Mensah-Robb",
        footer="Final plan issued 18 September 2026  |  page {n} of {m}",
        blocks=[
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Kai Mensah-Robb"),
                    ("Date of birth", "30 November 2010"),
                    (
                        "School",
                        "Stanford Vale School (Learning Resource Base), Ash Lane, Fernleigh FX3 9QD",
                    ),
                    (
                        "Plan coordinator",
                        "Joanne Petrakis, 01632 960418, send@fernleigh.example.org",
                    ),
                ],
            ),
            _num("A", 1, "The views, interests and aspirations of Kai and his family"),
            (
                "S",
                "A",
                "Kai likes football, gaming with his cousins and helping at his uncle's garage.",
            ),
            (
                "p",
                "He would like to go to college to learn about cars. His mother wants him to feel less worried about school.",
            ),
            _num("B", 2, "Special educational needs"),
            ("S", "B", B2_LD),
            ("p", [B2_PROC, B2_LANG]),
            ("p", [B2_ATTN, B2_ANX]),
            ("p", B2_COORD),
            _num("C", 3, "Health needs relating to special educational needs"),
            (
                "S",
                "C",
                "Kai has a diagnosis of ADHD (combined type), made in 2022, and takes medication on school days.",
            ),
            _num("D", 4, "Social care needs relating to special educational needs"),
            ("S", "D", "Kai is not known to children's social care."),
            _num("E", 5, "Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 11 Kai will achieve Entry Level 3 qualifications in English and maths.",
            ),
            (
                "p",
                "By the end of Year 11 Kai will go into all his timetabled lessons, including when there is a supply teacher.",
            ),
            _num("F", 6, "Special educational provision"),
            ("S", "F", "The school will provide:"),
            (
                "bul",
                [
                    ("F", F2_RP, True),
                    ("F", F2_MAIN, False),
                    ("F", F2_CHUNK, False),
                    ("F", F2_MENTOR, True),
                    ("F", F2_EXAM, True),
                    ("F", F2_MOVE, False),
                    ("F", F2_CAREERS, True),
                    ("F", F2_SOC, True),
                ],
            ),
            _num("G", 7, "Health provision"),
            ("S", "G", G2_MED),
            ("p", G2_OT),
            _num(
                "H1",
                8,
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "There is no provision under section 2 of the 1970 Act."),
            _num("H2", 9, "Other social care provision"),
            (
                "S",
                "H2",
                "Kai's family may contact the Fernleigh Short Breaks Local Offer for activities in the school holidays.",
            ),
            _num("I", 10, "Name and type of school"),
            (
                "S",
                "I",
                "Stanford Vale School, Learning Resource Base (mainstream maintained school with a resourced provision for moderate learning difficulties).",
            ),
            _num("J", 11, "Personal budget"),
            ("S", "J", "Not requested."),
            _num("K", 12, "Advice and information gathered"),
            (
                "S",
                "K",
                "SENCo advice (June 2026); community paediatrician (April 2026); occupational therapy letter (February 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=SENCO2,
            footer="Stanford Vale School - SEND department - annual review advice",
            blocks=[
                ("org", "Stanford Vale School"),
                ("title", "SENCo advice for Kai's annual review"),
                (
                    "kv",
                    [
                        ("Pupil", "Kai Mensah-Robb, Year 10"),
                        ("Written by", "Mr Owen Fairclough, SENCo"),
                        ("Date", "24 June 2026"),
                    ],
                ),
                ("h", 2, "Progress this year"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kai has made good progress in reading this year and moved up two reading levels.",
                            "progress",
                        ),
                        (
                            "X",
                            "His attendance has risen from 88% to 94% since the key worker sessions began.",
                            "progress since support began",
                        ),
                    ],
                ),
                ("h", 2, "Support currently in place"),
                (
                    "grid",
                    [
                        ["Support", "How often", "Outcome"],
                        [
                            "English and maths in the Resource Base (group of 7)",
                            "10 lessons a week",
                            "Good progress; Entry Level 2 achieved in maths",
                        ],
                        [
                            "Key worker check-in (Mrs Dunmore)",
                            "Weekly, 30 minutes",
                            "Fewer refusals; attends 94%",
                        ],
                        ["Motor skills group", "Three times a week", "Handwriting more legible"],
                    ],
                    [0.45, 0.25, 0.3],
                ),
                ("h", 2, "Current needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kai still reads at about the level of a nine-year-old, and his spelling is weaker than his reading.",
                            CL,
                            B2_LD,
                        ),
                        (
                            "N",
                            "He needs information to be given one step at a time and repeated, and he rarely asks for help when he is stuck.",
                            CL,
                            B2_PROC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In mainstream science and humanities lessons Kai struggles to concentrate for more than ten minutes, particularly in larger groups.",
                            CL,
                            B2_ATTN,
                        ),
                        (
                            "N",
                            "Kai becomes very anxious before assessments and when there is a cover teacher; this term he refused to enter a lesson on four occasions.",
                            SEMH,
                            B2_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kai is easily led by older students and has been drawn into arguments on social media that he did not understand.",
                            SEMH,
                            None,
                        ),
                        (
                            "N",
                            "He does not yet manage his own money or use public transport on his own, and will need to do both to get to college.",
                            CL,
                            None,
                        ),
                    ],
                ),
                ("h", 2, "What the school recommends"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Continued teaching of English and maths in the Resource Base for 10 lessons a week in a group of no more than eight.",
                            CL,
                            "specific",
                            F2_RP,
                        ),
                        (
                            "R",
                            "A learning support assistant in every mainstream science and humanities lesson, to break tasks down and keep Kai on task.",
                            CL,
                            "not_specific",
                            F2_MAIN,
                        ),
                        (
                            "R",
                            "Weekly 30-minute key worker sessions to prepare Kai for changes.",
                            SEMH,
                            "specific",
                            F2_MENTOR,
                        ),
                        (
                            "R",
                            "An online safety programme delivered in a small group by the pastoral team, one lesson a week for a term.",
                            SEMH,
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Travel training and money skills sessions from Year 10, twice a week, as preparation for college.",
                            CL,
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    "We considered a full-time place in the Resource Base but do not recommend it, because Kai wants to stay with his tutor group for most lessons.",
                ),
            ],
        ),
        dict(
            file=PAED2,
            header="Fernleigh and District NHS Foundation Trust - Community Paediatrics",
            footer="Dr A. Obi, Consultant Community Paediatrician - confidential",
            blocks=[
                (
                    "p",
                    "Child Development Centre, Fernleigh General Hospital, Fernleigh FX1 4AA. Tel 01632 960277",
                ),
                ("title", "Paediatric advice for EHC needs assessment"),
                ("p", "Re: Kai Mensah-Robb, DOB 30/11/2010, NHS no. withheld"),
                (
                    "p",
                    [
                        (
                            "X",
                            "I reviewed Kai in clinic on 14 April 2026 with his mother.",
                            "assessment narrative",
                        ),
                        (
                            "X",
                            "Kai was born at term after an uneventful pregnancy; he walked at 20 months and had speech therapy at nursery.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Investigations including chromosomal microarray and fragile X testing were normal.",
                            "ruled-out condition",
                        ),
                        (
                            "X",
                            "He has a history of constipation, which has now resolved without medication.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kai has ADHD, combined type; on methylphenidate his concentration is better in the mornings but the effect wears off by early afternoon.",
                            CL,
                            B2_ATTN,
                        ),
                        (
                            "N",
                            "His fine and gross motor coordination remain delayed for his age, and he still has difficulty with buttons, cutlery and ball skills.",
                            SP,
                            B2_COORD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kai's mother reports that he falls asleep late, often after midnight, and is tired in the mornings.",
                            "health matter at home, managed through the clinic's sleep advice",
                        ),
                        (
                            "N",
                            "Kai's understanding of spoken language appears weaker than his expressive language, and he may say he understands when he does not.",
                            CI,
                            B2_LANG,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "I will continue to prescribe and review Kai's medication every six months in clinic.",
                            HE,
                            "not_educational",
                            G2_MED,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Sleep hygiene advice was given to Kai and his mother; a sleep diary should be kept at home for four weeks.",
                            HE,
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "In school, Kai would benefit from a continuation of his motor skills programme three times a week for 15 minutes, set by the occupational therapist.",
                            SP,
                            "wrong_section",
                            G2_OT,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "The more demanding lessons should where possible be timetabled in the mornings, when his medication is most effective.",
                            CL,
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    "I have not referred Kai to CAMHS at this stage; his anxiety appears to relate mainly to school and is being managed there.",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalao-03: Harlowmere City Council; Ellie Chowdhury, 12, Year 7, mainstream
# secondary (sensory processing difficulties, developmental coordination disorder). Layout
# "letter-heading-with-responsible-body": "Section F - Special educational provision
# (responsible: ...)", each heading naming the body that must secure the section.
# ---------------------------------------------------------------------------

B3_SENS = "Ellie has sensory processing difficulties. She is over-sensitive to noise and touch, and busy, noisy places such as the canteen and corridors cause her distress."
B3_REG = "When she is overwhelmed Ellie may cover her ears, leave the room or shut down and stop responding."
B3_MOTOR = "Ellie has developmental coordination disorder, which affects her handwriting, her organisation and practical lessons."
B3_ORG = "She finds it hard to organise her equipment and to find her way around the school site."
B3_ANX = "Ellie experiences anxiety, especially in the mornings before school."
B3_LEARN = "Ellie's general ability is in the average range, but her speed of processing is slow."

F3_DIET = "A sensory diet designed by the occupational therapist, carried out by a teaching assistant for 10 minutes at the start of the school day and after lunch every day."
F3_EXIT = "A time-out card and a quiet room that Ellie may go to when she needs to."
F3_CORR = "Ellie will leave lessons five minutes early to avoid busy corridors."
F3_CANTEEN = "A quiet place to eat lunch."
F3_TYPE = "Use of a laptop for written work in all lessons, and a touch-typing programme for 15 minutes three times a week in tutor time."
F3_ORG = "Visual timetables and checklists to help Ellie organise herself."
F3_KEY = "A named key adult whom Ellie meets every morning at 8.40 for 10 minutes to plan her day."
F3_EXTRA = "25% extra time in tests and assessments."

G3_OT = "Direct occupational therapy for Ellie in school, six sessions of 45 minutes in the autumn term, from the NHS occupational therapy service."
G3_EARS = "Ellie may wear ear defenders in assemblies and in the canteen, provided by school."

OT3 = "ot_sensory_report.pdf"
EP3 = "ep_report.docx"


def _resp(sid: str, letter: str, name: str, body: str) -> tuple:
    """A lettered heading that names the body responsible for the section."""
    return ("H", sid, f"Section {letter} - {name} (responsible: {body})", "h2")


LA3 = "Harlowmere City Council"

CASE_03 = dict(
    name="case-evalao-03",
    layout="letter-heading-with-responsible-body",
    summary=(
        "Harlowmere City Council; Ellie Chowdhury, 12, Year 7 at Brackenfield High School, a mainstream "
        "secondary (sensory processing difficulties, developmental coordination disorder, anxiety). Each "
        'heading gives the letter and name and, in brackets, the body responsible ("Section G - Health '
        "provision (responsible: Harlowmere and Vale Integrated Care Board)\"). NHS occupational therapist's "
        "sensory report; independent educational psychologist's report arguing each recommendation."
    ),
    note="The bracketed body in each heading is part of the heading. Ear defenders in the canteen, placed in G, are wrong_section (an adjustment the school makes to meet a sensory need). The six OT sessions in G are health provision and rightly there.",
    plan=dict(
        file="plan.docx",
        sans=True,
        footer="Harlowmere City Council - Final EHC plan - Ellie Chowdhury - issued 7 October 2026",
        blocks=[
            ("org", "Harlowmere City Council - Special Educational Needs and Disabilities Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Ellie Chowdhury"),
                    ("Date of birth", "3 January 2014"),
                    ("School", "Brackenfield High School, Wold Street, Harlowmere HQ5 8ZT"),
                    ("Contact", "SEND Officer, 01632 960533"),
                ],
            ),
            _resp("A", "A", "Views, interests and aspirations", "Ellie and her family"),
            (
                "S",
                "A",
                "Ellie loves drawing animals, her two rabbits and swimming, and would like to be a vet.",
            ),
            (
                "p",
                "Her parents want her to feel safe and happy at school and to stop dreading Monday mornings.",
            ),
            _resp("B", "B", "Special educational needs", LA3),
            ("S", "B", B3_SENS),
            ("p", B3_REG),
            ("p", [B3_MOTOR, B3_ORG]),
            ("p", [B3_ANX, B3_LEARN]),
            _resp(
                "C", "C", "Health needs related to SEN", "Harlowmere and Vale Integrated Care Board"
            ),
            (
                "S",
                "C",
                "Ellie was diagnosed with developmental coordination disorder by the community paediatrician in 2021.",
            ),
            _resp(
                "D",
                "D",
                "Social care needs related to SEN",
                "Harlowmere City Council Children's Services",
            ),
            ("S", "D", "No social care needs have been identified."),
            _resp("E", "E", "Outcomes", LA3),
            (
                "S",
                "E",
                "By July 2027 Ellie will use a strategy from her sensory plan to calm herself, with a reminder from an adult, on most occasions.",
            ),
            (
                "p",
                "By the end of Year 8 Ellie will type at 20 words a minute and use her laptop for extended writing.",
            ),
            _resp("F", "F", "Special educational provision", LA3),
            ("S", "F", "Brackenfield High School will deliver the following provision:"),
            (
                "bul",
                [
                    ("F", F3_DIET, True),
                    ("F", F3_EXIT, False),
                    ("F", F3_CORR, True),
                    ("F", F3_CANTEEN, False),
                    ("F", F3_TYPE, True),
                    ("F", F3_ORG, False),
                    ("F", F3_KEY, True),
                    ("F", F3_EXTRA, True),
                ],
            ),
            _resp("G", "G", "Health provision", "Harlowmere and Vale Integrated Care Board"),
            ("S", "G", G3_OT),
            ("p", G3_EARS),
            _resp(
                "H1",
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "Children's Services",
            ),
            ("S", "H1", "None."),
            _resp("H2", "H2", "Other social care provision", "Children's Services"),
            ("S", "H2", "None at present."),
            _resp("I", "I", "Placement", LA3),
            ("S", "I", "Brackenfield High School, a mainstream community school."),
            _resp("J", "J", "Personal budget", LA3),
            ("S", "J", "Ellie's parents have not requested a personal budget."),
            _resp("K", "K", "Advice and information", LA3),
            (
                "S",
                "K",
                "Occupational therapy report (July 2026); educational psychology report (August 2026); school advice (June 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=OT3,
            header="Harlowmere and Vale Community Services NHS Trust - Children's Occupational Therapy",
            footer="Sensory processing assessment - Ellie Chowdhury - page {n} of {m}",
            blocks=[
                ("title", "Occupational therapy report: sensory processing"),
                (
                    "p",
                    "Therapist: Gemma Lindqvist, Specialist Occupational Therapist. Seen at school on 1 and 8 July 2026.",
                ),
                ("h", 2, "Reason for referral"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ellie was referred by her GP because of distress at school and difficulty with handwriting.",
                            "reason for referral",
                        ),
                        (
                            "X",
                            "She was seen by this service in Year 3 for handwriting and discharged after a block of therapy.",
                            "history",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the Sensory Profile 2 (school companion) Ellie's scores for auditory and touch sensitivity were in the 'much more than others' range.",
                            "test result",
                        ),
                        (
                            "N",
                            "Ellie is highly sensitive to noise: she covers her ears when a bell rings and in the canteen, and is exhausted by the end of a day of busy corridors.",
                            SP,
                            B3_SENS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She also dislikes light touch, becomes upset when jostled in a queue, and will not wear the PE kit because of the fabric.",
                            SP,
                            B3_SENS,
                        ),
                        (
                            "N",
                            "When overloaded Ellie shuts down and cannot answer questions or begin her work.",
                            SEMH,
                            B3_REG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellie's handwriting is slow and effortful, averaging 8 words a minute, and she reports pain in her hand after ten minutes.",
                            SP,
                            B3_MOTOR,
                        ),
                        (
                            "N",
                            "She has poor balance and body awareness, bumping into furniture and people, which adds to her distress in crowded places.",
                            SP,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ellie's difficulties with dressing seen in Year 3 have now resolved.",
                            "resolved difficulty",
                        )
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "A sensory diet, carried out by a trained teaching assistant, for 10 minutes at the start of the day and after lunch every day.",
                            SP,
                            "specific",
                            F3_DIET,
                        ),
                        (
                            "R",
                            "A block of six 45-minute sessions of direct occupational therapy in school in the autumn term.",
                            SP,
                            "not_educational",
                            G3_OT,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Ear defenders to be available to Ellie in assemblies, the canteen and practical rooms.",
                            SP,
                            "wrong_section",
                            G3_EARS,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Ellie should be allowed to wear a PE kit of a soft fabric of her choosing, and to change in a private space.",
                            SP,
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "A laptop for all written work, with touch-typing practice three times a week.",
                            SP,
                            "specific",
                            F3_TYPE,
                        ),
                    ],
                ),
                ("p", "Advice for home has been sent to Ellie's parents separately."),
            ],
        ),
        dict(
            file=EP3,
            footer="Dr Samuel Achterberg, Independent Educational Psychologist (HCPC registered) - for the SEND Tribunal",
            blocks=[
                ("title", "Educational psychology report"),
                (
                    "kv",
                    [
                        ("Name", "Ellie Chowdhury"),
                        ("Year", "7, Brackenfield High School"),
                        ("Date of report", "12 August 2026"),
                        (
                            "Prepared for",
                            "The First-tier Tribunal (Special Educational Needs and Disability)",
                        ),
                    ],
                ),
                ("h", 2, "Summary of my opinion"),
                (
                    "p",
                    "In my opinion Ellie can attend and make progress at her mainstream school, but only if the provision for her sensory and emotional needs is specified and made every day.",
                ),
                ("h", 2, "Findings"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the WISC-V Ellie's verbal comprehension score was 98 (average), and her processing speed score was 76 (well below average).",
                            "test result",
                        ),
                        (
                            "N",
                            "Ellie's slow processing speed means she cannot copy from the board or finish written tasks in the time given.",
                            CL,
                            B3_LEARN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellie's anxiety is now severe: she reports stomach aches every school morning and has missed 11 days this term.",
                            SEMH,
                            B3_ANX,
                        ),
                        (
                            "N",
                            "She has no established friendships in her new school and spends break times alone in the library.",
                            SEMH,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She gets lost between lessons and often arrives late, which she finds humiliating.",
                            CL,
                            B3_ORG,
                        ),
                        (
                            "X",
                            "Ellie's reading accuracy and comprehension are within the average range for her age.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations and reasons"),
                (
                    "grid",
                    [
                        ["What I recommend", "Why"],
                        [
                            (
                                "R",
                                "A named key adult to meet Ellie each morning for 10 minutes on arrival to plan her day.",
                                SEMH,
                                "specific",
                                F3_KEY,
                            ),
                            "A predictable start reduces her morning anxiety, which is when she is most likely to refuse to come in.",
                        ],
                        [
                            (
                                "R",
                                "A quiet, staffed room where Ellie can go at break and lunch, every day, with one or two peers she chooses.",
                                SEMH,
                                "not_specific",
                                F3_CANTEEN,
                            ),
                            "The canteen is intolerable for her and a place with chosen peers would also help her to make friends.",
                        ],
                        [
                            (
                                "R",
                                "A programme of anxiety management based on cognitive behavioural principles, six weekly sessions with the school counsellor or an educational psychologist.",
                                SEMH,
                                "missing_from_f",
                            ),
                            "Ellie needs to learn skills to manage her anxiety, not only to avoid what causes it.",
                        ],
                        [
                            (
                                "R",
                                "50% extra time in tests and examinations, with a rest break.",
                                CL,
                                "less",
                                F3_EXTRA,
                            ),
                            "Her processing speed is in the bottom 5%; 25% extra time would not close the gap.",
                        ],
                        [
                            (
                                "R",
                                "Printed copies of lesson slides before each lesson, so that she does not have to copy from the board.",
                                CL,
                                "missing_from_f",
                            ),
                            "Copying is the task most affected by her slow processing and her coordination difficulty.",
                        ],
                    ],
                    [0.55, 0.45],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered whether a specialist setting would be more suitable and concluded that it would not.",
                            "option considered and not recommended",
                        )
                    ],
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalao-04: Sedgecombe Metropolitan Borough Council; Daniel Price, 17, sixth form of a
# special school (Down syndrome, severe learning disability). Layout
# "point-zero-numbered-names": "1.0 Views, interests and aspirations", no letters; the two
# social care parts are 8.1 and 8.2 under a plain 8.0. No personal budget part at all.
# ---------------------------------------------------------------------------

B4_SLD = "Daniel has Down syndrome and a severe learning disability."
B4_COMM = "He communicates using single words, Makaton signs and a communication book, and his speech is difficult for unfamiliar people to understand."
B4_UNDER = "Daniel understands short sentences about familiar things, especially when they are supported by signs or pictures."
B4_INDEP = "Daniel needs adult help with many daily living tasks, including preparing food and managing money."
B4_CHANGE = "He can become distressed by unexpected changes and may sit down and refuse to move."
B4_VISION = "Daniel wears glasses for short sight and has a mild hearing loss."

F4_SALT = "Direct speech and language therapy from the school's speech and language therapist, for 30 minutes each half term."
F4_AAC = "Daniel's communication book will be kept up to date and used by all staff."
F4_LIFE = "Independent living skills teaching in the sixth form's training flat, two mornings a week (about 5 hours), in a group of no more than four students with a teacher and a teaching assistant."
F4_WORK = "A supported work placement in the school's community cafe, one afternoon a week, with a job coach."
F4_READ = "Short, frequent sessions of functional reading using symbols. Daniel will have three 15-minute sessions a week with a teaching assistant from his class team. The emphasis will be on the signs and symbols he meets in the community."
F4_TRANS = "Preparation for the move to college."
F4_CLASS = "A sixth form class of no more than eight students with a teacher and two teaching assistants throughout the school day."
F4_TRAVEL = "Travel training with a member of staff, twice a week for 45 minutes, using the bus route between home and school."

G4_EYE = "Annual review by the special school eye care service."
G4_AUD = "Hearing review by the audiology service every year."
G4_SALT = "The school's speech and language therapist will set up and review Daniel's communication book and train his class team in Makaton each term."

SALT4 = "salt_report.pdf"
PAED4 = "paediatric_letter.docx"
EP4 = "ep_report.docx"


def _pz(sid: str, n: str, name: str) -> tuple:
    """A "point-zero" section number with its name, no letter."""
    return ("H", sid, f"{n} {name}", "h1")


CASE_04 = dict(
    name="case-evalao-04",
    layout="point-zero-numbered-names",
    summary=(
        "Sedgecombe Metropolitan Borough Council; Daniel Price, 17, Year 13 in the sixth form of "
        "Hollins Park School, a special school for severe learning difficulties (Down syndrome, "
        "severe learning disability, communication, preparation for adulthood). Parts numbered "
        '"1.0" to "11.0" with names only, social care as 8.1 and 8.2 under 8.0; there is no part '
        "for a personal budget (section J missing). Speech and language therapist's report; community "
        "paediatrician's letter; independent educational psychologist's report with a recommendations "
        "table."
    ),
    note="Numbers, not letters: 1.0 to 7.0 are A to G, 8.1 and 8.2 are H1 and H2, 9.0 to 11.0 are I, K and the signature page; no part covers a personal budget, so J is missing. The therapist's training of the class team in Makaton and the communication book, placed in health provision (7.0), is wrong_section.",
    plan=dict(
        file="plan.pdf",
        accent="5B2C6F",
        header="SEDGECOMBE METROPOLITAN BOROUGH COUNCIL - EDUCATION, HEALTH AND CARE PLAN",
        footer="Daniel Price - Final plan 25 September 2026 - {n}/{m}",
        blocks=[
            ("title", "Education, Health and Care Plan: Daniel Price"),
            (
                "kv",
                [
                    ("Date of birth", "8 February 2009"),
                    ("Setting", "Hollins Park School (sixth form), Canal Side, Sedgecombe SZ4 1HN"),
                    ("Plan reference", "EHC/24/3391"),
                    ("Contact", "EHC Coordinator, 01632 960712"),
                ],
            ),
            _pz("A", "1.0", "Views, interests and aspirations of Daniel and his family"),
            (
                "S",
                "A",
                "Daniel loves music, especially musicals, and likes to help in the school cafe.",
            ),
            (
                "p",
                'He says he wants to "work in a shop" and to see his friends. His father wants Daniel to go to a local college and to be safe in the community.',
            ),
            _pz("B", "2.0", "Special educational needs"),
            ("S", "B", B4_SLD),
            ("p", [B4_COMM, B4_UNDER]),
            ("p", [B4_INDEP, B4_CHANGE]),
            ("p", B4_VISION),
            _pz("C", "3.0", "Health needs"),
            (
                "S",
                "C",
                "Daniel has an underactive thyroid, treated with daily medication, and is short sighted.",
            ),
            _pz("D", "4.0", "Social care needs"),
            ("S", "D", "Daniel receives short breaks at Larchwood House one weekend a month."),
            _pz("E", "5.0", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Daniel will make a drink and a simple snack in the training flat with picture prompts only.",
            ),
            (
                "p",
                "By the time he leaves school Daniel will travel by bus between home and school with a member of staff following at a distance.",
            ),
            _pz("F", "6.0", "Special educational provision"),
            ("S", "F", "Provision at Hollins Park School sixth form:"),
            (
                "bul",
                [
                    ("F", F4_CLASS, True),
                    ("F", F4_SALT, True),
                    ("F", F4_AAC, False),
                    ("F", F4_LIFE, True),
                    ("F", F4_WORK, True),
                    ("F", F4_TRAVEL, True),
                    ("F", F4_READ, True),
                    ("F", F4_TRANS, False),
                ],
            ),
            _pz("G", "7.0", "Health provision"),
            ("S", "G", G4_EYE),
            ("p", G4_AUD),
            ("p", G4_SALT),
            ("h", 1, "8.0 Social care provision"),
            _pz(
                "H1",
                "8.1",
                "Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "Short breaks at Larchwood House, one weekend (two nights) each month."),
            _pz("H2", "8.2", "Other social care provision"),
            (
                "S",
                "H2",
                "A transition worker from the Adult Social Care team from Daniel's 18th birthday.",
            ),
            _pz("I", "9.0", "Placement"),
            ("S", "I", "Hollins Park School, community special school (post-16 department)."),
            _pz("K", "10.0", "Advice and information"),
            (
                "S",
                "K",
                "Speech and language therapy (May 2026); paediatric letter (March 2026); educational psychology (July 2026); school advice (June 2026); social care assessment (April 2026).",
            ),
            ("h", 1, "11.0 Signature"),
            (
                "p",
                "Signed on behalf of Sedgecombe Metropolitan Borough Council by the Head of SEND Statutory Services.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SALT4,
            header="Sedgecombe Children's Community Services - Speech and Language Therapy",
            footer="Report on Daniel Price - {n} of {m}",
            blocks=[
                ("title", "Speech and language therapy report"),
                (
                    "p",
                    "Written by Lauren Oduya, Speech and Language Therapist (HCPC SL041223), 11 May 2026.",
                ),
                ("h", 2, "Communication now"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Daniel has been seen by the service since he was two and has a communication book, introduced in Year 9.",
                            "history",
                        ),
                        (
                            "X",
                            "He now uses his book to start conversations with unfamiliar adults, which he would not do two years ago.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Daniel's speech can be understood by familiar people but strangers, such as shop staff, understand very little of what he says.",
                            CI,
                            B4_COMM,
                        ),
                        (
                            "N",
                            "He follows instructions with two key words in familiar settings, but not longer or less familiar instructions.",
                            CI,
                            B4_UNDER,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Daniel does not yet have the words or signs to say that he is in pain or unwell.",
                            CI,
                            None,
                        ),
                        (
                            "X",
                            "On the Derbyshire Language Scheme he is at the two to three key word level.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "Direct therapy of 30 minutes every fortnight, focused on using his communication book in the community.",
                            CI,
                            "less",
                            F4_SALT,
                        ),
                        (
                            "R",
                            "The communication book to be reviewed each half term by the therapist, who will add the vocabulary needed for college and work.",
                            CI,
                            "not_specific",
                            F4_AAC,
                        ),
                        (
                            "R",
                            "Termly Makaton training for Daniel's class team, delivered by the therapist.",
                            CI,
                            "wrong_section",
                            G4_SALT,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "A health passport with pictures and signs for pain and illness, to be taught to Daniel in weekly sessions by his class team.",
                            CI,
                            "missing_from_f",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file=PAED4,
            footer="Sedgecombe Teaching Hospitals NHS Trust - Community Child Health",
            blocks=[
                ("org", "Sedgecombe Teaching Hospitals NHS Trust - Community Child Health"),
                ("p", "Dear EHC Coordinator,"),
                ("p", "Re: Daniel Price, DOB 08/02/2009"),
                (
                    "p",
                    [
                        (
                            "X",
                            "I saw Daniel in clinic on 3 March 2026 with his father.",
                            "assessment narrative",
                        ),
                        (
                            "X",
                            "His thyroid function is normal on his current dose of levothyroxine.",
                            "health condition under control",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Daniel's mild hearing loss has increased slightly since his last audiology test, and he may miss what is said in noisy rooms.",
                            SP,
                            B4_VISION,
                        ),
                        (
                            "N",
                            "Daniel has obstructive sleep apnoea, for which he is awaiting assessment for CPAP, and he is often drowsy in the afternoon.",
                            HE,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His weight is above the 91st centile; his father and I discussed diet and activity.",
                            "health matter for home",
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Daniel should continue to have yearly hearing and eye reviews.",
                            HE,
                            "not_educational",
                            G4_AUD,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Staff should be aware that his drowsiness may be due to his sleep apnoea, and demanding activities should where possible be planned for the morning.",
                            HE,
                            "missing_from_f",
                        ),
                    ],
                ),
                ("p", "Yours sincerely, Dr Fiona Castellanos, Consultant Community Paediatrician"),
            ],
        ),
        dict(
            file=EP4,
            footer="Independent educational psychology report - Daniel Price - July 2026",
            blocks=[
                ("title", "Report of an independent educational psychologist"),
                (
                    "kv",
                    [
                        ("Name", "Daniel Price"),
                        ("Psychologist", "Dr Miriam Oyelaran-Haig, HCPC PYL09876"),
                        ("Date", "14 July 2026"),
                        ("Purpose", "Expert evidence for the appeal against Sections B, F and I"),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Formal tests of ability were not appropriate; I used observation in class and the training flat, and the Vineland-3 with Daniel's father and teacher.",
                            "assessment method",
                        ),
                        (
                            "X",
                            "Daniel's adaptive behaviour composite was 42, below the first percentile.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Daniel cannot yet make a hot drink or cross a road safely without an adult.",
                            CL,
                            B4_INDEP,
                        ),
                        (
                            "N",
                            "He recognises a few coins but does not understand that items have prices or how to pay for them.",
                            CL,
                            B4_INDEP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "When a routine changes without warning, Daniel sits on the floor and will not move for up to half an hour.",
                            SEMH,
                            B4_CHANGE,
                        ),
                        (
                            "N",
                            "Daniel is very trusting of strangers and will go with anyone who speaks kindly to him, which is a serious risk in the community.",
                            SEMH,
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He reads about 20 symbols and his name, and is beginning to recognise familiar signs such as 'Toilets' and 'Exit'.",
                            CL,
                            B4_SLD,
                        ),
                        (
                            "X",
                            "Daniel's behaviour in class has improved markedly since he joined the sixth form, and he is proud of his cafe work.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reasoning"],
                        [
                            (
                                "R",
                                "Travel training twice a week for 45 minutes on Daniel's own bus route, with a member of staff.",
                                CL,
                                "specific",
                                F4_TRAVEL,
                            ),
                            "Independent travel is the aspiration his family holds most strongly, and it is achievable only with regular practice on the same route.",
                        ],
                        [
                            (
                                "R",
                                "A transition programme to his chosen college, including at least six visits with a familiar member of staff in the spring and summer terms of 2027.",
                                CL,
                                "not_specific",
                                F4_TRANS,
                            ),
                            "Daniel's distress at change means an unplanned move would undo much of his progress.",
                        ],
                        [
                            (
                                "R",
                                "Personal safety and 'stranger' teaching, using social stories and role play, for 30 minutes a week.",
                                SEMH,
                                "missing_from_f",
                            ),
                            "His trust of strangers is the greatest risk to his future independence.",
                        ],
                        [
                            (
                                "R",
                                "Independent living skills in the training flat for two mornings a week, in a small group.",
                                CL,
                                "specific",
                                F4_LIFE,
                            ),
                            "This is working well and should continue.",
                        ],
                        [
                            (
                                "R",
                                "Functional reading of symbols and community signs, in short sessions at least three times a week.",
                                CL,
                                "specific",
                                F4_READ,
                            ),
                            "Daniel has begun to recognise signs and needs frequent practice to keep them.",
                        ],
                        [
                            (
                                "R",
                                "Daniel's family should be offered a place on the council's 'Moving On' workshops for parents.",
                                "other",
                                "not_educational",
                            ),
                            "The move to adult services is new to the family.",
                        ],
                    ],
                    [0.55, 0.45],
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
