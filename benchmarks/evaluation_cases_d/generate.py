#!/usr/bin/env python3
# ruff: noqa: N806, E501, RUF005
"""Generate evaluation set D (case-evald-01 .. case-evald-06) for the plan check.

Independent of the development corpus and of evaluation sets A, B and C: new councils,
families, schools, professionals, sentences, plan templates and report writing styles.
Everything is invented; postcodes use areas that do not exist (QZ, XV, JZ, ZJ, VQ, XZ)
and phone numbers are in the 01632 960xxx range.

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
# case-evald-01  Larkspur Heath Borough Council - ordinary Word plan
#   Heading 2 "Section B – Special educational needs" (en dash). B is narrative
#   paragraphs under bold area sub-headings. F is long paragraphs that mix
#   several provisions (each provision sentence is its own item).
#   Year 4, autism and language disorder. SALT report (PDF, narrative "would
#   benefit from"), EP report (.docx, numbered recommendations with sub-points).
# ===========================================================================


def case_01() -> Case:
    SALT, EP, PLAN = "salt_report.pdf", "ep_report.docx", "plan.docx"
    c = Case(
        "case-evald-01",
        PLAN,
        [SALT, EP],
        "Rafferty (Raff) Oduya, 8, Year 4, mainstream primary. Autism and language disorder. "
        "Ordinary Word plan with en-dash headings; B narrative per area; F as long mixed paragraphs.",
    )
    titles = [
        ("A", "About Raff: views, interests and aspirations"),
        ("B", "Special educational needs"),
        ("C", "Health needs related to SEN"),
        ("D", "Social care needs"),
        ("E", "Outcomes"),
        ("F", "Special educational provision"),
        ("G", "Health provision"),
        ("H1", "Social care provision under section 2 of the CSDPA 1970"),
        ("H2", "Any other social care provision"),
        ("I", "Name and type of school"),
        ("J", "Personal budget"),
        ("K", "Advice and information"),
    ]
    H = {sid: c.heading(sid, f"Section {sid} – {t}") for sid, t in titles}

    B_INSTR = "Raff has difficulty understanding longer spoken instructions, especially ones that use time words such as before and after, and he often starts a task before the adult has finished speaking."
    B_EXPR = "When he talks, his sentences are short and the small grammatical words are often missing, so listeners who do not know him can find him hard to follow."
    B_TURN = "Conversation is one-sided: Raff finds turn-taking hard and will talk for a long time about trains whether or not his listener is interested."
    B_VERB = "Raff's verbal reasoning is much weaker than his non-verbal reasoning, and he learns best when information is shown to him rather than told."
    B_CHANGE = "Unexpected changes to the school day make Raff very anxious, and he may hide or leave the classroom when they happen."
    B_NOISE = "Raff is highly sensitive to noise and has avoided the hall and the dining room since the start of this year."
    B_REG = "Once he is upset, Raff cannot yet calm himself and needs a familiar adult to help him regulate."

    F_SALTC = c.f(
        "A speech and language therapist will visit school once each half-term to set targets for Raff and advise the staff who work with him.",
        True,
        note="Specific, but a half-termly consultation where weekly direct 1:1 therapy was recommended.",
    )
    F_LANG = c.f(
        "Three times a week, for 20 minutes, Raff will take part in a language group of no more than three pupils led by a teaching assistant who has been trained by the speech and language therapist.",
        True,
        note="Specific despite the word order: frequency and duration come first.",
    )
    F_VIS = c.f("Visual supports will be used with Raff where appropriate.", False)
    F_TT = c.f(
        "Raff's class teacher or teaching assistant will go through a visual timetable of the day with him at the start of every morning and again after lunch.",
        True,
    )
    F_PREP = c.f("Staff will prepare Raff for changes to routine.", False)
    F_KEY = c.f(
        "A key adult who has completed emotion coaching training will meet Raff for ten minutes when he arrives and for ten minutes before he goes home every school day.",
        True,
    )
    F_BOOTH = c.f(
        "Raff will have a screened work station in his classroom which he may use at any time.",
        True,
    )
    F_EARS = c.f(
        "Raff will wear ear defenders in assembly and will eat his lunch in the library with four other pupils, supervised by a midday assistant.",
        True,
    )
    F_GR = c.f(
        "Raff will join a guided reading group of six pupils, taught by the class teacher twice a week for 20 minutes, with a focus on inference.",
        True,
        note="Specific, but a group of six twice a week where 1:1 three times a week was recommended.",
    )
    F_IND = c.f("Raff will be supported to develop his independence in the classroom.", False)
    F_EPR = c.f(
        "An educational psychologist from the Larkspur Heath Psychology Service will review Raff's progress each year before his annual review and send written advice to the school.",
        True,
    )

    # ---------------- SALT report (PDF): narrative paragraphs ----------------
    salt = [
        ("org", "Larkspur Heath Children's Therapy Partnership"),
        (
            "small",
            "Speech and Language Therapy  |  Fennick House, Abbots Row, Larkspur Heath QZ3 9TD  |  01632 960418",
        ),
        ("title", "Speech and Language Therapy Advice"),
        (
            "p",
            "Child: Rafferty Oduya (known as Raff). Date of birth: 2 June 2018. School: Brackenfold Primary School, Year 4. Therapist: Nell Armitage-Sow, Highly Specialist Speech and Language Therapist. Seen in school on 9 and 23 February 2026.",
        ),
        ("h", 2, "Background"),
        (
            "p",
            "Raff was referred to our service at the age of three because his parents were concerned that he used very few words. "
            + c.non_need(
                SALT,
                "As a toddler he also had a marked feeding difficulty with textured foods, which had resolved by the time he was three and a half.",
                "Resolved in early childhood.",
            )
            + " He received a block of parent-child interaction therapy before starting school and was diagnosed with autism in Year 1.",
        ),
        ("h", 2, "What I found"),
        (
            "p",
            "I used the CELF-5 UK core subtests together with informal observation in class, at lunch and on the playground. Raff was cheerful and cooperative throughout, and he clearly enjoyed the picture tasks. "
            + c.need(
                SALT,
                "Raff understands single-step instructions but loses the thread when an instruction contains two or more key parts linked by words such as 'before' or 'after'.",
                "communication_interaction",
                plan_text=B_INSTR,
            )
            + " His teacher reports that he often begins a task before she has finished explaining it.",
        ),
        (
            "p",
            c.need(
                SALT,
                "His expressive language is made up of short, loosely joined sentences, and he often leaves out the small grammatical words that carry meaning.",
                "communication_interaction",
                plan_text=B_EXPR,
            )
            + " His vocabulary for his special interests, especially steam locomotives, is far beyond his age.",
        ),
        (
            "p",
            "On the playground I watched Raff for the whole of the lunch break. "
            + c.need(
                SALT,
                "He stood beside a group of boys from his class for ten minutes without joining their conversation, and walked away when one of them asked him a question.",
                "communication_interaction",
                note="Social isolation stated only in the observation prose; B does not describe it.",
            )
            + " He spent the rest of the break walking the line of the fence.",
        ),
        (
            "p",
            c.need(
                SALT,
                "In conversation with adults, Raff finds it hard to take turns and tends to talk at length about trains regardless of his listener's interest.",
                "communication_interaction",
                plan_text=B_TURN,
            ),
        ),
        ("h", 2, "Recommendations"),
        (
            "p",
            "Raff's language needs are persistent and will not resolve without specialist input. "
            + c.rec(
                SALT,
                "Raff would benefit from direct 1:1 speech and language therapy with a speech and language therapist for 30 minutes each week over the school year.",
                "communication_interaction",
                "less",
                plan_text=F_SALTC,
            )
            + " Alongside this, "
            + c.rec(
                SALT,
                "I would suggest that a teaching assistant trained by the therapist runs a language group of no more than three pupils three times a week for 20 minutes, using the targets in this report.",
                "communication_interaction",
                "specific",
                plan_text=F_LANG,
            ),
        ),
        (
            "p",
            c.rec(
                SALT,
                "Staff should pair every spoken instruction with something Raff can see: a symbol, a gesture or a written word.",
                "communication_interaction",
                "not_specific",
                plan_text=F_VIS,
            )
            + " This costs nothing and helps many of his classmates too.",
        ),
        (
            "p",
            c.rec(
                SALT,
                "A structured social communication group, such as a LEGO-based therapy group run weekly by a trained adult, would give Raff a safe way to practise turn-taking with peers.",
                "communication_interaction",
                "missing_from_f",
            ),
        ),
        (
            "p",
            c.rec(
                SALT,
                "At home, the family might share picture books and comment on the pictures rather than asking Raff lots of questions.",
                "communication_interaction",
                "not_educational",
                note="Advice for home.",
            ),
        ),
        ("p", "Nell Armitage-Sow, HCPC registered, RCSLT member. 2 March 2026."),
    ]
    c.docs.append(
        Doc(
            SALT,
            salt,
            author="Nell Armitage-Sow",
            title="SALT advice",
            footer="Raff Oduya - speech and language therapy advice - page {n} of {m}",
            accent="6B2D5C",
        )
    )

    # ---------------- EP report (.docx): numbered recommendations ----------------
    ep = [
        ("org", "Larkspur Heath Psychology Service"),
        (
            "small",
            "Civic Offices, Mallow Lane, Larkspur Heath QZ3 1AB  |  01632 960427  |  psychology@larkspurheath.example.org",
        ),
        ("title", "Educational Psychology Advice"),
        (
            "kv",
            [
                ("Name", "Rafferty Oduya"),
                ("School and year", "Brackenfold Primary School, Year 4"),
                ("Psychologist", "Dr Caspian Wolde, Educational Psychologist"),
                ("Date of report", "11 March 2026"),
            ],
        ),
        ("h", 1, "Part 1: How I gathered information"),
        (
            "p",
            "I met Raff twice in school, observed him in a maths lesson and in the dining hall, talked with his teacher Miss Penhallow and the SENCo Mr Ibsley, and spoke with Raff's mother by telephone.",
        ),
        ("h", 1, "Part 2: Raff's strengths and needs"),
        (
            "p",
            c.need(
                EP,
                "Raff's non-verbal reasoning is within the average range, which is a real strength, but his verbal reasoning is well below it.",
                "cognition_learning",
                plan_text=B_VERB,
            )
            + " He solved the block design puzzles quickly and with obvious pleasure.",
        ),
        (
            "p",
            c.need(
                EP,
                "His reading accuracy is age-appropriate, yet he understands little of what he reads, particularly where a text relies on inference.",
                "cognition_learning",
                note="Reading comprehension is not described in B.",
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "He becomes highly anxious when the timetable changes without warning, and twice this term he has hidden under a table after a supply teacher arrived.",
                "semh",
                plan_text=B_CHANGE,
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "Raff is very sensitive to noise; he covers his ears in assembly and has refused to go into the dining hall since January.",
                "sensory_physical",
                plan_text=B_NOISE,
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "Raff has few ways to calm himself once distressed and relies on an adult to help him regulate.",
                "semh",
                plan_text=B_REG,
            )
            + " When calm, he is funny, kind to younger children and proud of his work.",
        ),
        ("pb",),
        ("h", 1, "Part 3: Recommendations"),
        ("b", "1. Transitions and change"),
        (
            "np",
            "1a.",
            c.rec(
                EP,
                "Raff should be given a visual timetable for the day, checked with an adult at the start of each morning and after lunch.",
                "semh",
                "specific",
                plan_text=F_TT,
            ),
        ),
        (
            "np",
            "1b.",
            c.rec(
                EP,
                "Where a change is known in advance, a named adult should warn Raff at least a day ahead, using a social story.",
                "semh",
                "not_specific",
                plan_text=F_PREP,
            ),
        ),
        ("b", "2. Emotional regulation"),
        (
            "np",
            "2a.",
            c.rec(
                EP,
                "It is essential that Raff has a key adult, trained in emotion coaching, who checks in with him for ten minutes at the start and at the end of each school day.",
                "semh",
                "specific",
                plan_text=F_KEY,
            ),
        ),
        (
            "np",
            "2b.",
            c.rec(
                EP,
                "A low-stimulus space in the classroom, such as a screened work station, should be available to him at all times.",
                "semh",
                "specific",
                plan_text=F_BOOTH,
            ),
        ),
        ("b", "3. Sensory"),
        (
            "np",
            "3a.",
            c.rec(
                EP,
                "Raff should be allowed to wear ear defenders in assembly and to eat lunch in a quieter room with a small number of friends.",
                "sensory_physical",
                "specific",
                plan_text=F_EARS,
            ),
        ),
        ("b", "4. Understanding what he reads"),
        (
            "np",
            "4a.",
            c.rec(
                EP,
                "Raff needs a reading comprehension intervention that teaches inference, delivered 1:1 by a teaching assistant three times a week for 20 minutes.",
                "cognition_learning",
                "less",
                plan_text=F_GR,
                note="A recommendation phrased as a need.",
            ),
        ),
        ("b", "5. Review"),
        (
            "np",
            "5a.",
            c.rec(
                EP,
                "I would expect an educational psychologist to review Raff's progress once a year, before his annual review.",
                "cognition_learning",
                "specific",
                plan_text=F_EPR,
            ),
        ),
        ("p", "Dr Caspian Wolde, HCPC registered Practitioner Psychologist."),
    ]
    c.docs.append(
        Doc(
            EP,
            ep,
            author="Larkspur Heath Psychology Service",
            title="EP advice",
            sans=True,
            accent="2E5E4E",
        )
    )

    # ---------------- plan (.docx) ----------------
    h2 = lambda t: ("h", 2, t)  # noqa: E731
    plan = [
        ("title", "Larkspur Heath Borough Council"),
        (
            "p",
            "Education, Health and Care Plan for Rafferty Oduya (Raff). Date of birth 2 June 2018. Final plan issued 20 May 2026.",
        ),
        h2(H["A"]),
        (
            "p",
            c.sect(
                "A",
                "Raff loves trains, maps and drawing, and he says he wants to drive a steam engine when he grows up.",
            ),
        ),
        (
            "p",
            "His parents want him to have friends at school and to feel safe enough to stay in class.",
        ),
        h2(H["B"]),
        ("b", "Communication and interaction"),
        ("p", c.sect("B", B_INSTR) + " " + B_EXPR + " " + B_TURN),
        ("b", "Cognition and learning"),
        ("p", B_VERB + " He has a good memory for facts about his interests."),
        ("b", "Social, emotional and mental health"),
        ("p", B_CHANGE + " " + B_REG),
        ("b", "Sensory and physical"),
        ("p", B_NOISE),
        h2(H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Raff has a diagnosis of autism spectrum condition made by the Larkspur Heath Child Development Centre in 2023; he has no other health needs.",
            ),
        ),
        h2(H["D"]),
        (
            "p",
            c.sect(
                "D",
                "Raff and his family are not known to children's social care, and no social care needs have been identified.",
            ),
        ),
        h2(H["E"]),
        (
            "p",
            c.sect(
                "E",
                "By July 2027 Raff will follow a two-part instruction in class without a reminder on four out of five occasions.",
            ),
        ),
        (
            "p",
            "By July 2027 Raff will stay in class through a planned change to the timetable, using his visual timetable and key adult.",
        ),
        ("pb",),
        h2(H["F"]),
        ("p", "The provision below will be made by Brackenfold Primary School."),
        ("p", F_SALTC + " " + F_LANG + " " + F_VIS),
        ("p", c.sect("F", F_TT) + " " + F_PREP + " " + F_KEY + " " + F_BOOTH),
        ("p", F_EARS + " " + F_GR + " " + F_IND + " " + F_EPR),
        ("pb",),
    ] + simple_sections(
        c,
        H,
        h2,
        {
            "G": "Raff will be reviewed by the community paediatrician at the Larkspur Heath Child Development Centre once a year.",
            "H1": "No provision is made under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
            "H2": "No other social care provision is required.",
            "I": "Brackenfold Primary School, Mere Lane, Larkspur Heath QZ3 5RW (mainstream community primary school).",
            "J": "No personal budget has been requested.",
            "K": [
                "The advice listed below was obtained and is attached.",
                "Speech and language therapy advice, Nell Armitage-Sow, 2 March 2026.",
                "Educational psychology advice, Dr Caspian Wolde, 11 March 2026.",
                "Parental advice, Mr and Mrs Oduya, February 2026.",
            ],
        },
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Larkspur Heath Borough Council",
            title="EHC Plan",
            footer="Larkspur Heath Borough Council - EHC Plan - Rafferty Oduya",
            accent="203864",
        )
    )
    return c


# ===========================================================================
# case-evald-02  Oldcastle Marsh Borough Council - ordinary Word plan
#   Heading 1 "Section B: Special Educational Needs"; B as a bulleted list;
#   F is a simple two-column table Provision | How often, how long and who.
#   Year 2, Down syndrome. EP report (PDF, long narrative "I recommend"),
#   physiotherapy report (.docx, terse bullet lists).
# ===========================================================================


def case_02() -> Case:
    EP, PT, PLAN = "ep_report.pdf", "physio_report.docx", "plan.docx"
    c = Case(
        "case-evald-02",
        PLAN,
        [EP, PT],
        "Maya Kettleborough, 6, Year 2, mainstream infant school. Down syndrome. Ordinary Word "
        "plan; B is a bulleted list; F is a two-column table.",
    )
    titles = [
        ("A", "The views, interests and aspirations of Maya and her parents"),
        ("B", "Special Educational Needs"),
        ("C", "Health Care Needs"),
        ("D", "Social Care Needs"),
        ("E", "Outcomes"),
        ("F", "Special Educational Provision"),
        ("G", "Health Care Provision"),
        ("H1", "Social Care Provision (CSDPA 1970 section 2)"),
        ("H2", "Other Social Care Provision"),
        ("I", "School or Other Institution"),
        ("J", "Personal Budget"),
        ("K", "Advice and Information"),
    ]
    H = {sid: c.heading(sid, f"Section {sid}: {t}") for sid, t in titles}

    B_VOC = "Maya needs to hear and see a new word many times, in different situations, before she begins to use it."
    B_MEM = "She has a very short auditory memory and can hold only about two spoken items in mind at once."
    B_PLAY = "Maya is vulnerable in the playground: she does not recognise when she is being teased and will follow older children."
    B_NUM = "Maya can count to ten by rote but cannot yet match a number to a set of objects larger than three."
    B_TONE = "Maya has low muscle tone, which affects her posture, balance and stamina."
    B_STAIRS = "She is unsteady on stairs and needs a handrail."
    B_FLOOR = "Sitting down on and getting up from the carpet takes Maya a long time, and she needs help from an adult."

    F_ADULT = c.f(
        "Adult support in class",
        False,
        note="'Up to 20 hours a week' by 'school staff': hedged and unquantified.",
    )
    F_SAL = c.f("See and Learn reading and vocabulary programme", True)
    F_NUM = c.f(
        "Numicon number work 1:1 with a teaching assistant",
        True,
        note="Specific, but three times a week where daily was recommended.",
    )
    F_MAK = c.f("Makaton signing alongside speech by all adults who work with Maya", True)
    F_SOC = c.f("Help to join in games at playtime", False)
    F_PTP = c.f("Physiotherapy exercise programme written by the physiotherapist", True)
    F_PTR = c.f(
        "Review of the physiotherapy programme",
        True,
        note="Specific (once a year, NHS physiotherapist), but less than the half-termly review and staff training recommended.",
    )
    F_BUG = c.f("Access to a buggy for longer outings", False)
    G_DS = "The Down syndrome outreach teacher from the Oldcastle Marsh Inclusion Service will provide a training session for Maya's class teacher in the autumn term."

    # ---------------- EP report (PDF): long narrative ----------------
    ep = [
        ("org", "Oldcastle Marsh Educational Psychology Team"),
        (
            "small",
            "Riverside Resource Centre, Cobble Quay, Oldcastle Marsh XV7 2EF  |  01632 960533",
        ),
        ("title", "Advice from the Educational Psychologist"),
        (
            "p",
            "Maya Kettleborough, born 30 October 2019, attends Saltings Infant School, where she is in Year 2. I am Hester Mbeki-Rowe, a senior educational psychologist, and I visited Maya in school on 14 and 28 January 2026. I also met her parents, Ruth and Callum, at the family home.",
        ),
        ("h", 2, "Early history"),
        (
            "p",
            "Maya was born with Down syndrome. "
            + c.non_need(
                EP,
                "She had heart surgery as a baby to repair an atrioventricular septal defect and was discharged from cardiology follow-up in 2023.",
                "Resolved; no current need.",
            )
            + " She attended a private nursery with funded one-to-one support before starting school.",
        ),
        ("h", 2, "Maya in school"),
        (
            "p",
            "Maya is a sociable and affectionate girl who greets every adult by name and loves music and dancing. "
            + c.need(
                EP,
                "She is, however, easily led by older pupils and does not yet recognise when she is being teased.",
                "semh",
                plan_text=B_PLAY,
            )
            + " Her mother told me that Maya came home upset last term after older girls had persuaded her to hide in the toilets.",
        ),
        (
            "p",
            "I watched the phonics lesson from the back of the classroom. "
            + c.need(
                EP,
                "Maya sat at the edge of the carpet and watched the other children rather than the teacher, and she did not respond when her name was called from across the room.",
                "cognition_learning",
                note="Difficulty attending in whole-class teaching is stated only in the observation; B does not describe it.",
            )
            + " When the teaching assistant sat beside her and pointed to the picture card, she joined in with the sound and the action.",
        ),
        (
            "p",
            "In my individual work with Maya I used parts of the British Ability Scales and a set of informal language and number tasks. "
            + c.need(
                EP,
                "Maya learns new vocabulary slowly and needs to meet a word many times, in different contexts, before she uses it herself.",
                "communication_interaction",
                plan_text=B_VOC,
            )
            + " "
            + c.need(
                EP,
                "Her short-term auditory memory is a significant weakness: she could repeat back two digits but not three.",
                "cognition_learning",
                plan_text=B_MEM,
            )
            + " Her visual memory is noticeably better, and she remembered six of the eight pictures I showed her.",
        ),
        (
            "p",
            c.need(
                EP,
                "Number is an area of particular difficulty; Maya counts by rote to ten but cannot yet match a number to a set of objects beyond three.",
                "cognition_learning",
                plan_text=B_NUM,
            ),
        ),
        ("h", 2, "What I recommend"),
        (
            "p",
            "Children with Down syndrome typically learn best through what they see, and I have kept this in mind throughout. "
            + c.rec(
                EP,
                "I recommend that Maya has a teaching assistant with her for all of the school day, including lunch and play, so that her learning is adapted and she is kept safe.",
                "cognition_learning",
                "not_specific",
                plan_text=F_ADULT,
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "I recommend that the See and Learn programme is used to teach Maya reading and vocabulary, delivered every day for 10 minutes by a teaching assistant trained in the programme.",
                "cognition_learning",
                "specific",
                plan_text=F_SAL,
            )
            + " "
            + c.rec(
                EP,
                "I also recommend a visual, hands-on approach to number, such as Numicon, taught 1:1 by a teaching assistant for 15 minutes every day.",
                "cognition_learning",
                "less",
                plan_text=F_NUM,
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "Maya's class teacher should have training in teaching children with Down syndrome from a specialist teacher at least once during this school year.",
                "cognition_learning",
                "wrong_section",
                plan_text=G_DS,
                section="G",
                note="Training by a specialist teacher is special educational provision; it stands in G.",
            )
            + " "
            + c.rec(
                EP,
                "It would be helpful for Ruth and Callum to keep using Makaton signs at home alongside speech.",
                "communication_interaction",
                "not_educational",
                note="Advice for home.",
            ),
        ),
        (
            "p",
            "Hester Mbeki-Rowe, HCPC registered Practitioner Psychologist, 6 February 2026.",
        ),
    ]
    c.docs.append(
        Doc(
            EP,
            ep,
            author="Hester Mbeki-Rowe",
            title="EP advice",
            header="OFFICIAL - SENSITIVE",
            footer="Educational psychology advice: Maya Kettleborough - {n}/{m}",
            accent="7A3E12",
        )
    )

    # ---------------- physio report (.docx): terse bullets ----------------
    pt = [
        ("org", "Oldcastle Marsh Community Children's Physiotherapy"),
        ("small", "Unit 4, Heron Park, Oldcastle Marsh XV7 6LS  |  01632 960546"),
        ("title", "Physiotherapy report for EHC needs assessment"),
        (
            "kv",
            [
                ("Child", "Maya Kettleborough (DOB 30/10/2019)"),
                ("Seen", "School, 3 Feb 2026"),
                (
                    "Physiotherapist",
                    "Tomasz Earnshaw, Band 6 Paediatric Physiotherapist",
                ),
            ],
        ),
        ("b", "Presenting difficulties"),
        (
            "bul",
            [
                c.need(
                    PT,
                    "Low muscle tone throughout trunk and limbs",
                    "sensory_physical",
                    plan_text=B_TONE,
                ),
                c.need(
                    PT,
                    "Tires quickly on longer walks, e.g. to the church for the Christmas service; asks to be carried",
                    "sensory_physical",
                    note="Fatigue on longer walks is not in B, although F gives a buggy.",
                ),
                c.need(
                    PT,
                    "Unsteady on stairs - needs rail, leads with same foot",
                    "sensory_physical",
                    plan_text=B_STAIRS,
                ),
                c.need(
                    PT,
                    "Slow and effortful getting down to / up from carpet",
                    "sensory_physical",
                    plan_text=B_FLOOR,
                ),
            ],
        ),
        ("b", "Strengths"),
        (
            "bul",
            [
                "Very motivated, loves PE",
                "Good sitting balance on a bench",
                "Walks independently around school",
            ],
        ),
        ("b", "Recommendations"),
        (
            "bul",
            [
                c.rec(
                    PT,
                    "Daily 10 min exercise programme in school (written by physio, delivered by a TA trained by physio)",
                    "sensory_physical",
                    "specific",
                    plan_text=F_PTP,
                ),
                c.rec(
                    PT,
                    "Physio to review programme and retrain staff every half-term",
                    "sensory_physical",
                    "less",
                    plan_text=F_PTR,
                ),
                c.rec(
                    PT,
                    "Classroom chair with footrest so feet are flat at all times",
                    "sensory_physical",
                    "missing_from_f",
                ),
                c.rec(
                    PT,
                    "Buggy to be taken on any trip of more than 500 m",
                    "sensory_physical",
                    "not_specific",
                    plan_text=F_BUG,
                ),
                c.rec(
                    PT,
                    "Parents to carry on weekly swimming / hydro at leisure centre",
                    "sensory_physical",
                    "not_educational",
                    note="Activity for home and family.",
                ),
            ],
        ),
        ("p", "T. Earnshaw, HCPC PH118822 (fictitious), 10/02/2026"),
    ]
    c.docs.append(
        Doc(
            PT,
            pt,
            author="Tomasz Earnshaw",
            title="Physiotherapy report",
            sans=True,
            accent="0F6E6E",
        )
    )

    # ---------------- plan (.docx) ----------------
    h1 = lambda t: ("h", 1, t)  # noqa: E731
    plan = [
        ("title", "Oldcastle Marsh Borough Council - Education, Health and Care Plan"),
        (
            "kv",
            [
                ("Child", "Maya Kettleborough"),
                ("Date of birth", "30 October 2019"),
                ("Plan issued", "1 June 2026"),
                (
                    "Case officer",
                    "Lorna Quist, 01632 960551, sen@oldcastlemarsh.example.org",
                ),
            ],
        ),
        h1(H["A"]),
        (
            "p",
            c.sect(
                "A",
                "Maya loves music, dancing and her big brother, and she is proud when she can do things by herself.",
            ),
        ),
        (
            "p",
            "Her parents hope she will read, make friends and go to the same junior school as the other children in her class.",
        ),
        h1(H["B"]),
        ("p", "Maya has Down syndrome. Her special educational needs are:"),
        ("bul", [c.sect("B", B_VOC), B_MEM, B_PLAY, B_NUM, B_TONE, B_STAIRS, B_FLOOR]),
        h1(H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Maya has Down syndrome and has an annual thyroid blood test with the paediatrician.",
            ),
        ),
        h1(H["D"]),
        (
            "p",
            c.sect(
                "D",
                "Maya's needs are met by her family, and she has no assessed social care needs.",
            ),
        ),
        h1(H["E"]),
        (
            "p",
            c.sect("E", "By the end of Year 3 Maya will read and sign 50 familiar words."),
        ),
        ("p", "By the end of Year 3 Maya will count out up to ten objects correctly."),
        ("pb",),
        h1(H["F"]),
        ("p", "Saltings Infant School will make the following provision."),
        (
            "grid",
            [
                ["Provision", "How often, how long and who"],
                [F_ADULT, "Up to 20 hours a week, school staff"],
                [
                    F_SAL,
                    "10 minutes every day, a teaching assistant trained in See and Learn",
                ],
                [F_NUM, "15 minutes three times a week, teaching assistant"],
                [
                    c.sect("F", F_MAK),
                    "Throughout every school day; all adults trained in Makaton (foundation level)",
                ],
                [F_SOC, "When needed"],
                [
                    F_PTP,
                    "10 minutes every day, a teaching assistant trained by the physiotherapist",
                ],
                [F_PTR, "Once a year, NHS physiotherapist"],
                [F_BUG, "As required"],
            ],
            [0.55, 0.45],
        ),
        h1(H["G"]),
        (
            "p",
            c.sect(
                "G",
                "Maya will have an annual review with the community paediatrician, including a thyroid blood test.",
            ),
        ),
        ("p", G_DS),
    ] + simple_sections(
        c,
        H,
        h1,
        {
            "H1": "None.",
            "H2": "None identified at this time.",
            "I": "Saltings Infant School, Tideway, Oldcastle Marsh XV7 3PN - mainstream infant school (maintained).",
            "J": "Not applicable; no personal budget has been requested.",
            "K": [
                "Advice received: parental views (Ruth and Callum Kettleborough); educational psychology (Hester Mbeki-Rowe); physiotherapy (Tomasz Earnshaw); school advice (Saltings Infant School)."
            ],
        },
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Oldcastle Marsh Borough Council",
            title="EHC Plan",
            footer="OMBC EHC Plan - Maya Kettleborough",
            accent="7A3E12",
        )
    )
    return c


# ===========================================================================
# case-evald-03  Sallowfield County Council - ordinary Word plan
#   Bold-paragraph headings "Section B - Special educational needs" (hyphen);
#   B as short paragraphs; F as a Word numbered list (automatic numbering).
#   Year 6, selective mutism and anxiety. CAMHS letter (PDF, "It is essential
#   that ..."), EP report (.docx, strengths and needs mixed, "Staff should ...").
# ===========================================================================


def case_03() -> Case:
    CAMHS, EP, PLAN = "camhs_letter.pdf", "ep_report.docx", "plan.docx"
    c = Case(
        "case-evald-03",
        PLAN,
        [CAMHS, EP],
        "Anouk Brightwater, 10, Year 6, mainstream primary. Selective mutism and anxiety. "
        "Ordinary Word plan with bold-paragraph hyphen headings; F is a numbered list.",
    )
    titles = [
        ("A", "Anouk's views, interests and aspirations"),
        ("B", "Special educational needs"),
        ("C", "Health needs"),
        ("D", "Social care needs"),
        ("E", "Outcomes"),
        ("F", "Special educational provision"),
        ("G", "Health provision"),
        ("H1", "Social care provision (section 2 CSDPA)"),
        ("H2", "Other social care provision"),
        ("I", "Placement"),
        ("J", "Personal budget"),
        ("K", "Advice and information"),
    ]
    H = {sid: c.heading(sid, f"Section {sid} - {t}") for sid, t in titles}

    B_SM = "Anouk has selective mutism: she talks freely at home but has not spoken to an adult in school for several years."
    B_ANX = "Her anxiety shows itself in stomach aches and sickness on school mornings, and her attendance has fallen."
    B_HELP = "Anouk cannot ask for help when she does not understand, so she may sit without working for long periods."
    B_WM = "Her working memory is a relative weakness and she loses track of maths problems with several steps."
    B_GROUP = (
        "Anouk finds group work very difficult and freezes when she is expected to contribute."
    )
    B_SPELL = "Her spelling is about two years behind that of her classmates."

    F_PLAN = c.f(
        "Every adult who works with Anouk will follow her communication plan, which means that no adult will ask her to speak or reward her for speaking.",
        True,
    )
    F_SLIDE = c.f(
        "Her key worker will run a sliding-in programme with Anouk once a week for 15 minutes.",
        True,
        note="Specific, but once a week where three sessions a week were recommended.",
    )
    F_CARD = c.f(
        "Anouk will have a help card on her desk in every lesson, and each adult teaching her will respond to it.",
        True,
    )
    F_ALT = c.f("Alternative forms of communication will be accepted where possible.", False)
    F_TRANS = c.f("Anouk will have additional transition visits to her secondary school.", False)
    F_SPELL = c.f(
        "A spelling group of no more than four pupils, led by a teaching assistant trained in the school's structured spelling programme, four times a week for 20 minutes.",
        True,
    )
    F_QUIET = c.f("Anouk will have access to a quiet space at lunchtime.", False)
    F_FRIEND = c.f("Opportunities to work alongside her close friend in group tasks.", False)
    G_CBT = "Sallowfield CAMHS will offer Anouk and her parents fortnightly CBT sessions at the Orchard Clinic until July 2027."
    G_COACH = "The CAMHS practitioner will visit school twice a term to coach Anouk's key worker in the sliding-in technique."

    # ---------------- CAMHS letter (PDF) ----------------
    camhs = [
        ("org", "Sallowfield Child and Adolescent Mental Health Service"),
        (
            "small",
            "The Orchard Clinic, 18 Pippin Road, Sallowfield JZ2 4HG  |  Tel 01632 960612",
        ),
        ("gap",),
        (
            "p",
            "Mrs Jocelyn Harte, SEN Team, Sallowfield County Council, County Buildings, Sallowfield JZ2 1AA",
        ),
        ("p", "12 March 2026"),
        ("p", "Dear Mrs Harte,"),
        (
            "b",
            "Re: Anouk Brightwater, DOB 19/04/2015, Year 6, Hollin Lane Primary School",
        ),
        (
            "p",
            "Thank you for asking for our advice. I have seen Anouk six times since October, with her mother, and have spoken with her class teacher.",
        ),
        (
            "p",
            c.need(
                CAMHS,
                "Anouk meets the criteria for selective mutism: she speaks freely at home but has not spoken to any adult at school since Year 2.",
                "communication_interaction",
                plan_text=B_SM,
            )
            + " She does whisper to one friend, Edie, when she believes no adult can hear.",
        ),
        (
            "p",
            c.need(
                CAMHS,
                "She has physical symptoms of anxiety, mainly stomach aches and nausea, on most school mornings, and has missed 14 days this term.",
                "semh",
                plan_text=B_ANX,
            )
            + " "
            + c.need(
                CAMHS,
                "Anouk also avoids eating in front of others and will not use the school toilets, so she is often uncomfortable and distracted by the afternoon.",
                "semh",
                note="Not described in B.",
            ),
        ),
        (
            "p",
            "Selective mutism is an anxiety disorder, not a choice, and the way adults respond matters more than any single intervention. "
            + c.rec(
                CAMHS,
                "It is essential that no adult at school tries to persuade, bribe or pressure Anouk into speaking.",
                "communication_interaction",
                "specific",
                plan_text=F_PLAN,
            ),
        ),
        (
            "p",
            c.rec(
                CAMHS,
                "A sliding-in programme should be led by a key worker with one trusted peer, in three 15-minute sessions each week, following the stages in the Selective Mutism Resource Manual.",
                "communication_interaction",
                "less",
                plan_text=F_SLIDE,
            )
            + " "
            + c.rec(
                CAMHS,
                "I also recommend that our practitioner visits school twice a term to train and coach the key worker in the technique.",
                "communication_interaction",
                "wrong_section",
                plan_text=G_COACH,
                section="G",
                note="Training school staff is special educational provision; it stands in G.",
            ),
        ),
        (
            "p",
            c.rec(
                CAMHS,
                "CAMHS will continue to offer Anouk and her parents anxiety-focused CBT at the clinic every fortnight.",
                "health",
                "not_educational",
                plan_text=G_CBT,
                section="G",
                note="Health provision, rightly in G.",
            )
            + " "
            + c.rec(
                CAMHS,
                "Her parents may find it helpful not to answer for Anouk when relatives speak to her.",
                "communication_interaction",
                "not_educational",
                note="Advice for the family.",
            ),
        ),
        ("p", "Yours sincerely,"),
        ("p", "Dr Ines Caraway, Clinical Psychologist, Sallowfield CAMHS"),
    ]
    c.docs.append(
        Doc(
            CAMHS,
            camhs,
            author="Sallowfield CAMHS",
            title="CAMHS letter",
            footer="Sallowfield CAMHS - confidential - page {n} of {m}",
            accent="355E3B",
        )
    )

    # ---------------- EP report (.docx) ----------------
    ep = [
        ("org", "Sallowfield Educational Psychology Service"),
        (
            "small",
            "County Buildings, Sallowfield JZ2 1AA  |  01632 960620  |  eps@sallowfield.example.org",
        ),
        ("title", "Educational psychology advice"),
        (
            "p",
            "Anouk Brightwater (10 years 11 months). Hollin Lane Primary School. Seen 26 February and 5 March 2026 by Felix Oyinlola-Grant, Educational Psychologist.",
        ),
        ("h", 2, "Background"),
        (
            "p",
            c.non_need(
                EP,
                "Anouk's early speech was a little late, but the NHS speech and language therapy team found her speech sounds to be age-appropriate when she was five.",
                "Resolved early speech delay.",
            )
            + " She lives with her mother, her stepfather and two younger brothers.",
        ),
        ("h", 2, "Anouk as a learner"),
        (
            "p",
            c.need(
                EP,
                "Anouk's written work is a real strength - her stories are imaginative and well organised - but she will not ask for help and sits with a blank page when she is stuck.",
                "semh",
                plan_text=B_HELP,
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "Her working memory is in the low average range, and she loses track of maths problems with more than two steps.",
                "cognition_learning",
                plan_text=B_WM,
            )
            + " Her verbal reasoning, assessed through pointing and written answers, is above average.",
        ),
        (
            "p",
            c.need(
                EP,
                "Anouk's spelling is two years below her age, mainly because of phonic errors in longer words.",
                "cognition_learning",
                plan_text=B_SPELL,
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "She has one close friend and finds group work very hard, freezing when she is expected to contribute.",
                "semh",
                plan_text=B_GROUP,
            )
            + " "
            + c.need(
                EP,
                "Anouk is worried about moving to secondary school in September and says she will not know anyone there.",
                "semh",
                note="Transition worry is not described in B.",
            ),
        ),
        ("h", 2, "Recommendations"),
        (
            "p",
            c.rec(
                EP,
                "Staff should give Anouk a non-verbal way to ask for help, such as a red and green card on her desk, in every lesson.",
                "semh",
                "specific",
                plan_text=F_CARD,
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "Staff should accept writing, pointing and gesture as equal to speech in class and in assessments.",
                "communication_interaction",
                "not_specific",
                plan_text=F_ALT,
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "An enhanced transition is needed: at least six extra visits to the secondary school in the summer term, with her key worker, and a photo book of the new school to keep.",
                "semh",
                "not_specific",
                plan_text=F_TRANS,
                note="A recommendation phrased as a need.",
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "Staff should provide a small-group spelling intervention, with no more than four pupils, led by a trained teaching assistant four times a week for 20 minutes.",
                "cognition_learning",
                "specific",
                plan_text=F_SPELL,
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "Staff should break maths problems down with written step-by-step prompts that Anouk can keep on her desk.",
                "cognition_learning",
                "missing_from_f",
            ),
        ),
        ("p", "F. Oyinlola-Grant, HCPC registered, 16 March 2026."),
    ]
    c.docs.append(Doc(EP, ep, author="Sallowfield EPS", title="EP advice", accent="4B3B7A"))

    # ---------------- plan (.docx) ----------------
    hb = lambda t: ("b", t)  # noqa: E731
    plan = [
        ("title", "Education, Health and Care Plan"),
        (
            "p",
            "Sallowfield County Council. Name: Anouk Brightwater. Date of birth: 19 April 2015. Date of this plan: 8 June 2026.",
        ),
        hb(H["A"]),
        (
            "p",
            c.sect(
                "A",
                "Anouk wrote that she likes drawing horses, reading fantasy stories and baking with her nan.",
            ),
        ),
        (
            "p",
            "She would like teachers to stop asking her questions in front of the class.",
        ),
        hb(H["B"]),
        ("i", "Communication and interaction"),
        ("p", c.sect("B", B_SM)),
        ("i", "Social, emotional and mental health"),
        ("p", B_ANX),
        ("p", B_HELP),
        ("p", B_GROUP),
        ("i", "Cognition and learning"),
        ("p", B_WM),
        ("p", B_SPELL),
        hb(H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Anouk is under the care of Sallowfield CAMHS for anxiety and selective mutism.",
            ),
        ),
        hb(H["D"]),
        ("p", c.sect("D", "There are no social care needs.")),
        hb(H["E"]),
        (
            "p",
            c.sect(
                "E",
                "By the end of the autumn term 2026 Anouk will use her help card at least once in every lesson in which she is stuck.",
            ),
        ),
        ("pb",),
        hb(H["F"]),
        (
            "p",
            "Hollin Lane Primary School, and from September 2026 the secondary school named in Section I, will make the following provision.",
        ),
        (
            "num",
            [
                F_PLAN,
                F_SLIDE,
                c.sect("F", F_CARD),
                F_ALT,
                F_TRANS,
                F_SPELL,
                F_QUIET,
                F_FRIEND,
            ],
        ),
        hb(H["G"]),
        ("p", c.sect("G", G_CBT)),
        ("p", G_COACH),
    ] + simple_sections(
        c,
        H,
        hb,
        {
            "H1": "No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
            "H2": "No other social care provision.",
            "I": "Hollin Lane Primary School (mainstream) until July 2026; from September 2026, Sallowfield Marsh Academy, Moor Road, Sallowfield JZ2 8QT (mainstream secondary academy).",
            "J": "Anouk's parents have not requested a personal budget.",
            "K": [
                "Appendix 1: parental advice. Appendix 2: CAMHS advice, Dr Ines Caraway. Appendix 3: educational psychology advice, Felix Oyinlola-Grant. Appendix 4: school advice."
            ],
        },
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Sallowfield County Council",
            title="EHC Plan",
            header="Sallowfield County Council - Education, Health and Care Plan",
            accent="4B3B7A",
            sans=True,
        )
    )
    return c


# ===========================================================================
# case-evald-04  Cressington Moor County Council - ordinary Word plan
#   Heading 1 "Section B: Special Educational Needs"; B as paragraphs; F as
#   bullets under three sub-headings (Teaching and learning / Staffing /
#   Wellbeing and preparing for adulthood). Typographic apostrophes.
#   Year 9, epilepsy with memory and processing difficulties. Paediatric
#   neurology letter (.docx), EP report (PDF, terse "key needs" bullets and
#   "R1." recommendations), SENCo report (.docx, "It is recommended that ...").
# ===========================================================================


def case_04() -> Case:
    PAED, EP, SENCO, PLAN = (
        "neurology_letter.docx",
        "ep_report.pdf",
        "senco_report.docx",
        "ehc_plan.docx",
    )
    c = Case(
        "case-evald-04",
        PLAN,
        [PAED, EP, SENCO],
        "Dylan Ashworth-Pike, 14, Year 9, mainstream secondary. Focal epilepsy with slow processing "
        "and weak verbal memory. Ordinary Word plan; F bullets under sub-headings; typographic apostrophes.",
    )
    titles = [
        ("A", "Dylan’s Views, Interests and Aspirations"),
        ("B", "Special Educational Needs"),
        ("C", "Health Needs"),
        ("D", "Social Care Needs"),
        ("E", "Outcomes, including Preparing for Adulthood"),
        ("F", "Special Educational Provision"),
        ("G", "Health Provision"),
        (
            "H1",
            "Social Care Provision under the Chronically Sick and Disabled Persons Act 1970",
        ),
        ("H2", "Other Social Care Provision"),
        ("I", "Placement"),
        ("J", "Personal Budget"),
        ("K", "Appendices: Advice and Information"),
    ]
    H = {sid: c.heading(sid, f"Section {sid}: {t}") for sid, t in titles}

    B_SEIZ = "Dylan has frequent brief seizures in lessons and misses parts of what is said while they happen."
    B_TIRED = "His medication makes him tired, so his concentration in the afternoon is poorer than in the morning."
    B_PROC = "Dylan processes information very slowly and needs much longer than his classmates to answer questions or complete work."
    B_MEM = "He forgets spoken information quickly and struggles to recall what he learned in earlier lessons."
    B_READ = "His reading is well below that expected for his age, which limits his access to written texts in every subject."
    B_ROUTE = "Dylan often arrives late to lessons because he forgets where he should be, even though his timetable is in his planner."
    B_MATHS = "In maths Dylan is working at around the level expected in Year 5."

    F_REST = c.f("After a seizure Dylan may rest in the medical room.", False)
    F_PRE = c.f(
        "Pre-teaching of key vocabulary for science and humanities, in a group of four, twice a week for 20 minutes, with a teaching assistant.",
        True,
        note="Specific, but a group of four twice a week where 1:1 three times a week was recommended.",
    )
    F_NOTES = c.f(
        "Printed copies of the lesson notes and slides will be given to Dylan at the start of every lesson.",
        True,
    )
    F_LAP = c.f(
        "A laptop with spellcheck and text-to-speech software for all extended writing tasks, set up by the school’s IT technician.",
        True,
    )
    F_EXAM = c.f(
        "Dylan will be assessed for exam access arrangements by the school’s specialist assessor in Year 10, and will have 25% extra time and a reader in all tests and examinations.",
        True,
    )
    F_MATHS = c.f(
        "Maths will be taught in a group of no more than eight pupils by a qualified maths teacher for four lessons each week.",
        True,
    )
    F_BUDDY = c.f("A peer buddy will accompany Dylan between lessons as needed.", False)
    F_MENT = c.f("Dylan will receive mentoring support.", False)
    G_MIDAZ = "The epilepsy specialist nurse will train named staff at Cressington Moor High School to give buccal midazolam in line with Dylan’s individual healthcare plan, and will renew this training every year."
    G_SALT = "A speech and language therapist will assess Dylan’s understanding of spoken language and advise his teachers."

    # ---------------- neurology letter (.docx) ----------------
    paed = [
        ("org", "Cressington Moor Hospitals NHS Trust - Children’s Neurology Clinic"),
        (
            "small",
            "Lantern Wing, Cressington Moor General Hospital, Cressington Moor ZJ5 3NN  |  01632 960704",
        ),
        ("p", "Clinic date: 4 February 2026. Typed: 9 February 2026."),
        (
            "p",
            "To: SEN Assessment Team, Cressington Moor County Council. Copy: Mr and Mrs Ashworth-Pike; GP.",
        ),
        ("b", "Dylan Ashworth-Pike, DOB 07/01/2012, NHS no. 999 000 0000 (fictitious)"),
        (
            "p",
            "Diagnosis: focal epilepsy (left temporal). Medication: lamotrigine 100 mg twice daily. Rescue: buccal midazolam 10 mg.",
        ),
        (
            "p",
            "I reviewed Dylan with his mother today. "
            + c.need(
                PAED,
                "He continues to have frequent focal seizures with impaired awareness, sometimes several in one lesson, during which he misses what is being said to him.",
                "health",
                plan_text=B_SEIZ,
            )
            + " His mother estimates six to ten a day; most last under a minute.",
        ),
        (
            "p",
            c.need(
                PAED,
                "His anti-seizure medication causes tiredness, particularly in the afternoons, and this is likely to continue while the dose is being adjusted.",
                "health",
                plan_text=B_TIRED,
            ),
        ),
        (
            "p",
            "For school, my advice is as follows. "
            + c.rec(
                PAED,
                "Dylan’s emergency seizure plan must be held by school, and named staff must be trained to give buccal midazolam.",
                "health",
                "not_educational",
                plan_text=G_MIDAZ,
                section="G",
                note="Health provision, rightly in G.",
            )
            + " "
            + c.rec(
                PAED,
                "Following a seizure he should be allowed a rest period of around 20 minutes in a quiet room, supervised by a first-aid trained adult, before he returns to lessons.",
                "health",
                "not_specific",
                plan_text=F_REST,
            ),
        ),
        ("p", "I will see Dylan again in clinic in six months."),
        ("p", "Dr Amara Quenell-Hughes, Consultant Paediatric Neurologist"),
    ]
    c.docs.append(
        Doc(
            PAED,
            paed,
            author="Cressington Moor Hospitals",
            title="Clinic letter",
            sans=True,
            accent="005EB8",
        )
    )

    # ---------------- EP report (PDF) ----------------
    ep = [
        ("org", "Cressington Moor Educational Psychology"),
        (
            "small",
            "Moorgate House, Cressington Moor ZJ5 1BB  |  01632 960711  |  ep.team@cressingtonmoor.example.org",
        ),
        ("title", "Psychological advice - Dylan Ashworth-Pike (Year 9)"),
        (
            "p",
            "Psychologist: Oona Featherstonehaugh, Educational Psychologist. Assessment: 2 and 9 March 2026 at Cressington Moor High School. Methods: WISC-V (selected subtests), WIAT-III reading, consultation with the SENCo, Dylan’s views.",
        ),
        ("h", 2, "Key needs"),
        (
            "bul",
            [
                c.need(
                    EP,
                    "Slow processing speed (2nd percentile)",
                    "cognition_learning",
                    plan_text=B_PROC,
                ),
                c.need(
                    EP,
                    "Weak verbal memory - recalled little of a spoken story after 20 minutes",
                    "cognition_learning",
                    plan_text=B_MEM,
                ),
                c.need(
                    EP,
                    "Reading age approx. 9 years 6 months",
                    "cognition_learning",
                    plan_text=B_READ,
                ),
                c.need(
                    EP,
                    "Low self-esteem; calls himself ‘thick’ and won’t try new work",
                    "semh",
                    note="Not described in B.",
                ),
                c.need(
                    EP,
                    "No idea yet what he wants to do after Year 11; no careers guidance or work experience so far",
                    "other",
                    note="Preparing for adulthood need; not in B.",
                ),
            ],
        ),
        ("h", 2, "Strengths"),
        (
            "p",
            "Good non-verbal reasoning; practical and hands-on; kind and well liked; keen on motorbikes and fixing things with his grandad.",
        ),
        ("h", 2, "Recommendations"),
        (
            "np",
            "R1.",
            c.rec(
                EP,
                "Pre-teaching of key subject vocabulary, 1:1 with a TA, 3 x 20 min per week.",
                "cognition_learning",
                "less",
                plan_text=F_PRE,
            ),
        ),
        (
            "np",
            "R2.",
            c.rec(
                EP,
                "Printed lesson notes for every lesson so that he does not have to copy from the board.",
                "cognition_learning",
                "specific",
                plan_text=F_NOTES,
            ),
        ),
        (
            "np",
            "R3.",
            c.rec(
                EP,
                "Weekly 30-minute mentoring session with a named adult, focused on self-esteem.",
                "semh",
                "not_specific",
                plan_text=F_MENT,
            ),
        ),
        (
            "np",
            "R4.",
            c.rec(
                EP,
                "Careers interview with a qualified careers adviser in Year 9 and Year 10, plus a supported work-experience week in Year 10.",
                "other",
                "missing_from_f",
            ),
        ),
        (
            "np",
            "R5.",
            c.rec(
                EP,
                "Assessment for exam access arrangements; likely 25% extra time and a reader.",
                "cognition_learning",
                "specific",
                plan_text=F_EXAM,
            ),
        ),
        (
            "np",
            "R6.",
            c.rec(
                EP,
                "SALT assessment of language comprehension this term, with advice to teachers.",
                "communication_interaction",
                "wrong_section",
                plan_text=G_SALT,
                section="G",
                note="Assessment and advice to teachers by a SALT is educational; it stands in G.",
            ),
        ),
        ("p", "O. Featherstonehaugh, HCPC registered. 17 March 2026."),
    ]
    c.docs.append(
        Doc(
            EP,
            ep,
            author="Cressington Moor EP",
            title="Psychological advice",
            footer="Cressington Moor Educational Psychology - {n} of {m}",
            accent="8A2432",
        )
    )

    # ---------------- SENCo report (.docx) ----------------
    senco = [
        ("org", "Cressington Moor High School"),
        ("title", "School advice for EHC needs assessment"),
        ("p", "Completed by Mr Idris Yalcin-Moore, SENCo, on 6 March 2026."),
        ("h", 2, "Attendance and progress"),
        (
            "p",
            "Attendance 91%. Dylan is polite and popular, and he tries hard in design technology, where his practical work is among the best in the year. "
            + c.need(
                SENCO,
                "He has fallen a long way behind in maths and is working at roughly Year 5 level.",
                "cognition_learning",
                plan_text=B_MATHS,
            ),
        ),
        (
            "p",
            c.need(
                SENCO,
                "Dylan is often late to lessons because he forgets where he is going, even with his timetable in his planner.",
                "cognition_learning",
                plan_text=B_ROUTE,
            )
            + " Staff have found him in the wrong corridor several times.",
        ),
        ("h", 2, "What we think Dylan needs next"),
        (
            "p",
            c.rec(
                SENCO,
                "It is recommended that Dylan stays in the nurture maths group of eight pupils, taught by a qualified maths teacher, for four lessons a week.",
                "cognition_learning",
                "specific",
                plan_text=F_MATHS,
            ),
        ),
        (
            "p",
            c.rec(
                SENCO,
                "It is recommended that a buddy walks with Dylan between lessons for the whole of his first term in each new year group.",
                "cognition_learning",
                "not_specific",
                plan_text=F_BUDDY,
            ),
        ),
    ]
    c.docs.append(
        Doc(
            SENCO,
            senco,
            author="Cressington Moor High School",
            title="School advice",
            accent="3C5A14",
        )
    )

    # ---------------- plan (.docx) ----------------
    h1 = lambda t: ("h", 1, t)  # noqa: E731
    plan = [
        ("title", "Cressington Moor County Council"),
        (
            "p",
            "Education, Health and Care Plan. Name: Dylan Ashworth-Pike. Date of birth: 7 January 2012. Final plan dated 15 June 2026.",
        ),
        h1(H["A"]),
        (
            "p",
            c.sect(
                "A",
                "Dylan says he likes motorbikes, fixing things and playing online games with his cousin.",
            ),
        ),
        (
            "p",
            "He wants to be a mechanic and his parents want him to leave school with qualifications.",
        ),
        h1(H["B"]),
        ("p", c.sect("B", B_SEIZ) + " " + B_TIRED),
        ("p", B_PROC + " " + B_MEM + " " + B_READ),
        ("p", B_ROUTE + " " + B_MATHS),
        h1(H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Dylan has focal epilepsy and takes daily medication; he has an individual healthcare plan with rescue medication.",
            ),
        ),
        h1(H["D"]),
        ("p", c.sect("D", "No social care needs have been identified for Dylan.")),
        h1(H["E"]),
        (
            "p",
            c.sect(
                "E",
                "By the end of Year 10 Dylan will arrive at 9 out of 10 lessons on time without an adult.",
            ),
        ),
        (
            "p",
            "By the end of Year 11 Dylan will have a plan for college or an apprenticeship.",
        ),
        ("pb",),
        h1(H["F"]),
        (
            "p",
            "The provision set out below will be made by Cressington Moor High School.",
        ),
        ("h", 2, "Teaching and learning"),
        ("bul", [F_PRE, c.sect("F", F_NOTES), F_LAP, F_EXAM, F_MATHS]),
        ("h", 2, "Staffing"),
        ("bul", [F_REST, F_BUDDY]),
        ("h", 2, "Wellbeing and preparing for adulthood"),
        ("bul", [F_MENT]),
        h1(H["G"]),
        (
            "p",
            c.sect(
                "G",
                "Dylan will be reviewed every six months at the Children’s Neurology Clinic, Cressington Moor General Hospital.",
            ),
        ),
        ("p", G_MIDAZ),
        ("p", G_SALT),
    ] + simple_sections(
        c,
        H,
        h1,
        {
            "H1": "Not applicable.",
            "H2": "Not applicable at present.",
            "I": "Cressington Moor High School, Tannery Lane, Cressington Moor ZJ5 7RD (mainstream secondary academy).",
            "J": "No personal budget is in place.",
            "K": [
                "Parental advice; school advice (Idris Yalcin-Moore); psychological advice (Oona Featherstonehaugh); medical advice (Dr Amara Quenell-Hughes)."
            ],
        },
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Cressington Moor County Council",
            title="EHC Plan",
            footer="Cressington Moor County Council - EHC Plan - Dylan Ashworth-Pike",
            accent="3C5A14",
        )
    )
    return c


# ===========================================================================
# case-evald-05  Pellingham Chase Borough Council - PDF plan
#   Headings "Section B (Special Educational Needs)" with the title in brackets;
#   F arranged in three tiers (Universal / Targeted / Specialist) as short
#   paragraphs. Nursery, age 4, autism with developmental delay.
#   EP advice (PDF, needs told through observed episodes), OT report (.docx,
#   Recommendation | Why table).
# ===========================================================================


def case_05() -> Case:
    EP, OT, PLAN = "ep_advice.pdf", "ot_report.docx", "ehcp.pdf"
    c = Case(
        "case-evald-05",
        PLAN,
        [EP, OT],
        "Sunny Abiodun-Clare, 4, nursery class of a primary school. Autism with developmental delay. "
        "PDF plan with bracketed section titles; F in Universal / Targeted / Specialist tiers.",
    )
    titles = [
        ("A", "Views, interests and aspirations"),
        ("B", "Special Educational Needs"),
        ("C", "Health Needs"),
        ("D", "Social Care Needs"),
        ("E", "Outcomes"),
        ("F", "Special Educational Provision"),
        ("G", "Health Provision"),
        ("H1", "Social Care Provision - CSDPA 1970"),
        ("H2", "Social Care Provision - other"),
        ("I", "Placement"),
        ("J", "Personal Budget"),
        ("K", "Advice and Information"),
    ]
    H = {sid: c.heading(sid, f"Section {sid} ({t})") for sid, t in titles}

    B_LEAD = "Sunny has around ten spoken words and mostly communicates by taking an adult's hand to the thing he wants."
    B_NAME = "He does not yet turn when his name is called or look where an adult points."
    B_WAIT = "Waiting is very hard for Sunny, and he may throw toys when an activity he enjoys has to end."
    B_MOVE = "Sunny seeks a lot of movement, such as spinning, jumping and crashing into furniture, and becomes unsettled when he cannot move."
    B_FINE = "His fine motor skills are at about a two-year level; he holds crayons in his fist and cannot use scissors."
    B_MESS = "He becomes distressed during hand washing and messy play."

    F_CALM = c.f("The nursery will provide a calm and predictable environment for Sunny.", False)
    F_TOTAL = c.f(
        "All adults in the class will use objects of reference, Makaton signs and a now-and-next board with Sunny throughout every session.",
        True,
    )
    F_AA = c.f(
        "Attention Autism sessions led by a practitioner trained in the approach, twice a week for 15 minutes, in a group of no more than four children.",
        True,
        note="Specific, but twice a week where daily sessions were recommended.",
    )
    F_DIET = c.f(
        "Sunny will follow a sensory diet written by the occupational therapist, carried out by his key person for 5 minutes five times in each session.",
        True,
    )
    F_FINE = c.f("Opportunities for fine motor play will be provided.", False)
    F_PAD = c.f(
        "Sunny will have a weighted lap pad and a wobble cushion at carpet time, provided by the school.",
        True,
    )
    F_ADULT = c.f("Sunny will have adult support for part of each session.", False)
    F_OUT = c.f(
        "An early years specialist teacher from the Pellingham Chase Autism Outreach Team will visit twice each term to set targets with Sunny's key person and check his progress.",
        True,
    )
    G_OT = "The occupational therapist will review Sunny's sensory diet and train nursery staff once every half-term."

    # ---------------- EP advice (PDF): episodes ----------------
    ep = [
        ("org", "Pellingham Chase Educational Psychology Service"),
        ("small", "The Old Library, Chase Road, Pellingham VQ8 2CC  |  01632 960815"),
        ("title", "Educational Psychology Advice: Sunny Abiodun-Clare"),
        (
            "p",
            "Sunny is four years old and attends the nursery class at Greenbank Primary School each morning. I visited twice in April 2026, and I met his mother, Mrs Folake Abiodun-Clare, and his key person, Ms Rhiannon Dace.",
        ),
        ("h", 2, "Early development"),
        (
            "p",
            c.non_need(
                EP,
                "Sunny was born at 34 weeks and spent a fortnight in special care, but he has had no ongoing medical needs since.",
                "Neonatal history; no current need.",
            )
            + " He received his diagnosis of autism from the Pellingham Chase Child Development Centre in February 2026.",
        ),
        ("h", 2, "What I saw"),
        (
            "p",
            "When I arrived, Sunny was lining up toy cars along the window sill. "
            + c.need(
                EP,
                "Sunny communicates mainly by leading an adult by the hand to what he wants; his mother counts about ten single words.",
                "communication_interaction",
                plan_text=B_LEAD,
            )
            + " He took my hand and placed it on the tap when he wanted water.",
        ),
        (
            "p",
            c.need(
                EP,
                "He did not respond to his name, even when it was called three times close to him, and he did not follow Ms Dace's point to the book corner.",
                "communication_interaction",
                plan_text=B_NAME,
            ),
        ),
        (
            "p",
            "At tidy-up time Ms Dace began to put away the marble run. "
            + c.need(
                EP,
                "Sunny found the wait for his turn impossible and threw two marbles across the room when the activity was ended.",
                "semh",
                plan_text=B_WAIT,
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "During snack time he would only accept dry crackers and pushed away the fruit he was offered, and staff say this is the same every day.",
                "health",
                note="Restricted eating is stated only in the observation; B does not describe it.",
            ),
        ),
        (
            "p",
            c.need(
                EP,
                "Outside, he twice tried to climb the fence beside the car park and showed no awareness of danger.",
                "sensory_physical",
                note="No sense of danger is not described in B.",
            ),
        ),
        ("h", 2, "What Sunny needs from adults"),
        (
            "p",
            c.rec(
                EP,
                "Sunny needs an adult with him throughout the nursery session to keep him safe and to help him take part.",
                "semh",
                "not_specific",
                plan_text=F_ADULT,
                note="A recommendation phrased as a need.",
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "A total communication approach, with objects of reference, Makaton signs and a now-and-next board, should be used by all adults, all of the time.",
                "communication_interaction",
                "specific",
                plan_text=F_TOTAL,
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "Attention Autism sessions (stages 1 and 2) should take place every day for 15 minutes, in a group of no more than four, led by trained staff.",
                "communication_interaction",
                "less",
                plan_text=F_AA,
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "Intensive Interaction with a familiar adult for 10 minutes twice in each session would help Sunny to share attention and enjoy being with others.",
                "communication_interaction",
                "missing_from_f",
            ),
        ),
        (
            "p",
            c.rec(
                EP,
                "The family would benefit from attending the EarlyBird programme run by the autism outreach team.",
                "communication_interaction",
                "not_educational",
                note="Support for the family.",
            ),
        ),
        ("p", "Marguerite Osei-Lindqvist, Educational Psychologist, 30 April 2026."),
    ]
    c.docs.append(
        Doc(
            EP,
            ep,
            author="Pellingham Chase EPS",
            title="EP advice",
            sans=True,
            footer="Pellingham Chase EPS - page {n}",
            accent="1A5276",
        )
    )

    # ---------------- OT report (.docx) ----------------
    ot = [
        ("org", "Pellingham Chase Children's Occupational Therapy"),
        ("small", "Brook Street Clinic, Pellingham VQ8 4DD  |  01632 960822"),
        ("title", "Occupational therapy report"),
        (
            "p",
            "Name: Sunny Abiodun-Clare. Seen at Greenbank Primary School nursery, 21 April 2026, by Kasia Drummond-Eze, Occupational Therapist.",
        ),
        ("h", 2, "Summary of needs"),
        (
            "p",
            c.need(
                OT,
                "Sunny seeks intense movement - spinning, jumping and crashing into furniture - and is unsettled when he cannot move.",
                "sensory_physical",
                plan_text=B_MOVE,
            )
            + " "
            + c.need(
                OT,
                "His fine motor skills are at around a two-year level; he uses a fisted grasp and cannot yet use scissors.",
                "sensory_physical",
                plan_text=B_FINE,
            )
            + " "
            + c.need(
                OT,
                "He is distressed by hand washing and by messy play.",
                "sensory_physical",
                plan_text=B_MESS,
            ),
        ),
        ("h", 2, "Recommendations"),
        (
            "grid",
            [
                ["Recommendation", "Why"],
                [
                    c.rec(
                        OT,
                        "A sensory diet of movement activities planned by the OT and carried out by nursery staff, five times a session for 5 minutes.",
                        "sensory_physical",
                        "specific",
                        plan_text=F_DIET,
                    ),
                    "Regular movement helps Sunny to stay regulated and ready to learn.",
                ],
                [
                    c.rec(
                        OT,
                        "Fine motor play every day for 10 minutes with his key person, e.g. play dough, pegs, tweezers.",
                        "sensory_physical",
                        "not_specific",
                        plan_text=F_FINE,
                    ),
                    "Builds hand strength before pencil and scissor skills.",
                ],
                [
                    c.rec(
                        OT,
                        "OT to review the sensory diet and train staff once per half-term.",
                        "sensory_physical",
                        "wrong_section",
                        plan_text=G_OT,
                        section="G",
                        note="Training staff and reviewing a school programme is educational; it stands in G.",
                    ),
                    "Keeps the programme matched to Sunny's needs.",
                ],
                [
                    c.rec(
                        OT,
                        "A weighted lap pad and a wobble cushion for carpet time.",
                        "sensory_physical",
                        "specific",
                        plan_text=F_PAD,
                    ),
                    "Gives deep pressure and movement while seated.",
                ],
            ],
            [0.6, 0.4],
        ),
        (
            "p",
            "Kasia Drummond-Eze, HCPC registered Occupational Therapist, 28 April 2026.",
        ),
    ]
    c.docs.append(Doc(OT, ot, author="Pellingham Chase OT", title="OT report", accent="6E2C00"))

    # ---------------- plan (PDF) ----------------
    h1 = lambda t: ("h", 1, t)  # noqa: E731
    plan = [
        ("org", "Pellingham Chase Borough Council - SEND Service"),
        ("title", "Education, Health and Care Plan"),
        (
            "kv",
            [
                ("Name", "Sunny Abiodun-Clare"),
                ("Date of birth", "3 September 2021"),
                ("Date issued", "22 June 2026"),
                ("SEND officer", "Gideon Marlow, 01632 960830"),
            ],
        ),
        h1(H["A"]),
        (
            "p",
            c.sect(
                "A",
                "Sunny enjoys water play, spinning tops and songs with actions, and he laughs when he is swung in a blanket.",
            ),
        ),
        (
            "p",
            "His mother would like him to be able to tell her what he wants and to be safe at nursery.",
        ),
        h1(H["B"]),
        ("p", c.sect("B", B_LEAD)),
        ("p", B_NAME),
        ("p", B_WAIT),
        ("p", B_MOVE),
        ("p", B_FINE),
        ("p", B_MESS),
        h1(H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Sunny has a diagnosis of autism and is known to the community paediatrician.",
            ),
        ),
        h1(H["D"]),
        ("p", c.sect("D", "No social care needs are known.")),
        h1(H["E"]),
        (
            "p",
            c.sect(
                "E",
                "By July 2027 Sunny will use a sign, word or picture to request five different things.",
            ),
        ),
        ("pb",),
        h1(H["F"]),
        (
            "p",
            "Greenbank Primary School will make the following provision at each of three levels.",
        ),
        ("b", "Universal (for every child in the class, adapted for Sunny)"),
        ("p", F_CALM),
        ("p", c.sect("F", F_TOTAL)),
        ("b", "Targeted (additional to what other children receive)"),
        ("p", F_AA),
        ("p", F_DIET),
        ("p", F_FINE),
        ("p", F_PAD),
        ("b", "Specialist (individual to Sunny)"),
        ("p", F_ADULT),
        ("p", F_OUT),
        h1(H["G"]),
        (
            "p",
            c.sect(
                "G",
                "The community paediatrician will review Sunny at the Child Development Centre in spring 2027.",
            ),
        ),
        ("p", G_OT),
    ] + simple_sections(
        c,
        H,
        h1,
        {
            "H1": "None required.",
            "H2": "None at present.",
            "I": "Greenbank Primary School (nursery class), Foxglove Way, Pellingham VQ8 6EF - mainstream maintained primary school.",
            "J": "No personal budget.",
            "K": [
                "Advice from: Mrs Abiodun-Clare (parent); Marguerite Osei-Lindqvist (educational psychologist); Kasia Drummond-Eze (occupational therapist); Greenbank Primary School."
            ],
        },
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Pellingham Chase Borough Council",
            title="EHC Plan",
            header="Pellingham Chase Borough Council  |  EHC Plan  |  Sunny Abiodun-Clare",
            footer="Page {n} of {m}",
            accent="1A5276",
        )
    )
    return c


# ===========================================================================
# case-evald-06  Hexley Downs Council - Word plan, capitals
#   Heading 1 "SECTION B – SPECIAL EDUCATIONAL NEEDS"; B as long narrative
#   paragraphs; F a four-column table Provision | Staff | How often | How long
#   with merged area-of-need rows. Year 11, acquired brain injury after a road
#   accident. Neuropsychology report (PDF, long narrative, "It is essential that",
#   "She needs ..."), OT report (.docx, "I recommend" with numbered sub-points 1.1).
# ===========================================================================


def case_06() -> Case:
    NP, OT, PLAN = "neuropsychology_report.pdf", "ot_report.docx", "plan.docx"
    c = Case(
        "case-evald-06",
        PLAN,
        [NP, OT],
        "Zara Penhaligon-Reyes, 15, Year 11, mainstream secondary. Acquired brain injury. Word plan "
        "with capital en-dash headings; F a four-column table with merged area rows.",
    )
    titles = [
        ("A", "ZARA'S VIEWS, INTERESTS AND ASPIRATIONS"),
        ("B", "SPECIAL EDUCATIONAL NEEDS"),
        ("C", "HEALTH NEEDS"),
        ("D", "SOCIAL CARE NEEDS"),
        ("E", "OUTCOMES"),
        ("F", "SPECIAL EDUCATIONAL PROVISION"),
        ("G", "HEALTH PROVISION"),
        ("H1", "SOCIAL CARE PROVISION (CSDPA 1970)"),
        ("H2", "OTHER SOCIAL CARE PROVISION"),
        ("I", "PLACEMENT"),
        ("J", "PERSONAL BUDGET"),
        ("K", "ADVICE AND INFORMATION"),
    ]
    H = {sid: c.heading(sid, f"SECTION {sid} – {t}") for sid, t in titles}

    B_SPEED = "Since her injury in May 2025 Zara thinks and works much more slowly than before, and tasks can take her two or three times as long as her classmates."
    B_FAT = "Cognitive fatigue is a major barrier: by the last lesson of the day her concentration and memory are much poorer than in the morning."
    B_PLAN = "Zara finds it hard to plan and organise, and she cannot yet break a piece of coursework into steps by herself."
    B_MOOD = "She has lost confidence and has drawn away from her old friendship group."
    B_HAND = "Zara's right hand is weaker than before, and her handwriting becomes hard to read after about ten minutes."
    B_CROWD = "She is unsteady in crowded corridors and on stairs."

    F_TT = c.f(
        "Reduced timetable of five GCSE subjects, with the remaining periods used as supported study in the learning support base",
        True,
    )
    F_REST = c.f("Rest breaks", False)
    F_COUN = c.f(
        "Counselling with the school counsellor",
        True,
        note="Specific (once a week for six weeks), but fewer sessions than recommended and not from a counsellor experienced in brain injury.",
    )
    F_LAP = c.f("Laptop for all written work in lessons and in examinations", True)
    F_TYPE = c.f(
        "Touch-typing practice using an online typing course",
        True,
        note="Specific, but twice a week where four times a week was recommended.",
    )
    F_EARLY = c.f(
        "Leaving each lesson five minutes before the bell, with a friend if she chooses",
        True,
    )
    F_ORG = c.f("Support with organising coursework", False)
    F_EXAM = c.f("Extra time in examinations", False)
    G_TRAIN = "The Hexley Downs paediatric neuropsychology service will give Zara's teachers a training session on acquired brain injury and learning."

    # ---------------- neuropsychology report (PDF) ----------------
    np_ = [
        ("org", "Hexley Downs Children's Hospital - Paediatric Neuropsychology"),
        (
            "small",
            "Sorrel Building, Quarry Hill, Hexley Downs XZ6 5JJ  |  01632 960907",
        ),
        ("title", "Neuropsychological Assessment Report"),
        (
            "p",
            "Young person: Zara Penhaligon-Reyes, date of birth 11 November 2010. Assessed by Dr Benedikt Alcott-Mensah, Consultant Clinical Neuropsychologist, on 12 and 19 January 2026.",
        ),
        ("h", 2, "History"),
        (
            "p",
            "Zara sustained a severe traumatic brain injury when she was knocked from her bicycle in May 2025. She spent five weeks in hospital and returned to school part-time in October 2025. "
            + c.non_need(
                NP,
                "Her early post-traumatic headaches have now settled completely and she no longer takes any pain relief.",
                "Resolved since the injury.",
            ),
        ),
        ("h", 2, "Findings and formulation"),
        (
            "p",
            "Zara's general verbal ability remains in the average range, and she has kept much of her knowledge from before the injury, which is encouraging. "
            + c.need(
                NP,
                "Her information processing speed, however, has slowed markedly; tasks she once completed quickly now take her two or three times as long.",
                "cognition_learning",
                plan_text=B_SPEED,
            )
            + " "
            + c.need(
                NP,
                "She has significant cognitive fatigue, and by the final lesson of the day her attention is far weaker than in the morning.",
                "cognition_learning",
                plan_text=B_FAT,
            ),
        ),
        (
            "p",
            c.need(
                NP,
                "Her planning and organisation are impaired: she cannot break a piece of coursework into steps without help.",
                "cognition_learning",
                plan_text=B_PLAN,
            )
            + " On the Tower test she made many rule breaks and did not notice them.",
        ),
        (
            "p",
            "Emotionally, the last year has been very hard. "
            + c.need(
                NP,
                "Zara has lost confidence and grieves for the person she was before the accident; she has withdrawn from her friendship group.",
                "semh",
                plan_text=B_MOOD,
            )
            + " Her mother describes a new short fuse at home. "
            + c.need(
                NP,
                "At school she has become irritable and has had angry outbursts towards teachers when she feels overwhelmed.",
                "semh",
                note="Stated only in the formulation prose; B does not describe it.",
            ),
        ),
        ("h", 2, "Recommendations"),
        (
            "p",
            c.rec(
                NP,
                "It is essential that Zara follows a reduced timetable of no more than five GCSE subjects, with the freed time used for supported study.",
                "cognition_learning",
                "specific",
                plan_text=F_TT,
            )
            + " "
            + c.rec(
                NP,
                "She needs planned rest breaks of ten minutes after every second lesson, in a quiet room.",
                "cognition_learning",
                "not_specific",
                plan_text=F_REST,
                note="A recommendation phrased as a need.",
            ),
        ),
        (
            "p",
            c.rec(
                NP,
                "All of Zara's subject teachers should attend a training session, led by a neuropsychologist, on how brain injury affects learning, at the start of the autumn term.",
                "cognition_learning",
                "wrong_section",
                plan_text=G_TRAIN,
                section="G",
                note="Training teachers is special educational provision; it stands in G.",
            ),
        ),
        (
            "p",
            c.rec(
                NP,
                "Counselling from a counsellor experienced in brain injury, once a week for 12 weeks, would help Zara to adjust to her changed abilities.",
                "semh",
                "less",
                plan_text=F_COUN,
            )
            + " "
            + c.rec(
                NP,
                "The family may also wish to contact the Headway young people's service for peer support.",
                "semh",
                "not_educational",
                note="Support for the family outside school.",
            ),
        ),
        ("p", "Dr Benedikt Alcott-Mensah, HCPC registered; 2 February 2026."),
    ]
    c.docs.append(
        Doc(
            NP,
            np_,
            author="Hexley Downs Children's Hospital",
            title="Neuropsychology report",
            header="CONFIDENTIAL - Paediatric Neuropsychology",
            footer="{n}",
            accent="4A235A",
        )
    )

    # ---------------- OT report (.docx) ----------------
    ot = [
        ("org", "Hexley Downs Children's Occupational Therapy"),
        (
            "small",
            "Linnet House, Hexley Downs XZ6 2LL  |  01632 960915  |  ot@hexleydowns.example.org",
        ),
        ("title", "Occupational Therapy Advice"),
        (
            "kv",
            [
                ("Young person", "Zara Penhaligon-Reyes"),
                ("School", "Hexley Downs Academy, Year 11"),
                ("Therapist", "Priyanka Strand-Holloway, Occupational Therapist"),
                ("Seen", "27 January 2026"),
            ],
        ),
        ("h", 2, "Assessment"),
        (
            "p",
            c.need(
                OT,
                "Zara's right hand is now weak, and her handwriting becomes illegible after about ten minutes of writing.",
                "sensory_physical",
                plan_text=B_HAND,
            )
            + " Her grip strength on the right is about half that on the left.",
        ),
        (
            "p",
            c.need(
                OT,
                "She has difficulty keeping her balance on stairs and in crowded corridors, and she has been knocked over once this term.",
                "sensory_physical",
                plan_text=B_CROWD,
            ),
        ),
        (
            "p",
            c.need(
                OT,
                "Zara cannot yet use science laboratory equipment safely with her right hand, for example when pouring liquids or lighting a Bunsen burner.",
                "sensory_physical",
                note="Not described in B.",
            ),
        ),
        ("h", 2, "Recommendations"),
        ("b", "1. Recording work"),
        (
            "np",
            "1.1",
            c.rec(
                OT,
                "I recommend that Zara uses a laptop for all written work, including examinations.",
                "sensory_physical",
                "specific",
                plan_text=F_LAP,
            ),
        ),
        (
            "np",
            "1.2",
            c.rec(
                OT,
                "I recommend touch-typing practice with a typing programme for 15 minutes, four times a week, supervised by a teaching assistant.",
                "sensory_physical",
                "less",
                plan_text=F_TYPE,
            ),
        ),
        ("b", "2. Moving around school safely"),
        (
            "np",
            "2.1",
            c.rec(
                OT,
                "I recommend that Zara leaves lessons five minutes early to avoid crowded corridors, with a peer if she wishes.",
                "sensory_physical",
                "specific",
                plan_text=F_EARLY,
            ),
        ),
        (
            "np",
            "2.2",
            c.rec(
                OT,
                "I recommend that a practical assistant supports Zara 1:1 in every science practical lesson.",
                "sensory_physical",
                "missing_from_f",
            ),
        ),
        ("p", "P. Strand-Holloway, HCPC registered, 3 February 2026."),
    ]
    c.docs.append(
        Doc(
            OT,
            ot,
            author="Hexley Downs OT",
            title="OT advice",
            sans=True,
            accent="0B5345",
        )
    )

    # ---------------- plan (.docx) ----------------
    h1 = lambda t: ("h", 1, t)  # noqa: E731
    plan = [
        ("title", "HEXLEY DOWNS COUNCIL - EDUCATION, HEALTH AND CARE PLAN"),
        (
            "p",
            "Young person: Zara Penhaligon-Reyes. Date of birth: 11 November 2010. Plan date: 30 March 2026. Contact: Hexley Downs SEND Team, 01632 960920.",
        ),
        h1(H["A"]),
        (
            "p",
            c.sect(
                "A",
                "Zara wants to pass her GCSEs, go to sixth form with her friends and one day work as a veterinary nurse.",
            ),
        ),
        h1(H["B"]),
        (
            "p",
            c.sect("B", B_SPEED)
            + " "
            + B_FAT
            + " "
            + B_PLAN
            + " Zara's verbal knowledge remains a strength.",
        ),
        ("p", B_MOOD + " " + B_HAND + " " + B_CROWD),
        h1(H["C"]),
        (
            "p",
            c.sect(
                "C",
                "Zara has an acquired brain injury and remains under the care of the Hexley Downs neurorehabilitation team.",
            ),
        ),
        h1(H["D"]),
        (
            "p",
            c.sect(
                "D",
                "Zara is not open to children's social care; no social care needs were identified.",
            ),
        ),
        h1(H["E"]),
        (
            "p",
            c.sect(
                "E",
                "By July 2026 Zara will complete five GCSE examinations using her laptop and agreed access arrangements.",
            ),
        ),
        ("pb",),
        h1(H["F"]),
        ("p", "Hexley Downs Academy will make the provision in the table below."),
        (
            "mgrid",
            [
                ["Provision", "Staff", "How often", "How long"],
                "Cognition and learning",
                [
                    c.sect("F", F_TT),
                    "Teaching assistant in the learning support base",
                    "Every supported study period (eight periods a week)",
                    "Until the end of Year 11",
                ],
                [F_REST, "Any member of staff", "When needed", "-"],
                [F_ORG, "Learning support staff", "As appropriate", "-"],
                [F_EXAM, "Examinations officer", "All examinations", "As agreed"],
                "Social, emotional and mental health",
                [F_COUN, "School counsellor", "Once a week", "Six weeks"],
                "Sensory and physical",
                [
                    F_LAP,
                    "Provided by the school; set up by the IT technician",
                    "Every lesson and every examination",
                    "Until the end of Year 11",
                ],
                [F_TYPE, "Teaching assistant", "Twice a week", "15 minutes each time"],
                [
                    F_EARLY,
                    "Subject teachers",
                    "Every lesson",
                    "Until the end of Year 11",
                ],
            ],
            [0.4, 0.22, 0.22, 0.16],
        ),
        h1(H["G"]),
        (
            "p",
            c.sect(
                "G",
                "The neurorehabilitation team at Hexley Downs Children's Hospital will review Zara every three months.",
            ),
        ),
        ("p", G_TRAIN),
    ] + simple_sections(
        c,
        H,
        h1,
        {
            "H1": "There is no provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.",
            "H2": "Zara does not need any other social care provision.",
            "I": "Hexley Downs Academy, Beacon Road, Hexley Downs XZ6 8MM (mainstream 11-18 academy).",
            "J": "No personal budget has been agreed.",
            "K": [
                "Advice: Dr Benedikt Alcott-Mensah (neuropsychology); Priyanka Strand-Holloway (occupational therapy); Hexley Downs Academy; Zara and her parents."
            ],
        },
    )
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Hexley Downs Council",
            title="EHC Plan",
            footer="Hexley Downs Council - EHC Plan",
            accent="4A235A",
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
