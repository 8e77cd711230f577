# ruff: noqa: E501
"""case-evalx-04: Orrinsford Borough Council; Mateusz Kowal-Ibbotson, 13, Year 8,
Duchenne muscular dystrophy, needs grown since the last plan. Layout
"source-column-tables": every section is a two-column table whose shaded header row holds
the section's heading and "Source"; each row gives one paragraph of the section beside the
advice it came from, and much of it is marked as carried forward from the 2024 plan."""

from marks import head, need, non, prov, rec, sect

B_DMD = "Mateusz has Duchenne muscular dystrophy, a progressive condition that weakens his muscles; he stopped walking in 2025 and now uses a powered wheelchair."
B_WRITE = "He writes slowly and his hand tires after about ten minutes of writing."
B_LEARN = (
    "Mateusz has difficulties with reading and with working memory, as many boys with Duchenne do."
)
B_TIRE = "He tires more easily than his classmates, particularly towards the end of the day."
B_PE = "He needs help to take part in PE and in practical lessons."

F_TA = "Teaching assistant support for 15 hours a week, to help Mateusz with recording, moving around school and personal care."
F_LIFT = (
    "Use of the lift with a lift pass, and lessons timetabled in ground-floor rooms where possible."
)
F_RECORD = "Access to a laptop for extended writing."
F_READ = "A reading programme (Word Ladders) for 15 minutes three times a week, delivered by a teaching assistant trained in the programme."
F_REST = "A rest break of 10 minutes in the medical room every afternoon, with a member of staff."
F_PE = "Adapted PE in every PE lesson, planned by the PE teacher using the written advice of the neuromuscular physiotherapist."
F_OT = "Occupational therapy advice to school as needed."

G_HYDRO = "Hydrotherapy for 30 minutes each week at the Orrinsford Leisure Centre pool during the school day, led by a teaching assistant trained by the neuromuscular physiotherapist."
G_CLINIC = "Reviews in the neuromuscular clinic every six months, with heart and lung function tests each year."

OT = "independent_ot_report.docx"
NEURO = "neuromuscular_clinic_letter.pdf"

OLD = "EHC plan 2024, carried forward"


def _table(sid: str, heading: str, rows: list) -> tuple:
    """A section as a table: the heading and "Source" in the shaded first row, then a row
    for each paragraph with the advice it came from."""
    return ("grid", [[head(sid, heading, ""), "Source"], *rows], [0.78, 0.22], True)


