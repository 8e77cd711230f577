# ruff: noqa: E501
"""Set W as data: young people aged 16 to 25 after a tribunal decision or a re-assessment,
in layouts no earlier set has: an amended plan carrying the tribunal's ordered wording in
bold square brackets after the sentences it changes, and a plan written throughout in the
young person's first person.

Every name, council, college, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalw-01: Harlowmere County Council; Callum Ferris-Doyle, 17, general FE college
# layout "tribunal-order-amendments-inline": the original text kept, the tribunal's
# ordered wording added in bold square brackets after the sentences it changes.
# ---------------------------------------------------------------------------

ORDER = "[Amended by order of the Tribunal dated 14 July 2026:"

B1_LIT = (
    "The young person has literacy difficulties and needs reading material to be made accessible."
)
B1_WM = "He has difficulties with working memory and may need instructions repeated."
B1_ANX = "The young person can become anxious in busy, unstructured parts of the college day, such as lunchtime."
B1_MOOD = "His emotional wellbeing has been affected by the disruption to his education and he has at times been low in mood."
B1_NOISE = "The young person is sensitive to noise."
B1_ORG = "He needs support to plan, start and finish written coursework."

F1_LSA = "The young person will have in-class support from a learning support assistant in English and maths sessions for four hours a week."
F1_EXAM = "The young person will have a reader and 25% extra time in all college assessments and examinations, arranged by the college's exams officer."
F1_WELL = "The young person will have access to the college's wellbeing team."
F1_INSTR = "Tutors will give the young person written instructions for every practical task, broken into steps of no more than two actions."
F1_QUIET = "The young person will be able to use the Learning Hub as a quiet base at break and lunchtime, and will have a time-out card for use in lessons."
F1_COURSE = "A weekly 45-minute one-to-one coursework planning session with a named study skills tutor, to plan, start and review each written assignment."
F1_PFA = "Support to prepare for adulthood will be provided as appropriate."
G1_SOCIAL = "The young person will attend the college's weekly social communication group, run by the Harlowmere autism outreach practitioner, to practise recognising when others may be taking advantage of him."
G1_CMHT = "The GP has referred the young person to the Harlowmere Young Adults Mental Health Team for assessment of his low mood."

LSM1 = "college_report.docx"
PSY1 = "psychology_report.pdf"


def _head(sid: str, text: str) -> tuple:
    return ("H", sid, text, "h2")


def _order(*pieces) -> tuple:
    """The tribunal's ordered wording in bold square brackets after what it changes."""
    return ("b", [ORDER, *pieces, "]"])


