# ruff: noqa: E501
"""case-evalap-02: Ostwick Metropolitan Borough Council; Nadia Ferreira-Holt, 12, Year 7,
type 1 diabetes and dyscalculia. Layout "zero-padded-number-headings": no letters
anywhere; each section is headed by a two-digit number and its name ("02 Special
educational needs"), as in a designed template. The plan has no personal budget section
(numbers run 01 to 11)."""

B_DYSC = "Nadia has dyscalculia: she has significant difficulty learning and recalling number facts and carrying out calculations."
B_SIZE = "She has a weak understanding of place value and of the size of numbers, including decimals and fractions."
B_SUBJ = "Her difficulties with number also affect her work in other subjects, for example reading graphs in science and geography."
B_ANX = "Nadia is anxious about maths and about being tested."
B_GLUC = "Nadia's type 1 diabetes affects her learning: when her blood glucose is low or high she loses learning time, finds it hard to concentrate and may not remember what has just been taught."

F_SPEC = "Specialist teaching for dyscalculia. One 45-minute session each week, 1:1, from a specialist teacher holding a recognised qualification in dyscalculia (Level 5 or above)."
F_APP = "Concrete apparatus (Numicon, Dienes and number lines) on Nadia's desk in every maths lesson, with the class teacher modelling its use when new topics are introduced."
F_PRE = "Pre-teaching of new topics where appropriate."
F_ACCESS = "25% extra time and a separate room for internal tests and examinations, with the clock stopped while she checks and treats a low glucose level."
F_PHONE = "Nadia will keep her mobile phone, which receives her glucose readings, with her in every lesson and test; all of her teachers will be told of this by the SENCo at the start of each term."
F_CATCH = "Catch-up support after a hypo as needed."
F_DIFF = "Differentiated work in all lessons."
G_TRAIN = "Training for school staff by the children's diabetes nursing team each September, and refresher training if a new member of staff joins during the year."
G_IHP = "An individual healthcare plan written by the diabetes nurse with the school, reviewed each year and whenever Nadia's treatment changes."

NURSE = "diabetes_nurse_letter.docx"
SCHOOL = "school_advice.pdf"


def _h(sid: str, number: int, name: str) -> tuple:
    return ("H", sid, f"{number:02d} {name}", "h2")


