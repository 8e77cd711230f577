# ruff: noqa: E501
"""case-evalx-03: Salterford City Council; Zain Haddad-Price, 12, Year 7, type 1 diabetes
and ADHD. Layout "portal-tabs-breadcrumbs": the plan was printed from the council's web
portal, one tab to a page; a tab strip at the top of each page marks the tab printed, and
each section is headed by the portal's breadcrumb ("Needs > Section B > Special
educational needs"). The plan muddles health and education: its Health tab holds Section
C only, with health provision and one piece of teaching written into it, health care
provision is written into F, and there is no Section G."""

from marks import head, need, non, prov, rec, sect

B_ADHD = "Zain has difficulties with attention and working memory, and has been diagnosed with ADHD (predominantly inattentive type)."
B_PROC = "He processes information slowly and needs more time than his classmates to complete written tasks."
B_ORG = "Zain finds it hard to organise himself, his equipment and his homework."
B_GAPS = "He has gaps in his learning, particularly in mathematics, because of time missed from school since his diabetes was diagnosed in 2022."
B_DIAB = "Zain has type 1 diabetes, which can affect his concentration when his blood glucose is too high or too low."

F_CHECK = "A named member of staff will meet Zain for 10 minutes on Monday and Wednesday mornings to check his timetable, equipment and homework."
F_INSTR = "In every lesson teachers will give instructions in short steps, backed up in writing, and will post all homework on the school's online learning platform."
F_MATHS = "Maths catch-up in a small group. Three 20-minute sessions a week, with no more than four pupils, led by the maths teaching assistant; the emphasis will be on number facts and fractions."
F_TIME = "Extra time to complete written work as needed."
F_EXAM = "Access arrangements for tests and examinations as assessed by the school."
F_DIAB = (
    "Trained staff to support Zain's diabetes care in line with his individual healthcare plan."
)
F_KIT = "Zain will keep his phone, hypo kit and snacks with him in every lesson, including examinations, and may check his glucose and eat in class at any time."
F_PAST = "Pastoral support from the Year 7 team."

C_CATCH = "Zain will have 30 minutes of catch-up teaching, in the same week, for any lesson he misses because of a hypo or a clinic appointment."

PAED = "paediatric_clinic_letter.docx"
NURSE = "diabetes_nurse_care_plan_summary.pdf"
SCHOOL = "school_advice.docx"

TABS = ["Summary", "About me", "Needs", "Health", "Outcomes", "Provision", "Placement", "Advice"]


def _tabs(current: str) -> list:
    """The portal's tab strip as printed at the top of a page, the printed tab marked."""
    strip = "   |   ".join(f"[ {t} ]" if t == current else t for t in TABS)
    return [("small", strip), ("gap",)]


def _crumb(sid: str, tab: str, letter: str, name: str) -> tuple:
    """A section heading as the portal's breadcrumb."""
    return head(sid, f"{tab} > Section {letter} > {name}", "h3")


