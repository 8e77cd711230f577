# ruff: noqa: E501
"""Set AA as data: looked-after and previously looked-after children (foster care, special
guardianship, a children's home, adoption), with advice from a virtual school, a social
worker, clinical psychologists, an educational psychologist, a looked-after children's
nurse and carers, in four plan layouts no earlier set has.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalaa-01: Hollinbrook County Council; Tyler-Jay Brennan, 7, Year 2, foster care
# layout "pep-cross-referenced-headings": each heading names the section and, in
# brackets, the part of the child's Personal Education Plan that it links to.
# ---------------------------------------------------------------------------

B1_SPEECH = "Tyler-Jay has delayed expressive language; he uses short sentences and finds it hard to explain what has happened or how he feels."
B1_LIT = "He has literacy difficulties and is working below age-related expectations in phonics, reading and spelling."
B1_MATHS = "His number skills are insecure: he counts reliably to 20 but does not yet understand place value."
B1_REG = "Tyler-Jay finds it very hard to regulate his emotions, particularly at times of change, and may hide, run from the classroom or throw equipment when he is overwhelmed."
B1_ALERT = "He is highly alert to noise and to adults' movements around him, which draws his attention away from learning."
B1_UNSTR = "Unstructured times such as lunchtime and lining up are particularly difficult for him."
B1_CONTACT = "His anxiety rises before and after family time with his birth mother, and staff notice more dysregulated behaviour on those days."
B1_SLEEP = "Tyler-Jay's sleep is disturbed by nightmares, and tiredness affects his concentration on some mornings."

F1_KEY = (
    "A named key adult will check in with Tyler-Jay for 10 minutes at the start of each school day."
)
F1_CALM = "A calm space (the 'den') in the classroom that Tyler-Jay can go to with his key adult; he will practise using it with her for five minutes each day when he is calm."
F1_WORDS = "Staff will use the calming phrases agreed with his foster carers ('I can see you're worried; I'm here'), which will be written on his one-page profile."
F1_NURT = "Access to nurture group provision as appropriate."
F1_LUNCH = "Support at lunchtimes as required."
F1_TRANS = "Before any change of class, teacher, classroom or key adult, Tyler-Jay will have a photo book of the new arrangements and at least three visits with his key adult."
F1_LANG = "Tyler-Jay will take part in a small-group language session (Language for Thinking) led by a trained teaching assistant twice a week for 20 minutes."
F1_INSTR = "Adults will give instructions one step at a time, with a picture or written prompt, and will ask Tyler-Jay to say the instruction back before he starts."
F1_PHON = "A daily 20-minute phonics session in a group of no more than four pupils, in addition to whole-class phonics, delivered by a trained teaching assistant."
F1_FINE = "Opportunities to develop fine motor skills."
F1_MATHS = "Three 15-minute sessions a week of practical place value work with base-ten equipment, with a teaching assistant, in a group of up to three."

H2_1_TUITION = "Pupil Premium Plus, managed by the Virtual School, will fund one-to-one phonics tuition with a qualified teacher for two 30-minute sessions a week for two terms."
H2_1_PEP = "The designated teacher and the Virtual School will review Tyler-Jay's Personal Education Plan each term with his social worker and foster carers."

EP1 = "ep_report.pdf"
VS1 = "virtual_school_advice.docx"
FC1 = "foster_carer_views.docx"


def _pep(sid: str, text: str) -> tuple:
    """A Word heading that names the section and the PEP part it links to."""
    return ("H", sid, text, "h2")


CASE_01 = dict(
    name="case-evalaa-01",
    layout="pep-cross-referenced-headings",
    summary=(
        "Hollinbrook County Council; Tyler-Jay Brennan, 7, Year 2, in long-term foster care after a "
        "placement move in June 2026 (delayed expressive language, phonics and early number, "
        "emotional regulation and hypervigilance after early neglect). Each Word heading names the "
        "section and, in brackets, the part of his Personal Education Plan it links to. EP report "
        "(PDF), the Virtual School's advice and the foster carers' views (Word)."
    ),
    note="Headings read 'Section B: Special educational needs (PEP link: Part 3, My learning)'. Pupil Premium Plus phonics tuition, an educational provision, stands in H2 and is wrong_section; the termly PEP review in H2 is social care provision (not_educational). Soiling has resolved. Contact arrangements and permanence planning are social care matters stated in D.",
    plan=dict(
        file="plan.docx",
        footer="Hollinbrook County Council | EHC plan | Tyler-Jay Brennan | FINAL 16 November 2026 | OFFICIAL-SENSITIVE",
        author="Hollinbrook SEND Statutory Assessment Team",
        blocks=[
            ("org", "Hollinbrook County Council - SEND Statutory Assessment and Review Team"),
            ("title", "Education, Health and Care Plan"),
            ("small", "Name: Tyler-Jay Brennan    Date of birth: 11 January 2019    Year group: 2"),
            (
                "small",
                "Legal status: looked after (care order, section 31 Children Act 1989)    Responsible authority: Hollinbrook County Council",
            ),
            (
                "small",
                "This plan is written to sit alongside Tyler-Jay's Personal Education Plan (PEP). Each heading shows the part of the PEP it links to, so that the designated teacher can keep the two documents in step.",
            ),
            _pep(
                "A",
                "Section A: Tyler-Jay's views, interests and aspirations, and those of the people who care for him (PEP link: Part 1, All about me)",
            ),
            (
                "S",
                "A",
                "Tyler-Jay says he likes 'dinosaurs, Lego and Mrs K's pancakes' and that school is good 'when Miss Tanner is there'.",
            ),
            (
                "p",
                "He told his social worker that he wants to 'stay at Sandra and Paul's for ever and ever' and to be 'good at reading like Ollie'.",
            ),
            (
                "p",
                "His foster carers, Sandra and Paul Kettering, want him to feel safe at school, to make a friend and to enjoy books. His social worker, Ms Adaeze Okwu, wants a plan that will stay with him wherever he lives.",
            ),
            _pep("B", "Section B: Special educational needs (PEP link: Part 3, My learning)"),
            ("b", "Communication and interaction"),
            ("p", ("S", "B", B1_SPEECH)),
            ("b", "Cognition and learning"),
            ("p", [B1_LIT, B1_MATHS]),
            ("b", "Social, emotional and mental health"),
            ("p", [B1_REG, B1_ALERT]),
            ("p", [B1_UNSTR, B1_CONTACT]),
            (
                "p",
                "He is a sociable boy who wants friends, but he finds it hard to share an adult's attention with other children and will sometimes push to the front to be near his key adult.",
            ),
            ("b", "Sensory and physical"),
            ("p", B1_SLEEP),
            _pep(
                "C",
                "Section C: Health needs which relate to Tyler-Jay's SEN (PEP link: Part 5, My health)",
            ),
            (
                "S",
                "C",
                "Tyler-Jay's review health assessment (September 2026) found him to be well; his immunisations are up to date and his hearing and vision are normal.",
            ),
            (
                "p",
                "He has nightmares most nights; he has been referred to the CAMHS children in care team for advice to his carers.",
            ),
            _pep(
                "D",
                "Section D: Social care needs which relate to Tyler-Jay's SEN (PEP link: Part 6, My care plan)",
            ),
            (
                "S",
                "D",
                "Tyler-Jay is looked after by Hollinbrook County Council under a care order; his care plan is long-term foster care with Mr and Mrs Kettering, subject to the permanence panel in January 2027.",
            ),
            (
                "p",
                "He has supervised family time with his birth mother once a month and sees his older brother, who lives with another foster family, every fortnight.",
            ),
            _pep("E", "Section E: Outcomes (PEP link: Part 4, My targets)"),
            (
                "S",
                "E",
                "By July 2027 Tyler-Jay will read and spell words with the Phase 5 sounds taught in his phonics scheme.",
            ),
            (
                "p",
                "By July 2027 Tyler-Jay will tell an adult, in words or with his feelings cards, when he is worried, on most days without prompting.",
            ),
            (
                "p",
                "By the end of Year 3 Tyler-Jay will manage lunchtime and the line coming in from the playground without an incident in most weeks.",
            ),
            _pep(
                "F",
                "Section F: Special educational provision (PEP link: Part 4, How school will help me)",
            ),
            (
                "S",
                "F",
                "St Aidan's CE Primary School will make the following provision from its own resources and the top-up funding agreed by the council.",
            ),
            ("b", "Relationships and regulation"),
            (
                "bul",
                [
                    ("F", F1_KEY, True),
                    ("F", F1_CALM, True),
                    ("F", F1_WORDS, True),
                    ("F", F1_NURT, False),
                    ("F", F1_LUNCH, False),
                    ("F", F1_TRANS, True),
                ],
            ),
            ("b", "Language, literacy and number"),
            (
                "bul",
                [
                    ("F", F1_LANG, True),
                    ("F", F1_INSTR, True),
                    ("F", F1_PHON, True),
                    ("F", F1_FINE, False),
                    ("F", F1_MATHS, True),
                ],
            ),
            _pep("G", "Section G: Health provision (PEP link: Part 5, My health)"),
            (
                "S",
                "G",
                "The looked-after children's nurse will complete Tyler-Jay's review health assessment every six months and share the health plan with the designated teacher.",
            ),
            (
                "p",
                "The CAMHS children in care team will offer three consultation sessions to his foster carers about his sleep and nightmares.",
            ),
            _pep(
                "H1",
                "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (PEP link: none)",
            ),
            ("S", "H1", "None identified."),
            _pep("H2", "Section H2: Other social care provision (PEP link: Part 6, My care plan)"),
            (
                "S",
                "H2",
                "Tyler-Jay's social worker will visit him at home at least every six weeks and will see him on his own at each visit.",
            ),
            (
                "p",
                "Family time with his birth mother will be supervised by the Hollinbrook Family Time Service, once a month, after school on a Friday so that he has the weekend to settle.",
            ),
            ("p", H2_1_PEP),
            ("p", H2_1_TUITION),
            _pep("I", "Section I: Placement (PEP link: Part 2, My school)"),
            (
                "S",
                "I",
                "St Aidan's CE Primary School, Church Walk, Hollinbrook HF7 2QA (mainstream, voluntary aided).",
            ),
            _pep("J", "Section J: Personal budget (PEP link: none)"),
            ("S", "J", "No personal budget has been requested."),
            _pep(
                "K", "Section K: Advice and information (PEP link: Part 7, Who helped write this)"
            ),
            (
                "S",
                "K",
                "Educational psychology advice (Dr Imogen Fairclough, October 2026); Virtual School advice (October 2026); foster carers' views (October 2026); review health assessment (September 2026); social care advice (Ms Adaeze Okwu, October 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=EP1,
            header="Hollinbrook Educational Psychology Service - OFFICIAL-SENSITIVE",
            footer="Psychological advice - Tyler-Jay Brennan - page {n} of {m}",
            blocks=[
                ("org", "Hollinbrook Educational Psychology Service"),
                ("title", "Psychological advice for an EHC needs assessment"),
                (
                    "kv",
                    [
                        (
                            "Child",
                            "Tyler-Jay Brennan (DOB 11.01.2019), Year 2, St Aidan's CE Primary School",
                        ),
                        (
                            "Legal status",
                            "Looked after; lives with foster carers Mr and Mrs Kettering since June 2026",
                        ),
                        (
                            "Psychologist",
                            "Dr Imogen Fairclough, Educational Psychologist (HCPC registered)",
                        ),
                        ("Dates seen", "29 September and 6 October 2026"),
                        (
                            "Sources",
                            "Consultation with class teacher Miss Tanner, SENCo Mrs Oduya and foster carer Mrs Kettering; observation in class and at lunchtime; individual assessment",
                        ),
                    ],
                ),
                ("h", 2, "1. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler-Jay lived with his birth mother until he was four and has since lived in two foster placements.",
                            "history",
                        ),
                        "He was removed from his birth mother's care because of neglect, and his first foster placement ended in June 2026 when his carer retired.",
                        (
                            "X",
                            "His previous soiling difficulties have resolved since he moved to his current foster home.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    "School report that the move to Mr and Mrs Kettering has gone well, though the summer term was very unsettled and he missed eight days of school while the move was arranged.",
                ),
                ("h", 2, "Tyler-Jay's views"),
                (
                    "p",
                    "Tyler-Jay drew a picture of himself at school standing next to Miss Tanner and 'the den'. He said the best part of school is golden time and the worst part is 'when people shout in the line'. He would not talk about his first foster home, and I did not press him.",
                ),
                (
                    "p",
                    "Mrs Kettering said that he has settled into the family's routines quickly and now asks to help with the cooking at weekends.",
                ),
                ("h", 2, "2. Observation"),
                (
                    "p",
                    [
                        (
                            "N",
                            "In the classroom Tyler-Jay scans the room constantly and startles at sudden noises, such as a chair scraping or a door closing.",
                            "semh",
                            B1_ALERT,
                        ),
                        "During a 30-minute literacy lesson he looked up at the door eleven times and twice left his seat to check who was in the corridor.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "When he is told off, or when a task looks too hard, he often freezes, hides under a table or leaves the room.",
                            "semh",
                            B1_REG,
                        ),
                        "On the morning I observed, he went under the table when the teaching assistant moved to another group, and came out when she returned and sat beside him without comment.",
                    ],
                ),
                (
                    "p",
                    "At lunchtime he stayed close to the midday supervisor and did not join a game, though he watched a football game closely for most of the break.",
                ),
                ("h", 2, "3. Assessment"),
                (
                    "p",
                    "Tyler-Jay worked with me for two sessions of about 35 minutes each. He needed frequent reassurance and asked several times whether he was 'getting it right', but he settled once the tasks became familiar. I am confident that the results are a fair picture of what he can do at present, although they are likely to underestimate his potential.",
                ),
                (
                    "grid",
                    [
                        ["Scale (BAS-3)", "Standard score", "Description"],
                        ["Verbal Similarities", "94", "Average"],
                        ["Naming Vocabulary", "79", "Low"],
                        ["Recall of Digits Forward", "72", "Very low"],
                        ["Pattern Construction", "98", "Average"],
                        ["Early Number Concepts", "81", "Below average"],
                    ],
                    [0.5, 0.2, 0.3],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the BAS-3 Tyler-Jay's verbal similarities score fell in the average range, which suggests that his underlying reasoning is a strength.",
                            "test result / strength",
                        ),
                        "His non-verbal problem solving was also in the average range.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tyler-Jay's expressive language is well below that expected for his age; he tends to use three- or four-word sentences and cannot yet give an ordered account of an event.",
                            "communication_interaction",
                            B1_SPEECH,
                        ),
                        "When I asked him about his weekend, he said 'went park... Paul... ice cream' and could not say what happened first.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His auditory working memory is a significant weakness: he could repeat back only three digits, and in class he loses the second and third parts of an instruction.",
                            "cognition_learning",
                            None,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He knows 19 of the 44 phonemes taught in the school's scheme and cannot yet blend sounds to read unfamiliar three-letter words.",
                            "cognition_learning",
                            B1_LIT,
                        ),
                        "He recognised six of the first 45 high-frequency words.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Tyler-Jay's pencil grip is immature, and he finds it hard to form letters of a consistent size or to keep them on the line.",
                            "sensory_physical",
                            None,
                        ),
                        "He tires quickly when writing and wrote four words in ten minutes.",
                    ],
                ),
                ("h", 2, "4. Formulation"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler-Jay's difficulties are, in my view, best understood as arising from both his early experiences and genuine learning needs; the two are not alternatives, and the plan should address both.",
                            "argued opinion",
                        ),
                        "It has been suggested at his last PEP meeting that his literacy difficulties will resolve once he feels safe; the evidence of the last two years, in which he has made slow progress even in settled periods, does not support waiting to see.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I have considered whether an assessment for ADHD would be useful, but it is not advised at this stage because his inattention is better explained by hypervigilance and should be looked at again once he has been settled for a year.",
                            "option considered and not taken up",
                        ),
                        "His class teacher agrees that his attention is much better when his key adult is beside him and the room is calm, which is not the pattern one would expect from ADHD.",
                    ],
                ),
                (
                    "p",
                    "I have shared these findings with Mrs Oduya, who is both SENCo and designated teacher, and with Mr and Mrs Kettering, who recognised the picture they give.",
                ),
                ("h", 2, "5. Recommendations"),
                (
                    "p",
                    [
                        "The following are the provisions I consider necessary to meet Tyler-Jay's needs.",
                        (
                            "X",
                            "They should be delivered by adults who know him well.",
                            "general introduction to the recommendations",
                        ),
                    ],
                ),
                (
                    "num",
                    [
                        (
                            "R",
                            "Tyler-Jay should have a named key adult who checks in with him for 10 minutes on arrival each morning and again for 10 minutes after lunch, every day.",
                            "semh",
                            "less",
                            F1_KEY,
                        ),
                        (
                            "R",
                            "He would benefit from a small language group, such as one following the Language for Thinking approach, three times a week for 20 minutes, led by a trained teaching assistant.",
                            "communication_interaction",
                            "less",
                            F1_LANG,
                        ),
                        (
                            "R",
                            "Precision teaching of high-frequency words for 10 minutes every day, with progress charted weekly, is recommended.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Instructions should be given one step at a time and backed up with a visual prompt, and Tyler-Jay should be asked to repeat the instruction back to the adult.",
                            "cognition_learning",
                            "specific",
                            F1_INSTR,
                        ),
                        (
                            "R",
                            "The daily 20-minute phonics session in a group of no more than four pupils, in addition to whole-class phonics, should continue.",
                            "cognition_learning",
                            "specific",
                            F1_PHON,
                        ),
                        (
                            "R",
                            "A fine motor programme, such as 'Clever Fingers', for 10 minutes three times a week, would help him build the hand strength he needs for writing.",
                            "sensory_physical",
                            "not_specific",
                            F1_FINE,
                        ),
                    ],
                ),
                (
                    "p",
                    "I would be happy to attend Tyler-Jay's next PEP meeting to talk through this advice.",
                ),
                (
                    "p",
                    "Copies to: Mrs Oduya (SENCo and designated teacher); Ms Okwu (social worker); Mr and Mrs Kettering; Hollinbrook Virtual School; Hollinbrook SEND team.",
                ),
                (
                    "p",
                    "Dr Imogen Fairclough, Educational Psychologist, Hollinbrook Educational Psychology Service, County Hall, Hollinbrook HF1 1AA. Telephone 01632 960231, imogen.fairclough@example.org. 13 October 2026.",
                ),
            ],
        ),
        dict(
            file=VS1,
            footer="Hollinbrook Virtual School for Children in Care - advice for EHC needs assessment",
            author="Hollinbrook Virtual School",
            blocks=[
                ("org", "Hollinbrook Virtual School for Children in Care"),
                ("title", "Virtual School advice: Tyler-Jay Brennan"),
                (
                    "kv",
                    [
                        (
                            "Written by",
                            "Mr Desmond Achebe, Education Adviser, for Mrs Carol Whitlock, Virtual School Head",
                        ),
                        ("School", "St Aidan's CE Primary School (designated teacher: Mrs Oduya)"),
                        ("Date", "15 October 2026"),
                    ],
                ),
                ("h", 2, "Why we are writing"),
                (
                    "p",
                    "The Virtual School Head has a duty to promote the educational achievement of every child looked after by Hollinbrook County Council. We attend Tyler-Jay's PEP meetings each term and we supported the school's request for this assessment.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler-Jay moved to his current foster carers, Mr and Mrs Kettering, in June 2026, after his previous placement ended at the carer's request.",
                            "history / change of carers",
                        ),
                        "He has stayed at St Aidan's throughout, which the Virtual School strongly supported so that he kept his school, his teacher and his friends while his home changed.",
                    ],
                ),
                ("h", 2, "Attendance and progress"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler-Jay's attendance since September is 96.4%, and he has had no suspensions.",
                            "attendance",
                        ),
                        (
                            "N",
                            "His phonics screening check score in June 2026 was 14, well below the threshold, and his reading age is about 18 months below his chronological age.",
                            "cognition_learning",
                            B1_LIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "In maths he can count to 20 but does not yet understand that 14 is one ten and four ones.",
                            "cognition_learning",
                            B1_MATHS,
                        ),
                        "He enjoys practical maths and is proud of his times-table stickers.",
                    ],
                ),
                ("h", 2, "PEP targets, summer and autumn 2026"),
                (
                    "grid",
                    [
                        ["PEP target", "What was done", "Outcome"],
                        [
                            "Know all Phase 3 sounds by October",
                            "Daily small-group phonics with Mrs Hale",
                            "Partly met: 19 of 25 sounds",
                        ],
                        [
                            "Come into class without an adult's hand by July",
                            "Key adult met him at the gate",
                            "Met in June; lost after the move; met again in September",
                        ],
                        [
                            "Tell an adult when he is worried",
                            "Feelings cards on his table",
                            "Not yet met",
                        ],
                    ],
                    [0.36, 0.34, 0.3],
                ),
                (
                    "p",
                    "The Virtual School holds Pupil Premium Plus of £2,570 a year for Tyler-Jay; this year £1,200 has been passed to school for a reading intervention and for his key adult's time at PEP meetings.",
                ),
                ("h", 2, "What we see as Tyler-Jay's needs"),
                (
                    "p",
                    [
                        (
                            "N",
                            "He finds it very hard to manage unstructured times, and most of the incidents recorded this year happened at lunchtime or in the line coming in from the playground.",
                            "semh",
                            B1_UNSTR,
                        ),
                        (
                            "N",
                            "Tyler-Jay becomes anxious before family time with his birth mother and on the day after it, and staff see more dysregulated behaviour on those days.",
                            "semh",
                            B1_CONTACT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Family time is arranged by his social worker and is not something school can change, but school can plan around it.",
                            "social care arrangement, not an SEN",
                        )
                    ],
                ),
                (
                    "p",
                    "We have discussed this advice with Ms Okwu, Tyler-Jay's social worker, who agrees with it.",
                ),
                ("h", 2, "What we recommend"),
                (
                    "p",
                    (
                        "R",
                        "The Virtual School recommends that Pupil Premium Plus is used to fund one-to-one phonics tuition with a qualified teacher, two 30-minute sessions each week, for at least two terms.",
                        "cognition_learning",
                        "wrong_section",
                        H2_1_TUITION,
                        {"section": "H2"},
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "All staff who work with Tyler-Jay, including midday supervisors, should complete the Virtual School's attachment and trauma awareness training before the end of the autumn term 2026.",
                        "semh",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "A structured lunchtime club, run by a familiar adult in a quiet room, should be offered every day, with Tyler-Jay going out to the playground for the last 15 minutes only when he is ready.",
                        "semh",
                        "not_specific",
                        F1_LUNCH,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "Any change of class teacher, classroom or key adult should be prepared for with a photo book and at least three visits beforehand.",
                        "semh",
                        "specific",
                        F1_TRANS,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "The designated teacher should continue to hold a PEP meeting each term with his social worker and carers, and the PEP targets should be taken from the outcomes in this plan.",
                        "social_care",
                        "not_educational",
                        H2_1_PEP,
                        {"section": "H2"},
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The draft plan did not mention how family time affects Tyler-Jay in school, and we have asked the SEN team to add this.",
                            "comment on the draft plan",
                        )
                    ],
                ),
                (
                    "sig",
                    [
                        "Desmond Achebe",
                        "Education Adviser, Hollinbrook Virtual School",
                        "Telephone 01632 960244    virtual.school@example.org",
                    ],
                ),
            ],
        ),
        dict(
            file=FC1,
            footer="Foster carers' views - Tyler-Jay Brennan",
            author="S Kettering",
            blocks=[
                ("p", "Sandra and Paul Kettering"),
                ("p", "14 Orchard Rise, Hollinbrook HF9 4LD"),
                ("p", "12 October 2026"),
                ("p", "To the SEND team, Hollinbrook County Council"),
                ("b", "Our views for Tyler-Jay's EHC needs assessment"),
                ("p", "Dear Sir or Madam,"),
                (
                    "p",
                    "We are Tyler-Jay's foster carers and he has lived with us since 23 June 2026. His social worker asked us to write down what we see at home, so here it is in our own words.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tyler-Jay has come on so much since he came to us; he now lets me read him a story at bedtime and snuggles in.",
                            "progress",
                        ),
                        (
                            "X",
                            "He loves dinosaurs, Lego and helping Paul wash the car.",
                            "interests",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "The first few weeks were hard: he would not let us out of his sight and checked every night that the doors were locked, but that has settled and he now goes up to bed on his own.",
                        "resolved difficulty",
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He still can't tell us what has upset him; he just says 'don't know' or goes quiet.",
                            "communication_interaction",
                            B1_SPEECH,
                        ),
                        "It can take until bedtime before he comes out with it, and sometimes it is something that happened at school that morning.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He has nightmares most nights and is often awake between two and four in the morning, so some mornings he is exhausted before school even starts.",
                            "health",
                            B1_SLEEP,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He needs everything to be the same every day; if his routine changes, even a supply teacher, we see it at home for days.",
                            "semh",
                            B1_REG,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "We have been told we are a long-term match for Tyler-Jay, but nothing is certain until the permanence panel in January.",
                            "social care: care planning",
                        )
                    ],
                ),
                ("p", "What we would like school to do:"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "keep using the same words we use at home when he is upset ('I can see you're worried; I'm here') so he hears the same thing everywhere",
                            "semh",
                            "specific",
                            F1_WORDS,
                        )
                    ],
                ),
                ("p", "What we will do at home:"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "read his school book and go over his sound cards for ten minutes after tea, five nights a week",
                            "cognition_learning",
                            "not_educational",
                        ),
                        (
                            "R",
                            "tell school on a Monday morning if the weekend has been difficult",
                            "semh",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "We are happy for this letter to be shared with school and with Tyler-Jay's social worker.",
                ),
                ("p", "Yours faithfully,"),
                ("p", "Sandra and Paul Kettering"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalaa-02: Marrowby City Council; Poppy Latchford, 10, Year 5, special guardianship
# layout "lowercase-letters-in-parentheses": each section starts with a bold paragraph
# "(b) Poppy's special educational needs", the letter in lower case in brackets, as in
# the regulation's own list.
# ---------------------------------------------------------------------------

B2_TRUST = "Poppy finds it hard to trust adults and to accept help; she may refuse a task, or insist on doing it her own way, rather than let an adult support her."
B2_SHAME = "She is very sensitive to correction and to feeling that she has got something wrong, and this can lead to angry outbursts or to her leaving the room."
B2_PEER = "Poppy finds friendships difficult: she wants to control games and falls out with other children, particularly at lunchtime."
B2_TRANS = "She is very unsettled by unexpected changes, such as a supply teacher or a change to the timetable."
B2_SEP = "She can become very anxious about separations and about who will collect her from school."
B2_MASK = "Poppy often holds her feelings in during the school day and releases the tension at home afterwards, so school may not see how hard the day has been."
B2_READ = "Her reading comprehension and her written work are below age-related expectations."

F2_KEY = "A named key adult (a teaching assistant trained in attachment-aware practice) will spend 15 minutes with Poppy at the start of each day and will meet her at morning break, lunch and the end of the day; a second named adult will cover when the key adult is absent."
F2_REPAIR = "When Poppy needs to be corrected, adults will speak to her privately and briefly, and will follow up within the same lesson with a short, warm 'repair' conversation."
F2_STAFF = "Staff will be aware of Poppy's needs and will use a therapeutic approach."
F2_SUPPORT = "Access to emotional support when needed."
F2_LUNCH = (
    "Poppy will attend the lunchtime Lego club, led by a teaching assistant, on three days a week."
)
F2_CHANGE = "When a change of staff is known in advance, school will tell Poppy's grandmother the day before and send a photo of the adult who will be with her."
F2_GROUP = "Small group work where appropriate."
F2_READ = "Reciprocal reading in a group of up to four pupils, three times a week for 20 minutes, led by a teaching assistant."
F2_TYPE = "Poppy may type any piece of writing longer than a page on a school laptop, and will have 15 minutes of touch-typing practice twice a week."

G2_CAMHS = "The CAMHS looked-after and adopted children's team will offer a consultation to Elmcroft staff each term."
G2_THERAPLAY = "Poppy will have a weekly 30-minute Theraplay-informed session in school with her key adult, supervised termly by the CAMHS looked-after and adopted children's team."
H2_2_DDP = "Dyadic Developmental Psychotherapy for Poppy and her grandmother, fortnightly for 12 months from January 2027, funded through the Adoption and Special Guardianship Support Fund and arranged by the Special Guardianship Support Team."

CP2 = "clinical_psychology_report.pdf"
SG2 = "special_guardian_views.docx"


def _paren(sid: str, text: str) -> tuple:
    """A bold paragraph led by the section's letter in lower case in brackets."""
    return ("H", sid, text, "b")


