# ruff: noqa: E501, N802
"""Set AY as data: speech, language and communication (stammering, developmental language
disorder, selective mutism, AAC, a teenager with hearing loss and language disorder).
Everything is invented; phones 01632 960xxx, e-mail at example.org, NHS numbers 999.
"""


def N(text, area, plan_text=None):
    return ("N", text, area, plan_text)


def R(text, area, status, plan_text=None, **extras):
    return ("R", text, area, status, plan_text, extras)


def X(text, why):
    return ("X", text, why)


NAMES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision (CSDPA 1970)",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


def plan(head, fmt, kv, secs, footer):
    """secs: {sid: [first sentence or marker, more blocks...]}"""
    blocks = [("org", kv[0]), ("title", "Education, Health and Care Plan"), ("kv", kv[1])]
    for sid in ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]:
        blocks.append(("H", sid, fmt(sid), head))
        first, *rest = secs[sid]
        blocks.append(("S", sid, first))
        blocks.extend(rest)
    return dict(file="plan.docx", footer=footer, author=kv[0], title="EHC Plan", blocks=blocks)


# ---------------- case 01: stammering and DLD, Year 4 -----------------
B1_FLU = (
    "Tomasz stammers when he speaks, most of all when he is asked a question in front of the class."
)
B1_UND = "He finds it hard to understand long instructions and words about time such as 'before' and 'after'."
B1_SOC = "Tomasz sometimes misreads jokes and sarcasm from other children and gets upset."
B1_VOC = "His vocabulary for school subjects is small for his age."
B1_WORD = "Tomasz often cannot find the word he wants and uses 'thing' or points instead."
F1_SLT = "Speech and language therapy advice to school as needed."
F1_TA = "A teaching assistant will teach a word-learning programme set by the speech and language therapist for 20 minutes three times a week."
F1_INS = "Adults will give instructions in short chunks with a visual timetable, every lesson."
F1_GRP = "A language group once a week for 30 minutes."
G1_FLU = "The Eastmoor Community Speech and Language Therapy Service will offer a block of stammering therapy and help staff understand stammering."

