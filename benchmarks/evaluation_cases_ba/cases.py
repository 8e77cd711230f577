# ruff: noqa: E501, N802
"""Set BA as data: social, emotional and mental health (anxiety-based school avoidance, a
permanently excluded pupil with ADHD and a language disorder, and a looked-after child with
attachment difficulties and a demand-avoidant profile who is educated otherwise than in
school with a tuition package), in three plan layouts no earlier set has.

Every name, council, school, service, NHS trust and professional is invented. Phone numbers
are in the 01632 960xxx range, e-mail addresses are at example.org and NHS numbers begin
999. Markers are those of evaluation_kit.dataset.
"""


def N(text: str, area: str, plan_text: str | None = None) -> tuple:
    """A need; plan_text None when Section B leaves it out."""
    return ("N", text, area, plan_text)


def R(text: str, area: str, status: str, plan_text: str | None = None, **extras) -> tuple:
    """A recommendation with its status against the plan."""
    return ("R", text, area, status, plan_text, extras)


def X(text: str, why: str) -> tuple:
    """A sentence that reads like a need or advice but is not a current one."""
    return ("X", text, why)


NAMES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs related to special educational needs",
    "D": "Social care needs related to special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}

# ---------------------------------------------------------------------------
# case-evalba-01: Ashgrove Borough Council; Kasia Wojcik-Hale, 13, Year 8
# (anxiety-based school avoidance). Layout "letter-dot-sentence-case": each heading is a
# Word heading "B. Special educational needs" (letter, full stop, name in sentence case).
# ---------------------------------------------------------------------------

B1_PANIC = "On school mornings Kasia often becomes so frightened that she shakes, feels sick and cannot leave the house."
B1_JUDGED = "She worries a great deal about what other pupils think of her and will not speak in front of the class."
B1_GAPS = (
    "Because she has missed a lot of school, there are gaps in her learning, most of all in maths."
)
B1_MOOD = "Kasia's mood is often low and she is very hard on herself."
B1_CHANGE = "Changes to her day, such as a supply teacher or a room change, upset her a lot."

F1_RETURN = "A gradual return to school, with Kasia's hours increased over time as she is ready."
F1_KEY = "A named key adult, Mrs Farrow (pastoral manager), will meet Kasia at the side gate at the start of every day she attends and spend 10 minutes with her in the Willow Room before her first lesson."
F1_ELSA = "Sessions with the school's emotional literacy support assistant (ELSA) for 30 minutes once a fortnight."
F1_QUIET = "Access to a quiet space in school as needed."
F1_CHANGE = "Kasia and her mother will be told of any cover teacher or room change by 8.15 am by text message, and Kasia will have a printed timetable showing her teachers' photographs."
G1_CAMHS = "Ashgrove CAMHS will continue to offer Kasia cognitive behavioural therapy with a clinical psychologist every two weeks."
G1_STAFF = "Ashgrove CAMHS will offer a consultation to school staff about Kasia's anxiety."

CAMHS1 = "camhs_letter.pdf"
DIARY1 = "parent_account.docx"


def _dot(sid: str) -> tuple:
    return ("H", sid, f"{sid}. {NAMES[sid]}", "h2")


