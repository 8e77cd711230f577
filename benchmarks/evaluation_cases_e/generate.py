#!/usr/bin/env python3
# ruff: noqa: N803, N806, E501, RUF005
"""Generate evaluation set E (case-evale-01 .. case-evale-06) for the plan check.

Independent of the development corpus and of evaluation sets A to D: new councils,
families, schools, professionals, sentences, plan templates and report writing styles.
Everything is invented; postcodes use areas that do not exist (QW, WX, XK, KQ, WQ, QK)
and phone numbers are in the 01632 960xxx range. Document writers and the verifier
follow the design of set D.

    python generate.py              # write the six case folders, then verify them
    python generate.py --no-verify

Needs python-docx and reportlab; verification also needs pypdf. Output is
byte-for-byte repeatable (reportlab invariant mode; fixed .docx zip timestamps and
core properties). Findings are derived from statuses by the corpus README rules.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.sectioned import (  # noqa: E402
    Case,
    Doc,
    main,
    simple_sections,
)

# ===========================================================================
# case-evale-01  Amberside County Council - ordinary Word plan
#   Heading 1 "Section B: Special educational needs"; B as short paragraphs under
#   area labels; F is a 4-column table Area | Provision | How often and how long | Who.
#   Year 5, dyslexia (SpLD) and a tic disorder. Specialist teacher report (PDF,
#   assessment narrative with a scores table), paediatric clinic letter (.docx).
# ===========================================================================


def standard_tail(c: Case, H: dict, head, texts: dict) -> list:
    return simple_sections(c, H, head, texts)


def case_01() -> Case:
    ST, PAED, PLAN = "specialist_teacher_report.pdf", "paediatric_letter.docx", "plan.docx"
    c = Case(
        "case-evale-01",
        PLAN,
        [ST, PAED],
        "Kacper Zielinski, 10, Year 5, mainstream primary. Dyslexia and a tic disorder (Tourette syndrome). "
        "Ordinary Word plan; F is a 4-column table (Area | Provision | How often and how long | Who).",
    )
    titles = [
        ("A", "Views, interests and aspirations"),
        ("B", "Special educational needs"),
        ("C", "Health needs"),
        ("D", "Social care needs"),
        ("E", "Outcomes"),
        ("F", "Special educational provision"),
        ("G", "Health provision"),
        ("H1", "Social care provision (section 2 CSDPA 1970)"),
        ("H2", "Other social care provision"),
        ("I", "Placement"),
        ("J", "Personal budget"),
        ("K", "Advice and information"),
    ]
    H = {sid: c.heading(sid, f"Section {sid}: {t}") for sid, t in titles}
    c.note = "F is a table: f_provisions.text is the Provision cell and specificity is judged on the whole row."

    B_READ = "Kacper reads single words at a level well below that expected for his age, and he relies on guessing from the first letter."
    B_PHON = "He has weak phonological skills and finds it hard to break longer words into syllables or blend sounds together."
    B_SPELL = (
        "Kacper's spelling is weak, and the amount he writes is much less than he can say aloud."
    )
    B_SPEED = "Kacper processes information slowly and becomes stuck when work is timed."
    B_TIC = "Kacper has Tourette syndrome, with motor and vocal tics."
    B_ALOUD = "He is embarrassed by his vocal tics and no longer volunteers to read aloud in class."

    F_LIT = c.f(
        "Structured, cumulative, multisensory literacy programme (e.g. Sound Foundations Plus)",
        True,
        note="Row: 4 x 30 minutes a week, group of three, teaching assistant. Specific, but a TA in a group of three where 1:1 with an SpLD-qualified teacher was recommended.",
    )
    F_TYPE = c.f("Touch-typing practice using a structured online typing course", True)
    F_COPY = c.f(
        "Printed copies of board work and key vocabulary",
        False,
        note="Row says 'where possible' and 'class staff'.",
    )
    F_EXIT = c.f(
        "Exit card allowing Kacper to leave the classroom for the library office (named quiet space) when he feels his tics building, without being asked to explain",
        True,
        note="Specific: an arrangement whose what, where and who are stated; 'whenever he needs it' is the point of the arrangement, not a hedge.",
    )
    F_EMO = c.f("Emotional support", False, note="Row says 'when needed' and 'school staff'.")
    F_REV = c.f("Review of Kacper's reading and spelling progress with standardised tests", True)

    G_TRAIN = "The Tourette specialist nurse will give Kacper's class teacher and teaching assistant a training session on tic disorders before the start of the autumn term."
    G_CLINIC = "Kacper will be seen in the paediatric neurodevelopmental clinic at Amberside General Hospital every six months."

    # ---------------- specialist teacher report (PDF) ----------------
    st = [
        ("org", "Amberside Learning Support Service"),
        (
            "small",
            "Specific Learning Difficulties Team  |  The Old Granary, Pitt Lane, Amberside QW4 2LN  |  01632 960127",
        ),
        ("title", "Specialist Teacher Assessment: Specific Learning Difficulties"),
        (
            "kv",
            [
                ("Pupil", "Kacper Zielinski"),
                ("Date of birth", "14 October 2015"),
                ("School", "St Aldric's CE Primary School, Year 5"),
                ("Assessed by", "Mrs Gwenllian Royce, MA SpLD, AMBDA, APC holder"),
                ("Dates", "3 and 10 March 2026"),
            ],
        ),
        ("h", 2, "1. Reason for assessment"),
        (
            "p",
            "The school asked for an assessment because Kacper has made little progress in reading and spelling despite two years of small-group phonics at SEN Support.",
        ),
        ("h", 2, "2. Test results"),
        (
            "grid",
            [
                ["Test", "Standard score", "Percentile"],
                ["Single word reading (TOWRE-style list)", "76", "5"],
                ["Non-word reading", "71", "3"],
                ["Single word spelling", "74", "4"],
                ["Phonological awareness composite", "78", "7"],
                ["Symbol digit processing speed", "80", "9"],
                ["Verbal reasoning (vocabulary)", "108", "70"],
            ],
            [0.56, 0.22, 0.22],
        ),
        (
            "p",
            "Kacper's verbal reasoning is in the average range, which is a real strength and shows that his literacy difficulties are specific rather than general.",
        ),
        ("h", 2, "3. What I saw in class"),
        (
            "p",
            "I watched a science lesson in which pupils copied a method from the interactive whiteboard. "
            + c.need(
                ST,
                "Kacper lost his place many times when copying from the board and finished only the first three lines.",
                "cognition_learning",
            )
            + " He did not ask for help.",
        ),
        ("h", 2, "4. Summary of needs"),
        (
            "p",
            "In summary, Kacper has a specific learning difficulty (dyslexia). His particular needs are these.",
        ),
        (
            "bul",
            [
                c.need(
                    ST,
                    "His single-word reading is at the 5th percentile, and he guesses words from their first letter.",
                    "cognition_learning",
                    B_READ,
                ),
                c.need(
                    ST,
                    "He has a marked weakness in phonological processing: he cannot reliably blend or segment words of more than two syllables.",
                    "cognition_learning",
                    B_PHON,
                ),
                c.need(
                    ST,
                    "Spelling is a significant difficulty and he avoids words he is unsure of, so his written work is much shorter than his spoken ideas.",
                    "cognition_learning",
                    B_SPELL,
                ),
                c.need(
                    ST,
                    "His processing speed is slow and timed tasks cause him to freeze.",
                    "cognition_learning",
                    B_SPEED,
                ),
            ],
        ),
        ("h", 2, "5. Recommendations"),
        (
            "num",
            [
                c.rec(
                    ST,
                    "Kacper needs a structured, cumulative, multisensory literacy programme delivered 1:1 by a teacher holding an SpLD qualification, four times a week for 30 minutes.",
                    "cognition_learning",
                    "less",
                    F_LIT,
                ),
                c.rec(
                    ST,
                    "Teach touch-typing for 15 minutes every day using a structured typing course, so that by Year 7 he can type faster than he can write.",
                    "cognition_learning",
                    "specific",
                    F_TYPE,
                ),
                c.rec(
                    ST,
                    "Give him printed copies of board work and key vocabulary so that he never has to copy from the board.",
                    "cognition_learning",
                    "not_specific",
                    F_COPY,
                ),
                c.rec(
                    ST,
                    "Allow 25% extra time and a reader for all tests and assessments, including end of key stage tests.",
                    "cognition_learning",
                    "missing_from_f",
                ),
                c.rec(
                    ST,
                    "Repeat the standardised reading and spelling tests every six months to measure progress.",
                    "cognition_learning",
                    "specific",
                    F_REV,
                ),
            ],
        ),
        ("b", "For home"),
        (
            "p",
            c.rec(
                ST,
                "His parents could share a paired-reading book with him for ten minutes each evening.",
                "other",
                "not_educational",
            ),
        ),
        ("p", "Gwenllian Royce, Specialist Teacher (SpLD), 17 March 2026."),
    ]
    c.docs.append(
        Doc(
            ST,
            st,
            author="Amberside Learning Support Service",
            title="Specialist teacher assessment",
            footer="Amberside Learning Support Service - Kacper Zielinski - page {n} of {m}",
            accent="5B2C6F",
        )
    )

    # ---------------- paediatric clinic letter (.docx) ----------------
    paed = [
        ("org", "Amberside General Hospital NHS Trust"),
        ("small", "Paediatric Neurodevelopmental Clinic, Wing C, Orchard Road, Amberside QW1 8EH"),
        ("small", "Tel 01632 960133  |  paediatrics@example.org"),
        ("gap",),
        ("p", "Dr Tamsin Oyelaran-Fitch, Consultant Paediatrician"),
        ("p", "To: SEND Assessment Team, Amberside County Council"),
        ("p", "Re: Kacper ZIELINSKI, DOB 14.10.2015, NHS no. 999 000 4412"),
        ("p", "Dear colleagues,"),
        (
            "p",
            "Thank you for asking for health advice. I reviewed Kacper with his mother on 26 February 2026.",
        ),
        ("b", "Diagnosis"),
        (
            "p",
            c.need(
                PAED,
                "Kacper has a combined motor and vocal tic disorder that meets the criteria for Tourette syndrome.",
                "health",
                B_TIC,
            )
            + " His tics are eye blinking, shoulder shrugging, sniffing and a short throat-clearing sound.",
        ),
        ("b", "History"),
        (
            "p",
            c.non_need(
                PAED,
                "He wet the bed until he was six, but this stopped without treatment and has not come back.",
                "Resolved.",
            )
            + " His development was otherwise unremarkable.",
        ),
        ("b", "How the tics affect him at school"),
        (
            "p",
            c.need(
                PAED,
                "His tics get much worse when he is anxious or tired, and he tells me he holds them in during lessons, which leaves him exhausted by the afternoon.",
                "semh",
            )
            + " "
            + c.need(
                PAED,
                "He is self-conscious about the throat-clearing and has started to avoid reading aloud.",
                "semh",
                B_ALOUD,
            ),
        ),
        ("b", "Advice for the plan"),
        ("p", "I would make the following suggestions for school."),
        (
            "bul",
            [
                c.rec(
                    PAED,
                    "Kacper should be able to leave the classroom for a quiet space when his tics are building, using an exit card, without having to explain why.",
                    "semh",
                    "specific",
                    F_EXIT,
                ),
                c.rec(
                    PAED,
                    "The class teacher and teaching assistant should have a training session on tic disorders from our Tourette specialist nurse before the autumn term, so that they know how to respond.",
                    "semh",
                    "wrong_section",
                    G_TRAIN,
                    "G",
                    note="Staff training that educates: special educational provision wrongly placed in G.",
                ),
            ],
        ),
        (
            "p",
            c.rec(
                PAED,
                "I will continue to review him in this clinic every six months.",
                "health",
                "not_educational",
                G_CLINIC,
                "G",
            )
            + " No medication is needed at present.",
        ),
        ("p", "Yours sincerely,"),
        ("p", "Dr Tamsin Oyelaran-Fitch, MRCPCH"),
    ]
    c.docs.append(
        Doc(
            PAED,
            paed,
            author="Amberside General Hospital",
            title="Clinic letter",
            sans=True,
            accent="005EB8",
        )
    )

    # ---------------- plan (.docx) ----------------
    h1 = lambda t: ("h", 1, t)  # noqa: E731
    plan = [
        ("title", "Amberside County Council"),
        (
            "p",
            "Education, Health and Care Plan. Name: Kacper Zielinski. Date of birth: 14 October 2015. Date of issue: 2 June 2026.",
        ),
        h1(H["A"]),
        (
            "p",
            c.sect(
                "A",
                "Kacper loves football, Lego Technic and drawing comic strips with his older brother.",
            ),
        ),
        (
            "p",
            "He would like to be a car designer. His parents want him to be able to read well enough to enjoy books and to stop feeling that he is 'thick'.",
        ),
        h1(H["B"]),
        ("b", "Cognition and learning"),
        ("p", c.sect("B", B_READ) + " " + B_PHON),
        ("p", B_SPELL + " " + B_SPEED),
        ("b", "Social, emotional and mental health"),
        ("p", B_TIC + " " + B_ALOUD),
        h1(H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Kacper has a diagnosis of Tourette syndrome and is seen in the paediatric neurodevelopmental clinic.",
            ),
        ),
        h1(H["D"]),
        ("p", c.sect("D", "Kacper has no identified social care needs.")),
        h1(H["E"]),
        (
            "p",
            c.sect(
                "E",
                "By the end of Year 6 Kacper will read a Year 4 level text aloud to an adult with 95% accuracy.",
            ),
        ),
        (
            "p",
            "By the end of Year 6 Kacper will type 20 words a minute and use a laptop for extended writing.",
        ),
        ("pb",),
        h1(H["F"]),
        ("p", "St Aldric's CE Primary School will make the following provision."),
        (
            "grid",
            [
                ["Area", "Provision", "How often and how long", "Who"],
                [
                    "Cognition and learning",
                    c.sect("F", F_LIT),
                    "Four times a week, 30 minutes, in a group of three",
                    "Teaching assistant",
                ],
                [
                    "Cognition and learning",
                    F_TYPE,
                    "Daily, 15 minutes",
                    "Teaching assistant supervises",
                ],
                ["Cognition and learning", F_COPY, "Where possible", "Class staff"],
                ["Cognition and learning", F_REV, "Every six months", "SENCo"],
                [
                    "Social, emotional and mental health",
                    F_EXIT,
                    "Whenever he needs it, every school day",
                    "Class teacher to issue; library office staffed by the learning mentor",
                ],
                ["Social, emotional and mental health", F_EMO, "When needed", "School staff"],
            ],
            [0.2, 0.4, 0.2, 0.2],
        ),
        ("pb",),
    ] + standard_tail(
        c,
        H,
        h1,
        {
            "G": [G_CLINIC, G_TRAIN],
            "H1": "No provision under section 2 of the CSDPA 1970 is required.",
            "H2": "Kacper does not need any other social care provision.",
            "I": "St Aldric's CE Primary School, Vicarage Walk, Amberside QW4 7JB (mainstream voluntary aided primary school).",
            "J": "Kacper's parents have not asked for a personal budget.",
            "K": [
                "Specialist teacher assessment, Gwenllian Royce, 17 March 2026.",
                "Paediatric advice, Dr Tamsin Oyelaran-Fitch, 26 February 2026.",
                "Parents' views, March 2026.",
            ],
        },
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Amberside County Council",
            title="EHC Plan",
            footer="Amberside County Council | EHCP | Kacper Zielinski | OFFICIAL-SENSITIVE",
            accent="1F3864",
        )
    )
    return c


# ===========================================================================
# case-evale-02  Coldharbour Reach Borough Council - PDF export of a Word plan
#   Headings "Section B – Special Educational Needs" (en dash); B and F as bullets
#   under area sub-headings. Year 9, emotionally based school avoidance (EBSA).
#   EP report (.docx, consultation-style narrative), CAMHS letter (PDF).
# ===========================================================================


def case_02() -> Case:
    EP, CAMHS, PLAN = "ep_report.docx", "camhs_letter.pdf", "plan.pdf"
    c = Case(
        "case-evale-02",
        PLAN,
        [EP, CAMHS],
        "Finlay Drummond-Hale, 14, Year 9, mainstream secondary. Emotionally based school avoidance, "
        "generalised anxiety, gaps in learning. PDF export of a Word plan; B and F as bullets under area sub-headings.",
    )
    titles = [
        ("A", "Finlay's Views, Interests and Aspirations"),
        ("B", "Special Educational Needs"),
        ("C", "Health Care Needs"),
        ("D", "Social Care Needs"),
        ("E", "Outcomes"),
        ("F", "Special Educational Provision"),
        ("G", "Health Care Provision"),
        ("H1", "Social Care Provision under the Chronically Sick and Disabled Persons Act 1970"),
        ("H2", "Other Social Care Provision"),
        ("I", "Educational Placement"),
        ("J", "Personal Budget"),
        ("K", "Advice and Information Gathered"),
    ]
    H = {sid: c.heading(sid, f"Section {sid} – {t}") for sid, t in titles}

    B_ATT = "Finlay's attendance has fallen sharply this year and he has recently been unable to enter the main school building."
    B_MORN = "On school mornings he has high levels of anxiety, with stomach pain and sickness."
    B_GAD = "Finlay has a diagnosis of generalised anxiety disorder and has panic attacks."
    B_CORR = "Busy corridors at lesson changeover can set off a panic attack."
    B_MATHS = "Because of missed schooling, Finlay has gaps in his mathematics, especially fractions and algebra."
    B_HELP = "He will not ask for help in front of other pupils."

    F_PHASE = c.f(
        "Finlay will follow a phased return plan beginning with two one-hour sessions each week in the Harbour Room (the school's inclusion base), increasing only with his agreement; the SENCo will review it with Finlay and his parents every two weeks.",
        True,
    )
    F_KEY = c.f(
        "A key adult from the pastoral team will check in with Finlay for ten minutes once a week.",
        True,
        note="Specific, but weekly where a check-in on every day he attends was recommended.",
    )
    F_READ = c.f(
        "Finlay will be offered opportunities to develop his reading comprehension.", False
    )
    F_MATHS = c.f(
        "In a group of no more than three pupils, and taught by a qualified maths teacher, Finlay will have maths catch-up lessons for 40 minutes twice a week.",
        True,
        note="Specific despite the word order: group size and teacher come first.",
    )
    F_PASS = c.f(
        "Finlay will have a pass to leave each lesson five minutes before the bell so that he can move between lessons while the corridors are empty.",
        True,
    )
    F_TT = c.f("Finlay's timetable will be reviewed as appropriate.", False)

    G_CBT = "Coldharbour Reach CAMHS will offer Finlay 12 sessions of cognitive behavioural therapy for anxiety."
    G_TRAIN = "The CAMHS practitioner will train school staff in responding to panic attacks on one occasion this term."

    # ---------------- EP report (.docx) ----------------
    ep = [
        ("org", "Coldharbour Reach Educational Psychology Service"),
        (
            "small",
            "Marlpit House, 9 Ferry Street, Coldharbour Reach WX2 6QD  |  01632 960241  |  eps@example.org",
        ),
        ("title", "Psychological Advice for an Education, Health and Care Needs Assessment"),
        (
            "p",
            "Young person: Finlay Drummond-Hale, born 8 January 2012, Year 9 at Saltings Academy. Advice written by Dr Imogen Achterberg, Educational Psychologist, after a consultation with Finlay's mother and the SENCo on 4 February 2026 and a home visit to Finlay on 11 February 2026.",
        ),
        ("h", 2, "How this advice was gathered"),
        (
            "p",
            "Finlay did not feel able to come into school, so I met him at home with his mother present. We talked while he showed me a model railway layout he has built, and he agreed to do some reading and number tasks at the kitchen table.",
        ),
        ("h", 2, "Background"),
        (
            "p",
            "Finlay's primary school reports describe a quiet, conscientious boy. "
            + c.non_need(
                EP,
                "In Year 7 he had glandular fever and was off school for three weeks, but he recovered fully.",
                "Resolved illness.",
            )
            + " His attendance began to fall in the spring of Year 8 after a falling-out with his friendship group.",
        ),
        ("h", 2, "What I found"),
        (
            "p",
            c.need(
                EP,
                "Finlay's attendance is 41% this year, and for the last six weeks he has not gone into the main building at all.",
                "semh",
                B_ATT,
            )
            + " "
            + c.need(
                EP,
                "On school mornings he becomes intensely anxious, with stomach pains and vomiting that settle as soon as it is agreed that he will stay at home.",
                "semh",
                B_MORN,
            ),
        ),
        (
            "p",
            "On a standardised reading test his word reading was in the average range. "
            + c.need(
                EP,
                "His reading comprehension, however, is well below average (standard score 79), and he struggles to draw meaning from the long texts used in most subjects.",
                "cognition_learning",
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "There are gaps in his mathematics, particularly fractions and algebra, which map onto the topics taught when he was absent.",
                "cognition_learning",
                B_MATHS,
            )
            + " "
            + c.need(
                EP,
                "Finlay told me that he would rather get something wrong than put his hand up in front of the class.",
                "semh",
                B_HELP,
            ),
        ),
        ("h", 2, "What would help"),
        (
            "p",
            "Finlay has a good relationship with the SENCo, Mr Osei-Barnard, and this is the best foundation for a return.",
        ),
        (
            "bul",
            [
                c.rec(
                    EP,
                    "A phased return plan, starting with two one-hour sessions a week in the inclusion base and increasing only when Finlay agrees, should be reviewed every two weeks by the SENCo with Finlay and his parents.",
                    "semh",
                    "specific",
                    F_PHASE,
                ),
                c.rec(
                    EP,
                    "A named key adult should meet Finlay at the gate on every day that he attends and spend ten minutes checking in with him.",
                    "semh",
                    "less",
                    F_KEY,
                ),
                c.rec(
                    EP,
                    "He needs a daily 30-minute reading comprehension intervention, delivered 1:1 by a trained teaching assistant using a structured programme such as reciprocal reading.",
                    "cognition_learning",
                    "not_specific",
                    F_READ,
                ),
                c.rec(
                    EP,
                    "Maths catch-up teaching in a group of no more than three, for 40 minutes twice a week, from a maths teacher.",
                    "cognition_learning",
                    "specific",
                    F_MATHS,
                ),
                c.rec(
                    EP,
                    "While Finlay is not attending full time, work for the lessons he misses should be posted on the school's online platform every Monday, and a named teacher should mark it and give feedback.",
                    "cognition_learning",
                    "missing_from_f",
                ),
            ],
        ),
        ("p", "Dr Imogen Achterberg, HCPC registered Educational Psychologist, 20 February 2026."),
    ]
    c.docs.append(
        Doc(EP, ep, author="Coldharbour Reach EPS", title="Psychological advice", accent="7B3F00")
    )

    # ---------------- CAMHS letter (PDF) ----------------
    camhs = [
        ("org", "Coldharbour Reach CAMHS"),
        ("small", "Tidewater Clinic, Estuary Road, Coldharbour Reach WX5 1AF  |  01632 960288"),
        ("gap",),
        ("p", "Date: 2 March 2026"),
        ("p", "To: EHC Assessment Coordinator, Coldharbour Reach Borough Council"),
        ("p", "Dear Ms Lindqvist,"),
        ("p", "Re: Finlay Drummond-Hale, date of birth 08/01/2012"),
        (
            "p",
            "Finlay has been open to our service since October 2025 and I have seen him six times. I am writing at your request to give health advice.",
        ),
        (
            "p",
            c.need(
                CAMHS,
                "Finlay meets the diagnostic criteria for generalised anxiety disorder, with panic attacks several times a week.",
                "semh",
                B_GAD,
            )
            + " "
            + c.need(
                CAMHS,
                "His panic attacks at school have mostly happened in crowded corridors during lesson changes.",
                "semh",
                B_CORR,
            ),
        ),
        (
            "p",
            c.need(
                CAMHS,
                "He has become socially isolated, has lost touch with his former friends and spends most of his day online in his bedroom.",
                "semh",
            )
            + " His mood is low but he has no thoughts of self-harm.",
        ),
        (
            "p",
            "Our plan is as follows. "
            + c.rec(
                CAMHS,
                "We will offer Finlay 12 sessions of cognitive behavioural therapy for anxiety with one of our clinicians, starting in April.",
                "health",
                "not_educational",
                G_CBT,
                "G",
            ),
        ),
        (
            "p",
            c.rec(
                CAMHS,
                "For school, I would also suggest that our practitioner meets the staff who teach Finlay this term to train them in how to respond to a panic attack.",
                "semh",
                "wrong_section",
                G_TRAIN,
                "G",
                note="Training school staff educates: special educational provision, wrongly placed in G.",
            )
            + " "
            + c.rec(
                CAMHS,
                "Finlay should have a pass that lets him leave lessons five minutes early so that he avoids the crowded corridors.",
                "semh",
                "specific",
                F_PASS,
            ),
        ),
        (
            "p",
            c.rec(
                CAMHS,
                "His parents may find our six-week online course for parents of anxious teenagers helpful.",
                "other",
                "not_educational",
            ),
        ),
        ("p", "Please do contact me if I can help further."),
        ("p", "Yours sincerely,"),
        ("p", "Obadiah Marchetti, Senior CAMHS Practitioner (Mental Health Nurse)"),
    ]
    c.docs.append(
        Doc(
            CAMHS,
            camhs,
            author="Coldharbour Reach CAMHS",
            title="CAMHS letter",
            sans=True,
            accent="00594F",
        )
    )

    # ---------------- plan (PDF) ----------------
    h1 = lambda t: ("h", 1, t)  # noqa: E731
    plan = [
        ("title", "Education, Health and Care Plan"),
        (
            "p",
            "Coldharbour Reach Borough Council, SEND Service. Finlay Drummond-Hale, date of birth 8 January 2012. Final plan, 15 May 2026.",
        ),
        h1(H["A"]),
        (
            "p",
            c.sect(
                "A",
                "Finlay enjoys building model railways, cooking and walking his dog on the sea wall.",
            ),
        ),
        (
            "p",
            "He says he wants to go back to school 'but not all at once', and hopes to study engineering at college.",
        ),
        h1(H["B"]),
        ("b", "Social, emotional and mental health"),
        ("bul", [c.sect("B", B_ATT), B_MORN, B_GAD, B_CORR, B_HELP]),
        ("b", "Cognition and learning"),
        ("bul", [B_MATHS, "Finlay's word reading is within the average range."]),
        h1(H["C"]),
        ("p", c.sect("C", "Finlay is under CAMHS for anxiety.")),
        h1(H["D"]),
        ("p", c.sect("D", "No social care needs have been identified for Finlay or his family.")),
        h1(H["E"]),
        (
            "p",
            c.sect(
                "E",
                "By the end of Year 10, Finlay will attend school for at least 60% of sessions.",
            ),
        ),
        (
            "p",
            "By July 2027 Finlay will use a plan agreed with his key adult to manage a panic attack in school.",
        ),
        ("pb",),
        h1(H["F"]),
        ("p", "Saltings Academy will make the provision below."),
        ("b", "Social, emotional and mental health"),
        ("bul", [c.sect("F", F_PHASE), F_KEY, F_PASS, F_TT]),
        ("b", "Cognition and learning"),
        ("bul", [F_READ, F_MATHS]),
        h1(H["G"]),
        ("bul", [c.sect("G", G_CBT), G_TRAIN]),
    ] + simple_sections(
        c,
        H,
        h1,
        {
            "H1": "Not applicable.",
            "H2": "There is no other social care provision.",
            "I": "Saltings Academy, Lighthouse Lane, Coldharbour Reach WX4 3PP (mainstream secondary academy).",
            "J": "No personal budget has been requested.",
            "K": [
                "Educational psychology advice, Dr Imogen Achterberg, 20 February 2026.",
                "CAMHS advice, Obadiah Marchetti, 2 March 2026.",
                "Advice from Saltings Academy, February 2026.",
            ],
        },
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Coldharbour Reach Borough Council",
            title="EHC Plan",
            header="Coldharbour Reach Borough Council - Education, Health and Care Plan - Finlay Drummond-Hale",
            footer="Page {n} of {m}",
            accent="2F5597",
        )
    )
    return c


# ===========================================================================
# case-evale-03  Fellwick Metropolitan Borough Council - ordinary Word plan, post-16
#   Bold-paragraph headings "Section B: Special Educational Needs"; B under
#   preparation-for-adulthood sub-headings; F is a 5-column table
#   Outcome | Provision | Who | How often | Review. Age 19, supported internship
#   (Down syndrome, mild hearing loss). FE college report (.docx), SALT report (PDF).
# ===========================================================================


def case_03() -> Case:
    COL, SALT, PLAN = "college_report.docx", "salt_report.pdf", "ehcp.docx"
    c = Case(
        "case-evale-03",
        PLAN,
        [COL, SALT],
        "Aoife Brannigan, 19, supported internship from an FE college. Down syndrome, mild conductive hearing loss. "
        "Ordinary Word plan with bold-paragraph headings; F is a 5-column table.",
    )
    titles = [
        ("A", "Aoife's Views, Interests and Aspirations"),
        ("B", "Special Educational Needs"),
        ("C", "Health Needs"),
        ("D", "Social Care Needs"),
        ("E", "Outcomes"),
        ("F", "Special Educational Provision"),
        ("G", "Health Provision"),
        ("H1", "Social Care Provision (CSDPA 1970)"),
        ("H2", "Other Social Care Provision"),
        ("I", "Placement"),
        ("J", "Personal Budget"),
        ("K", "Advice and Information"),
    ]
    H = {sid: c.heading(sid, f"Section {sid}: {t}") for sid, t in titles}
    c.note = (
        "Aoife is a young person over 16; the plan is addressed to her. F is a table: f_provisions.text is the "
        "Provision cell and specificity is judged on the whole row."
    )

    B_READ = "Aoife's reading is at about Entry Level 2, so she cannot yet read a bus timetable or a staff rota on her own."
    B_MONEY = "Her number skills are at Entry Level 1 and she cannot yet pay for things or check her change."
    B_TRAVEL = "Aoife has never travelled to college or work without her mother."
    B_HEAR = (
        "Aoife has a mild conductive hearing loss and misses spoken instructions in noisy places."
    )
    B_UND = "Aoife's understanding of spoken language is well below her age, and she may nod as though she has understood when she has not."
    B_HELPW = "She finds it hard to explain a problem or to ask a colleague for help at work."

    F_COACH = c.f(
        "Job coach support on Aoife's internship placement",
        True,
        note="Row: job coach, two hours each week. Specific, but far less than full placement days for four weeks tapering to two half-days a week.",
    )
    F_TRAVEL = c.f(
        "Aoife will be supported to develop her travel skills",
        False,
        note="Row: 'college staff', 'as required'.",
    )
    F_TASK = c.f(
        "Picture task list on a college tablet for every job on placement, set up with Aoife and updated by her job coach",
        True,
    )
    F_MATHS = c.f(
        "Functional maths, with a focus on money and change, in a class of no more than eight learners",
        True,
    )
    F_ENG = c.f(
        "English at Entry Level, with reading practice using Aoife's own work documents (rota, timetable, menu)",
        True,
    )
    F_TRAIN = c.f(
        "Training for placement staff",
        False,
        note="Row: 'speech and language therapist', 'as required'.",
    )

    G_SALT = "Aoife will receive speech and language therapy from the Fellwick adult community speech and language therapy team in three blocks of six weeks each year."
    G_AUD = "Aoife's hearing will be reviewed once a year by the Fellwick audiology service."

    # ---------------- college report (.docx) ----------------
    col = [
        ("org", "Fellwick Vale College - Supported Learning Department"),
        (
            "small",
            "Canal Side Campus, Lockkeeper's Way, Fellwick XK7 2RS  |  01632 960355  |  supportedlearning@example.org",
        ),
        ("title", "College Report for Annual Review and Amendment of EHC Plan"),
        (
            "kv",
            [
                ("Learner", "Aoife Brannigan"),
                ("Date of birth", "30 June 2006"),
                (
                    "Programme",
                    "Pathway to Employment (supported internship), placement at the Wharfside Hotel",
                ),
                ("Report by", "Rhiannon Delacroix-Mbeki, Curriculum Lead, Supported Learning"),
                ("Date", "9 January 2026"),
            ],
        ),
        ("h", 2, "Progress on the programme"),
        (
            "p",
            "Aoife has settled well at the Wharfside Hotel, where she works in the laundry and helps to set tables for breakfast. Her supervisor says she is punctual, cheerful and careful.",
        ),
        ("p", "Aoife takes pride in her uniform and badge, and she enjoys being part of a team."),
        ("h", 2, "Current needs"),
        (
            "bul",
            [
                c.need(
                    COL,
                    "Aoife reads at around Entry Level 2 and cannot yet read a bus timetable or her work rota independently.",
                    "cognition_learning",
                    B_READ,
                ),
                c.need(
                    COL,
                    "Her number skills are at Entry Level 1; she cannot yet handle money or check her change in a shop.",
                    "cognition_learning",
                    B_MONEY,
                ),
                c.need(
                    COL,
                    "Aoife has only ever travelled to college and to her placement with her mother.",
                    "other",
                    B_TRAVEL,
                ),
                c.need(
                    COL,
                    "She has a mild conductive hearing loss and misses instructions given in noisy areas such as the hotel kitchen.",
                    "sensory_physical",
                    B_HEAR,
                ),
            ],
        ),
        (
            "p",
            c.need(
                COL,
                "Her placement supervisor has also noticed that she becomes upset and withdrawn when her work routine changes without warning, for example when she is moved from the laundry to the dining room.",
                "semh",
            ),
        ),
        ("h", 2, "What Aoife needs next year"),
        (
            "bul",
            [
                c.rec(
                    COL,
                    "A job coach should be with Aoife for the whole of each placement day for the first four weeks of a new placement, reducing to two half-days a week by week ten.",
                    "other",
                    "less",
                    F_COACH,
                ),
                c.rec(
                    COL,
                    "Aoife needs travel training from the college's independent travel trainer three times a week until she can make the journey to her placement alone.",
                    "other",
                    "not_specific",
                    F_TRAVEL,
                ),
                c.rec(
                    COL,
                    "A visual task list on a tablet should be set up for each job on her placement.",
                    "cognition_learning",
                    "specific",
                    F_TASK,
                ),
                c.rec(
                    COL,
                    "Functional maths focused on money should be taught for two hours a week in a group of no more than eight.",
                    "cognition_learning",
                    "specific",
                    F_MATHS,
                    note="The plan's row gives two hours a week, which matches.",
                ),
                c.rec(
                    COL,
                    "Aoife should be told about any change to her work routine at least one day in advance, with a picture of the new task.",
                    "semh",
                    "missing_from_f",
                ),
            ],
        ),
        (
            "p",
            c.non_need(
                COL,
                "Aoife was found to have an underactive thyroid at 14; it is controlled with tablets and does not affect her at college.",
                "Controlled health condition with no current effect on learning.",
            ),
        ),
    ]
    c.docs.append(
        Doc(
            COL,
            col,
            author="Fellwick Vale College",
            title="College report",
            sans=True,
            accent="7030A0",
        )
    )

    # ---------------- SALT report (PDF) ----------------
    salt = [
        ("org", "Fellwick Community Health - Adult Speech and Language Therapy"),
        ("small", "Bridgefoot Health Centre, Tanner Street, Fellwick XK3 9BW  |  01632 960372"),
        ("title", "Speech and Language Therapy Report"),
        (
            "p",
            "Name: Aoife Brannigan. Date of birth: 30/06/2006. Seen at Fellwick Vale College and at the Wharfside Hotel on 24 November and 1 December 2025 by Jonas Whitlow-Ferreira, Specialist Speech and Language Therapist (Learning Disabilities).",
        ),
        ("h", 2, "Assessment"),
        (
            "p",
            "I used informal assessment, observation at work and a structured conversation. Aoife chatted happily about her family and her favourite singer.",
        ),
        (
            "p",
            c.need(
                SALT,
                "Aoife's understanding of spoken language is at around a six-year level, and she often nods to show agreement when she has not understood.",
                "communication_interaction",
                B_UND,
            ),
        ),
        (
            "p",
            c.need(
                SALT,
                "Her speech is much harder to understand for unfamiliar listeners, especially on the telephone.",
                "communication_interaction",
            )
            + " "
            + c.need(
                SALT,
                "At work she has difficulty explaining a problem or asking for help, and will wait rather than ask.",
                "communication_interaction",
                B_HELPW,
            ),
        ),
        ("h", 2, "Recommendations"),
        (
            "p",
            c.rec(
                SALT,
                "I recommend direct speech and language therapy in three blocks a year, each of six weekly 45-minute sessions, working on repair strategies and using the telephone at work.",
                "communication_interaction",
                "wrong_section",
                G_SALT,
                "G",
                note="Therapy that educates is special educational provision (CoP 9.74); placed in G.",
            ),
        ),
        (
            "p",
            c.rec(
                SALT,
                "Her job coach and placement supervisor should have a one-hour training session from the therapist on checking her understanding.",
                "communication_interaction",
                "not_specific",
                F_TRAIN,
            ),
        ),
        (
            "p",
            c.rec(
                SALT,
                "Aoife should continue to have her hearing reviewed by audiology every year.",
                "health",
                "not_educational",
                G_AUD,
                "G",
            ),
        ),
        ("p", "Jonas Whitlow-Ferreira, HCPC SL098765, 12 December 2025."),
    ]
    c.docs.append(
        Doc(
            SALT,
            salt,
            author="Fellwick Community Health",
            title="SALT report",
            accent="006B5E",
            footer="Fellwick Community Health - Aoife Brannigan - {n}/{m}",
        )
    )

    # ---------------- plan (.docx) ----------------
    hb = lambda t: ("b", t)  # noqa: E731
    plan = [
        ("title", "Fellwick Metropolitan Borough Council"),
        (
            "p",
            "Education, Health and Care Plan for Aoife Brannigan (date of birth 30 June 2006). Amended following the annual review of 23 January 2026. Issued 6 March 2026.",
        ),
        hb(H["A"]),
        (
            "p",
            c.sect(
                "A",
                "I want a paid job in a hotel and I want to go to work on the bus like my brother.",
            ),
        ),
        ("p", "I like music, dancing and going swimming with my friends from college."),
        hb(H["B"]),
        ("i", "Employment"),
        ("p", c.sect("B", B_READ) + " " + B_MONEY),
        ("i", "Independent living"),
        ("p", B_TRAVEL),
        ("i", "Communication, hearing and health"),
        ("p", B_UND + " " + B_HELPW + " " + B_HEAR),
        hb(H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Aoife has Down syndrome, a mild conductive hearing loss and an underactive thyroid which is treated.",
            ),
        ),
        hb(H["D"]),
        (
            "p",
            c.sect(
                "D",
                "Aoife lives with her parents and brother; she would like to live more independently in the future.",
            ),
        ),
        hb(H["E"]),
        (
            "p",
            c.sect(
                "E", "By July 2027 Aoife will travel from home to her placement by bus on her own."
            ),
        ),
        (
            "p",
            "By July 2027 Aoife will complete a full shift using her task list, asking for help when she needs it.",
        ),
        ("pb",),
        hb(H["F"]),
        (
            "grid",
            [
                ["Outcome", "Provision", "Who", "How often", "Review"],
                [
                    "Employment",
                    c.sect("F", F_COACH),
                    "Job coach (Fellwick Vale College)",
                    "Two hours each week",
                    "Termly by curriculum lead",
                ],
                ["Employment", F_TASK, "Job coach", "Every placement day", "Weekly"],
                [
                    "Independent living",
                    F_TRAVEL,
                    "College staff",
                    "As required",
                    "At annual review",
                ],
                ["Employment", F_MATHS, "Qualified maths tutor", "Two hours a week", "Termly"],
                [
                    "Employment",
                    F_ENG,
                    "English tutor",
                    "Three hours a week in a class of eight",
                    "Termly",
                ],
                [
                    "Communication",
                    F_TRAIN,
                    "Speech and language therapist",
                    "As required",
                    "Annual review",
                ],
            ],
            [0.16, 0.36, 0.18, 0.16, 0.14],
        ),
        ("pb",),
    ] + simple_sections(
        c,
        H,
        hb,
        {
            "G": [
                G_SALT,
                G_AUD,
                "Aoife takes levothyroxine each morning at home, prescribed by her GP.",
            ],
            "H1": "Aoife does not receive services under section 2 of the CSDPA 1970.",
            "H2": "Aoife has been referred to the Fellwick adult social care transitions team for an assessment.",
            "I": "Fellwick Vale College, Canal Side Campus (general further education college), on a supported internship.",
            "J": "No personal budget is in place.",
            "K": [
                "College report, Fellwick Vale College, 9 January 2026.",
                "Speech and language therapy report, Jonas Whitlow-Ferreira, 12 December 2025.",
            ],
        },
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Fellwick MBC",
            title="EHC Plan",
            sans=True,
            footer="Fellwick Metropolitan Borough Council - EHC Plan - Aoife Brannigan",
            accent="385623",
        )
    )
    return c


# ===========================================================================
# case-evale-04  Sturrock Dale Council - PDF export of a Word plan
#   Shaded band headings "Section B. Special educational needs"; numbered paragraphs
#   B1., F1. ... under area sub-headings. Year 6, spina bifida with hydrocephalus,
#   wheelchair user, missed schooling for hospital appointments.
#   Physiotherapy report (.docx), OT report (PDF), community nurse letter (PDF).
# ===========================================================================


def case_04() -> Case:
    PT, OT, NURSE, PLAN = "physio_report.docx", "ot_report.pdf", "nurse_letter.pdf", "plan.pdf"
    c = Case(
        "case-evale-04",
        PLAN,
        [PT, OT, NURSE],
        "Maryam Qureshi, 11, Year 6, mainstream primary. Spina bifida with hydrocephalus; full-time wheelchair user. "
        "PDF plan with shaded band headings and numbered paragraphs (B1., F1.).",
    )
    titles = [
        ("A", "All about me"),
        ("B", "Special educational needs"),
        ("C", "Health needs"),
        ("D", "Social care needs"),
        ("E", "Outcomes"),
        ("F", "Special educational provision"),
        ("G", "Health provision"),
        ("H1", "Social care provision under section 2 of the CSDPA"),
        ("H2", "Other social care provision"),
        ("I", "School or other institution"),
        ("J", "Personal budget"),
        ("K", "Advice and information"),
    ]
    H = {sid: c.heading(sid, f"Section {sid}. {t}") for sid, t in titles}
    c.note = "Paragraph numbers (B1., F4.) are not part of any text."

    B_CHAIR = (
        "Maryam uses a manual wheelchair at all times and needs an adult to help her transfer."
    )
    B_TRUNK = "She has reduced trunk control and becomes tired after sitting for long periods."
    B_SECOND = (
        "Maryam is worried about moving to secondary school, especially about the toilets there."
    )
    B_FINE = "Her fine motor skills are delayed; her handwriting is slow and large and she uses a fisted pencil grip."
    B_REACH = "Maryam cannot reach standard-height benches, sinks or trays in school."
    B_MED = "Maryam has a shunt for hydrocephalus and needs clean intermittent catheterisation during the school day."

    F_ROUTE = c.f(
        "All of Maryam's lessons will be timetabled in ground-floor or lift-accessible rooms, and she will have her own lift key.",
        True,
    )
    F_PTREV = c.f(
        "The physiotherapist will visit school once a year to review Maryam's programme.",
        True,
        note="Specific, but once a year where every half-term was recommended.",
    )
    F_DESK = c.f(
        "Maryam will have a height-adjustable desk in each teaching room and a sloped writing board, provided by the school before September.",
        True,
    )
    F_FINE = c.f(
        "A teaching assistant will carry out a fine motor programme written by the occupational therapist with Maryam three times a week for 15 minutes.",
        True,
        note="Specific, but a TA-delivered programme where direct OT by an occupational therapist was recommended.",
    )
    F_ADAPT = c.f("Adapted resources will be provided as needed.", False)
    F_CATCH = c.f("Maryam will receive catch-up support when she has missed lessons.", False)
    F_TRANS = c.f(
        "Maryam will have four extra visits to her secondary school in the summer term, with her teaching assistant, including a visit to the accessible toilet and changing room.",
        True,
    )

    G_STAND = "Maryam will use her standing frame for 30 minutes each day in school, supervised by a teaching assistant trained by the physiotherapist."
    G_CIC = "The children's continence nurse will train two named members of school staff in clean intermittent catheterisation and assess them as competent."

    # ---------------- physiotherapy report (.docx) ----------------
    pt = [
        ("org", "Sturrock Dale Children's Physiotherapy"),
        (
            "small",
            "Hawthorn Child Development Centre, 3 Ridgeway Close, Sturrock Dale KQ6 4HT  |  01632 960412",
        ),
        ("title", "Physiotherapy Advice"),
        (
            "p",
            "Child: Maryam Qureshi   DOB: 19/05/2015   School: Larchbrook Primary School (Year 6)",
        ),
        (
            "p",
            "Physiotherapist: Bethany Kowalczyk-Reid, Senior Paediatric Physiotherapist. Seen in school 12 January 2026.",
        ),
        ("h", 2, "Summary"),
        (
            "p",
            "Maryam has lumbar spina bifida (myelomeningocele) with hydrocephalus, treated with a shunt. She is a bright, sociable girl who propels her own wheelchair confidently on flat ground.",
        ),
        ("h", 2, "Needs"),
        (
            "bul",
            [
                c.need(
                    PT,
                    "Maryam is a full-time manual wheelchair user and cannot yet transfer independently.",
                    "sensory_physical",
                    B_CHAIR,
                ),
                c.need(
                    PT,
                    "Her trunk control is limited and she fatigues quickly when sitting for long periods.",
                    "sensory_physical",
                    B_TRUNK,
                ),
                c.need(
                    PT,
                    "Maryam has told me she is anxious about going to secondary school, particularly about using the toilets there.",
                    "semh",
                    B_SECOND,
                ),
            ],
        ),
        ("h", 2, "Recommendations"),
        (
            "bul",
            [
                c.rec(
                    PT,
                    "Daily standing-frame session of 30 minutes in school, supervised by a teaching assistant trained by physiotherapy.",
                    "sensory_physical",
                    "wrong_section",
                    G_STAND,
                    "G",
                    note="A daily programme delivered by trained school staff educates and trains; placed in G.",
                ),
                c.rec(
                    PT,
                    "Physiotherapy visits to school every half-term to update the programme and train staff.",
                    "sensory_physical",
                    "less",
                    F_PTREV,
                ),
                c.rec(
                    PT,
                    "Step-free access to every classroom, with her own lift key.",
                    "sensory_physical",
                    "specific",
                    F_ROUTE,
                ),
            ],
        ),
        ("p", "Bethany Kowalczyk-Reid, HCPC PH112233"),
    ]
    c.docs.append(
        Doc(
            PT,
            pt,
            author="Sturrock Dale Children's Physiotherapy",
            title="Physiotherapy advice",
            sans=True,
            accent="005EB8",
        )
    )

    # ---------------- OT report (PDF) ----------------
    ot = [
        ("org", "Sturrock Dale Children's Occupational Therapy"),
        ("small", "Hawthorn Child Development Centre  |  01632 960419  |  ot.team@example.org"),
        ("title", "Occupational Therapy Report"),
        (
            "p",
            "I saw Maryam in her classroom at Larchbrook Primary School on 19 January 2026, during a literacy lesson and an art lesson, and assessed her fine motor and visual-perceptual skills in the school library.",
        ),
        ("h", 2, "Observations and assessment"),
        (
            "p",
            c.need(
                OT,
                "Maryam's fine motor skills are delayed: she holds her pencil in a fisted grasp, and her handwriting is large and slow.",
                "sensory_physical",
                B_FINE,
            ),
        ),
        (
            "p",
            c.need(
                OT,
                "Her visual-perceptual skills are weak, as is common with hydrocephalus, and she has difficulty finding information on a busy page or worksheet.",
                "sensory_physical",
            )
            + " On the visual perception test her scores were all below the 5th percentile.",
        ),
        (
            "p",
            c.need(
                OT,
                "She cannot reach the science benches or the classroom sink from her wheelchair.",
                "sensory_physical",
                B_REACH,
            ),
        ),
        ("h", 2, "Recommendations"),
        (
            "p",
            "1. "
            + c.rec(
                OT,
                "Provide a height-adjustable desk in each teaching room and a sloped writing board.",
                "sensory_physical",
                "specific",
                F_DESK,
            ),
        ),
        (
            "p",
            "2. "
            + c.rec(
                OT,
                "Maryam would benefit from direct occupational therapy for her fine motor skills, 30 minutes each week in a ten-week block every term, delivered by an occupational therapist.",
                "sensory_physical",
                "less",
                F_FINE,
            ),
        ),
        (
            "p",
            "3. "
            + c.rec(
                OT,
                "She should be given a laptop with a trackball for extended writing, and keyboard practice for 20 minutes three times a week.",
                "sensory_physical",
                "missing_from_f",
            ),
        ),
        (
            "p",
            "4. "
            + c.rec(
                OT,
                "Worksheets should be enlarged to A3, with no more than five questions on a page and visual clutter removed.",
                "sensory_physical",
                "not_specific",
                F_ADAPT,
            ),
        ),
        ("p", "Priscilla Adeyemi-Hart, Highly Specialist Occupational Therapist, 2 February 2026."),
    ]
    c.docs.append(
        Doc(
            OT,
            ot,
            author="Sturrock Dale Children's OT",
            title="OT report",
            accent="8B0000",
            footer="Occupational Therapy - Maryam Qureshi - page {n} of {m}",
        )
    )

    # ---------------- nurse letter (PDF) ----------------
    nurse = [
        ("org", "Sturrock Dale Community Children's Nursing Team"),
        ("small", "Unit 4, Quarry Park, Sturrock Dale KQ2 8NN  |  01632 960426"),
        ("p", "5 February 2026"),
        ("p", "Dear SEN Officer,"),
        ("p", "Re: Maryam Qureshi (19/05/2015)"),
        (
            "p",
            c.need(
                NURSE,
                "Maryam needs clean intermittent catheterisation four times during the school day, and staff need to know the signs of a shunt problem.",
                "health",
                B_MED,
            )
            + " "
            + c.non_need(
                NURSE, "Her pressure sore from last winter has healed completely.", "Resolved."
            ),
        ),
        (
            "p",
            c.need(
                NURSE,
                "She misses on average one morning a fortnight for hospital appointments, and her teacher tells me she has fallen behind in maths as a result.",
                "cognition_learning",
            ),
        ),
        (
            "p",
            c.rec(
                NURSE,
                "I recommend that the continence nurse trains two named members of school staff in clean intermittent catheterisation and signs them off as competent.",
                "health",
                "not_educational",
                G_CIC,
                "G",
                note="Training staff to carry out a health procedure under a healthcare plan is health provision.",
            )
            + " "
            + c.rec(
                NURSE,
                "Maryam should also have one hour a week of catch-up teaching with a teacher to cover the maths she misses.",
                "cognition_learning",
                "not_specific",
                F_CATCH,
            ),
        ),
        ("p", "Kind regards,"),
        ("p", "Hollie Brathwaite-Ng, Community Children's Nurse"),
    ]
    c.docs.append(
        Doc(
            NURSE,
            nurse,
            author="Sturrock Dale CCN Team",
            title="Nursing letter",
            sans=True,
            accent="00594F",
        )
    )

    # ---------------- plan (PDF) ----------------
    band = lambda t: ("band", t)  # noqa: E731
    plan = [
        ("org", "Sturrock Dale Council - Special Educational Needs and Disability Service"),
        ("title", "Education, Health and Care Plan: Maryam Qureshi"),
        (
            "small",
            "Date of birth 19 May 2015  |  Plan issued 27 April 2026  |  Case officer: Idris Penhaligon",
        ),
        band(H["A"]),
        ("p", c.sect("A", "I like art, swimming and playing wheelchair basketball on Saturdays.")),
        ("p", "When I grow up I want to be a vet."),
        band(H["B"]),
        ("b", "Physical and sensory"),
        ("np", "B1.", c.sect("B", B_CHAIR)),
        ("np", "B2.", B_TRUNK),
        ("np", "B3.", B_FINE),
        ("np", "B4.", B_REACH),
        ("b", "Health and medical needs affecting learning"),
        ("np", "B5.", B_MED),
        ("b", "Social, emotional and mental health"),
        ("np", "B6.", B_SECOND),
        band(H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Maryam has spina bifida and hydrocephalus and is seen by the spinal team at the regional children's hospital.",
            ),
        ),
        band(H["D"]),
        (
            "p",
            c.sect(
                "D",
                "Maryam's family receive a package of short breaks from the Sturrock Dale disabled children's team.",
            ),
        ),
        band(H["E"]),
        (
            "p",
            c.sect(
                "E",
                "By July 2027 Maryam will write a paragraph of at least five sentences on a laptop or by hand in 20 minutes.",
            ),
        ),
        ("pb",),
        band(H["F"]),
        (
            "p",
            "Larchbrook Primary School will make this provision until Maryam moves to secondary school.",
        ),
        ("b", "Physical and sensory"),
        ("np", "F1.", c.sect("F", F_ROUTE)),
        ("np", "F2.", F_PTREV),
        ("np", "F3.", F_DESK),
        ("np", "F4.", F_FINE),
        ("np", "F5.", F_ADAPT),
        ("b", "Learning"),
        ("np", "F6.", F_CATCH),
        ("b", "Emotional well-being and transition"),
        ("np", "F7.", F_TRANS),
        band(H["G"]),
        ("np", "G1.", c.sect("G", G_STAND)),
        ("np", "G2.", G_CIC),
        ("np", "G3.", "Maryam will continue to attend the spina bifida clinic every six months."),
    ] + simple_sections(
        c,
        H,
        band,
        {
            "H1": "Short breaks: one overnight stay a month at Beacon House, provided by the disabled children's team.",
            "H2": "No other social care provision is needed.",
            "I": "Larchbrook Primary School, Ridgeway, Sturrock Dale KQ6 1DX (mainstream primary), until 31 August 2026.",
            "J": "A personal budget has not been requested.",
            "K": [
                "Physiotherapy advice, 12 January 2026.",
                "Occupational therapy report, 2 February 2026.",
                "Community nursing advice, 5 February 2026.",
            ],
        },
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Sturrock Dale Council",
            title="EHC Plan",
            sans=True,
            footer="Sturrock Dale Council  -  EHCP  -  Maryam Qureshi  -  Page {n} of {m}",
            accent="44546A",
        )
    )
    return c


# ===========================================================================
# case-evale-05  Merrowgate City Council - ordinary Word plan, early years
#   Heading 2 "Section B: Teddy's special educational needs" (the child's name in
#   every heading); F bullets under bold area labels. Age 4, nursery class,
#   multi-sensory impairment (CHARGE syndrome). Teacher of MSI report (PDF),
#   nursery SENCo report (.docx).
# ===========================================================================


def case_05() -> Case:
    MSI, NUR, PLAN = "msi_teacher_report.pdf", "nursery_report.docx", "plan.docx"
    c = Case(
        "case-evale-05",
        PLAN,
        [MSI, NUR],
        "Teddy Ashworth-Obi, 4, nursery class of a primary school. Multi-sensory impairment (CHARGE syndrome). "
        "Ordinary Word plan with the child's name in each heading; F as bullets under area labels.",
    )
    titles = [
        ("A", "All about Teddy"),
        ("B", "Teddy's special educational needs"),
        ("C", "Teddy's health needs"),
        ("D", "Teddy's social care needs"),
        ("E", "Outcomes for Teddy"),
        ("F", "Special educational provision for Teddy"),
        ("G", "Health provision for Teddy"),
        (
            "H1",
            "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
        ),
        ("H2", "Other social care provision for Teddy"),
        ("I", "Teddy's placement"),
        ("J", "Personal budget"),
        ("K", "Advice and information"),
    ]
    H = {sid: c.heading(sid, f"Section {sid}: {t}") for sid, t in titles}

    B_MSI = "Teddy has a multi-sensory impairment: a combined loss of hearing and vision caused by CHARGE syndrome."
    B_HA = "He has a moderate hearing loss in both ears and wears hearing aids, which he often pulls out."
    B_VIS = "His vision is reduced, especially in the lower part of his visual field, so he may trip on steps and miss things placed low down."
    B_COMM = "Teddy communicates through about twenty signs, objects of reference and his voice; he does not use spoken words yet."
    B_NOISE = "When the room is noisy and crowded Teddy becomes distressed and may bite."
    B_TOIL = "Teddy is not yet toilet trained and needs an adult for all personal care."

    F_ADULT = c.f(
        "Teddy will be supported during every nursery session by a teaching assistant who is shared with two other children.",
        True,
        note="Specific, but a shared TA where a 1:1 intervenor trained in MSI was recommended.",
    )
    F_QTMSI = c.f(
        "A qualified teacher of multi-sensory impairment from the Merrowgate Sensory Service will visit the nursery every two weeks for one hour to work with Teddy and model strategies for staff.",
        True,
    )
    F_OBJ = c.f(
        "Before every change of activity, the adult working with Teddy will give him the object of reference for the next activity, for example a cup for snack time.",
        True,
    )
    F_AWARE = c.f("Staff will be aware of Teddy's sensory needs.", False)
    F_QUIET = c.f(
        "A screened quiet corner with a beanbag will be set up in Teddy's nursery room, and his adult will take him there when the noise rises or when he signs for it.",
        True,
    )
    F_PLAY = c.f("Teddy will have opportunities to play alongside other children.", False)
    F_CARE = c.f(
        "Two trained adults will carry out Teddy's personal care in the accessible changing room at set times each session, using his signs for toilet and wash.",
        True,
        note="Who (two trained adults), where and when (set times in every session) are stated.",
    )

    G_TRAIN = "The Merrowgate Sensory Service will provide half a day of training on multi-sensory impairment for the nursery team."
    G_AUD = "Teddy's hearing aids will be checked and his hearing reviewed by the paediatric audiology service every three months."

    # ---------------- teacher of MSI report (PDF) ----------------
    msi = [
        ("org", "Merrowgate Sensory Service"),
        (
            "small",
            "Hearing, Vision and Multi-Sensory Impairment Team  |  Lantern House, 40 Corn Exchange Street, Merrowgate WQ1 5JS  |  01632 960501",
        ),
        ("title", "Advice from a Qualified Teacher of Multi-Sensory Impairment"),
        (
            "p",
            "This advice is given under regulation 6(2) of the SEND Regulations 2014. Child: Teddy Ashworth-Obi, born 3 August 2021. Setting: Primrose Bank Primary School nursery class. Author: Marguerite Feeney-Adjei, QTMSI, QTVI.",
        ),
        ("h", 2, "Teddy's sensory profile"),
        (
            "p",
            c.need(
                MSI,
                "Teddy has a combined hearing and vision loss (multi-sensory impairment) associated with CHARGE syndrome.",
                "sensory_physical",
                B_MSI,
            )
            + " "
            + c.need(
                MSI,
                "He has a moderate bilateral hearing loss and is fitted with hearing aids, but he frequently pulls them out.",
                "sensory_physical",
                B_HA,
            ),
        ),
        (
            "p",
            c.need(
                MSI,
                "His vision is reduced, particularly in the lower visual field, so he trips on steps and does not notice objects placed low on a table.",
                "sensory_physical",
                B_VIS,
            ),
        ),
        (
            "p",
            c.need(
                MSI,
                "Because of his vestibular differences his balance is poor and he tires quickly after physical play.",
                "sensory_physical",
            ),
        ),
        ("h", 2, "Communication"),
        (
            "p",
            c.need(
                MSI,
                "Teddy uses about twenty signs, objects of reference and vocalisations to communicate, and has no spoken words yet.",
                "communication_interaction",
                B_COMM,
            ),
        ),
        (
            "p",
            c.non_need(
                MSI,
                "Teddy had a tracheostomy as a baby; it was removed at eighteen months and he has had no breathing problems since.",
                "Resolved.",
            ),
        ),
        ("h", 2, "What Teddy needs"),
        ("p", "My advice is set out below in order of priority."),
        (
            "bul",
            [
                c.rec(
                    MSI,
                    "Teddy needs an intervenor, a member of staff trained in multi-sensory impairment, working with him 1:1 throughout every nursery session.",
                    "sensory_physical",
                    "less",
                    F_ADULT,
                ),
                c.rec(
                    MSI,
                    "A qualified teacher of MSI should visit the nursery fortnightly to work with Teddy, model strategies and set targets.",
                    "sensory_physical",
                    "specific",
                    F_QTMSI,
                ),
                c.rec(
                    MSI,
                    "Objects of reference and a tactile timetable should be used for every transition in the nursery day.",
                    "communication_interaction",
                    "specific",
                    F_OBJ,
                ),
                c.rec(
                    MSI,
                    "Position Teddy with the light behind the speaker and within one metre of them, and check his hearing aids at the start of each session.",
                    "sensory_physical",
                    "not_specific",
                    F_AWARE,
                ),
                c.rec(
                    MSI,
                    "All nursery staff should be taught on-body signing and use the same signs with him every day.",
                    "communication_interaction",
                    "missing_from_f",
                ),
                c.rec(
                    MSI,
                    "I will deliver a half-day training session on multi-sensory impairment for the whole nursery team.",
                    "sensory_physical",
                    "wrong_section",
                    G_TRAIN,
                    "G",
                    note="Training by a specialist teacher educates staff: special educational provision, wrongly placed in G.",
                ),
            ],
        ),
        ("p", "Marguerite Feeney-Adjei, 14 April 2026."),
    ]
    c.docs.append(
        Doc(
            MSI,
            msi,
            author="Merrowgate Sensory Service",
            title="QTMSI advice",
            sans=True,
            accent="B35900",
            footer="Merrowgate Sensory Service - page {n}",
        )
    )

    # ---------------- nursery report (.docx) ----------------
    nur = [
        ("org", "Primrose Bank Primary School - Nursery Class"),
        ("small", "Primrose Bank, Merrowgate WQ3 2EE  |  01632 960517"),
        ("title", "Early Years Setting Report"),
        ("p", "Completed by Leonie Sørensen-Cole, Early Years SENCo, on 21 April 2026."),
        (
            "grid",
            [
                ["Area", "What we see"],
                [
                    "Personal, social and emotional",
                    "Teddy is affectionate with adults he knows and enjoys sensory play with water and sand. "
                    + c.need(
                        NUR,
                        "He does not yet play alongside other children and moves away when they come close to him.",
                        "semh",
                    ),
                ],
                [
                    "Behaviour",
                    c.need(
                        NUR,
                        "Teddy becomes very distressed and has bitten adults when the room is noisy and busy.",
                        "semh",
                        B_NOISE,
                    ),
                ],
                [
                    "Self-care",
                    c.need(
                        NUR,
                        "He is not yet toilet trained and needs an adult for all of his personal care.",
                        "other",
                        B_TOIL,
                    ),
                ],
            ],
            [0.3, 0.7],
        ),
        ("h", 2, "Our recommendations"),
        (
            "p",
            c.rec(
                NUR,
                "Teddy would benefit from a quiet, low-stimulus space in the room where he can withdraw when it gets busy.",
                "semh",
                "specific",
                F_QUIET,
                note="F gives a screened corner, the adult who takes him there and when: specific for an environmental provision.",
            ),
        ),
        (
            "p",
            c.rec(
                NUR,
                "We ask that his hearing aids continue to be reviewed by paediatric audiology every three months.",
                "health",
                "not_educational",
                G_AUD,
                "G",
            ),
        ),
        (
            "p",
            c.rec(
                NUR,
                "At home, the family could use the same signs for bath time and bedtime that we use in nursery.",
                "other",
                "not_educational",
            ),
        ),
    ]
    c.docs.append(
        Doc(
            NUR, nur, author="Primrose Bank Primary School", title="Setting report", accent="C00000"
        )
    )

    # ---------------- plan (.docx) ----------------
    h2 = lambda t: ("h", 2, t)  # noqa: E731
    plan = [
        ("title", "Merrowgate City Council"),
        (
            "p",
            "Education, Health and Care Plan - Teddy Ashworth-Obi - date of birth 3 August 2021 - final plan dated 29 May 2026",
        ),
        h2(H["A"]),
        ("p", c.sect("A", "Teddy loves splashing water, the swing in the park and being sung to.")),
        (
            "p",
            "His parents hope he will be able to tell them what he wants and to make a friend at nursery.",
        ),
        h2(H["B"]),
        ("b", "Sensory and physical"),
        ("p", c.sect("B", B_MSI) + " " + B_HA + " " + B_VIS),
        ("b", "Communication and interaction"),
        ("p", B_COMM),
        ("b", "Social, emotional and mental health"),
        ("p", B_NOISE),
        ("b", "Independence and self-care"),
        ("p", B_TOIL),
        h2(H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Teddy has CHARGE syndrome and is under the care of the community paediatrician, audiology and ophthalmology.",
            ),
        ),
        h2(H["D"]),
        (
            "p",
            c.sect(
                "D",
                "Teddy's family have been assessed by the disabled children's team and are eligible for short breaks.",
            ),
        ),
        h2(H["E"]),
        (
            "p",
            c.sect(
                "E",
                "By the end of Reception Teddy will use 40 signs or objects to make choices and requests.",
            ),
        ),
        ("pb",),
        h2(H["F"]),
        ("b", "Sensory and physical"),
        ("bul", [c.sect("F", F_ADULT), F_QTMSI, F_AWARE]),
        ("b", "Communication and interaction"),
        ("bul", [F_OBJ]),
        ("b", "Social, emotional and mental health"),
        ("bul", [F_QUIET, F_PLAY]),
        ("b", "Independence and self-care"),
        ("bul", [F_CARE]),
        h2(H["G"]),
        (
            "bul",
            [
                c.sect("G", G_AUD),
                G_TRAIN,
                "Teddy will be seen by the paediatric ophthalmologist every six months.",
            ],
        ),
    ] + simple_sections(
        c,
        H,
        h2,
        {
            "H1": "Teddy's family will receive four hours of short breaks each month from a specialist childminder.",
            "H2": "None identified.",
            "I": "Primrose Bank Primary School, nursery class (mainstream maintained school), then its Reception class from September 2026.",
            "J": "The family have chosen not to have a personal budget.",
            "K": [
                "Advice from the Qualified Teacher of MSI, 14 April 2026.",
                "Early years setting report, 21 April 2026.",
                "Paediatric advice, March 2026.",
            ],
        },
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Merrowgate City Council",
            title="EHC Plan",
            footer="Merrowgate City Council - Education, Health and Care Plan",
            accent="1F4E79",
        )
    )
    return c


# ===========================================================================
# case-evale-06  Westerby Fold Borough Council - ordinary Word plan
#   Heading 1 "Section B - Special Educational Needs"; B as numbered paragraphs
#   "B1<tab>..."; F is a 3-column table Provision | Frequency and duration |
#   Delivered by; NO Section J. Year 3, moderate learning difficulty.
#   Independent EP report (PDF, test-score table), school SENCo report (.docx).
# ===========================================================================


def case_06() -> Case:
    EP, SENCO, PLAN = "independent_ep_report.pdf", "senco_report.docx", "plan.docx"
    c = Case(
        "case-evale-06",
        PLAN,
        [EP, SENCO],
        "Alfie Brennock, 7, Year 3, mainstream primary. Moderate learning difficulty, weak working memory, "
        "language concepts, fine motor. Ordinary Word plan; numbered B; F a 3-column table; no Section J.",
    )
    titles = [
        ("A", "Views, Interests and Aspirations"),
        ("B", "Special Educational Needs"),
        ("C", "Health Needs"),
        ("D", "Social Care Needs"),
        ("E", "Outcomes"),
        ("F", "Special Educational Provision"),
        ("G", "Health Provision"),
        ("H1", "Social Care Provision (Section 2 CSDPA 1970)"),
        ("H2", "Other Social Care Provision"),
        ("I", "Placement"),
        ("K", "Advice and Information"),
    ]
    H = {sid: c.heading(sid, f"Section {sid} - {t}") for sid, t in titles}
    c.note = (
        "The plan has no Section J heading or content, so section_missing 'J' is expected. F is a table: "
        "f_provisions.text is the Provision cell and specificity is judged on the whole row. "
        "'Not specific outranks less' as in sets B to D."
    )

    B_COG = "Alfie has a moderate learning difficulty; his overall cognitive ability is well below that of most children his age."
    B_WM = "His working memory is very limited and he can hold only two pieces of information in mind at once."
    B_ATTAIN = (
        "Alfie is working at an early Year 1 level in reading and at a Reception level in number."
    )
    B_SELF = "Alfie describes himself as 'stupid' and gives up quickly when work looks hard."
    B_DRESS = "He needs adult help to change for PE and to look after his belongings."
    B_PLAY = "At playtime Alfie is often on the edge of games and is sometimes left out."

    F_PT = c.f(
        "Precision teaching of sight words and number facts",
        True,
        note="Row: three times a week, 10 minutes, group of four, teaching assistant. Specific, but a group of four three times a week where daily 1:1 was recommended.",
    )
    F_SMALL = c.f(
        "Teaching in a small group for some English and maths lessons",
        False,
        note="Row: 'some lessons', 'class teacher or teaching assistant': no group size, no frequency.",
    )
    F_VOCAB = c.f(
        "Pre-teaching of five key topic words using pictures and real objects, before each new topic",
        True,
    )
    F_STEPS = c.f("Every task broken into single steps on a visual checklist on Alfie's desk", True)
    F_FRIEND = c.f("Friendship group of four pupils", True)
    F_FINE = c.f("Opportunities to develop fine motor skills", False)
    F_PE = c.f("Adult help to change for PE, and a labelled tray and peg with picture labels", True)

    # ---------------- independent EP report (PDF) ----------------
    ep = [
        ("org", "Dr Saoirse Valbonne-Hughes, Independent Chartered Educational Psychologist"),
        (
            "small",
            "Valbonne Psychology, 12 Tithe Barn Yard, Westerby Fold QK8 3UY  |  01632 960634  |  office@example.org",
        ),
        ("title", "Independent Educational Psychology Report"),
        (
            "p",
            "Commissioned by Alfie's parents, Mr and Mrs Brennock. Alfie was seen at home on 7 March 2026 and at Hollin Edge Primary School on 10 March 2026.",
        ),
        ("h", 2, "Background"),
        (
            "p",
            c.non_need(
                EP,
                "Alfie was late to walk, but his gross motor skills had caught up by the time he started school and there are no concerns now.",
                "Resolved early delay.",
            )
            + " He has always been a friendly, eager boy who loves animals.",
        ),
        ("h", 2, "Cognitive assessment"),
        (
            "grid",
            [
                ["Index", "Score", "Range"],
                ["Verbal comprehension", "70", "Very low"],
                ["Visual spatial", "74", "Very low"],
                ["Working memory", "62", "Extremely low"],
                ["General ability index", "66", "Extremely low"],
            ],
            [0.5, 0.2, 0.3],
        ),
        (
            "p",
            c.need(
                EP,
                "Alfie's general ability is in the extremely low range (GAI 66), which is consistent with a moderate learning difficulty.",
                "cognition_learning",
                B_COG,
            )
            + " "
            + c.need(
                EP,
                "Working memory is his weakest area: he can hold only two items in mind before the first is lost.",
                "cognition_learning",
                B_WM,
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "In attainment, he reads at an early Year 1 level and his number skills are at a Reception level.",
                "cognition_learning",
                B_ATTAIN,
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "In conversation I noticed that Alfie misunderstands common concept words such as same, different, first and last, and his vocabulary is limited for his age.",
                "communication_interaction",
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "He called himself stupid three times during the session and stopped trying as soon as a task looked difficult.",
                "semh",
                B_SELF,
            ),
        ),
        ("h", 2, "Recommendations"),
        ("p", "In my opinion Alfie requires the following."),
        (
            "np",
            "(a)",
            c.rec(
                EP,
                "Daily 1:1 precision teaching of sight words and number facts for 10 minutes, by a teaching assistant trained in precision teaching.",
                "cognition_learning",
                "less",
                F_PT,
            ),
        ),
        (
            "np",
            "(b)",
            c.rec(
                EP,
                "Teaching for English and maths in a group of no more than six pupils, led by a qualified teacher, every day.",
                "cognition_learning",
                "not_specific",
                F_SMALL,
            ),
        ),
        (
            "np",
            "(c)",
            c.rec(
                EP,
                "Pre-teaching of topic vocabulary, 15 minutes twice a week, using pictures and objects.",
                "communication_interaction",
                "specific",
                F_VOCAB,
            ),
        ),
        (
            "np",
            "(d)",
            c.rec(
                EP,
                "Breaking every task into one step at a time, shown on a visual checklist.",
                "cognition_learning",
                "specific",
                F_STEPS,
            ),
        ),
        (
            "np",
            "(e)",
            c.rec(
                EP,
                "A re-assessment by an educational psychologist in Year 5 to inform planning for his move to secondary school.",
                "cognition_learning",
                "missing_from_f",
            ),
        ),
        ("p", "Dr Saoirse Valbonne-Hughes, DEdPsy, CPsychol, HCPC PYL04321. 24 March 2026."),
    ]
    c.docs.append(
        Doc(
            EP,
            ep,
            author="Valbonne Psychology",
            title="Independent EP report",
            accent="4B0082",
            header="PRIVATE AND CONFIDENTIAL - Alfie Brennock",
            footer="Valbonne Psychology - {n} of {m}",
        )
    )

    # ---------------- SENCo report (.docx) ----------------
    senco = [
        ("org", "Hollin Edge Primary School"),
        ("small", "Hollin Lane, Westerby Fold QK8 1RR  |  01632 960640"),
        ("title", "SENCo Report for the EHC Needs Assessment"),
        ("p", "Pupil: Alfie Brennock, Year 3. Written by Mrs Dervla Aksoy, SENCo, 3 March 2026."),
        ("h", 2, "Alfie in school"),
        (
            "p",
            "Alfie is kind, loves helping to feed the class guinea pigs and tries hard when he is with an adult he trusts.",
        ),
        (
            "p",
            c.need(
                SENCO,
                "Alfie needs an adult to help him get changed for PE and to keep track of his belongings.",
                "other",
                B_DRESS,
            ),
        ),
        (
            "p",
            c.need(
                SENCO,
                "He often hovers on the edge of games at playtime and other children have started to leave him out.",
                "semh",
                B_PLAY,
            ),
        ),
        (
            "p",
            c.need(
                SENCO,
                "His fine motor control is weak; he cannot yet cut with scissors and many of his letters are poorly formed.",
                "sensory_physical",
            ),
        ),
        ("h", 2, "What we think Alfie needs"),
        (
            "bul",
            [
                c.rec(
                    SENCO,
                    "A friendship group of four pupils, run by our ELSA for 20 minutes once a week.",
                    "semh",
                    "specific",
                    F_FRIEND,
                ),
                c.rec(
                    SENCO,
                    "A five-minute fine motor warm-up, such as dough disco, every morning with an adult.",
                    "sensory_physical",
                    "not_specific",
                    F_FINE,
                ),
                c.rec(
                    SENCO,
                    "A picture-labelled tray and peg so that he can find his things himself.",
                    "other",
                    "specific",
                    F_PE,
                ),
            ],
        ),
        (
            "p",
            c.rec(
                SENCO,
                "We would also encourage Alfie's parents to keep up the bedtime story routine that he enjoys so much.",
                "other",
                "not_educational",
            ),
        ),
    ]
    c.docs.append(
        Doc(
            SENCO,
            senco,
            author="Hollin Edge Primary School",
            title="SENCo report",
            sans=True,
            accent="2E75B6",
        )
    )

    # ---------------- plan (.docx) ----------------
    h1 = lambda t: ("h", 1, t)  # noqa: E731
    plan = [
        ("title", "Westerby Fold Borough Council"),
        (
            "p",
            "Education, Health and Care Plan for Alfie Brennock. Date of birth 21 November 2018. Final plan, 8 June 2026.",
        ),
        h1(H["A"]),
        ("p", c.sect("A", "Alfie loves animals and wants to work on a farm when he grows up.")),
        ("p", "His parents would like him to learn to read and to have a good friend."),
        h1(H["B"]),
        ("np", "B1", c.sect("B", B_COG)),
        ("np", "B2", B_WM),
        ("np", "B3", B_ATTAIN),
        ("np", "B4", B_SELF),
        ("np", "B5", B_DRESS),
        ("np", "B6", B_PLAY),
        h1(H["C"]),
        ("p", c.sect("C", "Alfie has no diagnosed health conditions.")),
        h1(H["D"]),
        ("p", c.sect("D", "Alfie has no social care needs.")),
        h1(H["E"]),
        ("p", c.sect("E", "By July 2027 Alfie will read 50 high-frequency words on sight.")),
        (
            "p",
            "By July 2027 Alfie will join a playground game with a peer on three days out of five.",
        ),
        ("pb",),
        h1(H["F"]),
        (
            "grid",
            [
                ["Provision", "Frequency and duration", "Delivered by"],
                [
                    c.sect("F", F_PT),
                    "Three times a week, 10 minutes each, in a group of four",
                    "Teaching assistant",
                ],
                [F_SMALL, "Some lessons", "Class teacher or teaching assistant"],
                [F_VOCAB, "Twice a week, 15 minutes", "Teaching assistant"],
                [
                    F_STEPS,
                    "Every lesson",
                    "Class teacher prepares; teaching assistant checks each step with Alfie",
                ],
                [
                    F_FRIEND,
                    "Weekly (Thursday), 20 minutes",
                    "Emotional literacy support assistant (ELSA)",
                ],
                [F_FINE, "Ongoing", "School staff"],
                [F_PE, "Every PE lesson; tray and peg from September", "Teaching assistant"],
            ],
            [0.46, 0.27, 0.27],
        ),
        ("pb",),
    ] + simple_sections(
        c,
        H,
        h1,
        {
            "G": "No health provision is required at present.",
            "H1": "No provision is required under section 2.",
            "H2": "No other social care provision is required.",
            "I": "Hollin Edge Primary School, Hollin Lane, Westerby Fold QK8 1RR (mainstream community primary school).",
            "K": [
                "Independent educational psychology report, Dr Saoirse Valbonne-Hughes, 24 March 2026.",
                "SENCo report, Hollin Edge Primary School, 3 March 2026.",
                "Parents' views, February 2026.",
            ],
        },
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Westerby Fold Borough Council",
            title="EHC Plan",
            footer="Westerby Fold Borough Council - EHC Plan",
            accent="17365D",
        )
    )
    return c


BUILDERS = [case_01, case_02, case_03, case_04, case_05, case_06]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BUILDERS, HERE))