CASE = dict(
    name="case-evalx-04",
    layout="source-column-tables",
    summary=(
        "Orrinsford Borough Council; Mateusz Kowal-Ibbotson, 13, Year 8 at a mainstream secondary "
        "school (Duchenne muscular dystrophy: now a full-time powered wheelchair user, weak arms, "
        "hoisted for transfers and toileting, fatigue, reading and working memory, low mood). Each "
        "section is a two-column table with a Source column; much of B and F is carried forward from "
        "the 2024 plan although his needs have grown. Independent occupational therapist's report for "
        "the tribunal in numbered paragraphs; neuromuscular clinic letter to the GP."
    ),
    note=(
        "Headings are the first cells of the shaded header rows; the Source cells are the council's "
        "references, not text of the plan's sections. B's handwriting sentence understates how much "
        "Mateusz's hands have weakened but states the need; his loss of reach, his hoisted transfers "
        "and his low mood are new and are not in B. Hydrotherapy led by a teaching assistant, in G, "
        "is wrong_section. The independent OT's comments on the 2024 plan are not needs."
    ),
    plan=dict(
        file="plan.docx",
        accent="5A3E1B",
        header="Orrinsford Borough Council   EHC plan   Mateusz Kowal-Ibbotson   OFFICIAL - SENSITIVE",
        footer="Amended plan following annual review. Issued 2 October 2026.",
        blocks=[
            (
                "org",
                "Orrinsford Borough Council - Special Educational Needs and Disabilities Service",
            ),
            ("title", "Education, Health and Care Plan (amended)"),
            (
                "kv",
                [
                    ("Name", "Mateusz Kowal-Ibbotson"),
                    ("Date of birth", "8 January 2013"),
                    ("School and year", "Harlow Brook School, Year 8"),
                    ("Date of amended plan", "2 October 2026"),
                    ("Previous plan", "22 July 2024"),
                ],
            ),
            (
                "p",
                "Each part of this plan shows where the information came from. Where a paragraph has not changed since the previous plan it is marked as carried forward.",
            ),
            _table(
                "A",
                "Section A. The views, interests and aspirations of Mateusz and his family",
                [
                    [
                        sect(
                            "A",
                            "Mateusz loves football (he plays powerchair football on Saturdays), history and building Lego models, and wants to be a history teacher or a sports journalist.",
                        ),
                        "Meeting with Mateusz, September 2026",
                    ],
                    [
                        "His parents want school to plan ahead for the changes in his condition rather than react to them, and want him to keep his friends.",
                        "Parents' views, September 2026",
                    ],
                ],
            ),
            _table(
                "B",
                "Section B. Special educational needs",
                [
                    [sect("B", B_DMD), "Neuromuscular clinic letter, August 2026"],
                    [B_WRITE, OLD],
                    [B_LEARN, OLD],
                    [B_TIRE, OLD],
                    [B_PE, OLD],
                ],
            ),
            _table(
                "C",
                "Section C. Health care needs relating to his special educational needs",
                [
                    [
                        sect(
                            "C",
                            "Mateusz takes a daily steroid, which increases his risk of fractures, and his heart and breathing are monitored by the neuromuscular clinic.",
                        ),
                        "Neuromuscular clinic letter, August 2026",
                    ],
                ],
            ),
            ("pb",),
            _table(
                "D",
                "Section D. Social care needs",
                [
                    [
                        sect(
                            "D",
                            "The family home is not adapted for a powered wheelchair, and his parents are lifting him at home.",
                        ),
                        "Social care advice, September 2026",
                    ],
                ],
            ),
            _table(
                "E",
                "Section E. Outcomes",
                [
                    [
                        sect(
                            "E",
                            "By July 2027 Mateusz will record a side of A4 in English and history using the method that suits him best.",
                        ),
                        "Annual review meeting, June 2026",
                    ],
                    [
                        "By July 2027 Mateusz will read Year 8 texts with support for unfamiliar words.",
                        OLD,
                    ],
                ],
            ),
            _table(
                "F",
                "Section F. Special educational provision",
                [
                    [sect("F", prov(F_TA, True)), OLD],
                    [prov(F_LIFT, False), OLD],
                    [prov(F_RECORD, False), OLD],
                    [prov(F_READ, True), OLD],
                    [prov(F_REST, True), "Neuromuscular clinic letter, August 2026"],
                    [prov(F_PE, True), "Neuromuscular clinic letter, August 2026"],
                    [prov(F_OT, False), OLD],
                ],
            ),
            _table(
                "G",
                "Section G. Health care provision",
                [
                    [sect("G", G_CLINIC), "Neuromuscular clinic letter, August 2026"],
                    [G_HYDRO, "Neuromuscular clinic letter, August 2026"],
                ],
            ),
            ("pb",),
            _table(
                "H1",
                "Section H1. Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                [
                    [
                        sect(
                            "H1",
                            "An assessment for adaptations to the family home by the council's housing occupational therapist, requested September 2026.",
                        ),
                        "Social care advice, September 2026",
                    ],
                ],
            ),
            _table(
                "H2",
                "Section H2. Any other social care provision",
                [
                    [sect("H2", "None identified."), "Social care advice, September 2026"],
                ],
            ),
            _table(
                "I",
                "Section I. Placement",
                [
                    [
                        sect(
                            "I",
                            "Harlow Brook School, Orrinsford (mainstream community secondary school).",
                        ),
                        OLD,
                    ],
                ],
            ),
            _table(
                "J",
                "Section J. Personal budget",
                [
                    [sect("J", "No personal budget has been requested."), "Parents, June 2026"],
                ],
            ),
            _table(
                "K",
                "Section K. Advice and information",
                [
                    [
                        sect(
                            "K",
                            "Neuromuscular clinic letter (August 2026); annual review report from Harlow Brook School (June 2026); social care advice (September 2026); the advice listed in the plan of 22 July 2024.",
                        ),
                        "-",
                    ],
                ],
            ),
        ],
    ),
    reports=[
        dict(
            file=OT,
            footer="G. Thorneycroft-Ade - independent occupational therapy report - Mateusz Kowal-Ibbotson",
            blocks=[
                ("title", "Independent Occupational Therapy Report"),
                ("p", "In the First-tier Tribunal (Special Educational Needs and Disability)"),
                (
                    "p",
                    "Appeal concerning Mateusz Kowal-Ibbotson (date of birth 8 January 2013) against Orrinsford Borough Council",
                ),
                (
                    "p",
                    "Author: Gemma Thorneycroft-Ade, BSc (Hons) Occupational Therapy, HCPC registered, independent paediatric occupational therapist. Instructed by Mateusz's parents. Date of report: 4 November 2026.",
                ),
                ("h", 2, "Introduction"),
                (
                    "np",
                    "1.",
                    "I have been asked to assess Mateusz's occupational therapy needs and to comment on Sections B and F of his amended EHC plan dated 2 October 2026.",
                ),
                (
                    "np",
                    "2.",
                    non(
                        "I have twenty years' experience as an occupational therapist, twelve of them with children with neuromuscular conditions.",
                        "author's qualifications",
                    ),
                ),
                (
                    "np",
                    "3.",
                    "I assessed Mateusz at home on 14 October 2026 and observed him at Harlow Brook School on 16 October 2026 for a full morning, including a science practical, a break and a toilet visit. I have also read the papers in the tribunal bundle.",
                ),
                (
                    "np",
                    "4.",
                    "The documents I read include the amended plan, the plan of 22 July 2024, the neuromuscular clinic letter of 21 August 2026 and the school's annual review report of June 2026.",
                ),
                (
                    "np",
                    "5.",
                    non(
                        "Mateusz was diagnosed with Duchenne muscular dystrophy at the age of four, after his nursery noticed that he fell often and found stairs hard.",
                        "diagnostic history",
                    ),
                ),
                (
                    "np",
                    "6.",
                    "He walked on his own until he was eleven, used a manual wheelchair for longer distances in Year 6, and has used a powered wheelchair full time since the spring of 2025, after a chest infection left him too weak to stand.",
                ),
                ("h", 2, "Assessment"),
                (
                    "np",
                    "7.",
                    non(
                        "On the Detailed Assessment of Speed of Handwriting his copying speed was 4 words a minute, below the first centile for his age.",
                        "test result",
                    ),
                ),
                (
                    "np",
                    "8.",
                    non(
                        "On the Beery test of visual-motor integration his standard score was 96, in the average range, which tells me that his difficulty with recording is one of strength and endurance rather than of perception or planning.",
                        "test result and its interpretation",
                    ),
                ),
                (
                    "grid",
                    [
                        ["Measure", "Right", "Left"],
                        ["Shoulder flexion (active)", "40 degrees", "35 degrees"],
                        ["Elbow flexion against gravity", "Partial range", "Partial range"],
                        ["Grip strength (dynamometer)", "4 kg", "3 kg"],
                        ["Pinch", "Light objects only", "Light objects only"],
                    ],
                    [0.5, 0.25, 0.25],
                ),
                (
                    "np",
                    "9.",
                    need(
                        "Mateusz can now write only his name and a few words before his hand tires, and he cannot keep up with any written task in class.",
                        "sensory_physical",
                        B_WRITE,
                        "B understates how far his handwriting has declined but states the need.",
                    ),
                ),
                (
                    "np",
                    "10.",
                    need(
                        "He can no longer lift his hand from the desk to his mouth or reach across his desk, so he cannot raise his hand, turn the pages of a book or reach his own equipment without help.",
                        "sensory_physical",
                    ),
                ),
                (
                    "np",
                    "11.",
                    [
                        need(
                            "Every transfer, including for the toilet, now needs two adults and a hoist, as Mateusz can no longer take his own weight to stand.",
                            "sensory_physical",
                        ),
                        "At the time of my visit the school had one trained adult on site for the hoist during the morning, and Mateusz told me he had waited twenty minutes for the toilet the previous week.",
                    ],
                ),
                (
                    "np",
                    "12.",
                    need(
                        "His reading is slow and he loses his place on a page, and he needs information read to him in science and history.",
                        "cognition_learning",
                        B_LEARN,
                    ),
                ),
                (
                    "np",
                    "13.",
                    [
                        need(
                            "By late morning Mateusz was visibly tired, his head dropped and his speech became quieter.",
                            "sensory_physical",
                            B_TIRE,
                        ),
                        non(
                            "He needs his position in his wheelchair changed about every hour to avoid pain and pressure damage.",
                            "health need (pain and pressure care), in C's territory",
                        ),
                    ],
                ),
                (
                    "np",
                    "14.",
                    [
                        non(
                            "Mateusz is articulate and funny and was clearly well liked by his classmates.",
                            "strength",
                        ),
                        non(
                            "He has learned to use the environmental controls on his powered wheelchair this year and opens the school's automatic doors himself.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "np",
                    "15.",
                    "In the science practical Mateusz directed his partner very capably, telling him which apparatus to use and in what order, and dictated his results to the teaching assistant. When she was called away to another pupil he stopped and waited for eleven minutes until she came back.",
                ),
                (
                    "np",
                    "16.",
                    non(
                        "At home Mateusz is lifted by his parents for every transfer, which his mother told me is no longer safe for either of them.",
                        "care at home (social care, in D)",
                    ),
                ),
                ("h", 2, "Comments on the amended plan"),
                (
                    "np",
                    "17.",
                    non(
                        "Section B of the amended plan repeats the 2024 plan almost word for word, apart from its first paragraph.",
                        "comment on the plan, not a need",
                    ),
                ),
                (
                    "np",
                    "18.",
                    "The 2024 plan was written when Mateusz walked around school and could write a paragraph. It describes a different child. In my opinion the provision carried forward with it, in particular 15 hours of teaching assistant time, cannot meet the needs I describe above, because two adults are needed for every transfer and Mateusz now needs an adult for every recorded task.",
                ),
                (
                    "np",
                    "19.",
                    "Section F provides 'Access to a laptop for extended writing'. A laptop on its own does not help a boy who cannot reach its keyboard or lift its lid; it has to be mounted and set up for him, with voice recognition, and someone has to be trained to do that.",
                ),
                (
                    "np",
                    "20.",
                    "Section F also provides occupational therapy advice 'as needed'. In a progressive condition the need is certain, and the only question is how often; I give my view below.",
                ),
                (
                    "np",
                    "21.",
                    non(
                        "I considered whether an eye-gaze computer would help with recording, but his speech is clear and voice recognition is quicker and less tiring for him, so I do not recommend eye gaze at present.",
                        "option considered and not recommended",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "np",
                    "22.",
                    rec(
                        "Mateusz requires a teaching assistant trained in moving and handling for the whole school day (32.5 hours a week), with a second trained adult available for every transfer.",
                        "sensory_physical",
                        "less",
                        F_TA,
                    ),
                ),
                (
                    "np",
                    "23.",
                    rec(
                        "He should use voice recognition software on a laptop mounted on his wheelchair for all recording, with six 30-minute training sessions this term and a trained adult to set it up at the start of each lesson.",
                        "sensory_physical",
                        "not_specific",
                        F_RECORD,
                    ),
                ),
                (
                    "np",
                    "24.",
                    rec(
                        "A height-adjustable desk with a cut-out and forearm supports should be provided in every classroom he uses, so that he can reach his work without lifting his arms.",
                        "sensory_physical",
                        "missing_from_f",
                    ),
                ),
                (
                    "np",
                    "25.",
                    rec(
                        "An occupational therapist should review Mateusz's seating, desk and equipment in school each term and train the staff who support him, as his needs will go on changing.",
                        "sensory_physical",
                        "not_specific",
                        F_OT,
                    ),
                ),
                (
                    "np",
                    "26.",
                    rec(
                        "At home, the family need a ceiling hoist and a level-access shower, which I have raised with the council's housing occupational therapist.",
                        "social_care",
                        "not_educational",
                    ),
                ),
                (
                    "np",
                    "27.",
                    "I understand my duty to the Tribunal and have complied with it. I confirm that the facts stated in this report are within my own knowledge and that the opinions I have expressed are my true professional opinions.",
                ),
                (
                    "p",
                    "Gemma Thorneycroft-Ade, 4 November 2026. Thorneycroft Therapy, 12 Quay Street, Orrinsford OB3 8NN. 01632 960158.",
                ),
            ],
        ),
        dict(
            file=NEURO,
            footer="Orrinsford Children's Hospital - Paediatric Neuromuscular Service - page {n} of {m}",
            blocks=[
                ("org", "Orrinsford Children's Hospital NHS Foundation Trust"),
                (
                    "small",
                    "Paediatric Neuromuscular Service, Level 3, Kestrel Wing, Orrinsford OB1 4RT. Telephone 01632 960611.",
                ),
                ("gap",),
                ("p", "Dr Rachel Ogunleye, Brookfield Health Centre, Orrinsford OB2 7DF"),
                ("p", "Clinic: 19 August 2026. Letter dictated 21 August 2026."),
                (
                    "b",
                    "Mateusz Kowal-Ibbotson, DOB 08/01/2013, Hospital No. K0000000",
                ),
                (
                    "p",
                    "Diagnosis: Duchenne muscular dystrophy (exon 45-50 deletion). Medication: deflazacort 36 mg daily; vitamin D; ramipril 1.25 mg daily. Copy to parents; Harlow Brook School; Orrinsford SEND Service.",
                ),
                ("p", "Dear Dr Ogunleye,"),
                (
                    "p",
                    [
                        "I saw Mateusz with his mother and with Ms Priya Hendry-Walsh, our neuromuscular care advisor, in the multidisciplinary clinic.",
                        need(
                            "He has not walked since the spring of 2025 and now uses his powered wheelchair for all of his mobility, at school and at home.",
                            "sensory_physical",
                            B_DMD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        non(
                            "His forced vital capacity is 78% of predicted, and his echocardiogram in May was normal.",
                            "test results",
                        ),
                        non(
                            "He had a fracture of his left femur after a fall from his wheelchair in February, which has healed well.",
                            "past health event",
                        ),
                        "We will repeat his sleep study next year.",
                    ],
                ),
                (
                    "p",
                    "On examination he was well, weighing 52 kg (91st centile) with a height of 141 cm (below the 2nd centile), in keeping with long-term steroid treatment. His spine was straight and his chest clear.",
                ),
                (
                    "p",
                    non(
                        "He has had no chest infections this year and does not need any breathing support at night.",
                        "health: no current need",
                    ),
                ),
                (
                    "p",
                    [
                        need(
                            "School have told Ms Hendry-Walsh that he struggles to remember instructions and to read longer texts, which is in keeping with the learning profile we see in some boys with Duchenne.",
                            "cognition_learning",
                            B_LEARN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "Mateusz has been low in mood since his fracture; he has talked to his mother about dying and has stopped going to his youth club, and he was tearful in clinic.",
                            "semh",
                        ),
                        "He agreed that I could share this with school.",
                    ],
                ),
                (
                    "p",
                    "We discussed the treatments now in development and whether Mateusz might take part in a trial; the family would like to be considered, and I will refer him to the national trials coordinator.",
                ),
                ("p", "Plan:"),
                (
                    "num",
                    [
                        rec(
                            "Continue deflazacort and vitamin D; bone density scan in the new year.",
                            "health",
                            "not_educational",
                        ),
                        rec(
                            "Continue six-monthly review in this clinic, with echocardiogram and lung function tests each year.",
                            "health",
                            "not_educational",
                            G_CLINIC,
                            section="G",
                        ),
                        rec(
                            "In school, Mateusz should have a rest break of about 10 minutes in the afternoon, lying down if he wishes, with an adult.",
                            "sensory_physical",
                            "specific",
                            F_REST,
                        ),
                        rec(
                            "PE should be adapted so that he can take part without exhausting himself, following the written advice of our neuromuscular physiotherapist; eccentric exercise such as pushing against resistance should be avoided.",
                            "sensory_physical",
                            "specific",
                            F_PE,
                        ),
                        rec(
                            "Weekly hydrotherapy of 30 minutes during the school day would help to maintain his range of movement and is something he enjoys; our physiotherapist will train a teaching assistant to lead it.",
                            "sensory_physical",
                            "wrong_section",
                            G_HYDRO,
                            section="G",
                        ),
                        rec(
                            "Mateusz would benefit from regular time with the school counsellor, perhaps weekly, and Ms Hendry-Walsh will ask our clinical psychologist to liaise with school.",
                            "semh",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        rec(
                            "Ms Hendry-Walsh advised that the school should draw up a personal emergency evacuation plan for Mateusz, with an evacuation chair on the first floor and staff trained to use it.",
                            "other",
                            "not_educational",
                        ),
                        "She will visit the school this term to help with this and with the moving and handling plan.",
                    ],
                ),
                (
                    "p",
                    non(
                        "A spinal X-ray was considered but is not needed at present, as his spine is straight on examination.",
                        "option considered and not recommended",
                    ),
                ),
                ("p", "Yours sincerely,"),
                ("p", "Dr Tobias Achterberg-Lyle, Consultant Paediatric Neurologist"),
            ],
        ),
    ],
)
