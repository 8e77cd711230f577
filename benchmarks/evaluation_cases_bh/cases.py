# ruff: noqa: E501, N802
"""Set BH as data: autistic girls and hidden needs (an 11-year-old who masks at school and
falls apart at home, a 12-year-old with autism and avoidant/restrictive food intake, a
14-year-old electively home educated whose parents seek a special school place, a
10-year-old with selective mutism and autism in a church primary), in four plan layouts no
earlier set has.

Every name, council, school, service, NHS trust and professional is invented. Phone
numbers are in the 01632 960xxx range, mobiles 07700 900xxx, e-mail addresses are at
example.org and NHS numbers begin 999. Markers are those of evaluation_kit.dataset.
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
# case-evalbh-01: Wexcombe Borough Council; Isla Markham-Reid, 11, Year 6, masks at school
# layout "letter-middot-statutory-name-council-area-prose": "B · Special educational needs";
# B under the council's own area names; F a prose paragraph per area.
# ---------------------------------------------------------------------------

B1_SOCIAL = "Isla talks well, but she often does not understand what is going on between her friends and copies what the other girls do."
B1_MASK = "At school Isla hides how she feels and looks calm, so staff may not see when she is struggling."
B1_HOME = "Holding herself together at school tires her out, and she often becomes very upset once she is home."
B1_LITERAL = "Isla takes what people say at face value and can get confused by instructions that are not clear, and by reading questions that ask her to read between the lines."
B1_WORRY = "Isla worries a great deal, especially about not knowing what will happen next and about making mistakes."
B1_MOVE = "She is very worried about starting secondary school next year."

F1_CHECKIN = "Mrs Okoro, teaching assistant, will meet Isla privately for five minutes at the start and at the end of every school day to check how she is feeling, using a 1 to 5 scale."
F1_CARDS = "In every lesson Isla's teacher will write the steps of each task, and what a finished piece of work looks like, on a card on her desk."
F1_BREAKS = "Isla will have access to sensory breaks as needed."
F1_ELSA = "Isla will have six sessions of 30 minutes with the school's Emotional Literacy Support Assistant (ELSA) during the spring term."
F1_TRANS = "A transition plan will be put in place for Isla's move to secondary school."

G1_GROUP = "The Child and Adolescent Mental Health Service (CAMHS) will offer Isla a place in its girls' friendship group, once a week, for the rest of Year 6."
G1_PARENTS = "The Clinical Psychology Service will offer Isla's parents four sessions on supporting her at home after school."

AT1 = "autism_teacher_report.docx"
CP1 = "clinical_psychology_report.pdf"


def _middot(sid: str) -> tuple:
    return ("H", sid, f"{sid} · {NAMES[sid]}", "h2")


CASE_01 = dict(
    name="case-evalbh-01",
    layout="letter-middot-statutory-name-council-area-prose",
    summary=(
        "Wexcombe Borough Council; Isla Markham-Reid, 11, Year 6 at Hollins Park Primary School (autism diagnosed "
        "at 10; masks at school and falls apart at home; anxiety; literal understanding; noise sensitivity; "
        "falling attendance; worry about secondary transfer). Headings are 'B · Special educational needs'; "
        "Section B sits under the council's own area names and Section F is a prose paragraph per area. A "
        "specialist autism teacher's report (.docx, third person, bullets with the reasons mixed in) and a "
        "clinical psychologist's report (.pdf, recommendations inside long paragraphs, options considered)."
    ),
    note="The psychologist's recommended weekly girls' group in school stands in Section G as a CAMHS offer: provision in the wrong section. The parent sessions offered by the Clinical Psychology Service are health provision, correctly in G. Diagnosis history, SDQ and reading scores, the time-out card already in place and the rejected options (special school, part-time timetable) are not needs.",
    plan=dict(
        file="plan.docx",
        footer="Wexcombe Borough Council · Education, Health and Care Plan · Isla Markham-Reid · Final · 9 November 2026",
        author="Wexcombe SEND Assessment and Review",
        title="EHC Plan - Isla Markham-Reid",
        blocks=[
            ("org", "WEXCOMBE BOROUGH COUNCIL · SEND ASSESSMENT AND REVIEW"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Isla Markham-Reid"),
                    ("Date of birth", "14 March 2015"),
                    ("NHS number", "999 517 2284"),
                    ("School", "Hollins Park Primary School, Year 6"),
                    ("Parents", "Joanne Markham and Dev Reid, 7 Alder Row, Wexcombe"),
                    ("Case officer", "Mr P Stannard, 01632 960521"),
                ],
            ),
            _middot("A"),
            (
                "S",
                "A",
                "Isla loves drawing manga characters, looking after her two guinea pigs and reading fantasy books about dragons.",
            ),
            (
                "p",
                "Isla says: 'I want teachers to know I am not fine just because I look fine.' She would like to be a vet or an illustrator.",
            ),
            _middot("B"),
            ("S", "B", "Isla is autistic; she was diagnosed in January 2026."),
            ("b", "Communicating and getting on with others"),
            ("p", [B1_SOCIAL, B1_LITERAL]),
            ("b", "Learning and thinking"),
            (
                "p",
                "Isla is working at the level expected for her age in reading, writing and maths.",
            ),
            ("b", "Feelings and wellbeing"),
            ("p", [B1_MASK, B1_HOME, B1_WORRY, B1_MOVE]),
            ("b", "Senses and physical development"),
            ("p", "No needs have been identified in this area."),
            _middot("C"),
            (
                "S",
                "C",
                "Isla has no health needs related to her special educational needs; she is known to the Clinical Psychology Service.",
            ),
            _middot("D"),
            ("S", "D", "No social care needs have been identified."),
            _middot("E"),
            (
                "S",
                "E",
                "By July 2027 Isla will tell a trusted adult, in words or with her scale, when she is starting to feel overwhelmed.",
            ),
            (
                "p",
                "By July 2027 Isla will have settled into Year 7 and be attending at least 95% of sessions.",
            ),
            (
                "p",
                "By July 2027 Isla will be able to name two ways of calming herself and use them at school.",
            ),
            _middot("F"),
            (
                "S",
                "F",
                "Hollins Park Primary School will make the following provision from its own resources and the top-up funding set out in the notional budget letter.",
            ),
            ("b", "Communicating and getting on with others"),
            ("p", [("F", F1_CARDS, True)]),
            ("b", "Feelings and wellbeing"),
            ("p", [("F", F1_CHECKIN, True), ("F", F1_ELSA, True), ("F", F1_TRANS, False)]),
            ("b", "Senses and physical development"),
            ("p", [("F", F1_BREAKS, False)]),
            _middot("G"),
            ("S", "G", G1_GROUP),
            ("p", G1_PARENTS),
            _middot("H1"),
            ("S", "H1", "No provision under section 2 of the 1970 Act."),
            _middot("H2"),
            ("S", "H2", "None."),
            _middot("I"),
            (
                "S",
                "I",
                "Hollins Park Primary School (mainstream, community school), until the end of Year 6.",
            ),
            _middot("J"),
            ("S", "J", "Not requested."),
            _middot("K"),
            (
                "S",
                "K",
                "Report of Ms Carys Bellamy, specialist teacher, Wexcombe Autism Outreach Service (September 2026); report of Dr Helena Voss, clinical psychologist (October 2026); parents' and Isla's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=AT1,
            style="headed",
            footer="Wexcombe Autism Outreach Service - advice for EHC needs assessment - Isla Markham-Reid",
            author="C Bellamy",
            blocks=[
                ("org", "Wexcombe Autism Outreach Service"),
                (
                    "p",
                    "Marlow House, Quarry Street, Wexcombe - 01632 960530 - autismoutreach@wexcombe.example.org",
                ),
                ("title", "Specialist Teacher Report"),
                (
                    "kv",
                    [
                        ("Pupil", "Isla Markham-Reid, Year 6, Hollins Park Primary School"),
                        ("Date of birth", "14/03/2015"),
                        ("Specialist teacher", "Carys Bellamy, Advisory Teacher for Autism"),
                        (
                            "Observations",
                            "22 and 29 September 2026, classroom, playground and lunch",
                        ),
                    ],
                ),
                ("h", 1, "Background"),
                (
                    "p",
                    [
                        X(
                            "Isla was referred to the outreach service in February 2026, shortly after her diagnosis of autism by the Wexcombe community paediatric team.",
                            "history",
                        ),
                        X(
                            "Her teachers describe her as polite, hard-working and no trouble in class, and her end of Year 5 assessments were at the expected standard in all subjects.",
                            "strength: attainment",
                        ),
                        "Her mother told me that this is not the Isla she sees at home.",
                    ],
                ),
                ("h", 1, "What I observed"),
                (
                    "p",
                    [
                        "In class Isla sat very still, watched the girls at her table closely and laughed a moment after they did.",
                        N(
                            "Isla's understanding of social situations is much weaker than her fluent speech suggests; she copies the behaviour of other girls without understanding the unwritten rules of their friendships.",
                            "communication_interaction",
                            B1_SOCIAL,
                        ),
                        N(
                            "She masks her difficulties at school, suppressing her distress all day so that staff see a compliant, quiet pupil.",
                            "semh",
                            B1_MASK,
                        ),
                        "When I asked her teacher how Isla had found the fire drill that morning, he said she had seemed fine; Isla later told me she had felt 'like my head was going to pop'.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Isla is highly sensitive to noise, and the dining hall and whole-school assemblies cause her significant sensory overload.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "She interprets language literally and has difficulty with inference in reading comprehension and with vague instructions such as 'finish it off' or 'write a bit more'.",
                            "communication_interaction",
                            B1_LITERAL,
                        ),
                        X(
                            "Her handwriting, which was a concern in Year 4, is now neat and fluent after a term of the school's handwriting group.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "The effort of masking leaves her exhausted, and on most days she has a prolonged meltdown within minutes of getting home.",
                            "semh",
                            B1_HOME,
                        ),
                        X(
                            "She already has a time-out card, which she has never used because, she says, 'everyone would look at me'.",
                            "support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                ("p", "The following should be in place at school, with the reasons for each:"),
                (
                    "bul",
                    [
                        [
                            R(
                                "A trusted adult should check in with Isla privately at the start and end of each school day, using a simple 1 to 5 scale,",
                                "semh",
                                "specific",
                                F1_CHECKIN,
                            ),
                            X(
                                "because she will not ask for help herself and her distress cannot be read from her face.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Isla should eat lunch every day in a quiet room with one or two friends she chooses, instead of the dining hall,",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "as the noise there uses up what reserves she has left for the afternoon.",
                        ],
                        [
                            R(
                                "She needs a short movement or sensory break of five to ten minutes in a quiet space after lunch and again mid-afternoon, built into her timetable so that she does not have to ask;",
                                "sensory_physical",
                                "not_specific",
                                F1_BREAKS,
                            ),
                            "she is unlikely ever to ask for a break in front of her class.",
                        ],
                        [
                            R(
                                "Teachers should give Isla the key instructions for each task in writing as well as aloud, with clear success criteria,",
                                "communication_interaction",
                                "specific",
                                F1_CARDS,
                            ),
                            "so that she does not have to guess what is wanted.",
                        ],
                        [
                            R(
                                "All staff who teach or supervise Isla, including lunchtime staff, should attend the Autism Education Trust 'Making Sense of Autism' session during the autumn term, with a focus on how autism presents in girls and on masking.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            X(
                                "Without this, staff will go on reading her calm face as a sign that all is well.",
                                "reason for a recommendation",
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "I have shown Isla's class teacher how to use the 1 to 5 scale, and he has started to use it informally at the end of the day.",
                            "support already in place",
                        ),
                        "I will visit again in the spring term if the school asks me to.",
                    ],
                ),
                ("p", "Carys Bellamy, Advisory Teacher for Autism, 6 October 2026"),
            ],
        ),
        dict(
            file=CP1,
            footer="Wexcombe and Vale NHS Trust - Clinical Psychology - Isla Markham-Reid - page {n} of {m}",
            author="Dr H Voss",
            blocks=[
                ("org", "Wexcombe and Vale NHS Trust - Child Clinical Psychology Service"),
                ("small", "Linden Lodge, Station Road, Wexcombe - 01632 960544"),
                ("title", "Psychological Advice for an EHC Needs Assessment"),
                ("p", "Name: Isla Markham-Reid    DOB: 14/03/2015    NHS: 999 517 2284"),
                ("p", "Seen: 2, 9 and 16 October 2026, with her parents and alone"),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On the Strengths and Difficulties Questionnaire, Isla's parents' ratings place her emotional symptoms in the very high range, while her teacher's ratings are in the close to average range.",
                            "test result",
                        ),
                        "That gap is itself the most important finding of this assessment.",
                        X(
                            "Her reading age on the school's test in September was 12 years 2 months.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Isla presents with a significant anxiety difficulty, centred on uncertainty, on getting things wrong and on being told off.",
                            "semh",
                            B1_WORRY,
                        ),
                        N(
                            "She has marked difficulty identifying and naming her own emotions, so that her distress is not signalled until it has already become overwhelming.",
                            "semh",
                            None,
                        ),
                        "In our sessions she could describe a racing heart and a tight throat but could not say whether these meant she was scared, angry or excited.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Isla has begun refusing to get ready for school on Monday mornings, and her attendance has fallen to 88% this term.",
                            "semh",
                            None,
                        ),
                        N(
                            "The move to secondary school next September is a source of intense worry for her, and she asks her mother about it every night.",
                            "semh",
                            B1_MOVE,
                        ),
                        X(
                            "Her sleep, which was very poor last winter, has improved since her bedtime routine was changed and is no longer a concern.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "Discussion and recommendations"),
                (
                    "p",
                    [
                        "I have thought carefully with Isla's parents about what would help, and it may be useful to set out the options we discussed as well as those I recommend.",
                        X(
                            "Isla's parents asked whether a specialist autism school would be better for her, but we agreed that her learning is going well in mainstream and that the difficulty lies in how her needs are seen rather than in the school itself.",
                            "option considered and rejected",
                        ),
                        X(
                            "A part-time timetable was also raised and set aside, as it would add to her sense of being different and could make the Monday refusals worse.",
                            "option considered and rejected",
                        ),
                        "What Isla most needs is to learn to notice and name what she feels, in a setting where someone is looking for it, and so",
                        R(
                            "I recommend a weekly 45-minute individual session with the school's Emotional Literacy Support Assistant for at least twelve weeks, focused on recognising and naming feelings and on a plan for what to do when her scale reaches 4.",
                            "semh",
                            "less",
                            F1_ELSA,
                        ),
                        X(
                            "Shorter or fewer sessions are unlikely to give her enough time to trust the adult, which for Isla takes several weeks.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Isla's wish for friends is strong, and her understanding of friendship lags well behind it.",
                        R(
                            "She would benefit from a small weekly girls' group in school, of three or four pupils, working on friendships and the hidden rules of conversation, for the rest of Year 6 and into the first term of Year 7.",
                            "communication_interaction",
                            "wrong_section",
                            G1_GROUP,
                            section="G",
                        ),
                        "This would be best led by school staff with advice from the outreach service, so that it happens where her friendships do.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Isla's move to secondary school should be planned from the spring term, with at least six extra visits to her new school in the summer term, a photo book of its rooms and staff, and a named key adult there whom she meets before September.",
                            "semh",
                            "not_specific",
                            F1_TRANS,
                        ),
                        X(
                            "Because Isla copes by preparing, every unknown she can remove before September lowers the load she carries into her first weeks.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "I have offered Isla's parents four sessions with me on supporting her after school, when the day's efforts catch up with her.",
                            "health",
                            "not_educational",
                            G1_PARENTS,
                            section="G",
                        ),
                        R(
                            "At home, her parents might try giving her half an hour on her own after school, with a snack and no questions, before talking about her day.",
                            "semh",
                            "not_educational",
                        ),
                        X(
                            "I did not think a referral to CAMHS for medication was needed at this stage.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "sig",
                    [
                        "Dr Helena Voss DClinPsy",
                        "Clinical Psychologist, HCPC registered",
                        "23 October 2026",
                    ],
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbh-02: Harrowdene County Council; Maisie Trenholm, 12, Year 7, autism and ARFID
# layout "statutory-name-colon-third-person-gloss-unlettered": no letters; each heading is the
# statutory name, a colon and a plain gloss about Maisie; F a prose paragraph per area.
# ---------------------------------------------------------------------------

B2_FOODS = "Maisie only eats a small number of foods and will not eat anything that is mixed or touching other food."
B2_LUNCH = (
    "She often eats nothing at lunchtime and then struggles to concentrate in afternoon lessons."
)
B2_GROUP = "Maisie finds it hard to join in when a group is talking and to know when it is her turn to speak."
B2_INSTR = "Maisie remembers only the first part of long instructions."
B2_JOKES = "Jokes, sarcasm and sayings confuse her, and this sometimes leads to falling out with other girls."
B2_WORDS = (
    "She does not know many of the special words used in subjects like science and geography."
)

F2_LUNCH = "Every school day Maisie will eat her lunch in the Learning Support base, with a teaching assistant present, and she may bring one friend."
F2_OWN = "Maisie may bring her own food from home, and staff will not ask her to try other foods."
F2_WATCH = "Staff will keep an eye on what Maisie eats and contact home when needed."
F2_SALT = "A speech and language therapist will run a social communication group that Maisie attends once a fortnight, for 30 minutes, during the spring term."
F2_SIMPLE = "Instructions will be simplified where possible."
F2_VOCAB = "A teaching assistant will teach Maisie the key words for each new science and geography topic in two 20-minute sessions each week, using word maps."

G2_NURSE = "The school nursing team will give Maisie a help card and will be her named contact whenever she feels unwell or upset at school."
G2_DIET = (
    "The community paediatric dietitian will review Maisie's eating and growth every three months."
)

DT2 = "dietitian_report.pdf"
SL2 = "independent_salt_report.docx"

GLOSS2 = {
    "A": "what Maisie tells us",
    "B": "what Maisie finds hard",
    "C": "Maisie's health",
    "D": "help for the family",
    "E": "what we are working towards",
    "F": "the help Maisie will get at school",
    "G": "help from health services",
    "H1": "help at home",
    "H2": "other help from social care",
    "I": "Maisie's school",
    "J": "money the family manage",
    "K": "who gave advice",
}


def _gloss(sid: str) -> tuple:
    return ("H", sid, f"{NAMES[sid]}: {GLOSS2[sid]}", "h1")


CASE_02 = dict(
    name="case-evalbh-02",
    layout="statutory-name-colon-third-person-gloss-unlettered",
    summary=(
        "Harrowdene County Council; Maisie Trenholm, 12, Year 7 at Kingsmere Academy (autism and avoidant/restrictive "
        "food intake disorder (ARFID); restricted eating, canteen anxiety, gagging, social use of language, long "
        "instructions, subject vocabulary). Headings carry **no letters**: the statutory name, a colon and a plain "
        "gloss ('Special educational needs: what Maisie finds hard'); Section F is a prose paragraph per area. "
        "A paediatric dietitian's report (.pdf, a Recommendation / Reason table) and an independent speech and "
        "language therapist's report (.docx, first person plural, options considered)."
    ),
    note="The therapist's recommended named adult in school with a help card stands in the health section as a school nursing offer: provision in the wrong section. The dietitian's three-monthly clinic review is health provision, correctly in G. Growth centiles, blood results, the clinic's graded exposure work and the rejected options (a tube feed, a reduced timetable) are not needs.",
    plan=dict(
        file="plan.pdf",
        footer="Harrowdene County Council - EHCP - Maisie Trenholm - issued 16 November 2026 - page {n} of {m}",
        author="Harrowdene SEND Service",
        title="Education, Health and Care Plan - Maisie Trenholm",
        sans=True,
        accent="2E5E3E",
        blocks=[
            (
                "org",
                "Harrowdene County Council - Special Educational Needs and Disabilities Service",
            ),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Young person", "Maisie Trenholm"),
                    ("Date of birth", "2 June 2014"),
                    ("NHS number", "999 630 4418"),
                    ("School", "Kingsmere Academy, Year 7"),
                    ("Parent", "Ms Rachel Trenholm, Flat 3, 41 Weaver Street, Harrowdene"),
                    ("Plan co-ordinator", "Ms S Adeyemi, 01632 960612"),
                ],
            ),
            _gloss("A"),
            (
                "S",
                "A",
                "Maisie enjoys baking videos online, swimming and making stop-motion films with her Lego figures.",
            ),
            (
                "p",
                "She would like to work in animation when she is older and wants to be left alone at lunchtime.",
            ),
            _gloss("B"),
            (
                "S",
                "B",
                "Maisie is autistic and has a diagnosis of avoidant/restrictive food intake disorder (ARFID).",
            ),
            ("b", "Eating and the school day"),
            ("p", [B2_FOODS, B2_LUNCH]),
            ("b", "Talking, listening and getting on with others"),
            ("p", [B2_GROUP, B2_INSTR, B2_JOKES]),
            ("b", "Learning"),
            ("p", B2_WORDS),
            _gloss("C"),
            (
                "S",
                "C",
                "Maisie's restricted eating is monitored by the community paediatric dietitian; her weight is low for her height.",
            ),
            _gloss("D"),
            ("S", "D", "No social care needs were identified during the assessment."),
            _gloss("E"),
            (
                "S",
                "E",
                "By the end of Year 8 Maisie will eat a lunch she has chosen on at least four school days a week.",
            ),
            (
                "p",
                "By the end of Year 8 Maisie will take part in a group discussion in class, waiting for her turn and adding an idea.",
            ),
            (
                "p",
                "By the end of Year 8 Maisie will use the key words of each science topic correctly in her written work.",
            ),
            _gloss("F"),
            (
                "S",
                "F",
                "Kingsmere Academy will make the provision below; the special educational needs co-ordinator will make sure it is in place.",
            ),
            ("b", "Eating and the school day"),
            ("p", [("F", F2_LUNCH, True), ("F", F2_OWN, True), ("F", F2_WATCH, False)]),
            ("b", "Talking, listening and getting on with others"),
            ("p", [("F", F2_SALT, True), ("F", F2_SIMPLE, False)]),
            ("b", "Learning"),
            ("p", [("F", F2_VOCAB, True)]),
            _gloss("G"),
            ("S", "G", G2_DIET),
            ("p", G2_NURSE),
            _gloss("H1"),
            ("S", "H1", "Not applicable."),
            _gloss("H2"),
            ("S", "H2", "Not applicable at present."),
            _gloss("I"),
            ("S", "I", "Kingsmere Academy, Harrowdene (mainstream academy)."),
            _gloss("J"),
            ("S", "J", "Ms Trenholm has not asked for a personal budget."),
            _gloss("K"),
            (
                "S",
                "K",
                "Report of Ms Anjali Brook, paediatric dietitian (September 2026); report of Mr Tom Galloway, independent speech and language therapist (October 2026); views of Maisie and her mother; advice from Kingsmere Academy.",
            ),
        ],
    ),
    reports=[
        dict(
            file=DT2,
            footer="Harrowdene Community Health NHS Trust - Paediatric Dietetics - page {n} of {m}",
            author="A Brook",
            blocks=[
                ("org", "Harrowdene Community Health NHS Trust - Paediatric Dietetics"),
                ("small", "Elmfield Clinic, Harrowdene - 01632 960630"),
                ("title", "Dietetic Advice: EHC Needs Assessment"),
                (
                    "p",
                    "Patient: Maisie Trenholm, DOB 02/06/2014, NHS 999 630 4418. Seen in clinic 11 September 2026.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        X(
                            "Maisie was referred to dietetics by her GP at the age of eight because of a very limited diet and slow weight gain, and she was diagnosed with ARFID by the eating disorders team in 2025.",
                            "history",
                        ),
                        X(
                            "Her weight is on the 9th centile and her height on the 50th centile; her blood tests in June showed low ferritin, and she now takes an iron supplement.",
                            "test result",
                        ),
                        X(
                            "She has added plain crackers and one brand of yoghurt to her diet since January, through the graded exposure work we do in clinic.",
                            "progress",
                        ),
                    ],
                ),
                ("h", 2, "Current difficulties"),
                (
                    "p",
                    [
                        N(
                            "Maisie eats a very narrow range of about eight foods, mostly beige and crunchy, and refuses any food that has touched another food on the plate.",
                            "health",
                            B2_FOODS,
                        ),
                        N(
                            "Because of her restricted intake she often has no lunch at school, and her teachers report that she is tired and unable to concentrate in afternoon lessons.",
                            "cognition_learning",
                            B2_LUNCH,
                        ),
                        N(
                            "She experiences high anxiety in the school canteen because of the smells and noise, and she has begun hiding in the toilets at lunchtime.",
                            "semh",
                            None,
                        ),
                        N(
                            "Maisie gags when she sees or smells unfamiliar foods, which makes food technology lessons very difficult for her.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                ("h", 2, "Recommendations for school"),
                (
                    "grid",
                    [
                        ["Recommendation", "Reason"],
                        [
                            R(
                                "A quiet place to eat lunch away from the canteen, with a familiar adult nearby, every school day.",
                                "semh",
                                "specific",
                                F2_LUNCH,
                            ),
                            X(
                                "Anxiety suppresses appetite; Maisie eats more where she feels safe.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Maisie should be allowed to bring her own safe foods from home and eat them without being asked to try anything else.",
                                "health",
                                "specific",
                                F2_OWN,
                            ),
                            X(
                                "Pressure to try new foods at school undoes the trust we build in clinic.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "In food technology Maisie should follow an adapted programme in which she can take part without handling or tasting foods she finds aversive, agreed with her before each unit.",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "She can learn the theory and watch others cook; being made to touch food brings on gagging.",
                        ],
                        [
                            R(
                                "A named member of staff should note each day whether Maisie has eaten her lunch, and tell her mother through the home-school book.",
                                "health",
                                "not_specific",
                                F2_WATCH,
                            ),
                            "So that her mother can make up for a missed lunch at tea time.",
                        ],
                        [
                            R(
                                "All staff who teach Maisie should have a short briefing on ARFID and autism, so that no one draws attention to her eating or pressures her to eat.",
                                "health",
                                "missing_from_f",
                            ),
                            X(
                                "A comment from one lunchtime supervisor last term led to a week in which she ate nothing at school.",
                                "history: reason for a recommendation",
                            ),
                        ],
                    ],
                    [0.6, 0.4],
                ),
                (
                    "p",
                    [
                        R(
                            "I will continue to review Maisie in the dietetic clinic every three months and monitor her growth.",
                            "health",
                            "not_educational",
                            G2_DIET,
                            section="G",
                        ),
                        X(
                            "We have discussed a tube feed with Maisie's mother and agreed it is not indicated, as her weight is stable.",
                            "option considered and rejected",
                        ),
                        X(
                            "Graded exposure to new foods should stay within the clinic programme and should not be attempted at school.",
                            "advice about where provision does not belong",
                        ),
                    ],
                ),
                (
                    "sig",
                    ["Anjali Brook BSc RD", "Specialist Paediatric Dietitian", "18 September 2026"],
                ),
            ],
        ),
        dict(
            file=SL2,
            style="lettered",
            footer="Galloway Speech and Language Therapy - independent report - Maisie Trenholm",
            author="T Galloway",
            blocks=[
                ("org", "Galloway Speech and Language Therapy"),
                ("p", "12 Market Row, Harrowdene - 07700 900412 - tom@galloway-slt.example.org"),
                ("title", "Independent Speech and Language Therapy Report"),
                (
                    "kv",
                    [
                        ("Client", "Maisie Trenholm, age 12 years 4 months"),
                        ("Instructed by", "Ms Rachel Trenholm (parent)"),
                        ("Assessed", "3 and 10 October 2026, at home and at Kingsmere Academy"),
                        ("Therapist", "Tom Galloway, MRCSLT, HCPC registered"),
                    ],
                ),
                ("h", 1, "Summary of assessment"),
                (
                    "p",
                    [
                        X(
                            "On the CELF-5 UK, Maisie's core language score was 84, in the low average range, with a relative strength in expressive vocabulary.",
                            "test result",
                        ),
                        X(
                            "Her speech is clear and fully intelligible, and her reading accuracy is age-appropriate.",
                            "strength",
                        ),
                        "We would stress, though, that a standard test in a quiet room shows Maisie at her best.",
                    ],
                ),
                ("h", 1, "What we found"),
                (
                    "p",
                    [
                        N(
                            "Maisie has significant difficulty with the social use of language: she struggles to join group conversations and to take turns in discussion.",
                            "communication_interaction",
                            B2_GROUP,
                        ),
                        N(
                            "She has difficulty understanding longer spoken instructions, and retains only the first part of an instruction with more than two steps.",
                            "communication_interaction",
                            B2_INSTR,
                        ),
                        "In a science lesson we watched her start the first step of a practical and then copy her neighbour for the rest.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Maisie rarely asks for help, or tells adults when she is hungry, unwell or upset.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "She has difficulty understanding figurative language and sarcasm, which leads to misunderstandings and arguments with her peers.",
                            "communication_interaction",
                            B2_JOKES,
                        ),
                        N(
                            "Her knowledge of subject-specific vocabulary, especially in science and geography, is weak.",
                            "cognition_learning",
                            B2_WORDS,
                        ),
                    ],
                ),
                ("h", 1, "Options we considered"),
                (
                    "p",
                    [
                        X(
                            "We considered individual therapy in clinic, but Maisie's difficulties show most with her peers, so we think group work in school will do more for her.",
                            "option considered and rejected",
                        ),
                        X(
                            "A reduced timetable was suggested by the school last term and is not something we support.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Our recommendations"),
                (
                    "p",
                    [
                        R(
                            "We recommend direct speech and language therapy for social communication, as one 45-minute small-group session each week for two terms, followed by a review each term.",
                            "communication_interaction",
                            "less",
                            F2_SALT,
                        ),
                        X(
                            "Social language develops through repeated practice with the same small group, and a fortnightly session loses too much between meetings.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Teachers should give Maisie instructions in short chunks, one step at a time, and give her a written checklist for any task with more than two steps.",
                            "communication_interaction",
                            "not_specific",
                            F2_SIMPLE,
                        ),
                        R(
                            "We recommend that a teaching assistant pre-teaches the key vocabulary of each science and geography topic, for 20 minutes twice a week, using word maps.",
                            "cognition_learning",
                            "specific",
                            F2_VOCAB,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Maisie should have a named key adult in school whom she can go to at any time, and a help card she can show without having to speak, which every member of staff knows about.",
                            "communication_interaction",
                            "wrong_section",
                            G2_NURSE,
                            section="G",
                        ),
                        X(
                            "We found that she would sit through a lesson feeling faint rather than say she had not eaten.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "At home, Ms Trenholm already uses a visual menu with Maisie, and we suggest she keeps doing so.",
                            "home advice: support already in place",
                        ),
                    ],
                ),
                ("p", "Tom Galloway, Speech and Language Therapist, 24 October 2026"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbh-03: Castlemoor Metropolitan Borough Council; Freya Castellan, 14, electively
# home educated; parents seek a special school place.
# layout "section-word-letter-em-dash-sentence-case-numbered-area-prose": "Section B — Special
# educational needs"; B under numbered council areas ("Area 1: ..."); F prose per area.
# ---------------------------------------------------------------------------

B3_MATHS = "Freya's maths is several years behind that of other girls her age."
B3_FOCUS = (
    "Freya can only concentrate for short periods, especially on work she has not chosen herself."
)
B3_SCHOOL = "The thought of going back into a school building makes Freya very anxious."
B3_UNDER = (
    "Freya does not always understand long sentences or words about ideas rather than things."
)
B3_ORDER = "She finds it hard to put her ideas in order when she talks or explains her thinking."
B3_CHOICE = "Freya copes best when she has some choice; if she is told to do something directly she may stop talking or walk away."

F3_MATHS = "Freya will have maths tuition from a qualified teacher for one hour each week."
F3_BLOCKS = "Freya's learning will be set out in blocks of no more than 20 minutes, each followed by a five-minute break, in every session."
F3_SMALL = "Freya will be taught in a small group where possible."
F3_SALT = "A speech and language therapist will work with Freya for one hour every fortnight throughout the year, on understanding complex sentences and on telling events in order."
F3_LANG = "Adults will adapt their language as appropriate."

H3_YOUTH = "The Short Breaks Service will offer Freya a place in its Saturday youth club for autistic teenagers."
G3_CAMHS = "CAMHS will assess Freya's anxiety; the referral was accepted in October 2026."

EH3 = "home_education_visit_note.docx"
PA3 = "parent_account.docx"


def _emdash(sid: str) -> tuple:
    name = NAMES[sid][0] + NAMES[sid][1:].lower() if sid != "H1" else NAMES[sid]
    return ("H", sid, f"Section {sid} — {name}", "h1")


CASE_03 = dict(
    name="case-evalbh-03",
    layout="section-word-letter-em-dash-sentence-case-numbered-area-prose",
    summary=(
        "Castlemoor Metropolitan Borough Council; Freya Castellan, 14, electively home educated since Year 7, "
        "whose parents seek a place at a special school (autism; anxiety about school; maths gaps; short "
        "attention; language understanding and narrative; need for control; handwriting; isolation; sensory "
        "sensitivity). Headings 'Section B — Special educational needs'; Section B sits under numbered areas "
        "('Area 1: Thinking and learning') and Section F is a prose paragraph per area. A home education "
        "adviser's visit note (.docx, terse notes and bullets with reasons mixed in) and a parent's account "
        "(.docx, first person plural, options and the reasons for them)."
    ),
    note="The parents' recommended small weekly social group as part of Freya's education stands in H2 as a Short Breaks youth club: provision in the wrong section. The CAMHS assessment is health provision, correctly in G. The parents' wish for a special school is a placement preference (Section I), not a provision. School history, the previous school's attendance figures and the rejected options (online school, return to mainstream) are background.",
    plan=dict(
        file="plan.docx",
        footer="Castlemoor MBC - Education, Health and Care Plan - Freya Castellan - Draft for consultation 20 November 2026",
        author="Castlemoor SEN Team",
        title="EHC Plan (draft) - Freya Castellan",
        blocks=[
            ("org", "Castlemoor Metropolitan Borough Council"),
            ("title", "Education, Health and Care Plan - draft"),
            (
                "kv",
                [
                    ("Name", "Freya Castellan"),
                    ("Date of birth", "30 January 2012"),
                    ("NHS number", "999 284 1150"),
                    ("Current education", "Electively home educated since September 2023"),
                    ("Parents", "Marta and Luca Castellan, Holly Cottage, Fenn Lane, Castlemoor"),
                    ("SEN officer", "Mrs D Whitfield, 01632 960714"),
                ],
            ),
            _emdash("A"),
            (
                "S",
                "A",
                "Freya is passionate about horses and about marine biology, and she has taught herself to play the ukulele from online videos.",
            ),
            (
                "p",
                "Freya would like to learn with a few other young people who 'get it', and one day to work with animals.",
            ),
            _emdash("B"),
            ("S", "B", "Freya was diagnosed as autistic at the age of nine."),
            ("b", "Area 1: Thinking and learning"),
            ("p", [B3_MATHS, B3_FOCUS]),
            ("b", "Area 2: Communication and interaction"),
            ("p", [B3_UNDER, B3_ORDER]),
            ("b", "Area 3: Social, emotional and mental health"),
            ("p", [B3_SCHOOL, B3_CHOICE]),
            ("b", "Area 4: Sensory and physical"),
            ("p", "Freya has no sensory or physical needs that affect her learning."),
            _emdash("C"),
            ("S", "C", "Freya has been referred to CAMHS because of her anxiety."),
            _emdash("D"),
            ("S", "D", "Freya's family have not asked for a social care assessment."),
            _emdash("E"),
            (
                "S",
                "E",
                "By July 2028 Freya will be working at a Year 7 level in number and place value.",
            ),
            (
                "p",
                "By July 2028 Freya will retell an event or explain a piece of work in the right order, using linking words.",
            ),
            (
                "p",
                "By July 2028 Freya will be attending an education setting outside her home for at least three days a week.",
            ),
            _emdash("F"),
            (
                "S",
                "F",
                "The provision in this section will be arranged by the council while Freya is home educated, and by her school once a placement is named.",
            ),
            ("b", "Area 1: Thinking and learning"),
            ("p", [("F", F3_MATHS, True), ("F", F3_BLOCKS, True)]),
            ("b", "Area 2: Communication and interaction"),
            ("p", [("F", F3_SALT, True), ("F", F3_LANG, False)]),
            ("b", "Area 3: Social, emotional and mental health"),
            ("p", [("F", F3_SMALL, False)]),
            _emdash("G"),
            ("S", "G", G3_CAMHS),
            _emdash("H1"),
            ("S", "H1", "Not applicable."),
            _emdash("H2"),
            ("S", "H2", H3_YOUTH),
            _emdash("I"),
            (
                "S",
                "I",
                "To be confirmed following consultation; the parents have asked for Larkhill School.",
            ),
            _emdash("J"),
            ("S", "J", "A personal budget has not been requested."),
            _emdash("K"),
            (
                "S",
                "K",
                "Visit note of Mr Owen Pryce, Elective Home Education Adviser (September 2026); account from Freya's parents (October 2026); Freya's views.",
            ),
        ],
    ),
    reports=[
        dict(
            file=EH3,
            style="folder",
            footer="Castlemoor MBC Elective Home Education Team - visit note - OFFICIAL",
            author="O Pryce",
            blocks=[
                ("org", "Castlemoor MBC - Elective Home Education Team"),
                ("title", "Home Visit Note"),
                (
                    "kv",
                    [
                        ("Child", "Freya Castellan (DOB 30/01/2012)"),
                        ("Visit", "17 September 2026, family home, 10:00 to 12:00"),
                        ("Present", "Freya, Mrs Castellan, Owen Pryce (EHE Adviser)"),
                        ("Purpose", "Annual contact and advice for EHC needs assessment"),
                    ],
                ),
                ("b", "Context"),
                (
                    "bul",
                    [
                        X(
                            "Freya left Castlemoor High School in September 2023 after a year in which her attendance fell below 40%.",
                            "history",
                        ),
                        X(
                            "Education at home is suitable and efficient for the purposes of the Education Act 1996; no concerns about the provision the family make.",
                            "background: suitability of home education",
                        ),
                        X(
                            "Freya reads widely and confidently, well above her age in non-fiction about animals.",
                            "strength",
                        ),
                    ],
                ),
                ("b", "Observations"),
                (
                    "bul",
                    [
                        N(
                            "Working well below age-related expectations in maths, at around a Year 4 level, with gaps in number facts and place value.",
                            "cognition_learning",
                            B3_MATHS,
                        ),
                        N(
                            "Can work for only 15 to 20 minutes before needing a break, and then only on topics she has chosen.",
                            "cognition_learning",
                            B3_FOCUS,
                        ),
                        N(
                            "Handwriting is slow and effortful; Freya avoids writing more than a sentence or two, and her written work is far below her spoken ideas.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "Did not follow my longer questions and asked her mother to 'say it normally', and found words such as 'evidence' and 'compare' hard to grasp.",
                            "communication_interaction",
                            B3_UNDER,
                        ),
                        X(
                            "Times tables have improved since the last visit, using an app she likes.",
                            "progress",
                        ),
                        X(
                            "Mrs Castellan has bought a structured maths scheme, which Freya uses most mornings with her mother beside her.",
                            "support already in place",
                        ),
                    ],
                ),
                ("b", "Advice"),
                (
                    "bul",
                    [
                        [
                            R(
                                "Specialist maths teaching, one-to-one, two hours a week,",
                                "cognition_learning",
                                "less",
                                F3_MATHS,
                            ),
                            X(
                                "as the gaps are too wide for Mrs Castellan to close alone, and short sessions twice a week suit Freya better than one long one.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            R(
                                "Touch-typing programme, 15 minutes daily, and a laptop for all extended writing",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "- her ideas are lost while she forms letters.",
                        ],
                        [
                            R(
                                "All learning planned in short blocks of no more than 20 minutes, with a movement break between blocks.",
                                "cognition_learning",
                                "specific",
                                F3_BLOCKS,
                            ),
                        ],
                        [
                            R(
                                "Should any school place be named, a teaching group of no more than eight pupils in a calm, low-arousal room",
                                "semh",
                                "not_specific",
                                F3_SMALL,
                            ),
                            "(Freya says she 'cannot think' in a room of thirty).",
                        ],
                        [
                            R(
                                "Speech and language therapy for understanding complex sentences and for telling events in order, one hour every fortnight for a year.",
                                "communication_interaction",
                                "specific",
                                F3_SALT,
                            ),
                        ],
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "An online school was discussed but Freya did not cope with a live lesson on camera during a trial in the spring.",
                            "option considered and rejected",
                        ),
                        "Next contact: September 2027, or sooner if the family ask.",
                    ],
                ),
            ],
        ),
        dict(
            file=PA3,
            style="headed",
            footer="Parents' account - Freya Castellan - October 2026",
            author="M and L Castellan",
            blocks=[
                ("title", "Our account of Freya's needs"),
                (
                    "p",
                    "Written by Marta and Luca Castellan for the EHC needs assessment, October 2026",
                ),
                ("h", 1, "How we got here"),
                (
                    "p",
                    [
                        X(
                            "At primary school Freya was described as shy but happy, and nobody suggested she might be autistic until she was eight.",
                            "history",
                        ),
                        X(
                            "In Year 7 she stopped eating at school, then stopped going in at all, and we deregistered her in September 2023 because we could see no other way to keep her well.",
                            "history",
                        ),
                        "We have been teaching her ourselves since then, with a lot of help from a home-education group for the first year.",
                    ],
                ),
                ("h", 1, "What Freya finds hard now"),
                (
                    "p",
                    [
                        N(
                            "Freya becomes extremely anxious at the thought of returning to any school building; when we drove past her old school in the summer she was sick in the car.",
                            "semh",
                            B3_SCHOOL,
                        ),
                        N(
                            "She has a very strong need to feel in control, and she responds to any direct demand by shutting down or leaving the room.",
                            "semh",
                            B3_CHOICE,
                        ),
                        "We have learned to say 'I wonder if' rather than 'you need to'.",
                        X(
                            "She now goes riding every Saturday and copes well with the small group at the stables, which shows us what she can do when the setting is right.",
                            "strength: progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Freya has had very little contact with young people of her own age since leaving school, and she has no friends her age at all.",
                            "semh",
                            None,
                        ),
                        N(
                            "Fluorescent lights and crowded corridors were a big part of what made secondary school unbearable for her, and they still trigger shutdowns in shops and at the dentist.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "When she tries to tell us about something that happened, she jumps about so much that we often cannot follow the story, and she gets cross with herself.",
                            "communication_interaction",
                            B3_ORDER,
                        ),
                    ],
                ),
                ("h", 1, "What we are asking for"),
                (
                    "p",
                    [
                        X(
                            "We would like Freya to have a place at Larkhill School, which is a small specialist school for autistic girls with classes of six to eight.",
                            "placement preference, not a provision",
                        ),
                        X(
                            "We did look at a return to mainstream with a support package, but Freya's reaction to even talking about it tells us that this would fail again.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Wherever she learns,",
                        R(
                            "we want Freya to have a small social group of two or three young people her age, meeting each week as part of her education, with an adult who can help the conversation along.",
                            "semh",
                            "wrong_section",
                            H3_YOUTH,
                            section="H2",
                        ),
                        "A Saturday club is not the same; she needs to practise being with peers in a place where she is also learning.",
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "We also think that everyone who teaches Freya needs training in low-demand approaches and in using declarative language, before they start working with her.",
                            "semh",
                            "missing_from_f",
                        ),
                        R(
                            "Adults should use short sentences, explain new words, and check that Freya has understood without putting her on the spot.",
                            "communication_interaction",
                            "not_specific",
                            F3_LANG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        R(
                            "Freya should be seen by CAMHS for her anxiety, which has never been properly assessed.",
                            "health",
                            "not_educational",
                            G3_CAMHS,
                            section="G",
                        ),
                        X(
                            "Her sleep has settled since she left school and is not a problem now.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("p", "Marta and Luca Castellan"),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalbh-04: Kestlebury Council; Elin Pascoe, 10, Year 5, St Aldhelm's Church of England
# Primary School, selective mutism and autism.
# layout "section-word-letter-full-stop-area-prose-responsible-runin": "Section B. Special
# educational needs"; F a prose paragraph per area, each followed by a "Responsible:" run-in.
# ---------------------------------------------------------------------------

B4_SILENT = (
    "Elin talks at home but stays silent with adults at school and with most other children."
)
B4_PRESSURE = "Elin becomes more anxious and freezes if people push her to talk, or make a fuss when she does."
B4_SIGNAL = "Elin has no way yet of letting staff know when she needs the toilet or feels unwell."
B4_PLAY = "Playtimes and whole-school worship in the hall are hard for Elin, and she often stays on her own."
B4_START = "Elin often does not start her written work when she is unsure what to do, and what she writes is short."
B4_CHANGE = "Changes to her day, like a new teacher, upset Elin."

F4_SLIDE = "Mrs Hale, teaching assistant, will run a sliding-in programme with Elin three times a week for 15 minutes, following the plan written by the speech and language therapist."
F4_AWARE = "Staff will be made aware of Elin's selective mutism."
F4_CARDS = "Elin will have a set of help cards on her desk and a lanyard card at playtime, so that she can show that she needs the toilet, is unwell or needs help."
F4_REVIEW = "A speech and language therapist will review the programme once a term."
F4_WORSHIP = "Reasonable adjustments will be made for collective worship."
F4_CLUB = "A teaching assistant will run a Lego club four lunchtimes a week, where Elin can play with two friends she has chosen."

G4_TRAIN = "The speech and language therapy service will provide training on selective mutism for school staff."
G4_AUDIO = "Elin will be referred to the children's audiology clinic for a hearing test."

SL4 = "salt_report.docx"
AT4 = "specialist_teacher_report.pdf"


def _sfs(sid: str) -> tuple:
    return ("H", sid, f"Section {sid}. {NAMES[sid]}", "h2")


def _resp(text: str) -> tuple:
    return ("runin", "Responsible:", text)


CASE_04 = dict(
    name="case-evalbh-04",
    layout="section-word-letter-full-stop-area-prose-responsible-runin",
    summary=(
        "Kestlebury Council; Elin Pascoe, 10, Year 5 at St Aldhelm's Church of England Primary School (selective "
        "mutism and autism; silence at school, anxiety about speaking, no way to signal needs, receptive "
        "language, playtimes and worship, touch and noise sensitivity, not starting work, change, maths "
        "reasoning). Headings 'Section B. Special educational needs'; Section F is a prose paragraph per "
        "area, each followed by a 'Responsible:' line. An independent speech and language therapist's report "
        "(.docx, options as Plan A / Plan B, a Recommendation / Who / How often table) and a specialist "
        "teacher's report (.pdf, reported speech: 'Mrs Dunne recommended that ...')."
    ),
    note="The therapist's recommended staff training on selective mutism stands in Section G as a speech and language therapy service offer: provision in the wrong section. The audiology referral is health provision, correctly in G. In the table the Recommendation cell is the quoted text; its Who and How often cells carry the quantity. Plan B (weekly direct therapy in school) is an option the therapist set aside.",
    plan=dict(
        file="plan.pdf",
        footer="Kestlebury Council - EHC Plan - Elin Pascoe - final - 23 November 2026 - page {n} of {m}",
        author="Kestlebury SEND",
        title="Education, Health and Care Plan - Elin Pascoe",
        accent="5B2C6F",
        blocks=[
            ("org", "Kestlebury Council - Special Educational Needs and Disability Team"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Elin Pascoe"),
                    ("Date of birth", "8 October 2016"),
                    ("NHS number", "999 733 0915"),
                    ("School", "St Aldhelm's Church of England Primary School, Year 5"),
                    ("Parents", "Ffion and Mark Pascoe, 2 Chapel Yard, Kestlebury"),
                    ("Coordinator", "Mr R Imrie, 01632 960805"),
                ],
            ),
            _sfs("A"),
            (
                "S",
                "A",
                "Elin loves cats, gymnastics and drawing comic strips, which she shares with her teacher in a notebook.",
            ),
            (
                "p",
                "Elin wrote: 'I want to be able to say the register like everyone else one day.'",
            ),
            _sfs("B"),
            ("S", "B", "Elin has a diagnosis of autism and of selective mutism."),
            ("b", "Communication"),
            ("p", [B4_SILENT, B4_PRESSURE, B4_SIGNAL]),
            ("b", "Social and emotional"),
            ("p", [B4_PLAY, B4_CHANGE]),
            ("b", "Learning"),
            ("p", [B4_START, "Elin's reading is at the level expected for her age."]),
            _sfs("C"),
            ("S", "C", "Elin is healthy; she is awaiting a hearing test."),
            _sfs("D"),
            ("S", "D", "There are no social care needs."),
            _sfs("E"),
            ("S", "E", "By July 2028 Elin will speak to two adults in school, in a quiet room."),
            (
                "p",
                "By July 2028 Elin will use her help cards to ask for the toilet or for help without prompting.",
            ),
            (
                "p",
                "By July 2028 Elin will take part in a playtime game with other children at least three times a week.",
            ),
            _sfs("F"),
            (
                "S",
                "F",
                "St Aldhelm's Church of England Primary School will make this provision, with support from the council's SEND Support Service.",
            ),
            ("b", "Communication"),
            (
                "p",
                [
                    ("F", F4_SLIDE, True),
                    ("F", F4_REVIEW, True),
                    ("F", F4_AWARE, False),
                    ("F", F4_CARDS, True),
                ],
            ),
            _resp("class teacher, teaching assistant and SENCo"),
            ("b", "Social and emotional"),
            ("p", [("F", F4_CLUB, True), ("F", F4_WORSHIP, False)]),
            _resp("SENCo and headteacher"),
            _sfs("G"),
            ("S", "G", G4_AUDIO),
            ("p", G4_TRAIN),
            _sfs("H1"),
            ("S", "H1", "None."),
            _sfs("H2"),
            ("S", "H2", "None identified."),
            _sfs("I"),
            (
                "S",
                "I",
                "St Aldhelm's Church of England Primary School, Kestlebury (voluntary aided, mainstream).",
            ),
            _sfs("J"),
            ("S", "J", "No personal budget has been requested."),
            _sfs("K"),
            (
                "S",
                "K",
                "Report of Ms Priya Nair, independent speech and language therapist (September 2026); report of Mrs Gwen Dunne, specialist teacher (October 2026); views of Elin and her parents.",
            ),
        ],
    ),
    reports=[
        dict(
            file=SL4,
            style="lettered",
            footer="Priya Nair Speech and Language Therapy - Elin Pascoe - confidential",
            author="P Nair",
            blocks=[
                ("org", "Priya Nair Speech and Language Therapy"),
                (
                    "p",
                    "The Old Forge, Mill Lane, Kestlebury - 07700 900538 - priya@nair-slt.example.org",
                ),
                ("title", "Speech and Language Therapy Report"),
                (
                    "kv",
                    [
                        ("Name", "Elin Pascoe, born 08/10/2016"),
                        ("School", "St Aldhelm's CE Primary, Year 5"),
                        (
                            "Seen",
                            "At home on 4 September and in school on 11 and 18 September 2026",
                        ),
                        ("Commissioned by", "Elin's parents"),
                    ],
                ),
                ("h", 1, "History"),
                (
                    "p",
                    [
                        X(
                            "Elin has not spoken in school since she started in Reception, although her nursery reported that she whispered to one friend there.",
                            "history",
                        ),
                        X(
                            "Her wetting accidents at school in Year 2, which her parents linked to not being able to ask for the toilet, stopped once she was given a toilet pass.",
                            "resolved difficulty: support already in place",
                        ),
                    ],
                ),
                ("h", 1, "Assessment"),
                (
                    "p",
                    [
                        X(
                            "On a video recorded by her mother at home, Elin used long and well-formed sentences and told a funny story about the family cat.",
                            "assessment: strength",
                        ),
                        X(
                            "This term she has started to whisper to her sister at the school gate, which is real progress.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Elin does not speak at all to adults at school, or to most children, although she talks freely at home with her parents and sister.",
                            "communication_interaction",
                            B4_SILENT,
                        ),
                        N(
                            "Her selective mutism is maintained by anxiety, and pressure to speak, including praise when she does speak, increases her freezing.",
                            "semh",
                            B4_PRESSURE,
                        ),
                        N(
                            "Elin also has a mild receptive language difficulty, so she may not understand complex instructions in class and cannot ask for them to be repeated.",
                            "communication_interaction",
                            None,
                        ),
                        N(
                            "She does not yet have a reliable non-verbal way of communicating basic needs at school, such as needing the toilet or feeling ill.",
                            "communication_interaction",
                            B4_SIGNAL,
                        ),
                    ],
                ),
                ("h", 1, "Options"),
                (
                    "p",
                    [
                        R(
                            "Plan A, which I recommend, is a sliding-in programme led by one trained key adult in school, with my regular review.",
                            "communication_interaction",
                            "specific",
                            F4_SLIDE,
                        ),
                        X(
                            "Plan B would be weekly direct therapy from me in school, but a visiting therapist is one more stranger to speak to, and I do not recommend it for Elin now.",
                            "option considered and rejected",
                        ),
                        X(
                            "Medication for anxiety was raised by Elin's father; in my view it is not needed while she is making progress, and it is a matter for her GP.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations (Plan A)"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often"],
                        [
                            R(
                                "A sliding-in programme to extend Elin's talking to one key adult in school, and then to other adults and children.",
                                "communication_interaction",
                                "specific",
                                F4_SLIDE,
                            ),
                            "A named teaching assistant, trained and supported by the SALT",
                            "Three 15-minute sessions a week, in a quiet room",
                        ],
                        [
                            R(
                                "A no-pressure approach by every adult: no direct questions that need a spoken answer, and no comment when Elin does speak.",
                                "semh",
                                "not_specific",
                                F4_AWARE,
                            ),
                            "All staff, including lunchtime staff and the clergy who lead worship",
                            "At all times",
                        ],
                        [
                            R(
                                "Help cards or a small whiteboard so that Elin can show when she needs the toilet, feels ill or needs help.",
                                "communication_interaction",
                                "specific",
                                F4_CARDS,
                            ),
                            "Class teacher",
                            "In every lesson and at playtime",
                        ],
                        [
                            R(
                                "Review of the sliding-in programme and setting of new targets with the key adult.",
                                "communication_interaction",
                                "less",
                                F4_REVIEW,
                            ),
                            "Speech and language therapist",
                            "Twice each half term",
                        ],
                        [
                            R(
                                "Pre-teaching of new topic vocabulary, and the steps of each task written down, so that Elin can follow instructions without having to ask.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Class teacher or teaching assistant",
                            "Daily",
                        ],
                        [
                            R(
                                "Training for all staff in how selective mutism is maintained and how to respond to it.",
                                "communication_interaction",
                                "wrong_section",
                                G4_TRAIN,
                                section="G",
                            ),
                            "Speech and language therapist, for the whole school staff",
                            "One twilight session in the autumn term, with a follow-up in the spring",
                        ],
                        [
                            R(
                                "A hearing test, to rule out any hearing loss adding to her difficulty with complex instructions.",
                                "health",
                                "not_educational",
                                G4_AUDIO,
                                section="G",
                            ),
                            "GP referral to audiology",
                            "Once",
                        ],
                    ],
                    [0.5, 0.27, 0.23],
                ),
                (
                    "p",
                    "Priya Nair BSc (Hons) MRCSLT, Speech and Language Therapist, 30 September 2026",
                ),
            ],
        ),
        dict(
            file=AT4,
            footer="Kestlebury SEND Support Service - Specialist Teacher Report - page {n} of {m}",
            author="G Dunne",
            blocks=[
                ("org", "Kestlebury SEND Support Service - Communication and Autism Team"),
                ("small", "Unit 4, Riverside Court, Kestlebury - 01632 960820"),
                ("title", "Specialist Teacher Report"),
                (
                    "p",
                    "Pupil: Elin Pascoe (Year 5). Visits: 7 and 14 October 2026. Report by Gwen Dunne, Specialist Teacher for Autism.",
                ),
                ("h", 2, "Summary of the consultation and observation"),
                (
                    "p",
                    [
                        "Mrs Dunne met Elin's class teacher, Mr Owusu, and the SENCo, Mrs Caddick, and observed Elin in a literacy lesson, at lunchtime and in collective worship.",
                        X(
                            "Mr Owusu said that Elin is kind, well liked and always beautifully behaved, and that her reading is among the best in the class.",
                            "strength",
                        ),
                        X(
                            "The school already lets Elin go to the toilet without asking, using a pass on her desk.",
                            "support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Elin's autism means that she finds unstructured times such as playtime and services in the hall very hard, and she often stands alone by the fence.",
                            "semh",
                            B4_PLAY,
                        ),
                        N(
                            "She is very sensitive to touch and to noise, and the singing in collective worship and the crowded cloakroom cause her to freeze.",
                            "sensory_physical",
                            None,
                        ),
                        "During the hymn Mrs Dunne saw her hold her sleeves over her hands and stop moving altogether until the hall emptied.",
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Her written work is far shorter than her ability would suggest, because she will not ask for help and sits without starting when she is unsure.",
                            "cognition_learning",
                            B4_START,
                        ),
                        N(
                            "Elin is falling behind in maths reasoning because she cannot explain her thinking aloud, and her teachers cannot tell what she does and does not understand.",
                            "cognition_learning",
                            None,
                        ),
                        N(
                            "Elin has great difficulty with change and becomes distressed when there is a supply teacher or when her routine changes without warning.",
                            "semh",
                            B4_CHANGE,
                        ),
                    ],
                ),
                ("h", 2, "Advice given"),
                (
                    "p",
                    [
                        X(
                            "Mrs Dunne discussed with the school how far its present support could go, and agreed with Mrs Caddick that a move to a specialist setting was not needed.",
                            "option considered and rejected",
                        ),
                        X(
                            "Elin's parents had asked about the council's specialist communication base, but they too felt that her friendships at St Aldhelm's were too important to lose.",
                            "option considered and rejected",
                        ),
                        "She recommended that",
                        R(
                            "Elin should be allowed to sit at the end of a row near the door in collective worship, with ear defenders, or to spend that time in the library with a friend, on every day that worship is held in the hall.",
                            "sensory_physical",
                            "not_specific",
                            F4_WORSHIP,
                        ),
                        X(
                            "She explained that the school's Christian ethos was not in question, only the noise and crowding of the hall.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "Mrs Dunne also advised that",
                        R(
                            "the school should run a structured lunchtime club or buddy system with two friends whom Elin chooses, on at least four days a week, to give her somewhere safe and predictable to be at playtime.",
                            "semh",
                            "specific",
                            F4_CLUB,
                        ),
                        R(
                            "Elin should be warned in advance of any change to her day, by a visual timetable on her desk and a note in her planner at the start of each day on which there will be a change such as a supply teacher.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "For home, she suggested that",
                        R(
                            "Elin's parents could invite one classmate at a time to play at home, which is often the first step in speech moving into school.",
                            "communication_interaction",
                            "not_educational",
                        ),
                        X(
                            "Mr and Mrs Pascoe said that they had already begun doing this with Elin's friend Tilly.",
                            "support already in place at home",
                        ),
                    ],
                ),
                ("p", "Gwen Dunne, Specialist Teacher for Autism, 21 October 2026"),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