CASE_02 = dict(
    name="case-evalaa-02",
    layout="lowercase-letters-in-parentheses",
    summary=(
        "Marrowby City Council; Poppy Latchford, 10, Year 5, previously looked after, living with her "
        "grandmother under a special guardianship order (developmental trauma: trust, shame, control, "
        "peer relationships, dissociation; reading comprehension). Each section starts with a bold "
        "paragraph led by its letter in lower case in brackets ('(b) ...', '(h1) ...'). An independent "
        "clinical psychologist's report on attachment and trauma (PDF) and the special guardian's "
        "views (Word)."
    ),
    note="Headings are bold paragraphs such as '(b) Poppy's special educational needs'. Theraplay-informed sessions delivered by school staff stand in (g) and are wrong_section; the CAMHS consultation in (g) and the DDP funded by the support fund in (h2) are health and social care provision (not_educational). Autism was considered and ruled out; self-harm has stopped.",
    plan=dict(
        file="plan.pdf",
        sans=True,
        header="Marrowby City Council    Education, Health and Care Plan    Poppy Latchford",
        footer="Final plan issued 2 November 2026 - page {n} of {m}",
        blocks=[
            ("org", "Marrowby City Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Poppy Latchford"),
                    ("Date of birth", "4 August 2016"),
                    ("School and year", "Elmcroft Junior School, Year 5"),
                    ("Status", "Previously looked after (special guardianship order, March 2021)"),
                    ("EHC co-ordinator", "Mr Lewis Amankwah, telephone 01632 960377"),
                ],
            ),
            (
                "p",
                "The plan is set out in the order of regulation 12(1) of the Special Educational Needs and Disability Regulations 2014.",
            ),
            _paren("A", "(a) Poppy's views, interests and aspirations, and those of her family"),
            (
                "S",
                "A",
                "Poppy says she wants to be a vet and to 'have a dog called Biscuit'. She likes art, swimming and her grandmother's cat.",
            ),
            (
                "p",
                "She said that school is 'OK when it's the same', and that she does not like it when 'people shout or when Mrs Finch is off'.",
            ),
            (
                "p",
                "Her grandmother and special guardian, Mrs Brenda Latchford, wants Poppy to feel that school is a safe place, to keep her friends and to go to secondary school with confidence.",
            ),
            _paren("B", "(b) Poppy's special educational needs"),
            ("p", ("S", "B", B2_TRUST)),
            ("p", B2_SHAME),
            ("p", B2_PEER),
            ("p", [B2_TRANS, B2_SEP]),
            ("p", B2_MASK),
            ("p", B2_READ),
            _paren("C", "(c) Health needs related to Poppy's special educational needs"),
            (
                "S",
                "C",
                "Poppy is physically well; she has no diagnosed medical conditions and takes no medication.",
            ),
            _paren("D", "(d) Social care needs related to Poppy's special educational needs"),
            (
                "S",
                "D",
                "Poppy is a previously looked-after child; she has lived with her maternal grandmother, Mrs Brenda Latchford, under a special guardianship order since March 2021.",
            ),
            (
                "p",
                "Mrs Latchford receives support under the council's special guardianship support plan, which is reviewed each year.",
            ),
            _paren("E", "(e) Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 6, Poppy will accept help with a task from her key adult on most occasions without refusing or leaving the room.",
            ),
            (
                "p",
                "By the end of Year 6, Poppy will take part in a lunchtime game with at least two other children and keep it going for ten minutes, with adult help if needed.",
            ),
            (
                "p",
                "By the end of Year 6, Poppy will answer inference questions about a text at the level expected for her age.",
            ),
            _paren("F", "(f) Special educational provision"),
            (
                "S",
                "F",
                "The following provision will be made by Elmcroft Junior School, with top-up funding at band 3.",
            ),
            (
                "bul",
                [
                    ("F", F2_KEY, True),
                    ("F", F2_REPAIR, True),
                    ("F", F2_STAFF, False),
                    ("F", F2_SUPPORT, False),
                    ("F", F2_LUNCH, True),
                    ("F", F2_CHANGE, True),
                    ("F", F2_GROUP, False),
                    ("F", F2_READ, True),
                    ("F", F2_TYPE, True),
                ],
            ),
            _paren("G", "(g) Health provision"),
            ("S", "G", G2_CAMHS),
            ("p", G2_THERAPLAY),
            _paren(
                "H1",
                "(h1) Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None."),
            _paren("H2", "(h2) Other social care provision"),
            (
                "S",
                "H2",
                "A special guardianship support worker will visit Mrs Latchford each month and will attend Poppy's annual review.",
            ),
            ("p", H2_2_DDP),
            _paren("I", "(i) Name and type of school"),
            (
                "S",
                "I",
                "Elmcroft Junior School, Larch Avenue, Marrowby KB3 8PW (mainstream community junior school).",
            ),
            _paren("J", "(j) Personal budget"),
            ("S", "J", "Mrs Latchford has not asked for a personal budget."),
            _paren("K", "(k) Advice and information"),
            (
                "S",
                "K",
                "Clinical psychology report (Dr Rosalind Ikeme, September 2026); views of Mrs Latchford (September 2026); school advice (Elmcroft Junior School, September 2026); advice from the Marrowby Virtual School (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=CP2,
            header="Dr Rosalind Ikeme, Consultant Clinical Psychologist - CONFIDENTIAL",
            footer="Psychological assessment: Poppy Latchford - page {n} of {m}",
            blocks=[
                (
                    "org",
                    "Ikeme Psychology - independent clinical psychology for children and families",
                ),
                ("title", "Psychological assessment of attachment and developmental trauma"),
                (
                    "kv",
                    [
                        ("Child", "Poppy Latchford, born 4 August 2016"),
                        (
                            "Commissioned by",
                            "Marrowby Special Guardianship Support Team, through the Adoption and Special Guardianship Support Fund",
                        ),
                        (
                            "Seen",
                            "Home visit 2 September 2026; school observation 9 September 2026; two individual sessions",
                        ),
                        (
                            "Author",
                            "Dr Rosalind Ikeme, DClinPsy, Consultant Clinical Psychologist, HCPC registered",
                        ),
                    ],
                ),
                ("h", 2, "1. Reason for referral"),
                (
                    "p",
                    "Mrs Latchford asked for help to understand Poppy's behaviour, which she describes as 'two different girls, one at school and one at home'. The school asked whether Poppy might be autistic. I was also asked to advise the council's EHC needs assessment.",
                ),
                ("h", 2, "2. Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Poppy was removed from her parents' care at the age of three after domestic abuse and parental substance misuse, and lived in two foster placements before a special guardianship order was made to her maternal grandmother in 2021.",
                            "history",
                        ),
                        "She has had no contact with her father since 2019 and sees her mother twice a year, supervised by Mrs Latchford.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Poppy's self-harm (scratching her arms), reported in 2024, has not recurred for over a year.",
                            "resolved difficulty",
                        ),
                        "Mrs Latchford attributes this to the calmer routine at home and to Poppy's teacher last year, with whom she had a close relationship.",
                    ],
                ),
                ("h", 2, "3. Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the Assessment Checklist for Children, completed by Mrs Latchford, Poppy's scores were in the clinically significant range for non-reciprocated displays of affection and for pseudomature interpersonal behaviour.",
                            "test result",
                        ),
                        "Her teacher's Strengths and Difficulties Questionnaire gave a total difficulties score in the high range, with the highest scores on the peer problems and emotional symptoms scales.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Poppy's relationships with adults are organised around control; she manages her anxiety by directing what happens, and she experiences an adult's help as a threat rather than a comfort.",
                            "semh",
                            B2_TRUST,
                        ),
                        "In the classroom she refused the teaching assistant's offer to help with a number line, then worked the problem out alone and showed the teacher.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She shows a strong shame response to even mild correction: she drops her head, goes silent and then, if the adult persists, shouts or runs.",
                            "semh",
                            B2_SHAME,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "During the assessment Poppy twice appeared to 'switch off', staring and not responding to her name for 20 to 30 seconds, and her grandmother and her teacher describe the same episodes, usually when she is told off or when there is shouting nearby.",
                            "semh",
                            None,
                        ),
                        "I understand these as dissociative responses, a common protective reaction in children who have lived with frightening adults.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Poppy does not reliably notice signals from her body: she often does not realise she is hungry, cold or needs the toilet until it is urgent.",
                            "sensory_physical",
                            None,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her peer relationships are fragile; she wants to be in charge of games and, when others do not follow her rules, the game usually ends in an argument.",
                            "semh",
                            B2_PEER,
                        ),
                        (
                            "N",
                            "She finds transitions within the school day, and especially unplanned changes of adult, very hard to cope with.",
                            "semh",
                            B2_TRANS,
                        ),
                    ],
                ),
                (
                    "p",
                    "In the classroom observation Poppy was working on a fractions task at a table of four. For most of the lesson she worked steadily and chatted with the girl beside her, and she looked at the teacher's face each time the teacher spoke to the class.",
                ),
                (
                    "p",
                    "In the individual sessions Poppy chose to draw, and told me a long story about a cat that kept running away from home and always came back. She was warm and funny, and she asked good questions about why I wanted to know about her.",
                ),
                ("h", 2, "4. Opinion"),
                (
                    "p",
                    [
                        (
                            "X",
                            "I was asked whether Poppy is autistic; in my opinion her social difficulties are better explained by developmental trauma, because she understands social rules well and uses them flexibly when she feels safe, and a specialist autism assessment is not indicated.",
                            "ruled-out diagnosis, argued",
                        )
                    ],
                ),
                (
                    "p",
                    "It would be wrong, however, to conclude that because her difficulties arise from her early experiences they are not special educational needs. They affect her learning every day and they call for provision that is different from, and additional to, what other children in her class receive. The question for the plan is what she needs, not why she needs it.",
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "The school have already introduced a meet-and-greet at the gate each morning, which Poppy says she likes.",
                            "support already in place",
                        ),
                        (
                            "X",
                            "A specialist SEMH school was raised by the previous headteacher as an option; I do not support this, because a further move would repeat the pattern of loss Poppy has already experienced.",
                            "option considered and not supported",
                        ),
                    ],
                ),
                ("h", 2, "5. Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Poppy needs one key adult in school with whom she can build a secure relationship; this adult should spend at least 15 minutes with her each morning and be available at transition points, with a second named adult to cover absences.",
                            "semh",
                            "specific",
                            F2_KEY,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "All staff who teach Poppy should be trained in the PACE approach (playfulness, acceptance, curiosity and empathy), with a follow-up consultation each term from a clinician experienced in developmental trauma.",
                            "semh",
                            "not_specific",
                            F2_STAFF,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Correction should be given privately and briefly, and followed quickly by a repair in which the adult shows that the relationship is intact.",
                            "semh",
                            "specific",
                            F2_REPAIR,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Weekly Theraplay-informed sessions of 30 minutes with her key adult, supervised by a trained Theraplay practitioner, are recommended to build her trust in adults in school.",
                            "semh",
                            "wrong_section",
                            G2_THERAPLAY,
                            {"section": "G"},
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Poppy should have a structured lunchtime club with a familiar adult every day, as the playground is where most of her difficulties with peers arise.",
                            "semh",
                            "less",
                            F2_LUNCH,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Short movement breaks about every 45 minutes, agreed in advance with a discreet signal, would help Poppy to regulate before she becomes overwhelmed.",
                            "sensory_physical",
                            "missing_from_f",
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "Dyadic Developmental Psychotherapy for Poppy and Mrs Latchford, fortnightly for 12 months, should be funded through the Adoption and Special Guardianship Support Fund.",
                            "semh",
                            "not_educational",
                            H2_2_DDP,
                            {"section": "H2"},
                        )
                    ],
                ),
                (
                    "p",
                    "Dr Rosalind Ikeme, Consultant Clinical Psychologist, 21 September 2026. 7 Chapel Yard, Marrowby KB1 2NN; telephone 01632 960512; r.ikeme@example.org.",
                ),
            ],
        ),
        dict(
            file=SG2,
            footer="Marrowby City Council - Parent and carer views form - Poppy Latchford",
            author="Marrowby SEN Team",
            sans=True,
            blocks=[
                ("org", "Marrowby City Council - SEN Team"),
                ("title", "Views of parents and carers"),
                (
                    "kv",
                    [
                        ("Child's name", "Poppy Latchford"),
                        ("Completed by", "Mrs Brenda Latchford (grandmother, special guardian)"),
                        ("Date", "14 September 2026"),
                    ],
                ),
                ("b", "1. What is Poppy good at? What does she enjoy?"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Poppy is a funny, clever girl who loves animals and wants to be a vet.",
                            "strength / aspiration",
                        ),
                        "She is brilliant at drawing and will spend hours on a picture of the cat.",
                    ],
                ),
                ("b", "2. What has happened in Poppy's life that school should know about?"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Since the special guardianship order she has been able to stay at the same school, which has made a big difference.",
                            "history",
                        ),
                        (
                            "X",
                            "I went on the 'Understanding Trauma' course run by the special guardianship support team last year, and it helped me understand why she pushes me away.",
                            "history: carer's training",
                        ),
                    ],
                ),
                (
                    "p",
                    "We moved house in 2022 to be nearer the school, and Poppy walks there with her friend Maisie's family on a Wednesday.",
                ),
                ("b", "3. What does Poppy find hard?"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Poppy holds it all in at school, and as soon as she gets in the car she explodes; the teachers say she is fine, but she is not fine.",
                            "semh",
                            B2_MASK,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She is still struggling with reading; she can read the words but can't tell you what the story was about.",
                            "cognition_learning",
                            B2_READ,
                        ),
                        (
                            "N",
                            "She gets very anxious about who is collecting her and asks me every morning whether I will be there at three o'clock.",
                            "semh",
                            B2_SEP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her handwriting is messy and she hates writing anything down, even a birthday card.",
                            "cognition_learning",
                            B2_READ,
                        )
                    ],
                ),
                ("b", "4. What help would you like school to give?"),
                (
                    "p",
                    [
                        (
                            "R",
                            "I would like school to send me a photo of whoever will be teaching her if her teacher is going to be off, so I can prepare her the night before.",
                            "semh",
                            "specific",
                            F2_CHANGE,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "She needs help with understanding what she reads, in a small group, every week.",
                            "cognition_learning",
                            "specific",
                            F2_READ,
                        )
                    ],
                ),
                ("b", "5. What will you do at home?"),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home I will keep to the same after-school routine: a snack, twenty minutes of quiet time in her room, then homework.",
                            "semh",
                            "not_educational",
                        )
                    ],
                ),
                ("b", "6. Anything else?"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The draft plan says she will get 'support when needed', which does not tell anyone what will actually happen.",
                            "comment on the draft plan",
                        )
                    ],
                ),
                ("p", "Signed: B. Latchford"),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalaa-03: Fernleigh Metropolitan Borough Council; Kieran Dobbs, 14, Year 9,
