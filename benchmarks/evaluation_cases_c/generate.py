#!/usr/bin/env python3
# ruff: noqa: N806, E501
"""Generate the third evaluation set (case-evalc-01 .. case-evalc-06) for the plan check.

Independent of the development corpus and of evaluation sets A and B: new councils,
families, schools, professionals, sentences and plan templates (ordinary Word plans
with "Section X: Title" headings, a web-form export, paragraph numbers within each
section, provision organised by outcome, one B/E/F table with merged area rows).
Everything is invented; postcodes use areas that do not exist and phone numbers are
in the 01632 960xxx range.

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
)

STD_HEADINGS = [
    ("A", "Views, interests and aspirations"),
    ("B", "Special Educational Needs"),
    ("C", "Health Needs"),
    ("D", "Social Care Needs"),
    ("E", "Outcomes"),
    ("F", "Special Educational Provision"),
    ("G", "Health Provision"),
    ("H1", "Social Care Provision (Chronically Sick and Disabled Persons Act 1970)"),
    ("H2", "Other Social Care Provision"),
    ("I", "Placement"),
    ("J", "Personal Budget"),
    ("K", "Advice and Information"),
]


# ===========================================================================
# case-evalc-01  Marlowmere County Council - an ordinary Word plan
#   Heading 1 "Section B: Special Educational Needs"; area sub-headings in B;
#   F is a three-column table Provision | How often and for how long | Who.
#   Year 3, dyslexia (SpLD) and dyspraxia (DCD). EP report (PDF, numbered
#   recommendations) and OT report (.docx).
# ===========================================================================


def case_01() -> Case:
    EP, OT, PLAN = "ep_report.pdf", "ot_report.docx", "plan.docx"
    c = Case(
        "case-evalc-01",
        PLAN,
        [EP, OT],
        "Nathaniel (Nate) Greenhalgh, 8, Year 3, mainstream primary. Dyslexia and "
        "developmental coordination disorder. Ordinary Word plan; F is a three-column table.",
    )
    H = {sid: c.heading(sid, f"Section {sid}: {t}") for sid, t in STD_HEADINGS}

    # plan B sentences
    B_PHON = "Nate finds it very hard to hear and work with the separate sounds in words, so he cannot yet blend or break up words longer than three sounds."
    B_READ = "His reading and spelling are around two years behind those of most children his age."
    B_WM = "Nate struggles to hold spoken information in mind and forgets instructions with several parts."
    B_CONF = "Nate has started to call himself stupid and avoids reading aloud, because he has lost confidence in himself as a learner."
    B_DCD = "Nate has a diagnosis of developmental coordination disorder (dyspraxia), which affects his balance and the way he uses his hands."
    B_HW = "Nate holds his pencil awkwardly and writes slowly, and his letters are large and badly spaced."
    B_CORE = "His core strength is weak, and he slumps in his chair when he has been sitting for a while."

    F_LIT = c.f(
        "Structured, cumulative multisensory literacy programme",
        True,
        note="Specific (three 30-minute sessions a week, group of three, teaching assistant), but less than recommended: fewer sessions, a group instead of 1:1, and a teaching assistant instead of an SpLD-qualified specialist teacher.",
    )
    F_PT = c.f("Precision teaching of high-frequency words", True)
    F_STEP = c.f(
        "Instructions given one step at a time, backed by a visual task checklist kept on Nate's desk",
        True,
    )
    F_TALK = c.f("Opportunities to talk with an adult about how he feels about his learning", False)
    F_REASS = c.f(
        "Reassessment of reading and spelling, with the results sent home to his parents", True
    )
    F_HAND = c.f("Handwriting and fine motor practice", False)
    F_SLOPE = c.f("A sloped writing surface and a triangular pencil grip", True)
    F_OTREV = c.f(
        "Review of Nate's motor programme by the occupational therapist",
        True,
        note="Specific, but two review visits a year where a block of direct therapy was recommended.",
    )
    F_TYPE = c.f("Touch-typing tuition using a structured online typing course", True)
    F_MOVE = c.f("Movement breaks away from his desk", False)
    G_PAED = "Nate will remain under the care of the community paediatrician at Marlowmere Children's Centre, with a review appointment in the spring term of 2027."

    # ---------------- EP report (PDF) ----------------
    ep_blocks = [
        ("org", "Marlowmere Educational Psychology Service"),
        (
            "small",
            "County Hall Annexe, Wendle Street, Marlowmere YQ4 2LP  |  01632 960214  |  eps@marlowmere.example.org",
        ),
        ("title", "Psychological Advice for an Education, Health and Care Needs Assessment"),
        (
            "kv",
            [
                ("Child", "Nathaniel (Nate) Greenhalgh"),
                ("Date of birth", "14 February 2018"),
                ("School", "Kestle Brook Church of England Primary School, Year 3"),
                (
                    "Educational psychologist",
                    "Dr Imogen Salcombe, HCPC-registered Practitioner Psychologist",
                ),
                ("Dates of involvement", "3 and 17 March 2026"),
            ],
        ),
        ("h", 2, "1. Reason for involvement"),
        (
            "p",
            "Marlowmere County Council asked for psychological advice as part of an EHC needs assessment requested by Nate's parents. The school has been concerned about Nate's literacy since Reception, despite two years of SEN Support.",
        ),
        ("h", 2, "2. Sources of information"),
        (
            "p",
            "I observed Nate in an English lesson and in a maths lesson, worked with him individually for about ninety minutes, consulted his class teacher Mr Devlin and the SENCo Mrs Oyelaran, and met his mother and father at home.",
        ),
        ("h", 2, "3. Background"),
        (
            "p",
            c.non_need(
                EP,
                "Nate had grommets fitted at the age of four after repeated ear infections, and his hearing was normal when it was tested again in March 2026.",
                "Resolved; not a current need.",
            ),
        ),
        (
            "p",
            "Nate lives with his parents and his younger sister. He enjoys football, building models and watching nature programmes, and he talks about animals with real knowledge.",
        ),
        ("h", 2, "4. Observation in class"),
        (
            "p",
            "In the English lesson the class copied a short poem from the board. "
            + c.need(
                EP,
                "He works slowly when copying from the board, and in the observed lesson he copied four words in the time his classmates copied a full sentence.",
                "cognition_learning",
                note="Stated only in the observation prose.",
            )
            + " He then spent much of the remaining time sharpening his pencil.",
        ),
        ("h", 2, "5. Assessment results"),
        (
            "grid",
            [
                ["Area assessed", "Standard score", "Percentile"],
                ["Verbal comprehension", "104", "61"],
                ["Visual-spatial reasoning", "98", "45"],
                ["Working memory", "79", "8"],
                ["Single-word reading", "73", "4"],
                ["Spelling", "69", "2"],
            ],
            [0.5, 0.25, 0.25],
        ),
        ("h", 2, "6. Summary of Nate's needs"),
        (
            "bul",
            [
                c.need(
                    EP,
                    "Nate's phonological awareness is well below average: he cannot reliably blend or segment words of more than three sounds.",
                    "cognition_learning",
                    B_PHON,
                ),
                c.need(
                    EP,
                    "His single-word reading is at the 4th percentile and his spelling at the 2nd percentile, a level typical of a child about two years younger.",
                    "cognition_learning",
                    B_READ,
                ),
                c.need(
                    EP,
                    "Nate's verbal working memory is a relative weakness, so he loses track of instructions that contain more than two steps.",
                    "cognition_learning",
                    B_WM,
                ),
                c.need(
                    EP,
                    "Nate has begun to describe himself as 'stupid' and avoids reading aloud in front of others, which points to an emerging loss of confidence as a learner.",
                    "semh",
                    B_CONF,
                ),
            ],
        ),
        ("h", 2, "7. Recommendations"),
        (
            "p",
            "I recommend the following provision. The amounts are the minimum I consider necessary.",
        ),
        (
            "np",
            "7.1",
            c.rec(
                EP,
                "A structured, cumulative, multisensory literacy programme delivered 1:1 by a specialist teacher holding an SpLD qualification, for 30 minutes four times a week.",
                "cognition_learning",
                "less",
                F_LIT,
            ),
        ),
        (
            "np",
            "7.2",
            c.rec(
                EP,
                "Precision teaching of high-frequency words for 10 minutes every day, delivered by a trained teaching assistant.",
                "cognition_learning",
                "specific",
                F_PT,
            ),
        ),
        (
            "np",
            "7.3",
            c.rec(
                EP,
                "Instructions should be broken into single steps and backed by a visual checklist on Nate's desk.",
                "cognition_learning",
                "specific",
                F_STEP,
            ),
        ),
        (
            "np",
            "7.4",
            c.rec(
                EP,
                "Printed copies of board work, or a photograph of the board, should be given to Nate so that he does not have to copy.",
                "cognition_learning",
                "missing_from_f",
            ),
        ),
        (
            "np",
            "7.5",
            c.rec(
                EP,
                "A weekly 20-minute session with a trusted adult to talk about his learning, build his self-esteem and celebrate his progress.",
                "semh",
                "not_specific",
                F_TALK,
            ),
        ),
        (
            "np",
            "7.6",
            c.rec(
                EP,
                "Nate's reading and spelling should be reassessed by the specialist teacher each term, with the results shared with his parents.",
                "cognition_learning",
                "specific",
                F_REASS,
            ),
        ),
        (
            "np",
            "7.7",
            c.rec(
                EP,
                "At home, his parents could share a book with Nate for ten minutes at bedtime, reading alternate pages.",
                "cognition_learning",
                "not_educational",
                note="Advice for home.",
            ),
        ),
        ("gap",),
        ("p", "Dr Imogen Salcombe, Educational Psychologist, 24 March 2026"),
    ]
    c.docs.append(
        Doc(
            EP,
            ep_blocks,
            header="Marlowmere EPS - Psychological advice - OFFICIAL-SENSITIVE",
            footer="Nate Greenhalgh - page {n} of {m}",
            author="Marlowmere EPS",
            title="Psychological advice",
            accent="5B2C6F",
        )
    )

    # ---------------- OT report (.docx) ----------------
    ot_blocks = [
        ("org", "Marlowmere Community Children's Occupational Therapy"),
        ("small", "Fallow Lane Clinic, Marlowmere YQ7 9DS  Tel 01632 960233"),
        ("title", "Occupational Therapy Report"),
        ("p", "Name: Nate Greenhalgh    NHS number: 999 000 1234    Seen at: school and clinic"),
        ("h", 2, "Assessments used"),
        (
            "p",
            "Movement Assessment Battery for Children, third edition; Beery VMI; classroom observation; handwriting speed sample.",
        ),
        ("h", 2, "Findings"),
        (
            "p",
            c.need(
                OT,
                "Nate has developmental coordination disorder (dyspraxia), with scores below the 5th percentile for manual dexterity and balance on the Movement ABC-3.",
                "sensory_physical",
                B_DCD,
            ),
        ),
        (
            "p",
            c.need(
                OT,
                "His pencil grip is immature and his handwriting is large, poorly spaced and slow, at about six letters a minute.",
                "sensory_physical",
                B_HW,
            ),
        ),
        (
            "p",
            c.need(
                OT,
                "Nate has difficulty fastening buttons and changing for PE, and he is often the last child to be ready.",
                "sensory_physical",
                note="Self-care need not described in B.",
            ),
        ),
        (
            "p",
            c.need(
                OT,
                "He has poor core stability and slumps at his desk after about ten minutes of seated work.",
                "sensory_physical",
                B_CORE,
            ),
        ),
        ("h", 2, "Recommendations for school"),
        (
            "bul",
            [
                c.rec(
                    OT,
                    "A daily 15-minute fine motor and handwriting programme, set by the occupational therapist and carried out by a teaching assistant.",
                    "sensory_physical",
                    "not_specific",
                    F_HAND,
                ),
                c.rec(
                    OT,
                    "A sloped writing board and a triangular pencil grip for all written work.",
                    "sensory_physical",
                    "specific",
                    F_SLOPE,
                ),
                c.rec(
                    OT,
                    "Direct occupational therapy: six sessions of 45 minutes across the autumn term, then a review.",
                    "sensory_physical",
                    "less",
                    F_OTREV,
                ),
                c.rec(
                    OT,
                    "Touch-typing tuition for 20 minutes three times a week, using a structured typing program.",
                    "sensory_physical",
                    "specific",
                    F_TYPE,
                ),
                c.rec(
                    OT,
                    "A short movement break every 30 minutes of seated work, and a wedge cushion on his chair.",
                    "sensory_physical",
                    "not_specific",
                    F_MOVE,
                ),
            ],
        ),
        ("h", 2, "Advice for home"),
        (
            "p",
            c.rec(
                OT,
                "At home, Nate can practise fastening buttons on a dressing frame for a few minutes each evening.",
                "sensory_physical",
                "not_educational",
                note="Advice for home.",
            ),
        ),
        (
            "p",
            "Harriet Quenby, Highly Specialist Occupational Therapist (HCPC OT61234), 2 April 2026",
        ),
    ]
    c.docs.append(Doc(OT, ot_blocks, author="Marlowmere OT", title="OT report", accent="2E75B6"))

    # ---------------- plan (.docx) ----------------
    plan = [
        ("org", "Marlowmere County Council"),
        (
            "small",
            "SEND Assessment and Planning Team, County Hall, Wendle Street, Marlowmere YQ4 2LP",
        ),
        ("title", "Education, Health and Care Plan"),
        (
            "kv",
            [
                ("Name", "Nathaniel Greenhalgh (known as Nate)"),
                ("Date of birth", "14/02/2018"),
                ("Plan status", "Final"),
                ("Date issued", "15 June 2026"),
                ("Case officer", "Ms Tamsin Everard"),
            ],
        ),
        ("h", 1, H["A"]),
        (
            "p",
            c.sect(
                "A",
                "I like football and making Lego animals, and I want to be a zookeeper when I grow up.",
            ),
        ),
        (
            "p",
            "Nate's parents want him to learn to read well enough to enjoy books on his own and to feel proud of himself at school.",
        ),
        ("h", 1, H["B"]),
        ("h", 2, "Cognition and learning"),
        ("p", c.sect("B", B_PHON)),
        ("p", B_READ + " " + B_WM),
        ("h", 2, "Social, emotional and mental health"),
        ("p", B_CONF),
        ("h", 2, "Sensory and/or physical"),
        ("p", B_DCD + " " + B_HW),
        ("p", B_CORE),
        ("h", 1, H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Nate was diagnosed with developmental coordination disorder by the community paediatrician in January 2026.",
            ),
        ),
        ("h", 1, H["D"]),
        ("p", c.sect("D", "Nate has no identified social care needs.")),
        ("h", 1, H["E"]),
        (
            "bul",
            [
                c.sect(
                    "E",
                    "By the end of Year 4 Nate will read a book banded at turquoise level with 95% accuracy.",
                ),
                "By July 2027 Nate will write three linked sentences legibly in the time given to the class.",
                "Nate will tell an adult how he feels about his learning and name two things he is good at.",
            ],
        ),
        ("h", 1, H["F"]),
        (
            "p",
            "Kestle Brook Church of England Primary School will make the provision below, with advice from the services named.",
        ),
        (
            "grid",
            [
                ["Provision", "How often and for how long", "Who"],
                [
                    F_LIT,
                    "Three sessions of 30 minutes a week, in a group of three pupils",
                    "Teaching assistant",
                ],
                [
                    F_PT,
                    "10 minutes every morning",
                    "Teaching assistant trained in precision teaching",
                ],
                [F_STEP, "Every lesson", "Class teacher and all adults in the class"],
                [c.sect("F", F_TALK), "Regularly", "School staff"],
                [
                    F_REASS,
                    "Once a term",
                    "Specialist teacher (SpLD) from the Marlowmere Learning Support Service",
                ],
                [F_HAND, "As appropriate", "School staff"],
                [F_SLOPE, "For all written tasks", "Class teacher"],
                [F_OTREV, "Two visits a year", "Occupational therapist"],
                [F_TYPE, "20 minutes, three times a week", "Teaching assistant to supervise"],
                [F_MOVE, "When needed", "Class teacher"],
            ],
            [0.5, 0.28, 0.22],
        ),
        ("h", 1, H["G"]),
        ("p", c.sect("G", G_PAED)),
        ("h", 1, H["H1"]),
        (
            "p",
            c.sect(
                "H1",
                "There is no provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
            ),
        ),
        ("h", 1, H["H2"]),
        ("p", c.sect("H2", "No other social care provision is required.")),
        ("h", 1, H["I"]),
        (
            "p",
            c.sect(
                "I",
                "Kestle Brook Church of England Primary School, Mill Rise, Marlowmere YQ4 8BN (mainstream voluntary aided primary school).",
            ),
        ),
        ("h", 1, H["J"]),
        ("p", c.sect("J", "Nate's parents have not asked for a personal budget.")),
        ("h", 1, H["K"]),
        (
            "p",
            c.sect(
                "K",
                "The following advice was gathered during the assessment and is attached to this plan.",
            ),
        ),
        (
            "bul",
            [
                "Psychological advice, Dr Imogen Salcombe, 24 March 2026",
                "Occupational therapy report, Harriet Quenby, 2 April 2026",
                "Parental advice, Mr and Mrs Greenhalgh, February 2026",
            ],
        ),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Marlowmere County Council",
            title="EHC Plan",
            footer="Marlowmere County Council - EHC Plan - Nathaniel Greenhalgh",
            accent="1F5C3A",
        )
    )
    return c


# ===========================================================================
# case-evalc-02  Skelbury Borough Council - an ordinary Word plan
#   Bold paragraph headings "Section B: Special educational needs" (not Word heading
#   styles); F is a simple bulleted list under area sub-headings. Year 5, developmental
#   language disorder. NHS SALT report (PDF) with a therapy plan table
#   Target | Approach | Frequency | By whom; the parent's own views (.docx).
# ===========================================================================


def case_02() -> Case:
    SALT, PAR, PLAN = "salt_report.pdf", "parent_views.docx", "plan.docx"
    c = Case(
        "case-evalc-02",
        PLAN,
        [SALT, PAR],
        "Keira Lindqvist, 10, Year 5, mainstream primary academy. Developmental language "
        "disorder, anxiety about school. Ordinary Word plan with bold-paragraph headings and F as bullets.",
    )
    c.note = (
        "The parent's views are included as a report: they are advice under reg 6(1)(a) and "
        "Section K. The needs and the one request they state follow the corpus rules. In the SALT "
        "therapy plan table the recommendation text is the Approach cell; the Target, Frequency and "
        "By whom cells belong to the same recommendation."
    )
    titles = dict(STD_HEADINGS)
    titles.update(
        {
            "A": "Keira's views, interests and aspirations",
            "B": "Special educational needs",
            "C": "Health needs related to SEN",
            "D": "Social care needs",
            "E": "Outcomes",
            "F": "Special educational provision",
            "G": "Health provision",
            "H1": "Social care provision (section 2 CSDPA 1970)",
            "H2": "Any other social care provision",
            "I": "Name and type of school",
            "J": "Personal budget",
            "K": "Advice and information",
        }
    )
    H = {sid: c.heading(sid, f"Section {sid}: {titles[sid]}") for sid, _ in STD_HEADINGS}

    B_DLD = "Keira has a developmental language disorder which affects how well she understands what is said to her and how she puts her own ideas into words."
    B_INSTR = "She has particular difficulty following long spoken instructions, especially where they depend on words about time and order."
    B_VOC = "Keira's vocabulary is smaller than that of her classmates, and she finds it hard to remember new topic words in subjects such as science and history."
    B_GRAM = "When she speaks, Keira uses short sentences and often leaves out word endings such as the past tense."
    B_HELP = "Keira does not usually tell an adult when she has not understood, and she tends to watch and copy other pupils instead."
    B_ANX = "Keira feels anxious about school, and this shows as stomach aches at the beginning of the week."
    B_GROUP = "In group conversations Keira struggles to keep up and so often stays quiet."

    F_SALT = c.f(
        "Keira will receive speech and language therapy through a consultation visit each term from a speech and language therapist, who will give advice to her class teacher and teaching assistant.",
        True,
        note="Specific, but termly consultation where weekly direct 1:1 therapy was recommended.",
    )
    F_VOCAB = c.f(
        "Before each new topic, a teaching assistant trained by the speech and language therapist will pre-teach the key vocabulary using word maps, three times a week for 15 minutes.",
        True,
    )
    F_CS = c.f("Keira will join a Colourful Semantics group to develop her sentences.", False)
    F_HELPC = c.f(
        "The class teacher will teach Keira to use a help card and set phrases to show when she has not understood, and will prompt her to use them in every lesson.",
        True,
    )
    F_VIS = c.f(
        "The class teacher will provide a visual timetable and key-word mats in every lesson.", True
    )
    F_SOC = c.f("Keira will have access to a small social skills group.", False)
    F_CHECK = c.f(
        "For five minutes at the start of every school day, a named teaching assistant will check in with Keira about how she is feeling.",
        True,
    )
    F_PLAY = c.f("Playtime support from a member of staff where needed.", False)
    G_TRAIN = "The Skelbury Children's Speech and Language Therapy Service will run a half-day training session on developmental language disorder for Keira's class teacher and teaching assistant."

    # ---------------- SALT report (PDF) ----------------
    salt_blocks = [
        ("org", "Skelbury Community Health NHS Trust - Children's Speech and Language Therapy"),
        (
            "small",
            "Larchfield Health Centre, Tennant Road, Skelbury QJ3 5RW. Telephone 01632 960347. slt.skelbury@example.org",
        ),
        ("title", "Speech and Language Therapy Advice (EHC needs assessment)"),
        (
            "kv",
            [
                ("Name", "Keira Lindqvist"),
                ("DOB", "09/10/2015"),
                ("School", "Fallowmead Primary Academy, Year 5"),
                ("Therapist", "Owain Prothero, Specialist Speech and Language Therapist"),
                ("Date of report", "11 May 2026"),
            ],
        ),
        ("h", 2, "History"),
        (
            "p",
            c.non_need(
                SALT,
                "Keira's speech sound errors (fronting of /k/ and /g/) resolved after a block of therapy in Reception, and her speech is now clear.",
                "Resolved; not a current need.",
            ),
        ),
        (
            "p",
            "She was referred again in Year 4 because of concerns about her understanding in class. "
            + c.need(
                SALT,
                "Her class teacher reports that Keira has become increasingly withdrawn at playtimes and sometimes stays in the toilets to avoid joining groups.",
                "semh",
                note="Stated only in the history prose.",
            ),
        ),
        ("h", 2, "Assessment"),
        (
            "grid",
            [
                ["Test (CELF-5 UK)", "Scaled / standard score"],
                ["Sentence comprehension", "5"],
                ["Word classes", "4"],
                ["Formulated sentences", "5"],
                ["Recalling sentences", "3"],
                ["Core language score", "68"],
            ],
            [0.6, 0.4],
        ),
        ("h", 2, "Summary of speech, language and communication needs"),
        (
            "p",
            c.need(
                SALT,
                "Keira has a developmental language disorder affecting both understanding and use of language (CELF-5 core language standard score 68).",
                "communication_interaction",
                B_DLD,
            ),
        ),
        (
            "p",
            c.need(
                SALT,
                "She has difficulty understanding longer spoken instructions, particularly those containing concepts of time and sequence such as 'before' and 'after'.",
                "communication_interaction",
                B_INSTR,
            ),
        ),
        (
            "p",
            c.need(
                SALT,
                "Her vocabulary is limited for her age, and she struggles to learn and retain the subject-specific words used in science and history lessons.",
                "communication_interaction",
                B_VOC,
            ),
        ),
        (
            "p",
            c.need(
                SALT,
                "Keira's spoken sentences are short and often lack grammatical endings, for example the past tense '-ed'.",
                "communication_interaction",
                B_GRAM,
            ),
        ),
        (
            "p",
            c.need(
                SALT,
                "She has difficulty retelling events in order, so adults and friends often cannot follow her account of what has happened.",
                "communication_interaction",
                note="Narrative need not described in B.",
            ),
        ),
        (
            "p",
            c.need(
                SALT,
                "Keira rarely asks for help when she has not understood; instead she copies what the other children are doing.",
                "communication_interaction",
                B_HELP,
            ),
        ),
        ("h", 2, "Therapy plan"),
        (
            "grid",
            [
                ["Target", "Approach", "Frequency", "By whom"],
                [
                    "Follow instructions with two key concepts of time and order",
                    c.rec(
                        SALT,
                        "Direct 1:1 language therapy on concepts of time and sequence",
                        "communication_interaction",
                        "less",
                        F_SALT,
                    ),
                    "Weekly, 40 minutes, for 12 weeks",
                    "Speech and language therapist",
                ],
                [
                    "Learn and use new topic words",
                    c.rec(
                        SALT,
                        "Pre-teaching of topic vocabulary with word maps before each new topic",
                        "communication_interaction",
                        "specific",
                        F_VOCAB,
                    ),
                    "3 x 15 minutes per week",
                    "Teaching assistant trained by the SLT",
                ],
                [
                    "Use longer sentences with correct past tense",
                    c.rec(
                        SALT,
                        "Colourful Semantics sentence-building group",
                        "communication_interaction",
                        "not_specific",
                        F_CS,
                    ),
                    "Twice weekly, 30 minutes, group of no more than four",
                    "Teaching assistant",
                ],
                [
                    "Retell a short event in the right order",
                    c.rec(
                        SALT,
                        "Narrative intervention using story grammar cards",
                        "communication_interaction",
                        "missing_from_f",
                    ),
                    "2 x 20 minutes per week",
                    "Teaching assistant, supervised by the SLT",
                ],
                [
                    "Ask for help when she has not understood",
                    c.rec(
                        SALT,
                        "Teaching of a help card and scripted phrases, practised in class",
                        "communication_interaction",
                        "specific",
                        F_HELPC,
                    ),
                    "Daily, in lessons",
                    "Class teacher and teaching assistant",
                ],
            ],
            [0.27, 0.33, 0.2, 0.2],
        ),
        ("h", 2, "Other advice"),
        (
            "p",
            c.rec(
                SALT,
                "Keira needs visual supports, such as a visual timetable and key-word mats, in every lesson to help her understanding.",
                "communication_interaction",
                "specific",
                F_VIS,
                note="A recommendation phrased as a need.",
            ),
        ),
        (
            "p",
            c.rec(
                SALT,
                "Staff working with Keira would benefit from attending the service's half-day training on developmental language disorder.",
                "communication_interaction",
                "wrong_section",
                G_TRAIN,
                "G",
                note="Training that educates staff is special educational provision; placed in G.",
            ),
        ),
        ("p", "Owain Prothero, BSc (Hons), MRCSLT, HCPC SL09876"),
    ]
    c.docs.append(
        Doc(
            SALT,
            salt_blocks,
            header="Skelbury Community Health NHS Trust",
            footer="SLT advice - Keira Lindqvist - {n}/{m}",
            author="Skelbury SLT",
            title="SALT advice",
            sans=True,
            accent="005EB8",
        )
    )

    # ---------------- parent views (.docx) ----------------
    par_blocks = [
        ("title", "Parental advice: our views about Keira"),
        (
            "p",
            "Written by Annika Lindqvist (Keira's mum), 42 Wickham Crescent, Skelbury QJ3 7HA, April 2026",
        ),
        ("b", "What Keira is like"),
        (
            "p",
            "Keira is kind and funny and she loves drawing, swimming and her rabbit, Biscuit. She is brilliant with her little cousins.",
        ),
        ("b", "What we find hard at home and what we see at school"),
        (
            "p",
            c.need(
                PAR,
                "Keira gets very anxious on Sunday evenings about going back to school and often has stomach aches on Monday mornings.",
                "semh",
                B_ANX,
            ),
        ),
        (
            "p",
            c.need(
                PAR,
                "She finds it hard to join in conversations with friends because she cannot keep up when everyone is talking at once.",
                "communication_interaction",
                B_GROUP,
            ),
        ),
        (
            "p",
            c.non_need(
                PAR,
                "We are no longer worried about her eating, because she now eats a much wider range of foods than she did when she was little.",
                "Resolved; not a current need.",
            ),
        ),
        ("b", "What we would like for Keira"),
        (
            "p",
            c.rec(
                PAR,
                "We would like Keira to have a friendship or social skills group once a week with a small number of children.",
                "communication_interaction",
                "not_specific",
                F_SOC,
            ),
        ),
        (
            "p",
            "We want Keira to be happy at school and to be ready for secondary school in two years' time.",
        ),
    ]
    c.docs.append(
        Doc(PAR, par_blocks, author="A Lindqvist", title="Parental advice", accent="444444")
    )

    # ---------------- plan (.docx) ----------------
    plan = [
        ("org", "Skelbury Borough Council - Special Educational Needs and Disabilities Service"),
        (
            "small",
            "Civic Offices, Bartram Square, Skelbury QJ1 2AA. 01632 960301. sendteam@skelbury.example.org",
        ),
        ("title", "EHC Plan for Keira Lindqvist"),
        (
            "kv",
            [
                ("Date of birth", "9 October 2015"),
                ("Year group", "Year 5"),
                ("Issue date", "1 July 2026"),
                ("Type", "Final EHC plan"),
            ],
        ),
        ("b", H["A"]),
        (
            "p",
            c.sect(
                "A",
                "I like drawing, swimming and looking after Biscuit, and I would like to be an artist or a vet.",
            ),
        ),
        ("p", "Keira says school is hard when the teacher talks for a long time."),
        ("b", H["B"]),
        ("i", "Communication and interaction"),
        ("p", c.sect("B", B_DLD) + " " + B_INSTR),
        ("p", B_VOC + " " + B_GRAM),
        ("p", B_HELP + " " + B_GROUP),
        ("i", "Social, emotional and mental health"),
        ("p", B_ANX),
        ("b", H["C"]),
        ("p", c.sect("C", "Keira has no health needs related to her special educational needs.")),
        ("b", H["D"]),
        ("p", c.sect("D", "Keira is not known to Skelbury Children's Services.")),
        ("pb",),
        ("b", H["E"]),
        (
            "bul",
            [
                c.sect(
                    "E",
                    "By the end of Year 6, Keira will follow a three-part classroom instruction without an adult repeating it.",
                ),
                "By July 2027, Keira will use ten new words from each science topic correctly in her own sentences.",
                "Keira will tell an adult when she has not understood, at least once every day.",
            ],
        ),
        ("b", H["F"]),
        (
            "p",
            "Fallowmead Primary Academy will secure the provision below unless another service is named.",
        ),
        ("i", "Communication and interaction"),
        ("bul", [F_SALT, c.sect("F", F_VOCAB), F_CS, F_HELPC, F_VIS, F_SOC]),
        ("i", "Social, emotional and mental health"),
        ("bul", [F_CHECK, F_PLAY]),
        ("b", H["G"]),
        ("p", c.sect("G", G_TRAIN)),
        ("b", H["H1"]),
        ("p", c.sect("H1", "None.")),
        ("b", H["H2"]),
        ("p", c.sect("H2", "No provision is needed under this heading.")),
        ("b", H["I"]),
        (
            "p",
            c.sect(
                "I",
                "Fallowmead Primary Academy, Ranworth Lane, Skelbury QJ3 6NE (mainstream academy).",
            ),
        ),
        ("b", H["J"]),
        ("p", c.sect("J", "No personal budget has been requested.")),
        ("b", H["K"]),
        (
            "p",
            c.sect(
                "K",
                "Advice received: speech and language therapy advice (11 May 2026); parental advice (April 2026); educational advice from Fallowmead Primary Academy (March 2026).",
            ),
        ),
    ]
    c.docs.append(
        Doc(PLAN, plan, author="Skelbury Borough Council", title="EHC Plan", accent="7F3F00")
    )
    return c


# ===========================================================================
# case-evalc-03  Dunmarsh City Council - a plan exported from a web portal
#   PDF; "Section B - ..." headings, then every field label in bold with its value
#   on the next line. F is a series of provision records, each with the fields
#   Provision / Frequency and duration / Delivered by / Group size or ratio.
#   Section D is present as a heading with its one field left blank (empty section).
#   Age 4, day nursery: language delay, social communication, toileting.
#   Health visitor report (.docx); early years SENCo report (PDF).
# ===========================================================================


def case_03() -> Case:
    HV, EY, PLAN = "health_visitor_report.docx", "early_years_report.pdf", "plan.pdf"
    c = Case(
        "case-evalc-03",
        PLAN,
        [HV, EY],
        "Oskar Pemberly, 4, day nursery (starts Reception in September 2026). Language delay, "
        "social communication and attention, toileting, gross motor. Web-form export with an empty Section D.",
    )
    c.note = (
        "Section D has its heading and field label but no value, so it is empty and counts as missing "
        "(the contract: 'absent or empty'). Each F record is judged on all its fields; the f_provisions "
        "text is the value of the Provision field."
    )
    titles = {
        "A": "Views, Interests and Aspirations",
        "B": "Special Educational Needs",
        "C": "Health Needs",
        "D": "Social Care Needs",
        "E": "Outcomes",
        "F": "Special Educational Provision",
        "G": "Health Provision",
        "H1": "Social Care Provision under s2 CSDPA 1970",
        "H2": "Other Social Care Provision",
        "I": "Educational Placement",
        "J": "Personal Budget",
        "K": "Advice and Information",
    }
    H = {sid: c.heading(sid, f"Section {sid} \u2013 {titles[sid]}") for sid, _ in STD_HEADINGS}

    B_WORDS = "Oskar uses about twenty single words and is not yet putting two words together."
    B_NAME = "He does not always turn when his name is called and seldom points to show an adult something."
    B_TOIL = (
        "Oskar is not toilet trained and does not yet show that he knows when he is wet or soiled."
    )
    B_TRANS = "Changes of activity are very hard for Oskar: when asked to stop playing he can drop to the floor and scream for a long time."
    B_EYFS = "Oskar's development is well behind his age, and in most areas of learning he is at the level expected of a child aged about one and a half."
    B_PLAY = "Oskar prefers to play on his own, often lining up toy cars or spinning their wheels, and he does not join in with other children."
    B_ATT = "Oskar's attention is very short and he moves quickly from one activity to the next unless an adult plays alongside him."

    F_11 = c.f(
        "1:1 support from an early years practitioner to keep Oskar safe and help him take part in activities",
        True,
        note="Specific, but 15 hours where 1:1 support for all 30 funded hours was recommended.",
    )
    F_AA = c.f(
        "Attention Autism group session",
        True,
        note="Specific, but three times a week in a group of six where a daily session in a group of no more than three was recommended.",
    )
    F_NN = c.f("Now and next board with objects of reference and photographs", True)
    F_SENS = c.f("Opportunities for sensory play", False)
    F_SLT = c.f("Speech and language therapy programme", False)
    F_MAK = c.f(
        "Training in Makaton signing for Oskar's key person, with key signs then used by all staff",
        True,
    )
    F_TOIL = c.f("Toileting routine: nappy changes and toilet sitting at set times", True)
    G_HEAR = "A hearing test will be arranged at the Dunmarsh Children's Hearing Centre before the end of the summer term 2026."

    def prov(n, total, text, freq, who, group):
        return [
            ("small", f"Provision record {n} of {total}"),
            ("field", "Provision", text),
            ("field", "Frequency and duration", freq),
            ("field", "Delivered by", who),
            ("field", "Group size or ratio", group),
        ]

    # ---------------- health visitor (.docx) ----------------
    hv_blocks = [
        ("org", "Dunmarsh Healthy Child Programme - 0-19 Service"),
        ("small", "Eastgate Family Hub, Ropewalk, Dunmarsh ZQ2 8TT | 01632 960412"),
        ("title", "Health Advice for EHC Needs Assessment: Health Visitor"),
        (
            "grid",
            [
                ["Child", "Date of birth", "Health visitor", "Date"],
                ["Oskar Pemberly", "03/03/2022", "Bronwen Tallis RN SCPHN (HV)", "20/04/2026"],
            ],
            [0.25, 0.2, 0.35, 0.2],
        ),
        ("h", 3, "Contacts and background"),
        (
            "p",
            "I have known the family since Oskar's 1-year review. He lives with his mother and grandmother. The 2-year review (ASQ-3) showed delays in communication, fine motor and personal-social skills.",
        ),
        (
            "p",
            c.non_need(
                HV,
                "The feeding difficulties noted at his 2-year review have improved, and he now eats a varied diet with the family.",
                "Resolved; not a current need.",
            ),
        ),
        ("h", 3, "Current presentation"),
        (
            "p",
            c.need(
                HV,
                "At 4 years 1 month Oskar uses around 20 single words and does not yet combine two words.",
                "communication_interaction",
                B_WORDS,
            ),
        ),
        (
            "p",
            c.need(
                HV,
                "He does not respond consistently to his name and rarely points to share interest.",
                "communication_interaction",
                B_NAME,
            ),
        ),
        (
            "p",
            c.need(
                HV,
                "Oskar is not yet toilet trained and shows no awareness of being wet or soiled.",
                "health",
                B_TOIL,
            ),
        ),
        (
            "p",
            c.need(
                HV,
                "Oskar becomes very distressed at transitions, for example when he is called in from outdoor play, and he may drop to the floor and scream for up to 20 minutes.",
                "semh",
                B_TRANS,
            ),
        ),
        ("h", 3, "Health recommendations"),
        (
            "bul",
            [
                c.rec(
                    HV,
                    "A hearing test at the children's audiology clinic to rule out hearing loss.",
                    "health",
                    "not_educational",
                    G_HEAR,
                    "G",
                    note="Health provision rightly in G.",
                ),
                c.rec(
                    HV,
                    "Oskar's mother and grandmother would benefit from attending the 'Talking Together' workshops for parents at the family hub.",
                    "communication_interaction",
                    "not_educational",
                    note="Advice for the family at home.",
                ),
            ],
        ),
        ("p", "Signed: B. Tallis, Health Visitor"),
    ]
    c.docs.append(
        Doc(
            HV,
            hv_blocks,
            author="Dunmarsh 0-19",
            title="Health visitor advice",
            sans=True,
            accent="00703C",
        )
    )

    # ---------------- early years SENCo (PDF) ----------------
    ey_blocks = [
        ("org", "Sunnyfold Community Nursery"),
        (
            "small",
            "9 Orchard Parade, Dunmarsh ZQ5 1EF  -  office 01632 960455  -  sunnyfold@example.org",
        ),
        ("title", "Early Years Setting Advice"),
        (
            "p",
            "Completed by Farida Moorcroft, Early Years SENCo, with Oskar's key person Jodie Hanlon. Oskar attends 30 funded hours a week, Monday to Friday, 8.30 am to 2.30 pm.",
        ),
        ("h", 2, "What we have seen"),
        (
            "p",
            "Oskar loves the water tray, the sand pit and songs with actions. "
            + c.need(
                EY,
                "He covers his ears and runs from the room when the hand dryers or the music session start.",
                "sensory_physical",
                note="Stated only in the observation prose.",
            )
            + " He is calmer in the garden.",
        ),
        (
            "p",
            c.need(
                EY,
                "Oskar is unsteady on the nursery climbing frame and cannot yet pedal a tricycle.",
                "sensory_physical",
                note="Gross motor need not described in B.",
            ),
        ),
        ("h", 2, "Summary of needs"),
        (
            "bul",
            [
                c.need(
                    EY,
                    "In the EYFS assessment Oskar is working within the 16-20 month band in most areas of learning.",
                    "cognition_learning",
                    B_EYFS,
                ),
                c.need(
                    EY,
                    "He plays alone, lining up cars and spinning wheels, and does not yet join in with other children's play.",
                    "communication_interaction",
                    B_PLAY,
                ),
                c.need(
                    EY,
                    "His attention is fleeting: he moves between activities every minute or two unless an adult joins him.",
                    "cognition_learning",
                    B_ATT,
                ),
            ],
        ),
        ("h", 2, "Recommended provision"),
        (
            "np",
            "a)",
            c.rec(
                EY,
                "1:1 support from a trained early years practitioner for all of Oskar's 30 funded hours, to keep him safe and help him engage with activities.",
                "cognition_learning",
                "less",
                F_11,
            ),
        ),
        (
            "np",
            "b)",
            c.rec(
                EY,
                "A daily Attention Autism session of 10 to 15 minutes in a group of no more than three children, led by a practitioner trained in the approach.",
                "communication_interaction",
                "less",
                F_AA,
            ),
        ),
        (
            "np",
            "c)",
            c.rec(
                EY,
                "A visual timetable using objects of reference and photographs, with a 'now and next' board used at every change of activity.",
                "communication_interaction",
                "specific",
                F_NN,
            ),
        ),
        (
            "np",
            "d)",
            c.rec(
                EY,
                "A programme of sensory activities planned with an occupational therapist and offered at set times in each session.",
                "sensory_physical",
                "not_specific",
                F_SENS,
            ),
        ),
        (
            "np",
            "e)",
            c.rec(
                EY,
                "Direct therapy from a speech and language therapist for 30 minutes every fortnight, with a programme for the key person to carry out three times a week.",
                "communication_interaction",
                "not_specific",
                F_SLT,
            ),
        ),
        (
            "np",
            "f)",
            c.rec(
                EY,
                "Makaton training for Oskar's key person, so that all staff can use key signs with him.",
                "communication_interaction",
                "specific",
                F_MAK,
            ),
        ),
        (
            "np",
            "g)",
            c.rec(
                EY,
                "A transition plan for starting school in September, with at least three visits to the new setting and a transition meeting in the summer term.",
                "semh",
                "missing_from_f",
            ),
        ),
        ("gap",),
        ("p", "F. Moorcroft, Early Years SENCo, 28 April 2026"),
    ]
    c.docs.append(
        Doc(
            EY,
            ey_blocks,
            header="Sunnyfold Community Nursery - confidential",
            footer="page {n}",
            author="Sunnyfold",
            title="Setting advice",
            accent="C55A11",
        )
    )

    # ---------------- plan (PDF, web-form export) ----------------
    plan = [
        (
            "small",
            "Dunmarsh City Council  |  SEND Portal  |  Export of EHC plan record EHC-0048217",
        ),
        ("title", "Education, Health and Care Plan"),
        ("field", "Child's full name", "Oskar Pemberly"),
        ("field", "Date of birth", "03/03/2022"),
        ("field", "Plan type", "Final plan (issued 10/07/2026)"),
        ("h", 2, H["A"]),
        (
            "field",
            "What people like and admire about the child",
            "Oskar is a happy, affectionate boy who loves water, sand and action songs.",
        ),
        (
            "field",
            "Aspirations of the child and family",
            c.sect(
                "A",
                "His mum would like Oskar to be able to tell her what he wants and to make a friend at school.",
            ),
        ),
        ("h", 2, H["B"]),
        ("field", "Primary area of need", "Communication and interaction"),
        (
            "field",
            "Communication and interaction: description of need",
            c.sect("B", B_WORDS) + " " + B_NAME + " " + B_PLAY,
        ),
        ("field", "Cognition and learning: description of need", B_EYFS + " " + B_ATT),
        ("field", "Social, emotional and mental health: description of need", B_TRANS),
        (
            "field",
            "Sensory and/or physical: description of need",
            "No sensory or physical needs have been identified.",
        ),
        ("field", "Independence and self-care: description of need", B_TOIL),
        ("h", 2, H["C"]),
        (
            "field",
            "Health needs related to SEN",
            c.sect(
                "C",
                "Oskar is on the waiting list for the Dunmarsh neurodevelopmental pathway and has not yet had a hearing test.",
            ),
        ),
        ("h", 2, H["D"]),
        ("field", "Social care needs relating to SEN or disability", ""),
        ("h", 2, H["E"]),
        (
            "field",
            "Outcome 1 (communication)",
            c.sect(
                "E",
                "By July 2027 Oskar will use 50 words and put two words together to ask for what he wants.",
            ),
        ),
        (
            "field",
            "Outcome 2 (attention and play)",
            "By the end of Reception Oskar will stay at an adult-led activity for five minutes.",
        ),
        (
            "field",
            "Outcome 3 (independence)",
            "By the end of Reception Oskar will sit on the toilet when prompted and use it at least once a day.",
        ),
        ("h", 2, H["F"]),
        (
            "field",
            "Setting responsible",
            "Sunnyfold Community Nursery until August 2026, then the school named in Section I",
        ),
    ]
    recs = [
        (F_11, "15 hours per week", "Early years practitioner", "1:1"),
        (
            F_AA,
            "Three times a week, 10 minutes",
            "Practitioner trained in Attention Autism",
            "Group of six children",
        ),
        (F_NN, "At every change of activity, every session", "Key person", "1:1"),
        (F_SENS, "Throughout the day", "Nursery staff", "Not stated"),
        (
            F_SLT,
            "As advised by the therapist",
            "Speech and language therapist and key person",
            "Not stated",
        ),
        (
            F_MAK,
            "Two-day Makaton course by the end of the autumn term 2026; key signs used in every session",
            "Early years SENCo to arrange; all staff",
            "Whole setting",
        ),
        (
            F_TOIL,
            "On arrival, before lunch and before home time, every session",
            "Key person",
            "1:1",
        ),
    ]
    for i, (t, fq, who, grp) in enumerate(recs, 1):
        if i == 3:
            t = c.sect("F", t)
        plan += prov(i, len(recs), t, fq, who, grp)
    plan += [
        ("h", 2, H["G"]),
        ("field", "Health provision", c.sect("G", G_HEAR)),
        ("field", "Commissioned by", "Dunmarsh Integrated Care Board"),
        ("h", 2, H["H1"]),
        (
            "field",
            "Provision under section 2 CSDPA 1970",
            c.sect("H1", "Not applicable - no assessed eligible needs."),
        ),
        ("h", 2, H["H2"]),
        (
            "field",
            "Other social care provision",
            c.sect(
                "H2",
                "Oskar's family may use the Dunmarsh short-break activity offer, which does not need an assessment.",
            ),
        ),
        ("h", 2, H["I"]),
        (
            "field",
            "Setting name and type",
            c.sect(
                "I",
                "Sunnyfold Community Nursery (private, voluntary and independent early years setting), then Harrowgate Lane Infant School (mainstream) from September 2026.",
            ),
        ),
        ("h", 2, H["J"]),
        (
            "field",
            "Personal budget requested",
            c.sect("J", "No. The family did not request a personal budget."),
        ),
        ("h", 2, H["K"]),
        (
            "field",
            "Advice received",
            c.sect(
                "K",
                "Health visitor advice (20/04/2026); early years setting advice (28/04/2026); parental advice (12/04/2026).",
            ),
        ),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan,
            header="Dunmarsh City Council SEND Portal - printed record",
            footer="EHC-0048217 - page {n} of {m}",
            author="Dunmarsh SEND Portal",
            title="EHC plan export",
            sans=True,
            accent="3B3B98",
        )
    )
    return c


# ===========================================================================
# case-evalc-04  Hethering Vale Council - numbered paragraphs within each section
#   PDF; headings "2. Special Educational Needs (Section B)" with the letter last, in
#   brackets; paragraphs numbered 2.1, 2.2 ... 6.1, 6.2 (the numbers look like
#   quantities). Year 8, bilateral sensorineural hearing loss. Specialist teacher
#   of the deaf report (PDF, reg 6(2)) and an audiology clinic letter (.docx).
# ===========================================================================


def case_04() -> Case:
    TOD, AUD, PLAN = "tod_report.pdf", "audiology_letter.docx", "plan.pdf"
    c = Case(
        "case-evalc-04",
        PLAN,
        [TOD, AUD],
        "Priya Castellow, 12, Year 8, mainstream academy. Bilateral moderate-to-severe "
        "sensorineural hearing loss, vocabulary, listening fatigue, self-image. Plan paragraphs "
        "are numbered within each section.",
    )
    c.note = (
        "Deaf awareness training for teaching staff trains school staff, so it is special "
        "educational provision; the plan places it under Other social care provision (the "
        "council's Sensory Team sits in social care), so its status is wrong_section."
    )
    order = [
        ("A", 1, "Views, Interests and Aspirations"),
        ("B", 2, "Special Educational Needs"),
        ("C", 3, "Health Needs"),
        ("D", 4, "Social Care Needs"),
        ("E", 5, "Outcomes"),
        ("F", 6, "Special Educational Provision"),
        ("G", 7, "Health Provision"),
        ("H1", 8, "Social Care Provision under the CSDPA 1970"),
        ("H2", 9, "Other Social Care Provision"),
        ("I", 10, "Placement"),
        ("J", 11, "Personal Budget"),
        ("K", 12, "Advice and Information"),
    ]
    H = {sid: c.heading(sid, f"{n}. {t} (Section {sid})") for sid, n, t in order}
    num = {sid: n for sid, n, _ in order}

    def paras(sid, texts, first_sect=True):
        out = [("h", 2, H[sid])]
        for i, t in enumerate(texts, 1):
            if i == 1 and first_sect:
                t = c.sect(sid, t)
            out.append(("np", f"{num[sid]}.{i}", t))
        return out

    B_HL = "Priya has a permanent moderate-to-severe hearing loss in both ears and wears two hearing aids."
    B_NOISE = "Background noise makes it very hard for Priya to follow teaching, and in practical lessons she can miss much of what is said."
    B_VOC = "Priya's understanding of vocabulary is well below that expected for her age, and she often does not know the subject words introduced in lessons."
    B_TIRED = (
        "Listening all day leaves Priya exhausted, and she no longer goes to after-school clubs."
    )
    B_SELF = "Priya is self-conscious about her deafness and has been reluctant to use her radio aid, asking teachers not to wear the transmitter."
    B_LEFT = "Her hearing in the left ear has become slightly worse over the past year."

    F_TA = c.f(
        "A teaching assistant from the Hearing Support Service will work with Priya 1:1 for one hour every fortnight on vocabulary and self-advocacy.",
        True,
        note="Specific, but a teaching assistant fortnightly where a qualified teacher of the deaf weekly was recommended.",
    )
    F_RADIO = c.f(
        "Priya will use a radio aid in all lessons, and each of her teachers will be trained to use it by the Hearing Support Service before the start of every school year.",
        True,
    )
    F_MON = c.f("The Hearing Support Service will monitor Priya's progress as appropriate.", False)
    F_ACOU = c.f(
        "Following an acoustic survey by the Hearing Support Service in the autumn term, Priya's tutor room will be fitted with carpet tiles and soft display boards.",
        True,
    )
    F_YOUTH = c.f("Priya will be offered opportunities to meet other deaf young people.", False)
    F_CHECK = c.f(
        "Every morning at registration, a member of staff trained by the Hearing Support Service will check Priya's hearing aids and radio aid using a listening stethoscope.",
        True,
    )
    F_EXAM = c.f(
        "Access arrangements in tests and examinations, including extra time, as appropriate.",
        False,
    )
    F_SEAT = c.f(
        "In every lesson Priya will sit near the front, to one side, where she can see the teacher's face and the faces of other pupils.",
        True,
    )
    H2_DA = "The Sensory Team will deliver deaf awareness training to the staff who teach Priya."
    G_AUD = "Priya will be seen at the Hethering Vale Paediatric Audiology Clinic every six months for hearing aid review and new earmoulds."

    # ---------------- ToD report (PDF) ----------------
    tod_blocks = [
        ("org", "Hethering Vale Sensory Support - Hearing Support Service"),
        (
            "small",
            "Kingsmead Resource Centre, Coldstream Road, Hethering ZX9 3QP | 01632 960518 | hss@hetheringvale.example.org",
        ),
        ("title", "Advice from a Qualified Teacher of the Deaf"),
        (
            "p",
            "This advice is given under regulation 6(2) of the SEND Regulations 2014 by Gwendolen Askew, Qualified Teacher of the Deaf (Mandatory Qualification, 2009). I visited Priya at Brockwell Hill Academy on 4 and 11 March 2026, observed her in science and English, and carried out a speech perception assessment.",
        ),
        ("h", 2, "Hearing loss and equipment"),
        (
            "p",
            c.need(
                TOD,
                "Priya has a bilateral moderate-to-severe sensorineural hearing loss and wears two behind-the-ear hearing aids.",
                "sensory_physical",
                B_HL,
            ),
        ),
        ("h", 2, "Functional listening"),
        (
            "p",
            "In a quiet room Priya repeated 92% of sentences correctly with her aids. "
            + c.need(
                TOD,
                "In the noisy science laboratory she missed about half of what the teacher said, even when seated near the front.",
                "sensory_physical",
                B_NOISE,
            ),
        ),
        (
            "p",
            c.need(
                TOD,
                "Priya misses incidental information, such as changes to homework or to rooms that are announced at the end of lessons.",
                "sensory_physical",
                note="Not described in B.",
            ),
        ),
        ("h", 2, "Language and literacy"),
        (
            "p",
            c.need(
                TOD,
                "Her receptive vocabulary is about three years behind her age, and she often does not know the technical words introduced in lessons.",
                "communication_interaction",
                B_VOC,
            ),
        ),
        (
            "p",
            "Her English teacher gave me recent reading test results. "
            + c.need(
                TOD,
                "Her reading comprehension is at the 9th percentile, although her word reading is within the average range.",
                "cognition_learning",
                note="Stated only in the literacy prose; not described in B.",
            ),
        ),
        ("h", 2, "Social and emotional wellbeing"),
        (
            "p",
            c.need(
                TOD,
                "She reports that she is exhausted by the end of the school day and has stopped attending after-school clubs because of listening fatigue.",
                "semh",
                B_TIRED,
            ),
        ),
        (
            "p",
            c.need(
                TOD,
                "Priya is reluctant to wear her radio aid in Year 8 because she does not want to look different, and she has asked teachers not to use the transmitter.",
                "semh",
                B_SELF,
            ),
        ),
        ("h", 2, "Advice on provision"),
        (
            "p",
            c.rec(
                TOD,
                "Priya should be taught by a qualified teacher of the deaf for one hour each week, 1:1, to pre-teach vocabulary and develop her self-advocacy.",
                "sensory_physical",
                "less",
                F_TA,
            ),
        ),
        (
            "p",
            c.rec(
                TOD,
                "A radio aid system must be used in every lesson, and all staff who teach her must be trained in its use.",
                "sensory_physical",
                "specific",
                F_RADIO,
            ),
        ),
        (
            "p",
            c.rec(
                TOD,
                "The teacher of the deaf should visit school twice each half-term to monitor Priya's progress, check her equipment and advise staff.",
                "sensory_physical",
                "not_specific",
                F_MON,
            ),
        ),
        (
            "p",
            c.rec(
                TOD,
                "Homework tasks and key notices should be given to Priya in writing, posted on the school's online platform at the end of each lesson.",
                "sensory_physical",
                "missing_from_f",
            ),
        ),
        (
            "p",
            c.rec(
                TOD,
                "Priya's main teaching room needs soft furnishings to reduce reverberation, following an acoustic survey by this service.",
                "sensory_physical",
                "specific",
                F_ACOU,
            ),
        ),
        (
            "p",
            c.rec(
                TOD,
                "Deaf awareness training for all staff who teach Priya, delivered by the teacher of the deaf at the start of each school year.",
                "sensory_physical",
                "wrong_section",
                H2_DA,
                "H2",
            ),
        ),
        (
            "p",
            c.rec(
                TOD,
                "Attending the half-termly deaf youth group run by this service would help Priya to meet other deaf young people and feel more positive about her deafness.",
                "semh",
                "not_specific",
                F_YOUTH,
            ),
        ),
        (
            "p",
            c.rec(
                TOD,
                "Exam access arrangements should include 25% extra time, a reader and a separate room.",
                "sensory_physical",
                "not_specific",
                F_EXAM,
            ),
        ),
        ("gap",),
        ("p", "Gwendolen Askew, QToD, 18 March 2026"),
    ]
    c.docs.append(
        Doc(
            TOD,
            tod_blocks,
            header="Hearing Support Service - advice - RESTRICTED",
            footer="Priya Castellow - QToD advice - page {n} of {m}",
            author="HSS",
            title="QToD advice",
            accent="6A1B4D",
        )
    )

    # ---------------- audiology letter (.docx) ----------------
    aud_blocks = [
        ("org", "Hethering Vale Hospitals NHS Foundation Trust - Paediatric Audiology"),
        (
            "small",
            "Outpatients Level 2, Hethering General Hospital, Hethering ZX9 1AB. Tel 01632 960530",
        ),
        ("p", "Dear Ms Everdell,"),
        ("p", "Re: Priya Castellow, DOB 22/01/2014, Hospital number HV4471203"),
        ("p", "I saw Priya in clinic on 2 February 2026 with her father, for her routine review."),
        (
            "p",
            c.need(
                AUD,
                "The most recent audiogram shows a small deterioration in the left ear at 2 kHz and 4 kHz since last year.",
                "sensory_physical",
                B_LEFT,
            ),
        ),
        (
            "grid",
            [
                ["Frequency (Hz)", "250", "500", "1000", "2000", "4000"],
                ["Right ear (dB HL)", "45", "50", "60", "65", "70"],
                ["Left ear (dB HL)", "45", "55", "60", "70", "80"],
            ],
            [0.3, 0.14, 0.14, 0.14, 0.14, 0.14],
        ),
        ("p", "Her aids have been reprogrammed to the new thresholds."),
        ("p", "Plan:"),
        (
            "bul",
            [
                c.rec(
                    AUD,
                    "Hearing aid review and earmould replacement at this clinic every six months.",
                    "health",
                    "not_educational",
                    G_AUD,
                    "G",
                    note="Health provision rightly in G.",
                ),
                c.rec(
                    AUD,
                    "Daily checks of Priya's hearing aids and radio aid by a trained member of school staff, using a listening stethoscope.",
                    "sensory_physical",
                    "specific",
                    F_CHECK,
                ),
            ],
        ),
        ("p", "Yours sincerely,"),
        ("p", "Dr Lucan Ferriby, Consultant Audiovestibular Physician"),
        ("small", "cc: Priya's parents; Hearing Support Service; GP"),
    ]
    c.docs.append(
        Doc(
            AUD,
            aud_blocks,
            author="Paediatric Audiology",
            title="Clinic letter",
            sans=True,
            accent="005EB8",
        )
    )

    # ---------------- plan (PDF) ----------------
    plan = [
        ("org", "HETHERING VALE COUNCIL"),
        ("title", "Education, Health and Care Plan"),
        (
            "kv",
            [
                ("Young person", "Priya Castellow"),
                ("Date of birth", "22 January 2014"),
                ("School and year", "Brockwell Hill Academy, Year 8"),
                ("Date of this plan", "3 July 2026"),
                ("EHC coordinator", "Ms Rosalind Everdell, 01632 960501"),
            ],
        ),
    ]
    plan += paras(
        "A",
        [
            "Priya wants to be a marine biologist and would like to do a science A level.",
            "Priya says: 'I want teachers to face me when they talk and not to make a fuss about my hearing aids in front of everyone.'",
        ],
    )
    plan += paras("B", [B_HL, B_NOISE, B_VOC, B_TIRED, B_SELF, B_LEFT])
    plan += paras(
        "C",
        [
            "Priya's hearing loss is monitored by the paediatric audiology clinic, which reviews her hearing aids twice a year."
        ],
    )
    plan += paras("D", ["Priya has no social care needs arising from her SEN or disability."])
    plan += paras(
        "E",
        [
            "By the end of Year 9, Priya will use 80% of the key vocabulary for each science unit correctly in written answers.",
            "By July 2027, Priya will ask a teacher to repeat or rephrase something at least once in each lesson when she has missed it.",
            "Priya will attend at least one after-school activity each week by the end of Year 9.",
        ],
    )
    plan += paras("F", [F_SEAT, F_TA, F_RADIO, F_CHECK, F_MON, F_ACOU, F_YOUTH, F_EXAM])
    plan += paras("G", [G_AUD])
    plan += paras(
        "H1",
        [
            "No provision is made under section 2 of the Chronically Sick and Disabled Persons Act 1970."
        ],
    )
    plan += paras(
        "H2",
        ["Priya can use the Sensory Team's information line for families.", H2_DA],
        first_sect=False,
    )
    c.sect("H2", "Priya can use the Sensory Team's information line for families.")
    plan += paras(
        "I",
        ["Brockwell Hill Academy, Sandford Way, Hethering ZX9 4LW (mainstream secondary academy)."],
    )
    plan += paras("J", ["No personal budget has been requested."])
    plan += paras(
        "K",
        [
            "Advice from a qualified teacher of the deaf, Gwendolen Askew (18 March 2026); paediatric audiology letter (2 February 2026); educational advice from Brockwell Hill Academy (9 March 2026); parental advice (February 2026)."
        ],
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            header="Hethering Vale Council - EHC Plan - Priya Castellow",
            footer="OFFICIAL-SENSITIVE when complete - {n}",
            author="Hethering Vale Council",
            title="EHC Plan",
            accent="1F3864",
        )
    )
    return c


# ===========================================================================
# case-evalc-05  Ormsgill Metropolitan Borough Council - F organised by outcome
#   .docx; Heading 1 "Section B - Jonah's special educational needs"; Section F is
#   a run of "Outcome n" blocks, each followed by "Provision to meet it:" and bullets,
#   then a block of provision "across all outcomes". Age 15, Year 10, PMLD at a
#   special school. Physiotherapy programme letter (PDF), SALT report (.docx),
#   class teacher's report (PDF).
# ===========================================================================


def case_05() -> Case:
    PHY, SLT, SCH, PLAN = "physio_letter.pdf", "salt_report.docx", "school_report.pdf", "ehcp.docx"
    c = Case(
        "case-evalc-05",
        PLAN,
        [PHY, SLT, SCH],
        "Jonah Whitcombe, 15, Year 10, maintained special school. Profound and multiple learning "
        "difficulties: cerebral palsy (GMFCS V), early communication, dysphagia, cortical visual "
        "impairment. Section F is organised by outcome.",
    )
    c.note = (
        "A special school may leave some detail to the school, but the corpus rules still apply: "
        "a provision with no frequency, duration or named role is not specific. The eating and "
        "drinking plan is health provision for dysphagia and rightly stands in G; the daily "
        "postural management programme carried out by school staff trained by the physiotherapist "
        "educates and trains, and stands in G, so it is wrong_section."
    )
    titles = {
        "A": "All about Jonah: views, interests and aspirations",
        "B": "Jonah's special educational needs",
        "C": "Jonah's health needs",
        "D": "Jonah's social care needs",
        "E": "Outcomes for Jonah",
        "F": "Special educational provision",
        "G": "Health provision",
        "H1": "Social care provision under section 2 of the CSDPA 1970",
        "H2": "Other social care provision",
        "I": "School",
        "J": "Personal budget",
        "K": "Advice and information received",
    }
    H = {sid: c.heading(sid, f"Section {sid} - {titles[sid]}") for sid, _ in STD_HEADINGS}

    B_CP = "Jonah has cerebral palsy affecting all four limbs and relies completely on adults to move and change his position."
    B_HIP = "Without careful positioning through the day, Jonah's hips and spine are at risk of further deformity."
    B_SEAT = "He cannot sit without support and needs his moulded seat to be positioned safely for learning."
    B_COMM = "Jonah communicates with his face, his voice and by looking at things, and is at an early stage of intentional communication."
    B_CHOICE = "Jonah can choose between two real objects held well apart in front of him, but he cannot yet choose from photographs."
    B_SWAL = "Jonah's swallow is not safe for thin drinks, so all his drinks must be thickened and his food puréed to reduce the risk of choking and aspiration."
    B_ENG = "Jonah learns at the earliest stages of engagement and needs a routine repeated many times before he begins to anticipate what will happen."
    B_DIST = "Unexpected changes to his routine and sudden loud noises upset Jonah, and he cries."

    F_SLT = c.f(
        "Jonah's communication targets will be built into his class programme, with advice from the speech and language therapist.",
        False,
    )
    F_OBJ = c.f(
        "Before every change of activity, staff will show Jonah the object of reference for it from his personal set, for example a spoon before lunch.",
        True,
    )
    F_PHYREV = c.f(
        "Once every half-term the physiotherapist will visit Jonah in school to review his programme and train any new staff.",
        True,
    )
    F_HYDRO = c.f("Jonah will take part in hydrotherapy when the pool timetable allows.", False)
    F_STORY = c.f(
        "Every afternoon Jonah will take part in a 20-minute multisensory story session led by his class teacher.",
        True,
    )
    F_QTVI = c.f("Advice from the Sensory Support Service will be sought as required.", False)
    F_RATIO = c.f(
        "Jonah will be supported by adults at a ratio of 1:2 across the school day.",
        True,
        note="Specific, but a ratio of 1:2 where a consistent 1:1 team was recommended.",
    )
    F_CARE = c.f(
        "Two members of staff trained in moving and handling will carry out every hoist transfer, following Jonah's moving and handling plan.",
        True,
    )
    G_POST = "Jonah's postural management programme, including time in his standing frame and side-lying, will be carried out in school."
    G_EAT = "The Ormsgill Children's Speech and Language Therapy Service will write Jonah's eating and drinking plan and review it every six months; school staff will follow it at every meal and drink."

    # ---------------- physiotherapy letter (PDF) ----------------
    phy_blocks = [
        ("org", "Ormsgill Children's Physiotherapy"),
        ("small", "Beckside Child Development Centre, Ormsgill JX4 6RR  |  01632 960611"),
        ("p", "To: SEND Assessment Team, Ormsgill Metropolitan Borough Council"),
        ("p", "Re: Jonah Whitcombe (DOB 30/06/2011) - physiotherapy advice for EHC plan review"),
        ("p", "Dear colleagues,"),
        (
            "p",
            "I have treated Jonah since 2019 and saw him at Hollins Bank School on 5 and 19 February 2026. This letter sets out his physical needs and the programme he needs in school.",
        ),
        (
            "p",
            c.need(
                PHY,
                "Jonah has spastic quadriplegic cerebral palsy (GMFCS level V) and depends on adults for all changes of position.",
                "sensory_physical",
                B_CP,
            ),
        ),
        (
            "p",
            c.need(
                PHY,
                "He is at risk of hip migration and of a worsening spinal curve if he spends long periods in one position.",
                "sensory_physical",
                B_HIP,
            ),
        ),
        (
            "p",
            c.need(
                PHY,
                "Jonah cannot sit unsupported and needs a moulded seating system to maintain a safe posture for learning.",
                "sensory_physical",
                B_SEAT,
            ),
        ),
        ("p", "His programme for school is as follows."),
        (
            "bul",
            [
                c.rec(
                    PHY,
                    "A daily postural management programme in school: 45 minutes in his standing frame each day and 30 minutes in side-lying after lunch, carried out by staff trained by the physiotherapist.",
                    "sensory_physical",
                    "wrong_section",
                    G_POST,
                    "G",
                ),
                c.rec(
                    PHY,
                    "A physiotherapy visit to school once every half-term to review and update the programme and to train new staff.",
                    "sensory_physical",
                    "specific",
                    F_PHYREV,
                ),
                c.rec(
                    PHY,
                    "Hydrotherapy for 30 minutes every week with a physiotherapy assistant.",
                    "sensory_physical",
                    "not_specific",
                    F_HYDRO,
                ),
            ],
        ),
        (
            "p",
            c.rec(
                PHY,
                "At home, Jonah's parents should keep using the sleep system provided by the wheelchair service every night.",
                "sensory_physical",
                "not_educational",
                note="Advice for home.",
            ),
        ),
        ("p", "Please contact me if you need anything further."),
        ("p", "Yours faithfully,"),
        ("p", "Carys Middlemiss, Clinical Specialist Physiotherapist (HCPC PH55120)"),
    ]
    c.docs.append(
        Doc(
            PHY,
            phy_blocks,
            footer="Ormsgill Children's Physiotherapy - {n}",
            author="Physiotherapy",
            title="Physiotherapy letter",
            accent="2F5597",
        )
    )

    # ---------------- SALT (.docx) ----------------
    slt_blocks = [
        ("org", "Ormsgill Children's Speech and Language Therapy Service"),
        ("title", "Speech and Language Therapy Report"),
        (
            "kv",
            [
                ("Name", "Jonah Whitcombe"),
                ("School", "Hollins Bank School, class 10W"),
                ("Therapist", "Niamh Ostrowski, Speech and Language Therapist"),
                ("Date", "3 March 2026"),
            ],
        ),
        ("h", 2, "Communication"),
        (
            "p",
            c.need(
                SLT,
                "Jonah communicates through facial expression, vocalisation and eye pointing, and he is at an early intentional stage of communication.",
                "communication_interaction",
                B_COMM,
            ),
        ),
        (
            "p",
            c.need(
                SLT,
                "He can make a choice between two real objects when they are held apart in his field of vision, but not yet between photographs.",
                "communication_interaction",
                B_CHOICE,
            ),
        ),
        (
            "p",
            c.need(
                SLT,
                "He does not yet have a consistent way to say 'yes' or 'no'.",
                "communication_interaction",
                note="Not described in B.",
            ),
        ),
        ("h", 2, "Eating and drinking"),
        (
            "p",
            c.need(
                SLT,
                "Jonah has an unsafe swallow for thin fluids and is at risk of aspiration, so he needs stage 2 thickened fluids and puréed food.",
                "health",
                B_SWAL,
            ),
        ),
        ("h", 2, "Recommendations"),
        (
            "p",
            c.rec(
                SLT,
                "Direct speech and language therapy from a speech and language therapist for 30 minutes every week, to develop a consistent yes/no response and to trial an eye-gaze communication system.",
                "communication_interaction",
                "not_specific",
                F_SLT,
            ),
        ),
        (
            "p",
            c.rec(
                SLT,
                "An eating and drinking plan written by the speech and language therapist, followed at every meal and snack by trained staff and reviewed every six months.",
                "health",
                "not_educational",
                G_EAT,
                "G",
                note="Dysphagia management: health provision rightly in G.",
            ),
        ),
        (
            "p",
            c.rec(
                SLT,
                "Objects of reference at every transition in the school day, using his personal set, so that Jonah can anticipate what will happen next.",
                "communication_interaction",
                "specific",
                F_OBJ,
            ),
        ),
        (
            "p",
            c.rec(
                SLT,
                "Every September, the speech and language therapist should train all staff who work with Jonah in his communication passport and in using one consistent yes/no signal.",
                "communication_interaction",
                "missing_from_f",
            ),
        ),
    ]
    c.docs.append(Doc(SLT, slt_blocks, author="Ormsgill SLT", title="SLT report", accent="00897B"))

    # ---------------- school report (PDF) ----------------
    sch_blocks = [
        ("org", "Hollins Bank School"),
        (
            "small",
            "Special school for pupils aged 2-19 with severe and profound learning difficulties. Tarn Road, Ormsgill JX4 2PD. 01632 960640.",
        ),
        ("title", "Educational Advice: Class Teacher"),
        (
            "p",
            "Prepared by Mr Ifan Rowlands, class teacher of 10W, with the school's sensory lead.",
        ),
        ("h", 2, "Jonah's learning"),
        (
            "p",
            c.need(
                SCH,
                "Jonah's learning is at the earliest stages of engagement, measured on the school's engagement profile, and he needs many repetitions of a routine before he shows anticipation.",
                "cognition_learning",
                B_ENG,
            ),
        ),
        (
            "p",
            "He smiles broadly at music and at the feel of warm water. In sensory stories he turns towards lit objects. "
            + c.need(
                SCH,
                "He has cortical visual impairment and responds best to high-contrast, lit objects presented to his left side.",
                "sensory_physical",
                note="Stated only in the learning prose; not described in B.",
            ),
        ),
        ("h", 2, "Wellbeing"),
        (
            "p",
            c.need(
                SCH,
                "Jonah becomes distressed and cries when his routine changes without warning or when there is a sudden loud noise.",
                "semh",
                B_DIST,
            ),
        ),
        ("h", 2, "What Jonah needs in school"),
        (
            "p",
            c.rec(
                SCH,
                "Jonah needs a consistent team of adults at a ratio of 1:1 throughout the school day, including lunchtimes and transport handovers.",
                "other",
                "less",
                F_RATIO,
                note="A recommendation phrased as a need.",
            ),
        ),
        (
            "p",
            c.rec(
                SCH,
                "A daily sensory story or multisensory session of at least 20 minutes, planned around his vision and hearing.",
                "cognition_learning",
                "specific",
                F_STORY,
            ),
        ),
        (
            "p",
            c.rec(
                SCH,
                "A functional vision assessment by a qualified teacher of children with vision impairment (QTVI), followed by two advisory visits a year.",
                "sensory_physical",
                "not_specific",
                F_QTVI,
            ),
        ),
        ("p", "I. Rowlands, 12 March 2026"),
    ]
    c.docs.append(
        Doc(
            SCH,
            sch_blocks,
            header="Hollins Bank School - educational advice",
            footer="{n} / {m}",
            author="Hollins Bank School",
            title="Educational advice",
            sans=True,
            accent="7030A0",
        )
    )

    # ---------------- plan (.docx) ----------------
    plan = [
        ("org", "Ormsgill Metropolitan Borough Council"),
        ("title", "Education, Health and Care Plan (amended following annual review)"),
        (
            "kv",
            [
                ("Name", "Jonah Whitcombe"),
                ("Date of birth", "30 June 2011"),
                ("NC year", "Year 10"),
                ("Date of amended plan", "24 June 2026"),
            ],
        ),
        ("h", 1, H["A"]),
        (
            "p",
            c.sect(
                "A",
                "Jonah's family say he is happiest in the water, listening to brass band music and being with his sister Tilly.",
            ),
        ),
        (
            "p",
            "His parents want him to stay healthy, comfortable and as involved as possible in everything at school and, later, at college.",
        ),
        ("h", 1, H["B"]),
        ("p", c.sect("B", B_CP) + " " + B_HIP + " " + B_SEAT),
        ("p", B_COMM + " " + B_CHOICE),
        ("p", B_SWAL),
        ("p", B_ENG + " " + B_DIST),
        ("h", 1, H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Jonah has epilepsy, which is controlled by medication, and he is reviewed by the community paediatrician twice a year.",
            ),
        ),
        ("h", 1, H["D"]),
        (
            "p",
            c.sect(
                "D",
                "Jonah's family care for him at home with help from a package of overnight short breaks.",
            ),
        ),
        ("pb",),
        ("h", 1, H["E"]),
        (
            "np",
            "E1",
            c.sect(
                "E",
                "By July 2027 Jonah will use a consistent signal to answer yes or no to a simple question.",
            ),
        ),
        (
            "np",
            "E2",
            "Jonah will keep a comfortable, safe posture across the school day, with no increase in hip migration at his next X-ray.",
        ),
        (
            "np",
            "E3",
            "By the end of Year 11 Jonah will show that he anticipates three familiar routines, such as swimming and lunch.",
        ),
        ("h", 1, H["F"]),
        (
            "p",
            "Hollins Bank School will make the following provision. Jonah is taught in a class of eight pupils with a teacher and four teaching assistants.",
        ),
        ("b", "Outcome 1 (E1) - communication"),
        ("p", "Provision to meet it:"),
        ("bul", [c.sect("F", F_SLT), F_OBJ]),
        ("b", "Outcome 2 (E2) - posture and physical wellbeing"),
        ("p", "Provision to meet it:"),
        ("bul", [F_PHYREV, F_HYDRO]),
        ("b", "Outcome 3 (E3) - learning and engagement"),
        ("p", "Provision to meet it:"),
        ("bul", [F_STORY, F_QTVI]),
        ("b", "Provision across all outcomes"),
        ("bul", [F_RATIO, F_CARE]),
        ("h", 1, H["G"]),
        (
            "bul",
            [
                c.sect("G", G_POST),
                G_EAT,
                "The community paediatrician will review Jonah's epilepsy medication twice a year.",
            ],
        ),
        ("h", 1, H["H1"]),
        (
            "p",
            c.sect(
                "H1",
                "Overnight short breaks at Larkfield House, two nights each month, are provided under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
            ),
        ),
        ("h", 1, H["H2"]),
        ("p", c.sect("H2", "There is no other social care provision.")),
        ("h", 1, H["I"]),
        (
            "p",
            c.sect(
                "I",
                "Hollins Bank School, Tarn Road, Ormsgill JX4 2PD (maintained special school for pupils with severe and profound learning difficulties).",
            ),
        ),
        ("h", 1, H["J"]),
        (
            "p",
            c.sect(
                "J",
                "Jonah's parents receive a direct payment for short breaks; no personal budget is held for special educational provision.",
            ),
        ),
        ("h", 1, H["K"]),
        (
            "p",
            c.sect(
                "K",
                "Advice considered: physiotherapy letter (February 2026), speech and language therapy report (3 March 2026), class teacher's educational advice (12 March 2026), annual review report (May 2026).",
            ),
        ),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Ormsgill MBC",
            title="EHC Plan",
            accent="833C0B",
            footer="Jonah Whitcombe - EHC plan (amended)",
        )
    )
    return c


# ===========================================================================
# case-evalc-06  Penwithy County Council - B, E and F in one three-column table
#   .docx; ordinary "Section C: ..." headings elsewhere, but B, E and F are the
#   columns of a single table whose header cells are the section headings, with
#   merged full-width rows naming each area of need; each cell holds several
#   paragraphs. Order A, B/E/F, C, D, G, H1, H2, I, J, K. Year 4, ADHD, SEMH,
#   written output. EP report (PDF) and a paediatric clinic letter (.docx).
# ===========================================================================


def case_06() -> Case:
    EP, PAED, PLAN = "ep_report.pdf", "paediatric_letter.docx", "plan.docx"
    c = Case(
        "case-evalc-06",
        PLAN,
        [EP, PAED],
        "Tobias Ferreira-Lund, 9, Year 4, mainstream Catholic primary. ADHD, impulsivity, low "
        "self-esteem, written output and organisation. B, E and F share one table with merged "
        "area-of-need rows.",
    )
    c.note = (
        "B, E and F are columns of one table; their section_headings are the column header cells, "
        "and a B, E or F text must lie in a cell of that column. ADHD training for school staff "
        "trains staff and is special educational provision, so standing in H2 it is wrong_section."
    )
    c.heading("A", "Section A: What matters to Tobias")
    HB = c.heading("B", "Section B: Special educational needs")
    HE = c.heading("E", "Section E: Outcomes")
    HF = c.heading("F", "Section F: Special educational provision")
    rest = {
        "C": "Health needs",
        "D": "Social care needs",
        "G": "Health provision",
        "H1": "Social care provision - section 2 CSDPA 1970",
        "H2": "Other social care provision",
        "I": "Placement",
        "J": "Personal budget",
        "K": "Advice and information",
    }
    H = {sid: c.heading(sid, f"Section {sid}: {t}") for sid, t in rest.items()}
    c.columns = {"B": 0, "E": 1, "F": 2}

    B_ADHD = "Tobias has ADHD and finds it very difficult to sit still and concentrate during whole-class teaching."
    B_IMP = "He often acts before he thinks, calling out or snatching things, and this leads to arguments with other children."
    B_SELF = "Tobias thinks poorly of himself and feels that adults always blame him."
    B_CRIT = "Tobias is very sensitive to being corrected, and if this happens in front of others he can quickly become verbally aggressive."
    B_WRITE = "Tobias reads accurately for his age, but he writes very little in the time given."
    B_ORG = "Tobias finds it hard to plan and organise tasks with several steps, so he seldom completes work on his own."
    B_PM = "His concentration is noticeably poorer in the afternoons."

    F_GATE = c.f(
        "At 8.40 am each morning his key adult will meet Tobias at the school gate and spend ten minutes with him before registration.",
        True,
    )
    F_MOVE = c.f("Movement breaks as appropriate.", False)
    F_ELSA = c.f(
        "Tobias will join an ELSA group of six pupils for 30 minutes each fortnight.",
        True,
        note="Specific, but a group of six fortnightly where weekly 1:1 ELSA was recommended.",
    )
    F_CORR = c.f(
        "All adults will correct Tobias privately, using his agreed hand signal, rather than in front of the class.",
        True,
    )
    F_WRITE = c.f(
        "Writing frames and a laptop with word processing for all extended writing; a teaching assistant will scribe one piece of Tobias's writing each week.",
        True,
    )
    F_ORG = c.f("Tobias will be supported to organise his work.", False)
    F_TIME = c.f(
        "Literacy and numeracy lessons for Tobias's class will be timetabled before lunch each day.",
        True,
    )
    H2_TRAIN = "Staff at St Aldric's will receive ADHD awareness training from the Penwithy Inclusion Support Team."
    G_MED = "Tobias's methylphenidate will be prescribed and reviewed every six months by the Penwithy Community Paediatric ADHD Clinic."

    # ---------------- EP (PDF) ----------------
    ep_blocks = [
        ("org", "Penwithy Psychology and Inclusion Service"),
        ("small", "Treloar House, Quay Street, Penwithy XQ8 1HS. Tel 01632 960702."),
        ("title", "Educational Psychology Advice"),
        (
            "p",
            "Child: Tobias Ferreira-Lund. Date of birth: 7 August 2016. School: St Aldric's Catholic Primary School (Year 4). Psychologist: Maxine Tregenza, Senior Educational Psychologist. Report date: 30 April 2026.",
        ),
        ("h", 2, "Background"),
        (
            "p",
            c.non_need(
                EP,
                "His early language delay, for which he saw a speech and language therapist at the age of three, has resolved.",
                "Resolved; not a current need.",
            ),
        ),
        (
            "p",
            "Tobias lives with his mother, stepfather and two older brothers. "
            + c.need(
                EP,
                "At lunchtimes, when the structure of the classroom is removed, Tobias is often involved in fights, and he has had two fixed-term exclusions this year.",
                "semh",
                note="Stated only in the background prose; not described in B.",
            ),
        ),
        ("h", 2, "What I found"),
        (
            "p",
            c.need(
                EP,
                "Tobias has a diagnosis of ADHD (combined presentation) and finds it very hard to stay seated and focused for more than five minutes in whole-class teaching.",
                "semh",
                B_ADHD,
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "He acts on impulse, for example by calling out or grabbing equipment, and this often leads to conflict with classmates.",
                "semh",
                B_IMP,
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "Tobias has a low opinion of himself and says that teachers 'always blame me'.",
                "semh",
                B_SELF,
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "His reading accuracy is in the average range, but his written output is very limited: in 20 minutes he wrote two short sentences.",
                "cognition_learning",
                B_WRITE,
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "Tobias has difficulty planning and organising multi-step tasks and rarely finishes independent work.",
                "cognition_learning",
                B_ORG,
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "Tobias's processing speed is at the 5th percentile, so he needs more time than his classmates to take in and respond to information.",
                "cognition_learning",
                note="Not described in B.",
            ),
        ),
        ("h", 2, "What will help"),
        (
            "p",
            c.rec(
                EP,
                "Tobias should have a named key adult who meets him at the gate every morning and checks in with him for ten minutes before lessons.",
                "semh",
                "specific",
                F_GATE,
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "He should have a movement break of three to five minutes after every 20 minutes of seated work, using a pre-agreed job or route.",
                "semh",
                "not_specific",
                F_MOVE,
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "A structured lunchtime club run by a named adult should be offered as an alternative to the playground on at least three days a week.",
                "semh",
                "missing_from_f",
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "A 1:1 emotional literacy programme delivered by a trained ELSA for 30 minutes each week over a block of 12 weeks.",
                "semh",
                "less",
                F_ELSA,
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "Writing frames and a word processor should be used for extended writing, and a teaching assistant should scribe for one piece of work each week.",
                "cognition_learning",
                "specific",
                F_WRITE,
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "Tobias needs a visual checklist every day that breaks tasks into steps, reviewed with an adult at the end of each lesson.",
                "cognition_learning",
                "not_specific",
                F_ORG,
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "All staff who work with Tobias should be trained in ADHD and in his behaviour plan by the educational psychologist during the autumn term.",
                "semh",
                "wrong_section",
                H2_TRAIN,
                "H2",
            ),
        ),
        ("p", "Maxine Tregenza, HCPC PYL04433"),
    ]
    c.docs.append(
        Doc(
            EP,
            ep_blocks,
            header="Penwithy Psychology and Inclusion Service",
            footer="EP advice: T. Ferreira-Lund - page {n} of {m}",
            author="Penwithy PIS",
            title="EP advice",
            accent="385723",
        )
    )

    # ---------------- paediatric letter (.docx) ----------------
    paed_blocks = [
        ("org", "Penwithy Community Paediatrics - ADHD Clinic"),
        ("small", "St Piran's Child Health Centre, Penwithy XQ8 4DD  01632 960744"),
        ("p", "Clinic date: 14 April 2026    Typed: 16 April 2026"),
        ("p", "Dear Mrs Ferreira-Lund,"),
        (
            "p",
            "Thank you for bringing Tobias to clinic. I am copying this letter to the SEND team as my advice for his EHC needs assessment.",
        ),
        (
            "p",
            c.need(
                PAED,
                "He is highly sensitive to perceived criticism and can become verbally aggressive within seconds when he is corrected in front of his peers.",
                "semh",
                B_CRIT,
            ),
        ),
        (
            "p",
            c.need(
                PAED,
                "Tobias's concentration is markedly worse in the afternoons, when his morning medication has worn off.",
                "semh",
                B_PM,
            ),
        ),
        ("p", "My recommendations are:"),
        (
            "np",
            "1.",
            c.rec(
                PAED,
                "Methylphenidate prescribing and a six-monthly review in the ADHD clinic, including height, weight and blood pressure.",
                "health",
                "not_educational",
                G_MED,
                "G",
                note="Health provision rightly in G.",
            ),
        ),
        (
            "np",
            "2.",
            c.rec(
                PAED,
                "Corrections and reminders should be given privately and calmly, using a pre-agreed signal.",
                "semh",
                "specific",
                F_CORR,
            ),
        ),
        (
            "np",
            "3.",
            c.rec(
                PAED,
                "Where possible, the subjects Tobias finds most demanding should be taught in the morning.",
                "cognition_learning",
                "specific",
                F_TIME,
            ),
        ),
        (
            "np",
            "4.",
            c.rec(
                PAED,
                "You and your husband are encouraged to attend the Penwithy ADHD parent programme of eight weekly sessions.",
                "semh",
                "not_educational",
                note="Advice for the family.",
            ),
        ),
        ("p", "Yours sincerely,"),
        ("p", "Dr Senara Pollard, Consultant Community Paediatrician"),
    ]
    c.docs.append(
        Doc(
            PAED,
            paed_blocks,
            author="Penwithy Community Paediatrics",
            title="Clinic letter",
            sans=True,
            accent="005EB8",
        )
    )

    # ---------------- plan (.docx) ----------------
    bef = [
        [HB, HE, HF],
        "Social, emotional and mental health",
        [
            c.sect("B", B_ADHD) + "\n" + B_IMP + "\n" + B_SELF + "\n" + B_CRIT,
            c.sect(
                "E",
                "By July 2027 Tobias will stay at his table and work for 15 minutes with no more than one reminder.",
            )
            + "\nTobias will name three things he does well and say how he calms himself when he is cross.",
            F_GATE + "\n" + c.sect("F", F_MOVE) + "\n" + F_ELSA + "\n" + F_CORR,
        ],
        "Cognition and learning",
        [
            B_WRITE + "\n" + B_ORG + "\n" + B_PM,
            "By the end of Year 5 Tobias will write a side of A4 on the laptop within a lesson, using a writing frame.",
            F_WRITE + "\n" + F_ORG + "\n" + F_TIME,
        ],
    ]
    plan = [
        ("org", "Penwithy County Council"),
        (
            "small",
            "Education, Health and Care Team - Lys Kernow Offices, Penwithy XQ8 2AB - ehc@penwithy.example.org",
        ),
        ("title", "Education, Health and Care Plan"),
        (
            "kv",
            [
                ("Child", "Tobias Ferreira-Lund"),
                ("Date of birth", "7 August 2016"),
                ("Date of plan", "26 June 2026"),
            ],
        ),
        ("h", 1, "Section A: What matters to Tobias"),
        (
            "p",
            c.sect(
                "A",
                "Tobias loves BMX, his dog Pasty and helping his stepdad in the garage; he wants to be a mechanic.",
            ),
        ),
        ("h", 1, "Sections B, E and F: needs, outcomes and provision"),
        (
            "p",
            "The provision in the right-hand column will be made by St Aldric's Catholic Primary School.",
        ),
        ("mgrid", bef, [0.34, 0.28, 0.38]),
        ("h", 1, H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Tobias was diagnosed with ADHD in October 2025 and takes medication each school morning.",
            ),
        ),
        ("h", 1, H["D"]),
        (
            "p",
            c.sect(
                "D",
                "The family has had early help from the Penwithy Family Support Service, which ended in January 2026.",
            ),
        ),
        ("h", 1, H["G"]),
        ("p", c.sect("G", G_MED)),
        ("h", 1, H["H1"]),
        ("p", c.sect("H1", "No provision.")),
        ("h", 1, H["H2"]),
        ("p", c.sect("H2", H2_TRAIN)),
        ("h", 1, H["I"]),
        (
            "p",
            c.sect(
                "I",
                "St Aldric's Catholic Primary School, Chapel Row, Penwithy XQ8 5JT (mainstream voluntary aided primary).",
            ),
        ),
        ("h", 1, H["J"]),
        ("p", c.sect("J", "A personal budget was not requested.")),
        ("h", 1, H["K"]),
        (
            "p",
            c.sect(
                "K",
                "Educational psychology advice (30 April 2026); paediatric advice (16 April 2026); school advice (March 2026); parental views (March 2026).",
            ),
        ),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Penwithy County Council",
            title="EHC Plan",
            accent="2E4053",
            footer="Penwithy County Council - Tobias Ferreira-Lund - EHC plan",
        )
    )
    return c


# ===========================================================================
# Verification: every quoted text is found once in the text extracted from its
# file (pypdf for PDFs; python-docx body paragraphs and table cells in document
# order for .docx), and plan texts lie inside the right section.
# ===========================================================================


BUILDERS = [case_01, case_02, case_03, case_04, case_05, case_06]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], BUILDERS, HERE))