CASE = dict(
    name="case-evalx-03",
    layout="portal-tabs-breadcrumbs",
    summary=(
        "Salterford City Council; Zain Haddad-Price, 12, Year 7 at a mainstream academy (type 1 "
        "diabetes on an insulin pump, ADHD diagnosed this year, working memory, slow processing, "
        "gaps in maths, anxiety about hypos, isolation). Printed from the council's portal, one tab "
        'to a page, sections headed by breadcrumbs ("Needs > Section B > Special educational '
        'needs"). Health and education are muddled: no Section G, health care in F, catch-up '
        "teaching in C. Community paediatrician's clinic letter; diabetes nurse specialist's care "
        "plan summary; the academy's SENCo's advice."
    ),
    note=(
        "Headings are the breadcrumbs; the tab strip at the top of each page is navigation. There "
        "is no Section G: the Health tab holds Section C only. Diabetes care written into F is "
        "judged as F provision (the trained-staff line is vague); the nurse's recommendations it "
        "answers are health provision (not_educational). Catch-up teaching written into C is "
        "wrong_section. Methylphenidate, the psychology appointments and the questionnaire for the "
        "paediatrician are health matters."
    ),
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="00566E",
        header="Salterford City Council SEND Hub - Zain Haddad-Price - EHC plan (final, version 2)",
        footer="Printed 12/11/2026 09:14 from sendhub.example.org   {n}/{m}",
        blocks=[
            *_tabs("Summary"),
            ("org", "Salterford City Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Child or young person", "Zain Haddad-Price"),
                    ("Date of birth", "19 March 2014"),
                    ("Plan status", "Final"),
                    ("Date finalised", "10 November 2026"),
                    ("Plan coordinator", "Leonie Baptiste-Orme, 01632 960733"),
                    ("Education setting", "Northgate Academy, Salterford SF6 2LB"),
                ],
            ),
            (
                "small",
                "Use the tabs to move between the parts of the plan. Text entered in each tab is saved automatically.",
            ),
            ("pb",),
            *_tabs("About me"),
            _crumb("A", "About me", "A", "Views, interests and aspirations"),
            (
                "p",
                sect(
                    "A",
                    "Zain likes gaming, drumming and cooking with his grandmother; he would like to be a chef or a sound engineer.",
                ),
            ),
            (
                "p",
                "Zain says he wants teachers to know that he is not lazy when his sugars are off. His parents want him to catch up, to make friends at Northgate and to be safe.",
            ),
            ("pb",),
            *_tabs("Needs"),
            _crumb("B", "Needs", "B", "Special educational needs"),
            ("p", sect("B", B_ADHD)),
            ("p", [B_PROC, B_ORG]),
            ("p", [B_GAPS, B_DIAB]),
            _crumb("D", "Needs", "D", "Social care needs"),
            ("p", sect("D", "Zain has no identified social care needs.")),
            ("pb",),
            *_tabs("Health"),
            _crumb("C", "Health", "C", "Health care needs"),
            (
                "p",
                sect(
                    "C",
                    "Zain has type 1 diabetes, managed with an insulin pump and a continuous glucose monitor, and is under the Salterford Children's Diabetes Team.",
                ),
            ),
            (
                "p",
                "School will follow the individual healthcare plan written by the diabetes nurse specialist, which is reviewed every year.",
            ),
            ("p", C_CATCH),
            (
                "p",
                "Zain was diagnosed with ADHD by the community paediatrician in September 2026 and has started medication, which is given at home.",
            ),
            ("pb",),
            *_tabs("Outcomes"),
            _crumb("E", "Outcomes", "E", "Outcomes"),
            (
                "p",
                sect(
                    "E",
                    "By July 2027 Zain will arrive at every lesson on time with the right equipment on at least four days out of five.",
                ),
            ),
            (
                "p",
                "By July 2027 Zain will be working at the expected level in Year 7 mathematics in number and fractions.",
            ),
            (
                "p",
                "By July 2027 Zain will tell a member of staff when he feels a hypo coming on and treat it himself.",
            ),
            ("pb",),
            *_tabs("Provision"),
            _crumb("F", "Provision", "F", "Special educational provision"),
            ("p", sect("F", prov(F_CHECK, True))),
            ("p", prov(F_INSTR, True)),
            ("p", prov(F_MATHS, True)),
            ("p", prov(F_TIME, False)),
            ("p", prov(F_EXAM, False)),
            ("p", prov(F_DIAB, False)),
            ("p", prov(F_KIT, True)),
            ("p", prov(F_PAST, False)),
            _crumb(
                "H1",
                "Provision",
                "H1",
                "Social care provision (Chronically Sick and Disabled Persons Act 1970)",
            ),
            ("p", sect("H1", "None required.")),
            _crumb("H2", "Provision", "H2", "Other social care provision"),
            ("p", sect("H2", "None required at present.")),
            ("pb",),
            *_tabs("Placement"),
            _crumb("I", "Placement", "I", "Education placement"),
            (
                "p",
                sect(
                    "I",
                    "Northgate Academy, Salterford (mainstream academy for pupils aged 11 to 16).",
                ),
            ),
            _crumb("J", "Placement", "J", "Personal budget"),
            ("p", sect("J", "No personal budget has been requested.")),
            ("pb",),
            *_tabs("Advice"),
            _crumb("K", "Advice", "K", "Advice and information"),
            (
                "p",
                sect(
                    "K",
                    "Community paediatric clinic letter (September 2026); diabetes nurse specialist care plan summary (August 2026); educational psychology advice (June 2026); Northgate Academy advice (October 2026).",
                ),
            ),
        ],
    ),
    reports=[
        dict(
            file=PAED,
            footer="Salterford Community Paediatrics - Elmfield House - 01632 960820",
            blocks=[
                ("org", "Salterford Community Children's Services - Community Paediatrics"),
                ("small", "Elmfield House, Priory Walk, Salterford SF2 8QT"),
                ("p", "Clinic date: 22 September 2026. Typed: 29 September 2026."),
                ("p", "To: Mr and Mrs Haddad-Price (parents)"),
                (
                    "p",
                    "Copies: Dr A. Lindqvist, Castlegate Medical Practice; SENCo, Northgate Academy; SEND Hub, Salterford City Council; Salterford Children's Diabetes Team",
                ),
                ("b", "Zain Haddad-Price, born 19/03/2014"),
                ("b", "Diagnoses"),
                (
                    "num",
                    [
                        "Attention deficit hyperactivity disorder, predominantly inattentive presentation (new)",
                        "Type 1 diabetes (2022), under the Children's Diabetes Team",
                        "Working memory and processing speed difficulties (educational psychology assessment, June 2026)",
                    ],
                ),
                ("b", "Medication"),
                ("p", "Methylphenidate modified release 18 mg each morning (started today)."),
                ("p", "Dear Mr and Mrs Haddad-Price,"),
                (
                    "p",
                    [
                        "Thank you for bringing Zain to clinic to discuss the results of his ADHD assessment, which included questionnaires from home and school, my observation of him in two lessons on 8 September and the developmental history you gave me in July.",
                        non(
                            "There were no concerns about his development in early childhood, and his hearing and vision are normal.",
                            "history and test results",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "On the school's Conners questionnaire and in my observation at school, Zain was inattentive and easily distracted, and he lost the thread of any instruction with more than two parts.",
                            "cognition_learning",
                            B_ADHD,
                        ),
                        "Your own questionnaire told the same story at home.",
                        non(
                            "I have therefore made a diagnosis of ADHD, predominantly inattentive presentation.",
                            "diagnosis, stated in B",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "Since starting at Northgate he is often late to lessons because he forgets his timetable and goes to the wrong room, and he has had eleven detentions this half-term for missing equipment.",
                            "cognition_learning",
                            B_ORG,
                        ),
                        need(
                            "His maths teacher says he is about two years behind, with gaps in times tables and fractions from the time he missed in Years 4 and 5.",
                            "cognition_learning",
                            B_GAPS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "He writes slowly and produces much less than his classmates in the time given, which fits with the slow processing speed the educational psychologist found.",
                            "cognition_learning",
                            B_PROC,
                        ),
                        need(
                            "Zain told me that he has no friends in his new school, and his mother says he eats his lunch alone and has become quiet and withdrawn at home since September.",
                            "semh",
                        ),
                    ],
                ),
                (
                    "p",
                    "On examination Zain was well and cooperative. His height and weight are on the 50th centile, his blood pressure was normal and his neurological examination was normal.",
                ),
                (
                    "p",
                    "We talked about how his diabetes and his ADHD can affect each other: a high or low glucose level makes concentration harder, and a distracted child can forget to check or to eat. His diabetes team are aware of today's diagnosis.",
                ),
                ("b", "Plan"),
                (
                    "num",
                    [
                        rec(
                            "I have started methylphenidate as above; the dose is given at home and school does not need to give any medication.",
                            "health",
                            "not_educational",
                        ),
                        rec(
                            "Zain should have catch-up teaching for any lesson he misses because of a hypo or a clinic appointment, within the same week.",
                            "cognition_learning",
                            "wrong_section",
                            C_CATCH,
                            section="C",
                        ),
                        rec(
                            "He would benefit from a check-in with a named adult at the start of every school day, to go through his timetable, equipment and homework.",
                            "cognition_learning",
                            "less",
                            F_CHECK,
                        ),
                        rec(
                            "Instructions should be given one step at a time and backed up in writing, and homework should be posted online as well as given out in class.",
                            "cognition_learning",
                            "specific",
                            F_INSTR,
                        ),
                        rec(
                            "I would recommend that school considers access arrangements for examinations, including 25% extra time and supervised rest breaks.",
                            "cognition_learning",
                            "not_specific",
                            F_EXAM,
                        ),
                        rec(
                            "A quiet space at lunchtime, such as a club or the library, where Zain can eat with a small group of pupils with an adult present, on at least three days a week.",
                            "semh",
                            "missing_from_f",
                        ),
                        rec(
                            "I would be grateful if his form tutor could complete the teacher questionnaire again in six weeks, so that I can judge the effect of the medication.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        non(
                            "I did not find any features of autism or of a specific language difficulty, and I do not think further assessment for these is needed.",
                            "conditions ruled out",
                        ),
                        "I will see Zain again in clinic in three months.",
                    ],
                ),
                ("p", "Yours sincerely,"),
                ("p", "Dr Yewande Fairclough-Ansah, Consultant Community Paediatrician"),
            ],
        ),
        dict(
            file=NURSE,
            footer="Salterford Children's Diabetes Team - individual healthcare plan summary - {n} of {m}",
            blocks=[
                ("org", "Salterford Children's Hospital - Children's Diabetes Team"),
                ("title", "Individual healthcare plan: summary for school and for the EHC plan"),
                (
                    "small",
                    "Zain Haddad-Price, DOB 19/03/2014. Prepared by Ffion Adeleke-Morgan, Paediatric Diabetes Specialist Nurse, 28 August 2026, after a school visit and a meeting with Zain and his mother. Telephone 01632 960902.",
                ),
                ("h", 2, "About Zain's diabetes"),
                (
                    "p",
                    [
                        non(
                            "Zain uses an insulin pump and a continuous glucose monitor that sends his readings to his phone and to his mother's phone.",
                            "health background, in C",
                        ),
                        non(
                            "His HbA1c in July was 62 mmol/mol, a little above his target of 48 to 58.",
                            "test result",
                        ),
                        "He counts carbohydrates well and gives his own boluses, although he sometimes forgets to bolus for snacks.",
                    ],
                ),
                ("h", 2, "Daily care in school"),
                (
                    "grid",
                    [
                        ["When", "What", "Who"],
                        [
                            "Before morning break",
                            "Check glucose on phone; snack if below 6",
                            "Zain, prompted by class teacher if needed",
                        ],
                        [
                            "Before lunch",
                            "Check glucose, count carbohydrates, bolus",
                            "Zain, with a trained adult checking the dose",
                        ],
                        [
                            "Before PE",
                            "Check glucose; 15 g snack if below 7; do not start if below 4",
                            "Zain and PE teacher",
                        ],
                        [
                            "Any time",
                            "Treat a hypo (below 4) with glucose tablets, recheck after 15 minutes",
                            "Zain, with a trained adult staying with him",
                        ],
                    ],
                    [0.22, 0.48, 0.30],
                ),
                (
                    "p",
                    "A hypo should always be treated where Zain is; he should never be sent to the office alone while low. If his glucose is above 14 for more than two hours, or if he feels sick, school should check his ketones and phone his parents.",
                ),
                ("h", 2, "How diabetes is affecting Zain in school"),
                (
                    "p",
                    [
                        need(
                            "When his glucose is high Zain finds it very hard to concentrate and may put his head on the desk, and some staff have taken this for laziness.",
                            "health",
                            B_DIAB,
                        ),
                        need(
                            "After a night-time hypo he is often too tired to take much in during the first lesson of the day.",
                            "health",
                            B_DIAB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "Zain has become very anxious about having a hypo in front of other pupils, and he has started to skip lunch and to sit out of PE so that his glucose stays high.",
                            "semh",
                        ),
                        "This is not safe in the long term and was the main thing his mother wanted to discuss with me.",
                    ],
                ),
                (
                    "p",
                    non(
                        "His primary school managed his diabetes very well, and he had no severe hypos in school in Years 5 and 6.",
                        "history of support",
                    ),
                ),
                ("h", 2, "What Zain needs in school"),
                (
                    "bul",
                    [
                        rec(
                            "At least three members of staff should be trained by the diabetes team each year in Zain's pump and glucose monitor, and every adult who teaches him should know how to recognise and treat a hypo.",
                            "health",
                            "not_educational",
                            F_DIAB,
                            section="F",
                        ),
                        rec(
                            "Zain must be allowed to carry his phone, hypo treatment and snacks at all times, and to eat or check his glucose in any lesson, including exams.",
                            "health",
                            "not_educational",
                            F_KIT,
                            section="F",
                        ),
                        rec(
                            "PE staff should check his glucose with him before each lesson and follow the table above.",
                            "health",
                            "not_educational",
                        ),
                        rec(
                            "In school, Zain needs a trusted adult he can talk to about his worries about his diabetes, ideally once a week, and a plan for where he can eat lunch without feeling watched.",
                            "semh",
                            "not_specific",
                            F_PAST,
                        ),
                        rec(
                            "Zain has been referred to the diabetes team's psychologist, who will see him in clinic this term.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        non(
                            "A move from his pump to injections was discussed, because of the pump alarms in class, but Zain wants to keep the pump and we agree.",
                            "option considered and not recommended",
                        ),
                        "This plan will be reviewed in August 2027 or sooner if his treatment changes.",
                    ],
                ),
            ],
        ),
        dict(
            file=SCHOOL,
            sans=True,
            accent="7A1F2B",
            footer="Northgate Academy - SEND department - advice for EHC plan review",
            blocks=[
                ("org", "Northgate Academy"),
                ("title", "School advice: Zain Haddad-Price, Year 7"),
                (
                    "small",
                    "Completed by Owain Castlereagh-Bello, SENCo, with contributions from Zain's form tutor and his maths, English and PE teachers. 14 October 2026.",
                ),
                ("h", 2, "Attainment on entry"),
                (
                    "grid",
                    [
                        ["Subject", "Key stage 2 result", "Northgate baseline (September 2026)"],
                        ["Reading", "Scaled score 101", "Standard age score 97"],
                        ["Mathematics", "Scaled score 92", "Standard age score 84"],
                        ["Writing", "Working towards", "Not tested"],
                    ],
                    [0.3, 0.3, 0.4],
                ),
                (
                    "p",
                    non(
                        "Zain's reading is at the expected level for his age, and his English teacher describes his spoken answers as thoughtful.",
                        "strength and attainment",
                    ),
                ),
                ("h", 2, "What staff have noticed this half-term"),
                (
                    "bul",
                    [
                        need(
                            "loses track of which lesson is next and arrives late or in the wrong room, several times a week",
                            "cognition_learning",
                            B_ORG,
                        ),
                        need(
                            "In maths he does not yet know his times tables and cannot add or compare simple fractions, which Year 7 work assumes.",
                            "cognition_learning",
                            B_GAPS,
                        ),
                        "has settled into his tutor group and is polite to staff",
                        non(
                            "His diabetes has been well managed in school so far, with two mild hypos treated in class without fuss.",
                            "health managed; no current need",
                        ),
                    ],
                ),
                ("h", 2, "Support in place now (SEN support)"),
                (
                    "grid",
                    [
                        ["Support", "How often", "Impact so far"],
                        [
                            "Year 7 maths catch-up group",
                            "Three 20-minute sessions a week since 29 September",
                            "Too early to judge",
                        ],
                        [
                            "Homework club",
                            "Tuesday and Thursday after school",
                            "Zain has attended twice",
                        ],
                        [
                            "Equipment kept in his form room",
                            "Daily",
                            non(
                                "Fewer detentions for missing equipment since the box was set up.",
                                "impact of support already in place",
                            ),
                        ],
                    ],
                    [0.38, 0.32, 0.30],
                ),
                ("h", 2, "What we think Zain needs"),
                (
                    "p",
                    [
                        rec(
                            "We would ask that Zain continues in the Year 7 maths catch-up group, three 20-minute sessions a week, for the rest of this year.",
                            "cognition_learning",
                            "specific",
                            F_MATHS,
                        ),
                        rec(
                            "He should be given printed copies of the lesson slides in every subject, so that he does not have to copy from the board.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    "We have not recommended a reduced timetable. Zain wants to take all of his subjects, and his attendance (96%) shows that he can manage a full week when his diabetes is stable.",
                ),
            ],
        ),
    ],
)