# moved from foster care to a children's home between the reports.
# layout "agency-letter-name-heading-rows": each section opens with a shaded one-row table
# of three cells: the lead agency, "Section B", and the section's name.
# ---------------------------------------------------------------------------

B3_LIT = "Kieran has significant literacy difficulties; his reading and spelling are at about the level expected of a nine-year-old, and he avoids reading aloud."
B3_ATT = "His attendance has been low and he has missed large parts of Years 7 and 8, which has left gaps in his learning across the curriculum."
B3_TRUST = "He has experienced many changes of carer and school and finds it very hard to trust adults, particularly new ones."
B3_AVOID = "When he feels he may fail or be shown up in front of other pupils, Kieran avoids the task, leaves the lesson or becomes confrontational."
B3_EF = "He finds it hard to organise himself, to remember equipment and to plan and finish longer pieces of work."
B3_TIRED = "Kieran is often tired in the morning because he goes to sleep late, and this affects his learning in the first lessons of the day."

F3_MENTOR = "Mentoring from the school's learning mentor for one hour a week, one to one, at a fixed time agreed with Kieran."
F3_TT = "A part-time timetable, increasing as Kieran is able to manage."
F3_EXIT = "An exit card that Kieran can use to leave a lesson and go to the inclusion base, where a named adult will talk with him for up to 10 minutes before he returns."
F3_ADULT = "Support from an adult in lessons where needed."
F3_LIT = "A literacy intervention (Fresh Start) in a group of no more than three, four times a week for 30 minutes, in a room away from the main corridor."
F3_VOCAB = "Pre-teaching of key subject vocabulary once a fortnight in English and science."
F3_CAT = "Catch-up support in maths."
F3_ORG = "A daily organiser checklist, checked with his key worker at the end of each day, and a set of equipment kept for him in the inclusion base."
F3_CAREERS = "A careers guidance interview with the school's careers adviser before the Year 9 options deadline in February 2027."