CASE_01 = dict(
    name="case-evalay-01",
    layout="letter-em-dash-title-case",
    summary="Harlowmere Borough Council; Tomasz Wierzbicki, 9, Year 4 (stammering, developmental language disorder). Headings are 'B — Special Educational Needs'. An independent SLT report with numbered paragraphs arguing its recommendations, and a council NHS SLT report.",
    note="Staff training on stammering stands in G; stammering therapy itself in G is health provision.",
    plan=plan(
        "h2",
        lambda s: f"{s} — {NAMES[s].title()}",
        (
            "HARLOWMERE BOROUGH COUNCIL",
            [
                ("Name", "Tomasz Wierzbicki"),
                ("Date of birth", "2 May 2017"),
                ("NHS number", "999 402 7731"),
                ("School", "St Aldhelm's CE Primary, Year 4"),
            ],
        ),
        {
            "A": [
                "Tomasz loves football, drawing comics and his dog Bolek. He wants 'people to wait for me to finish'."
            ],
            "B": [
                "Tomasz has communication and interaction needs.",
                ("p", [B1_FLU, B1_UND]),
                ("p", [B1_WORD, B1_VOC, B1_SOC]),
            ],
            "C": ["Tomasz is known to the Eastmoor community speech and language therapy service."],
            "D": ["No social care needs."],
            "E": [
                "By the end of Year 5 Tomasz will follow a three-part class instruction and answer a question in a small group."
            ],
            "F": [
                ("F", F1_SLT, False),
                ("bul", [("F", F1_TA, True), ("F", F1_INS, True), ("F", F1_GRP, True)]),
            ],
            "G": [G1_FLU],
            "H1": ["No provision under section 2 of the 1970 Act."],
            "H2": ["No other social care provision."],
            "I": ["St Aldhelm's CE Primary School, a mainstream primary school."],
            "J": ["No personal budget requested."],
            "K": [
                "Independent SLT report (Ms F Okonjo, August 2026); Eastmoor SLT advice (June 2026); school advice."
            ],
        },
        "Harlowmere Borough Council - EHC Plan - Tomasz Wierzbicki - final 2 November 2026",
    ),
    reports=[
        dict(
            file="independent_slt_report.docx",
            style="headed",
            author="F Okonjo",
            footer="Okonjo Speech and Language Therapy - report for the First-tier Tribunal (SEND)",
            blocks=[
                ("org", "Okonjo Speech and Language Therapy"),
                ("small", "14 Quarry Lane, Harlowmere - 01632 960511 - fo@okonjo-slt.example.org"),
                ("title", "Independent speech and language therapy report for the Tribunal"),
                ("h", 1, "1. Background"),
                (
                    "p",
                    [
                        "1.1",
                        X(
                            "Tomasz began to stammer at age three, and a block of Lidcombe therapy at age four reduced it for a time.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "1.2",
                        X(
                            "His early toilet-training difficulties, noted by the health visitor, have long since resolved.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                ("h", 1, "2. Assessment findings"),
                (
                    "p",
                    [
                        "2.1",
                        X(
                            "On the CELF-5 UK Tomasz's Core Language standard score was 72, below the average range.",
                            "test result",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "2.2",
                        N(
                            "Tomasz stammers with repetitions and long blocks, and the stammer is worst when he must answer a question in front of his class.",
                            "communication_interaction",
                            B1_FLU,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "2.3",
                        N(
                            "He has a developmental language disorder: he cannot follow long spoken instructions and confuses concepts of time and sequence such as 'before', 'after' and 'until'.",
                            "communication_interaction",
                            B1_UND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "2.4",
                        N(
                            "He has marked word-finding difficulties, substituting 'thing' or gesture for the word he needs.",
                            "communication_interaction",
                            B1_WORD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "2.5",
                        N(
                            "Tomasz's narrative skills are very limited: he cannot retell a story or an event in order, which affects his written work across the curriculum.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "2.6",
                        N(
                            "He now avoids speaking in class, has stopped putting his hand up and told me that he 'hides so no one hears me get stuck'.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "2.7",
                        X(
                            "His reading accuracy is age-appropriate and is a real strength.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 1, "3. Recommendations and reasons"),
                (
                    "p",
                    [
                        "3.1",
                        R(
                            "Tomasz requires direct speech and language therapy from a qualified therapist for 45 minutes every week during term, for language and word-finding.",
                            "communication_interaction",
                            "not_specific",
                            F1_SLT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "3.2",
                        X(
                            "I do not agree with the council's therapist that a consultative model is enough; Tomasz has had two years of advice-only input and his scores have not moved.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "3.3",
                        R(
                            "A language group with a teaching assistant trained by the therapist should run three times a week for 30 minutes.",
                            "communication_interaction",
                            "less",
                            F1_GRP,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "3.4",
                        R(
                            "A narrative programme (such as Story Grammar) should be delivered one-to-one for 20 minutes twice a week, with progress reviewed by the therapist each half term.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "3.5",
                        R(
                            "Every adult who teaches Tomasz should receive training on stammering at the start of each school year, so that they wait, do not finish his words and do not put him on the spot.",
                            "communication_interaction",
                            "wrong_section",
                            G1_FLU,
                            section="G",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "3.6",
                        R(
                            "Tomasz should be offered an agreed alternative to answering aloud in whole-class question time, such as a whiteboard answer, in every lesson.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "3.7",
                        R(
                            "A word-learning programme set by the therapist, taught by a teaching assistant for 20 minutes three times a week.",
                            "communication_interaction",
                            "specific",
                            F1_TA,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "3.8",
                        X(
                            "I considered recommending a specialist language unit, but Tomasz is well settled at St Aldhelm's and I do not recommend a move.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "3.9",
                        X(
                            "At home his parents already give him time to finish and play word games at tea; I encouraged them to continue.",
                            "home advice",
                        ),
                    ],
                ),
                ("p", "Funmi Okonjo, MRCSLT, HCPC registered, 28 August 2026."),
            ],
        ),
        dict(
            file="council_slt_advice.docx",
            author="Eastmoor SLT",
            footer="Eastmoor Community NHS Trust - Speech and Language Therapy - advice",
            blocks=[
                ("org", "Eastmoor Community NHS Trust - Children's Speech and Language Therapy"),
                ("title", "Speech and language therapy advice for EHC needs assessment"),
                (
                    "p",
                    "Tomasz was seen in school on 9 June 2026 by Ms Priya Lal, Speech and Language Therapist.",
                ),
                (
                    "p",
                    [
                        X(
                            "Ms Lal reported that Tomasz had been discharged from the stammering clinic in 2022 after progress.",
                            "history",
                        ),
                        X("She said his speech sounds are now all age-appropriate.", "strength"),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "Ms Lal noted that Tomasz's listening attention is short and he loses track of class discussion after a minute or two.",
                            "communication_interaction",
                            None,
                        )
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "She found that Tomasz knows fewer subject words than his classmates, such as 'habitat' or 'multiply'.",
                            "communication_interaction",
                            B1_VOC,
                        ),
                        N(
                            "She observed that he takes jokes and sarcasm literally and becomes upset when other children tease him.",
                            "communication_interaction",
                            B1_SOC,
                        ),
                    ],
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Outcome"],
                        [
                            R(
                                "Instructions given in short chunks with a visual timetable in every lesson.",
                                "communication_interaction",
                                "specific",
                                F1_INS,
                            ),
                            "Tomasz follows class instructions without help.",
                        ],
                        [
                            R(
                                "A listening programme (such as Attention Autism stage work) for 10 minutes daily with a teaching assistant.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            X(
                                "Tomasz will attend to class talk for five minutes.",
                                "outcome column",
                            ),
                        ],
                    ],
                    [0.6, 0.4],
                    True,
                ),
                (
                    "p",
                    [
                        R(
                            "The stammering therapy block should be delivered by the NHS service in the spring term.",
                            "health",
                            "not_educational",
                            G1_FLU,
                            section="G",
                        )
                    ],
                ),
            ],
        ),
    ],
)


# ---------------- case 02: selective mutism with a text-to-speech aid, Year 2 -----------------
B2_MUTE = (
    "Ava does not speak at school to adults or most children, although she talks freely at home."
)
B2_ANX = "She becomes very anxious when she thinks she is expected to speak, and freezes."
B2_AAC = "Ava has started to use a tablet with a voice app at school but needs help to use it."
B2_ASK = "She cannot ask for help or tell an adult when she is hurt or needs the toilet."
B2_REG = "Ava's register answer and reading aloud are hard for her."
F2_KEY = "A key adult will run a sliding-in programme with Ava for 15 minutes four times a week, led by the speech and language therapist's plan."
F2_AAC = "Access to a tablet with a text-to-speech app."
F2_CARD = "Ava will have a help card and a toilet card on her table in every lesson."
F2_REV = "Regular reviews of Ava's progress."
G2_TRN = "The Northvale Children's SLT service will provide training for school staff on selective mutism."

CASE_02 = dict(
    name="case-evalay-02",
    layout="shaded-band-names-unlettered",
    summary="Northvale City Council; Ava Mbeki-Roth, 7, Year 2 (selective mutism, uses a text-to-speech app as AAC). Sections have no letters: each is a shaded band with its name only. A council SLT report in reported speech and a parent-commissioned educational psychologist's bulleted advice.",
    note="Selective mutism training offered in G is educational provision in the wrong section.",
    plan=plan(
        "band",
        lambda s: NAMES[s],
        (
            "NORTHVALE CITY COUNCIL",
            [
                ("Name", "Ava Mbeki-Roth"),
                ("Date of birth", "19 January 2019"),
                ("NHS number", "999 318 5520"),
                ("School", "Heron Lane Primary, Year 2"),
            ],
        ),
        {
            "A": [
                "Ava likes horses, baking with her nan and the colour purple. She wants a friend to sit with."
            ],
            "B": [
                "Ava has social, emotional and communication needs.",
                ("p", [B2_MUTE, B2_ANX]),
                ("p", [B2_AAC, B2_ASK, B2_REG]),
            ],
            "C": ["Ava has no diagnosed health conditions beyond selective mutism."],
            "D": ["Ava has no social care needs."],
            "E": [
                "By July 2027 Ava will answer the register with her voice app and speak to her key adult in school."
            ],
            "F": [
                "Heron Lane Primary will make this provision, overseen by the SENCo.",
                (
                    "bul",
                    [
                        ("F", F2_KEY, True),
                        ("F", F2_AAC, False),
                        ("F", F2_CARD, True),
                        ("F", F2_REV, False),
                    ],
                ),
            ],
            "G": [G2_TRN],
            "H1": ["No provision is needed under section 2 of the 1970 Act."],
            "H2": ["No other social care provision is needed."],
            "I": ["Heron Lane Primary School, mainstream."],
            "J": ["No personal budget has been asked for."],
            "K": [
                "Northvale SLT report (May 2026); independent educational psychologist's advice (July 2026)."
            ],
        },
        "Northvale City Council - Education, Health and Care Plan - Ava Mbeki-Roth",
    ),
    reports=[
        dict(
            file="slt_report.docx",
            author="Northvale SLT",
            footer="Northvale Children's Speech and Language Therapy Service",
            blocks=[
                ("org", "Northvale Children's Speech and Language Therapy Service"),
                ("title", "Speech and language therapy report"),
                (
                    "p",
                    "Ava was seen by Mr Dev Sandhu, Specialist Speech and Language Therapist, at home and at school in May 2026.",
                ),
                (
                    "p",
                    [
                        X(
                            "Ava's mother reported that Ava spoke at nursery for the first term before she stopped.",
                            "history",
                        ),
                        X(
                            "Mr Sandhu found that her speech sounds and language at home were entirely age-appropriate.",
                            "test result: strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He reported that Ava does not speak to any adult at school and only whispers to one friend, while at home she chatters freely.",
                            "communication_interaction",
                            B2_MUTE,
                        ),
                        N(
                            "He observed that she freezes, looks down and goes still when an adult asks her a direct question.",
                            "semh",
                            B2_ANX,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He noted that Ava has no reliable way to tell adults she is hurt, unwell or needs the toilet.",
                            "communication_interaction",
                            B2_ASK,
                        ),
                        N(
                            "Mr Sandhu found that Ava cannot yet use her voice app without an adult opening it and finding the page for her.",
                            "communication_interaction",
                            B2_AAC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "He also reported that Ava will not eat in the dinner hall and often goes without lunch.",
                            "semh",
                            None,
                        )
                    ],
                ),
                (
                    "grid",
                    [
                        ["Recommendation", "Outcome"],
                        [
                            R(
                                "A sliding-in programme led by a key adult for 15 minutes four times a week, following the therapist's plan.",
                                "communication_interaction",
                                "specific",
                                F2_KEY,
                            ),
                            "Ava speaks to her key adult in school.",
                        ],
                        [
                            R(
                                "Ava should have her own tablet with a text-to-speech app set up with class vocabulary pages, updated each half term by a trained adult, available in every lesson.",
                                "communication_interaction",
                                "not_specific",
                                F2_AAC,
                            ),
                            X("Ava joins class talk using her aid.", "outcome column"),
                        ],
                        [
                            R(
                                "All staff should be trained on selective mutism, including not pressing Ava to speak and not praising speech in public.",
                                "semh",
                                "wrong_section",
                                G2_TRN,
                                section="G",
                            ),
                            "Staff respond consistently.",
                        ],
                        [
                            R(
                                "A quiet lunch club of four children with a familiar adult every day.",
                                "semh",
                                "missing_from_f",
                            ),
                            "Ava eats lunch every day.",
                        ],
                    ],
                    [0.6, 0.4],
                    True,
                ),
                (
                    "p",
                    [
                        X(
                            "Mr Sandhu considered referral to CAMHS but felt that the school-based programme should be tried first.",
                            "option considered and rejected",
                        ),
                        X(
                            "He advised Ava's parents not to tell others that Ava 'can't talk'.",
                            "home advice",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file="ep_advice.docx",
            style="headed",
            author="Dr K Lowe",
            footer="Dr Kate Lowe, Educational Psychologist - independent advice",
            blocks=[
                ("org", "Dr Kate Lowe, HCPC registered Educational Psychologist"),
                ("small", "01632 960744 - k.lowe@lowe-psychology.example.org"),
                ("title", "Independent psychological advice"),
                (
                    "p",
                    "We met Ava three times in school and at home in July 2026. Our findings and recommendations follow.",
                ),
                (
                    "bul",
                    [
                        X(
                            "Ava's non-verbal reasoning is in the high average range, a clear strength.",
                            "test result: strength",
                        ),
                        N(
                            "Ava cannot read aloud or answer the register, and so her reading has not been heard by staff for a year.",
                            "cognition_learning",
                            B2_REG,
                        ),
                        N(
                            "Ava's handwriting is slow and effortful, and she cannot finish written tasks in the time given.",
                            "sensory_physical",
                            None,
                        ),
                        N(
                            "We found that Ava avoids any activity she thinks may be watched, such as PE demonstrations and show and tell, and she is becoming isolated.",
                            "semh",
                            None,
                        ),
                        X(
                            "Her reading comprehension is at the expected level for her age.",
                            "attainment: strength",
                        ),
                    ],
                ),
                ("b", "What we recommend, and why"),
                (
                    "bul",
                    [
                        R(
                            "A daily handwriting programme for 10 minutes with an occupational therapy-designed plan, because writing is also Ava's way of showing what she knows.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        R(
                            "Ava's reading should be heard through a recording she makes at home on the tablet, once a week, so staff can assess it.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                        R(
                            "Progress against the sliding-in programme reviewed by the SENCo and therapist every six weeks using a talking map.",
                            "communication_interaction",
                            "not_specific",
                            F2_REV,
                        ),
                        R(
                            "A help card and a toilet card on Ava's table in every lesson.",
                            "communication_interaction",
                            "specific",
                            F2_CARD,
                        ),
                        X(
                            "A specialist setting is not needed; Ava is doing well socially with one friend and we do not recommend a move.",
                            "option considered and rejected",
                        ),
                    ],
                ),
            ],
        ),
    ],
)


# ---------------- case 03: teenager with hearing loss and language disorder, Year 10 -----------------
B3_HEAR = "Kieran has a moderate hearing loss in both ears and wears hearing aids."
B3_LANG = "Kieran has a language disorder as well as his hearing loss, so he finds it hard to understand long or complex sentences in lessons."
B3_VOC = "He does not know many of the subject words used in GCSE lessons."
B3_WRITE = "His written answers are short and do not explain his thinking."
B3_SELF = "Kieran does not like to tell teachers when he has not heard or understood."
B3_TIRE = "He gets very tired by the end of the school day from listening."
F3_RADIO = "A radio aid used by every teacher in every lesson, checked each morning by the learning support team."
F3_PRE = "Pre-teaching of key subject vocabulary for GCSE English, maths and science, in two 30-minute sessions a week with a teaching assistant."
F3_TOD = "Regular visits from the teacher of the deaf."
F3_NOTES = "Copies of lesson slides and notes given to Kieran before each lesson."
F3_EXAM = "Access arrangements in examinations as needed."
G3_AUD = (
    "The Westbury audiology service will review Kieran's hearing and hearing aids every six months."
)
G3_SLT = "Westbury NHS speech and language therapy will provide advice to the school on Kieran's language."

CASE_03 = dict(
    name="case-evalay-03",
    layout="section-word-letter-colon-headings",
    summary="Westbury Shire Council; Kieran Ashdown-Pryce, 15, Year 10 (moderate bilateral hearing loss and developmental language disorder). Headings read 'Section B: Special educational needs'. An independent SLT report for the tribunal arguing against the council's therapist in numbered paragraphs with a recommendation table (Recommendation / Frequency / Outcome), and a teacher of the deaf's report in the first person plural.",
    note="Direct SLT is only stated as advice in G; the independent therapist's direct therapy is missing from F.",
    plan=plan(
        "h1",
        lambda s: f"Section {s}: {NAMES[s].lower().capitalize()}",
        (
            "WESTBURY SHIRE COUNCIL",
            [
                ("Name", "Kieran Ashdown-Pryce"),
                ("Date of birth", "4 October 2011"),
                ("NHS number", "999 771 0348"),
                ("School", "Westbury Academy, Year 10"),
            ],
        ),
        {
            "A": [
                "Kieran wants to be a mechanic and likes fixing bikes and gaming with friends. He says 'I don't want to be singled out'."
            ],
            "B": [
                "Kieran's needs are in communication and interaction and in learning.",
                ("p", [B3_HEAR, B3_LANG, B3_VOC]),
                ("p", [B3_WRITE, B3_SELF, B3_TIRE]),
            ],
            "C": ["Kieran's hearing is monitored by Westbury audiology."],
            "D": ["No social care needs have been identified."],
            "E": [
                "By the end of Year 11 Kieran will use subject vocabulary correctly in written answers and ask for repetition when he needs it."
            ],
            "F": [
                ("F", F3_RADIO, True),
                (
                    "bul",
                    [
                        ("F", F3_PRE, True),
                        ("F", F3_TOD, False),
                        ("F", F3_NOTES, True),
                        ("F", F3_EXAM, False),
                    ],
                ),
            ],
            "G": [G3_AUD, ("p", G3_SLT)],
            "H1": ["No provision is needed under this heading."],
            "H2": ["No other social care provision is needed at present."],
            "I": ["Westbury Academy, a mainstream secondary academy."],
            "J": ["No personal budget requested."],
            "K": [
                "Independent SLT report (Mr O Brennan, September 2026); teacher of the deaf's report (June 2026)."
            ],
        },
        "Westbury Shire Council - EHC Plan - Kieran Ashdown-Pryce - issued 20 October 2026",
    ),
    reports=[
        dict(
            file="independent_slt_tribunal_report.docx",
            style="headed",
            author="O Brennan",
            footer="Owen Brennan SLT - expert report for the First-tier Tribunal (SEND)",
            blocks=[
                ("org", "Owen Brennan, Speech and Language Therapist"),
                ("small", "01632 960822 - owen@brennan-slt.example.org"),
                ("title", "Expert speech and language therapy report"),
                ("h", 1, "Findings"),
                (
                    "p",
                    [
                        "1.",
                        X(
                            "Kieran's hearing loss was found at age five, and he has worn hearing aids since then.",
                            "history",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "2.",
                        X(
                            "His earlier reluctance to wear his aids at secondary school has resolved since he chose blue aids.",
                            "resolved difficulty",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "3.",
                        N(
                            "In my assessment Kieran has a developmental language disorder in addition to his hearing loss: he could not understand sentences with embedded clauses or passive forms even when heard clearly.",
                            "communication_interaction",
                            B3_LANG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "4.",
                        N(
                            "His knowledge of curriculum vocabulary is far below that of his peers, with a BPVS standard score of 74.",
                            "communication_interaction",
                            B3_VOC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "5.",
                        N(
                            "Kieran cannot infer meaning or read between the lines in texts, which stops him answering GCSE English questions about a writer's intentions.",
                            "cognition_learning",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "6.",
                        N(
                            "He struggles to follow group discussion among several peers and withdraws from it, and he has few friends in school.",
                            "communication_interaction",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "7.",
                        X(
                            "I disagree with the council's therapist, who recommended advice only; a consultative model has been in place for three years without progress on standardised measures.",
                            "reason for a recommendation",
                        ),
                    ],
                ),
                ("h", 1, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Frequency", "Outcome"],
                        [
                            R(
                                "Direct speech and language therapy from a qualified therapist, one-to-one, for 45 minutes weekly in term time, targeting comprehension and inference.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Weekly",
                            X("Kieran answers inference questions in English.", "outcome column"),
                        ],
                        [
                            R(
                                "Pre-teaching of key vocabulary for English, maths and science in four 30-minute sessions a week with a teaching assistant trained by the therapist.",
                                "communication_interaction",
                                "less",
                                F3_PRE,
                            ),
                            "Four times weekly",
                            "Kieran uses subject words in his answers.",
                        ],
                        [
                            R(
                                "A structured group of up to four students to practise following and joining group discussion, weekly for 40 minutes, run by the therapist with a teaching assistant.",
                                "communication_interaction",
                                "missing_from_f",
                            ),
                            "Weekly",
                            "Kieran joins group work in lessons.",
                        ],
                        [
                            R(
                                "Lesson slides and notes provided before every lesson.",
                                "cognition_learning",
                                "specific",
                                F3_NOTES,
                            ),
                            "Every lesson",
                            "Kieran can prepare for lessons.",
                        ],
                    ],
                    [0.55, 0.15, 0.3],
                    True,
                ),
                (
                    "p",
                    [
                        "8.",
                        X(
                            "I considered recommending a specialist school for deaf students, but Kieran wants to stay with his friends and this is not recommended.",
                            "option considered and rejected",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        "9.",
                        R(
                            "Audiology review of his aids every six months should continue through the NHS.",
                            "health",
                            "not_educational",
                            G3_AUD,
                            section="G",
                        ),
                    ],
                ),
            ],
        ),
        dict(
            file="teacher_of_deaf_report.docx",
            author="Westbury Sensory Service",
            footer="Westbury Sensory Support Service - Teacher of the Deaf report",
            blocks=[
                ("org", "Westbury Sensory Support Service"),
                ("title", "Report of the Qualified Teacher of the Deaf"),
                (
                    "p",
                    "We visited Kieran at Westbury Academy in June 2026 and spoke with him and his teachers.",
                ),
                (
                    "p",
                    [
                        N(
                            "Kieran has a moderate bilateral sensorineural hearing loss and wears two behind-the-ear hearing aids.",
                            "sensory_physical",
                            B3_HEAR,
                        ),
                        N(
                            "We saw that Kieran rarely tells staff when he has missed something and nods along instead.",
                            "communication_interaction",
                            B3_SELF,
                        ),
                        N(
                            "His teachers tell us that he is exhausted by the last lesson of the day because of the effort of listening.",
                            "sensory_physical",
                            B3_TIRE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        N(
                            "His written answers are brief and he does not develop his points, particularly in extended writing.",
                            "cognition_learning",
                            B3_WRITE,
                        ),
                        X(
                            "His maths is on track for a grade 5, which is a strength.",
                            "attainment: strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        X(
                            "We already provide a radio aid and have trained his form tutor in its use.",
                            "support already in place",
                        )
                    ],
                ),
                ("b", "We recommend"),
                (
                    "bul",
                    [
                        R(
                            "A radio aid used in every lesson and checked every morning.",
                            "sensory_physical",
                            "specific",
                            F3_RADIO,
                        ),
                        R(
                            "A teacher of the deaf should visit Kieran twice each half term to monitor progress and advise staff.",
                            "sensory_physical",
                            "not_specific",
                            F3_TOD,
                        ),
                        R(
                            "Exam access arrangements of 25% extra time, a separate room and a reader, assessed before his mocks.",
                            "cognition_learning",
                            "not_specific",
                            F3_EXAM,
                        ),
                        R(
                            "A deaf awareness session for all Kieran's teachers each September.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                    ],
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03]
