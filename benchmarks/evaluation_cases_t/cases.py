# ruff: noqa: E501
"""Set T as data: moderate and severe learning difficulties and Down syndrome, ages 7 to 18,
in mainstream, resourced provision, a special school and a supported internship, in four
plan layouts no earlier set has: bilingual heading pairs (English / Polish), a form export
with tick boxes and field labels, an easy-read summary before the statutory plan, and
section names followed by the letter in brackets.

Every name, council, school, service and professional is invented. Postcodes use areas that
do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

C = "communication_interaction"
L = "cognition_learning"
SE = "semh"
SP = "sensory_physical"
HE = "health"
OT = "other"


def N(text, area, plan=None):
    return ("N", text, area, plan)


def R(text, area, status, plan=None, **extras):
    return ("R", text, area, status, plan, extras) if extras else ("R", text, area, status, plan)


def X(text, why):
    return ("X", text, why)


def F(text, specific):
    return ("F", text, specific)


# ---------------------------------------------------------------------------
# case-evalt-01: Barrowmere City Council; Kacper Nowak, 7, Year 2, mainstream primary
# layout "bilingual-heading-pairs": each heading in English, then " / " and Polish.
# ---------------------------------------------------------------------------

B1_COG = "Kacper has Down syndrome and a moderate learning difficulty; he is working well below the level expected for his age in reading, writing and number."
B1_MEM = "He finds it hard to hold spoken information in mind and learns best when information is shown to him visually."
B1_LANG = "Kacper has speech, language and communication needs: he understands more than he can say, and his speech can be hard for unfamiliar listeners to understand."
B1_SOC = "He is sociable and well liked, but he can become upset and refuse to move on when routines change without warning."
B1_TONE = "Kacper has low muscle tone, which affects his handwriting and his ability to manage fastenings when changing for PE."

F1_TA = "Kacper will have support from a teaching assistant for 25 hours each week, including lunchtimes, to adapt his work and help him to follow classroom routines."
F1_PT = "A precision teaching programme for sight vocabulary, 10 minutes every school day, delivered by the teaching assistant and charted daily."
F1_MATHS = "Access to a multi-sensory maths programme."
F1_TRAIN = "Training for the class teacher and teaching assistant in the learning profile of children with Down syndrome, delivered by the Barrowmere Down Syndrome Outreach Service before the end of the spring term 2027."
F1_SALT = "Direct speech and language therapy from an NHS speech and language therapist: one block of six weekly 30-minute sessions each school year, with a written programme for school staff to carry out between blocks."
F1_GROUP = "A small-group language session of 15 minutes each day, led by the teaching assistant, working on verbs and three-word phrases from the therapist's targets."
F1_VIS = "Use of visual supports as appropriate."
F1_SOCIAL = "Opportunities to practise social skills."
F1_HAND = "A fine motor and handwriting group, 20 minutes twice a week, run by the teaching assistant using the occupational therapy programme's activities."
G1_MAK = "School staff working with Kacper will be trained in Makaton by the speech and language therapy service and will sign with him throughout the school day."
G1_AUD = "Audiology review every six months at Barrowmere Children's Hearing Centre."


def _h1(sid, en, pl, how="h2"):
    return ("H", sid, f"{en} / {pl}", how)


CASE_01 = dict(
    name="case-evalt-01",
    layout="bilingual-heading-pairs",
    summary=(
        "Barrowmere City Council; Kacper Nowak, 7, Year 2 at a mainstream primary (Down syndrome, "
        "moderate learning difficulty, speech and language, low tone). Every heading is given in "
        'English and then in Polish on the same line ("Section B: Special educational needs / '
        'Sekcja B: Specjalne potrzeby edukacyjne"). Educational psychologist\'s report; NHS speech '
        "and language therapist's report (Makaton)."
    ),
    note="Headings are bilingual pairs on one line. Makaton training and signing by school staff placed in G is wrong_section; the audiology review in G is health provision. Section B's general wording covers the reading, number and memory findings.",
    plan=dict(
        file="plan.docx",
        footer="Barrowmere City Council | EHC plan | Kacper Nowak | Final | Plan końcowy",
        blocks=[
            ("org", "Barrowmere City Council - SEND Assessment and Review Service"),
            ("title", "Education, Health and Care Plan / Plan Edukacji, Zdrowia i Opieki"),
            ("small", "Name / Imię i nazwisko: Kacper Nowak    Date of birth / Data urodzenia: 14 June 2019"),
            ("small", "Date of final plan / Data planu: 18 November 2026    Family's first language: Polish (interpreter used at planning meeting)"),
            _h1("A", "Section A: Views, interests and aspirations", "Sekcja A: Poglądy, zainteresowania i aspiracje"),
            ("S", "A", "Kacper likes swimming, dancing to music and playing with his big sister Zuzanna."),
            ("p", "His parents, Mr and Mrs Nowak, want Kacper to stay at his local school with his friends, to learn to read and to speak clearly in both Polish and English."),
            _h1("B", "Section B: Special educational needs", "Sekcja B: Specjalne potrzeby edukacyjne"),
            ("S", "B", B1_COG),
            ("p", B1_MEM),
            ("p", B1_LANG),
            ("p", [B1_SOC, B1_TONE]),
            _h1("C", "Section C: Health needs related to SEN", "Sekcja C: Potrzeby zdrowotne związane z SEN"),
            ("S", "C", "Kacper has Down syndrome and is seen by the community paediatrician once a year; he had grommets fitted in 2025 for glue ear."),
            _h1("D", "Section D: Social care needs", "Sekcja D: Potrzeby w zakresie opieki społecznej"),
            ("S", "D", "Kacper has no social care needs arising from his special educational needs."),
            _h1("E", "Section E: Outcomes", "Sekcja E: Cele"),
            ("S", "E", "By July 2027 Kacper will read 40 familiar words by sight and use three-word phrases to tell an adult what he needs."),
            ("p", "By July 2027 Kacper will count a set of up to ten objects accurately and say how many there are."),
            _h1("F", "Section F: Special educational provision", "Sekcja F: Specjalne wsparcie edukacyjne"),
            ("S", "F", "St Aldhelm's will make the following provision, funded through the council's top-up funding at band 4."),
            ("bul", [F(F1_TA, True), F(F1_PT, True), F(F1_MATHS, False), F(F1_TRAIN, True), F(F1_SALT, True), F(F1_GROUP, True), F(F1_VIS, False), F(F1_SOCIAL, False), F(F1_HAND, True)]),
            _h1("G", "Section G: Health provision", "Sekcja G: Wsparcie zdrowotne"),
            ("S", "G", G1_AUD),
            ("p", G1_MAK),
            _h1("H1", "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", "Sekcja H1: Opieka społeczna (ustawa z 1970 r.)"),
            ("S", "H1", "None identified."),
            _h1("H2", "Section H2: Other social care provision", "Sekcja H2: Inna opieka społeczna"),
            ("S", "H2", "None identified at present."),
            _h1("I", "Section I: Placement", "Sekcja I: Szkoła"),
            ("S", "I", "St Aldhelm's Church of England Primary School, Rook Lane, Barrowmere HF9 2LQ (mainstream)."),
            _h1("J", "Section J: Personal budget", "Sekcja J: Budżet osobisty"),
            ("S", "J", "Mr and Mrs Nowak did not request a personal budget."),
            _h1("K", "Section K: Advice and information", "Sekcja K: Opinie i informacje"),
            ("S", "K", "Educational psychology advice (Dr H. Quayle, September 2026); speech and language therapy advice (Ms A. Brennan, September 2026); paediatric advice (July 2026); school advice (September 2026)."),
        ],
    ),
    reports=[
        dict(
            file="ep_report.pdf",
            header="Barrowmere Educational Psychology Service - CONFIDENTIAL",
            footer="Psychological advice - Kacper Nowak - page {n} of {m}",
            blocks=[
                ("org", "Barrowmere Educational Psychology Service"),
                ("title", "Psychological advice for an EHC needs assessment"),
                ("kv", [("Child", "Kacper Nowak (date of birth 14 June 2019), Year 2"), ("School", "St Aldhelm's CE Primary School"), ("Psychologist", "Dr Harriet Quayle, Educational Psychologist"), ("Sources", "Two classroom observations, individual work with Kacper, consultation with his parents (with a Polish interpreter) and with the class teacher and SENCo")]),
                ("h", 2, "Background"),
                ("p", [X("Kacper's mother described him as a happy, affectionate boy who loves swimming and dancing and who is very close to his older sister.", "strengths and background"), X("The earlier concerns about toileting at school have resolved since Easter, and he now goes to the toilet independently.", "resolved difficulty")]),
                ("p", "Kacper joined St Aldhelm's in Reception with support from the Early Years Inclusion Team. The school has funded a teaching assistant for most mornings from its own budget, and Kacper has a visual timetable on his table which staff say he now uses without prompting."),
                ("h", 2, "Assessment and observations"),
                ("p", "I used a mixture of standardised items, dynamic assessment and observation. Standardised scores should be treated with caution for a child with Kacper's profile, and I have reported age-equivalents only where they help to describe what he can do."),
                ("grid", [["Area assessed", "Approach", "What it showed"], ["Verbal short-term memory", "Digit and word recall", X("Recall of two items, reliably, with support from pictures.", "test result in a table")], ["Visual memory", "Picture recall and matching", "A relative strength"], ["Early number", "Counting and subitising tasks", "Rote counting to ten; subitises up to three"]], [4, 4.5, 7]),
                ("p", [N("Kacper's verbal short-term memory is a marked area of weakness: on the digit recall task he repeated two items reliably, where most children of his age manage five.", L, B1_MEM), X("His visual memory is relatively stronger, and he is able to match and sort pictures by category with little help.", "strength")]),
                ("p", [N("In number, Kacper can count by rote to ten but does not yet understand that the last number counted tells him how many there are.", L, B1_COG), "This is a common stage for children with Down syndrome and is likely to move on with concrete, visual teaching."]),
                ("p", N("Kacper is beginning to recognise his name and about fifteen high-frequency words by sight, but he is not yet able to blend sounds to read simple words.", L, B1_COG)),
                ("p", [N("When a familiar routine changes without warning, Kacper sits down and will not move, sometimes for twenty minutes; this is best understood as communication of anxiety rather than defiance.", SE, B1_SOC), "Staff told me that this happened on both days of the school's sports week, and on the day of the class photograph."]),
                ("p", [N("Kacper does not yet recognise when he is in danger, and he has twice left the classroom and walked towards the school gate without an adult noticing.", OT), "The school has since moved his table away from the door, but the gate at the end of the playground is not always locked at pick-up time."]),
                ("h", 2, "Recommendations"),
                ("p", "In my opinion Kacper's needs can be met in his mainstream school with the following provision, which goes beyond what the school can provide from its own resources."),
                ("num", [
                    R("Kacper should have a teaching assistant allocated to him for 25 hours a week, trained in supporting children with Down syndrome, to adapt tasks and keep him safe around the site.", L, "specific", F1_TA),
                    R("Daily precision teaching of sight words, for about 10 minutes, delivered by a trained adult, with progress charted each day.", L, "specific", F1_PT),
                    R("Kacper would benefit from a structured number programme using concrete apparatus, such as Numicon, taught in short daily sessions of 15 minutes in a small group or individually.", L, "not_specific", F1_MATHS),
                    R("A risk assessment and a plan for moving safely around the school site, including at the start and end of the day, should be drawn up with Kacper's parents and reviewed each term.", OT, "missing_from_f"),
                    R("The class teacher and teaching assistant should receive training on Down syndrome learning profiles from the Barrowmere Down Syndrome Outreach Service in the first two terms of the plan.", L, "specific", F1_TRAIN),
                ]),
                ("p", [X("A move to a special school was discussed with Kacper's parents; I do not recommend it at this stage, as he is making progress and learns a great deal from his peers.", "option considered and not recommended"), R("At home, his parents may find it helpful to use a picture calendar for the week so that Kacper knows which days are school days.", L, "not_educational")]),
                ("p", "Dr Harriet Quayle, Educational Psychologist (HCPC registered), 24 September 2026. Telephone 01632 960271."),
            ],
        ),
        dict(
            file="salt_report.docx",
            footer="Barrowmere Community Health NHS Trust - Children's Speech and Language Therapy",
            blocks=[
                ("org", "Children's Speech and Language Therapy - Barrowmere Community Health NHS Trust"),
                ("title", "Speech and language therapy advice"),
                ("kv", [("Name", "Kacper Nowak"), ("NHS number", "000 000 4417"), ("Therapist", "Aoife Brennan, Highly Specialist Speech and Language Therapist"), ("Languages", "Polish at home; English at school")]),
                ("b", "Background"),
                ("p", [X("Kacper had grommets fitted in March 2025 and his hearing was within normal limits at his last audiology review in June 2026.", "history; hearing not currently a need"), X("He has made good progress since my last report: he now uses around 120 signs and 60 spoken words across his two languages.", "progress")]),
                ("b", "Current communication"),
                ("p", [N("Kacper's receptive language is at around a three-year level on the Preschool Language Scales; he follows instructions with two key words but not three.", C, B1_LANG), "His understanding in Polish, reported by his parents, is at a similar level, which suggests a language disorder linked to his Down syndrome rather than a difference arising from learning English."]),
                ("p", N("His expressive language consists mainly of two-word phrases and Makaton signs, and he rarely uses verbs.", C, B1_LANG)),
                ("p", N("Kacper's speech is unclear: he omits final consonants and reduces consonant clusters, so that he is understood by unfamiliar adults less than half the time.", C, B1_LANG)),
                ("p", [N("Kacper does not yet start conversations with other children, and in the playground he tends to stand near an adult rather than join in games.", C), "Other children are kind to him, but they tend to do things for him rather than wait for him to ask."]),
                ("b", "What I recommend"),
                ("p", [R("Kacper should receive direct speech and language therapy from a qualified speech and language therapist in a block of six weekly sessions each term, with a programme for school staff to continue between blocks.", C, "less", F1_SALT), "Blocks every term, rather than once a year, are needed because Kacper loses new sounds quickly when practice stops."]),
                ("p", R("All adults who work with Kacper in school should use Makaton signs alongside speech, and the teaching assistant should attend the two-day Makaton Foundation workshop.", C, "wrong_section", G1_MAK, section="G")),
                ("p", R("Kacper needs a daily small-group language session of about 15 minutes, led by the teaching assistant, focusing on understanding and using verbs and three-word phrases.", C, "specific", F1_GROUP)),
                ("p", R("Kacper would benefit from a personal communication book with photographs of his family, his weekend and his favourite things, so that he can share news with adults and other children.", C, "not_specific", F1_VIS)),
                ("p", R("I would encourage Kacper's parents to keep signing at home in Polish and English; signing supports both languages and will not hold back his speech.", C, "not_educational")),
                ("p", "Aoife Brennan, Highly Specialist Speech and Language Therapist, 19 September 2026. aoife.brennan@example.org"),
            ],
        ),
    ],
)

CASES = [CASE_01]