G3_FASD = "The community paediatrician will assess Kieran for fetal alcohol spectrum disorder; the appointment is expected by March 2027."
G3_CAMHS = "The CAMHS looked-after children's team will offer Kieran a therapeutic assessment at the clinic, not in school."
H2_3_GATE = "A key worker from Castlegate Academy will meet Kieran at the school gate each morning and will be his first point of contact during the day."
H2_3_LIFE = (
    "His social worker will complete six sessions of life story work with Kieran during 2027."
)
H2_3_IV = "The council will find an independent visitor for Kieran."

SW3 = "social_worker_advice.pdf"
LAC3 = "lac_health_assessment.docx"


def _row(agency: str, sid: str, name: str) -> tuple:
    """A shaded heading row: the lead agency, the section letter, the section's name."""
    return ("grid", [[agency, ("H", sid, f"Section {sid}", ""), name]], [0.2, 0.16, 0.64])


CASE_03 = dict(
    name="case-evalaa-03",
    layout="agency-letter-name-heading-rows",
    summary=(
        "Fernleigh Metropolitan Borough Council; Kieran Dobbs, 14, Year 9, looked after, who moved "
        "from foster care to a children's home between the reports (literacy, gaps from low "
        "attendance, trust, avoidance, organisation; a language difficulty and suspected fetal "
        "alcohol spectrum disorder raised by health). Each section opens with a shaded one-row "
        "table: lead agency | 'Section B' | name. Social worker's advice (PDF) and the "
        "looked-after children's nurse's review health assessment summary (Word)."
    ),
    note="Each section heading is the middle cell of a one-row table ('Section B'); the other cells name the lead agency and the section. The key worker meeting Kieran at the gate, an educational provision recommended by the social worker, stands in H2 and is wrong_section. Life story work and an independent visitor (H2), and the FASD and CAMHS assessments (G), are social care and health provision. The SW's view against a managed move concerns the placement in I.",
    plan=dict(
        file="plan.docx",
        sans=True,
        header="OFFICIAL-SENSITIVE",
        footer="Fernleigh MBC - EHC plan - Kieran Dobbs - issued 20 November 2026",
        author="Fernleigh MBC SEND Service",
        blocks=[
            ("org", "Fernleigh Metropolitan Borough Council - SEND Service"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Kieran Dobbs"),
                    ("Date of birth", "30 May 2012"),
                    ("NC year", "Year 9"),
                    ("Lives at", "Oakhurst House (registered children's home), Fernleigh"),
                    ("Legal status", "Looked after, care order"),
                    ("Social worker", "Mr Callum Redfern, Children in Care Team, 01632 960683"),
                    ("Virtual School", "Ms Harriet Quayle, Fernleigh Virtual School"),
                ],
            ),
            ("p", "The lead agency for each section is shown beside its letter."),
            _row(
                "All agencies",
                "A",
                "Kieran's views, interests and aspirations, and those of the people who care for him",
            ),
            (
                "S",
                "A",
                "Kieran says he wants to be a mechanic 'or a boxer' and to 'stay somewhere long enough to get my own room sorted'.",
            ),
            (
                "p",
                "He says teachers who 'don't go on at me' are the ones he works for, and he wants his sisters to know he is doing well.",
            ),
            (
                "p",
                "Staff at Oakhurst House want Kieran to go to school every day and to start thinking about college. His social worker wants him to stay at Castlegate Academy until the end of Year 11.",
            ),
            _row("Education", "B", "Kieran's special educational needs"),
            ("b", "Learning"),
            ("p", ("S", "B", B3_LIT)),
            ("p", B3_ATT),
            ("p", B3_EF),
            ("b", "Social, emotional and mental health"),
            ("p", [B3_TRUST, B3_AVOID]),
            ("p", B3_TIRED),
            _row(
                "Health", "C", "Kieran's health needs that relate to his special educational needs"
            ),
            (
                "S",
                "C",
                "Kieran is in good physical health; his immunisations, dental checks, vision and hearing are up to date.",
            ),
            (
                "p",
                "He sleeps late, smokes, and is waiting for a paediatric assessment because of a history of alcohol exposure before birth.",
            ),
            _row(
                "Social care",
                "D",
                "Kieran's social care needs that relate to his special educational needs",
            ),
            (
                "S",
                "D",
                "Kieran is looked after by Fernleigh MBC under a care order and has lived at Oakhurst House since September 2026, after his foster placement ended.",
            ),
            (
                "p",
                "He is at risk of criminal exploitation by older young people and has a safety plan agreed by the exploitation panel. He has letterbox contact with his two younger sisters, who are adopted.",
            ),
            _row("All agencies", "E", "Outcomes"),
            (
                "S",
                "E",
                "By July 2027 Kieran will attend full time and stay in lessons for at least four of the five periods on most days.",
            ),
            (
                "p",
                "By the end of Year 10 Kieran will read age-appropriate texts in his GCSE subjects with the help of a glossary.",
            ),
            (
                "p",
                "By the end of Year 9 Kieran will have chosen his GCSE options with advice from the careers adviser and the people who care for him.",
            ),
            _row("Education", "F", "Special educational provision"),
            ("S", "F", "Castlegate Academy will provide:"),
            (
                "bul",
                [
                    ("F", F3_MENTOR, True),
                    ("F", F3_TT, False),
                    ("F", F3_EXIT, True),
                    ("F", F3_ADULT, False),
                    ("F", F3_LIT, True),
                    ("F", F3_VOCAB, True),
                    ("F", F3_CAT, False),
                    ("F", F3_ORG, True),
                    ("F", F3_CAREERS, True),
                ],
            ),
            _row("Health", "G", "Health provision"),
            (
                "S",
                "G",
                "The looked-after children's nurse will complete Kieran's review health assessment every six months and will offer him the stop smoking service.",
            ),
            ("p", G3_FASD),
            ("p", G3_CAMHS),
            _row(
                "Social care",
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "Not applicable."),
            _row("Social care", "H2", "Any other social care provision"),
            (
                "S",
                "H2",
                "Kieran's placement at Oakhurst House, a four-bed children's home run by Brightpath Care, with staffing at a ratio of one adult to two young people.",
            ),
            (
                "p",
                "His social worker will visit at least every six weeks and his care plan will be reviewed by his independent reviewing officer every six months.",
            ),
            ("p", H2_3_GATE),
            ("p", [H2_3_LIFE, H2_3_IV]),
            _row("Education", "I", "Placement"),
            (
                "S",
                "I",
                "Castlegate Academy, Mill Road, Fernleigh HF12 6BD (mainstream academy, 11-16).",
            ),
            _row("All agencies", "J", "Personal budget"),
            (
                "S",
                "J",
                "No personal budget has been requested; Pupil Premium Plus is managed by the Virtual School through Kieran's PEP.",
            ),
            _row("All agencies", "K", "Advice and information"),
            (
                "S",
                "K",
                "Social care advice (Mr Callum Redfern, August 2026); review health assessment summary (Ms Joanne Mbatha, October 2026); school advice (Castlegate Academy, September 2026); Virtual School advice (September 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=SW3,
            header="Fernleigh MBC Children's Services - Children in Care Team",
            footer="Social care advice for EHC needs assessment - OFFICIAL-SENSITIVE - {n}/{m}",
            blocks=[
                ("org", "Fernleigh Metropolitan Borough Council - Children's Services"),
                ("title", "Social care advice: Kieran Dobbs"),
                (
                    "kv",
                    [
                        ("Young person", "Kieran Dobbs, DOB 30.05.2012"),
                        ("Current carers", "Mr and Mrs Hadley (local authority foster carers)"),
                        ("Social worker", "Callum Redfern, Children in Care Team"),
                        ("Date", "18 August 2026"),
                    ],
                ),
                ("h", 3, "1. Kieran's history"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kieran became looked after in 2019 under a care order, after years of neglect and domestic abuse at home.",
                            "history",
                        ),
                        "His younger sisters were placed for adoption in 2022.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He has had five placements and three secondary schools in two years, and he expects each new adult to give up on him.",
                            "semh",
                            B3_TRUST,
                        ),
                        (
                            "X",
                            "His foster placement with Mr and Mrs Hadley, which began in January 2026, is ending at the carers' request.",
                            "history: change of carers",
                        ),
                    ],
                ),
                (
                    "p",
                    "Kieran's care plan was reviewed by his independent reviewing officer on 4 August 2026. The review agreed that a residential placement is now in his best interests, because he has said clearly that he does not want another foster family.",
                ),
                ("h", 3, "2. Social care needs"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kieran needs a stable home where he can stay until he is at least 18, and the plan is for him to move to Oakhurst House, a small children's home, in September.",
                            "social care need, stated in D",
                        ),
                        (
                            "X",
                            "There are concerns that older young people are targeting Kieran for criminal exploitation, and a child exploitation risk assessment was completed in July 2026.",
                            "social care need, stated in D",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "He wants to see his two younger sisters; letterbox contact is in place and direct contact is being considered with their adoptive parents.",
                            "social care: family contact",
                        )
                    ],
                ),
                ("h", 3, "3. What I see of Kieran's learning"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kieran's reading is poor for his age; his carers say he cannot read a bus timetable or a menu, and he will make an excuse rather than read in front of people.",
                            "cognition_learning",
                            B3_LIT,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "He has big gaps in maths: he can add and subtract, but division and fractions are beyond him at the moment.",
                            "cognition_learning",
                            B3_ATT,
                        ),
                        (
                            "N",
                            "Kieran's attendance at Castlegate Academy last year was 61%, and he has been on a reduced timetable of mornings only since February.",
                            "cognition_learning",
                            B3_ATT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "When he is asked to do something he thinks he can't do, he walks out, and on several occasions he has been found off-site.",
                            "semh",
                            B3_AVOID,
                        ),
                        (
                            "N",
                            "Carers and school both notice that he cannot settle to anything for more than a few minutes unless an adult is working right beside him.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "He has done well at the boxing club run by the youth service, and his coach says he is respectful and hard-working.",
                            "strength",
                        )
                    ],
                ),
                (
                    "p",
                    "Castlegate Academy has worked hard to keep Kieran, and his head of year has told me that the school wants him to stay.",
                ),
                ("h", 3, "4. Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Kieran should have one consistent key worker in school who meets him at the gate each morning and is his first point of contact when things go wrong.",
                            "semh",
                            "wrong_section",
                            H2_3_GATE,
                            {"section": "H2"},
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "His reduced timetable should end as soon as possible, with his hours increased by at least one lesson a fortnight and reviewed at each PEP meeting, so that he is in full-time education by Easter 2027.",
                            "cognition_learning",
                            "not_specific",
                            F3_TT,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "School should give Kieran a small-group literacy programme with an adult he trusts; he has said he would be willing to try 'if nobody else can see'.",
                            "cognition_learning",
                            "specific",
                            F3_LIT,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "He should not be moved to another school; a further managed move would, in my view, confirm his belief that nobody will keep him.",
                            "view on placement (Section I)",
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "I will complete six sessions of life story work with Kieran over the coming year.",
                            "social_care",
                            "not_educational",
                            H2_3_LIFE,
                            {"section": "H2"},
                        ),
                        (
                            "R",
                            "An independent visitor should be found for Kieran, as he has asked for one.",
                            "social_care",
                            "not_educational",
                            H2_3_IV,
                            {"section": "H2"},
                        ),
                    ],
                ),
                (
                    "p",
                    "Kieran has read this advice with me and agrees with most of it; he asked me to add that he is 'not thick, just behind'.",
                ),
                (
                    "p",
                    "Callum Redfern, Social Worker, Children in Care Team, Civic Centre, Fernleigh HF1 3XX. Telephone 01632 960683; callum.redfern@example.org.",
                ),
            ],
        ),
        dict(
            file=LAC3,
            footer="Fernleigh Children in Care Health Team - Review Health Assessment summary for the SEND Service",
            author="Fernleigh Community Health NHS Trust",
            blocks=[
                ("org", "Fernleigh Community Health NHS Trust - Children in Care Health Team"),
                ("title", "Review Health Assessment: summary for EHC needs assessment"),
                (
                    "kv",
                    [
                        ("Name", "Kieran Dobbs (NHS number withheld)"),
                        ("Placement", "Oakhurst House, Fernleigh (since 14 September 2026)"),
                        (
                            "Assessment",
                            "Review health assessment, 8 October 2026, at Oakhurst House",
                        ),
                        ("Nurse", "Joanne Mbatha, Specialist Nurse for Children in Care"),
                    ],
                ),
                ("b", "Summary of health"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Kieran moved to Oakhurst House, a four-bed children's home run by Brightpath Care, on 14 September 2026.",
                            "history: change of carers",
                        ),
                        (
                            "X",
                            "His immunisations are up to date, his dental check was in August 2026 and his vision and hearing are normal.",
                            "health: no need",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Previous concerns about Kieran's weight have resolved; his BMI is now in the healthy range.",
                            "resolved difficulty",
                        ),
                        (
                            "X",
                            "Kieran smokes about ten cigarettes a day and has been offered the stop smoking service.",
                            "health need, not SEN (C and G)",
                        ),
                    ],
                ),
                (
                    "p",
                    "Kieran was seen with his key worker from Oakhurst House present. He was polite and engaged well once he understood that nothing would be shared with school without his agreement, and he agreed to this summary being sent to the SEND Service and the Virtual School.",
                ),
                ("b", "Health needs affecting learning"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kieran reports going to sleep after 1 am most nights and says he is tired in lessons.",
                            "health",
                            B3_TIRED,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "On the language screen used by the children in care health team, Kieran scored below the criterion for his age, and he struggled to understand longer spoken instructions and words such as 'analyse' and 'compare'.",
                            "communication_interaction",
                            None,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Kieran finds it very hard to plan, organise himself and remember what he has been asked to do, which carers and teachers both describe.",
                            "cognition_learning",
                            B3_EF,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His birth mother's maternity records note heavy alcohol use in pregnancy, and Kieran has never been assessed for fetal alcohol spectrum disorder.",
                            "health history; assessment recommended",
                        )
                    ],
                ),
                ("b", "Health plan and recommendations"),
                (
                    "grid",
                    [
                        ["Action", "Who", "By when"],
                        [
                            (
                                "R",
                                "Referral to the community paediatrician for assessment for fetal alcohol spectrum disorder",
                                "health",
                                "not_educational",
                                G3_FASD,
                                {"section": "G"},
                            ),
                            "LAC nurse",
                            "November 2026",
                        ],
                        [
                            (
                                "R",
                                "A full speech and language therapy assessment, with any programme that follows built into his school timetable",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "LAC nurse to refer; school SENCo",
                            "January 2027",
                        ],
                        [
                            (
                                "R",
                                "CAMHS looked-after children's team to offer Kieran a therapeutic assessment at the clinic, as he has said he would consider it 'if it's not in school'",
                                "semh",
                                "not_educational",
                                G3_CAMHS,
                                {"section": "G"},
                            ),
                            "Social worker to refer",
                            "December 2026",
                        ],
                        [
                            (
                                "R",
                                "Teachers to pre-teach five to ten key words for each subject topic, for 10 minutes at the start of every week",
                                "communication_interaction",
                                "less",
                                F3_VOCAB,
                            ),
                            "Castlegate Academy",
                            "From January 2027",
                        ],
                        [
                            (
                                "R",
                                "A sleep plan agreed with staff at Oakhurst House, including phones handed in at 11 pm",
                                "health",
                                "not_educational",
                            ),
                            "Residential staff",
                            "Now",
                        ],
                    ],
                    [0.56, 0.24, 0.2],
                ),
                (
                    "p",
                    "Joanne Mbatha RGN SCPHN, Specialist Nurse for Children in Care. Telephone 01632 960725; joanne.mbatha@example.org. 10 October 2026.",
                ),
            ],
        ),
    ],
)

