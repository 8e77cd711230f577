# ruff: noqa: E501, N802
"""Set T as data: moderate and severe learning difficulties and Down syndrome, ages 7 to 18,
in mainstream, resourced provision, a special school and a supported internship, in four
plan layouts no earlier set has: bilingual heading pairs (English / Polish), a form export
with tick boxes and field labels, an easy-read summary before the statutory plan, and
section names followed by the letter in brackets.

Every name, council, school, service and professional is invented. Postcodes use areas that
do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

C = "communication_interaction"
L = "cognition_learning"
SE = "semh"
SP = "sensory_physical"
HE = "health"
OT = "other"


def N(text, area, plan=None):
    return ("N", text, area, plan)


def R(text, area, status, plan=None, **extras):
    return ("R", text, area, status, plan, extras) if extras else ("R", text, area, status, plan)


def X(text, why):
    return ("X", text, why)


def F(text, specific):
    return ("F", text, specific)


# ---------------------------------------------------------------------------
# case-evalt-01: Barrowmere City Council; Kacper Nowak, 7, Year 2, mainstream primary
# layout "bilingual-heading-pairs": each heading in English, then " / " and Polish.
# ---------------------------------------------------------------------------

B1_COG = "Kacper has Down syndrome and a moderate learning difficulty; he is working well below the level expected for his age in reading, writing and number."
B1_MEM = "He finds it hard to hold spoken information in mind and learns best when information is shown to him visually."
B1_LANG = "Kacper has speech, language and communication needs: he understands more than he can say, and his speech can be hard for unfamiliar listeners to understand."
B1_SOC = "He is sociable and well liked, but he can become upset and refuse to move on when routines change without warning."
B1_TONE = "Kacper has low muscle tone, which affects his handwriting and his ability to manage fastenings when changing for PE."

F1_TA = "Kacper will have support from a teaching assistant for 25 hours each week, including lunchtimes, to adapt his work and help him to follow classroom routines."
F1_PT = "A precision teaching programme for sight vocabulary, 10 minutes every school day, delivered by the teaching assistant and charted daily."
F1_MATHS = "Access to a multi-sensory maths programme."
F1_TRAIN = "Training for the class teacher and teaching assistant in the learning profile of children with Down syndrome, delivered by the Barrowmere Down Syndrome Outreach Service before the end of the spring term 2027."
F1_SALT = "Direct speech and language therapy from an NHS speech and language therapist: one block of six weekly 30-minute sessions each school year, with a written programme for school staff to carry out between blocks."
F1_GROUP = "A small-group language session of 15 minutes each day, led by the teaching assistant, working on verbs and three-word phrases from the therapist's targets."
F1_VIS = "Use of visual supports as appropriate."
F1_SOCIAL = "Opportunities to practise social skills."
F1_HAND = "A fine motor and handwriting group, 20 minutes twice a week, run by the teaching assistant using the occupational therapy programme's activities."
G1_MAK = "School staff working with Kacper will be trained in Makaton by the speech and language therapy service and will sign with him throughout the school day."
G1_AUD = "Audiology review every six months at Barrowmere Children's Hearing Centre."


def _h1(sid, en, pl, how="h2"):
    return ("H", sid, f"{en} / {pl}", how)


CASE_01 = dict(
    name="case-evalt-01",
    layout="bilingual-heading-pairs",
    summary=(
        "Barrowmere City Council; Kacper Nowak, 7, Year 2 at a mainstream primary (Down syndrome, "
        "moderate learning difficulty, speech and language, low tone). Every heading is given in "
        'English and then in Polish on the same line ("Section B: Special educational needs / '
        "Sekcja B: Specjalne potrzeby edukacyjne\"). Educational psychologist's report; NHS speech "
        "and language therapist's report (Makaton)."
    ),
    note="Headings are bilingual pairs on one line. Makaton training and signing by school staff placed in G is wrong_section; the audiology review in G is health provision. Section B's general wording covers the reading, number and memory findings.",
    plan=dict(
        file="plan.docx",
        footer="Barrowmere City Council | EHC plan | Kacper Nowak | Final | Plan końcowy",
        blocks=[
            ("org", "Barrowmere City Council - SEND Assessment and Review Service"),
            ("title", "Education, Health and Care Plan / Plan Edukacji, Zdrowia i Opieki"),
            (
                "small",
                "Name / Imię i nazwisko: Kacper Nowak    Date of birth / Data urodzenia: 14 June 2019",
            ),
            (
                "small",
                "Date of final plan / Data planu: 18 November 2026    Family's first language: Polish (interpreter used at planning meeting)",
            ),
            _h1(
                "A",
                "Section A: Views, interests and aspirations",
                "Sekcja A: Poglądy, zainteresowania i aspiracje",
            ),
            (
                "S",
                "A",
                "Kacper likes swimming, dancing to music and playing with his big sister Zuzanna.",
            ),
            (
                "p",
                "His parents, Mr and Mrs Nowak, want Kacper to stay at his local school with his friends, to learn to read and to speak clearly in both Polish and English.",
            ),
            _h1(
                "B",
                "Section B: Special educational needs",
                "Sekcja B: Specjalne potrzeby edukacyjne",
            ),
            ("S", "B", B1_COG),
            ("p", B1_MEM),
            ("p", B1_LANG),
            ("p", [B1_SOC, B1_TONE]),
            _h1(
                "C",
                "Section C: Health needs related to SEN",
                "Sekcja C: Potrzeby zdrowotne związane z SEN",
            ),
            (
                "S",
                "C",
                "Kacper has Down syndrome and is seen by the community paediatrician once a year; he had grommets fitted in 2025 for glue ear.",
            ),
            _h1(
                "D",
                "Section D: Social care needs",
                "Sekcja D: Potrzeby w zakresie opieki społecznej",
            ),
            (
                "S",
                "D",
                "Kacper has no social care needs arising from his special educational needs.",
            ),
            _h1("E", "Section E: Outcomes", "Sekcja E: Cele"),
            (
                "S",
                "E",
                "By July 2027 Kacper will read 40 familiar words by sight and use three-word phrases to tell an adult what he needs.",
            ),
            (
                "p",
                "By July 2027 Kacper will count a set of up to ten objects accurately and say how many there are.",
            ),
            _h1(
                "F",
                "Section F: Special educational provision",
                "Sekcja F: Specjalne wsparcie edukacyjne",
            ),
            (
                "S",
                "F",
                "St Aldhelm's will make the following provision, funded through the council's top-up funding at band 4.",
            ),
            (
                "bul",
                [
                    F(F1_TA, True),
                    F(F1_PT, True),
                    F(F1_MATHS, False),
                    F(F1_TRAIN, True),
                    F(F1_SALT, True),
                    F(F1_GROUP, True),
                    F(F1_VIS, False),
                    F(F1_SOCIAL, False),
                    F(F1_HAND, True),
                ],
            ),
            _h1("G", "Section G: Health provision", "Sekcja G: Wsparcie zdrowotne"),
            ("S", "G", G1_AUD),
            ("p", G1_MAK),
            _h1(
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "Sekcja H1: Opieka społeczna (ustawa z 1970 r.)",
            ),
            ("S", "H1", "None identified."),
            _h1(
                "H2", "Section H2: Other social care provision", "Sekcja H2: Inna opieka społeczna"
            ),
            ("S", "H2", "None identified at present."),
            _h1("I", "Section I: Placement", "Sekcja I: Szkoła"),
            (
                "S",
                "I",
                "St Aldhelm's Church of England Primary School, Rook Lane, Barrowmere HF9 2LQ (mainstream).",
            ),
            _h1("J", "Section J: Personal budget", "Sekcja J: Budżet osobisty"),
            ("S", "J", "Mr and Mrs Nowak did not request a personal budget."),
            _h1("K", "Section K: Advice and information", "Sekcja K: Opinie i informacje"),
            (
                "S",
                "K",
                "Educational psychology advice (Dr H. Quayle, September 2026); speech and language therapy advice (Ms A. Brennan, September 2026); paediatric advice (July 2026); school advice (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file="ep_report.pdf",
            header="Barrowmere Educational Psychology Service - CONFIDENTIAL",
            footer="Psychological advice - Kacper Nowak - page {n} of {m}",
            blocks=[
                ("org", "Barrowmere Educational Psychology Service"),
                ("title", "Psychological advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Child", "Kacper Nowak (date of birth 14 June 2019), Year 2"),
                        ("School", "St Aldhelm's CE Primary School"),
                        ("Psychologist", "Dr Harriet Quayle, Educational Psychologist"),
                        (
                            "Sources",
                            "Two classroom observations, individual work with Kacper, consultation with his parents (with a Polish interpreter) and with the class teacher and SENCo",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Kacper's mother described him as a happy, affectionate boy who loves swimming and dancing and who is very close to his older sister.",
                            "strengths and background",
                        ),
                        X(
                            "The earlier concerns about toileting at school have resolved since Easter, and he now goes to the toilet independently.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    "Kacper joined St Aldhelm's in Reception with support from the Early Years Inclusion Team. The school has funded a teaching assistant for most mornings from its own budget, and Kacper has a visual timetable on his table which staff say he now uses without prompting.",
                ),
                ("h", 2, "Assessment and observations"),
                (
                    "p",
                    "I used a mixture of standardised items, dynamic assessment and observation. Standardised scores should be treated with caution for a child with Kacper's profile, and I have reported age-equivalents only where they help to describe what he can do.",
                ),
                (
                    "grid",
                    [
                        ["Area assessed", "Approach", "What it showed"],
                        [
                            "Verbal short-term memory",
                            "Digit and word recall",
                            X(
                                "Recall of two items, reliably, with support from pictures.",
                                "test result in a table",
                            ),
                        ],
                        ["Visual memory", "Picture recall and matching", "A relative strength"],
                        [
                            "Early number",
                            "Counting and subitising tasks",
                            "Rote counting to ten; subitises up to three",
                        ],
                    ],
                    [4, 4.5, 7],
                ),
                (
                    "p",
                    [
                        N(
                            "Kacper's verbal short-term memory is a marked area of weakness: on the digit recall task he repeated two items reliably, where most children of his age manage five.",
                            L,
                            B1_MEM,
                        ),
                        X(
                            "His visual memory is relatively stronger, and he is able to match and sort pictures by category with little help.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "In number, Kacper can count by rote to ten but does not yet understand that the last number counted tells him how many there are.",
                            L,
                            B1_COG,
                        ),
                        "This is a common stage for children with Down syndrome and is likely to move on with concrete, visual teaching.",
                    ],
                ),
                (
                    "p",
                    N(
                        "Kacper is beginning to recognise his name and about fifteen high-frequency words by sight, but he is not yet able to blend sounds to read simple words.",
                        L,
                        B1_COG,
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "When a familiar routine changes without warning, Kacper sits down and will not move, sometimes for twenty minutes; this is best understood as communication of anxiety rather than defiance.",
                            SE,
                            B1_SOC,
                        ),
                        "Staff told me that this happened on both days of the school's sports week, and on the day of the class photograph.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Kacper does not yet recognise when he is in danger, and he has twice left the classroom and walked towards the school gate without an adult noticing.",
                            OT,
                        ),
                        "The school has since moved his table away from the door, but the gate at the end of the playground is not always locked at pick-up time.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "In my opinion Kacper's needs can be met in his mainstream school with the following provision, which goes beyond what the school can provide from its own resources.",
                ),
                (
                    "num",
                    [
                        R(
                            "Kacper should have a teaching assistant allocated to him for 25 hours a week, trained in supporting children with Down syndrome, to adapt tasks and keep him safe around the site.",
                            L,
                            "specific",
                            F1_TA,
                        ),
                        R(
                            "Daily precision teaching of sight words, for about 10 minutes, delivered by a trained adult, with progress charted each day.",
                            L,
                            "specific",
                            F1_PT,
                        ),
                        R(
                            "Kacper would benefit from a structured number programme using concrete apparatus, such as Numicon, taught in short daily sessions of 15 minutes in a small group or individually.",
                            L,
                            "not_specific",
                            F1_MATHS,
                        ),
                        R(
                            "A risk assessment and a plan for moving safely around the school site, including at the start and end of the day, should be drawn up with Kacper's parents and reviewed each term.",
                            OT,
                            "missing_from_f",
                        ),
                        R(
                            "The class teacher and teaching assistant should receive training on Down syndrome learning profiles from the Barrowmere Down Syndrome Outreach Service in the first two terms of the plan.",
                            L,
                            "specific",
                            F1_TRAIN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "A move to a special school was discussed with Kacper's parents; I do not recommend it at this stage, as he is making progress and learns a great deal from his peers.",
                            "option considered and not recommended",
                        ),
                        R(
                            "At home, his parents may find it helpful to use a picture calendar for the week so that Kacper knows which days are school days.",
                            L,
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Harriet Quayle, Educational Psychologist (HCPC registered), 24 September 2026. Telephone 01632 960271.",
                ),
            ],
        ),
        dict(
            file="salt_report.docx",
            footer="Barrowmere Community Health NHS Trust - Children's Speech and Language Therapy",
            blocks=[
                (
                    "org",
                    "Children's Speech and Language Therapy - Barrowmere Community Health NHS Trust",
                ),
                ("title", "Speech and language therapy advice"),
                (
                    "kv",
                    [
                        ("Name", "Kacper Nowak"),
                        ("NHS number", "000 000 4417"),
                        (
                            "Therapist",
                            "Aoife Brennan, Highly Specialist Speech and Language Therapist",
                        ),
                        ("Languages", "Polish at home; English at school"),
                    ],
                ),
                ("b", "Background"),
                (
                    "p",
                    [
                        X(
                            "Kacper had grommets fitted in March 2025 and his hearing was within normal limits at his last audiology review in June 2026.",
                            "history; hearing not currently a need",
                        ),
                        X(
                            "He has made good progress since my last report: he now uses around 120 signs and 60 spoken words across his two languages.",
                            "progress",
                        ),
                    ],
                ),
                ("b", "Current communication"),
                (
                    "p",
                    [
                        N(
                            "Kacper's receptive language is at around a three-year level on the Preschool Language Scales; he follows instructions with two key words but not three.",
                            C,
                            B1_LANG,
                        ),
                        "His understanding in Polish, reported by his parents, is at a similar level, which suggests a language disorder linked to his Down syndrome rather than a difference arising from learning English.",
                    ],
                ),
                (
                    "p",
                    N(
                        "His expressive language consists mainly of two-word phrases and Makaton signs, and he rarely uses verbs.",
                        C,
                        B1_LANG,
                    ),
                ),
                (
                    "p",
                    N(
                        "Kacper's speech is unclear: he omits final consonants and reduces consonant clusters, so that he is understood by unfamiliar adults less than half the time.",
                        C,
                        B1_LANG,
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "Kacper does not yet start conversations with other children, and in the playground he tends to stand near an adult rather than join in games.",
                            C,
                        ),
                        "Other children are kind to him, but they tend to do things for him rather than wait for him to ask.",
                    ],
                ),
                ("b", "What I recommend"),
                (
                    "p",
                    [
                        R(
                            "Kacper should receive direct speech and language therapy from a qualified speech and language therapist in a block of six weekly sessions each term, with a programme for school staff to continue between blocks.",
                            C,
                            "less",
                            F1_SALT,
                        ),
                        "Blocks every term, rather than once a year, are needed because Kacper loses new sounds quickly when practice stops.",
                    ],
                ),
                (
                    "p",
                    R(
                        "All adults who work with Kacper in school should use Makaton signs alongside speech, and the teaching assistant should attend the two-day Makaton Foundation workshop.",
                        C,
                        "wrong_section",
                        G1_MAK,
                        section="G",
                    ),
                ),
                (
                    "p",
                    R(
                        "Kacper needs a daily small-group language session of about 15 minutes, led by the teaching assistant, focusing on understanding and using verbs and three-word phrases.",
                        C,
                        "specific",
                        F1_GROUP,
                    ),
                ),
                (
                    "p",
                    R(
                        "Kacper would benefit from a personal communication book with photographs of his family, his weekend and his favourite things, so that he can share news with adults and other children.",
                        C,
                        "not_specific",
                        F1_VIS,
                    ),
                ),
                (
                    "p",
                    R(
                        "I would encourage Kacper's parents to keep signing at home in Polish and English; signing supports both languages and will not hold back his speech.",
                        C,
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Aoife Brennan, Highly Specialist Speech and Language Therapist, 19 September 2026. aoife.brennan@example.org",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalt-02: Hollinsford Borough Council; Bilal Hussain, 13, Year 8, resourced provision
# layout "checkbox-form-export": an export of an online form; section headings are form
# captions, areas of need are tick boxes, provision is rows of labelled fields.
# ---------------------------------------------------------------------------

B2_COG = "Bilal has moderate learning difficulties. His reading and spelling are at around a 7 to 8 year level and he needs a lot of repetition to retain new learning."
B2_LANG = "Bilal's understanding of language is below that expected for his age, particularly subject vocabulary and longer instructions."
B2_NUM = "He has difficulty with number and with applying maths to everyday situations such as money and time."
B2_ANX = "Bilal can become anxious in busy, noisy places such as corridors and the dining hall, and this can lead to him refusing to go into lessons."

F2_BASE = "Teaching of English and maths in the Learning Resource Base in a group of no more than eight pupils, for ten of the 25 lessons each week."
F2_VOCAB = "Pre-teaching of vocabulary where appropriate."
F2_PHON = "A structured phonics programme for 20 minutes three times a week, delivered by a trained teaching assistant."
F2_MOVE = "Bilal will leave each lesson five minutes before the bell and be met at the Base door by a named member of Base staff."
F2_LIFE = "A life skills lesson on money and time, one lesson a week in the Base, following the Base's life skills scheme."
F2_ARR = "Access arrangements in tests as appropriate."
F2_QUIET = "Access to the Base at break and lunchtime as a quiet place to eat, supervised by a member of Base staff every day."
F2_MENTOR = "Regular check-ins with a key adult."
G2_LAPTOP = "Occupational therapy advice on equipment: Bilal is to use a laptop for extended writing and to have touch-typing lessons three times a week."
G2_EPI = "An epilepsy care plan written by the epilepsy nurse specialist and reviewed each year; two Base staff trained to give rescue medication."


def _cap(sid, text):
    return ("H", sid, text, "band")


def _prov(ptype, desc, who, often):
    return (
        "kv",
        [
            ("Provision type:", ptype),
            ("Description:", desc),
            ("Delivered by:", who),
            ("Frequency / amount:", often),
        ],
    )


CASE_02 = dict(
    name="case-evalt-02",
    layout="checkbox-form-export",
    summary=(
        "Hollinsford Borough Council; Bilal Hussain, 13, Year 8 in the Learning Resource Base of a "
        "mainstream academy (moderate learning difficulties, language, anxiety, developmental "
        "coordination disorder, epilepsy). A plan exported from an online form: each section heading "
        'is a form caption ("Form section 2 - Section B: Special educational needs"), areas of need '
        'are tick boxes ("[x] Cognition and learning"), provision is rows of labelled fields. '
        "Educational psychologist's advice; community paediatrician's report; the parent's written views."
    ),
    note="The B tick box for sensory and/or physical is unticked although the paediatrician reports developmental coordination disorder. F rows are judged on their Description field together with the Delivered by and Frequency fields; the Description text is quoted. The laptop and touch-typing provision placed in G is wrong_section; the epilepsy care plan in G is health provision.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        header="EHCP Hub export - form EHCP-F3 (Final plan) - exported 19/11/2026 16:04",
        footer="Hollinsford Borough Council - Bilal Hussain - page {n} of {m}",
        blocks=[
            ("org", "Hollinsford Borough Council"),
            ("title", "Education, Health and Care Plan (form export)"),
            ("p", "Plan status: [ ] Draft   [x] Final   [ ] Amended following review"),
            (
                "kv",
                [
                    ("Child's full name:", "Bilal Hussain"),
                    ("Date of birth:", "3 February 2013"),
                    ("Home language(s):", "Urdu, English"),
                    ("Case officer:", "Marcus Pell, EHC Coordinator (01632 960533)"),
                ],
            ),
            _cap("A", "Form section 1 - Section A: Views, interests and aspirations"),
            (
                "kv",
                [
                    (
                        "Child's views:",
                        (
                            "S",
                            "A",
                            "Bilal says he likes the Base because it is calm, and he wants to work with cars like his uncle.",
                        ),
                    ),
                    (
                        "Parent's views:",
                        "Mrs Hussain wants Bilal to be happier at school, to have friends and to be able to go to the shops on his own.",
                    ),
                ],
            ),
            _cap("B", "Form section 2 - Section B: Special educational needs"),
            ("p", "Areas of need (tick all that apply):"),
            ("p", "[x] Cognition and learning"),
            ("kv", [("Description of need:", ("L", [("S", "B", B2_COG), B2_NUM]))]),
            ("p", "[x] Communication and interaction"),
            ("kv", [("Description of need:", B2_LANG)]),
            ("p", "[x] Social, emotional and mental health"),
            ("kv", [("Description of need:", B2_ANX)]),
            ("p", "[ ] Sensory and/or physical"),
            ("kv", [("Description of need:", "No needs identified in this area.")]),
            _cap("C", "Form section 3 - Section C: Health needs related to SEN"),
            (
                "kv",
                [
                    (
                        "Health needs:",
                        (
                            "S",
                            "C",
                            "Bilal has focal epilepsy, which is well controlled with medication; he is under the care of the community paediatrician.",
                        ),
                    )
                ],
            ),
            _cap("D", "Form section 4 - Section D: Social care needs"),
            (
                "kv",
                [
                    ("Social care needs:", ("S", "D", "No social care needs identified.")),
                    ("Known to social care:", "[ ] Yes   [x] No"),
                ],
            ),
            _cap("E", "Form section 5 - Section E: Outcomes"),
            (
                "kv",
                [
                    (
                        "Outcome 1 (end of Key Stage 3):",
                        (
                            "S",
                            "E",
                            "Bilal will read and understand the key vocabulary of each science topic.",
                        ),
                    ),
                    (
                        "Outcome 2 (end of Key Stage 3):",
                        "Bilal will go to all his lessons, using a plan agreed with Base staff when he feels anxious.",
                    ),
                ],
            ),
            _cap("F", "Form section 6 - Section F: Special educational provision"),
            (
                "p",
                (
                    "S",
                    "F",
                    "Provision items entered: 8. Each item is made by Kestrel Park Academy unless stated.",
                ),
            ),
            _prov("Specialist teaching", F(F2_BASE, True), "Base teacher", "Ten lessons a week"),
            _prov("Language", F(F2_VOCAB, False), "Teaching assistant", "As required"),
            _prov(
                "Literacy intervention",
                F(F2_PHON, True),
                "Trained teaching assistant",
                "3 x 20 minutes weekly",
            ),
            _prov(
                "Emotional wellbeing", F(F2_MOVE, True), "Named Base staff", "Every lesson change"
            ),
            _prov("Life skills", F(F2_LIFE, True), "Base teacher", "One lesson weekly"),
            _prov("Assessment", F(F2_ARR, False), "SENCo", "Tests and examinations"),
            _prov("Environment", F(F2_QUIET, True), "Base staff", "Daily"),
            _prov("Emotional wellbeing", F(F2_MENTOR, False), "Key adult", "Regularly"),
            _cap("G", "Form section 7 - Section G: Health provision"),
            (
                "kv",
                [("Health provision 1:", ("S", "G", G2_EPI)), ("Health provision 2:", G2_LAPTOP)],
            ),
            _cap(
                "H1",
                "Form section 8 - Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("kv", [("Provision:", ("S", "H1", "Not applicable."))]),
            _cap("H2", "Form section 9 - Section H2: Any other social care provision"),
            ("kv", [("Provision:", ("S", "H2", "None at present."))]),
            _cap("I", "Form section 10 - Section I: Placement"),
            (
                "kv",
                [
                    (
                        "Type of setting:",
                        "[x] Mainstream with resourced provision   [ ] Special school   [ ] Other",
                    ),
                    (
                        "Name of setting:",
                        (
                            "S",
                            "I",
                            "Kestrel Park Academy (Learning Resource Base for moderate learning difficulties), Hollinsford KB7 4QE.",
                        ),
                    ),
                ],
            ),
            _cap("J", "Form section 11 - Section J: Personal budget"),
            (
                "kv",
                [
                    ("Personal budget requested:", "[ ] Yes   [x] No"),
                    ("Details:", ("S", "J", "No personal budget has been requested.")),
                ],
            ),
            _cap("K", "Form section 12 - Section K: Advice and information"),
            (
                "kv",
                [
                    (
                        "Advice received:",
                        (
                            "S",
                            "K",
                            "Educational psychology advice, September 2026; paediatric advice, August 2026; parental views, September 2026; school advice, September 2026.",
                        ),
                    )
                ],
            ),
        ],
    ),
    reports=[
        dict(
            file="ep_report.docx",
            footer="Hollinsford Educational Psychology Team - Bilal Hussain - Confidential",
            blocks=[
                ("org", "Hollinsford Educational Psychology Team"),
                ("title", "Educational psychology advice"),
                (
                    "kv",
                    [
                        ("Young person", "Bilal Hussain, Year 8, Kestrel Park Academy"),
                        ("Psychologist", "Dr Samuel Achterberg, Educational Psychologist"),
                        ("Date of assessment", "15 and 22 September 2026"),
                    ],
                ),
                ("h", 2, "Background and views"),
                (
                    "p",
                    [
                        X(
                            "Bilal speaks Urdu and English at home; a bilingual assessment did not suggest that his difficulties arise from learning English as an additional language.",
                            "ruled out",
                        ),
                        X(
                            "He has made good progress in the Learning Resource Base, moving up two reading book bands this year.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    "Bilal told me that he likes his Base teacher, Mr Fairley, and that maths is his favourite subject 'when it is about money'. He wants to be a mechanic.",
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        N(
                            "Bilal's general reasoning abilities fall within the extremely low range, with verbal skills weaker than non-verbal ones.",
                            L,
                            B2_COG,
                        ),
                        "These results are consistent with the school's assessments over the last three years and with his history of delayed early development.",
                    ],
                ),
                (
                    "p",
                    N(
                        "He reads at an age equivalent of 7 years 9 months and spells at about 7 years 2 months, and he relies on the first letter to guess unfamiliar words.",
                        L,
                        B2_COG,
                    ),
                ),
                (
                    "p",
                    N(
                        "Bilal's working memory is weak, and he forgets instructions part-way through a task.",
                        L,
                        B2_COG,
                    ),
                ),
                (
                    "p",
                    N(
                        "Bilal did not understand subject words such as 'estimate', 'evaporate' or 'compare' and could not follow a three-part instruction given to the whole class.",
                        C,
                        B2_LANG,
                    ),
                ),
                (
                    "p",
                    N(
                        "He is not yet secure in telling the time or in counting out change, which matters increasingly as he becomes more independent.",
                        L,
                        B2_NUM,
                    ),
                ),
                (
                    "p",
                    N(
                        "Bilal becomes very anxious at lesson changeovers; he described the corridors as 'like a football crowd' and said he sometimes hides in the toilets.",
                        SE,
                        B2_ANX,
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "Bilal has very few friends in his year group and has been the target of name-calling, which he does not always recognise as unkind.",
                            SE,
                        ),
                        "His mother is worried that older pupils could take advantage of him on the way home.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            R(
                                "Bilal should continue to be taught English and maths in the Learning Resource Base, in a group of no more than eight pupils, for at least ten lessons out of the 25 each week.",
                                L,
                                "specific",
                                F2_BASE,
                            ),
                            "He learns best with a small group and a familiar teacher.",
                        ],
                        [
                            R(
                                "He needs pre-teaching of key subject vocabulary before each new topic in science and humanities, in 20-minute sessions twice a week with a teaching assistant.",
                                C,
                                "not_specific",
                                F2_VOCAB,
                            ),
                            "So that he can follow the lesson when the words are used.",
                        ],
                        [
                            R(
                                "A daily reading intervention, such as a structured phonics catch-up programme, for 20 minutes with a trained adult.",
                                L,
                                "less",
                                F2_PHON,
                            ),
                            X(
                                "Daily practice is what produced his gains in Year 7.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Bilal should be allowed to leave lessons five minutes early to move between rooms before the corridors fill, with a named adult to meet him at the Base.",
                                SE,
                                "specific",
                                F2_MOVE,
                            ),
                            "To reduce the anxiety of crowded changeovers.",
                        ],
                        [
                            R(
                                "A weekly session with the school's emotional literacy support assistant (ELSA), for 30 minutes over at least 12 weeks, to work on recognising unkind behaviour and what to do about it.",
                                SE,
                                "missing_from_f",
                            ),
                            "He is vulnerable to being exploited by others.",
                        ],
                        [
                            R(
                                "Bilal needs a life skills programme at school covering money and time, taught for one lesson a week in the Base.",
                                L,
                                "specific",
                                F2_LIFE,
                            ),
                            "Preparing for adulthood.",
                        ],
                    ],
                    [10.5, 5],
                ),
                (
                    "p",
                    X(
                        "I considered whether Bilal would be better placed full-time in a special school; his wish to stay with his brother at Kestrel Park and his progress in the Base make the current arrangement the better option.",
                        "option considered and not recommended",
                    ),
                ),
                ("p", "Dr Samuel Achterberg, Educational Psychologist, 29 September 2026."),
            ],
        ),
        dict(
            file="paediatric_report.pdf",
            header="Hollinsford Children's Community Health Service",
            footer="Community paediatric report - page {n}",
            blocks=[
                ("org", "Hollinsford Children's Community Health Service - Community Paediatrics"),
                (
                    "small",
                    "Ashworth Child Development Centre, Station Road, Hollinsford KB7 1AA. Telephone 01632 960640.",
                ),
                ("title", "Health advice for an EHC needs assessment"),
                (
                    "p",
                    "Re: Bilal Hussain, date of birth 3 February 2013. Seen in clinic with his mother on 12 August 2026 (Urdu interpreter present).",
                ),
                ("b", "Diagnoses"),
                (
                    "bul",
                    [
                        "Moderate learning difficulties (global developmental delay diagnosed at age 3)",
                        "Focal epilepsy",
                        "Developmental coordination disorder",
                    ],
                ),
                ("b", "Summary"),
                (
                    "p",
                    [
                        X(
                            "He has focal epilepsy, well controlled on lamotrigine; he has had no seizures for eighteen months.",
                            "health condition, controlled and stated in C",
                        ),
                        X("Hearing and vision were checked in clinic and are normal.", "ruled out"),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Bilal has a diagnosis of developmental coordination disorder, made by the occupational therapy service in 2022; his handwriting is slow and hard to read and he tires quickly when writing.",
                            SP,
                        ),
                        "He told me that his hand 'hurts after half a page', and his exercise books show that he rarely finishes written tasks.",
                    ],
                ),
                (
                    "p",
                    "Bilal's weight and growth are normal. His sleep was poor last year but has improved with a better bedtime routine, and his mother has no current concerns about it.",
                ),
                ("b", "Advice"),
                (
                    "p",
                    R(
                        "Bilal should have access to a laptop for extended writing, with touch-typing lessons of 15 minutes three times a week until he types at the speed he writes.",
                        SP,
                        "wrong_section",
                        G2_LAPTOP,
                        section="G",
                    ),
                ),
                (
                    "p",
                    R(
                        "School staff should know his epilepsy care plan, and at least two members of staff in the Base should be trained to give buccal midazolam.",
                        HE,
                        "not_educational",
                        G2_EPI,
                        section="G",
                    ),
                ),
                (
                    "p",
                    R(
                        "He should have 25% extra time in tests and examinations, because of the speed of his writing and processing.",
                        SP,
                        "not_specific",
                        F2_ARR,
                    ),
                ),
                (
                    "p",
                    "Dr Farida Okonjo, Consultant Community Paediatrician. Copy to parents and GP.",
                ),
            ],
        ),
        dict(
            file="parent_views.pdf",
            footer="Parent's views - Bilal Hussain",
            blocks=[
                ("title", "My views about Bilal"),
                (
                    "p",
                    "Written by his mother, Nasreen Hussain, with help from the Hollinsford SENDIASS adviser, September 2026.",
                ),
                (
                    "p",
                    [
                        X(
                            "Bilal was born in Hollinsford and we speak Urdu at home; his older brother Imran is in Year 11 at Kestrel Park.",
                            "background",
                        ),
                        "Bilal is kind and helpful at home and loves fixing things with his uncle in the garage.",
                    ],
                ),
                (
                    "p",
                    N(
                        "Bilal gets very worried about anything new and asks me the same questions again and again the night before.",
                        SE,
                        B2_ANX,
                    ),
                ),
                (
                    "p",
                    X(
                        "In primary school he had a lot of help and he was happy; Year 7 was very hard at first, but the Base has made a big difference.",
                        "history and progress",
                    ),
                ),
                (
                    "p",
                    R(
                        "I would like Bilal to have a quiet place to go at break and lunch, because the dining hall is too loud for him.",
                        SE,
                        "specific",
                        F2_QUIET,
                    ),
                ),
                ("p", "Thank you for reading this. Nasreen Hussain."),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalt-03: Corrington County Council; Ellie-Mae Thornbury, 10, Year 5, special school
# layout "easy-read-summary-first": a one-page easy-read summary with picture prompts comes
# first; the statutory plan, with its own headings, starts after it.
# ---------------------------------------------------------------------------

B3_COG = "Ellie-Mae has severe learning difficulties and is learning through a sensory, small-steps curriculum."
B3_COMM = "She communicates mainly through gestures, vocalisations, some Makaton signs and a symbol-based communication aid, and understands short familiar phrases in context."
B3_ATTN = "Ellie-Mae's attention and engagement vary through the day, and she needs adult help to stay with an activity."
B3_MOTOR = "She has low muscle tone and hypermobile joints, which affect her walking, balance and sitting posture, and she tires quickly."
B3_SELF = "Ellie-Mae needs help with personal care, including toileting and dressing."

F3_CLASS = "Ellie-Mae will be taught in a class of no more than eight pupils, with at least one adult to every two pupils throughout the school day."
F3_II = "Intensive interaction as part of the school day."
F3_TOILET = "A toileting programme with timed visits every 90 minutes, carried out by two members of staff trained in moving and handling and personal care."
F3_AID = "Ellie-Mae's communication aid will be with her at all times, including at lunch, on the playground and on the school transport; class staff will update its vocabulary every half term."
F3_SALT = "Speech and language therapy from the NHS speech and language therapy team, one 30-minute session each half term, with advice to class staff."
F3_PHYS = "A physiotherapy programme, written by the children's physiotherapist, carried out by trained class staff for 20 minutes every school day."
F3_CHAIR = "A supportive classroom chair with a footrest (Rifton activity chair, size 2)."
F3_INDEP = "Opportunities to develop her independence skills."
G3_ALM = "Training for class staff in aided language modelling, provided by the NHS speech and language therapy team."
G3_PHYSREV = "Review by the children's physiotherapist in school once a term."

CASE_03 = dict(
    name="case-evalt-03",
    layout="easy-read-summary-first",
    summary=(
        "Corrington County Council; Ellie-Mae Thornbury, 10, Year 5 at an all-age special school for "
        "severe learning difficulties (Down syndrome, severe learning difficulties, AAC user, low "
        "tone, personal care). The plan opens with a one-page easy-read summary with picture "
        'prompts; the statutory plan follows with headings "Section A: ...". Class teacher\'s report '
        "written against the engagement model; NHS speech and language therapist's report (AAC); "
        "physiotherapist's report."
    ),
    note="Sections start after \"Part 2: The Education, Health and Care Plan\"; the easy-read page before it paraphrases the plan. Training in aided language modelling placed in G is wrong_section; the physiotherapist's termly review in G is health provision. The engagement model table's cells are observations, not needs.",
    plan=dict(
        file="plan.pdf",
        header="Corrington County Council - Education, Health and Care Plan",
        footer="Ellie-Mae Thornbury - Final plan - 2 December 2026 - page {n} of {m}",
        blocks=[
            ("org", "Corrington County Council"),
            ("title", "Part 1: My plan in easy words"),
            (
                "p",
                "[picture: Ellie-Mae smiling] This is my plan. It tells everyone how to help me at school.",
            ),
            ("p", "[picture: music notes] I like music, the sensory room and splashing in water."),
            (
                "p",
                "[picture: talking aid] I talk with my hands, my voice and my talker. Please wait for me.",
            ),
            (
                "p",
                "[picture: two adults] I need grown-ups to help me learn, to help me in the toilet and to help me walk on the stairs.",
            ),
            ("p", "[picture: school] I go to Brookfield School. My class is small."),
            ("pb",),
            ("title", "Part 2: The Education, Health and Care Plan"),
            ("BODY", "Part 2: The Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Ellie-Mae Thornbury"),
                    ("Date of birth", "27 April 2016"),
                    ("Plan issued", "2 December 2026 (following annual review, October 2026)"),
                ],
            ),
            (
                "H",
                "A",
                "Section A: The views, interests and aspirations of Ellie-Mae and her parents",
                "h2",
            ),
            (
                "S",
                "A",
                "Ellie-Mae shows she is happy by laughing and clapping, especially when adults sing her name.",
            ),
            (
                "p",
                "Her parents want her to be as independent as she can be, to be able to tell people what she wants and to stay at Brookfield until she is 19.",
            ),
            ("H", "B", "Section B: Ellie-Mae's special educational needs", "h2"),
            ("S", "B", B3_COG),
            ("p", [B3_COMM, B3_ATTN]),
            ("p", [B3_MOTOR, B3_SELF]),
            ("H", "C", "Section C: Health needs which relate to Ellie-Mae's SEN", "h2"),
            (
                "S",
                "C",
                "Ellie-Mae has Down syndrome and hypothyroidism, for which she takes daily medication, and she wears orthoses for flat feet.",
            ),
            ("H", "D", "Section D: Social care needs", "h2"),
            (
                "S",
                "D",
                "The family receives a short-break service of one evening a month through the Corrington Children's Disability Team.",
            ),
            ("H", "E", "Section E: Outcomes", "h2"),
            (
                "S",
                "E",
                "By the end of Key Stage 2 Ellie-Mae will use her communication aid to ask for, refuse and comment on at least ten familiar things.",
            ),
            (
                "p",
                "By the end of Key Stage 2 Ellie-Mae will walk up and down the school stairs with one hand on the rail and an adult beside her.",
            ),
            ("H", "F", "Section F: Special educational provision", "h2"),
            ("S", "F", "Brookfield School will provide the following."),
            (
                "bul",
                [
                    F(F3_CLASS, True),
                    F(F3_II, False),
                    F(F3_TOILET, True),
                    F(F3_AID, True),
                    F(F3_SALT, True),
                    F(F3_PHYS, True),
                    F(F3_CHAIR, True),
                    F(F3_INDEP, False),
                ],
            ),
            ("H", "G", "Section G: Health provision", "h2"),
            ("S", "G", G3_PHYSREV),
            ("p", G3_ALM),
            ("p", "Annual review by the community paediatrician, with thyroid blood tests."),
            (
                "H",
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                "h2",
            ),
            ("S", "H1", "Short breaks: one evening a month at Willowbank short-break centre."),
            ("H", "H2", "Section H2: Other social care provision", "h2"),
            ("S", "H2", "None."),
            ("H", "I", "Section I: Placement", "h2"),
            (
                "S",
                "I",
                "Brookfield School (community special school for pupils aged 2 to 19 with severe and profound learning difficulties), Mill Hill, Corrington AC3 8PD.",
            ),
            ("H", "J", "Section J: Personal budget", "h2"),
            ("S", "J", "Not requested."),
            ("H", "K", "Section K: Advice and information", "h2"),
            (
                "S",
                "K",
                "Annual review reports from Brookfield School, the NHS speech and language therapy team and the children's physiotherapy service (October 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file="teacher_report.docx",
            footer="Brookfield School - annual review report - Ellie-Mae Thornbury",
            blocks=[
                ("org", "Brookfield School"),
                ("title", "Annual review: class teacher's report"),
                (
                    "kv",
                    [
                        ("Pupil", "Ellie-Mae Thornbury, Year 5, Kingfisher Class"),
                        ("Teacher", "Ms Rhiannon Pask"),
                        (
                            "Curriculum",
                            "Semi-formal pathway; assessed against the engagement model and the pre-key stage standards",
                        ),
                    ],
                ),
                ("b", "About Ellie-Mae"),
                (
                    "p",
                    [
                        X(
                            "Ellie-Mae has been at Brookfield since Reception and is well settled in her class of eight.",
                            "history",
                        ),
                        X(
                            "She loves music, the sensory room and water play, and she laughs when adults sing her name.",
                            "strengths",
                        ),
                    ],
                ),
                ("b", "Learning and engagement"),
                (
                    "p",
                    [
                        N(
                            "Ellie-Mae is working within the pre-key stage standards, broadly equivalent to the former P4 to P5 in English and P3 in mathematics.",
                            L,
                            B3_COG,
                        ),
                        "Progress is measured in small steps, and she has met four of her six small-step targets this year.",
                    ],
                ),
                (
                    "grid",
                    [
                        ["Engagement area", "What we saw this year", "Next small step"],
                        [
                            "Exploration",
                            "Explores new sensory materials with her hands when an adult models first",
                            "Explores without modelling",
                        ],
                        [
                            "Anticipation",
                            X(
                                "Reaches for her coat when the home-time song plays.",
                                "observation in a table",
                            ),
                            "Anticipates two more routines",
                        ],
                        [
                            "Initiation",
                            "Rarely starts an activity herself",
                            "Chooses between two activities using her aid",
                        ],
                        [
                            "Persistence",
                            "Stays with a favourite activity for 3 to 4 minutes",
                            "Five minutes with a new activity",
                        ],
                    ],
                    [3.5, 7, 5.5],
                ),
                (
                    "p",
                    N(
                        "Her engagement is strongest in the mornings; by mid-afternoon she often disengages, puts her head on the table or leaves the activity.",
                        L,
                        B3_ATTN,
                    ),
                ),
                ("b", "Personal care"),
                (
                    "p",
                    N(
                        "Ellie-Mae is not yet toilet trained; she wears pads and is beginning to sit on the toilet at set times with two adults.",
                        OT,
                        B3_SELF,
                    ),
                ),
                ("b", "Behaviour and wellbeing"),
                (
                    "p",
                    [
                        N(
                            "Ellie-Mae has begun to pinch and pull the hair of adults and other pupils when she is kept waiting, about four times a day, which the class team records on ABC charts.",
                            SE,
                        ),
                        "This started in the spring term and seems to be linked to waiting for lunch, for the bus and for her turn on the swing.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She has a strong tendency to put inedible items in her mouth (pica), including sand, paper and the fabric of her sleeves.",
                            SP,
                        ),
                        "The class team watch her closely at messy play, but this limits the activities she can do.",
                    ],
                ),
                ("b", "What we think Ellie-Mae needs next year"),
                (
                    "bul",
                    [
                        R(
                            "Ellie-Mae should continue in a class of no more than eight pupils with a ratio of at least one adult to two pupils.",
                            L,
                            "specific",
                            F3_CLASS,
                        ),
                        R(
                            "A positive behaviour support plan should be written by the class teacher with the school's behaviour lead and reviewed every half term, with strategies for waiting times.",
                            SE,
                            "missing_from_f",
                        ),
                        R(
                            "She needs an intensive interaction session with a familiar adult every day, for around 15 minutes, to build shared attention.",
                            C,
                            "not_specific",
                            F3_II,
                        ),
                        R(
                            "A toileting programme with timed visits every 90 minutes, carried out by two trained members of staff.",
                            OT,
                            "specific",
                            F3_TOILET,
                        ),
                    ],
                ),
                (
                    "p",
                    R(
                        "Ellie-Mae's family may like to borrow the school's sensory story bags in the holidays.",
                        L,
                        "not_educational",
                    ),
                ),
                ("p", "Rhiannon Pask, Class Teacher, 9 October 2026."),
            ],
        ),
        dict(
            file="salt_report.pdf",
            header="Corrington Children's Therapies - Speech and Language Therapy",
            footer="SLT annual review report - page {n} of {m}",
            blocks=[
                ("org", "Corrington Children's Therapies (NHS)"),
                ("title", "Speech and language therapy: annual review report"),
                (
                    "p",
                    "Ellie-Mae Thornbury, Brookfield School. Report by Jonah Whitlock, Specialist Speech and Language Therapist (AAC), October 2026.",
                ),
                ("h", 2, "Communication now"),
                (
                    "p",
                    X(
                        "Ellie-Mae's hearing was last tested in May 2026 and found to be within normal limits for speech.",
                        "ruled out",
                    ),
                ),
                (
                    "p",
                    N(
                        "Ellie-Mae understands about 20 single words in context, such as 'drink', 'bus' and 'home', and follows simple instructions when they are accompanied by a sign or object.",
                        C,
                        B3_COMM,
                    ),
                ),
                (
                    "p",
                    N(
                        "She uses around 15 Makaton signs spontaneously, most often 'more', 'finished' and 'drink', and vocalises to gain attention.",
                        C,
                        B3_COMM,
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "She has begun to use her 'Grid for iPad' communication aid to request, but she does not yet use it to comment or to refuse.",
                            C,
                            B3_COMM,
                        ),
                        "She was given the aid in January 2026 after a trial of three systems, and she clearly enjoys it.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    R(
                        "Ellie-Mae should have her communication aid with her at all times, including at lunch, on the playground and on the school bus, with vocabulary updated by school staff each half term.",
                        C,
                        "specific",
                        F3_AID,
                    ),
                ),
                (
                    "p",
                    [
                        R(
                            "Direct speech and language therapy from the NHS team, one 30-minute session every fortnight in school, focused on aided language modelling with her class team.",
                            C,
                            "less",
                            F3_SALT,
                        ),
                        "Fortnightly contact is needed while she is learning to use the aid for more than requesting.",
                    ],
                ),
                (
                    "p",
                    R(
                        "All adults in Ellie-Mae's class should be trained in aided language modelling by the speech and language therapist this school year.",
                        C,
                        "wrong_section",
                        G3_ALM,
                        section="G",
                    ),
                ),
                (
                    "p",
                    R(
                        "Her parents are encouraged to model on the communication aid at home during mealtimes.",
                        C,
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Jonah Whitlock, Specialist Speech and Language Therapist. jonah.whitlock@example.org",
                ),
            ],
        ),
        dict(
            file="physio_report.docx",
            footer="Corrington Children's Physiotherapy",
            blocks=[
                ("org", "Corrington Children's Physiotherapy Service"),
                ("title", "Physiotherapy report for annual review"),
                (
                    "p",
                    "Ellie-Mae Thornbury. Seen at Brookfield School on 2 October 2026 by Priya Lennox, Paediatric Physiotherapist.",
                ),
                ("b", "Assessment"),
                (
                    "p",
                    [
                        X(
                            "Ellie-Mae's flat feet are managed with supramalleolar orthoses, which she wears well.",
                            "health provision already in place",
                        ),
                        "Her range of movement is full and her hips were reported as stable at her last surveillance X-ray.",
                    ],
                ),
                (
                    "p",
                    N(
                        "Ellie-Mae walks independently on flat ground but needs a hand held on stairs, slopes and uneven ground.",
                        SP,
                        B3_MOTOR,
                    ),
                ),
                (
                    "p",
                    N(
                        "Her sitting posture is poor; she slumps in a standard classroom chair and needs a supportive chair with a footrest for table-top work.",
                        SP,
                        B3_MOTOR,
                    ),
                ),
                ("b", "Recommendations"),
                (
                    "p",
                    R(
                        "A daily physiotherapy programme of 20 minutes (sit-to-stand practice, step-ups and balance work), written by me and carried out by trained school staff.",
                        SP,
                        "specific",
                        F3_PHYS,
                    ),
                ),
                (
                    "p",
                    R(
                        "Ellie-Mae should have a Rifton activity chair with a footplate in class.",
                        SP,
                        "specific",
                        F3_CHAIR,
                    ),
                ),
                (
                    "p",
                    R(
                        "Hydrotherapy once a week for 30 minutes during the school day, supported by a member of staff trained by the physiotherapy team.",
                        SP,
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    R(
                        "I will review Ellie-Mae in school each term and update her programme.",
                        SP,
                        "not_educational",
                        G3_PHYSREV,
                        section="G",
                    ),
                ),
                (
                    "p",
                    "Priya Lennox, Paediatric Physiotherapist, 6 October 2026. Telephone 01632 960782.",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalt-04: Ravensholt Metropolitan Borough Council; Daniel Okafor-Price, 18, moving
# from a special school sixth form to a supported internship
# layout "name-then-section-in-brackets": each heading is the section's name with its letter
# after it in brackets ("Special educational needs (Section B)"). There is no personal
# budget section.
# ---------------------------------------------------------------------------

B4_COG = "Daniel has Down syndrome and moderate learning difficulties. He reads simple texts and signs, and he uses a calculator for money but is not yet confident with change."
B4_COMM = "Daniel's speech is sometimes unclear to people who do not know him, and he may say he has understood when he has not."
B4_IND = "He is working towards independence and needs support to learn new routes, tasks and routines, including travelling to his placement and looking after himself at home."
B4_SEMH = "Daniel can become withdrawn and low in mood when he feels he has made a mistake in front of others."

F4_COACH = "Job coach support during the supported internship, reducing over time as Daniel becomes more independent."
F4_ASK = "Explicit teaching of asking for help, using a prompt card and role play, in the weekly employability session at college."
F4_TRAVEL = "Travel training from the council's independent travel training team for the bus journey to Ravensholt General Hospital, until Daniel makes the journey safely alone on three days in a row."
F4_TOD = "Advice from a Teacher of the Deaf from the Ravensholt Sensory Support Service, one visit a year to the college."
F4_LIVING = "Independent living skills sessions at Ravensholt College, covering cooking and money, as appropriate."
F4_ENGMATHS = "English and maths taught at Entry Level 2 for two hours a week at the college, in a group of no more than ten."
F4_TRANS = (
    "Four transition visits to the hospital departments with his job coach in the summer term 2027."
)
C4_AIDS = "Staff at college and at his placement should check that Daniel's hearing aids are working at the start of each day and face him when they speak to him."


def _n(sid, name):
    return ("H", sid, f"{name} (Section {sid})", "h2")


CASE_04 = dict(
    name="case-evalt-04",
    layout="name-then-section-in-brackets",
    summary=(
        "Ravensholt Metropolitan Borough Council; Daniel Okafor-Price, 18, leaving a special school "
        "sixth form for a supported internship at a hospital with a further education college "
        "(Down syndrome, moderate learning difficulties, mild hearing loss, low mood). Each heading "
        'names the section and gives its letter in brackets after it ("Special educational needs '
        "(Section B)\"). The plan has no personal budget section. Educational psychologist's advice; "
        "community paediatrician's report; parents' written views."
    ),
    note="The plan names hearing aids only in Section C, where the checks by staff stand as wrong_section; hearing loss is not in B. No personal budget section (J) is given at all.",
    plan=dict(
        file="plan.docx",
        sans=True,
        footer="Ravensholt MBC - EHC plan (post-16) - Daniel Okafor-Price - issued 24 February 2027",
        blocks=[
            ("org", "Ravensholt Metropolitan Borough Council - Post-16 SEND Team"),
            ("title", "Education, Health and Care Plan: Preparing for Adulthood"),
            (
                "small",
                "Young person: Daniel Okafor-Price    Date of birth: 11 January 2008    Plan amended at phase transfer review, 24 February 2027",
            ),
            _n("A", "Daniel's views, interests and aspirations"),
            (
                "S",
                "A",
                "Daniel wants a job at the hospital, like his aunt, and one day to live in a flat with his friend Josh.",
            ),
            (
                "p",
                "His parents want him to have a real job, to be safe travelling and to have friends outside the family.",
            ),
            _n("B", "Special educational needs"),
            ("S", "B", B4_COG),
            ("p", B4_COMM),
            ("p", B4_IND),
            ("p", B4_SEMH),
            _n("C", "Health needs related to special educational needs"),
            (
                "S",
                "C",
                "Daniel has Down syndrome, hypothyroidism and a mild hearing loss in both ears, for which he wears hearing aids.",
            ),
            ("p", C4_AIDS),
            _n("D", "Social care needs"),
            (
                "S",
                "D",
                "Daniel is known to the Ravensholt Transitions Team, which will carry out an adult care needs assessment before he is 19.",
            ),
            _n("E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2028 Daniel will complete three hospital work rotations with decreasing job coach support.",
            ),
            ("p", "By July 2028 Daniel will travel independently between home and his placement."),
            _n("F", "Special educational provision"),
            (
                "S",
                "F",
                "Ravensholt College will deliver the supported internship programme, hosted by Ravensholt General Hospital, five days a week in term time, including:",
            ),
            (
                "bul",
                [
                    F(F4_COACH, False),
                    F(F4_ASK, True),
                    F(F4_TRAVEL, True),
                    F(F4_ENGMATHS, True),
                    F(F4_TOD, True),
                    F(F4_LIVING, False),
                    F(F4_TRANS, True),
                ],
            ),
            _n("G", "Health provision"),
            (
                "S",
                "G",
                "Annual audiology review and thyroid blood tests through the community paediatric service.",
            ),
            _n(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None."),
            _n("H2", "Other social care provision"),
            (
                "S",
                "H2",
                "Transition assessment by the Ravensholt Transitions Team (adult social care) before Daniel's 19th birthday.",
            ),
            _n("I", "Placement"),
            (
                "S",
                "I",
                "Ravensholt College Supported Internship programme, hosted at Ravensholt General Hospital, from 1 September 2027.",
            ),
            (
                "p",
                "Until then Daniel remains in the sixth form of Oakhurst School (special school for pupils with moderate learning difficulties).",
            ),
            _n("K", "Advice and information"),
            (
                "S",
                "K",
                "Educational psychology advice (January 2027); paediatric advice (December 2026); parents' views (January 2027); Oakhurst School review report (January 2027).",
            ),
        ],
    ),
    reports=[
        dict(
            file="ep_report.pdf",
            header="Ravensholt Educational Psychology Service",
            footer="Educational psychology advice - Daniel Okafor-Price - page {n} of {m}",
            blocks=[
                ("org", "Ravensholt Educational Psychology Service"),
                ("title", "Educational psychology advice: preparing for adulthood"),
                (
                    "kv",
                    [
                        ("Young person", "Daniel Okafor-Price, 18, Oakhurst School sixth form"),
                        ("Psychologist", "Dr Imogen Tarrant, Senior Educational Psychologist"),
                        (
                            "Work undertaken",
                            "Observation at the school café and on a hospital visit; individual assessment; consultation with Daniel, his parents and his tutor",
                        ),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "When I assessed Daniel in Year 9, he found it very hard to separate from his mother at the school gate; this is no longer a concern.",
                            "resolved difficulty",
                        ),
                        X(
                            "Daniel's work experience placement in the school café went very well, and his supervisor described him as polite, cheerful and hard-working.",
                            "progress and strengths",
                        ),
                    ],
                ),
                (
                    "p",
                    "Daniel's own view, which he gave using his talking mat, is that he wants to 'work with the porters' and to earn money for football tickets.",
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    N(
                        "Daniel's reading age is around 8 years; he reads familiar signs and simple instructions, but longer workplace documents such as health and safety notices are beyond him without help.",
                        L,
                        B4_COG,
                    ),
                ),
                (
                    "p",
                    N(
                        "He can add amounts of money with a calculator but does not understand whether the change he is given is correct.",
                        L,
                        B4_COG,
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "Daniel often nods and says 'yes' to questions he has not understood, and he rarely asks for help, which could put him at risk in a workplace.",
                            C,
                            B4_COMM,
                        ),
                        "I saw this twice on the hospital visit, when he agreed to instructions that he then could not carry out.",
                    ],
                ),
                (
                    "p",
                    N(
                        "He needs new tasks broken into small steps and practised many times before he can do them without prompts; once learned, he carries them out reliably.",
                        L,
                        B4_IND,
                    ),
                ),
                (
                    "p",
                    [
                        N(
                            "Daniel has difficulty judging time and does not yet manage his own timekeeping: he does not know when to leave for the bus or how long a task or a break should take.",
                            L,
                        ),
                        "At school the bells and his tutor have done this for him, and a workplace will not.",
                    ],
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        R(
                            "Daniel should have a job coach with him for the whole of each working day at first, with the support reduced in planned steps as he learns each task (systematic instruction).",
                            L,
                            "not_specific",
                            F4_COACH,
                        ),
                        "A written fading plan should be agreed with the host employer, so that everyone knows when support is to be reduced.",
                    ],
                ),
                (
                    "p",
                    R(
                        "Daniel should be taught the specific skill of asking for help, using a prompt card and role play, in the weekly employability lessons.",
                        C,
                        "specific",
                        F4_ASK,
                    ),
                ),
                (
                    "p",
                    R(
                        "Travel training for the route from home to the hospital, from a trained travel trainer, until he completes the journey alone safely on three consecutive days.",
                        OT,
                        "specific",
                        F4_TRAVEL,
                    ),
                ),
                (
                    "p",
                    R(
                        "He would benefit from a talking watch or phone alarms set for each part of his day, with the job coach teaching him to use them at work.",
                        L,
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    X(
                        "A further year in the school sixth form was considered; I do not think it would add to his skills as much as a real workplace would.",
                        "option considered and not recommended",
                    ),
                ),
                ("p", "Dr Imogen Tarrant, Senior Educational Psychologist, 14 January 2027."),
            ],
        ),
        dict(
            file="paediatric_report.docx",
            footer="Ravensholt Community Child Health",
            blocks=[
                ("org", "Ravensholt Community Child Health - Community Paediatrics"),
                ("title", "Paediatric advice for EHC plan review"),
                (
                    "p",
                    "Daniel Okafor-Price, date of birth 11 January 2008. Seen with his father at Lindley Clinic on 8 December 2026.",
                ),
                ("b", "History and examination"),
                (
                    "p",
                    [
                        X(
                            "Daniel has hypothyroidism, treated with levothyroxine, and his thyroid function tests in October 2026 were normal.",
                            "health condition, controlled",
                        ),
                        X(
                            "There are no concerns about his heart since the repair of his atrioventricular septal defect in infancy.",
                            "resolved",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Daniel has a mild bilateral conductive hearing loss and wears hearing aids, which he sometimes removes in noisy places.",
                            SP,
                        ),
                        "In a busy hospital department he is likely to miss instructions given from behind him or across a room.",
                    ],
                ),
                (
                    "p",
                    N(
                        "He has low mood at times, particularly after a difficult day, and tends to withdraw to his room rather than talk.",
                        SE,
                        B4_SEMH,
                    ),
                ),
                ("b", "Advice"),
                (
                    "p",
                    R(
                        "Daniel should have his hearing aids checked daily by staff at the start of the day, and his workplace supervisor should be made aware of his hearing loss, including the need to face him when speaking.",
                        SP,
                        "wrong_section",
                        C4_AIDS,
                        section="C",
                    ),
                ),
                (
                    "p",
                    R(
                        "Referral to the hearing support service (Teacher of the Deaf) for advice to the college and the host employer, with at least one visit each term.",
                        SP,
                        "less",
                        F4_TOD,
                    ),
                ),
                (
                    "p",
                    R(
                        "Annual audiology review and thyroid blood tests will continue through our service until transfer to adult services.",
                        HE,
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Dr Oluwaseun Adeyemi, Consultant Community Paediatrician. Telephone 01632 960915.",
                ),
            ],
        ),
        dict(
            file="parent_views.pdf",
            footer="Parents' views - Daniel Okafor-Price",
            blocks=[
                ("title", "Our views as Daniel's parents"),
                ("p", "Grace and Michael Okafor-Price, January 2027."),
                (
                    "p",
                    X(
                        "Daniel has always loved working with people; he helps at the church lunch club every Sunday and wants a job at the hospital like his aunt.",
                        "aspiration",
                    ),
                ),
                (
                    "p",
                    X(
                        "We were disappointed that the draft plan said nothing about his hearing.",
                        "comment on the draft plan",
                    ),
                ),
                (
                    "p",
                    N(
                        "Daniel still cannot cook a simple meal safely on his own, and he forgets to switch the hob off.",
                        OT,
                        B4_IND,
                    ),
                ),
                (
                    "p",
                    R(
                        "We would like Daniel to have lessons in cooking and managing money at college one day a week alongside the internship, as the internship does not cover these.",
                        OT,
                        "not_specific",
                        F4_LIVING,
                    ),
                ),
                (
                    "p",
                    "We are very grateful to Oakhurst School for everything they have done for him over seven years.",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
