#!/usr/bin/env python3
# ruff: noqa: E501, N806
"""Generate evaluation set G (case-evalg-01 .. case-evalg-06) for the plan check.

Independent of the development corpus and of evaluation sets A to F: new councils,
families, schools, professionals, sentences, plan layouts and report styles. Everything
is invented; postcodes use areas that do not exist (JV, VZ, ZK, KZ, WJ, JK), phone
numbers are in the 01632 960xxx range and e-mail addresses are at example.org.

    python generate.py              # write the six case folders, then verify them
    python generate.py --no-verify

Needs python-docx and reportlab; verification also needs pypdf. The output is
byte-for-byte repeatable (reportlab invariant mode; fixed zip timestamps and core
properties in every .docx). Findings are derived from statuses by the corpus rules.
The document writers and the verifier follow the design of evaluation set F.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.headed import (  # noqa: E402
    Case,
    Doc,
    main,
    plan_blocks,
)

# ---------------------------------------------------------------------------
# case-evalg-01: Duncombe Ridge County Council; Esme Thackeray, 6, Year 1
# plan.docx: Heading 1 "B. Special educational needs" (letter and full stop),
# F as one four-column table per area: Provision | Delivered by | How often / how long | Group size
# ---------------------------------------------------------------------------


def case_01() -> Case:
    hd = {
        "A": "A. About Esme: views, interests and aspirations",
        "B": "B. Special educational needs",
        "C": "C. Health needs",
        "D": "D. Social care needs",
        "E": "E. Outcomes",
        "F": "F. Special educational provision",
        "G": "G. Health provision",
        "H1": "H1. Social care provision made under section 2 of the Chronically Sick and Disabled Persons Act 1970",
        "H2": "H2. Any other social care provision",
        "I": "I. Name and type of school",
        "J": "J. Personal budget arrangements",
        "K": "K. Advice and information gathered",
    }
    c = Case(
        "case-evalg-01",
        "Duncombe Ridge County Council; Esme Thackeray, 6, Year 1 at Hollin Lane Infant School. "
        "Social communication difficulties (awaiting autism assessment), sensory over-responsiveness, early reading, fine motor and self-care.",
        "plan.docx",
        ["ep_report.docx", "ot_report.pdf"],
        hd,
    )
    S, P, F, N, R, X = c.S, c.P, c.F, c.N, c.R, c.X
    EP, OT = "ep_report.docx", "ot_report.pdf"

    b_play = P(
        "B", "Esme tends to play alone and needs adult help to join in games with other children."
    )
    b_change = P(
        "B",
        "Unexpected changes to the school day, such as a different adult or a timetable change, upset Esme and can lead to long periods of crying.",
    )
    b_read = P(
        "B",
        "Esme's early reading is delayed; she knows fewer than half of the Phase 3 sounds and is not yet blending simple words.",
    )
    b_noise = P(
        "B",
        "Esme is very sensitive to loud noise and finds assembly and the dining hall hard to cope with.",
    )
    b_grip = P(
        "B", "Esme holds her pencil in her fist and is not yet forming most letters correctly."
    )

    f_phon = F("Individual phonics teaching following the school's synthetic phonics scheme", True)
    f_play = F(
        "Structured turn-taking and shared play group",
        True,
        "Once a week in a group of six, where three times a week in a group of no more than four was recommended.",
    )
    f_vis = F("Visual supports will be used as appropriate.", False)
    f_move = F(
        "Before every literacy and maths lesson, a five-minute movement break (wall push-ups, trampette, carrying a crate of books)",
        True,
        "Specific although the timing leads the cell.",
    )
    f_noise = F("Esme will have support to manage noisy environments.", False)
    f_fine = F(
        "Fine motor and pre-writing programme written by the occupational therapist",
        True,
        "Twice a week where four times a week was recommended.",
    )
    f_dress = F("Opportunities to practise getting changed for PE independently", False)
    f_lunch = F("Lunch in the small dining room with no more than eight pupils", True)
    f_rev = F(
        "Review meeting with Esme's parents and class teacher to look at progress against her targets",
        True,
    )

    g_ot = P(
        "G",
        "The Duncombe Ridge Children's Occupational Therapy Service will train the Year 1 class team in sensory regulation strategies.",
    )

    # ---- reports -------------------------------------------------------
    ep_n1 = N(
        EP,
        "Esme finds it very hard to join in with play alongside other children and usually plays on her own at the edge of the group.",
        "communication_interaction",
        "in_b",
        b_play,
    )
    ep_n2 = N(
        EP,
        "She becomes distressed when the routine of the day changes without warning, for example when PE is moved or a supply teacher arrives.",
        "semh",
        "in_b",
        b_change,
    )
    ep_n3 = N(
        EP,
        "On both of my visits, and according to her teacher on most days, Esme does not respond when her name is called from across the classroom, so whole-class instructions often pass her by.",
        "communication_interaction",
        "missing_from_b",
        None,
        "In the observation prose, not the summary.",
    )
    ep_n4 = N(
        EP,
        "Her phonics knowledge is well behind that of her classmates: she knows 14 of the 31 Phase 3 sounds and cannot yet blend three-letter words.",
        "cognition_learning",
        "in_b",
        b_read,
    )
    ep_n5 = N(
        EP,
        "Esme's attention for adult-led learning lasts around three minutes, after which she leaves the table or starts to rock on her chair.",
        "cognition_learning",
        "missing_from_b",
    )
    ep_r1 = R(
        EP,
        "Esme needs a daily 1:1 phonics session of 15 minutes with a trained teaching assistant, using the school's systematic synthetic phonics programme.",
        "cognition_learning",
        "specific",
        f_phon,
        "Phrased as a need.",
    )
    ep_r2 = R(
        EP,
        "A small group of no more than four children, led by a trained adult, should work on turn-taking and shared play for 20 minutes three times a week.",
        "communication_interaction",
        "less",
        f_play,
    )
    ep_r3 = R(
        EP,
        "Esme should be given a visual timetable on her table and be prepared for any change to the day by a familiar adult before it happens.",
        "semh",
        "not_specific",
        f_vis,
    )
    ep_r4 = R(
        EP,
        "It would help Esme if adults said her name and waited for her to look up before giving an instruction, and then checked her understanding by asking her to show them what to do.",
        "communication_interaction",
        "missing_from_f",
        None,
        "Recommendation in the discussion prose.",
    )
    ep_r5 = R(
        EP,
        "Esme's progress should be reviewed at a meeting with her parents, class teacher and SENCo every half-term.",
        "other",
        "specific",
        f_rev,
    )
    ep_r6 = R(
        EP,
        "At home, Mr and Mrs Thackeray might try a simple picture sequence for the bedtime routine, which many families find reduces arguments at the end of the day.",
        "other",
        "not_educational",
        None,
        "Advice for home.",
    )
    ep_x = X(
        EP,
        "Esme's early feeding difficulties, which led to a dietitian referral at 18 months, have fully resolved and she now eats a varied diet.",
        "Resolved; not a current need.",
    )

    ot_n1 = N(
        OT,
        "Esme is over-responsive to noise: she covers her ears in assembly and the dining hall and has run out of the hall on several occasions.",
        "sensory_physical",
        "in_b",
        b_noise,
    )
    ot_n2 = N(
        OT,
        "Her pencil grip is immature (a fisted grasp) and she cannot yet form most lower-case letters correctly.",
        "sensory_physical",
        "in_b",
        b_grip,
    )
    ot_n3 = N(
        OT,
        "Esme cannot yet manage buttons, zips or putting on her coat without help, so changing for PE takes her much longer than her classmates.",
        "sensory_physical",
        "missing_from_b",
        None,
        "F has a vague provision about changing for PE, but B does not describe the need.",
    )
    ot_r1 = R(
        OT,
        "I recommend that the occupational therapist trains Esme's class teacher and teaching assistant in sensory regulation strategies in one half-day session, followed by a review visit six weeks later.",
        "sensory_physical",
        "wrong_section",
        g_ot,
        "Training of school staff by a therapist educates or trains; placed in G.",
    )
    ot_r2 = R(
        OT,
        "Esme should have a sensory movement break of about five minutes before each literacy and maths session, led by a familiar adult.",
        "sensory_physical",
        "specific",
        f_move,
    )
    ot_r3 = R(
        OT,
        "Ear defenders should be available to Esme in assembly and the dining hall, and she should be allowed to enter the hall before it fills up.",
        "sensory_physical",
        "not_specific",
        f_noise,
    )
    ot_r4 = R(
        OT,
        "I recommend a fine motor and pre-writing programme delivered by a teaching assistant for 15 minutes, four times a week, with the programme reviewed by the occupational therapist each term.",
        "sensory_physical",
        "less",
        f_fine,
    )
    ot_r5 = R(
        OT,
        "At home, practising buttons and zips on a dressing board for a few minutes at bath time would give Esme extra practice without pressure.",
        "other",
        "not_educational",
        None,
        "Advice for home.",
    )
    ot_x = X(
        OT,
        "The in-toeing that was noted when Esme started walking has corrected itself, and her gait is now typical for her age.",
        "Resolved; not a current need.",
    )

    body = {
        "A": [
            (
                "p",
                S(
                    "A",
                    "Esme loves horses, the colour purple and building dens with her big brother, Alfie.",
                ),
            ),
            (
                "p",
                'Esme told us that her favourite part of school is the reading corner with the beanbags. She does not like the hand dryers in the toilets because they are "too shouty".',
            ),
            (
                "p",
                "Her parents would like Esme to have a friend to play with at playtime and to learn to read so that she can read her pony books herself.",
            ),
        ],
        "B": [
            (
                "p",
                S(
                    "B",
                    "Esme is a friendly, curious girl who is currently waiting for an autism assessment with the Duncombe Ridge Neurodevelopmental Pathway.",
                ),
            ),
            ("h2", "Communication and interaction"),
            ("p", b_play),
            ("p", b_change),
            ("h2", "Cognition and learning"),
            ("p", b_read),
            ("h2", "Sensory and physical"),
            ("p", b_noise),
            ("p", b_grip),
        ],
        "C": [
            (
                "p",
                S(
                    "C",
                    "Esme is healthy and is not currently known to any health service other than the occupational therapy service.",
                ),
            )
        ],
        "D": [("p", S("D", "No social care needs have been identified."))],
        "E": [
            (
                "p",
                S(
                    "E",
                    "By the end of Year 2, Esme will take part in a game with two other children for five minutes with adult help.",
                ),
            ),
            (
                "p",
                "By the end of Year 2, Esme will read and blend words containing the Phase 3 sounds.",
            ),
            (
                "p",
                "By the end of Year 2, Esme will write her first name and a short sentence with correctly formed letters.",
            ),
        ],
        "F": [
            (
                "p",
                S(
                    "F",
                    "Hollin Lane Infant School will make the following provision, which will be overseen by the SENCo.",
                ),
            ),
            ("h2", "Communication and interaction"),
            (
                "grid",
                [
                    ["Provision", "Delivered by", "How often / how long", "Group size"],
                    [f_play, "Teaching assistant", "20 minutes once a week", "Six children"],
                    [f_vis, "Class staff", "As appropriate", "-"],
                ],
                [0.4, 0.2, 0.22, 0.18],
            ),
            ("h2", "Cognition and learning"),
            (
                "grid",
                [
                    ["Provision", "Delivered by", "How often / how long", "Group size"],
                    [
                        f_phon,
                        "Teaching assistant trained in the scheme",
                        "15 minutes every school day",
                        "1:1",
                    ],
                    [f_rev, "SENCo", "Once every half-term, 30 minutes", "-"],
                ],
                [0.4, 0.2, 0.22, 0.18],
            ),
            ("h2", "Sensory and physical"),
            (
                "grid",
                [
                    ["Provision", "Delivered by", "How often / how long", "Group size"],
                    [
                        f_move,
                        "Class teaching assistant",
                        "Five minutes, twice each school day",
                        "1:1",
                    ],
                    [f_noise, "Staff", "When needed", "-"],
                    [f_fine, "Teaching assistant", "15 minutes twice a week", "1:1"],
                    [f_dress, "Staff", "Ongoing", "-"],
                    [f_lunch, "Named midday supervisor", "Every lunchtime", "Eight pupils"],
                ],
                [0.4, 0.2, 0.22, 0.18],
            ),
        ],
        "G": [
            ("p", g_ot),
            (
                "p",
                S(
                    "G",
                    "Esme will be seen by the Neurodevelopmental Pathway for an autism assessment; the expected wait is nine months.",
                ),
            ),
        ],
        "H1": [("p", S("H1", "None."))],
        "H2": [("p", S("H2", "None identified at this time."))],
        "I": [
            (
                "p",
                S(
                    "I",
                    "Hollin Lane Infant School, Hollin Lane, Duncombe JV3 8PE (mainstream infant school, community school).",
                ),
            )
        ],
        "J": [("p", S("J", "Esme's parents have not asked for a personal budget."))],
        "K": [
            (
                "bul",
                [
                    S("K", "Advice from Esme's parents, March 2026"),
                    "Educational psychology advice, Dr Priya Lindqvist, February 2026",
                    "Occupational therapy report, Gwen Farraday, January 2026",
                    "Advice from Hollin Lane Infant School, February 2026",
                ],
            )
        ],
    }
    plan = [
        ("title", "Education, Health and Care Plan"),
        ("org", "Duncombe Ridge County Council – SEND Assessment Team"),
        (
            "grid",
            [
                ["Name", "Esme Thackeray"],
                ["Date of birth", "14 June 2019"],
                ["Plan issued", "20 April 2026"],
                ["Case officer", "Nadia Pemberton, 01632 960412, send.team@example.org"],
            ],
            [0.3, 0.7],
        ),
        ("pb",),
        *plan_blocks(c, "h1", body),
    ]
    c.docs.append(
        Doc(
            "plan.docx",
            plan,
            footer="Duncombe Ridge County Council – EHC plan – Esme Thackeray",
            author="Duncombe Ridge County Council",
            title="EHC plan",
        )
    )

    ep = [
        ("org", "Duncombe Ridge Educational Psychology Service"),
        ("small", "County Hall Annexe, Duncombe JV1 2AA  ·  01632 960455  ·  eps@example.org"),
        ("title", "Psychological advice for an EHC needs assessment"),
        (
            "grid",
            [
                ["Child", "Esme Thackeray"],
                ["School", "Hollin Lane Infant School, Year 1"],
                ["Dates of involvement", "3 and 10 February 2026"],
                ["Psychologist", "Dr Priya Lindqvist, Educational Psychologist (HCPC registered)"],
            ],
            [0.3, 0.7],
        ),
        ("h2", "1. Why I was asked to see Esme"),
        (
            "p",
            "The school and Esme's parents asked for advice because Esme is finding it hard to settle into Year 1 and to make progress with early reading.",
        ),
        ("h2", "2. Background"),
        ("p", "Esme lives with her parents and her older brother. " + ep_x),
        ("h2", "3. What I saw"),
        (
            "p",
            "I observed Esme in a phonics lesson and at afternoon play. "
            + ep_n3
            + " At play she wandered along the fence and watched a skipping game for several minutes.",
        ),
        (
            "p",
            ep_n5
            + " When the teaching assistant sat beside her and used her name, she returned to the task for a further minute or two.",
        ),
        ("h2", "4. Esme's strengths"),
        (
            "p",
            "Esme has a good memory for routines, enjoys books with animals in them and can count reliably to twenty.",
        ),
        ("h2", "5. Summary of Esme's needs"),
        ("bul", [ep_n1, ep_n2, ep_n4]),
        ("h2", "6. Discussion"),
        (
            "p",
            "Esme's difficulties are consistent with a social communication profile, and the assessment by the Neurodevelopmental Pathway will help to clarify this. "
            + ep_r4,
        ),
        ("h2", "7. What will help Esme in school"),
        ("num", [ep_r1, ep_r2, ep_r3, ep_r5]),
        ("h2", "8. Ideas for home"),
        ("p", ep_r6),
        ("pb",),
        ("p", "Dr Priya Lindqvist"),
        ("small", "Educational Psychologist, 24 February 2026"),
    ]
    c.docs.append(
        Doc(
            "ep_report.docx",
            ep,
            author="Duncombe Ridge Educational Psychology Service",
            title="Psychological advice",
            accent="4B3F72",
        )
    )

    ot = [
        ("title", "Occupational Therapy Assessment Report"),
        (
            "small",
            "Gwen Farraday BSc (Hons) OT, HCPC OT07731 · Farraday Children's Therapy · 01632 960478 · gwen@example.org",
        ),
        (
            "small",
            "Child: Esme Thackeray (6 years 7 months) · Assessed at school and at home, 19 and 21 January 2026",
        ),
        ("h1", "Background"),
        (
            "p",
            "Esme was referred privately by her parents because of concerns about her handwriting and her reactions to noise. "
            + ot_x,
        ),
        ("h1", "Sensory Profile 2 (teacher and parent questionnaires)"),
        (
            "grid",
            [
                ["Quadrant", "Home", "School"],
                ["Seeking", "Just like the majority", "More than others"],
                ["Avoiding", "More than others", "Much more than others"],
                ["Sensitivity", "Much more than others", "Much more than others"],
                ["Registration", "Just like the majority", "More than others"],
            ],
            [0.4, 0.3, 0.3],
        ),
        ("h1", "Findings"),
        ("p", ot_n1 + " At home she will not use the hand dryer or the vacuum cleaner."),
        ("p", ot_n2),
        ("p", ot_n3),
        ("h1", "Recommendations"),
        ("bul", [ot_r1, ot_r2, ot_r3, ot_r4]),
        ("h1", "For home"),
        ("p", ot_r5),
        ("p", "I would be happy to discuss this report with school staff."),
    ]
    c.docs.append(
        Doc(
            "ot_report.pdf",
            ot,
            header="Farraday Children's Therapy – confidential",
            footer="Page {n}",
            author="Gwen Farraday",
            title="OT report",
            sans=True,
            accent="7A3B2E",
        )
    )
    return c


# ---------------------------------------------------------------------------
# case-evalg-02: Sedgecombe Borough Council; Rhys Adeyemi-Cole, 11, Year 7
# plan.pdf (Word export look): "Section B — ..." headings (em dash), running header,
# B paragraphs under bold area labels, F bullets under bold area labels
# ---------------------------------------------------------------------------


def case_02() -> Case:
    hd = {
        "A": "Section A — Rhys's views, interests and aspirations",
        "B": "Section B — Special Educational Needs",
        "C": "Section C — Health care needs",
        "D": "Section D — Social care needs",
        "E": "Section E — Outcomes",
        "F": "Section F — Special Educational Provision",
        "G": "Section G — Health care provision",
        "H1": "Section H1 — Social care provision (Chronically Sick and Disabled Persons Act 1970)",
        "H2": "Section H2 — Other social care provision",
        "I": "Section I — Placement",
        "J": "Section J — Personal Budget",
        "K": "Section K — Advice and information",
    }
    c = Case(
        "case-evalg-02",
        "Sedgecombe Borough Council; Rhys Adeyemi-Cole, 11, Year 7 at Ashgrove High School. "
        "Dyslexia, weak number sense, working memory, low self-esteem and difficulty with the move to secondary school.",
        "plan.pdf",
        ["specialist_teacher_report.pdf", "ep_report.docx"],
        hd,
    )
    S, P, F, N, R, X = c.S, c.P, c.F, c.N, c.R, c.X
    ST, EP = "specialist_teacher_report.pdf", "ep_report.docx"

    b_read = P(
        "B",
        "Rhys reads at around the level expected of a child three years younger and struggles to read long or unfamiliar words.",
    )
    b_spell = P(
        "B",
        "Rhys's spelling is weak and he keeps his written answers short to avoid words he cannot spell.",
    )
    b_conf = P(
        "B", "Rhys has very low confidence in his ability and sometimes avoids English lessons."
    )
    b_org = P(
        "B",
        "Since starting secondary school Rhys has found it hard to organise himself, find his way between lessons and bring the right equipment.",
    )
    b_quiet = P(
        "B", "Rhys rarely contributes in class and will not read aloud in front of other pupils."
    )
    b_home = P("B", "Homework takes Rhys much longer than expected and causes him distress.")

    f_lit = F(
        "Rhys will be taught in a literacy intervention group of four pupils by a teaching assistant for two 45-minute sessions each week, using the Fresh Start programme.",
        True,
        "Group of four with a TA where 1:1 with an SpLD-qualified teacher was recommended.",
    )
    f_exam = F(
        "In every internal test and examination Rhys will have 25% extra time and a reader, arranged by the exams officer.",
        True,
    )
    f_lap = F("Rhys will be encouraged to use a laptop where possible.", False)
    f_notes = F(
        "Printed copies of the slides or board notes for every lesson will be given to Rhys at the start of the lesson by the class teacher.",
        True,
    )
    f_gen = F("Rhys will receive literacy support across the curriculum as required.", False)
    f_tests = F(
        "The SENCo will assess Rhys's reading and spelling each term using standardised tests and send the results to his parents.",
        True,
    )
    f_am = F(
        "Every morning at 8.40, for the whole of the autumn term, Rhys will meet his Head of Year for a five-minute check of his timetable and equipment.",
        True,
        "Specific; the time leads the sentence.",
    )
    f_elsa = F("Rhys will have access to ELSA support.", False)

    g_train = P(
        "G",
        "The Sedgecombe Specialist Teaching Service will provide one training session on dyslexia-friendly teaching for Rhys's English and maths teachers.",
    )

    st_n1 = N(
        ST,
        "Rhys's single-word reading is at the level of an average eight-year-old, and his reading of unfamiliar multisyllabic words is slow and inaccurate.",
        "cognition_learning",
        "in_b",
        b_read,
    )
    st_n2 = N(
        ST,
        "His spelling is phonetically plausible but highly inaccurate, and he avoids writing words he cannot spell, so his written work is much shorter than his spoken ideas.",
        "cognition_learning",
        "in_b",
        b_spell,
    )
    st_n3 = N(
        ST,
        "Rhys has a weak grasp of number facts and place value, and he still relies on counting on his fingers for addition within 20.",
        "cognition_learning",
        "missing_from_b",
    )
    st_n4 = N(
        ST,
        "His verbal working memory is a significant weakness, and he regularly loses his place when copying from the board.",
        "cognition_learning",
        "missing_from_b",
        None,
        "In the test commentary, not the summary.",
    )
    st_r1 = R(
        ST,
        "Rhys requires specialist literacy teaching from a teacher holding an SpLD qualification, 1:1, for two 45-minute sessions each week.",
        "cognition_learning",
        "less",
        f_lit,
    )
    st_r2 = R(
        ST,
        "Rhys should have a reader and 25% extra time in all internal tests and examinations.",
        "cognition_learning",
        "specific",
        f_exam,
    )
    st_r3 = R(
        ST,
        "Rhys should be taught to touch-type using a structured online course for 15 minutes, three times a week, so that he can use a laptop for extended writing by Year 8.",
        "cognition_learning",
        "not_specific",
        f_lap,
    )
    st_r4 = R(
        ST,
        "A daily 10-minute numeracy intervention focusing on number facts and place value, delivered by a teaching assistant using concrete apparatus, is recommended.",
        "cognition_learning",
        "missing_from_f",
    )
    st_r5 = R(
        ST,
        "Copying from the board should be avoided; printed copies of board notes should be given to Rhys.",
        "cognition_learning",
        "specific",
        f_notes,
    )
    st_r6 = R(
        ST,
        "Listening to audiobooks at home while following the printed text would help Rhys to enjoy books he cannot yet read alone.",
        "other",
        "not_educational",
        None,
        "Advice for home.",
    )
    st_x = X(
        ST,
        "Rhys wore glasses for a squint between the ages of four and seven; his most recent eye test was normal and he no longer needs them.",
        "Resolved; not a current need.",
    )

    ep_n1 = N(
        EP,
        "Rhys describes himself as 'thick' and says he hides in the toilets before English lessons.",
        "semh",
        "in_b",
        b_conf,
    )
    ep_n2 = N(
        EP,
        "He is finding the move to secondary school hard: he gets lost between lessons, forgets equipment and has received eleven behaviour points for lateness this term.",
        "cognition_learning",
        "in_b",
        b_org,
    )
    ep_n3 = N(
        EP,
        "Staff describe Rhys as withdrawn in lessons; he rarely speaks in class and will not read aloud.",
        "semh",
        "in_b",
        b_quiet,
    )
    ep_n4 = N(
        EP,
        "Rhys's mother reports that homework causes arguments most evenings and that Rhys is often still working at 9 pm.",
        "semh",
        "in_b",
        b_home,
    )
    ep_r1 = R(
        EP,
        "A named member of the pastoral team to meet Rhys each morning for the first half-term to check his timetable and equipment",
        "cognition_learning",
        "specific",
        f_am,
    )
    ep_r2 = R(
        EP,
        "Six 40-minute sessions with the school's ELSA, 1:1, to build Rhys's self-esteem as a learner",
        "semh",
        "not_specific",
        f_elsa,
    )
    ep_r3 = R(
        EP,
        "A session on dyslexia-friendly teaching for Rhys's English and maths teachers, delivered by the Specialist Teaching Service",
        "cognition_learning",
        "wrong_section",
        g_train,
        "Staff training by a specialist teacher educates; placed in G.",
    )
    ep_r4 = R(
        EP,
        "Homework to be limited to 30 minutes per subject, with any reduced tasks agreed by the SENCo",
        "semh",
        "missing_from_f",
    )
    ep_x = X(
        EP,
        "The angry outbursts at home that were reported when Rhys was in Year 4 stopped after the family worked with the school's parent support adviser, and there have been none for two years.",
        "Resolved; not a current need.",
    )

    body = {
        "A": [
            (
                "p",
                S(
                    "A",
                    "Rhys wants to be a mechanic like his uncle and spends weekends helping at a go-kart track.",
                ),
            ),
            (
                "p",
                "He says the best thing about Ashgrove is the design technology workshop and the worst thing is being asked to read out loud.",
            ),
        ],
        "B": [
            (
                "p",
                S(
                    "B",
                    "Rhys has a diagnosis of dyslexia from a specialist assessment completed in January 2026.",
                ),
            ),
            ("b", "Cognition and learning"),
            ("p", b_read + " " + b_spell),
            ("p", b_org),
            ("b", "Social, emotional and mental health"),
            ("p", b_conf + " " + b_quiet),
            ("p", b_home),
        ],
        "C": [("p", S("C", "Rhys has no health needs related to his special educational needs."))],
        "D": [("p", S("D", "Rhys does not have social care needs."))],
        "E": [
            (
                "bul",
                [
                    S(
                        "E",
                        "By July 2027 Rhys will read Year 7 texts with the help of assistive technology and answer questions about them.",
                    ),
                    "By July 2027 Rhys will arrive at lessons on time with the right equipment at least nine times out of ten.",
                    "By July 2027 Rhys will say three things he is good at when asked.",
                ],
            ),
        ],
        "F": [
            (
                "p",
                S(
                    "F",
                    "All provision in this section is to be made by Ashgrove High School and overseen by the SENCo, Mrs Joanne Kettleby.",
                ),
            ),
            ("b", "Cognition and learning"),
            ("bul", [f_lit, f_exam, f_lap, f_notes, f_gen, f_tests]),
            ("b", "Social, emotional and mental health"),
            ("bul", [f_am, f_elsa]),
        ],
        "G": [("p", g_train), ("p", S("G", "No health care provision is required."))],
        "H1": [("p", S("H1", "Not applicable."))],
        "H2": [("p", S("H2", "Not applicable to Rhys."))],
        "I": [
            (
                "p",
                S(
                    "I",
                    "Ashgrove High School, Fenner Road, Sedgecombe VZ7 1QH (mainstream academy, 11 to 16).",
                ),
            )
        ],
        "J": [("p", S("J", "No personal budget has been requested."))],
        "K": [
            (
                "p",
                S(
                    "K",
                    "Advice received: parental advice; specialist teacher assessment (Hannah Okonkwo-Reid); educational psychology consultation (Dr Marcus Ellery-Shaw); school advice.",
                ),
            )
        ],
    }
    plan = [
        ("title", "Education, Health and Care Plan"),
        ("p", "Sedgecombe Borough Council · Special Educational Needs and Disabilities Service"),
        (
            "p",
            "Name: Rhys Adeyemi-Cole    Date of birth: 2 October 2014    Final plan dated 11 March 2026",
        ),
        *plan_blocks(c, "h1", body),
    ]
    c.docs.append(
        Doc(
            "plan.pdf",
            plan,
            header="EHC Plan – Rhys Adeyemi-Cole – FINAL",
            footer="Sedgecombe Borough Council · page {n}",
            author="Sedgecombe Borough Council",
            title="EHC Plan",
            sans=True,
            accent="1F4E79",
        )
    )

    st = [
        ("title", "Specialist Assessment of Literacy and Numeracy"),
        (
            "small",
            "Hannah Okonkwo-Reid, MA SpLD, AMBDA, APC holder · Independent Specialist Teacher · 01632 960491 · hokr@example.org",
        ),
        (
            "small",
            "Pupil: Rhys Adeyemi-Cole, age 11 years 3 months · Tested 12 January 2026 at home",
        ),
        ("h1", "Background information"),
        (
            "p",
            "Rhys's parents asked for this assessment because of continuing difficulties with reading and spelling. "
            + st_x,
        ),
        ("h1", "Test results"),
        (
            "grid",
            [
                ["Test", "Standard score", "Descriptor"],
                ["Single-word reading (WRAT5)", "76", "Low"],
                ["Spelling (WRAT5)", "72", "Low"],
                ["Phonological processing (CTOPP-2 composite)", "79", "Poor"],
                ["Digit span (working memory)", "74", "Low"],
                ["Mathematics computation", "82", "Below average"],
                ["Vocabulary (BPVS3)", "108", "Average"],
            ],
            [0.5, 0.2, 0.3],
        ),
        (
            "p",
            "Rhys's vocabulary is a real strength. "
            + st_n4
            + " He tried hard throughout and was good-humoured.",
        ),
        ("h1", "Summary of findings"),
        ("bul", [st_n1, st_n2, st_n3]),
        ("h1", "Recommendations"),
        ("num", [st_r1, st_r2, st_r3, st_r4, st_r5]),
        ("p", "For the family: " + st_r6),
    ]
    c.docs.append(
        Doc(
            ST,
            st,
            header="H. Okonkwo-Reid – Specialist Teacher Report – Rhys Adeyemi-Cole",
            footer="{n}",
            author="Hannah Okonkwo-Reid",
            title="Specialist assessment",
            accent="5B2C6F",
        )
    )

    ep = [
        ("title", "Consultation Record"),
        ("org", "Sedgecombe Educational Psychology Team"),
        (
            "p",
            "Consultation held at Ashgrove High School on 2 February 2026 with Rhys, his mother, his Head of Year and the SENCo. Psychologist: Dr Marcus Ellery-Shaw.",
        ),
        ("h2", "What is going well"),
        (
            "p",
            "Rhys is well liked, works hard in design technology and has a good relationship with his Head of Year. "
            + ep_x,
        ),
        ("h2", "What are we worried about"),
        ("bul", [ep_n1, ep_n2, ep_n3, ep_n4]),
        ("h2", "What needs to happen"),
        (
            "grid",
            [
                ["Action", "Who", "By when"],
                [ep_r1, "Head of Year", "From 1 September"],
                [ep_r2, "ELSA, Mrs Cartwright", "Spring term"],
                [ep_r3, "SENCo to book", "Before Easter"],
                [ep_r4, "SENCo and form tutor", "Immediately"],
            ],
            [0.55, 0.25, 0.2],
        ),
        (
            "small",
            "Record agreed by all present. Dr Marcus Ellery-Shaw, Educational Psychologist, 01632 960433.",
        ),
    ]
    c.docs.append(
        Doc(
            EP,
            ep,
            author="Sedgecombe Educational Psychology Team",
            title="Consultation record",
            accent="2F6B3A",
        )
    )
    return c


# ---------------------------------------------------------------------------
# case-evalg-03: Orrinsby City Council; Lena Marchetti, 16, Year 11 -> college
# ehcp.docx: bold-paragraph headings "SECTION B: Special Educational Needs",
# F a three-column table Outcome | Provision | Frequency, duration and staffing
# ---------------------------------------------------------------------------


def case_03() -> Case:
    hd = {
        "A": "SECTION A: Views, Interests and Aspirations",
        "B": "SECTION B: Special Educational Needs",
        "C": "SECTION C: Health Needs",
        "D": "SECTION D: Social Care Needs",
        "E": "SECTION E: Outcomes",
        "F": "SECTION F: Special Educational Provision",
        "G": "SECTION G: Health Provision",
        "H1": "SECTION H1: Social Care Provision (CSDPA 1970)",
        "H2": "SECTION H2: Other Social Care Provision",
        "I": "SECTION I: Placement",
        "J": "SECTION J: Personal Budget",
        "K": "SECTION K: Advice and Information",
    }
    c = Case(
        "case-evalg-03",
        "Orrinsby City Council; Lena Marchetti, 16, Year 11 at Fallowmere School, moving to Kingsreach College in September. "
        "ADHD, anxiety, organisation, reading comprehension and preparation for adulthood (travel, work).",
        "ehcp.docx",
        ["camhs_letter.pdf", "senco_report.docx", "careers_report.pdf"],
        hd,
    )
    S, P, F, N, R, X = c.S, c.P, c.F, c.N, c.R, c.X
    CL, SR, CR = "camhs_letter.pdf", "senco_report.docx", "careers_report.pdf"

    b_adhd = P(
        "B",
        "Lena has ADHD, and she finds it hard to keep her attention on a task for more than about a quarter of an hour, even with her medication.",
    )
    b_org = P(
        "B",
        "Lena finds it very hard to plan, organise and finish longer pieces of work, and she often misses coursework deadlines.",
    )
    b_imp = P(
        "B",
        "Lena can act and speak impulsively, which has led to conflict with staff and to suspensions.",
    )
    b_att = P(
        "B",
        "Lena's attendance has dropped this year, and she most often misses the start of the school day.",
    )
    b_work = P(
        "B", "Lena wants to work with animals but is unsure what she needs to do to get there."
    )
    b_bus = P(
        "B",
        "Lena has never travelled independently and is worried about getting to college on the bus.",
    )

    f_study = F("Study skills mentoring to plan assignments and track deadlines", True)
    f_key = F("Lena will have a key person at college who she can talk to when needed.", False)
    f_exam = F(
        "Lena will sit her examinations in a room with no more than 10 candidates, with supervised rest breaks.",
        True,
        "Rest breaks of 5 minutes an hour, where a separate small room and 5 minutes in every 30 were recommended.",
    )
    f_place = F(
        "Work placement at an animal care setting, arranged by the college's employability team",
        True,
    )
    f_travel = F(
        "Independent travel training for the journey from home to college",
        True,
        "Four accompanied journeys where at least ten were recommended.",
    )
    f_well = F("Lena will receive support with her emotional wellbeing as appropriate.", False)
    f_lap = F(
        "A college laptop with mind-mapping and text-to-speech software for all written work", True
    )
    f_ind = F("Opportunities to develop her independent living skills", False)

    g_med = S(
        "G",
        "Lena will be reviewed by the CAMHS ADHD clinic every six months, and the clinic will prescribe her medication.",
    )
    g_train = P(
        "G",
        "The CAMHS Schools Link practitioner will deliver a training session on ADHD and anxiety for Lena's tutors at Kingsreach College.",
    )

    cl_n1 = N(
        CL,
        "Lena has combined-type ADHD, and even on medication her attention in lessons fades after the first 10 to 15 minutes.",
        "cognition_learning",
        "in_b",
        b_adhd,
    )
    cl_n2 = N(
        CL,
        "Her anxiety about the coming examinations has grown this year, and she now has panic attacks on most school mornings.",
        "semh",
        "missing_from_b",
        None,
        "Section C mentions anxiety in general; Section B does not describe it.",
    )
    cl_r1 = R(
        CL,
        "I will continue to prescribe methylphenidate XL 36 mg each morning and review Lena in the ADHD clinic every six months.",
        "health",
        "not_educational",
        g_med,
        "Health provision, correctly in G.",
    )
    cl_r2 = R(
        CL,
        "I recommend that the CAMHS Schools Link practitioner delivers a session to Lena's college tutors on ADHD and anxiety in young adults before she starts in September.",
        "semh",
        "wrong_section",
        g_train,
        "Training of education staff; placed in G.",
    )
    cl_r3 = R(
        CL,
        "For her examinations, Lena should sit in a separate small room and have a rest break of 5 minutes in every 30.",
        "semh",
        "less",
        f_exam,
    )
    cl_x = X(
        CL,
        "The motor tics that were noted at her first appointment in 2021 have not been seen for over a year and are no longer a concern.",
        "Resolved; not a current need.",
    )

    sr_n1 = N(
        SR,
        "Lena's organisation is a significant barrier: she misses deadlines, loses work and cannot plan a piece of coursework without an adult breaking it down into steps.",
        "cognition_learning",
        "in_b",
        b_org,
    )
    sr_n2 = N(
        SR,
        "She often speaks impulsively in lessons, and this has led to conflict with staff and to three fixed-term suspensions in Year 10.",
        "semh",
        "in_b",
        b_imp,
    )
    sr_n3 = N(
        SR,
        "Lena's reading comprehension is weaker than her decoding: she reads fluently but cannot reliably pick out the main point of a page of text.",
        "cognition_learning",
        "missing_from_b",
    )
    sr_n4 = N(
        SR,
        "Her attendance has fallen to 81% this year, mainly because of missed mornings.",
        "semh",
        "in_b",
        b_att,
    )
    sr_r1 = R(
        SR,
        "Lena needs a weekly 30-minute study skills session with a learning support tutor to plan coursework and track deadlines.",
        "cognition_learning",
        "specific",
        f_study,
        "Phrased as a need.",
    )
    sr_r2 = R(
        SR,
        "A named member of college staff should be her point of contact, with a check-in at the start of every college day in the first term.",
        "semh",
        "not_specific",
        f_key,
    )
    sr_r3 = R(
        SR,
        "Lena should be taught strategies for reading comprehension, such as reciprocal reading, in a small group for 45 minutes each week.",
        "cognition_learning",
        "missing_from_f",
    )

    cr_n1 = N(
        CR,
        "Lena has no clear idea yet of the steps she needs to take to become a veterinary nurse, and she has not had any work experience.",
        "other",
        "in_b",
        b_work,
    )
    cr_n2 = N(
        CR,
        "She is anxious about travelling to college on her own, because she has never used the bus without a parent.",
        "other",
        "in_b",
        b_bus,
    )
    cr_r1 = R(
        CR,
        "Lena should have a supported work placement at an animal care setting for one day a week during her first year at college.",
        "other",
        "specific",
        f_place,
    )
    cr_r2 = R(
        CR,
        "Independent travel training should be provided by the council's travel training team, with at least 10 accompanied journeys before Lena travels alone.",
        "other",
        "less",
        f_travel,
    )
    cr_r3 = R(
        CR,
        "Lena and her parents could go to the college's open evening in June and look round the animal care department together.",
        "other",
        "not_educational",
        None,
        "Advice for the family.",
    )

    body = {
        "A": [
            (
                "p",
                S(
                    "A",
                    "I want to be a veterinary nurse and one day have my own rescue centre for dogs.",
                ),
            ),
            (
                "p",
                "Lena's parents want her to find a college course she enjoys and to be able to get there without them.",
            ),
        ],
        "B": [
            (
                "p",
                S("B", "Lena was diagnosed with Attention Deficit Hyperactivity Disorder in 2021."),
            ),
            (
                "grid",
                [
                    ["Area of need", "Description"],
                    ["Cognition and learning", b_adhd + " " + b_org],
                    ["Social, emotional and mental health", b_imp + " " + b_att],
                    ["Preparing for adulthood", b_work + " " + b_bus],
                ],
                [0.3, 0.7],
            ),
        ],
        "C": [
            (
                "p",
                S(
                    "C",
                    "Lena takes medication for ADHD and is known to the CAMHS ADHD clinic, which has noted some anxiety.",
                ),
            )
        ],
        "D": [("p", S("D", "Lena has no assessed social care needs."))],
        "E": [
            (
                "num",
                [
                    S(
                        "E",
                        "By July 2027 Lena will hand in at least four out of five assignments by the deadline.",
                    ),
                    "By July 2027 Lena will travel to college on the bus on her own.",
                    "By July 2027 Lena will complete a year of work placement at an animal care setting.",
                ],
                "E",
            )
        ],
        "F": [
            (
                "p",
                S(
                    "F",
                    "Kingsreach College will make this provision from September 2026, funded by Orrinsby City Council.",
                ),
            ),
            (
                "grid",
                [
                    ["Outcome", "Provision", "Frequency, duration and staffing"],
                    ["E1", f_study, "Learning support tutor, 30 minutes once a week, 1:1"],
                    ["E1", f_lap, "Every lesson; issued by the learning support department"],
                    [
                        "E1",
                        f_exam,
                        "All internal and external examinations; 5 minutes in every hour; exams officer",
                    ],
                    ["E1", f_key, "As needed"],
                    ["E1", f_well, "Student services"],
                    [
                        "E2",
                        f_travel,
                        "Orrinsby Travel Training Team; four accompanied journeys in August 2026",
                    ],
                    ["E2", f_ind, "Ongoing"],
                    [
                        "E3",
                        f_place,
                        "One full day each week throughout the first year; placement supervisor and college job coach",
                    ],
                ],
                [0.12, 0.48, 0.4],
            ),
        ],
        "G": [("p", g_med), ("p", g_train)],
        "H1": [
            (
                "p",
                S(
                    "H1",
                    "No provision is required under the Chronically Sick and Disabled Persons Act.",
                ),
            )
        ],
        "H2": [("p", S("H2", "No other social care provision is required."))],
        "I": [
            (
                "p",
                S(
                    "I",
                    "From September 2026: Kingsreach College, Quarry Lane, Orrinsby ZK4 9XT (general further education college).",
                ),
            )
        ],
        "J": [("p", S("J", "There is no personal budget in this plan."))],
        "K": [
            (
                "p",
                S(
                    "K",
                    "Appendices: parent and young person advice; letter from CAMHS; SENCo report; careers guidance report.",
                ),
            )
        ],
    }
    plan = [
        ("title", "EDUCATION, HEALTH AND CARE PLAN"),
        ("org", "Orrinsby City Council"),
        (
            "p",
            "Young person: Lena Marchetti   Date of birth: 7 May 2010   Date of this plan: 27 March 2026 (phase transfer)",
        ),
    ]
    plan += plan_blocks(c, "b", body)
    c.docs.append(
        Doc(
            "ehcp.docx",
            plan,
            header="Orrinsby City Council · EHC Plan · OFFICIAL-SENSITIVE",
            author="Orrinsby City Council",
            title="EHC Plan",
            sans=True,
            accent="8B1E3F",
        )
    )

    cl = [
        ("org", "Orrinsby Child and Adolescent Mental Health Services – ADHD Clinic"),
        ("small", "Riverside Centre, Orrinsby ZK2 4LD · 01632 960407"),
        ("p", "Dear Colleague,"),
        ("p", "Re: Lena Marchetti, DOB 07/05/2010, NHS no. 000 000 0000"),
        (
            "p",
            "I reviewed Lena in clinic on 14 January 2026 with her mother. "
            + cl_n1
            + " She reports that she can focus for longer in practical subjects.",
        ),
        (
            "p",
            cl_n2
            + " She describes a racing heart, tight chest and feeling sick before leaving the house. "
            + cl_x,
        ),
        ("p", cl_r1),
        (
            "p",
            "Lena is moving to college in September, and I would like the college to understand her profile from the start. "
            + cl_r2,
        ),
        ("p", cl_r3),
        ("p", "Yours sincerely,"),
        ("p", "Dr Saoirse Mulhall, Consultant Child and Adolescent Psychiatrist"),
    ]
    c.docs.append(
        Doc(
            CL,
            cl,
            footer="CAMHS ADHD Clinic – letter – page {n}",
            author="Orrinsby CAMHS",
            title="Clinic letter",
            accent="1D5C63",
        )
    )

    sr = [
        ("title", "School Report for EHC Needs Assessment"),
        ("p", "Fallowmere School · Report by Declan Fairhurst, SENCo · February 2026"),
        ("h1", "Current support at Fallowmere"),
        (
            "grid",
            [
                ["Support", "Frequency"],
                ["Daily check-in with the pastoral manager", "Every morning, 5 minutes"],
                ["Homework club", "Tuesday and Thursday after school"],
                ["Access arrangements: 25% extra time", "All mocks"],
            ],
            [0.6, 0.4],
        ),
        ("h1", "Attainment and progress"),
        (
            "p",
            "Lena is predicted grades 4 to 5 in most subjects and a grade 6 in biology. "
            + sr_n3
            + " This was most obvious in her English language mock.",
        ),
        ("h1", "Areas of difficulty"),
        ("bul", [sr_n1, sr_n2, sr_n4]),
        ("h1", "What Lena will need at college"),
        ("bul", [sr_r1, sr_r2, sr_r3]),
        (
            "small",
            "Declan Fairhurst, SENCo, Fallowmere School, 01632 960460, senco.fallowmere@example.org",
        ),
    ]
    c.docs.append(Doc(SR, sr, author="Fallowmere School", title="School report", accent="3D5A80"))

    cr = [
        ("title", "Careers Guidance and Preparation for Adulthood Report"),
        (
            "small",
            "Bethan Lowry, Level 6 Diploma in Career Guidance · Orrinsby Careers Hub · 01632 960418",
        ),
        ("h2", "Lena's plans"),
        (
            "p",
            "Lena has applied for the Level 2 Animal Care course at Kingsreach College. " + cr_n1,
        ),
        ("h2", "Getting there"),
        ("p", "The college is 40 minutes from Lena's home by two buses. " + cr_n2),
        ("h2", "My recommendations"),
        ("num", [cr_r1, cr_r2]),
        ("h2", "Next steps for Lena and her family"),
        ("p", cr_r3),
    ]
    c.docs.append(
        Doc(
            CR,
            cr,
            header="Orrinsby Careers Hub",
            footer="Page {n}",
            author="Orrinsby Careers Hub",
            title="Careers report",
            sans=True,
            accent="6B4E16",
        )
    )
    return c


# ---------------------------------------------------------------------------
# case-evalg-04: Coppermill Hythe Borough Council; Ollie Brannigan, 3, pre-school
# plan.pdf, serif: headings "B – Ollie's special educational needs" (letter, en dash,
# child's name), F one plain paragraph per provision under italic area labels
# ---------------------------------------------------------------------------


def case_04() -> Case:
    hd = {
        "A": "A – About Ollie and his family",
        "B": "B – Ollie's special educational needs",
        "C": "C – Ollie's health needs",
        "D": "D – Ollie's social care needs",
        "E": "E – What we want Ollie to achieve",
        "F": "F – Special educational provision for Ollie",
        "G": "G – Health provision for Ollie",
        "H1": "H1 – Social care provision under section 2 of the CSDPA 1970",
        "H2": "H2 – Other social care provision",
        "I": "I – Ollie's early years setting",
        "J": "J – Personal budget",
        "K": "K – Advice and information",
    }
    c = Case(
        "case-evalg-04",
        "Coppermill Hythe Borough Council; Ollie Brannigan, 3, at Little Acorns Pre-school, starting reception in September. "
        "Global developmental delay, early communication, play, safety awareness, toileting and chewing difficulties.",
        "plan.pdf",
        ["early_years_report.pdf", "salt_report.docx", "paediatric_letter.pdf"],
        hd,
    )
    S, P, F, N, R, X = c.S, c.P, c.F, c.N, c.R, c.X
    EY, SL, PD = "early_years_report.pdf", "salt_report.docx", "paediatric_letter.pdf"

    b_words = P(
        "B",
        "Ollie says about twenty words and uses some Makaton signs, but he does not yet join words together.",
    )
    b_play = P(
        "B",
        "Ollie's play is at an early stage: he mostly explores toys by mouthing and banging them.",
    )
    b_toilet = P("B", "Ollie is in nappies and does not yet show awareness when he needs changing.")
    b_und = P(
        "B",
        "Ollie understands simple words linked to his daily routine, such as 'coat', when they are said in context.",
    )
    b_gdd = P("B", "Ollie has global developmental delay.")

    f_one = F(
        "For every session Ollie attends, a named key person will work with him 1:1 for the whole session (15 hours a week).",
        True,
    )
    f_att = F(
        "Three times a week Ollie will take part in a 10-minute Attention Autism group of four children led by his key person, who has completed the Attention Autism training.",
        True,
        "Three times a week in a group, where a daily individual session was recommended.",
    )
    f_sign = F("Staff will use signing with Ollie where possible.", False)
    f_obj = F(
        "An object-of-reference timetable (a cup for snack, a nappy for changing, a coat for outside) will be shown to Ollie by his key person before each change of activity.",
        True,
    )
    f_change = F(
        "At set times in every session (on arrival, after snack and before home time) Ollie's key person will change him in the accessible toilet and record this in his home diary.",
        True,
        "Specific despite the word order.",
    )
    f_sens = F("Ollie will have regular opportunities for sensory play.", False)
    f_visit = F(
        "The Early Years SEN Advisory Teacher will visit Little Acorns once every half-term to set Ollie's targets with his key person and review them.",
        True,
    )

    g_salt = P(
        "G",
        "The Coppermill Hythe Children's Speech and Language Therapy Service will visit Ollie at pre-school six times, once a fortnight, to work with him and to train his key person.",
    )
    g_dys = P(
        "G",
        "The dysphagia team will assess Ollie's eating and drinking and provide a mealtime plan for home and pre-school.",
    )
    g_rev = S("G", "Ollie will be reviewed in the child development clinic every six months.")
    c_chew = P(
        "C", "Ollie has some difficulty with chewing and has been referred to the dysphagia team."
    )

    ey_n1 = N(
        EY,
        "Ollie uses around 20 single words and a few Makaton signs, and he is not yet putting two words together.",
        "communication_interaction",
        "in_b",
        b_words,
    )
    ey_n2 = N(
        EY,
        "He plays with toys mainly by mouthing, banging or lining them up, and pretend play has not yet emerged.",
        "cognition_learning",
        "in_b",
        b_play,
    )
    ey_n3 = N(
        EY,
        "Ollie has little awareness of danger and will climb onto furniture or head straight for an open gate.",
        "sensory_physical",
        "missing_from_b",
        None,
        "Told in the narrative about outdoor play.",
    )
    ey_n4 = N(
        EY,
        "Ollie is not yet toilet trained and does not show any awareness of a wet or soiled nappy.",
        "sensory_physical",
        "in_b",
        b_toilet,
    )
    ey_r1 = R(
        EY,
        "Ollie needs an adult with him throughout each session so that he is kept safe and supported to join activities.",
        "other",
        "specific",
        f_one,
        "Phrased as a need.",
    )
    ey_r2 = R(
        EY,
        "He should have a daily individual Attention Autism or similar attention-building session of 10 to 15 minutes, led by staff trained in the approach.",
        "communication_interaction",
        "less",
        f_att,
    )
    ey_r3 = R(
        EY,
        "A transition plan should be agreed by the end of the spring term, with at least three visits to his new school with his key person and a photo book of the new setting.",
        "other",
        "missing_from_f",
    )
    ey_r4 = R(
        EY,
        "Ollie's parents may like to join the local Makaton taster course so that signs are used in the same way at home.",
        "other",
        "not_educational",
        None,
        "Advice for the family.",
    )
    ey_x = X(
        EY,
        "Ollie was born at 34 weeks and spent ten days in the neonatal unit, but he needed no further hospital care after he went home.",
        "Background; not a current need.",
    )

    sl_n1 = N(
        SL,
        "Ollie's understanding of spoken language is at around an 18-month level; he follows familiar single-word instructions in routine contexts, such as 'coat' or 'shoes'.",
        "communication_interaction",
        "in_b",
        b_und,
    )
    sl_n2 = N(
        SL,
        "He does not yet use eye contact or pointing to share interest in something with an adult.",
        "communication_interaction",
        "missing_from_b",
    )
    sl_r1 = R(
        SL,
        "Ollie should receive a block of six fortnightly speech and language therapy visits to pre-school, during which the therapist will model strategies and train his key person.",
        "communication_interaction",
        "wrong_section",
        g_salt,
        "Speech and language therapy that trains staff is special educational provision; placed in G.",
    )
    sl_r2 = R(
        SL,
        "Staff should use Makaton signs alongside speech throughout the session, and at least two staff members should complete Makaton Level 1 training.",
        "communication_interaction",
        "not_specific",
        f_sign,
    )
    sl_r3 = R(
        SL,
        "Ollie should have an objects-of-reference timetable, using real objects to show him what is coming next.",
        "communication_interaction",
        "specific",
        f_obj,
    )

    pd_n1 = N(
        PD,
        "Ollie has a global developmental delay, with his development at about half his chronological age across all areas.",
        "cognition_learning",
        "in_b",
        b_gdd,
    )
    pd_n2 = N(
        PD,
        "He has difficulty chewing and still needs his food mashed, and he can gag on lumpy textures.",
        "health",
        "missing_from_b",
        None,
        "Section C mentions chewing; Section B does not.",
    )
    pd_r1 = R(
        PD,
        "I have referred Ollie to the dysphagia team, who will assess his eating and drinking and write a mealtime plan for home and pre-school.",
        "health",
        "not_educational",
        g_dys,
        "Health provision, correctly in G.",
    )
    pd_r2 = R(
        PD,
        "I will see Ollie again in the child development clinic in six months' time.",
        "health",
        "not_educational",
        g_rev,
        "Health provision, correctly in G.",
    )
    pd_x = X(
        PD,
        "His hearing test in November 2025 was normal in both ears.",
        "A normal result; not a need.",
    )

    body = {
        "A": [
            ("p", S("A", "Ollie lives with his mum, his dad and his baby sister, Maeve.")),
            (
                "p",
                "Ollie loves bubbles, splashing in the water tray and being swung in a blanket. His parents want him to be happy, to stay safe and to be able to tell them what he wants.",
            ),
        ],
        "B": [
            ("i", "Communication and interaction"),
            ("p", b_words + " " + b_und),
            ("i", "Cognition and learning"),
            (
                "p",
                S("B", "Ollie is a smiley boy who enjoys being with adults.")
                + " "
                + b_gdd
                + " "
                + b_play,
            ),
            ("i", "Physical and self-care"),
            ("p", b_toilet),
        ],
        "C": [
            (
                "p",
                S("C", "Ollie is under the care of Dr Ifeoma Castellanos, Community Paediatrician.")
                + " "
                + c_chew,
            )
        ],
        "D": [("p", S("D", "The family have not asked for a social care assessment."))],
        "E": [
            (
                "p",
                S(
                    "E",
                    "By the end of his reception year, Ollie will ask for 'more' using a word or a sign.",
                ),
            ),
            (
                "p",
                "By the end of his reception year, Ollie will join in a short adult-led group activity for five minutes.",
            ),
            (
                "p",
                "By the end of his reception year, Ollie will sit on the toilet as part of his changing routine.",
            ),
        ],
        "F": [
            (
                "p",
                S(
                    "F",
                    "The provision below will be made by Little Acorns Pre-school and, from September 2026, by Ollie's school.",
                ),
            ),
            ("i", "Communication and interaction"),
            ("p", f_att),
            ("p", f_sign),
            ("p", f_obj),
            ("i", "Cognition and learning"),
            ("p", f_one),
            ("p", f_visit),
            ("i", "Physical, sensory and self-care"),
            ("p", f_change),
            ("p", f_sens),
        ],
        "G": [("p", g_salt), ("p", g_dys), ("p", g_rev)],
        "H1": [("p", S("H1", "No provision at present."))],
        "H2": [("p", S("H2", "The family can use the Coppermill Hythe short breaks local offer."))],
        "I": [
            (
                "p",
                S(
                    "I",
                    "Little Acorns Pre-school, St Cuthbert's Church Hall, Hythe Road, Coppermill KZ6 2RB (private voluntary and independent early years setting).",
                ),
            )
        ],
        "J": [("p", S("J", "Not requested."))],
        "K": [
            (
                "p",
                S(
                    "K",
                    "Parental advice; Early Years SEN Advisory Teacher report; speech and language therapy advice; paediatric advice.",
                ),
            )
        ],
    }
    plan = [
        ("title", "Education, Health and Care Plan"),
        ("org", "Coppermill Hythe Borough Council"),
        ("p", "Ollie Brannigan · born 9 August 2022 · final plan · 6 March 2026"),
        *plan_blocks(c, "h1", body),
    ]
    c.docs.append(
        Doc(
            "plan.pdf",
            plan,
            footer="Ollie Brannigan – EHC Plan – page {n}",
            author="Coppermill Hythe Borough Council",
            title="EHC plan",
            accent="2C5F2D",
        )
    )

    ey = [
        ("title", "Early Years SEN Advisory Teacher Report"),
        (
            "small",
            "Rosalind Achterberg, Early Years SEN Advisory Teacher, Coppermill Hythe Inclusion Service, 01632 960420",
        ),
        (
            "p",
            "Ollie Brannigan (3 years 5 months) · Little Acorns Pre-school · visits on 8 and 22 January 2026",
        ),
        ("h2", "Ollie's story so far"),
        (
            "p",
            ey_x
            + " He started at Little Acorns in September 2025 and attends five mornings a week.",
        ),
        ("h2", "What Ollie can do"),
        (
            "p",
            "Ollie greets his key person with a big smile, can walk and run confidently and enjoys cause-and-effect toys.",
        ),
        ("h2", "What Ollie finds hard"),
        ("p", ey_n1 + " " + ey_n2),
        (
            "p",
            "Outdoor play is Ollie's favourite time of the session. "
            + ey_n3
            + " His key person stays close to him in the garden.",
        ),
        ("p", ey_n4),
        ("h2", "Next steps"),
        ("p", ey_r1 + " " + ey_r2 + " " + ey_r3),
        ("p", ey_r4),
    ]
    c.docs.append(
        Doc(
            EY,
            ey,
            footer="Coppermill Hythe Inclusion Service · {n}",
            author="Coppermill Hythe Inclusion Service",
            title="Advisory teacher report",
            accent="7B3F00",
        )
    )

    sl = [
        ("org", "Coppermill Hythe Children's Speech and Language Therapy"),
        ("title", "Speech and language therapy advice"),
        (
            "p",
            "Name: Ollie Brannigan. Seen at Little Acorns Pre-school, 16 January 2026. Therapist: Tamsin Vowles, Highly Specialist SLT.",
        ),
        ("b", "Assessment"),
        (
            "bul",
            [
                "Preschool Language Scale (PLS-5) attempted; Ollie could not complete the formal items.",
                "Observation in free play and at snack time.",
                "Discussion with his key person and his mother.",
            ],
        ),
        ("b", "Findings"),
        (
            "bul",
            [
                sl_n1,
                sl_n2,
                "Ollie vocalises with a range of sounds and copies some actions in songs.",
            ],
        ),
        ("b", "Recommendations"),
        ("bul", [sl_r1, sl_r2, sl_r3]),
        ("small", "Tamsin Vowles, 01632 960426, slt.coppermill@example.org"),
    ]
    c.docs.append(Doc(SL, sl, author="Coppermill Hythe SLT", title="SLT advice", accent="00577A"))

    pdl = [
        ("org", "Child Development Centre, Coppermill Hythe Hospital"),
        ("small", "Hythe Road, Coppermill KZ6 1AB · 01632 960438"),
        ("p", "To: SEND Assessment Team, Coppermill Hythe Borough Council"),
        ("p", "Re: Ollie Brannigan, date of birth 09/08/2022"),
        ("p", "Diagnoses: global developmental delay; oral motor difficulties"),
        (
            "p",
            "Thank you for asking for medical advice. I saw Ollie with his parents on 29 January 2026. "
            + pd_n1
            + " "
            + pd_x,
        ),
        ("p", pd_n2 + " His weight is on the 25th centile and his growth is satisfactory."),
        ("p", pd_r1 + " " + pd_r2),
        ("p", "Yours sincerely,"),
        ("p", "Dr Ifeoma Castellanos, Consultant Community Paediatrician"),
    ]
    c.docs.append(
        Doc(
            PD,
            pdl,
            author="Coppermill Hythe Hospital",
            title="Paediatric advice",
            sans=True,
            accent="003B6F",
        )
    )
    return c


# ---------------------------------------------------------------------------
# case-evalg-05: Stonebeck Metropolitan Borough Council; Tayo Oyelaran-Brooks, 9, Year 5
# plan.docx: Heading 1 "Section B. Special Educational Needs" (full stop),
# F a four-column table Need addressed | Provision | Staffing and ratio | Frequency and duration
# ---------------------------------------------------------------------------


def case_05() -> Case:
    hd = {
        "A": "Section A. The Views, Interests and Aspirations of Tayo and his Mother",
        "B": "Section B. Special Educational Needs",
        "C": "Section C. Health Care Needs",
        "D": "Section D. Social Care Needs",
        "E": "Section E. Outcomes",
        "F": "Section F. Special Educational Provision",
        "G": "Section G. Health Care Provision",
        "H1": "Section H1. Social Care Provision (Chronically Sick and Disabled Persons Act 1970)",
        "H2": "Section H2. Other Social Care Provision",
        "I": "Section I. Placement",
        "J": "Section J. Personal Budget",
        "K": "Section K. Advice and Information",
    }
    c = Case(
        "case-evalg-05",
        "Stonebeck Metropolitan Borough Council; Tayo Oyelaran-Brooks, 9, Year 5 at St Aldwyn's CE Primary School. "
        "Emotional regulation, bereavement, friendships, written recording, working memory and type 1 diabetes.",
        "plan.docx",
        ["ep_report.pdf", "diabetes_letter.docx"],
        hd,
    )
    S, P, F, N, R, X = c.S, c.P, c.F, c.N, c.R, c.X
    EP, DL = "ep_report.pdf", "diabetes_letter.docx"

    b_frus = P(
        "B",
        "When Tayo is frustrated, for example by a mistake or losing a game, he can shout, throw things or run out of the classroom.",
    )
    b_worry = P(
        "B",
        "Tayo worries that something will happen to his mother while he is at school, and these worries have grown since his grandmother died.",
    )
    b_friend = P("B", "Tayo finds friendships difficult and playtimes often end in fallings-out.")
    b_hypo = P(
        "B",
        "Low blood sugar levels can leave Tayo tired, tearful or unable to concentrate for some time afterwards.",
    )
    b_missed = P(
        "B",
        "Tayo has missed a significant amount of schooling because of his diabetes appointments and illness.",
    )

    f_check = F(
        "Morning check-in to talk through worries and go through the day's visual timetable", True
    )
    f_reg = F("Support to help Tayo regulate his emotions", False)
    f_ber = F(
        "Bereavement support sessions using a structured memory-box approach",
        True,
        "Three sessions where six were recommended.",
    )
    f_club = F("Lunchtime Lego club in the library", True)
    f_catch = F(
        "Catch-up teaching for learning missed because of low blood sugar or clinic appointments",
        True,
    )
    f_quiet = F("Access to a quiet space when he is dysregulated", False)
    f_maths = F("Maths teaching in a small group with a teaching assistant", True)
    f_social = F("Social skills support", False)

    h2_train = P(
        "H2",
        "The Stonebeck Inclusion and Wellbeing Team will provide an emotion coaching twilight session for the staff who work with Tayo.",
    )
    g_nurse = P(
        "G",
        "The Paediatric Diabetes Specialist Nurse will train named school staff in managing Tayo's insulin pump and will review his Individual Healthcare Plan every year.",
    )

    ep_n1 = N(
        EP,
        "Tayo finds it very hard to manage frustration; small setbacks, such as losing a game or making a mistake, can quickly lead to shouting, throwing equipment or leaving the classroom.",
        "semh",
        "in_b",
        b_frus,
    )
    ep_n2 = N(
        EP,
        "Since his grandmother's death last year, Tayo has been preoccupied with fears that something will happen to his mother while he is at school.",
        "semh",
        "in_b",
        b_worry,
    )
    ep_n3 = N(
        EP,
        "His teacher reports that Tayo rarely completes a piece of independent writing, although his spoken ideas are rich and imaginative.",
        "cognition_learning",
        "missing_from_b",
        None,
        "In the observation prose.",
    )
    ep_n4 = N(
        EP,
        "Tayo struggles to make and keep friendships; playtimes often end in arguments, and he says that nobody likes him.",
        "semh",
        "in_b",
        b_friend,
    )
    ep_n5 = N(
        EP,
        "Tayo's working memory is in the low average range, and he loses track of the steps in multi-step maths problems.",
        "cognition_learning",
        "missing_from_b",
        None,
        "F has small-group maths, but B says nothing about working memory.",
    )
    ep_r1 = R(
        EP,
        "Tayo should meet a named key adult for 10 minutes at the start of each day to check in about his worries and plan for the day.",
        "semh",
        "specific",
        f_check,
    )
    ep_r2 = R(
        EP,
        "Tayo would benefit from a structured emotional regulation programme, taught 1:1 or in a pair by a trained adult for 30 minutes twice a week over two terms.",
        "semh",
        "not_specific",
        f_reg,
    )
    ep_r3 = R(
        EP,
        "Six 45-minute sessions of individual bereavement support with a trained practitioner are recommended.",
        "semh",
        "less",
        f_ber,
    )
    ep_r4 = R(
        EP,
        "It would help Tayo if he could record his ideas by speaking into a tablet or by dictating to an adult for some written tasks.",
        "cognition_learning",
        "missing_from_f",
        None,
        "Recommendation in the discussion prose.",
    )
    ep_r5 = R(
        EP,
        "A lunchtime club of no more than six pupils, led by a trained adult, should run every day to give Tayo a structured alternative to the playground.",
        "semh",
        "specific",
        f_club,
    )
    ep_r6 = R(
        EP,
        "The Stonebeck Inclusion and Wellbeing Team should provide training in emotion coaching for all staff who work with Tayo, in one twilight session.",
        "semh",
        "wrong_section",
        h2_train,
        "Training of school staff; placed in H2.",
    )
    ep_r7 = R(
        EP,
        "At home, a shared worry book that Tayo and his mother write in together each evening may help him to put his worries down before bed.",
        "other",
        "not_educational",
        None,
        "Advice for home.",
    )
    ep_x = X(
        EP,
        "The night terrors Tayo had after his grandmother's death stopped within three months and have not returned.",
        "Resolved; not a current need.",
    )

    dl_n1 = N(
        DL,
        "When Tayo's blood glucose is low, his concentration and mood are affected for up to an hour afterwards, and he may seem irritable or tearful.",
        "health",
        "in_b",
        b_hypo,
    )
    dl_n2 = N(
        DL,
        "Tayo is embarrassed about checking his glucose in front of classmates, and he has started to skip checks at school.",
        "semh",
        "missing_from_b",
    )
    dl_n3 = N(
        DL,
        "Hospital appointments and diabetes-related absences mean that Tayo missed 14 school days last year.",
        "health",
        "in_b",
        b_missed,
    )
    dl_r1 = R(
        DL,
        "I will train named school staff to support Tayo's pump and glucose monitoring, and I will update his Individual Healthcare Plan each year.",
        "health",
        "not_educational",
        g_nurse,
        "Health provision, correctly in G.",
    )
    dl_r2 = R(
        DL,
        "Tayo should be given time with an adult each week to catch up on work he has missed through hypos and appointments.",
        "cognition_learning",
        "specific",
        f_catch,
    )
    dl_x = X(
        DL,
        "His HbA1c has improved from 71 to 54 mmol/mol since the pump was started, which is a very good result.",
        "A clinical result, not a need.",
    )

    body = {
        "A": [
            (
                "p",
                S("A", "Tayo likes football, drawing comics and cooking jollof rice with his mum."),
            ),
            (
                "p",
                'Tayo said: "I want teachers to know I\'m not naughty, I just get cross." His mother would like him to feel safe at school and to stop worrying about her.',
            ),
        ],
        "B": [
            ("h2", "Social, emotional and mental health"),
            ("p", S("B", "Tayo's grandmother, who lived with the family, died in January 2025.")),
            ("p", b_worry),
            ("p", b_frus),
            ("p", b_friend),
            ("h2", "Physical and medical (as it affects learning)"),
            ("p", b_hypo),
            ("p", b_missed),
        ],
        "C": [
            (
                "p",
                S(
                    "C",
                    "Tayo has type 1 diabetes, managed with an insulin pump and a continuous glucose monitor.",
                ),
            )
        ],
        "D": [
            (
                "p",
                S(
                    "D",
                    "Tayo and his mother have had support from an early help worker since his grandmother's death.",
                ),
            )
        ],
        "E": [
            (
                "bul",
                [
                    S(
                        "E",
                        "By the end of Year 6, Tayo will use a calming strategy of his choice when he feels cross, on most occasions without a reminder.",
                    ),
                    "By the end of Year 6, Tayo will have a friend he spends playtimes with.",
                    "By the end of Year 6, Tayo will keep up with his class in maths despite missed days.",
                ],
            )
        ],
        "F": [
            (
                "p",
                S("F", "St Aldwyn's CE Primary School will put the following provision in place."),
            ),
            (
                "grid",
                [
                    ["Need addressed", "Provision", "Staffing and ratio", "Frequency and duration"],
                    [
                        "Worries",
                        f_check,
                        "Named key adult (Mrs Dalby, HLTA), 1:1",
                        "10 minutes every day at 8.45",
                    ],
                    ["Frustration", f_reg, "Adults in school", "Regularly"],
                    [
                        "Bereavement",
                        f_ber,
                        "School counsellor, 1:1",
                        "Three 45-minute sessions in the autumn term",
                    ],
                    [
                        "Friendships",
                        f_club,
                        "Teaching assistant trained in Lego-based therapy; six pupils",
                        "Every lunchtime, 12.30 to 1.00",
                    ],
                    ["Friendships", f_social, "Teaching assistant", "Ongoing"],
                    ["Frustration", f_quiet, "Staff", "As appropriate"],
                    [
                        "Missed learning",
                        f_catch,
                        "Class teacher, 1:1",
                        "Two 20-minute sessions each week",
                    ],
                    [
                        "Missed learning",
                        f_maths,
                        "Teaching assistant with a group of eight pupils",
                        "All four maths lessons each week",
                    ],
                ],
                [0.17, 0.37, 0.24, 0.22],
            ),
        ],
        "G": [
            ("p", g_nurse),
            (
                "p",
                S(
                    "G",
                    "The paediatric diabetes team will continue to see Tayo in clinic every three months.",
                ),
            ),
        ],
        "H1": [("p", S("H1", "None."))],
        "H2": [
            ("p", h2_train),
            (
                "p",
                S(
                    "H2",
                    "The early help worker will continue to visit the family once a fortnight until July 2026.",
                ),
            ),
        ],
        "I": [
            (
                "p",
                S(
                    "I",
                    "St Aldwyn's Church of England Primary School, Beckside, Stonebeck WJ5 3NA (mainstream voluntary aided primary school).",
                ),
            )
        ],
        "J": [("p", S("J", "No personal budget."))],
        "K": [
            (
                "bul",
                [
                    S("K", "Educational psychology advice (Dr Anneliese Krawczyk, February 2026)"),
                    "Letter from the Paediatric Diabetes Specialist Nurse (January 2026)",
                    "School advice (February 2026)",
                    "Parental advice (February 2026)",
                ],
            )
        ],
    }
    plan = [
        ("title", "Education, Health and Care Plan"),
        ("org", "Stonebeck Metropolitan Borough Council"),
        (
            "grid",
            [
                ["Child", "Date of birth", "Date of plan"],
                ["Tayo Oyelaran-Brooks", "30 November 2016", "13 April 2026"],
            ],
            [0.4, 0.3, 0.3],
        ),
    ]
    plan += plan_blocks(c, "h1", body)
    c.docs.append(
        Doc(
            "plan.docx",
            plan,
            footer="Stonebeck MBC – EHC plan",
            author="Stonebeck Metropolitan Borough Council",
            title="EHC plan",
            accent="5A2D82",
        )
    )

    ep = [
        ("title", "Educational Psychology Advice"),
        ("org", "Stonebeck Educational Psychology Service"),
        (
            "small",
            "Dr Anneliese Krawczyk, Senior Educational Psychologist · 01632 960451 · epservice@example.org",
        ),
        ("h1", "1. Background"),
        (
            "p",
            "Tayo lives with his mother. His grandmother lived with them until her death in January 2025. "
            + ep_x,
        ),
        ("h1", "2. Observation and assessment"),
        (
            "p",
            "I observed Tayo in a writing lesson and a maths lesson on 5 February 2026. "
            + ep_n3
            + " In the writing lesson I saw, he wrote two lines in 25 minutes.",
        ),
        (
            "p",
            "On the cognitive assessment Tayo's verbal reasoning was in the high average range. "
            + ep_n5,
        ),
        ("h1", "3. Tayo's needs"),
        ("p", ep_n1),
        ("p", ep_n2),
        ("p", ep_n4),
        ("h1", "4. Discussion"),
        (
            "p",
            "Tayo's anger is best understood as a response to grief and anxiety rather than as defiance. "
            + ep_r4,
        ),
        ("h1", "5. Recommendations"),
        ("p", ep_r1),
        ("p", ep_r2),
        ("p", ep_r3),
        ("p", ep_r5),
        ("p", ep_r6),
        ("h1", "6. For home"),
        ("p", ep_r7),
    ]
    c.docs.append(
        Doc(
            EP,
            ep,
            header="Stonebeck EPS – Tayo Oyelaran-Brooks – CONFIDENTIAL",
            footer="{n}",
            author="Stonebeck EPS",
            title="EP advice",
            accent="2E4053",
        )
    )

    dl = [
        ("org", "Stonebeck Children's Diabetes Team"),
        ("small", "Stonebeck General Hospital, Beck Road, Stonebeck WJ1 7PQ · 01632 960466"),
        ("p", "22 January 2026"),
        ("p", "Dear SEND Team,"),
        ("p", "Tayo Oyelaran-Brooks, DOB 30.11.2016 – advice for EHC needs assessment"),
        (
            "p",
            "Tayo has type 1 diabetes, diagnosed in 2022, and has used an insulin pump since last spring. "
            + dl_x,
        ),
        ("p", dl_n1 + " " + dl_n2),
        ("p", dl_n3),
        ("p", dl_r1 + " " + dl_r2),
        ("p", "Kind regards,"),
        ("p", "Morwenna Tregaskis, Paediatric Diabetes Specialist Nurse"),
    ]
    c.docs.append(
        Doc(
            DL,
            dl,
            author="Stonebeck Children's Diabetes Team",
            title="Diabetes advice",
            accent="B03A2E",
        )
    )
    return c


# ---------------------------------------------------------------------------
# case-evalg-06: Pellworth County Council; Kit Fennimore-Okoro, 13, Year 8
# plan.docx: Heading 1 "Section B (Special educational needs)", F bullets under
# Heading 2 sub-headings; NO Section J
# ---------------------------------------------------------------------------


def case_06() -> Case:
    hd = {
        "A": "Section A (Kit's views, interests and aspirations)",
        "B": "Section B (Special educational needs)",
        "C": "Section C (Health needs)",
        "D": "Section D (Social care needs)",
        "E": "Section E (Outcomes)",
        "F": "Section F (Special educational provision)",
        "G": "Section G (Health provision)",
        "H1": "Section H1 (Social care provision under the CSDPA 1970)",
        "H2": "Section H2 (Other social care provision)",
        "I": "Section I (Placement)",
        "K": "Section K (Advice and information)",
    }
    c = Case(
        "case-evalg-06",
        "Pellworth County Council; Kit Fennimore-Okoro, 13, Year 8 at Sandling Vale Academy. "
        "Developmental stammer, speaking avoidance, social anxiety, name-calling and slow task initiation. The plan has no Section J.",
        "plan.docx",
        ["salt_report.pdf", "ep_report.docx"],
        hd,
        note="The plan template has no Section J at all, so section_missing 'J' is expected.",
        missing=["J"],
    )
    S, P, F, N, R, X = c.S, c.P, c.F, c.N, c.R, c.X
    SL, EP = "salt_report.pdf", "ep_report.docx"

    b_st = P("B", "Kit has a stammer, and he often gets stuck on the first sound of a word.")
    b_avoid = P(
        "B",
        "Kit avoids speaking in class, and he will change words or stay silent rather than risk stammering.",
    )
    b_pres = P(
        "B",
        "Speaking in front of the class, such as giving a presentation, is extremely stressful for Kit.",
    )
    b_anx = P(
        "B",
        "Kit experiences social anxiety and worries a lot about what other pupils think of him.",
    )
    b_att = P("B", "Kit is more likely to be absent on days when he has English or drama.")

    f_salt = F(
        "Kit will have four 30-minute sessions of individual speech and language therapy with a specialist speech and language therapist during the autumn term, followed by a review.",
        True,
        "Four 30-minute sessions where eight weekly 45-minute sessions were recommended.",
    )
    f_read = F(
        "Unless Kit has agreed in advance, no teacher will ask him to read aloud or answer a question in front of the class; the SENCo will record this agreement on his pupil passport.",
        True,
        "Specific; the condition leads the sentence.",
    )
    f_adj = F(
        "Kit will be offered reasonable adjustments for speaking tasks where appropriate.", False
    )
    f_prep = F(
        "Kit's English teacher will give him the questions for any class discussion in writing the day before, so that he can prepare.",
        True,
    )
    f_conf = F("Kit will receive support to build his confidence in speaking.", False)
    f_base = F(
        "Every break and lunchtime, the Learning Resource Base will be open to Kit and one friend of his choice, supervised by a learning mentor.",
        True,
    )
    f_ment = F(
        "Kit will have regular sessions with a learning mentor to help him manage his anxiety.",
        False,
    )
    f_tutor = F(
        "Kit's form tutor will meet him for 10 minutes once a fortnight to review how things are going.",
        True,
        "Fortnightly for 10 minutes where weekly 20-minute meetings were recommended.",
    )

    g_train = P(
        "G",
        "The NHS Speech and Language Therapy Service will provide a one-hour awareness session on stammering for Kit's form tutor and teachers.",
    )
    g_camhs = S(
        "G",
        "Kit has been referred to the CAMHS Getting Help team, who will assess his anxiety and offer treatment if it is needed.",
    )

    sl_n1 = N(
        SL,
        "Kit has a moderate to severe developmental stammer, with frequent blocks on initial sounds and visible tension in his face and neck.",
        "communication_interaction",
        "in_b",
        b_st,
    )
    sl_n2 = N(
        SL,
        "He avoids speaking situations wherever he can: he swaps words he expects to stammer on, lets others answer for him and has asked not to be called on in class.",
        "communication_interaction",
        "in_b",
        b_avoid,
    )
    sl_n3 = N(
        SL,
        "Kit finds it very hard to use the telephone, give his name or order food, and these situations cause him considerable anxiety.",
        "communication_interaction",
        "missing_from_b",
        None,
        "In the narrative on the impact of the stammer.",
    )
    sl_n4 = N(
        SL,
        "Oral presentations, which are part of the English and drama curriculum, are currently impossible for Kit without a great deal of distress.",
        "communication_interaction",
        "in_b",
        b_pres,
    )
    sl_r1 = R(
        SL,
        "Kit requires a block of eight weekly sessions of direct individual therapy with a speech and language therapist specialising in stammering, each of 45 minutes, followed by a review.",
        "communication_interaction",
        "less",
        f_salt,
    )
    sl_r2 = R(
        SL,
        "The therapist should deliver a one-hour session on stammering for Kit's form tutor and subject teachers at the start of the year.",
        "communication_interaction",
        "wrong_section",
        g_train,
        "Training of school staff by a therapist; placed in G.",
    )
    sl_r3 = R(
        SL,
        "Kit should not be asked to read aloud or answer questions in front of the class unless he has agreed to it beforehand.",
        "communication_interaction",
        "specific",
        f_read,
    )
    sl_r4 = R(
        SL,
        "Kit should have alternatives to oral presentations, such as presenting to the teacher alone or recording at home, for every assessed speaking task.",
        "communication_interaction",
        "not_specific",
        f_adj,
    )
    sl_r5 = R(
        SL,
        "Kit may like to join the Stammer Talk youth group, which meets online on Saturday mornings, and his family have been given the details.",
        "other",
        "not_educational",
        None,
        "Advice for the family.",
    )
    sl_x = X(
        SL,
        "The difficulty with the 'r' sound that Kit was treated for in Year 2 resolved fully, and his speech sounds are now typical for his age.",
        "Resolved; not a current need.",
    )

    ep_n1 = N(
        EP,
        "Kit meets the threshold for social anxiety on the questionnaire measure, and he worries that others are judging him throughout the school day.",
        "semh",
        "in_b",
        b_anx,
    )
    ep_n2 = N(
        EP,
        "He spends break times alone in the toilets to avoid name-calling about his stammer.",
        "semh",
        "missing_from_b",
    )
    ep_n3 = N(
        EP,
        "His attendance on days with English and drama lessons is markedly lower than on other days.",
        "semh",
        "in_b",
        b_att,
    )
    ep_n4 = N(
        EP,
        "Kit takes much longer than others to start written tasks because he rereads the instructions many times before he begins.",
        "cognition_learning",
        "missing_from_b",
    )
    ep_r1 = R(
        EP,
        "Kit needs a safe base to go to at break and lunch, with an adult present, and the chance to bring one friend.",
        "semh",
        "specific",
        f_base,
        "Phrased as a need.",
    )
    ep_r2 = R(
        EP,
        "A course of 1:1 anxiety-management sessions with the school's learning mentor, using a CBT-informed approach, for 45 minutes a week over 10 weeks.",
        "semh",
        "not_specific",
        f_ment,
    )
    ep_r3 = R(
        EP,
        "The school's anti-bullying lead should agree a plan with Kit and his parents for dealing with name-calling, and review it with them every half-term.",
        "semh",
        "missing_from_f",
    )
    ep_r4 = R(
        EP,
        "Kit should have a key worker who meets him weekly for 20 minutes to review how the week has gone.",
        "semh",
        "less",
        f_tutor,
    )
    ep_r5 = R(
        EP,
        "A referral to the CAMHS Getting Help team for assessment of his anxiety is recommended.",
        "health",
        "not_educational",
        g_camhs,
        "Health provision, correctly in G.",
    )
    ep_x = X(
        EP,
        "Kit's reading, spelling and verbal reasoning are all within or above the average range.",
        "A strength, not a need.",
    )

    body = {
        "A": [
            (
                "p",
                S(
                    "A",
                    "Kit wants to be a wildlife photographer and already sells prints of his bird photographs at the village fair.",
                ),
            ),
            (
                "p",
                'Kit wrote: "I know what I want to say. It just gets stuck. I don\'t want people to finish my sentences for me."',
            ),
        ],
        "B": [
            ("h2", "Communication and interaction"),
            ("p", b_st),
            ("p", b_avoid),
            ("p", b_pres),
            ("h2", "Social, emotional and mental health"),
            ("p", S("B", "Kit is a thoughtful and creative young person.") + " " + b_anx),
            ("p", b_att),
        ],
        "C": [("p", S("C", "Kit has been referred to CAMHS because of his anxiety."))],
        "D": [("p", S("D", "There are no social care needs."))],
        "E": [
            (
                "bul",
                [
                    S(
                        "E",
                        "By July 2027, Kit will answer a question in a lesson at least once a week in his chosen subjects.",
                    ),
                    "By July 2027, Kit will give a short presentation to a small group of trusted classmates.",
                    "By July 2027, Kit's attendance will be at least 95% across all days of the week.",
                ],
            )
        ],
        "F": [
            ("p", S("F", "Sandling Vale Academy will make the following provision.")),
            ("h2", "Communication and interaction"),
            ("bul", [f_salt, f_read, f_adj, f_prep, f_conf]),
            ("h2", "Social, emotional and mental health"),
            ("bul", [f_base, f_ment, f_tutor]),
        ],
        "G": [("p", g_train), ("p", g_camhs)],
        "H1": [("p", S("H1", "None required."))],
        "H2": [("p", S("H2", "None required at present."))],
        "I": [
            (
                "p",
                S(
                    "I",
                    "Sandling Vale Academy, Orchard Way, Sandling JK2 6FD (mainstream secondary academy).",
                ),
            )
        ],
        "K": [
            (
                "p",
                S(
                    "K",
                    "The following advice was considered: parental advice, speech and language therapy report, educational psychology report, school advice.",
                ),
            )
        ],
    }
    plan = [
        ("title", "Education, Health and Care Plan"),
        ("org", "Pellworth County Council · SEND Service"),
        (
            "p",
            "Kit Fennimore-Okoro (date of birth 18 February 2013). Plan finalised on 9 March 2026 following annual review.",
        ),
    ]
    plan += plan_blocks(c, "h1", body)
    c.docs.append(
        Doc(
            "plan.docx",
            plan,
            header="OFFICIAL-SENSITIVE",
            footer="Pellworth County Council EHC plan",
            author="Pellworth County Council",
            title="EHC plan",
            accent="0B6E4F",
        )
    )

    sl = [
        ("title", "Speech and Language Therapy Report: Stammering"),
        ("org", "Pellworth Community Speech and Language Therapy – Specialist Fluency Clinic"),
        (
            "grid",
            [
                ["Name", "Kit Fennimore-Okoro"],
                ["Date seen", "20 January 2026"],
                ["Therapist", "Aled Pritchard-Vane, Specialist SLT (Fluency)"],
            ],
            [0.3, 0.7],
        ),
        ("h2", "History"),
        ("p", "Kit's stammer began at the age of three and has persisted. " + sl_x),
        ("h2", "Assessment"),
        (
            "grid",
            [
                ["Measure", "Result"],
                ["Stuttering Severity Instrument (SSI-4)", "Total 29: moderate to severe"],
                ["OASES-S impact rating", "3.4: moderate to severe impact"],
            ],
            [0.5, 0.5],
        ),
        ("p", sl_n1 + " " + sl_n2),
        ("h2", "Impact on Kit's education and daily life"),
        ("p", "The impact goes well beyond the classroom. " + sl_n3 + " " + sl_n4),
        ("h2", "Recommendations"),
        ("bul", [sl_r1, sl_r2, sl_r3, sl_r4]),
        ("p", sl_r5),
        ("small", "Aled Pritchard-Vane, 01632 960472, fluency.clinic@example.org"),
    ]
    c.docs.append(
        Doc(
            SL,
            sl,
            header="Pellworth Community SLT",
            footer="page {n}",
            author="Pellworth Community SLT",
            title="SLT report",
            sans=True,
            accent="7D3C98",
        )
    )

    ep = [
        ("title", "Educational Psychology Report"),
        ("small", "Dr Corinne Abiodun-West, Educational Psychologist, Pellworth EPS, 01632 960484"),
        (
            "p",
            "Kit Fennimore-Okoro, Year 8, Sandling Vale Academy. Seen on 27 January and 3 February 2026.",
        ),
        ("h2", "Assessment"),
        ("p", ep_x + " " + ep_n4),
        ("h2", "Views of Kit"),
        (
            "p",
            'Kit spoke with me using a mix of speech and writing on a whiteboard. He told me that school is "fine in lessons where nobody makes you talk". '
            + ep_n2,
        ),
        ("h2", "Areas of need"),
        ("bul", [ep_n1, ep_n3]),
        ("h2", "Recommendations"),
        ("num", [ep_r1, ep_r2, ep_r3, ep_r4, ep_r5], "R"),
    ]
    c.docs.append(Doc(EP, ep, author="Pellworth EPS", title="EP report", accent="AF601A"))
    return c


BUILDERS = [case_01, case_02, case_03, case_04, case_05, case_06]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BUILDERS, HERE))