# ---------------------------------------------------------------------------
# case-evalaa-04: Castlemere Borough Council; Ellie-Mae Thornton, 15, Year 11, adopted
# layout "name-over-letter-line": each section's name as a bold heading, with a small grey
# line "Section B" beneath it. There is no personal budget section at all.
# ---------------------------------------------------------------------------

B4_ANX = "Ellie-Mae experiences high levels of anxiety linked to her early experiences, which have led to periods when she has been unable to attend school."
B4_REL = "She finds it hard to ask for help and will often say she is fine when she is not."
B4_PEER = "She is vulnerable in friendships and online, and can be drawn into relationships in which she is treated unkindly or put at risk."
B4_DYS = "Ellie-Mae has a specific learning difficulty (dyslexia) affecting her reading speed, spelling and written expression."
B4_PROC = "Her speed of processing is slow, so she needs more time to read, understand and answer questions, particularly under timed conditions."
B4_TRANS = "Changes of teacher, room or routine raise her anxiety, and the move from school to college will be a major transition for her."

F4_KEY = "Ellie-Mae will have a check-in with her head of year once a fortnight."
F4_ATTEND = "Support to improve attendance."
F4_PROFILE = "A one-page profile, written with Ellie-Mae, will be given to every member of staff who teaches her at the start of each term."
F4_MENTOR = "Mentoring as appropriate."
F4_EXAMROOM = "Ellie-Mae will sit all examinations, including mocks, in a separate supervised room with no more than three other candidates."
F4_TIME = "25% extra time in all internal and external examinations."
F4_LAPTOP = "A laptop with spell-check for all extended writing in lessons and examinations, as her normal way of working."
F4_NOTES = "Access to notes where possible."
F4_SPEC = "A specialist dyslexia teacher will work with Ellie-Mae for 30 minutes a week on reading fluency and revision strategies until June 2027."
F4_HANDOVER = "The SENCo will meet the learning support team at Castlemere College in the summer term 2027 to hand over this plan, her examination arrangements and her one-page profile."