CASE_01 = dict(
    name="case-evalw-01",
    layout="tribunal-order-amendments-inline",
    summary=(
        "Harlowmere County Council; Callum Ferris-Doyle, 17, Level 1 construction at Brackenfield "
        "College (literacy, working memory, autism, anxiety and low mood). The final plan as amended "
        "to follow a tribunal order: the original wording is kept and the Tribunal's ordered wording "
        'follows in bold square brackets ("[Amended by order of the Tribunal dated 14 July 2026: ...]"). '
        "College learning support manager's report; independent clinical psychologist's report with "
        "numbered paragraphs."
    ),
    note="The bracketed wording ordered by the Tribunal is part of the plan; where it adds a provision to F, that provision is the bracketed sentence. The social communication group is placed in G (wrong_section); the mental health referral in G is health provision.",
    plan=dict(
        file="plan.docx",
        footer="Harlowmere County Council - EHC plan (amended following Tribunal order) - Callum Ferris-Doyle",
        blocks=[
            ("org", "Harlowmere County Council - SEND 16-25 Team"),
            ("title", "Education, Health and Care Plan (amended)"),
            (
                "small",
                "Callum Ferris-Doyle   Date of birth: 19 April 2009   Plan first issued: 2 February 2026",
            ),
            (
                "small",
                "Amended: 8 September 2026, to give effect to the order of the First-tier Tribunal (SEND) dated 14 July 2026",
            ),
            (
                "i",
                "This plan has been amended only as the Tribunal ordered. Wording ordered by the Tribunal is shown in bold square brackets after the text it changes. The rest of the plan is unchanged.",
            ),
            _head("A", "Section A: The views, interests and aspirations of the young person"),
            (
                "S",
                "A",
                "The young person wants to become a bricklayer and to work with his uncle's building firm.",
            ),
            (
                "p",
                "He enjoys practical work, football and fixing bikes. He says he does not like being 'singled out' in class.",
            ),
            _head("B", "Section B: The young person's special educational needs"),
            ("S", "B", B1_LIT),
            _order(
                "The young person reads at about the level of a nine-year-old and cannot read course handouts or assessment briefs without support."
            ),
            ("p", [B1_WM, B1_ORG]),
            ("p", B1_ANX),
            ("b", "[Amended by order of the Tribunal dated 14 July 2026: the following is added.]"),
            (
                "b",
                "The young person has a diagnosis of autism, made in March 2026; he finds it hard to read other people's intentions in social situations.",
            ),
            ("p", [B1_MOOD, B1_NOISE]),
            _head("C", "Section C: Health needs which relate to the young person's SEN"),
            (
                "S",
                "C",
                "The young person was diagnosed with autism in March 2026 by the Harlowmere Neurodevelopmental Service.",
            ),
            _head("D", "Section D: Social care needs which relate to the young person's SEN"),
            ("S", "D", "The young person has no assessed social care needs."),
            _head("E", "Section E: Outcomes, including preparing for adulthood"),
            (
                "S",
                "E",
                "By July 2027 the young person will complete Level 1 in bricklaying and pass Functional Skills English at Entry Level 3.",
            ),
            (
                "p",
                "Preparing for adulthood (employment): by July 2028 the young person will complete a supported work placement with a local building firm.",
            ),
            (
                "p",
                "Preparing for adulthood (independent living): by July 2027 the young person will buy his own lunch and check his change.",
            ),
            _head("F", "Section F: Special educational provision"),
            ("S", "F", "Brackenfield College will make the following provision during term time."),
            ("bul", [("F", F1_INSTR, True), ("F", F1_WELL, False), ("F", F1_QUIET, True)]),
            ("p", "The young person will have support in English and maths sessions."),
            _order("The sentence above is replaced by:", ("F", F1_LSA, True)),
            ("p", "The young person will have exam access arrangements."),
            _order("The sentence above is replaced by:", ("F", F1_EXAM, True)),
            _order(("F", F1_COURSE, True)),
            ("p", ("F", F1_PFA, False)),
            _head("G", "Section G: Health provision"),
            ("S", "G", G1_CMHT),
            ("p", G1_SOCIAL),
            _head(
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None."),
            _head("H2", "Section H2: Other social care provision"),
            ("S", "H2", "No other social care provision is required."),
            _head("I", "Section I: Placement"),
            (
                "S",
                "I",
                "Brackenfield College, Quarry Road, Brackenfield HF9 2WD (general further education college), full-time study programme.",
            ),
            _head("J", "Section J: Personal budget"),
            ("S", "J", "The young person has not asked for a personal budget."),
            _head("K", "Section K: Advice and information"),
            (
                "S",
                "K",
                "College learning support report (May 2026); independent clinical psychology report (April 2026), accepted by the Tribunal; Tribunal order dated 14 July 2026.",
            ),
        ],
    ),
    reports=[
        dict(
            file=LSM1,
            footer="Brackenfield College - Learning Support",
            blocks=[
                ("org", "Brackenfield College - Learning Support Department"),
                ("title", "Learning support report: Callum Ferris-Doyle"),
                (
                    "kv",
                    [
                        ("Student", "Callum Ferris-Doyle, born 19 April 2009"),
                        (
                            "Course",
                            "Level 1 Diploma in Construction (bricklaying), with English and maths",
                        ),
                        ("Written by", "Denise Arkwright, Learning Support Manager, May 2026"),
                    ],
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Callum joined us in September 2025 from Hollins Lane Academy, where he had SEN support but no plan.",
                            "history",
                        ),
                        (
                            "X",
                            "His attendance in the autumn term was 71%, and it has risen to 86% since the Learning Hub began offering him a base at lunchtime.",
                            "progress / support already in place",
                        ),
                    ],
                ),
                ("h", 2, "Strengths"),
                (
                    "p",
                    [
                        (
                            "X",
                            "In the workshop Callum is careful and accurate, and his tutor describes his brickwork as among the neatest in the group.",
                            "strength",
                        ),
                        (
                            "X",
                            "He is polite to staff and will help other students set up their tools.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Areas of difficulty"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Callum's reading is well below what his course demands, and he cannot read the assessment briefs or health and safety sheets without someone reading them to him.",
                            "cognition_learning",
                            B1_LIT,
                        ),
                        (
                            "N",
                            "He has handed in two of the seven written assignments due this year; staff report that he sits with the brief in front of him but does not know how to begin.",
                            "cognition_learning",
                            B1_ORG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Lunchtime in the main refectory is very difficult for him, and on four occasions this year he has left the site without telling anyone.",
                            "semh",
                            B1_ANX,
                        ),
                        (
                            "N",
                            "Callum cannot yet manage money: he does not check his change and has twice been short-changed in the college shop.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "The earlier difficulty with wearing safety boots, which he found uncomfortable, was resolved in the autumn with a different make.",
                        "resolved difficulty",
                    ),
                ),
                ("h", 2, "Support currently in place"),
                (
                    "grid",
                    [
                        ["Support", "Since", "Effect"],
                        [
                            (
                                "X",
                                "Learning Hub base at lunchtime",
                                "support already in place (table)",
                            ),
                            "November 2025",
                            (
                                "X",
                                "No longer leaves site at lunch on the days he uses it",
                                "outcome column",
                            ),
                        ],
                        [
                            "Reader in English lessons (shared with two others)",
                            "January 2026",
                            (
                                "X",
                                "Engages better, though the reader is not always available",
                                "outcome column",
                            ),
                        ],
                    ],
                    [5.5, 3, 7.5],
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "A learning support assistant should be with Callum in every English and maths session, which is six hours a week on his timetable.",
                            "cognition_learning",
                            "less",
                            F1_LSA,
                        ),
                        (
                            "R",
                            "He will need a reader and 25% extra time for all assessments and examinations.",
                            "cognition_learning",
                            "specific",
                            F1_EXAM,
                        ),
                        (
                            "R",
                            "Independent travel training from the college's travel trainer, two sessions a week for one term, so that Callum can get to his work placement on the bus.",
                            "other",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Continued access to the Learning Hub as a quiet base at break and lunchtime.",
                            "semh",
                            "specific",
                            F1_QUIET,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "We considered moving Callum to the foundation learning department but do not recommend it, because he is managing the practical content of his course well.",
                        "option considered and not recommended",
                    ),
                ),
                (
                    "p",
                    "Denise Arkwright, Learning Support Manager. Telephone 01632 960522. learning.support@brackenfield.example.org",
                ),
            ],
        ),
        dict(
            file=PSY1,
            footer="Dr R. Okafor-Lyle, Consultant Clinical Psychologist - Callum Ferris-Doyle - page {n} of {m}",
            blocks=[
                ("org", "Dr Rosalind Okafor-Lyle DClinPsy, Consultant Clinical Psychologist"),
                ("small", "Independent practice, 4 Tanner's Yard, Kelbrook AC7 3PL"),
                ("title", "Psychological report on Callum Ferris-Doyle"),
                (
                    "small",
                    "Instructed by Callum's mother for the appeal to the First-tier Tribunal. Assessed 3 and 10 April 2026.",
                ),
                ("h", 2, "1. Instructions and sources"),
                (
                    "np",
                    "1.1",
                    "I was asked to assess Callum's cognitive profile, social communication and emotional wellbeing, and to say what provision he needs to make progress at college.",
                ),
                (
                    "np",
                    "1.2",
                    (
                        "X",
                        "I read the college's learning support records, the school records from Hollins Lane Academy and the plan issued in February 2026.",
                        "sources",
                    ),
                ),
                ("h", 2, "2. Assessment results"),
                (
                    "np",
                    "2.1",
                    (
                        "X",
                        "On the WAIS-IV Callum's Verbal Comprehension Index was 84 and his Perceptual Reasoning Index 97, both within or near the average range.",
                        "test result",
                    ),
                ),
                (
                    "np",
                    "2.2",
                    (
                        "X",
                        "His Working Memory Index was 70, at the 2nd percentile, and his Processing Speed Index 79.",
                        "test result",
                    ),
                ),
                (
                    "np",
                    "2.3",
                    (
                        "N",
                        "In practical terms, Callum loses track of spoken instructions of more than two steps and will often carry out only the first part of a task.",
                        "cognition_learning",
                        B1_WM,
                    ),
                ),
                ("h", 2, "3. Social communication"),
                (
                    "np",
                    "3.1",
                    (
                        "X",
                        "Using the ADOS-2 and a developmental history from his mother, I concluded that Callum meets the criteria for autism spectrum disorder, a conclusion the Harlowmere Neurodevelopmental Service has since confirmed.",
                        "assessment narrative / diagnosis",
                    ),
                ),
                (
                    "np",
                    "3.2",
                    (
                        "N",
                        "Callum finds it hard to judge other people's intentions, and he described two occasions on which older students persuaded him to lend them money he did not get back.",
                        "communication_interaction",
                        "The young person has a diagnosis of autism, made in March 2026; he finds it hard to read other people's intentions in social situations.",
                    ),
                ),
                (
                    "np",
                    "3.3",
                    (
                        "N",
                        "He is very sensitive to sudden loud noise, such as the workshop grinders, and wears ear defenders in the workshop.",
                        "sensory_physical",
                        B1_NOISE,
                    ),
                ),
                ("h", 2, "4. Emotional wellbeing"),
                (
                    "np",
                    "4.1",
                    (
                        "N",
                        "Callum reported low mood on most days for the past six months, with poor sleep and a loss of interest in football, which he used to love.",
                        "semh",
                        B1_MOOD,
                    ),
                ),
                (
                    "np",
                    "4.2",
                    (
                        "X",
                        "In my opinion this is a reaction to repeated failure with written work and to isolation at college rather than a separate depressive illness, though it should be kept under review.",
                        "reasoning / opinion",
                    ),
                ),
                (
                    "np",
                    "4.3",
                    (
                        "N",
                        "He avoids eating in front of other people and has gone without lunch on most college days this term.",
                        "semh",
                        None,
                    ),
                ),
                ("h", 2, "5. Recommendations"),
                (
                    "np",
                    "5.1",
                    (
                        "R",
                        "All practical instructions should be given to Callum in writing as well as spoken, broken into steps of no more than two actions.",
                        "cognition_learning",
                        "specific",
                        F1_INSTR,
                    ),
                ),
                (
                    "np",
                    "5.2",
                    (
                        "R",
                        "Callum should have a weekly 30-minute mentoring session with a named member of the college's wellbeing team, focused on managing anxiety and low mood.",
                        "semh",
                        "not_specific",
                        F1_WELL,
                    ),
                ),
                (
                    "np",
                    "5.3",
                    (
                        "R",
                        "He should attend a small social communication group at college, once a week, led by someone with autism training, to learn to recognise when he is being taken advantage of.",
                        "communication_interaction",
                        "wrong_section",
                        G1_SOCIAL,
                        {"section": "G"},
                    ),
                ),
                (
                    "np",
                    "5.4",
                    (
                        "R",
                        "A weekly one-to-one study skills session of 45 minutes to plan and start each written assignment.",
                        "cognition_learning",
                        "specific",
                        F1_COURSE,
                    ),
                ),
                (
                    "np",
                    "5.5",
                    (
                        "R",
                        "His GP should consider referral to adult mental health services if his low mood has not lifted within three months.",
                        "health",
                        "not_educational",
                        G1_CMHT,
                        {"section": "G"},
                    ),
                ),
                (
                    "np",
                    "5.6",
                    (
                        "R",
                        "At home, Callum's mother may find it useful to agree a simple weekly plan with him on Sunday evenings.",
                        "other",
                        "not_educational",
                    ),
                ),
                (
                    "np",
                    "5.7",
                    (
                        "X",
                        "I considered whether Callum needs a specialist residential college and do not recommend it; he wants to stay with his friends at Brackenfield, and his needs can be met there with the provision above.",
                        "option considered and not recommended",
                    ),
                ),
                ("p", "Dr Rosalind Okafor-Lyle, 24 April 2026. Telephone 01632 960731."),
            ],
        ),
    ],
)

CASES = [CASE_01]