CASE_02 = dict(
    name="case-evalap-02",
    layout="zero-padded-number-headings",
    summary=(
        "Ostwick Metropolitan Borough Council; Nadia Ferreira-Holt, 12, Year 7 at Carrow Vale Academy "
        "(type 1 diabetes on an insulin pump; dyscalculia; maths anxiety). No letters: each section is headed "
        'by a two-digit number and its name ("02 Special educational needs", "06 Special educational provision"); '
        "there is no personal budget section. Diabetes specialist nurse's clinic letter; school advice with a "
        "dyscalculia assessment and a recommendation table with an outcome column."
    ),
    note="Numbers: 01 views (A), 02 needs (B), 03 health needs (C), 04 social care needs (D), 05 outcomes (E), 06 special educational provision (F), 07 health provision (G), 08 and 09 social care provision (H1, H2), 10 placement (I), 11 advice and information (K). There is no personal budget section: section_missing J. Staff diabetes training and the individual healthcare plan are health provision, rightly in 07.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="00757F",
        header="Ostwick MBC  |  Education, Health and Care Plan  |  Nadia Ferreira-Holt",
        footer="Final plan issued 6 November 2026 - page {n} of {m}",
        blocks=[
            ("org", "Ostwick Metropolitan Borough Council"),
            ("title", "My Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Nadia Ferreira-Holt"),
                    ("Date of birth", "3 January 2014"),
                    ("School", "Carrow Vale Academy, Year 7"),
                    (
                        "Case officer",
                        "Mr Dominic Achterberg, 01632 960552, send.casework@example.org",
                    ),
                ],
            ),
            _h("A", 1, "About me: my views, interests and aspirations"),
            (
                "S",
                "A",
                "Nadia enjoys netball, baking with her grandmother and drawing cartoons of her cat.",
            ),
            (
                "p",
                'She would like to be a vet. Nadia said: "I don\'t want people to make a fuss about my diabetes. I just want maths to make sense." Her parents want her to be safe at school and to get the help she needs in maths before her GCSEs.',
            ),
            _h("B", 2, "Special educational needs"),
            ("b", "Cognition and learning"),
            ("S", "B", B_DYSC),
            ("p", [B_SIZE, B_SUBJ]),
            ("b", "Social, emotional and mental health"),
            ("p", B_ANX),
            ("b", "Physical and medical needs affecting learning"),
            ("p", B_GLUC),
            _h("C", 3, "Health needs related to my special educational needs"),
            (
                "S",
                "C",
                "Nadia has type 1 diabetes, diagnosed in March 2025, and uses an insulin pump and a continuous glucose monitor.",
            ),
            (
                "p",
                "She is under the care of the children's diabetes team at Ostwick Royal Infirmary.",
            ),
            _h("D", 4, "Social care needs"),
            ("S", "D", "Nadia has no social care needs related to her special educational needs."),
            _h("E", 5, "Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 8 Nadia will recall addition and subtraction facts to 20 and use them to solve problems with money.",
            ),
            (
                "p",
                "By the end of Year 8 Nadia will say that she feels able to ask for help in maths lessons.",
            ),
            _h("F", 6, "Special educational provision"),
            (
                "S",
                "F",
                "The following will be provided by Carrow Vale Academy, using its notional SEN budget and top-up funding from the council at Band 3.",
            ),
            (
                "grid",
                [
                    ["Provision", "Outcome it supports"],
                    [("F", F_SPEC, True), "Number facts and money"],
                    [("F", F_APP, True), "Number facts and money"],
                    [("F", F_PRE, False), "Asking for help in maths"],
                    [("F", F_ACCESS, True), "Number facts and money"],
                    [("F", F_PHONE, True), "Safety and attendance"],
                    [("F", F_CATCH, False), "Safety and attendance"],
                    [("F", F_DIFF, False), "All outcomes"],
                ],
                [0.72, 0.28],
            ),
            _h("G", 7, "Health provision"),
            ("S", "G", G_TRAIN),
            ("p", G_IHP),
            ("p", "Diabetes clinic review every three months at Ostwick Royal Infirmary."),
            _h(
                "H1",
                8,
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "No provision is required under this Act."),
            _h("H2", 9, "Other social care provision"),
            ("S", "H2", "No other social care provision is needed at this time."),
            _h("I", 10, "Placement"),
            ("S", "I", "Carrow Vale Academy (academy, mainstream, 11 to 16)."),
            _h("K", 11, "Advice and information"),
            (
                "S",
                "K",
                "Letter from the children's diabetes specialist nurse (14 October 2026); school advice from Carrow Vale Academy (September 2026); parental views (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=NURSE,
            sans=True,
            accent="005EB8",
            footer="Ostwick Royal Infirmary NHS Foundation Trust - Children's Diabetes Service",
            blocks=[
                ("org", "Children's Diabetes Service - Ostwick Royal Infirmary"),
                (
                    "small",
                    "Hexley Wing, Ostwick Royal Infirmary, Ostwick QW9 4RF. Diabetes nurses 01632 960631 (Monday to Friday, 9 to 5).",
                ),
                ("small", "Date: 14 October 2026   Our ref: NFH/CDS/22"),
                ("p", "To: SEND Casework Team, Ostwick MBC"),
                ("b", "Nadia FERREIRA-HOLT   DOB 03/01/2014   Hospital no. OR4471902"),
                (
                    "p",
                    "Diagnosis: type 1 diabetes (March 2025). Treatment: insulin pump (hybrid closed loop) and continuous glucose monitor (CGM).",
                ),
                (
                    "p",
                    "I am writing as Nadia's diabetes specialist nurse to give advice for her EHC needs assessment. I saw Nadia with her father in clinic on 9 October and visited Carrow Vale Academy on 12 October.",
                ),
                ("b", "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Nadia was diagnosed with type 1 diabetes in March 2025 after a short admission with diabetic ketoacidosis.",
                            "history",
                        ),
                        (
                            "X",
                            "She moved from injections to an insulin pump and a continuous glucose monitor in January 2026.",
                            "history / treatment",
                        ),
                        (
                            "X",
                            "Her HbA1c at the October clinic was 62 mmol/mol, higher than we would like but an improvement on 71 mmol/mol in June.",
                            "test result",
                        ),
                    ],
                ),
                ("b", "How her diabetes affects her at school"),
                (
                    "p",
                    [
                        (
                            "N",
                            "When her glucose is low or high Nadia finds it hard to concentrate and often cannot remember what she has just been taught, and after a hypo it takes her 30 to 45 minutes to recover fully.",
                            "health",
                            B_GLUC,
                        ),
                        "Her CGM data show two or three hypos in most school weeks, usually late in the morning and after PE.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Nadia is not yet confident to count the carbohydrate in her lunch on her own, because she finds the calculation from the food label difficult.",
                            "cognition_learning",
                            None,
                        ),
                        "At clinic she estimated a 60g portion of pasta as 200g.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She has become embarrassed about checking her glucose in front of other pupils and has started to skip checks before lunch.",
                            "semh",
                            None,
                        ),
                        "Her father tells me she has stopped going to the after-school netball club for the same reason.",
                    ],
                ),
                (
                    "p",
                    [
                        "We discussed two ways of managing the check before lunch: Nadia could go to the medical room with the first-aider, or she could check her phone discreetly in class with a nominated adult who confirms the dose.",
                        (
                            "X",
                            "Nadia and her father prefer the second, and I agree; this will be written into her individual healthcare plan.",
                            "health arrangement: options discussed, for the healthcare plan",
                        ),
                    ],
                ),
                ("b", "Advice"),
                (
                    "p",
                    [
                        (
                            "R",
                            "All staff who teach Nadia, and at least three named members of support staff, should be trained by our team in recognising and treating hypoglycaemia; we will deliver this at the start of each school year.",
                            "health",
                            "not_educational",
                            G_TRAIN,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "An individual healthcare plan will be written with the school and reviewed each year.",
                            "health",
                            "not_educational",
                            G_IHP,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Nadia must be allowed to keep her phone, which receives her CGM readings, with her in all lessons and in exams.",
                            "health",
                            "specific",
                            F_PHONE,
                        ),
                        "Alarms are set at 4.0 and 14.0 mmol/L.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "After a hypo she should be given the time to catch up on the work she missed, with a member of staff going over the key points of the lesson with her later that day, rather than being expected to carry on as if nothing had happened.",
                            "cognition_learning",
                            "not_specific",
                            F_CATCH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "I wonder whether Nadia's difficulty with numbers, which school have now assessed, is part of why carbohydrate counting has been so hard for her.",
                        (
                            "R",
                            "She would benefit from a short programme in school on carbohydrate counting, linked to her maths work on estimation and reading scales, two sessions a week for half a term, which the school's maths intervention teacher could deliver using our dietitian's materials.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    "I am happy to discuss this letter. Please contact me on the number above.",
                ),
                ("p", "Kind regards,"),
                ("b", "Lorraine Bakshi RN"),
                ("p", "Children's Diabetes Specialist Nurse"),
                (
                    "small",
                    "cc: Dr S. Varga, Consultant Paediatrician; Mr and Mrs Ferreira-Holt; GP",
                ),
            ],
        ),
        dict(
            file=SCHOOL,
            footer="Carrow Vale Academy - school advice - Nadia Ferreira-Holt - page {n} of {m}",
            blocks=[
                ("org", "Carrow Vale Academy - Learning Support Department"),
                ("title", "School advice: Nadia Ferreira-Holt (Year 7)"),
                (
                    "small",
                    "Prepared by Mr Gareth Lindqvist, SENCo, and Ms Priya Raman, specialist teacher (dyscalculia), 29 September 2026",
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        "Nadia joined Carrow Vale in September 2026 from Ostwick Park Primary School, where she had small-group maths support in Years 5 and 6.",
                        (
                            "X",
                            "Her reading and writing are at the expected level for her age and are not a concern.",
                            "strength",
                        ),
                        (
                            "X",
                            "She is polite, well organised and well liked by her form group, and she has joined the art club.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "2. Assessment of mathematics"),
                (
                    "p",
                    [
                        "Ms Raman assessed Nadia over two sessions in September.",
                        (
                            "X",
                            "On the Dyscalculia Screener Nadia's standard scores were 74 for number comparison and 69 for arithmetic, with a reaction-time profile consistent with dyscalculia.",
                            "test result",
                        ),
                        "Her score on the Progress Test in Maths placed her at the 4th centile.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Nadia does not yet have secure number bonds to 10 and counts on her fingers for single-digit addition.",
                            "cognition_learning",
                            B_DYSC,
                        ),
                        (
                            "N",
                            "She has little sense of the size of numbers; for example she could not say whether 0.5 or 0.25 was larger, or estimate roughly where 70 sits on a line from 0 to 100.",
                            "cognition_learning",
                            B_SIZE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Reading the time on an analogue clock and working with money are both difficult for her, which affects her independence, for example when she pays for lunch at the canteen till or works out how long is left of a test.",
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
                            "In science and geography she struggles with graphs and tables of data, and her teachers report that she copies them down without being able to say what they show.",
                            "cognition_learning",
                            B_SUBJ,
                        ),
                        (
                            "N",
                            "Nadia becomes anxious in maths lessons and has started to ask to go to the medical room when a maths test is announced.",
                            "semh",
                            B_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    "We considered whether Nadia's low glucose levels explain her maths difficulties. They do not: her difficulties with number were recorded at primary school in 2023, before her diagnosis, and they are the same when her glucose is in range.",
                ),
                ("h", 2, "3. Support in place this term"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Nadia is in a smaller maths set of 16 pupils with a teaching assistant, and she has a medical room pass.",
                            "support already in place",
                        ),
                        "Her glucose is checked with a member of the first aid team before lunch.",
                    ],
                ),
                ("h", 2, "4. Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Frequency", "By whom", "Expected outcome"],
                        [
                            (
                                "R",
                                "Specialist 1:1 teaching for dyscalculia",
                                "cognition_learning",
                                "less",
                                F_SPEC,
                            ),
                            "Two 45-minute sessions a week",
                            "Specialist teacher with a qualification in dyscalculia",
                            "Recall of number facts to 20 within a year",
                        ],
                        [
                            (
                                "R",
                                "Concrete apparatus (Numicon, Dienes, number lines) available in every maths lesson",
                                "cognition_learning",
                                "specific",
                                F_APP,
                            ),
                            "Every maths lesson",
                            "Class teacher",
                            "Uses apparatus to check answers without prompting",
                        ],
                        [
                            (
                                "R",
                                "Pre-teaching of the vocabulary and key ideas of each new maths unit",
                                "cognition_learning",
                                "not_specific",
                                F_PRE,
                            ),
                            "Two 20-minute sessions before each new unit",
                            "Maths teaching assistant",
                            "Nadia answers a question in class at least once a week",
                        ],
                        [
                            (
                                "R",
                                "Extra time (25%) and a separate room for tests, with time stopped for glucose checks",
                                "cognition_learning",
                                "specific",
                                F_ACCESS,
                            ),
                            "All internal tests and exams",
                            "Exams officer",
                            "Test results reflect what Nadia knows",
                        ],
                        [
                            (
                                "R",
                                "Sessions with the ELSA to talk about maths anxiety and about managing her diabetes in front of friends",
                                "semh",
                                "missing_from_f",
                            ),
                            "Weekly, 30 minutes, for a term",
                            "Emotional literacy support assistant",
                            "Nadia stays in maths lessons when a test is announced",
                        ],
                    ],
                    [0.36, 0.2, 0.2, 0.24],
                ),
                (
                    "X",
                    "We do not recommend withdrawing Nadia from her modern foreign language to create more maths time; she enjoys Spanish and is doing well in it.",
                    "option considered and not recommended",
                ),
                ("p", "Gareth Lindqvist, SENCo. Telephone 01632 960788."),
            ],
        ),
    ],
)