CASE_01 = dict(
    name="case-evalba-01",
    layout="letter-dot-sentence-case",
    summary=(
        "Ashgrove Borough Council; Kasia Wojcik-Hale, 13, Year 8 at Fernhill Academy, a mainstream secondary "
        "(anxiety-based school avoidance, attendance 31%). Each heading is a Word heading 'B. Special educational "
        "needs'. A CAMHS clinical psychologist's letter (.pdf) with a phased reintegration timetable in a table "
        "(Week / Hours in school / What happens), and the mother's diary-style account (.docx)."
    ),
    note="The CAMHS recommendation of training for every member of staff who teaches Kasia stands in Section G as a consultation offered by CAMHS: provision in the wrong section. CBT from CAMHS in G is health provision. The reintegration table's weeks and hours are the reasons for the vague 'gradual return' line, not needs.",
    plan=dict(
        file="plan.docx",
        footer="Ashgrove Borough Council - EHC plan - Kasia Wojcik-Hale - final 20 November 2026",
        author="Ashgrove SEND Team",
        title="EHC Plan - Kasia Wojcik-Hale",
        blocks=[
            ("org", "ASHGROVE BOROUGH COUNCIL - SEND SERVICE"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Kasia Wojcik-Hale"),
                    ("Date of birth", "2 February 2013"),
                    ("NHS number", "999 402 7716"),
                    ("School", "Fernhill Academy, Year 8"),
                    ("Parent", "Joanna Wojcik, 14 Sorrel Close, Ashgrove"),
                    ("SEND officer", "Ms T Ibbotson, 01632 960418"),
                ],
            ),
            _dot("A"),
            (
                "S",
                "A",
                "Kasia likes drawing manga, baking with her grandmother and looking after her two guinea pigs.",
            ),
            (
                "p",
                "She says she wants to 'go to school without feeling like I'm going to die' and would like to be a vet nurse. Her mother wants her to feel safe in school and to get her GCSEs.",
            ),
            _dot("B"),
            (
                "S",
                "B",
                "Kasia's main needs are in her social, emotional and mental health; her anxiety has kept her away from school for much of the last year.",
            ),
            ("b", "Social, emotional and mental health"),
            ("p", [B1_PANIC, B1_JUDGED]),
            ("p", [B1_MOOD, B1_CHANGE]),
            ("b", "Cognition and learning"),
            ("p", B1_GAPS),
            (
                "p",
                "Kasia is a capable learner, and her reading and writing are at the level expected for her age.",
            ),
            _dot("C"),
            (
                "S",
                "C",
                "Kasia has anxiety and is being seen by Ashgrove CAMHS; she has no other health needs.",
            ),
            _dot("D"),
            (
                "S",
                "D",
                "Kasia has no social care needs; the family have had early help support in the past.",
            ),
            _dot("E"),
            (
                "S",
                "E",
                "By July 2027 Kasia will attend school for at least 15 hours a week, following her return plan.",
            ),
            (
                "p",
                "By July 2027 Kasia will answer a question in a small group of pupils she knows.",
            ),
            ("p", "By the end of Year 9 Kasia will be working at the expected level in maths."),
            _dot("F"),
            (
                "S",
                "F",
                "Fernhill Academy will put the following in place, overseen by the SENCo, Mr D Quayle.",
            ),
            (
                "bul",
                [
                    ("F", F1_RETURN, False),
                    ("F", F1_KEY, True),
                    ("F", F1_ELSA, True),
                    ("F", F1_QUIET, False),
                    ("F", F1_CHANGE, True),
                ],
            ),
            _dot("G"),
            ("S", "G", G1_CAMHS),
            ("p", G1_STAFF),
            _dot("H1"),
            ("S", "H1", "No provision under this section is needed."),
            _dot("H2"),
            ("S", "H2", "No other social care provision is needed at present."),
            _dot("I"),
            ("S", "I", "Fernhill Academy, Ridgeway, Ashgrove (mainstream academy, 11 to 16)."),
            _dot("J"),
            ("S", "J", "A personal budget has not been requested."),
            _dot("K"),
            (
                "S",
                "K",
                "Letter from Dr Naomi Achterberg, clinical psychologist, Ashgrove CAMHS (September 2026); account from Kasia's mother (October 2026); advice from Fernhill Academy.",
            ),
        ],
    ),
    reports=[
        dict(
            file=CAMHS1,
            style="headed",
            footer="Ashgrove CAMHS - Thornfield NHS Foundation Trust - confidential",
            author="N Achterberg",
            blocks=[
                ("org", "Ashgrove Child and Adolescent Mental Health Service"),
                (
                    "small",
                    "Thornfield NHS Foundation Trust - Lime Tree House, Ashgrove - 01632 960533 - ashgrove.camhs@thornfield-nhs.example.org",
                ),
                (
                    "p",
                    "To: SEND Assessment Team, Ashgrove Borough Council. Date: 22 September 2026.",
                ),
                ("b", "Re: Kasia Wojcik-Hale, DOB 02/02/2013, NHS 999 402 7716"),
                (
                    "p",
                    [
                        "I am writing as Kasia's clinical psychologist to give advice for her EHC needs assessment.",
                        X(
                            "Kasia was referred to us in January 2026 by her GP after several months of refusing to go to school.",
                            "history",
                        ),
                        X(
                            "Her attendance in Year 7 fell from 94% in the autumn term to 31% by the summer term.",
                            "history",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the Revised Children's Anxiety and Depression Scale her scores for social anxiety and panic were in the clinical range, and her score for depression was just below it.",
                            "test result",
                        ),
                        N(
                            "Kasia has panic attacks most school mornings, with shaking, nausea and a racing heart, and on those days she cannot get out of the front door.",
                            "semh",
                            B1_PANIC,
                        ),
                        N(
                            "Her anxiety centres on being looked at and judged by other pupils; she will not read aloud, answer a question or work in a group in front of the class.",
                            "semh",
                            B1_JUDGED,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She is very self-critical, calls herself 'useless' and 'a freak', and her mood has been low for most of this year.",
                            "semh",
                            B1_MOOD,
                        ),
                        X(
                            "She has no thoughts of harming herself, and this has been checked at every appointment.",
                            "assessment: risk screened",
                        ),
                        N(
                            "Kasia finds busy corridors and the canteen overwhelming: the noise and crush of people set off a rush of panic that can last the rest of the day.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "The sleep problems that worried her mother in the spring have settled since we introduced a wind-down routine.",
                            "resolved difficulty",
                        ),
                        N(
                            "Because she has missed so much school, she has gaps in her learning, which are widest in maths, where she has missed most of the Year 7 work on algebra and fractions.",
                            "cognition_learning",
                            B1_GAPS,
                        ),
                        X(
                            "Kasia has engaged well in therapy and is now able to name her worries and rate them, which she could not do in February.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "What I recommend"),
                (
                    "p",
                    "School avoidance of this kind is maintained by avoidance itself: each day missed makes the next day harder. I have therefore set out a return in small steps, which should be agreed with Kasia and moved on only when she has managed the current step on most days.",
                ),
                (
                    "grid",
                    [
                        ["Week", "Hours in school", "What happens"],
                        [
                            "1 to 2",
                            "1 hour a day",
                            X(
                                "Arrives at 10.30 by the side gate, Willow Room with key adult, one lesson she chooses (art).",
                                "reintegration timetable detail",
                            ),
                        ],
                        [
                            "3 to 4",
                            "2 hours a day",
                            "Adds a second lesson; break time in the Willow Room, not the canteen.",
                        ],
                        [
                            "5 to 6",
                            "3 hours a day",
                            "Adds English and maths in a small group; still leaves before lunch.",
                        ],
                        [
                            "7 to 10",
                            "4 to 5 hours a day",
                            "Stays for lunch in a small room; afternoon lessons added one at a time.",
                        ],
                        [
                            "11 onwards",
                            "Full timetable",
                            "Reviewed every two weeks with Kasia, her mother, the key adult and me.",
                        ],
                    ],
                    [0.15, 0.22, 0.63],
                    True,
                ),
                (
                    "p",
                    [
                        R(
                            "The phased return above should be written into her plan with the hours for each step, so that it does not stall or jump ahead, and reviewed every two weeks.",
                            "semh",
                            "not_specific",
                            F1_RETURN,
                        ),
                        X(
                            "Without set steps, returns like Kasia's tend either to be rushed, which brings the panic back, or to stall at an hour a day for months.",
                            "consequence argued",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Kasia needs one named adult who meets her at the gate every day she comes in and spends ten minutes with her before lessons to settle her.",
                            "semh",
                            "specific",
                            F1_KEY,
                        ),
                        X(
                            "A familiar face at the point of arrival is what most often makes the difference between a child who turns back at the gate and one who comes in.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She should have weekly individual sessions of 45 minutes, for at least twelve weeks, with a trained member of staff such as an ELSA, practising the anxiety management skills she is learning in therapy.",
                            "semh",
                            "less",
                            F1_ELSA,
                        ),
                        X(
                            "Skills practised only in the clinic do not transfer to the corridor unless someone in school practises them with her.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Kasia should have a pass that lets her leave any lesson without explanation and go to a named quiet room, with the pass and the room agreed in writing with her.",
                            "semh",
                            "not_specific",
                            F1_QUIET,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "She should also have maths tuition in a small group with a qualified teacher, twice a week for an hour, until the gaps in her learning are closed.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        X(
                            "Without this, she will fall further behind each term, and being behind is itself one of the things she is most afraid of being seen for.",
                            "consequence argued",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Every member of staff who teaches Kasia should have training in anxiety-based school avoidance at the start of the return, so that no one asks her to read aloud or questions her absences in front of the class.",
                            "semh",
                            "wrong_section",
                            G1_STAFF,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "From our side, Kasia will continue fortnightly cognitive behavioural therapy with me until at least March 2027.",
                            "health",
                            "not_educational",
                            G1_CAMHS,
                            section="G",
                        ),
                        X(
                            "I considered recommending a place at the county's medical tuition service, but Kasia wants to return to Fernhill and teaching at home would make that return harder, so I do not recommend it.",
                            "option considered and rejected",
                        ),
                        R(
                            "At home, her mother should keep to the morning routine we agreed and praise effort rather than attendance.",
                            "other",
                            "not_educational",
                        ),
                    ],
                ),
                ("p", "Dr Naomi Achterberg, Clinical Psychologist, HCPC PYL30458."),
            ],
        ),
        dict(
            file=DIARY1,
            author="Joanna Wojcik",
            blocks=[
                ("title", "Kasia - what our weeks are like"),
                (
                    "p",
                    "Written by Joanna Wojcik, Kasia's mum, for the EHC needs assessment, October 2026. I kept a diary for three weeks so that people could see what actually happens.",
                ),
                ("b", "Monday 5 October"),
                (
                    "p",
                    [
                        "Up at 6.30, uniform on by 7.15.",
                        X(
                            "She was sick twice and by 8.00 she was sitting on the stairs in her coat crying, so we did not go.",
                            "diary: event",
                        ),
                        X(
                            "By lunchtime she was fine and did two hours of the maths worksheets the school sent.",
                            "diary: event",
                        ),
                    ],
                ),
                ("b", "Wednesday 7 October"),
                (
                    "p",
                    [
                        "She went in for the first lesson, art, which she loves.",
                        N(
                            "Kasia will not eat anything at school, because she cannot bear other people watching her eat, so on the days she stays longer she has nothing from breakfast until four o'clock.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("b", "Thursday 8 October"),
                (
                    "p",
                    [
                        N(
                            "They had a supply teacher in science without warning and she walked out and hid in the toilets for an hour; anything unexpected in her day throws her completely.",
                            "semh",
                            B1_CHANGE,
                        ),
                        N(
                            "On the days she does go in, she comes home and shuts herself in her room for hours, too exhausted to speak or do anything, and she is often too drained to go in the next day.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("b", "What has helped"),
                (
                    "bul",
                    [
                        X(
                            "Mrs Farrow meeting her at the side gate - Kasia said it was 'less bad' because she didn't have to walk past everyone.",
                            "support already in place",
                        ),
                        X(
                            "Her grandmother driving her in, because the bus was impossible; we have sorted that ourselves and do not need transport.",
                            "resolved difficulty",
                        ),
                        X(
                            "Her art teacher, who never makes her talk in front of the class.",
                            "strength of provision",
                        ),
                    ],
                ),
                ("b", "What I am asking for"),
                (
                    "bul",
                    [
                        R(
                            "A small room where she can eat lunch with an adult and one or two friends, so that she can stay the whole day without starving.",
                            "semh",
                            "missing_from_f",
                        ),
                        R(
                            "A text to me first thing when there is going to be a cover teacher or a room change, so we can prepare her before she walks in.",
                            "semh",
                            "specific",
                            F1_CHANGE,
                        ),
                    ],
                ),
                ("p", "Joanna Wojcik"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalba-02: Hollinsford City Council; Dylan Okonkwo-Reid, 12, Year 7, permanently
# excluded, now at a pupil referral unit (ADHD, developmental language disorder).
# Layout "bold-sentence-case-names-unlettered": each heading is a bold line with a plain
# sentence-case name and no letter ("The special educational needs Dylan has").
# ---------------------------------------------------------------------------

UNL = {
    "A": "What Dylan and his family want",
    "B": "The special educational needs Dylan has",
    "C": "Health needs linked to his special educational needs",
    "D": "Social care needs linked to his special educational needs",
    "E": "What we want Dylan to achieve (outcomes)",
    "F": "The special educational provision Dylan will receive",
    "G": "Health provision",
    "H1": "Social care provision under the Chronically Sick and Disabled Persons Act",
    "H2": "Any other social care provision",
    "I": "The school or setting Dylan will attend",
    "J": "Personal budget",
    "K": "The advice and information we used",
}

B2_UNDER = "Dylan has a language disorder, which means he does not understand as much of what is said to him as other children of his age, especially long or complicated instructions."
B2_EXPLAIN = "He finds it hard to put what he wants to say into words, most of all when he is upset, and can lash out when he cannot explain himself."
B2_ATTN = "Dylan has ADHD and can only concentrate on a task for a few minutes at a time."
B2_READ = "His reading is well below what is expected for his age and he struggles to sound out unfamiliar words."
B2_SELF = (
    "Since his exclusion Dylan thinks of himself as a 'bad kid' and his confidence is very low."
)
B2_TRANS = "He finds moving between lessons, break times and lunchtimes hard and this is when most incidents happen."

F2_SMALL = "Dylan will be taught in a small class."
F2_READ = "A structured phonics-based reading programme, taught one to one by a trained teaching assistant, three times a week for 20 minutes."
F2_KEY = "A key adult, trained by the speech and language therapist, will give instructions one step at a time, check that Dylan has understood, and use a visual timetable and visual prompts in every lesson."
F2_MENTOR = "Access to mentoring."
F2_TRANS = "An adult will meet Dylan at every change of lesson and at the start of break and lunch, and he will attend the supervised lunch club every day."
G2_SLT = "Speech and language therapy from the Hollinsford community speech and language therapy service, in a block of six sessions each year."
G2_MED = "Dylan's ADHD medication will be reviewed by the community paediatrician every six months."

EP2 = "independent_ep_report.pdf"
AP2 = "ap_progress_report.docx"


def _un(sid: str) -> tuple:
    return ("H", sid, UNL[sid], "b")


CASE_02 = dict(
    name="case-evalba-02",
    layout="bold-sentence-case-names-unlettered",
    summary=(
        "Hollinsford City Council; Dylan Okonkwo-Reid, 12, Year 7, permanently excluded from a mainstream "
        "secondary in June 2026 and now at Riverside Learning Centre, a pupil referral unit (ADHD, developmental "
        "language disorder). Each heading is a bold line with an everyday sentence-case name and no section "
        "letter. An independent educational psychologist's report for the tribunal (.pdf) giving placement "
        "options with reasons and provision argued by consequence, and the pupil referral unit's progress "
        "report (.docx) with a Target / Progress / Next step table."
    ),
    note="Speech and language therapy is recommended as educational provision but stands only in the health provision section, as a block of sessions from the community service: provision in the wrong section. ADHD medication review in G is health provision. The rejected placement options are not recommendations.",
    plan=dict(
        file="plan.pdf",
        footer="Hollinsford City Council - Education, Health and Care Plan - Dylan Okonkwo-Reid - page {n} of {m}",
        author="Hollinsford City Council SEN Team",
        title="EHC Plan - Dylan Okonkwo-Reid",
        blocks=[
            ("org", "Hollinsford City Council"),
            ("title", "Education, Health and Care Plan for Dylan Okonkwo-Reid"),
            (
                "kv",
                [
                    ("Date of birth", "17 April 2014"),
                    ("NHS number", "999 318 5520"),
                    ("Current setting", "Riverside Learning Centre (pupil referral unit), Year 7"),
                    ("Parent", "Grace Okonkwo, 3 Tanner's Yard, Hollinsford"),
                    ("Plan co-ordinator", "Mr S Petrakis, 01632 960672"),
                ],
            ),
            _un("A"),
            ("S", "A", "Dylan is good at football and BMX and likes fixing bikes with his uncle."),
            (
                "p",
                "He says: 'I want a school where they don't shout and where I can get back into the football team.' His mother wants him back in full-time education with people who understand him.",
            ),
            _un("B"),
            (
                "S",
                "B",
                "Dylan has ADHD and a developmental language disorder, and his needs are in communication and interaction, learning and his social, emotional and mental health.",
            ),
            ("p", [B2_UNDER, B2_EXPLAIN]),
            ("p", [B2_ATTN, B2_READ]),
            ("p", [B2_SELF, B2_TRANS]),
            ("p", "His maths is a relative strength."),
            _un("C"),
            (
                "S",
                "C",
                "Dylan was diagnosed with ADHD in 2023 and takes medication prescribed by the community paediatrician.",
            ),
            _un("D"),
            (
                "S",
                "D",
                "Dylan does not have an allocated social worker; the family are supported by the Early Help team.",
            ),
            _un("E"),
            (
                "S",
                "E",
                "By July 2027 Dylan will follow a two-step instruction in class without needing it repeated.",
            ),
            (
                "p",
                "By July 2027 Dylan will tell an adult what has upset him, using words or his feelings card, instead of leaving the room or hitting out.",
            ),
            (
                "p",
                "By the end of Year 8 Dylan's reading age will have risen by at least 18 months.",
            ),
            _un("F"),
            ("S", "F", "The setting named below will provide the following."),
            (
                "bul",
                [
                    ("F", F2_SMALL, False),
                    ("F", F2_READ, True),
                    ("F", F2_KEY, True),
                    ("F", F2_MENTOR, False),
                    ("F", F2_TRANS, True),
                ],
            ),
            _un("G"),
            ("S", "G", G2_SLT),
            ("p", G2_MED),
            _un("H1"),
            ("S", "H1", "Not applicable."),
            _un("H2"),
            ("S", "H2", "Early Help family support will continue as agreed with Ms Okonkwo."),
            _un("I"),
            (
                "S",
                "I",
                "Riverside Learning Centre, Canal Street, Hollinsford (pupil referral unit), until a permanent placement is agreed.",
            ),
            _un("J"),
            ("S", "J", "No personal budget."),
            _un("K"),
            (
                "S",
                "K",
                "Report of Dr Felicity Marchbank, independent educational psychologist (August 2026); progress report from Riverside Learning Centre (October 2026); speech and language therapy advice (2024).",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP2,
            style="folder",
            footer="Dr F Marchbank, Chartered Educational Psychologist - report prepared for the First-tier Tribunal (SEND) - page {n} of {m}",
            author="F Marchbank",
            blocks=[
                ("org", "Marchbank Psychology"),
                (
                    "small",
                    "12 Priory Walk, Hollinsford - 01632 960791 - office@marchbankpsych.example.org",
                ),
                ("title", "Independent Educational Psychology Report"),
                (
                    "p",
                    "Prepared at the request of Ms Grace Okonkwo for the appeal to the First-tier Tribunal (Special Educational Needs and Disability). I understand my duty is to the tribunal. Assessed on 11 and 14 August 2026.",
                ),
                ("h", 1, "1. Background"),
                (
                    "p",
                    [
                        X(
                            "Dylan was permanently excluded from Hollinsford Park Academy in June 2026 after an incident in which he pushed a member of staff.",
                            "history",
                        ),
                        X(
                            "He had received four fixed-term exclusions in Year 6 and Year 7 before that.",
                            "history",
                        ),
                        X(
                            "A speech and language therapist diagnosed a developmental language disorder in 2024, but no therapy was provided after the initial block.",
                            "history",
                        ),
                    ],
                ),
                ("h", 1, "2. Assessment findings"),
                (
                    "grid",
                    [
                        ["Measure", "Score", "Descriptor"],
                        ["WISC-V Verbal Comprehension", "74", "Very low"],
                        ["WISC-V Visual Spatial", "103", "Average"],
                        ["WISC-V Working Memory", "69", "Extremely low"],
                        ["WISC-V Processing Speed", "85", "Low average"],
                        [
                            "York Assessment of Reading for Comprehension",
                            "Reading age 8 years 2 months",
                            "Chronological age 12 years 4 months",
                        ],
                    ],
                    [0.45, 0.3, 0.25],
                    True,
                ),
                (
                    "p",
                    [
                        X(
                            "Dylan's visual-spatial reasoning is in the average range, and he solved the block design puzzles quickly and with obvious enjoyment.",
                            "test result: strength",
                        ),
                        N(
                            "His understanding of spoken language is very weak for his age; he lost the thread of any instruction longer than about eight words and often did only the last part.",
                            "communication_interaction",
                            B2_UNDER,
                        ),
                        N(
                            "When asked to explain what had happened at his last school, he could not sequence the events, became frustrated and said 'whatever, I just hit him, didn't I'.",
                            "communication_interaction",
                            B2_EXPLAIN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His working memory is extremely weak: he cannot hold a sentence in mind long enough to write it down, and forgets the steps of a task part way through.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "He attended to tasks for around four to five minutes before fidgeting, leaving his seat or starting to talk about something else.",
                            "cognition_learning",
                            B2_ATTN,
                        ),
                        N(
                            "His reading is four years behind his age, with weak decoding of multi-syllable words.",
                            "cognition_learning",
                            B2_READ,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Dylan often misreads what others mean, taking a neutral look or a joke as a threat, and then responds as if he were under attack.",
                            "semh",
                            None,
                        ),
                        N(
                            "He now describes himself as 'the bad kid' and expects adults to give up on him.",
                            "semh",
                            B2_SELF,
                        ),
                    ],
                ),
                ("h", 1, "3. Placement options"),
                (
                    "p",
                    [
                        X(
                            "Option A, a return to a mainstream secondary with support, was considered; I do not recommend it now, because in a class of thirty he would not understand most of what is said, and a further exclusion would be very likely.",
                            "option considered and rejected",
                        ),
                        X(
                            "Option B, remaining at the pupil referral unit, gives him stability, but it is a short-stay provision and cannot give him the language teaching he needs.",
                            "option considered and rejected",
                        ),
                        "Option C, a small specialist school for pupils with social, emotional and mental health needs that has speech and language therapy on site, is the option I recommend.",
                    ],
                ),
                ("h", 1, "4. Provision required"),
                (
                    "p",
                    [
                        R(
                            "Dylan should be taught in classes of no more than eight pupils, with at least two adults in the room.",
                            "semh",
                            "not_specific",
                            F2_SMALL,
                        ),
                        X(
                            "Without this, he will again miss most of what is taught, fill the gap with disruption, and be at risk of a second exclusion.",
                            "consequence argued",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He needs direct speech and language therapy from a qualified therapist for 45 minutes each week, with a language programme carried out by a trained assistant three times a week between sessions.",
                            "communication_interaction",
                            "wrong_section",
                            G2_SLT,
                            section="G",
                        ),
                        X(
                            "Therapy for his language disorder is educational provision because it is what lets him understand his lessons.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "He should have a structured phonics-based reading intervention one to one every day for 20 minutes.",
                            "cognition_learning",
                            "less",
                            F2_READ,
                        ),
                        X(
                            "With anything less frequent, at his rate of forgetting, the gains of one session are lost before the next.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Every adult who teaches him should give one instruction at a time, check his understanding by asking him to say it back, and support it with a visual timetable and prompts, with training from the speech and language therapist.",
                            "communication_interaction",
                            "specific",
                            F2_KEY,
                        ),
                        R(
                            "He should have a planned movement break every 20 minutes, with a job to do such as taking a message, rather than waiting until he is already out of his seat.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "A weekly one-hour session with a trained mentor or therapeutic key worker, focused on rebuilding his view of himself and on reading social situations, for at least a year.",
                            "semh",
                            "not_specific",
                            F2_MENTOR,
                        ),
                        X(
                            "Without this, he will carry the belief that he is 'the bad kid' into his next school and act on it.",
                            "consequence argued",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "The paediatrician should review his ADHD medication, as its effect appears to wear off by early afternoon.",
                            "health",
                            "not_educational",
                            G2_MED,
                            section="G",
                        ),
                        X(
                            "His mother has already started a reward chart at home and it is working well.",
                            "support already in place",
                        ),
                    ],
                ),
                ("p", "Dr Felicity Marchbank, CPsychol, HCPC PYL28113, 25 August 2026."),
            ],
        ),
        dict(
            file=AP2,
            footer="Riverside Learning Centre - pupil progress report - autumn half term 1",
            author="Riverside Learning Centre",
            blocks=[
                ("org", "Riverside Learning Centre"),
                (
                    "small",
                    "Canal Street, Hollinsford - 01632 960245 - office@riverside-lc.example.org",
                ),
                ("title", "Progress report: Dylan Okonkwo-Reid"),
                (
                    "p",
                    "Autumn half term 1, 2026. Written by Mr Karim Lodhi, head of centre, and Ms Bea Tranter, Dylan's key worker.",
                ),
                ("b", "How Dylan has settled"),
                (
                    "p",
                    [
                        X(
                            "Dylan has attended 96% of sessions since joining us on 8 September, compared with 71% at his last school.",
                            "progress",
                        ),
                        X("He has had no fixed-term exclusions with us.", "progress"),
                        X(
                            "He has made a good friend and is proud to be the centre's bike mechanic.",
                            "strength",
                        ),
                    ],
                ),
                ("b", "What is still hard"),
                (
                    "p",
                    [
                        N(
                            "Most of Dylan's incidents happen at changeovers, break and lunch, when there is less structure and more noise; lessons are much calmer.",
                            "semh",
                            B2_TRANS,
                        ),
                        N(
                            "When he is frustrated he leaves the classroom and has twice left the site and walked towards the main road, which puts him in danger.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("b", "Targets"),
                (
                    "grid",
                    [
                        ["Target", "Progress", "Next step"],
                        [
                            "Stay in class for a whole lesson",
                            X("Achieved in 4 of 5 lessons most days.", "progress"),
                            "Keep the adult meeting him at each changeover.",
                        ],
                        [
                            "Use the feelings card",
                            "Used twice this half term.",
                            "Practise it with his key worker daily.",
                        ],
                        [
                            "Read a page of his class book aloud",
                            "With help.",
                            "Continue reading programme.",
                        ],
                    ],
                    [0.35, 0.3, 0.35],
                    True,
                ),
                ("b", "Our recommendations"),
                (
                    "bul",
                    [
                        R(
                            "An adult should continue to meet Dylan at every changeover and at the start of break and lunch, and he should keep his place in the lunch club, because this is what has cut his incidents most.",
                            "semh",
                            "specific",
                            F2_TRANS,
                        ),
                        R(
                            "He needs a written risk assessment and positive behaviour support plan, reviewed each half term, with a named safe place to go when he needs to leave a room, so that leaving the room never means leaving the site.",
                            "semh",
                            "missing_from_f",
                        ),
                        X(
                            "We looked at using a locked gate but this would not be allowed for a single pupil and would not teach him anything.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "K Lodhi, Head of Centre, 23 October 2026."),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalba-03: Coldmarsh County Council; Tayla Brennan-Shaw, 10, Year 5, looked after
# by the council and in foster care, educated otherwise than in school (EOTAS) with a
# tuition package (attachment difficulties, a demand-avoidant profile).
# Layout "part-letter-colon-headings": each heading is "Part B: Special educational needs".
# ---------------------------------------------------------------------------

B3_WRITE = "Tayla avoids writing whenever she can and her written work is well below what is expected for her age."
B3_MATHS = "Her number skills are insecure; she is working at about the level expected in Year 2."
B3_GROUP = "Tayla can only cope with being around other children for short periods."
B3_ATTACH = "Because of her early experiences, Tayla watches adults closely for signs of their mood and needs to feel in control of what happens."
B3_DEMAND = "Tayla finds it very hard to do things she is asked to do, and direct requests often lead to her refusing, changing the subject or becoming distressed."
B3_TRUST = "She does not trust adults easily and will not ask for help."

F3_TUTOR = "A package of tuition from an approved tutor, for 10 hours a week, at the foster home and the local library."
F3_TEAM = "Tuition will be given by a team of no more than two named tutors, who will hand over to each other in writing after every session; any change of tutor will be planned with Tayla's foster carer and introduced over at least two joint sessions."
F3_PDA = "Adults will use approaches that suit Tayla's needs."
F3_MIX = "Opportunities to mix with other children where possible."
F3_PREC = "Precision teaching of number facts for 10 minutes every tuition day."
H3_TRAIN = "Children's social care will arrange training on attachment for Tayla's foster carers and tutors."
H3_LIFE = "Tayla's social worker will carry out life story work with her."
G3_DDP = "Coldmarsh CAMHS looked-after children's team will offer dyadic developmental psychotherapy to Tayla and her foster carers every two weeks."

PEP3 = "personal_education_plan.docx"
LAC3 = "camhs_lac_team_report.pdf"


def _part(sid: str) -> tuple:
    return ("H", sid, f"Part {sid}: {NAMES[sid]}", "h1")


CASE_03 = dict(
    name="case-evalba-03",
    layout="part-letter-colon-headings",
    summary=(
        "Coldmarsh County Council; Tayla Brennan-Shaw, 10, Year 5, looked after and living with foster carers, "
        "educated otherwise than in school since February 2026 with a tuition package (attachment difficulties, "
        "a pathological-demand-avoidance profile). Each heading is a Word heading 'Part B: Special educational "
        "needs'. The virtual school's personal education plan (.docx) with a Target / What will help / Outcome "
        "table and a phased move to group learning in weeks and hours, and a report from the CAMHS "
        "looked-after children's team (.pdf) written in the first person plural."
    ),
    note="Attachment training for Tayla's tutors is recommended as educational provision but stands in H2 as social care's offer: provision in the wrong section. Dyadic developmental psychotherapy in G and life story work in H2 are correctly placed and not educational.",
    plan=dict(
        file="plan.docx",
        footer="Coldmarsh County Council - EHC plan - Tayla Brennan-Shaw - OFFICIAL-SENSITIVE",
        author="Coldmarsh SEND Statutory Team",
        title="EHC Plan - Tayla Brennan-Shaw",
        blocks=[
            ("org", "COLDMARSH COUNTY COUNCIL"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Tayla Brennan-Shaw"),
                    ("Date of birth", "30 September 2016"),
                    ("NHS number", "999 771 0394"),
                    ("Legal status", "Looked after (section 31 care order)"),
                    ("Education", "Educated otherwise than in school (section 61), Year 5"),
                    ("Virtual school contact", "Mrs H Ostrowski, 01632 960846"),
                ],
            ),
            _part("A"),
            (
                "S",
                "A",
                "Tayla loves horses, slime-making and singing along to musicals, and she wants to ride a horse on her own.",
            ),
            (
                "p",
                "She says she likes learning 'when it's a game and no one's bossing me'. Her foster carers, Mr and Mrs Delacroix, want her to feel settled and, in time, to be part of a school again.",
            ),
            _part("B"),
            (
                "S",
                "B",
                "Tayla's needs are mainly in her social, emotional and mental health, which affect her learning.",
            ),
            ("h", 2, "Social, emotional and mental health"),
            ("p", [B3_ATTACH, B3_TRUST]),
            ("p", [B3_DEMAND, B3_GROUP]),
            ("h", 2, "Cognition and learning"),
            ("p", [B3_WRITE, B3_MATHS]),
            ("p", "Her reading is close to the expected level and she enjoys being read to."),
            _part("C"),
            (
                "S",
                "C",
                "Tayla is seen by the CAMHS looked-after children's team. Her health assessment is up to date.",
            ),
            _part("D"),
            (
                "S",
                "D",
                "Tayla is looked after by Coldmarsh County Council and lives with long-term foster carers. Her social worker is Mr O Kestrel.",
            ),
            _part("E"),
            (
                "S",
                "E",
                "By July 2027 Tayla will complete a short piece of writing of her own choosing each week.",
            ),
            ("p", "By July 2027 Tayla will know her number bonds to 20 and times tables to 5 x 5."),
            (
                "p",
                "By July 2027 Tayla will take part in a small group activity with one or two other children for an hour.",
            ),
            _part("F"),
            (
                "S",
                "F",
                "Because it would be inappropriate for Tayla to be educated in a school at present, the council will arrange the following under section 61 of the Children and Families Act 2014.",
            ),
            (
                "bul",
                [
                    ("F", F3_TUTOR, True),
                    ("F", F3_TEAM, True),
                    ("F", F3_PDA, False),
                    ("F", F3_MIX, False),
                    ("F", F3_PREC, True),
                ],
            ),
            _part("G"),
            ("S", "G", G3_DDP),
            _part("H1"),
            ("S", "H1", "None identified."),
            _part("H2"),
            ("S", "H2", H3_LIFE),
            ("p", H3_TRAIN),
            _part("I"),
            ("S", "I", "Educated otherwise than in school: no school is named."),
            _part("J"),
            ("S", "J", "The tuition package is commissioned by the council; no direct payment."),
            _part("K"),
            (
                "S",
                "K",
                "Personal education plan, Coldmarsh Virtual School (autumn 2026); report from the CAMHS looked-after children's team (September 2026); social care advice.",
            ),
        ],
    ),
    reports=[
        dict(
            file=PEP3,
            style="folder",
            footer="Coldmarsh Virtual School - Personal Education Plan - autumn term 2026",
            author="Coldmarsh Virtual School",
            blocks=[
                ("org", "Coldmarsh Virtual School for Children in Care"),
                ("title", "Personal Education Plan (PEP) - autumn term 2026"),
                (
                    "kv",
                    [
                        ("Child", "Tayla Brennan-Shaw, Year 5"),
                        ("Education", "EOTAS tuition package"),
                        ("PEP meeting", "2 October 2026, at the foster home"),
                        (
                            "Present",
                            "Mrs H Ostrowski (virtual school adviser), Mr O Kestrel (social worker), Mrs J Delacroix (foster carer), Ms P Amadi (lead tutor)",
                        ),
                    ],
                ),
                ("b", "Progress since the last PEP"),
                (
                    "p",
                    [
                        X(
                            "Tayla has taken part in 92% of planned tuition sessions this term, up from 60% in the summer.",
                            "progress",
                        ),
                        X(
                            "She now reads a chapter book with her tutor and chose to read to her foster carer at bedtime.",
                            "progress: strength",
                        ),
                        X(
                            "Her designated teacher at Marsh Lane Primary, Mr Ruskin, supported her until February, when she left the school after three exclusions in a term.",
                            "history",
                        ),
                    ],
                ),
                ("b", "Tayla's learning now"),
                (
                    "p",
                    [
                        N(
                            "Tayla will not write more than a sentence or two; she tears up the page if she thinks it is wrong, and her writing is about three years behind.",
                            "cognition_learning",
                            B3_WRITE,
                        ),
                        N(
                            "In maths she relies on counting on her fingers and does not yet know her number bonds to 10, which is about Year 2 level.",
                            "cognition_learning",
                            B3_MATHS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "When she joined a home-education group at the library for a craft session she managed about twenty minutes before hiding under a table.",
                            "semh",
                            B3_GROUP,
                        ),
                        N(
                            "Tayla is very sensitive to noise, bright lights and smells, covers her ears in the library and will not use some rooms at all.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("b", "Targets for this term"),
                (
                    "grid",
                    [
                        ["Target", "What will help", "Outcome we want"],
                        [
                            "Know number bonds to 10",
                            R(
                                "Precision teaching of number facts for ten minutes in every tuition session.",
                                "cognition_learning",
                                "specific",
                                F3_PREC,
                            ),
                            X(
                                "Tayla answers number bond questions quickly without counting.",
                                "outcome",
                            ),
                        ],
                        [
                            "Learn for longer each week",
                            R(
                                "Increase tuition to 15 hours a week, spread across the foster home, the library and the riding stables, as she can now manage it.",
                                "cognition_learning",
                                "less",
                                F3_TUTOR,
                            ),
                            X(
                                "Tayla is learning for most of a school week's core subjects.",
                                "outcome",
                            ),
                        ],
                        [
                            "Be with other children",
                            R(
                                "A planned move into small-group learning, following the timetable below, at the Coldmarsh Hub.",
                                "semh",
                                "not_specific",
                                F3_MIX,
                            ),
                            X("Tayla spends a morning a week with a small group.", "outcome"),
                        ],
                    ],
                    [0.25, 0.45, 0.3],
                    True,
                ),
                (
                    "grid",
                    [
                        ["Weeks", "Hours with a group", "Who is there"],
                        ["1 to 3", "30 minutes a week", "Lead tutor and one other child"],
                        ["4 to 6", "1 hour a week", "Lead tutor and two children"],
                        [
                            "7 to 12",
                            "2 hours a week",
                            "Hub teacher, lead tutor, up to four children",
                        ],
                        ["13 onwards", "One morning a week", "Reviewed at the spring PEP"],
                    ],
                    [0.2, 0.3, 0.5],
                    True,
                ),
                ("b", "Pupil premium plus"),
                (
                    "p",
                    [
                        X(
                            "Pupil premium plus is already paying for Tayla's riding lessons, which are used as a reward and a setting for maths and language work.",
                            "support already in place",
                        ),
                        X(
                            "A return to a mainstream school this year was discussed and ruled out by everyone at the meeting, including Tayla.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Helena Ostrowski, Virtual School Adviser, 2 October 2026."),
            ],
        ),
        dict(
            file=LAC3,
            style="headed",
            footer="Coldmarsh CAMHS looked-after children's team - Wetherby Fen NHS Trust - confidential",
            author="Coldmarsh CAMHS LAC team",
            blocks=[
                ("org", "CAMHS Looked-After Children's Team"),
                (
                    "small",
                    "Wetherby Fen NHS Trust - The Old Rectory, Coldmarsh - 01632 960903 - lac.camhs@wetherbyfen-nhs.example.org",
                ),
                ("title", "Report for Tayla's EHC plan review"),
                (
                    "p",
                    "From Dr Imogen Farrell-Price, clinical psychologist, and Sanjay Mistry, systemic family therapist, 18 September 2026.",
                ),
                ("h", 2, "What we know about Tayla"),
                (
                    "p",
                    [
                        X(
                            "Tayla came into care at the age of six after neglect and domestic abuse at home, and had three foster placements before she moved to the Delacroix family in 2024.",
                            "history",
                        ),
                        X(
                            "The placement is stable and her carers are warm and consistent.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Tayla is hypervigilant: she watches adults' faces and tone constantly and tries to control what happens next, because in her early life adults were unpredictable.",
                            "semh",
                            B3_ATTACH,
                        ),
                        N(
                            "We see a strong pattern of demand avoidance, in which even a friendly suggestion such as 'shall we start?' leads to refusal, silliness, changing the subject and, if pressed, panic.",
                            "semh",
                            B3_DEMAND,
                        ),
                        N(
                            "She finds it very hard to trust adults and will struggle on alone rather than ask for help.",
                            "semh",
                            B3_TRUST,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Tayla's feelings escalate very fast, from calm to screaming in seconds, and she needs a long time, often over an hour, to calm down; she cannot yet say what she is feeling.",
                            "semh",
                            None,
                        ),
                        N(
                            "Endings and changes of adult are very hard for her: when a tutor left in the summer she stopped eating and refused all tuition for three weeks.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "What we recommend"),
                (
                    "bul",
                    [
                        R(
                            "We recommend that all of Tayla's tutors use a low-demand, indirect style: offering choices, making requests impersonal ('the timer says...'), and reducing demands on days when she is anxious.",
                            "semh",
                            "not_specific",
                            F3_PDA,
                        ),
                        X(
                            "Direct demands read to her as threats, and this approach lowers her anxiety enough for learning to happen.",
                            "reason for a recommendation",
                        ),
                        R(
                            "We recommend keeping the same one or two tutors, with a written handover, and planning any change of tutor carefully over several joint sessions.",
                            "semh",
                            "specific",
                            F3_TEAM,
                        ),
                        R(
                            "We recommend that every tutor has attachment and trauma training before they start with Tayla.",
                            "semh",
                            "wrong_section",
                            H3_TRAIN,
                            section="H2",
                        ),
                        R(
                            "We recommend that an educational psychologist meets Tayla's tutors once each half term to help them reflect on her behaviour and adapt their teaching.",
                            "semh",
                            "missing_from_f",
                        ),
                        X(
                            "Without this, tutors tend to burn out and leave, and each loss of an adult confirms Tayla's belief that adults go away.",
                            "consequence argued",
                        ),
                        R(
                            "We recommend an occupational therapy assessment of her sensory needs and a sensory plan for her learning spaces.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        R(
                            "We will continue fortnightly dyadic developmental psychotherapy with Tayla and her carers.",
                            "health",
                            "not_educational",
                            G3_DDP,
                            section="G",
                        ),
                        R(
                            "Her social worker should continue life story work, at a pace Tayla sets.",
                            "social_care",
                            "not_educational",
                            H3_LIFE,
                            section="H2",
                        ),
                        X(
                            "We considered a referral for an autism assessment and agreed with her carers to wait a year, because trauma and attachment may explain the pattern we see.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("p", "Dr I Farrell-Price, Clinical Psychologist, HCPC PYL34902."),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03]