G4_THERAPY = "Individual therapy with the CAMHS Adoption and Permanence Team, fortnightly, until the end of Year 11."
G4_PASS = "Ellie-Mae will be given a pass to leave lessons five minutes before the bell, to avoid busy corridors, as advised by CAMHS."

CP4 = "clinical_psychology_report.pdf"
EP4 = "ep_report.docx"


def _name_over(sid: str, name: str) -> list:
    """The section's name as a heading, and a small line below it naming the section."""
    return [("H", sid, name, "h2"), ("small", f"Section {sid}")]


CASE_04 = dict(
    name="case-evalaa-04",
    layout="name-over-letter-line",
    summary=(
        "Castlemere Borough Council; Ellie-Mae Thornton, 15, Year 11, adopted at four (anxiety and "
        "school avoidance rooted in early neglect, masking, online vulnerability, dyslexia and slow "
        "processing, transition to college). Each section's name is a bold heading with a small grey "
        "line 'Section B' beneath it; the plan has no personal budget section. NHS clinical "
        "psychologist's report from the CAMHS adoption and permanence team (PDF) and an EP report "
        "(Word)."
    ),
    note="Headings are the section names ('Special educational needs'), each followed by a small line 'Section B'. There is no Section J. The corridor pass, an educational arrangement, stands in G and is wrong_section; CAMHS therapy in G is health provision (not_educational). Self-harm has stopped; an eating disorder was ruled out.",
    plan=dict(
        file="plan.pdf",
        header="Castlemere Borough Council - Education, Health and Care Plan - Ellie-Mae Thornton",
        footer="Issued 27 October 2026. Page {n} of {m}",
        blocks=[
            ("org", "Castlemere Borough Council"),
            (
                "small",
                "SEND Assessment Team, Town Hall, Castlemere AC4 9ZZ - 01632 960150 - send@example.org",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Ellie-Mae Thornton"),
                    ("Date of birth", "19 February 2011"),
                    ("School", "Northgate High School, Year 11"),
                    ("Parents", "Mr Gareth and Mrs Yvonne Thornton (adoptive parents)"),
                    ("Plan type", "Final plan after needs assessment"),
                ],
            ),
            *_name_over("A", "Views, interests and aspirations"),
            (
                "S",
                "A",
                "Ellie-Mae wants to work with animals and hopes to study animal care at Castlemere College next September.",
            ),
            (
                "p",
                "She says she is 'rubbish at exams' and that she wants teachers to 'notice when I'm not OK without making a big thing of it'.",
            ),
            (
                "p",
                "Her parents want her to finish Year 11 with the grades she is capable of and to start college feeling confident.",
            ),
            *_name_over("B", "Special educational needs"),
            ("b", "Social, emotional and mental health"),
            ("p", ("S", "B", B4_ANX)),
            ("p", [B4_REL, B4_PEER]),
            ("p", B4_TRANS),
            ("b", "Cognition and learning"),
            ("p", [B4_DYS, B4_PROC]),
            (
                "p",
                "Her verbal reasoning is a strength, and she is predicted grades 4 and 5 in most subjects.",
            ),
            *_name_over("C", "Health needs"),
            (
                "S",
                "C",
                "Ellie-Mae is under the care of the CAMHS Adoption and Permanence Team for anxiety.",
            ),
            *_name_over("D", "Social care needs"),
            (
                "S",
                "D",
                "Ellie-Mae was adopted in 2015 and is a previously looked-after child; her family is entitled to adoption support.",
            ),
            (
                "p",
                "There are no current child protection concerns. A referral to the police in 2026 about online contact with an older young man was closed with a safety plan agreed with her parents.",
            ),
            *_name_over("E", "Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 11 Ellie-Mae will attend at least 90% of sessions and will sit all her GCSE examinations.",
            ),
            (
                "p",
                "By September 2027 Ellie-Mae will have started a course at Castlemere College and will know who to go to there when she needs help.",
            ),
            (
                "p",
                "By the end of Year 11 Ellie-Mae will use a laptop and revision strategies to complete timed answers of the length her examinations require.",
            ),
            *_name_over("F", "Special educational provision"),
            (
                "S",
                "F",
                "Northgate High School will provide the following, funded from its notional SEN budget and top-up funding.",
            ),
            (
                "bul",
                [
                    ("F", F4_KEY, True),
                    ("F", F4_ATTEND, False),
                    ("F", F4_PROFILE, True),
                    ("F", F4_MENTOR, False),
                    ("F", F4_EXAMROOM, True),
                    ("F", F4_TIME, True),
                    ("F", F4_LAPTOP, True),
                    ("F", F4_NOTES, False),
                    ("F", F4_SPEC, True),
                    ("F", F4_HANDOVER, True),
                ],
            ),
            *_name_over("G", "Health provision"),
            ("S", "G", G4_THERAPY),
            ("p", G4_PASS),
            *_name_over(
                "H1",
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None."),
            *_name_over("H2", "Other social care provision"),
            (
                "S",
                "H2",
                "Castlemere and Vale Adoption will continue to offer adoption support to Mr and Mrs Thornton, including the adoptive parents' support group each month.",
            ),
            *_name_over("I", "Placement"),
            (
                "S",
                "I",
                "Northgate High School, Northgate Road, Castlemere AC7 3QT (mainstream community secondary school, 11-16).",
            ),
            *_name_over("K", "Advice and information"),
            (
                "S",
                "K",
                "Clinical psychology report (Dr Niamh Castellanos, CAMHS, September 2026); educational psychology report (Ms Gwen Pryce-Hallam, September 2026); school advice (Northgate High School); views of Ellie-Mae and her parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=CP4,
            header="Castlemere and Vale NHS Foundation Trust - Child and Adolescent Mental Health Services",
            footer="CONFIDENTIAL - Ellie-Mae Thornton - clinical psychology advice - page {n}",
            blocks=[
                ("org", "CAMHS Adoption and Permanence Team"),
                ("small", "The Willows, Hospital Lane, Castlemere AC2 5HH - 01632 960808"),
                ("title", "Clinical psychology advice for an EHC needs assessment"),
                ("p", "Re: Ellie-Mae Thornton, DOB 19/02/2011, Northgate High School"),
                (
                    "p",
                    "I am a clinical psychologist in the CAMHS Adoption and Permanence Team and have worked with Ellie-Mae since March 2025, first in a course of individual therapy and since June 2026 in fortnightly sessions. I write at the request of the SEND Assessment Team, with the consent of Ellie-Mae and her parents.",
                ),
                ("h", 3, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ellie-Mae was placed for adoption at the age of four, after two years in foster care, and her adoption order was made in 2015.",
                            "history",
                        ),
                        "She has one older brother whom she has not seen since she was three.",
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her self-harm, which was a concern in Year 9, stopped after therapy in 2025, and there has been none for over a year.",
                            "resolved difficulty",
                        ),
                        (
                            "X",
                            "Her adoptive parents have attended the Foundations for Attachment programme and use a calm and consistent approach at home.",
                            "support in place at home",
                        ),
                    ],
                ),
                ("h", 3, "Current presentation"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellie-Mae's anxiety is rooted in her early experience of neglect and unpredictable care; she lives with a constant expectation that something bad is about to happen.",
                            "semh",
                            B4_ANX,
                        ),
                        (
                            "N",
                            "Her attendance fell to 58% in the spring term of Year 10, mostly through whole days missed when she could not face leaving the house.",
                            "semh",
                            B4_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellie-Mae presents as compliant and cheerful in school, but this masks high anxiety, and she rarely asks for help because she expects to be rejected.",
                            "semh",
                            B4_REL,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She has described panic attacks in busy corridors and in the exam hall during her mock examinations.",
                            "semh",
                            None,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellie-Mae is vulnerable online; in the last year she shared images with an older boy she met on a gaming site, which led to a police referral.",
                            "semh",
                            B4_PEER,
                        ),
                        (
                            "N",
                            "She has very low self-worth and describes herself as 'thick' and 'a waste of space'.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I do not consider that Ellie-Mae has an eating disorder; her restricted eating last winter was short-lived and linked to exam stress.",
                            "ruled-out diagnosis",
                        )
                    ],
                ),
                (
                    "p",
                    "In our sessions Ellie-Mae is warm, funny and thoughtful. She has worked hard to understand how her early life shapes her reactions now, and she can name some of the things that help her, such as music and walking the family dog.",
                ),
                ("h", 3, "Opinion"),
                (
                    "p",
                    [
                        (
                            "X",
                            "It has been suggested that Ellie-Mae's difficulties are emotional rather than educational; in my view the distinction is not helpful, because her anxiety directly limits her access to learning.",
                            "argued opinion",
                        ),
                        (
                            "X",
                            "The most important thing school can offer her is predictability and an adult who notices.",
                            "general opinion; the specific recommendations follow",
                        ),
                    ],
                ),
                ("h", 3, "Recommendations"),
                ("p", "I recommend the following."),
                (
                    "bul",
                    [
                        (
                            "R",
                            "A named key adult in school, with a weekly 30-minute check-in at a fixed time and a way for Ellie-Mae to reach that adult during the day.",
                            "semh",
                            "less",
                            F4_KEY,
                        ),
                        (
                            "R",
                            "A planned, gradual return to full attendance, with a written reintegration plan reviewed every two weeks by school, Ellie-Mae and her parents.",
                            "semh",
                            "not_specific",
                            F4_ATTEND,
                        ),
                        (
                            "R",
                            "A quiet, supervised room for all examinations, including mocks, with no more than three other candidates.",
                            "semh",
                            "specific",
                            F4_EXAMROOM,
                        ),
                        (
                            "R",
                            "A one-page summary of her needs and what helps, written with her, for every member of staff who teaches her, at the start of each term.",
                            "semh",
                            "specific",
                            F4_PROFILE,
                        ),
                        (
                            "R",
                            "A pass allowing her to move between lessons five minutes before the bell, to avoid crowded corridors.",
                            "semh",
                            "wrong_section",
                            G4_PASS,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Transition to college planned from the spring term, with at least four visits to the college before she starts, accompanied by a familiar adult.",
                            "semh",
                            "missing_from_f",
                        ),
                        (
                            "R",
                            "Continued individual therapy with our team, fortnightly, until the end of Year 11.",
                            "semh",
                            "not_educational",
                            G4_THERAPY,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Niamh Castellanos, Clinical Psychologist, CAMHS Adoption and Permanence Team. 22 September 2026. niamh.castellanos@example.org",
                ),
            ],
        ),
        dict(
            file=EP4,
            footer="Educational psychology report - Ellie-Mae Thornton - September 2026",
            author="G Pryce-Hallam",
            blocks=[
                ("org", "Castlemere Educational Psychology Team"),
                ("title", "Educational Psychology Report"),
                (
                    "kv",
                    [
                        ("Name", "Ellie-Mae Thornton"),
                        ("School", "Northgate High School, Year 11"),
                        (
                            "Educational psychologist",
                            "Gwen Pryce-Hallam, Senior Educational Psychologist",
                        ),
                        ("Date of assessment", "15 September 2026"),
                    ],
                ),
                ("b", "Background and views"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ellie-Mae was identified as dyslexic by a specialist teacher in Year 7.",
                            "history",
                        ),
                        (
                            "X",
                            "Her predicted grades are 5 in English and 4 in maths, and she wants to study animal care at Castlemere College.",
                            "progress / aspiration",
                        ),
                    ],
                ),
                (
                    "p",
                    "Ellie-Mae told me she wants to 'get it over with' and that she worries about 'freezing' in the exams. Her parents feel her dyslexia has been overlooked because attention has been on her attendance.",
                ),
                (
                    "p",
                    "Ellie-Mae worked hard throughout the assessment and seemed to enjoy the verbal tasks. Her parents told me that she reads for pleasure, mostly graphic novels and books about animals.",
                ),
                ("b", "Assessment results"),
                (
                    "grid",
                    [
                        ["Measure", "Score", "Range"],
                        ["Verbal Comprehension (WISC-V)", "114", "High average"],
                        ["Working Memory (WISC-V)", "86", "Low average"],
                        ["Processing Speed (WISC-V)", "76", "Very low"],
                        ["Single word reading (WRAT-5)", "97", "Average"],
                        ["Reading rate (passage)", "91 words per minute", "Well below average"],
                        ["Spelling (WRAT-5)", "82", "Below average"],
                    ],
                    [0.5, 0.24, 0.26],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Her verbal comprehension score was in the high average range, which is a clear strength.",
                            "strength / test result",
                        )
                    ],
                ),
                ("b", "What the assessment tells us"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellie-Mae's single-word reading is within the average range, but her reading speed is well below average: she read 91 words a minute on the passage test, against an average of around 160 for her age.",
                            "cognition_learning",
                            B4_DYS,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her spelling is inconsistent, and she avoids words she cannot spell, so her written answers are shorter and simpler than her spoken ones.",
                            "cognition_learning",
                            B4_DYS,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "On the processing speed tasks her scores were in the low range, well below her verbal reasoning.",
                            "cognition_learning",
                            B4_PROC,
                        ),
                        (
                            "N",
                            "Ellie-Mae finds it hard to take notes while listening, because she cannot hold what the teacher is saying in mind while she writes.",
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
                            "She is worried about leaving Northgate and about whether she will cope at college.",
                            "semh",
                            B4_TRANS,
                        )
                    ],
                ),
                ("b", "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often"],
                        [
                            (
                                "R",
                                "Ellie-Mae should use a laptop with spell-check for all extended writing in lessons and examinations, as her normal way of working.",
                                "cognition_learning",
                                "specific",
                                F4_LAPTOP,
                            ),
                            "Subject teachers; exams officer",
                            "Every lesson and examination",
                        ],
                        [
                            (
                                "R",
                                "She should be given 25% extra time in all internal and external examinations.",
                                "cognition_learning",
                                "specific",
                                F4_TIME,
                            ),
                            "Exams officer",
                            "All examinations",
                        ],
                        [
                            (
                                "R",
                                "Printed copies of lesson slides or notes should be given to her at the start of each lesson, so that she does not have to copy from the board.",
                                "cognition_learning",
                                "not_specific",
                                F4_NOTES,
                            ),
                            "Subject teachers",
                            "Every lesson",
                        ],
                        [
                            (
                                "R",
                                "A specialist teacher for dyslexia should work with her on reading fluency and revision strategies until her examinations.",
                                "cognition_learning",
                                "less",
                                F4_SPEC,
                            ),
                            "Specialist teacher",
                            "One hour a week",
                        ],
                        [
                            (
                                "R",
                                "Her transition plan should include a meeting between Northgate's SENCo and the college's learning support team in the summer term, with her plan and examination arrangements passed on.",
                                "cognition_learning",
                                "specific",
                                F4_HANDOVER,
                            ),
                            "SENCo",
                            "Once, summer term 2027",
                        ],
                    ],
                    [0.58, 0.2, 0.22],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "I considered recommending a scribe, but Ellie-Mae prefers to type, and a scribe would not be her normal way of working.",
                            "option considered and not recommended",
                        )
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "At home, Ellie-Mae could listen to audiobooks of her GCSE set texts alongside the printed copies.",
                            "cognition_learning",
                            "not_educational",
                        )
                    ],
                ),
                (
                    "p",
                    "Gwen Pryce-Hallam, Senior Educational Psychologist (HCPC registered). Telephone 01632 960163; gwen.pryce-hallam@example.org.",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
