# ruff: noqa: E501
"""Set AE as data: children with rare genetic syndromes and complex health needs, where
health and education overlap (22q11.2 deletion syndrome, phenylketonuria, Duchenne
muscular dystrophy, CDKL5 deficiency disorder with rescue medication and gastrostomy
feeding), in four health-led plan layouts: a medical summary before Section A, care-plan
grids for the provision sections, sections grouped under the stages of a nursing care
plan, and a plan with an individual healthcare plan annexed after Section K.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalae-01: Corrowdale County Council; Isla Carnsew, 6, Year 1, 22q11.2 deletion
# layout "medical-summary-first": a boxed medical summary (diagnoses, medicines,
# emergency contacts) stands before Section A; sections are "Section A - ..." headings.
# ---------------------------------------------------------------------------

B1_LEARN = "Isla has a general learning difficulty associated with 22q11.2 deletion syndrome; her reasoning skills are well below those expected for her age."
B1_MATHS = "She finds number especially hard and is not yet secure in counting objects to 10."
B1_MEM = (
    "Isla's working memory is weak: she can hold about two pieces of information in mind at a time."
)
B1_LANG = "Isla's understanding of spoken language is delayed, and she loses track of longer instructions given to the whole class."
B1_SPEECH = "Her speech is hypernasal and can be hard for unfamiliar listeners to understand; the cleft team links this to the way her palate works."
B1_ATTN = (
    "Isla's attention to adult-led work is short and she needs an adult nearby to keep her on task."
)
B1_TIRED = "She tires by the afternoon, and her concentration falls away after lunch."
B1_BUSY = "She is sociable but can be overwhelmed in busy areas such as the dining hall."

F1_PT = "Precision teaching for number, 10 minutes, three times a week, delivered by a teaching assistant."
F1_INSTR = "Class instructions repeated to Isla individually by an adult, one step at a time, with a visual prompt card, in every lesson."
F1_GROUP = "Access to small group support for language and vocabulary."
F1_REST = "A 10-minute rest in the library book corner straight after lunch every day, with maths and phonics taught in the morning wherever the timetable allows."
F1_SPEECH = "A speech programme set by the cleft team's speech and language therapist, practised with a teaching assistant for 10 minutes three times a week; the therapist reviews the programme each half term."
F1_LSS = "Support from the Corrowdale Learning Support Service as needed."
F1_LUNCH = "Isla will go into the dining hall five minutes before the other children, with a lunchtime supervisor, and sit at the end of a table near the door."

G1_AUD = "Review by the paediatric audiology clinic, with a repeat hearing test by May 2027."
G1_CAL = "Six-monthly blood tests for calcium at the paediatric endocrine clinic, Corrowdale Royal Infirmary."
G1_IHCP = "The school nurse will keep Isla's individual healthcare plan up to date, including the signs of low calcium, and brief staff on it each September."

GEN1 = "genetics_letter.pdf"
EP1 = "ep_report.docx"


def _sect1(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h1")


CASE_01 = dict(
    name="case-evalae-01",
    layout="medical-summary-first",
    summary=(
        "Corrowdale County Council; Isla Carnsew, 6, Year 1 at St Budoc's CE Primary School "
        "(22q11.2 deletion syndrome: general learning difficulty, number, working memory, "
        "hypernasal speech, fatigue; a mild conductive hearing loss and anxiety at change that "
        "the plan leaves out). The plan opens with a boxed medical summary before Section A. "
        "Clinical geneticist's clinic letter; educational psychologist's report with a test table "
        "and recommendations argued at length."
    ),
    note="The medical summary before Section A repeats diagnoses and medicines; it belongs to no section. The geneticist's general warning about later mental health is a risk, not a current need.",
    plan=dict(
        file="plan.pdf",
        footer="Corrowdale County Council - EHC plan for Isla Carnsew - FINAL - page {n} of {m}",
        header="OFFICIAL - SENSITIVE",
        blocks=[
            ("org", "Corrowdale County Council"),
            ("small", "SEND Statutory Assessment and Review Team, County Hall, Tremenna TQ9 2XW"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Name: Isla Mae Carnsew   Date of birth: 14 June 2020   Plan issued: 20 November 2026",
            ),
            ("band", "Medical summary - please read before the rest of this plan"),
            (
                "kv",
                [
                    (
                        "Diagnosis",
                        "22q11.2 deletion syndrome, confirmed by chromosomal microarray in July 2020.",
                    ),
                    (
                        "Heart",
                        "Tetralogy of Fallot, repaired at five months; yearly review by the cardiology team.",
                    ),
                    (
                        "Calcium",
                        "Low calcium in infancy; calcium and alfacalcidol given at home every morning.",
                    ),
                    ("Medicines in school", "None."),
                    ("Allergies", "None known."),
                    (
                        "Individual healthcare plan",
                        "Held by the school office; last reviewed September 2026.",
                    ),
                    (
                        "If unwell",
                        "Call her parents first (01632 960214); if she has a seizure, call 999.",
                    ),
                ],
            ),
            _sect1(
                "A", "Section A - Isla's views, interests and aspirations, and those of her family"
            ),
            (
                "S",
                "A",
                "Isla likes dancing, her rabbit Biscuit and 'being the helper' when the class tidies up.",
            ),
            (
                "p",
                "Her mum and dad say Isla is kind and determined. They want her to read, to be safe and to keep her friends from Reception. In the longer term they hope she will live as independently as she can.",
            ),
            _sect1("B", "Section B - Isla's special educational needs"),
            ("b", "Cognition and learning"),
            ("S", "B", B1_LEARN),
            ("p", [B1_MATHS, B1_MEM]),
            ("b", "Communication and interaction"),
            ("p", [B1_LANG, B1_SPEECH]),
            ("b", "Social, emotional and mental health"),
            ("p", [B1_ATTN, B1_BUSY]),
            ("b", "Physical and sensory"),
            ("p", B1_TIRED),
            _sect1(
                "C", "Section C - Isla's health needs which relate to her special educational needs"
            ),
            (
                "S",
                "C",
                "Isla has 22q11.2 deletion syndrome. She had heart surgery as a baby and is seen yearly by the cardiology team.",
            ),
            (
                "p",
                "She takes calcium supplements at home and has regular blood tests. She is under the regional cleft team for her palate and speech.",
            ),
            _sect1("D", "Section D - Isla's social care needs"),
            (
                "S",
                "D",
                "Isla has no social care needs arising from her special educational needs or disability.",
            ),
            _sect1("E", "Section E - Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Isla will count a set of up to 10 objects accurately and say how many there are.",
            ),
            ("p", "By July 2027 Isla will follow a two-step instruction given to a small group."),
            (
                "p",
                "By July 2028 Isla will be understood by unfamiliar adults most of the time when she talks about familiar topics.",
            ),
            _sect1("F", "Section F - Special educational provision"),
            (
                "S",
                "F",
                "St Budoc's will make the following provision from its own resources and the top-up funding agreed by the council.",
            ),
            (
                "bul",
                [
                    ("F", F1_PT, True),
                    ("F", F1_INSTR, True),
                    ("F", F1_GROUP, False),
                    ("F", F1_REST, True),
                    ("F", F1_SPEECH, True),
                    ("F", F1_LUNCH, True),
                    ("F", F1_LSS, False),
                ],
            ),
            _sect1("G", "Section G - Health provision"),
            ("S", "G", G1_AUD),
            ("bul", [G1_CAL, G1_IHCP, "Yearly cardiology review, Corrowdale Royal Infirmary."]),
            _sect1(
                "H1",
                "Section H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "No provision is made under section 2 of the 1970 Act."),
            _sect1("H2", "Section H2 - Any other social care provision"),
            ("S", "H2", "No other social care provision is needed at this time."),
            _sect1("I", "Section I - Placement"),
            (
                "S",
                "I",
                "St Budoc's Church of England Primary School, Chapel Row, Tremenna TQ9 4LB (mainstream, voluntary aided).",
            ),
            _sect1("J", "Section J - Personal budget"),
            ("S", "J", "Isla's parents did not ask for a personal budget."),
            _sect1("K", "Section K - Advice and information"),
            (
                "S",
                "K",
                "Advice from Dr Anjali Treloar, consultant clinical geneticist, clinic letter of 2 September 2026.",
            ),
            (
                "bul",
                [
                    "Psychological advice from Dr Merryn Kessel, educational psychologist, 30 September 2026.",
                    "Advice from St Budoc's CE Primary School, September 2026.",
                    "Parents' views, received 18 September 2026.",
                ],
            ),
        ],
    ),
    reports=[
        dict(
            file=GEN1,
            footer="Clinical Genetics Service, Corrowdale Royal Infirmary - page {n} of {m}",
            blocks=[
                ("org", "Corrowdale Royal Infirmary NHS Trust - Clinical Genetics Service"),
                (
                    "small",
                    "Penwithy Wing, Corrowdale Royal Infirmary, Tremenna TQ9 1AA. Tel 01632 960301",
                ),
                ("small", "Dictated 2 September 2026, typed 5 September 2026. Ref CG/26/4471"),
                ("p", "Dear Mr and Mrs Carnsew,"),
                (
                    "p",
                    "Re: Isla Mae CARNSEW, DOB 14/06/2020. Diagnosis: 22q11.2 deletion syndrome (2.5 Mb typical LCR22A-D deletion).",
                ),
                (
                    "p",
                    "I saw Isla with both of you in the genetics clinic on 2 September. You asked me to write something that the local authority could use for the needs assessment, and I am copying this letter to them with your agreement.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The deletion was found to have arisen new in Isla; neither parent carries it, so the chance of it happening again in a future pregnancy is low.",
                            "genetic history",
                        ),
                        "Isla's heart was repaired at five months and the cardiology team are happy with her.",
                        (
                            "X",
                            "Her calcium levels have been stable on treatment for the past eighteen months and no further low-calcium episodes have been recorded.",
                            "health difficulty controlled by treatment",
                        ),
                    ],
                ),
                ("h", 2, "Findings today"),
                (
                    "p",
                    [
                        (
                            "N",
                            "In clinic Isla was noted to have hypernasal speech from velopharyngeal insufficiency, for which she remains under the regional cleft team.",
                            "communication_interaction",
                            B1_SPEECH,
                        ),
                        (
                            "N",
                            "Her most recent audiogram (August 2026) showed a mild conductive hearing loss in both ears, likely to be long-standing given her history of glue ear.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "You told me that school had noticed how tired Isla is by the end of the day.",
                        (
                            "N",
                            "Isla tires more quickly than other children of her age, particularly in the afternoon, and this is part of her condition rather than a matter of behaviour or motivation.",
                            "health",
                            B1_TIRED,
                        ),
                    ],
                ),
                ("h", 2, "What this means for school"),
                (
                    "p",
                    "22q11.2 deletion syndrome affects each child differently, and the label alone does not tell school what Isla needs; the educational psychologist's assessment will be far more useful for that. There are, however, some points I would ask the local authority and school to take into account.",
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Because of her hearing loss, Isla should sit near the front of the class, close to where the teacher usually stands, and the school should ask the Sensory Support Service for a visit by a Qualified Teacher of the Deaf to advise on the classroom and on how staff speak to her.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        "A mild loss of this kind is easily missed in a noisy Year 1 classroom, and it will make her language difficulties look worse than they are.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I would recommend a repeat audiogram in six months through the paediatric audiology clinic.",
                            "health",
                            "not_educational",
                            G1_AUD,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Her calcium should continue to be checked every six months at the paediatric endocrine clinic.",
                            "health",
                            "not_educational",
                            G1_CAL,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "School staff should be made aware that low calcium can show itself as twitching, unusual tiredness or, rarely, a seizure, and her individual healthcare plan should set out what to do.",
                            "health",
                            "not_educational",
                            G1_IHCP,
                            {"section": "G"},
                        ),
                        "I stress that this is unlikely while she takes her supplements, but illness or a growth spurt can tip the balance.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Children with this condition have a higher risk of anxiety and, in later childhood and adolescence, of mental health difficulties; I would ask that school keeps this in mind, although I saw no sign of it today.",
                            "a future risk, not a current need",
                        ),
                        "I would be happy to see Isla again if new concerns arise, and I have not arranged a routine follow-up.",
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("p", "Dr Anjali Treloar, Consultant Clinical Geneticist"),
                (
                    "small",
                    "cc: Dr S. Moyle, Community Paediatrician; SEND Statutory Assessment Team, Corrowdale County Council; GP",
                ),
            ],
        ),
        dict(
            file=EP1,
            footer="Corrowdale Educational Psychology Service - Isla Carnsew - statutory advice",
            style="headed",
            accent="5B2C6F",
            blocks=[
                ("org", "Corrowdale Educational Psychology Service"),
                ("title", "Psychological advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Child", "Isla Carnsew (date of birth 14 June 2020)"),
                        ("School", "St Budoc's CE Primary School, Year 1"),
                        (
                            "Psychologist",
                            "Dr Merryn Kessel, Educational Psychologist (HCPC registered)",
                        ),
                        ("Date of report", "30 September 2026"),
                    ],
                ),
                ("h", 1, "1. How this advice was gathered"),
                (
                    "p",
                    "I met Isla's parents at home on 15 September, observed Isla in class and at lunchtime on 22 September, worked with her on her own the same afternoon and spoke with her class teacher, Miss Roskilly, and the SENCo, Mrs Chynoweth. I have read the clinical genetics letter of 2 September 2026 and the cleft team's speech report of June 2026.",
                ),
                ("h", 1, "2. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Isla joined St Budoc's in Reception and settled well; she was on SEN support from her first term, with a small-group phonics programme and a visual timetable.",
                            "support already in place",
                        ),
                        "Her parents describe her as a loving girl who is proud of her reading book and who loves to help her younger brother.",
                    ],
                ),
                ("h", 2, "Isla's views"),
                (
                    "p",
                    "Isla told me that she likes 'the singing' and 'playing families' with her friend Poppy, and that she does not like 'when it's loud'. She chose a sticker for every page of my book and checked that I had written her name correctly.",
                ),
                ("h", 2, "Support in place and comments on it"),
                (
                    "p",
                    "The school's SEN support plan of May 2026 set targets for counting to five and for recognising her written name; she has met the second and is close to the first. The SENCo told me that the small-group phonics programme has been cut back this term because of staffing, and that the visual timetable is used on most days but not all. The plan is sensible, but it was written before Isla's number and memory difficulties were fully understood, and the amount of adult time in it is small for the size of her difficulties.",
                ),
                ("h", 1, "3. What I found"),
                ("h", 2, "Assessment"),
                (
                    "p",
                    "I used selected scales of the British Ability Scales (third edition) and informal tasks. Isla was keen to take part, though she needed frequent breaks.",
                ),
                (
                    "grid",
                    [
                        ["Scale", "Standard score / result", "What it suggests"],
                        ["Verbal similarities", "below 70", "very low range"],
                        ["Pattern construction", "71", "very low range"],
                        ["Early number concepts", "below 70", "very low range"],
                        ["Recall of digits forward", "2 digits", "well below age level"],
                        ["Naming vocabulary", "76", "low range, her relative strength"],
                    ],
                    [5, 4, 6],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The scores should be read with caution, because Isla tired towards the end of the session and her hypernasal speech made some of her answers hard to score.",
                            "caveat about test results",
                        ),
                        (
                            "N",
                            "Taken together, they show that Isla has significant general learning difficulties: her reasoning, across both verbal and non-verbal tasks, is at about the level of a typical four-year-old.",
                            "cognition_learning",
                            B1_LEARN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isla's number sense is very limited; she counts by rote to 12 but cannot yet give me a set of five bricks when asked.",
                            "cognition_learning",
                            B1_MATHS,
                        ),
                        (
                            "N",
                            "Her auditory working memory is a particular weakness: she repeated two digits accurately but no longer sequences, and she forgot the second half of most of my instructions.",
                            "cognition_learning",
                            B1_MEM,
                        ),
                    ],
                ),
                ("h", 2, "In class"),
                (
                    "p",
                    "In a Year 1 phonics lesson Isla sat at the front beside a teaching assistant, joined in the actions for each sound with obvious enjoyment and blended two three-letter words with help. When the class moved to tables she watched the children next to her before starting, and she had copied the date but not begun the task when the teaching assistant came over.",
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In class Isla follows short instructions given to her by name but not those addressed to the whole class, especially when they have more than one step.",
                            "communication_interaction",
                            B1_LANG,
                        ),
                        (
                            "N",
                            "Her attention to adult-led tasks lasts three or four minutes before she needs bringing back to the task.",
                            "cognition_learning",
                            B1_ATTN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isla becomes very anxious when her routine changes, for example when a supply teacher takes the class or PE is moved, and at these times she cries, holds on to an adult and will not join in.",
                            "semh",
                            None,
                        ),
                        "Miss Roskilly counted four such days in the first three weeks of term, and on each of them Isla did very little learning.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Isla tires noticeably after lunch; by mid-afternoon she is resting her head on the table and her accuracy drops.",
                            "health",
                            B1_TIRED,
                        ),
                        (
                            "X",
                            "Her behaviour in class is otherwise settled and she is well liked by the other children.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "4. What I recommend, and why"),
                (
                    "p",
                    "I have set out each recommendation with my reasons, because several of them depend on one another and on the way Isla's condition affects her energy through the day.",
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Isla should have a precision teaching programme for number, delivered one-to-one by a trained teaching assistant for 10 minutes four times a week, with her progress charted each session.",
                            "cognition_learning",
                            "less",
                            F1_PT,
                        ),
                        "Children with Isla's profile learn best from short, frequent practice with immediate feedback, and her weak working memory means that gaps of more than a day undo much of what she has learned; fewer sessions than this would, in my view, be unlikely to move her on.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Instructions to the class should be followed by an individual repeat to Isla, broken into single steps and supported by a visual prompt card or gesture.",
                            "communication_interaction",
                            "specific",
                            F1_INSTR,
                        ),
                        "Without this she is left to copy other children, which hides how little of the instruction she has understood.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Isla would benefit from a small-group session with a trained adult each day, of no more than four children, in which the vocabulary of the week's topic is taught before the lesson.",
                            "communication_interaction",
                            "not_specific",
                            F1_GROUP,
                        ),
                        "Pre-teaching gives her a chance to meet new words when she is fresh and in a quiet setting, so that she recognises them when they come up in class.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Known changes should be prepared for with a short social story and a visual 'change' card, and a named adult should meet Isla at the classroom door on any day with a supply teacher or a change to the timetable.",
                            "semh",
                            "missing_from_f",
                        ),
                        "The risk of leaving this to chance is that Isla loses whole days of learning and starts to associate school with distress; her parents have already noticed her reluctance on Monday mornings.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Isla should have a rest break of about 10 minutes in a quiet place after lunch, and the most demanding teaching should be moved to the morning where the timetable allows.",
                            "health",
                            "specific",
                            F1_REST,
                        ),
                        "This is not a reward or a sanction; her tiredness has a medical basis and planning around it will make the afternoon more productive, not less.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered whether Isla needs a place in a specialist school at this stage; on balance I do not recommend this now, because she is making progress, is well known to staff and is happy at St Budoc's.",
                            "option considered and not recommended",
                        ),
                        "The question should be looked at again at the Year 2 annual review.",
                    ],
                ),
                ("h", 2, "At home"),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, Isla's parents might use short counting games, such as counting the stairs or laying the table, to build on the work in school.",
                            "cognition_learning",
                            "not_educational",
                        ),
                        "They are already doing a great deal and I do not want this to feel like homework.",
                    ],
                ),
                (
                    "p",
                    "Dr Merryn Kessel, Educational Psychologist. Corrowdale Educational Psychology Service, Trelowen House, Tremenna TQ9 3RS. Tel 01632 960388. merryn.kessel@example.org",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalae-02: Harnmoor Metropolitan Borough Council; Elliot Varga-Simmons, 8, Year 3,
# phenylketonuria (PKU) on a low-protein diet.
# layout "care-plan-intervention-grid": each section under a shaded band; B, F and G are
# written as nursing-style care-plan grids (Identified need | Intervention | Responsible |
# Frequency | Evaluation), the provision in the Intervention column.
# ---------------------------------------------------------------------------

B2_ATT = "Difficulty keeping his attention on a task and moving from one task to the next; his metabolic team link this to periods when his phenylalanine levels have been high."
B2_SPEED = "Slow processing: Elliot takes longer than his classmates to start and finish work."
B2_MATHS = (
    "Working below age-related expectations in maths, especially problems with more than one step."
)
B2_DRINK = (
    "Self-conscious about his protein substitute drink, and has at times not taken it in school."
)
B2_ANX = "Anxious about eating in front of other children; has avoided the dining hall this term."
B2_SELF = "Low self-esteem: Elliot often says he is different from the other children and 'no good' at things."

F2_COOK = "Food-based activities adapted with a low-protein ingredient list agreed with his parents in advance, so that Elliot takes part alongside the class."
F2_LUNCH = "Lunch at the quiet table with two friends of his choosing, supervised by a lunchtime supervisor who has been briefed on his diet."
F2_ELSA = "ELSA sessions focused on self-esteem and explaining his diet to others."
F2_ADULT = "Adult support to help Elliot start and complete tasks, as appropriate."
F2_TIME = "25% extra time in tests and assessments; written recording reduced, with a scribe, word bank or the class iPad for longer pieces."
F2_MATHS = "Small-group maths intervention (no more than three pupils) using concrete apparatus."
F2_DIFF = "A differentiated curriculum."

G2_DRINK = "Protein substitute drink at 10.30 am and with lunch, supervised by a named member of staff who records that it has been taken."
G2_TRAIN = "Training for lunchtime and kitchen staff on Elliot's diet and protein exchanges."

DIET2 = "dietitian_report.docx"
EP2 = "ep_report.pdf"


def _band2(sid: str, text: str) -> tuple:
    return ("H", sid, text, "band")


CARE_HEAD = ["Identified need", "Intervention", "Responsible", "Frequency", "Evaluation"]

CASE_02 = dict(
    name="case-evalae-02",
    layout="care-plan-intervention-grid",
    summary=(
        "Harnmoor Metropolitan Borough Council; Elliot Varga-Simmons, 8, Year 3 at Marlpit Lane "
        "Primary School (phenylketonuria on a low-protein diet: attention and task switching, slow "
        "processing, maths, anxiety about food, low self-esteem; handwriting and his understanding "
        "of which foods he may eat are left out). Each section under a shaded band; B, F and G are "
        "care-plan grids. Metabolic dietitian's report with a recommendation table that has a "
        "Reason column; educational psychologist's report."
    ),
    note="F and G are grids: the Intervention cell is the provision and specificity is judged on the whole row. The dietitian's supervision of the protein drink, the staff training on the diet and the blood spot tests are health provision, correctly in G.",
    plan=dict(
        file="plan.docx",
        footer="Harnmoor MBC - Education, Health and Care Plan - Elliot Varga-Simmons - final 11/11/2026",
        accent="00665E",
        blocks=[
            ("org", "Harnmoor Metropolitan Borough Council - SEND Assessment and Commissioning"),
            ("title", "Education, Health and Care Plan (health-led format)"),
            (
                "kv",
                [
                    ("Name", "Elliot Varga-Simmons"),
                    ("Date of birth", "3 February 2018"),
                    ("Lead professional", "Rhiannon Kaur, EHC Coordinator, 01632 960552"),
                    (
                        "Health lead",
                        "Inherited Metabolic Disease Team, Harnmoor Children's Hospital",
                    ),
                    ("Date finalised", "11 November 2026"),
                ],
            ),
            _band2("A", "Section A: Views, interests and aspirations"),
            (
                "S",
                "A",
                "Elliot likes Lego, drawing maps of made-up islands and swimming with his dad on Saturdays.",
            ),
            (
                "p",
                "Elliot said: 'I want people to stop asking what's in my drink.' His parents want him to stay on top of his diet without it taking over his life, and to feel as clever as they know he is.",
            ),
            _band2("B", "Section B: Special educational needs"),
            (
                "S",
                "B",
                "Elliot's needs are set out below by area, in the same order as the care plan in Section F.",
            ),
            (
                "grid",
                [
                    ["Area", "Identified need"],
                    ["Cognition and learning", B2_ATT],
                    ["Cognition and learning", B2_SPEED],
                    ["Cognition and learning", B2_MATHS],
                    ["Social, emotional and mental health", B2_DRINK],
                    ["Social, emotional and mental health", B2_ANX],
                    ["Social, emotional and mental health", B2_SELF],
                ],
                [5, 11],
            ),
            _band2("C", "Section C: Health needs related to SEN"),
            (
                "S",
                "C",
                "Elliot has phenylketonuria (PKU), found through newborn screening, and must follow a strict low-protein diet with a prescribed protein substitute three times a day.",
            ),
            (
                "p",
                "His blood phenylalanine is measured weekly from a finger-prick blood spot taken at home and posted to the hospital laboratory.",
            ),
            _band2("D", "Section D: Social care needs"),
            (
                "S",
                "D",
                "Elliot is not known to children's social care and has no social care needs.",
            ),
            _band2("E", "Section E: Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 4 Elliot will take his protein drink in school every day without prompting.",
            ),
            (
                "p",
                "By the end of Year 4 Elliot will solve two-step word problems using apparatus, and will eat lunch in the dining hall with friends.",
            ),
            _band2("F", "Section F: Special educational provision (care plan)"),
            (
                "S",
                "F",
                "Provision is to be made by Marlpit Lane Primary School unless stated otherwise.",
            ),
            (
                "grid",
                [
                    CARE_HEAD,
                    [
                        "Taking part in practical lessons",
                        ("F", F2_COOK, True),
                        "Class teacher, with parents",
                        "Every cookery, science or class activity involving food; list agreed a week before",
                        "Termly",
                    ],
                    [
                        "Eating with others",
                        ("F", F2_LUNCH, True),
                        "Lunchtime supervisor",
                        "Every school day",
                        "Half-termly",
                    ],
                    [
                        "Self-esteem",
                        ("F", F2_ELSA, True),
                        "School ELSA",
                        "30 minutes once a fortnight for 12 sessions",
                        "After 12 sessions",
                    ],
                    [
                        "Attention and starting work",
                        ("F", F2_ADULT, False),
                        "Class staff",
                        "As required",
                        "Termly",
                    ],
                    [
                        "Slow processing",
                        ("F", F2_TIME, True),
                        "Class teacher, SENCo",
                        "All tests and extended writing",
                        "Annual review",
                    ],
                    [
                        "Maths",
                        ("F", F2_MATHS, True),
                        "Teaching assistant",
                        "20 minutes, three times a week",
                        "Half-termly",
                    ],
                    ["All areas", ("F", F2_DIFF, False), "All staff", "Ongoing", "Annual review"],
                ],
                [3, 5.5, 2.6, 2.8, 2],
                True,
            ),
            _band2("G", "Section G: Health provision (care plan)"),
            (
                "S",
                "G",
                "Health provision is the responsibility of Harnmoor Children's Hospital Inherited Metabolic Disease Team unless stated otherwise.",
            ),
            (
                "grid",
                [
                    CARE_HEAD,
                    [
                        "Protein substitute",
                        G2_DRINK,
                        "School, with dietitian's advice",
                        "Twice each school day",
                        "Monthly with dietitian",
                    ],
                    [
                        "Safe food at school",
                        G2_TRAIN,
                        "Metabolic dietitian",
                        "Each September and when staff change",
                        "Yearly",
                    ],
                    [
                        "Blood phenylalanine",
                        "Weekly blood spot at home; results and diet changes sent to parents and, with their agreement, the school.",
                        "Parents and IMD team",
                        "Weekly",
                        "Clinic every six months",
                    ],
                ],
                [3, 5.5, 2.6, 2.8, 2],
                True,
            ),
            _band2(
                "H1",
                "Section H1: Social care provision (Chronically Sick and Disabled Persons Act 1970, s.2)",
            ),
            ("S", "H1", "Not applicable to Elliot at this time."),
            _band2("H2", "Section H2: Other social care provision"),
            ("S", "H2", "There is no other social care provision."),
            _band2("I", "Section I: Placement"),
            (
                "S",
                "I",
                "Marlpit Lane Primary School, Marlpit Lane, Harnmoor HF7 3QE (community primary).",
            ),
            _band2("J", "Section J: Personal budget"),
            ("S", "J", "No personal budget has been requested."),
            _band2("K", "Section K: Advice and information"),
            (
                "S",
                "K",
                "Specialist dietetic advice, Sunniva Blackwood, Specialist Metabolic Dietitian, 14 September 2026.",
            ),
            (
                "p",
                "Educational psychology advice, Tomasz Wrenn, 25 September 2026; school advice, September 2026; parental advice, September 2026.",
            ),
        ],
    ),
    reports=[
        dict(
            file=DIET2,
            footer="Harnmoor Children's Hospital - Inherited Metabolic Disease Team",
            accent="00665E",
            blocks=[
                ("org", "Harnmoor Children's Hospital NHS Foundation Trust"),
                (
                    "small",
                    "Inherited Metabolic Disease Team, Level 3 Outpatients, Harnmoor HF1 9PP. Tel 01632 960470",
                ),
                ("title", "Dietetic advice for EHC needs assessment: Elliot Varga-Simmons"),
                (
                    "small",
                    "Sunniva Blackwood, Specialist Metabolic Dietitian, HCPC registered. 14 September 2026.",
                ),
                ("h", 2, "About PKU"),
                (
                    "p",
                    "PKU is a rare inherited condition in which the body cannot break down phenylalanine, one of the building blocks of protein. If phenylalanine builds up in the blood it affects the brain: in the short term as poor concentration, slowness and low mood, and over years as lasting harm to learning. The only treatment for Elliot is diet: very little natural protein, weighed out as 'exchanges', a prescribed protein substitute that provides the rest of his protein, and specially made low-protein foods.",
                ),
                ("h", 2, "History"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Elliot was diagnosed through the newborn blood spot screen at six days old and started the diet straight away.",
                            "history",
                        ),
                        (
                            "X",
                            "A trial of sapropterin tablets in 2024 did not lower his levels, so it was stopped.",
                            "treatment tried and stopped",
                        ),
                        (
                            "X",
                            "His growth is good, on the 50th centile for both height and weight.",
                            "health strength",
                        ),
                    ],
                ),
                ("h", 2, "Elliot's diet at school"),
                (
                    "p",
                    "Elliot is allowed 6 exchanges of natural protein a day (one exchange is 1 g of protein), which his parents divide between breakfast, lunch and tea. At school he has a packed lunch made with prescribed low-protein bread and pasta, fruit and vegetables, and a carton of his protein substitute. He may have most fruit and vegetables freely. Meat, fish, eggs, cheese, milk, ordinary bread, biscuits and cakes, pulses and nuts are all too high in protein for him, and so are drinks and sweets containing aspartame.",
                ),
                ("h", 2, "How Elliot is now"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Elliot's phenylalanine levels have been above his target range (120 to 360 micromol/L) in seven of his last twelve blood spots, which is likely to be affecting his concentration in class.",
                            "health",
                            B2_ATT,
                        ),
                        "The rise started in the spring term, around the time he moved into Year 3 and began to buy into the idea that his diet makes him stand out.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He is embarrassed to drink his protein substitute in front of classmates, and he has admitted pouring it away in the toilets at school.",
                            "health",
                            B2_DRINK,
                        ),
                        (
                            "N",
                            "Elliot does not yet recognise which everyday foods are high in protein, and he relies entirely on adults to tell him what he may eat.",
                            "health",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    "At eight, most children with PKU I work with are starting to check a food label with an adult and to count simple exchanges. Elliot is not, and the gap matters because in the next two or three years he will increasingly be offered food by friends, at clubs and on trips when no adult who knows his diet is present.",
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "My recommendations are set out below with the reason for each. Some are for the health service and the family; I have marked those I consider to be for school.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Who"],
                        [
                            (
                                "R",
                                "Protein substitute to be taken at 10.30 am and with lunch, in a private place of Elliot's choosing, supervised by a named adult who records that it has been finished.",
                                "health",
                                "not_educational",
                                G2_DRINK,
                                {"section": "G"},
                            ),
                            "The substitute only works if taken in divided doses through the day; skipped doses are the most likely cause of his raised levels.",
                            "School staff (health task)",
                        ],
                        [
                            (
                                "R",
                                "Lunchtime supervisors and kitchen staff to be trained by the metabolic dietitian on Elliot's diet and exchanges each September.",
                                "health",
                                "not_educational",
                                G2_TRAIN,
                                {"section": "G"},
                            ),
                            "Staff turnover at lunchtime is high, and one wrong meal will not harm him but a pattern of them will.",
                            "Metabolic dietitian",
                        ],
                        [
                            (
                                "R",
                                "In cookery, science and any class activity involving food, the teacher should agree the ingredients with Elliot's parents at least a week ahead and provide a low-protein alternative, so that he does the same activity as the class rather than a different task.",
                                "health",
                                "specific",
                                F2_COOK,
                            ),
                            "Elliot told me he was given colouring during the bread-making lesson. Being left out in this way feeds the feeling that his diet makes him different, which is what is driving the missed doses.",
                            "Class teacher",
                        ],
                        [
                            (
                                "R",
                                "A short programme of teaching in school, six weekly sessions of 20 minutes with a trained teaching assistant using our 'Food Detective' pack, on recognising high-protein foods and using his exchange list.",
                                "health",
                                "missing_from_f",
                            ),
                            "Learning to manage his own diet is a skill that has to be taught, like any other, and school is where he faces most of the choices. Without it he will stay dependent on adults just as independence is expected of him.",
                            "School, with dietitian's pack",
                        ],
                        [
                            (
                                "R",
                                "Elliot should be able to eat lunch at a quieter table with one or two friends he chooses.",
                                "semh",
                                "specific",
                                F2_LUNCH,
                            ),
                            "He eats much better, and is more likely to finish his substitute, when he is not watched by a large group.",
                            "School",
                        ],
                        [
                            (
                                "R",
                                "Weekly blood spot to continue at home on Monday mornings.",
                                "health",
                                "not_educational",
                            ),
                            "Consistent timing makes the results comparable.",
                            "Parents",
                        ],
                    ],
                    [6.5, 6.5, 3],
                    True,
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "We discussed whether Elliot could take his protein substitute in the classroom alongside the class, as some children do, but Elliot did not want this and we agreed it should not be forced.",
                            "option considered and not recommended",
                        ),
                        "I will review his levels with the family at clinic in December and am happy to speak to school at any time.",
                    ],
                ),
                (
                    "p",
                    "Sunniva Blackwood, Specialist Metabolic Dietitian. sunniva.blackwood@example.org",
                ),
            ],
        ),
        dict(
            file=EP2,
            footer="Harnmoor Educational Psychology Team - Elliot Varga-Simmons - page {n} of {m}",
            accent="7A3B00",
            sans=True,
            blocks=[
                ("org", "Harnmoor Educational Psychology Team"),
                ("title", "Educational psychology advice: Elliot Varga-Simmons"),
                (
                    "small",
                    "Tomasz Wrenn, Senior Educational Psychologist. Report date 25 September 2026. School: Marlpit Lane Primary, Year 3.",
                ),
                ("h", 2, "Reason for involvement"),
                (
                    "p",
                    "Elliot's parents asked for an EHC needs assessment in June 2026 because of his falling progress and his distress about food at school. This report is my psychological advice under regulation 6 of the SEND Regulations 2014.",
                ),
                ("h", 2, "Views"),
                (
                    "p",
                    "Elliot said he likes maths 'when it's Lego maths' and hates 'when everybody looks at my drink'. His parents feel that school has been kind but that nobody has joined up the health and the learning. His teacher, Mr Ashdown, says Elliot is bright in discussion but produces very little.",
                ),
                ("h", 2, "Observation"),
                (
                    "p",
                    "I watched a maths lesson on 18 September. Elliot listened well to the teacher's explanation and put his hand up twice with correct answers. When the class began the worksheet he sharpened his pencil, looked at his neighbour's sheet and rearranged his cubes for several minutes; he completed two of eight questions in twenty minutes, both correctly. At break he stood near the door rather than going into the playground until a friend came back for him.",
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    "I used subtests of the Wechsler Intelligence Scale for Children (WISC-V UK), a maths screen and the Rosenberg-style self-esteem questions adapted for primary pupils.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His verbal comprehension was in the average range (standard score 98), a clear strength.",
                            "test result: strength",
                        ),
                        (
                            "N",
                            "Elliot's processing speed was in the low average range and well below his verbal reasoning; in class this shows as slowness to get started and to finish.",
                            "cognition_learning",
                            B2_SPEED,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He has difficulty shifting from one activity to another and holding a plan in mind, for example remembering the steps of a maths investigation while he gets out the equipment.",
                            "cognition_learning",
                            B2_ATT,
                        ),
                        (
                            "N",
                            "In maths Elliot is working at about a Year 1 level, and word problems with more than one step defeat him.",
                            "cognition_learning",
                            B2_MATHS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Elliot's handwriting is slow and effortful; he grips the pencil very tightly and says his hand aches after a few lines.",
                            "sensory_physical",
                            None,
                        ),
                        "His letter formation is otherwise accurate, so this is about effort and fatigue rather than not knowing how.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Elliot describes himself as 'the odd one out' and 'rubbish at everything', and his answers to the self-esteem questions were among the lowest I have seen this year.",
                            "semh",
                            B2_SELF,
                        ),
                        (
                            "N",
                            "He avoids the dining hall and has eaten his lunch in the corridor on several occasions this term.",
                            "semh",
                            B2_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The school has already moved Elliot to a table near the front and uses a visual timetable for the class, and he says both help.",
                            "support already in place",
                        )
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Elliot should have a weekly 30-minute session with the school's ELSA for at least twelve weeks, focused on self-esteem and on how he explains his diet to other children.",
                            "semh",
                            "less",
                            F2_ELSA,
                        ),
                        "Weekly sessions matter here: the work depends on a trusting relationship and on practising what he will say between sessions, and a fortnightly gap is long for an eight-year-old.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Tasks should be broken into numbered steps on a written checklist on his desk, and a teaching assistant should check in with him at the start of each independent task to help him begin.",
                            "cognition_learning",
                            "not_specific",
                            F2_ADULT,
                        ),
                        "Starting is the hardest point for Elliot; once going, he often works well.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Elliot should be given 25% extra time in tests, and the amount of writing expected of him reduced, with alternatives such as a scribe, a word bank or recording on an iPad.",
                            "cognition_learning",
                            "specific",
                            F2_TIME,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "A maths intervention in a group of no more than three, led by a teaching assistant, for 20 minutes three times a week, using concrete apparatus.",
                            "cognition_learning",
                            "specific",
                            F2_MATHS,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "He would benefit from a daily 10-minute fine motor and handwriting programme, such as 'Speed Up!', delivered by a teaching assistant, with a pencil grip and sloping board trialled at the same time.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        "If his handwriting stays this effortful, the amount he can show on paper will fall further behind what he knows as the demands of Key Stage 2 grow.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "His parents may find it helpful to let Elliot plan and weigh one low-protein snack at the weekend, with them checking his exchanges.",
                            "health",
                            "not_educational",
                        )
                    ],
                ),
                (
                    "p",
                    "Tomasz Wrenn, Senior Educational Psychologist, HCPC registered. Harnmoor Educational Psychology Team, Civic Centre, Harnmoor HF1 2AB. 01632 960491",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalae-03: Felsham Borough Council; Reuben Hallorann, 9, Year 4, Duchenne muscular
# dystrophy, a full-time wheelchair user who is hoisted for every transfer.
# layout "nursing-process-part-groups": the sections are grouped under four shaded part
# bands named after the stages of a nursing care plan (Assessment, Planning,
# Implementation, Placement and evaluation); each section is a bold "Section B -" heading.
# ---------------------------------------------------------------------------

B3_MOB = "Reuben has Duchenne muscular dystrophy and has used a wheelchair full time since March 2026; he cannot stand or transfer without two adults and a hoist."
B3_TIGHT = "He has tightness in his ankles and hips, which is expected to increase."
B3_POSTURE = "Reuben needs to change position regularly through the day to stay comfortable and to protect his joints, skin and back."
B3_ARMS = "His arm strength is reducing, and he finds it hard to lift his arms to the desk or to write for more than a few minutes."
B3_LIT = "Reuben's reading is at the expected level, but his written work is short because of the physical effort involved."
B3_SOC = "He feels left out at playtimes now that he cannot join in football, and he has said he feels 'different' since using the wheelchair."

F3_FRAME = "Use of his standing frame during the school day when possible."
F3_DESK = "A height-adjustable desk with a cut-out, set to the height of Reuben's wheelchair, in his classroom and in the library."
F3_ICT = "Access to ICT to support recording."
F3_CARE = "Intimate care at set times agreed with Reuben (after morning break, after lunch and at 2.30 pm), carried out by two named, familiar adults in the accessible toilet."
F3_ST = "Advice to school staff from the Felsham Physical and Sensory Support Service specialist teacher once a term."
F3_CLUB = "A lunchtime games club twice a week, led by a teaching assistant, with games Reuben can play from his wheelchair, such as boccia and table cricket."
F3_TA = "Support from a teaching assistant for physical access throughout the school day (32.5 hours a week), including moving between rooms, setting out his equipment and scribing when he is tired."
F3_PE = "An adapted PE curriculum."

G3_STRETCH = "Reuben's physiotherapy stretching programme will be carried out by school staff every day for 15 minutes, following training from the children's physiotherapy service."
G3_HAND = "The occupational therapy service has provided a hand and arm exercise programme, to be carried out in school before writing tasks."
G3_PHYSIO = "Review by the children's physiotherapist in school every six weeks."
G3_POWER = "Assessment for a powered wheelchair with tilt-in-space by the occupational therapy service in the spring term 2027."
G3_HOIST = "Moving and handling and hoist training for school staff by the occupational therapy service, refreshed yearly."

PHYS3 = "physiotherapy_report.pdf"
OT3 = "ot_report.docx"
STPD3 = "specialist_teacher_report.pdf"


def _part3(text: str) -> tuple:
    return ("band", text)


def _sect3(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


CASE_03 = dict(
    name="case-evalae-03",
    layout="nursing-process-part-groups",
    summary=(
        "Felsham Borough Council; Reuben Hallorann, 9, Year 4 at Wrathall Community Primary "
        "School (Duchenne muscular dystrophy: full-time wheelchair user hoisted for transfers, "
        "tightness, posture, reducing arm strength, short written work, feeling left out; "
        "afternoon fatigue, embarrassment about hoisted toileting and weak working memory are left "
        "out). Sections grouped under four part bands named after the stages of a nursing care "
        "plan. Physiotherapist's report (PDF), occupational therapist's seating and hoisting "
        "report with a Reason column (.docx), specialist teacher for physical disability (PDF)."
    ),
    note="The stretching programme and the hand and arm programme, both carried out daily by school staff, stand only in Section G: wrong_section. Hoist training, the physiotherapist's own reviews and the powered wheelchair assessment are health provision, correctly in G.",
    plan=dict(
        file="plan.pdf",
        header="Felsham Borough Council | EHC Plan | Reuben Hallorann",
        footer="Final plan issued 6 November 2026 - page {n} of {m}",
        accent="2E4A7D",
        sans=True,
        blocks=[
            ("org", "Felsham Borough Council - Children with Disabilities and SEND Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Reuben Hallorann. Date of birth 30 January 2017. NHS and UPN held on file. Keyworker: Delyth Amory, 01632 960633.",
            ),
            (
                "p",
                "This plan follows the four stages used in Reuben's health and care plans - assessment, planning, implementation and evaluation - so that everyone working with him reads one plan in the same order.",
            ),
            _part3("Part 1 - Assessment: what we know about Reuben"),
            _sect3("A", "Section A - Reuben's views, interests and aspirations"),
            ("S", "A", "Reuben loves dinosaurs, science programmes and beating his dad at chess."),
            (
                "p",
                "He said he wants to be a palaeontologist and wants teachers to 'ask me before they move my chair'. His parents want school to keep him with his friends and to plan ahead for the changes his condition will bring.",
            ),
            _sect3("B", "Section B - Reuben's special educational needs"),
            ("S", "B", B3_MOB),
            ("p", [B3_TIGHT, B3_POSTURE]),
            ("p", B3_ARMS),
            ("p", B3_LIT),
            ("p", B3_SOC),
            _sect3("C", "Section C - Reuben's health needs"),
            (
                "S",
                "C",
                "Reuben is under the neuromuscular team at Felsham General Hospital and takes a daily steroid (deflazacort), which can affect his appetite and mood.",
            ),
            (
                "p",
                "He has heart and breathing checks every six months. He must not be given certain anaesthetics; this is on his medical alert card.",
            ),
            _sect3("D", "Section D - Reuben's social care needs"),
            (
                "S",
                "D",
                "Reuben's family receive support from the Children with Disabilities Team, including an adaptations assessment for the family home.",
            ),
            _part3("Part 2 - Planning: what we are working towards"),
            _sect3("E", "Section E - Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Reuben will record his work independently using a laptop, at a length that matches what he can say.",
            ),
            (
                "p",
                "By July 2027 Reuben will join in a playtime game with friends at least twice a week, and will tell staff how he wants to be moved and positioned.",
            ),
            _part3("Part 3 - Implementation: the provision Reuben will receive"),
            _sect3("F", "Section F - Special educational provision"),
            (
                "S",
                "F",
                "Wrathall Community Primary School will deliver the following, with advice from the services named.",
            ),
            (
                "bul",
                [
                    ("F", F3_TA, True),
                    ("F", F3_DESK, True),
                    ("F", F3_FRAME, False),
                    ("F", F3_ICT, False),
                    ("F", F3_CARE, True),
                    ("F", F3_ST, True),
                    ("F", F3_CLUB, True),
                    ("F", F3_PE, False),
                ],
            ),
            _sect3("G", "Section G - Health provision"),
            ("S", "G", G3_PHYSIO),
            (
                "bul",
                [
                    G3_STRETCH,
                    G3_HAND,
                    G3_HOIST,
                    G3_POWER,
                    "Night splints, provided by the orthotics service, to be worn at home.",
                ],
            ),
            _sect3(
                "H1",
                "Section H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            (
                "S",
                "H1",
                "An occupational therapy assessment of the family home for adaptations, by the Children with Disabilities Team.",
            ),
            _sect3("H2", "Section H2 - Other social care provision"),
            ("S", "H2", "Two overnight short breaks each month at Brambles House."),
            _part3("Part 4 - Placement, funding and evaluation"),
            _sect3("I", "Section I - Placement"),
            ("S", "I", "Wrathall Community Primary School, Station Road, Felsham KB12 6PY."),
            _sect3("J", "Section J - Personal budget"),
            (
                "S",
                "J",
                "A direct payment for 6 hours a week of personal assistant support at home, from the social care budget, is agreed.",
            ),
            _sect3("K", "Section K - Advice and information"),
            (
                "S",
                "K",
                "Physiotherapy advice from Gwenllian Rose, Highly Specialist Paediatric Physiotherapist, 8 September 2026.",
            ),
            (
                "bul",
                [
                    "Occupational therapy advice from Callum Dyer, Children's Occupational Therapist, 17 September 2026.",
                    "Advice from Jacqueline Ng, Specialist Teacher for Physical Disability, 21 September 2026.",
                    "School and parental advice, September 2026.",
                ],
            ),
        ],
    ),
    reports=[
        dict(
            file=PHYS3,
            footer="Felsham Community Children's Physiotherapy - Reuben Hallorann - page {n} of {m}",
            blocks=[
                ("org", "Felsham Community Children's Physiotherapy Service"),
                (
                    "small",
                    "Child Development Centre, Quarry Lane, Felsham KB12 1DD. Tel 01632 960640",
                ),
                ("title", "Physiotherapy report for EHC needs assessment"),
                (
                    "small",
                    "Reuben Hallorann, DOB 30/01/2017. Assessed at school 2 September and at home 5 September 2026. Author: Gwenllian Rose, Highly Specialist Paediatric Physiotherapist.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        "Reuben was diagnosed with Duchenne muscular dystrophy at the age of four.",
                        (
                            "X",
                            "He walked independently until the age of eight and used a walking frame for part of Year 3.",
                            "history",
                        ),
                        (
                            "X",
                            "His steroid treatment is managed by the neuromuscular team, and the family manage its side effects on appetite and mood very well.",
                            "health background, managed",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "grid",
                    [
                        ["Joint", "Right", "Left", "Comment"],
                        [
                            "Ankle dorsiflexion (knee straight)",
                            "-10 degrees",
                            "-15 degrees",
                            "tightening since March",
                        ],
                        ["Hip extension", "-10 degrees", "-10 degrees", "stable"],
                        ["Knee extension", "full", "-5 degrees", "new"],
                    ],
                    [6, 2.5, 2.5, 5],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben now has tightness in both Achilles tendons and at his hips, which will worsen without a daily stretching programme.",
                            "sensory_physical",
                            B3_TIGHT,
                        ),
                        (
                            "N",
                            "He can no longer stand up from sitting or take steps, even with support, and every transfer now needs the hoist and two adults.",
                            "sensory_physical",
                            B3_MOB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His sitting balance is fair, but he leans to the left as he tires, which raises the risk of a curve developing in his spine.",
                            "sensory_physical",
                            B3_POSTURE,
                        ),
                        (
                            "N",
                            "Reuben becomes physically tired by early afternoon, and his posture and hand function both deteriorate noticeably after lunch.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "What is in place now"),
                (
                    "p",
                    "Until July, Reuben's stretches were done at home by his parents each evening, and his previous teaching assistant did a shorter version at school on most days. The new teaching assistant has not been trained, and the school stretches have stopped since September. His parents continue the evening stretches, though they tell me this is increasingly a battle when he is tired.",
                ),
                ("h", 2, "Recommendations and reasons"),
                (
                    "p",
                    "In Duchenne the aim of physiotherapy is not to build strength, which exercise cannot do, but to slow the loss of range at the joints, keep him comfortable and delay problems such as spinal curvature. This only works if it happens every day; a weekly session from me cannot achieve it, which is why most of what follows must be done by school and family.",
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "A daily programme of passive stretches to the ankles, knees and hips, lasting about 15 minutes, should be carried out in school by two teaching assistants who have been trained and signed off by the physiotherapist, ideally before lunch.",
                            "sensory_physical",
                            "wrong_section",
                            G3_STRETCH,
                            {"section": "G"},
                        ),
                        "If the stretches are missed, his ankles will tighten to the point where his feet no longer rest flat on the footplate, which causes pain and affects his seating.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Reuben should spend at least 30 minutes a day in his supported standing frame, during a lesson in which he can still take part, such as reading or art.",
                            "sensory_physical",
                            "not_specific",
                            F3_FRAME,
                        ),
                        "Standing helps his bones, his breathing and his hips, and it should not mean missing learning.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I will review Reuben in school every six weeks and update his programme and the staff training.",
                            "health",
                            "not_educational",
                            G3_PHYSIO,
                            {"section": "G"},
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Night splints should be worn at home for at least six hours a night.",
                            "health",
                            "not_educational",
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered recommending hydrotherapy but there is no pool within reach of the school, and his family take him swimming at weekends.",
                            "option considered and not recommended",
                        )
                    ],
                ),
                (
                    "p",
                    "Gwenllian Rose, Highly Specialist Paediatric Physiotherapist. gwenllian.rose@example.org",
                ),
            ],
        ),
        dict(
            file=OT3,
            footer="Felsham Children's Occupational Therapy - seating and moving and handling assessment",
            style="headed",
            accent="6B3E26",
            blocks=[
                ("org", "Felsham Children's Occupational Therapy Service"),
                ("title", "Occupational therapy advice: seating, access and moving and handling"),
                (
                    "kv",
                    [
                        ("Child", "Reuben Hallorann, Year 4, Wrathall Community Primary"),
                        ("Therapist", "Callum Dyer, Children's Occupational Therapist"),
                        ("Visits", "School, 10 and 15 September 2026"),
                        ("Date", "17 September 2026"),
                    ],
                ),
                ("h", 1, "What I assessed"),
                (
                    "p",
                    "I looked at Reuben's seating and desk, his transfers in the classroom and toilet, his hand function for writing and keyboard use, and the school's hoisting equipment and procedures. I watched two transfers carried out by school staff and spoke with Reuben on his own.",
                ),
                ("h", 1, "Findings"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben cannot reach his desk comfortably from his current wheelchair, and he props his elbows on the desk edge to lift his hands to the keyboard.",
                            "sensory_physical",
                            B3_ARMS,
                        ),
                        (
                            "N",
                            "He needs two adults and the mobile hoist for every transfer, including toileting, which happens three or four times in a school day.",
                            "sensory_physical",
                            B3_MOB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben is embarrassed about being hoisted for the toilet and has started to limit what he drinks at school so that he needs to go less often.",
                            "semh",
                            None,
                        ),
                        "He told me he would rather 'be thirsty than have Mrs Prowse and a new lady see'.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The school's mobile hoist was serviced in July 2026 and the accessible toilet has enough space to use it safely.",
                            "equipment in place",
                        ),
                        (
                            "X",
                            "Staff I observed used the correct sling and carried out both transfers safely and kindly.",
                            "strength of current support",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "p",
                    "Each recommendation is followed by my reason and by who should act. The first three are for school; the last two are health provision.",
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason", "Who and when"],
                        [
                            (
                                "R",
                                "A height-adjustable desk with a cut-out, set to the height of his wheelchair, in his classroom and wherever he regularly works.",
                                "sensory_physical",
                                "specific",
                                F3_DESK,
                            ),
                            "A desk at the right height lets him rest his forearms and use what arm strength he has for writing rather than for holding his arms up.",
                            "School, this term",
                        ],
                        [
                            (
                                "R",
                                "A daily 10-minute hand and arm exercise programme, using the putty and resistance band set I have provided, carried out by his teaching assistant before writing tasks.",
                                "sensory_physical",
                                "wrong_section",
                                G3_HAND,
                                {"section": "G"},
                            ),
                            "Warming up the small muscles before writing lets him write for longer without pain; done occasionally it has little effect.",
                            "Teaching assistant, daily",
                        ],
                        [
                            (
                                "R",
                                "A laptop with word prediction software and a lightweight keyboard for all written work longer than a few sentences, with a teaching assistant trained to set it up and a weekly 20-minute session to teach him to use it.",
                                "sensory_physical",
                                "not_specific",
                                F3_ICT,
                            ),
                            "His hand function will decline further; learning to type and use prediction now, while he can, avoids a crisis in Year 6.",
                            "School, with Physical and Sensory Support Service",
                        ],
                        [
                            (
                                "R",
                                "Toileting at set times agreed with Reuben, in the accessible toilet, by the same two familiar adults.",
                                "semh",
                                "specific",
                                F3_CARE,
                            ),
                            "Predictable routines with people he trusts protect his dignity and should let him drink normally again.",
                            "School",
                        ],
                        [
                            (
                                "R",
                                "Hoist and moving and handling training for at least four members of staff, refreshed yearly by this service.",
                                "health",
                                "not_educational",
                                G3_HOIST,
                                {"section": "G"},
                            ),
                            "Two trained adults must be available at every transfer, including when staff are absent.",
                            "OT service, October 2026",
                        ],
                        [
                            (
                                "R",
                                "Assessment for a powered wheelchair with tilt-in-space in the spring term.",
                                "health",
                                "not_educational",
                                G3_POWER,
                                {"section": "G"},
                            ),
                            "Tilt will let him change position without being hoisted.",
                            "OT and wheelchair service",
                        ],
                    ],
                    [6.5, 6.5, 3.5],
                    True,
                ),
                (
                    "p",
                    "Callum Dyer, Children's Occupational Therapist. Felsham Children's Occupational Therapy Service, Child Development Centre, Quarry Lane, Felsham KB12 1DD. 01632 960641. callum.dyer@example.org",
                ),
            ],
        ),
        dict(
            file=STPD3,
            footer="Felsham Physical and Sensory Support Service - page {n} of {m}",
            accent="3F6B2E",
            blocks=[
                ("org", "Felsham Physical and Sensory Support Service"),
                ("title", "Specialist teacher's report (physical disability)"),
                (
                    "small",
                    "Reuben Hallorann, Wrathall Community Primary, Year 4. Visit 21 September 2026. Jacqueline Ng, Specialist Teacher for Physical Disability.",
                ),
                ("h", 2, "About Reuben"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Reuben is a bright, funny boy with a huge knowledge of dinosaurs, and he answered every question in the science lesson I observed.",
                            "strength",
                        ),
                        "He gets on well with adults and has two close friends, Kai and Oliver.",
                    ],
                ),
                ("h", 2, "Learning"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reuben's reading accuracy and comprehension are at the level expected for Year 4; his written work, however, is far shorter than what he can say, because writing tires his arms.",
                            "cognition_learning",
                            B3_LIT,
                        ),
                        "In the lesson I saw he wrote two lines and then asked to stop.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "On memory tasks Reuben could repeat four digits forwards but only two backwards, and he often forgot the second part of an instruction while his equipment was being set out.",
                            "cognition_learning",
                            None,
                        ),
                        "Difficulties with verbal working memory are more common in boys with Duchenne than in other children, and they are easily mistaken for inattention.",
                    ],
                ),
                ("h", 2, "Access to the school"),
                (
                    "p",
                    "Wrathall is a single-storey building with level access to every classroom, the hall and the playground. The library has a ramp and the accessible toilet has a mobile hoist. The school's evacuation plan for Reuben was updated in June and was practised during the September fire drill. In lessons his desk is at the end of a row next to the door, which allows him to get in and out but means he cannot see the board without turning.",
                ),
                ("h", 2, "Social and emotional"),
                (
                    "p",
                    [
                        (
                            "N",
                            "He has become quieter and more withdrawn at playtime since losing the ability to walk, and he told me he 'just watches' the football.",
                            "semh",
                            B3_SOC,
                        )
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "I recommend an advisory visit from a specialist teacher for physical disability every half term, to monitor Reuben's access, advise staff as his needs change and contribute to the review of the school's accessibility plan.",
                            "sensory_physical",
                            "less",
                            F3_ST,
                        ),
                        "His condition will change quickly over the next two years, and a visit once a term would leave staff waiting too long for advice when something new happens, such as the move to a powered chair.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Instructions should be given one at a time, and the steps of a task backed up by a short written or picture list on his desk.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        "This costs nothing and would stop him losing the thread while his equipment is set out.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "A lunchtime club twice a week, run by a teaching assistant, with games Reuben can play from his wheelchair alongside his friends, such as boccia or table cricket.",
                            "semh",
                            "specific",
                            F3_CLUB,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered recommending a move to a school with a resource base for physical disability, but do not do so: Reuben is well supported, his friends are at Wrathall and the building is fully accessible.",
                            "option considered and not recommended",
                        )
                    ],
                ),
                (
                    "p",
                    "Jacqueline Ng, Specialist Teacher (MQ: physical disability). jacqueline.ng@example.org. 01632 960645",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalae-04: Ravensholme City Council; Kit Annesley, 5, Reception class of a maintained
# special school, CDKL5 deficiency disorder: daily seizures with buccal midazolam as rescue
# medication, gastrostomy feeding, profound and multiple learning difficulties.
# layout "healthcare-plan-annex": Word-heading sections A to K (no Section J at all), then
# the individual healthcare plan and emergency seizure protocol annexed after Section K.
# ---------------------------------------------------------------------------

B4_COG = "Kit has profound and multiple learning difficulties; she is at a very early stage of development, responding to familiar voices, touch and music."
B4_COMM = "Kit does not use words. She communicates through her facial expression, vocal sounds and changes in her body tone, which only adults who know her well can read reliably."
B4_HAND = "She is beginning to reach towards objects but does not yet grasp them on purpose."
B4_PHYS = "Kit has low muscle tone and cannot sit without support; she needs supportive seating and regular changes of position through the day."
B4_SEIZ = "Her frequent seizures interrupt her learning, and she is often drowsy for up to an hour after one."
B4_FEED = "Kit is fed by gastrostomy and cannot eat or drink by mouth, so snack and lunch times in school are a time for social contact and sensory work rather than eating."

F4_KEY = "A key adult and two other named staff who know Kit well will work with her every day; any new member of staff will be introduced gradually, working alongside one of these three."
F4_II = "Intensive interaction with her key adult, twice a day for 10 minutes."
F4_SENS = "Access to a sensory curriculum and sensory activities."
F4_SWITCH = "A cause-and-effect programme with a single large switch placed on her right side, for 10 minutes each morning, so that Kit learns that her action makes something happen."
F4_POSTURE = "A 24-hour postural management programme set by the children's physiotherapist, with changes of position every 40 minutes between her supportive chair, side-lying and her standing frame, carried out by her class team."
F4_PHYSIO = "Physiotherapy advice to school as needed."
F4_TALK = "Staff will keep a 'communication passport' describing Kit's signals, updated each term with her parents and shared with every adult who works with her."

G4_MED = "Buccal midazolam to be given by trained school staff in line with Kit's emergency seizure protocol (Annex 1)."
G4_TRAIN = "The Children's Community Nursing Team will train and sign off school staff in Kit's seizure management, rescue medication and gastrostomy care, with yearly refreshers."
G4_FEED = "Gastrostomy feed at 12 noon and water flushes at 10 am and 2 pm, given by trained school staff to the dietitian's regimen."
G4_DIARY = "School will keep a seizure record and send it home each day in Kit's home-school book."

CCN4 = "nursing_report.docx"
EP4 = "ep_report.pdf"


def _sect4(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h1")


CASE_04 = dict(
    name="case-evalae-04",
    layout="healthcare-plan-annex",
    summary=(
        "Ravensholme City Council; Kit Annesley, 5, Reception class at Hollins Brook School, a "
        "maintained special school (CDKL5 deficiency disorder: daily seizures with buccal "
        "midazolam as rescue medication, gastrostomy feeding, low tone, profound and multiple "
        "learning difficulties; cortical visual impairment and afternoon distress from reflux are "
        "left out). Word-heading sections, no Section J, and an individual healthcare plan with the "
        "emergency seizure protocol annexed after Section K. Children's community nurse's "
        "assessment with a care plan table that has a Reason column; educational psychologist's "
        "report."
    ),
    note="The plan has no Section J (personal budget) at all. The annex after Section K is the school's individual healthcare plan; its text is not part of any section's provision. Rescue medication, gastrostomy feeds, staff training in both and the seizure record are health provision, correctly in G.",
    plan=dict(
        file="plan.docx",
        footer="Ravensholme City Council - EHC plan - Kit Annesley - final",
        accent="8C1D40",
        blocks=[
            ("org", "Ravensholme City Council - Special Educational Needs and Disabilities Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Kit Annesley   Date of birth: 19 May 2021   Plan finalised: 27 November 2026   Annual review due: November 2027",
            ),
            (
                "i",
                "Kit's individual healthcare plan and emergency seizure protocol are attached as Annex 1 so that all staff can find them with this plan.",
            ),
            _sect4(
                "A",
                "Section A: About Kit - her views, interests and aspirations, and those of her family",
            ),
            (
                "S",
                "A",
                "Kit loves music with a strong beat, the feel of warm water and being swung gently in her mum's arms.",
            ),
            (
                "p",
                "Her parents, Jo and Sam, want Kit to be comfortable and safe at school, to have fun and to find more ways to let people know what she wants. They hope she will have friends and take part in the life of her class.",
            ),
            _sect4("B", "Section B: Kit's special educational needs"),
            ("S", "B", B4_COG),
            ("p", B4_COMM),
            ("p", [B4_HAND, B4_PHYS]),
            ("p", [B4_SEIZ, B4_FEED]),
            _sect4("C", "Section C: Kit's health needs related to her SEN"),
            (
                "S",
                "C",
                "Kit has CDKL5 deficiency disorder, a rare genetic condition, with epilepsy that is not controlled by medication; she has several seizures each day.",
            ),
            (
                "p",
                "She is fed through a gastrostomy and has reflux. She is under the care of the paediatric neurology team at Ravensholme Children's Hospital and the Children's Community Nursing Team.",
            ),
            _sect4("D", "Section D: Kit's social care needs"),
            (
                "S",
                "D",
                "Kit needs care and supervision at all times, day and night, and her parents have asked for support with short breaks.",
            ),
            _sect4("E", "Section E: Outcomes"),
            (
                "S",
                "E",
                "By November 2027 Kit will use a consistent vocal sound or movement to ask for 'more' of an activity she enjoys, recognised by at least three adults.",
            ),
            (
                "p",
                "By November 2027 Kit will press a switch on purpose to start a favourite song on three occasions out of five.",
            ),
            _sect4("F", "Section F: Special educational provision"),
            (
                "S",
                "F",
                "Hollins Brook School will provide the following within its class ratio of one adult to two pupils, unless stated otherwise.",
            ),
            (
                "bul",
                [
                    ("F", F4_KEY, True),
                    ("F", F4_II, True),
                    ("F", F4_TALK, True),
                    ("F", F4_SENS, False),
                    ("F", F4_SWITCH, True),
                    ("F", F4_POSTURE, True),
                    ("F", F4_PHYSIO, False),
                ],
            ),
            _sect4("G", "Section G: Health provision"),
            ("S", "G", G4_MED),
            (
                "bul",
                [
                    G4_TRAIN,
                    G4_FEED,
                    G4_DIARY,
                    "Neurology review at Ravensholme Children's Hospital every three months.",
                ],
            ),
            _sect4(
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            (
                "S",
                "H1",
                "Home-to-school transport with a passenger assistant trained in Kit's seizure protocol.",
            ),
            _sect4("H2", "Section H2: Other social care provision"),
            (
                "S",
                "H2",
                "Overnight short breaks at Larkspur Children's Unit, one night a fortnight, from January 2027.",
            ),
            _sect4("I", "Section I: Placement"),
            (
                "S",
                "I",
                "Hollins Brook School, Ridgeway Road, Ravensholme AC4 8NL (maintained special school for pupils aged 2 to 19 with severe and profound learning difficulties).",
            ),
            _sect4("K", "Section K: Advice and information"),
            (
                "S",
                "K",
                "Nursing advice from Bethan Okafor, Children's Community Nurse, 10 October 2026.",
            ),
            (
                "bul",
                [
                    "Psychological advice from Dr Lowri Pemberton, educational psychologist, 16 October 2026.",
                    "Medical advice from Dr F. Ashworth, consultant paediatric neurologist, September 2026.",
                    "Advice from Hollins Brook School and from Kit's parents, October 2026.",
                ],
            ),
            ("pb",),
            ("h", 1, "Annex 1: Individual healthcare plan and emergency seizure protocol"),
            (
                "p",
                "This annex is Hollins Brook School's individual healthcare plan for Kit, written with the Children's Community Nursing Team. It is reviewed at least yearly and whenever her medication changes.",
            ),
            (
                "grid",
                [
                    ["Situation", "What staff do"],
                    [
                        "Seizure under 5 minutes",
                        "Keep Kit safe, note the time and type, record in the seizure log.",
                    ],
                    [
                        "Seizure of 5 minutes, or three in an hour",
                        "Give buccal midazolam 5 mg as prescribed; call parents; call 999 if no response in 10 minutes.",
                    ],
                    [
                        "Breathing difficulty or colour change",
                        "Call 999 immediately; start rescue breaths if trained.",
                    ],
                    [
                        "Gastrostomy dislodged",
                        "Cover with a clean dressing and ring parents; the tube must be replaced within an hour.",
                    ],
                ],
                [6, 10],
            ),
            (
                "p",
                "Emergency contacts: Jo Annesley 01632 960716; Sam Annesley 01632 960717; Children's Community Nursing Team 01632 960730 (8 am to 8 pm).",
            ),
        ],
    ),
    reports=[
        dict(
            file=CCN4,
            footer="Ravensholme Children's Community Nursing Team - nursing assessment for school",
            accent="8C1D40",
            blocks=[
                ("org", "Ravensholme Children's Community Nursing Team"),
                (
                    "small",
                    "Ravensholme Community Health NHS Trust, Beech House, Mill Street, Ravensholme AC4 1HT. Tel 01632 960730",
                ),
                ("title", "Nursing assessment and care plan for education: Kit Annesley"),
                (
                    "kv",
                    [
                        (
                            "Completed by",
                            "Bethan Okafor, Children's Community Nurse (complex care)",
                        ),
                        ("Date", "10 October 2026"),
                        (
                            "Seen",
                            "At home on 29 September and at Hollins Brook School on 6 October 2026",
                        ),
                    ],
                ),
                ("h", 2, "Reason for this report"),
                (
                    "p",
                    "The local authority asked for health advice for Kit's EHC needs assessment. I have focused on the nursing care Kit needs during the school day and how it affects her learning. Medical advice is provided separately by her neurologist.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kit was diagnosed with CDKL5 deficiency disorder at ten months, after her seizures began at six weeks old.",
                            "history",
                        ),
                        (
                            "X",
                            "Her chest has been clear since her last admission with aspiration pneumonia in February 2026, and she has not needed oxygen since.",
                            "resolved health difficulty",
                        ),
                    ],
                ),
                ("h", 2, "Medicines"),
                (
                    "grid",
                    [
                        ["Medicine", "When", "Given at school?"],
                        ["Levetiracetam", "7 am and 7 pm", "No"],
                        ["Clobazam", "7 am and 7 pm", "No"],
                        ["Omeprazole (for reflux)", "7 am", "No"],
                        [
                            "Buccal midazolam (rescue)",
                            "As set out in her seizure protocol",
                            "Yes, when needed",
                        ],
                    ],
                    [6, 5, 5],
                ),
                ("h", 2, "Current nursing needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kit has daily seizures, usually three to six a day and most under two minutes, and about once a month she has a prolonged seizure that needs buccal midazolam.",
                            "health",
                            B4_SEIZ,
                        ),
                        "After the rescue medication she sleeps for two to three hours.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kit is fed entirely through her gastrostomy and has nothing by mouth, because a videofluoroscopy in May 2026 showed that her swallow is unsafe.",
                            "health",
                            B4_FEED,
                        ),
                        (
                            "X",
                            "Her gastrostomy site is healthy and the button was last changed in August without difficulty.",
                            "health, no current difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kit is often unsettled in the early afternoon, which her parents and I think is linked to reflux after her midday feed; she arches, cries and cannot attend to anything for 20 to 30 minutes.",
                            "health",
                            None,
                        ),
                        "Her reflux medicine was increased in September and the paediatric dietitian is reviewing the rate of her feed.",
                    ],
                ),
                ("h", 2, "Care plan for school"),
                (
                    "p",
                    "The table sets out the care Kit needs at school, with the reason for each part of it. Most of it is health care that trained school staff will deliver under our supervision; the fourth row is about how her day is organised.",
                ),
                (
                    "grid",
                    [
                        ["Need", "Plan of care", "Reason", "Who"],
                        [
                            "Prolonged seizures",
                            (
                                "R",
                                "Buccal midazolam to be given by trained staff, following the emergency protocol, for any seizure lasting five minutes or for three seizures within an hour.",
                                "health",
                                "not_educational",
                                G4_MED,
                                {"section": "G"},
                            ),
                            "Prolonged seizures carry a risk of status epilepticus; early rescue medication shortens them.",
                            "Trained school staff",
                        ],
                        [
                            "Safe care by school staff",
                            (
                                "R",
                                "Every adult who works with Kit to be trained by our team in recognising and recording her seizures, in rescue medication and in gastrostomy care, and signed off as competent, with a yearly refresher.",
                                "health",
                                "not_educational",
                                G4_TRAIN,
                                {"section": "G"},
                            ),
                            "Kit's seizures vary in type and some are subtle; untrained staff may miss them or give medication too late.",
                            "CCN team",
                        ],
                        [
                            "Nutrition and hydration",
                            (
                                "R",
                                "Bolus feed at 12 noon and water flushes at 10 am and 2 pm, given through the gastrostomy by trained staff.",
                                "health",
                                "not_educational",
                                G4_FEED,
                                {"section": "G"},
                            ),
                            "Kit takes nothing by mouth, so her fluids depend entirely on these flushes.",
                            "Trained school staff",
                        ],
                        [
                            "Reflux after lunch",
                            (
                                "R",
                                "Kit should stay upright in her supportive chair for at least 30 minutes after her midday feed, and the first session of the afternoon should be planned as a calm, low-demand activity, so that her discomfort does not cost her the whole afternoon's learning.",
                                "health",
                                "missing_from_f",
                            ),
                            "Lying flat or being moved soon after a feed makes reflux worse; at present she is often taken straight to a floor-based physio session.",
                            "Class team",
                        ],
                        [
                            "Monitoring",
                            (
                                "R",
                                "A daily seizure record to be kept in school and shared with home.",
                                "health",
                                "not_educational",
                                G4_DIARY,
                                {"section": "G"},
                            ),
                            "The neurologist adjusts her medication from the pattern of seizures across home and school.",
                            "Class team",
                        ],
                    ],
                    [3, 5.5, 5, 2.5],
                    True,
                ),
                (
                    "p",
                    "I will visit school each half term and whenever Kit's care changes. Bethan Okafor, Children's Community Nurse. bethan.okafor@example.org",
                ),
            ],
        ),
        dict(
            file=EP4,
            footer="Ravensholme Educational Psychology Service - Kit Annesley - page {n} of {m}",
            accent="30525E",
            sans=True,
            blocks=[
                ("org", "Ravensholme Educational Psychology Service"),
                ("title", "Psychological advice: Kit Annesley"),
                (
                    "small",
                    "Dr Lowri Pemberton, Educational Psychologist. Observations at Hollins Brook School on 7 and 13 October 2026; home visit 9 October 2026. Report dated 16 October 2026.",
                ),
                ("h", 2, "Introduction"),
                (
                    "p",
                    "Kit started in the Reception class at Hollins Brook School in September 2026, having attended the Ravensholme Opportunity Group two mornings a week. I have not used standardised tests, which would tell us nothing useful about a child at Kit's stage; my advice draws on observation, the Routes for Learning assessment completed with her teacher, and the views of her parents and class team.",
                ),
                ("h", 2, "Observation"),
                (
                    "p",
                    "On my first visit Kit had had two seizures before 10 am and slept in her chair through most of the morning circle. On the second she was alert for about forty minutes after arriving. During that time her teaching assistant sang 'Wind the Bobbin Up' close to her left ear; Kit stilled, then smiled and vocalised at the pause before the last line. When the song was repeated later with a different adult she did not respond in the same way.",
                ),
                ("h", 2, "What Kit can do and what she finds hard"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kit clearly enjoys being with other children, quietening and smiling when they sing near her.",
                            "strength",
                        ),
                        (
                            "N",
                            "Her responses are at the earliest stages of the Routes for Learning assessment: she reliably stills to a familiar voice and anticipates a repeated tickle game, but does not yet show that she expects an object to reappear.",
                            "cognition_learning",
                            B4_COG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She communicates 'more' by vocalising and 'stop' by turning her head away, though these signals are easily missed by adults who do not know her.",
                            "communication_interaction",
                            B4_COMM,
                        ),
                        (
                            "N",
                            "Kit is beginning to reach and swipe at a light-up toy on her right-hand side.",
                            "sensory_physical",
                            B4_HAND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kit's vision is affected by cortical visual impairment, diagnosed by the ophthalmology team in July 2026: she sees best when objects are bright, moving and shown against a plain background, and she often looks away from a face while she is listening.",
                            "sensory_physical",
                            None,
                        ),
                        "Her looking away is easily read as lack of interest, when it is how she manages to listen.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "After a seizure Kit is often sleepy and unresponsive for a long time, and on some days she has very few alert periods in which learning is possible.",
                            "health",
                            B4_SEIZ,
                        ),
                        (
                            "X",
                            "Her attendance has been 71% since September, mostly because of hospital appointments and seizures at home.",
                            "background: attendance",
                        ),
                    ],
                ),
                ("pb",),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "For a child with so few alert periods, the question is less what Kit is taught than whether the adults around her are ready to use the moments when she is able to engage. My recommendations follow from this.",
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Kit needs a consistent key adult who knows her signals well, with no more than two other familiar adults, so that her small communications are noticed and answered.",
                            "communication_interaction",
                            "specific",
                            F4_KEY,
                        ),
                        "If her signals go unanswered she will, like many children at this stage, stop making them.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Intensive interaction sessions of about 15 minutes, three times a day, led by her key adult, with her responses filmed and reviewed weekly.",
                            "communication_interaction",
                            "less",
                            F4_II,
                        ),
                        "Three sessions give a realistic chance that at least one falls in an alert period on a day of frequent seizures; with fewer, whole days may pass without one.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "The school should involve a qualified teacher of children with vision impairment, who should carry out a functional vision assessment in school, write a CVI programme for the class team and train them to use it.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        "Without this, much of what is put in front of Kit will be at the wrong distance, in the wrong place or against a busy background, and she will not see it.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "A sensory curriculum taught in small steps, with a sensory story every day in a group of no more than four, using the same objects of reference for at least half a term before they change.",
                            "cognition_learning",
                            "not_specific",
                            F4_SENS,
                        ),
                        "Repetition is how Kit learns to anticipate; changing the story every week removes the chance.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "A daily cause-and-effect programme using a single large switch placed to her right, where she is already reaching.",
                            "cognition_learning",
                            "specific",
                            F4_SWITCH,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, Jo and Sam might try the same switch toy at bath time so that Kit meets it in both places.",
                            "cognition_learning",
                            "not_educational",
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered whether a one-to-one placement in the school's separate PMLD base would suit Kit better; I have not recommended it, because she responds to other children and the Reception class gives her more of them.",
                            "option considered and not recommended",
                        )
                    ],
                ),
                (
                    "p",
                    "Dr Lowri Pemberton, Educational Psychologist, HCPC registered. Ravensholme Educational Psychology Service, Town Hall Annexe, Ravensholme AC4 2PB. 01632 960752. lowri.pemberton@example.org",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
