# ruff: noqa: E501
"""Set AJ as data: visual impairment, cerebral palsy and epilepsy in secondary schools and
special schools (ages 11 to 18), with plans whose sections carry no letters: numbered
sections that start with a personal details section (so no number matches a letter's
place), the regulation's own description as each heading, questions as headings, and
named headings grouped under three parts.

Every name, council, school, service and professional is invented. Postcodes use areas
that do not exist and phone numbers are in the 01632 960xxx range. Markers are those of
evaluation_kit.dataset.
"""

# ---------------------------------------------------------------------------
# case-evalaj-01: Castlebridge Borough Council; Ellie-Mae Hartigan, 12, Year 7, mainstream
# layout "details-first-offset-numbers": "Section 1" is personal details, so the views
# section is "Section 2", needs "Section 3" ... advice "Section 13"; no letters anywhere.
# ---------------------------------------------------------------------------

B1_VA = "Ellie-Mae has a severe visual impairment caused by albinism with nystagmus; her distance vision is around 6/36 and she cannot read the board from her seat."
B1_PRINT = "She needs print enlarged to at least N24 and reads more slowly than others in her class, which tires her eyes by the afternoon."
B1_DIAG = (
    "Ellie-Mae cannot use maps, graphs and detailed diagrams unless they have been adapted for her."
)
B1_GLARE = "She is very sensitive to bright light and glare."
B1_AIDS = "She is still learning to use her low vision aids, including her monocular and the magnification software on her tablet."
B1_MOB = (
    "Ellie-Mae finds it hard to find her way around the large school site and between buildings."
)
B1_SOC = "At times she feels left out with her peers, because she misses some of the non-verbal signals of friendship."

F1_QTVI = "Direct teaching of specialist skills by a qualified teacher of vision impairment (QTVI)"
F1_PRINT = "All printed materials enlarged to N24 Arial bold and given to Ellie-Mae before or at the start of the lesson"
F1_DIAG = "Access to modified resources where appropriate"
F1_SEAT = "A seat at the front of each classroom, to one side of the board and with her back to the window, with blinds lowered when there is glare"
F1_EXAM = "Access arrangements in internal tests and examinations: 25% extra time, enlarged papers at N24 and a separate room with controlled lighting"
F1_HAB = "Support from the habilitation service as required"
F1_TA = "Teaching assistant support in practical lessons (science, design and technology, food) to keep Ellie-Mae safe with equipment"
F1_TABLET = (
    "Her own tablet with magnification software in every lesson, its settings checked by the QTVI"
)
H2_1_OM = "Orientation and mobility training around the Fernside Academy site by the habilitation specialist, six sessions of 45 minutes in the autumn term 2026."

QTVI1 = "qtvi_report.pdf"
HAB1 = "habilitation_report.docx"

WHO_COLS = ["Recommendation", "Who", "How often", "Why"]


def _sec1(sid: str, number: int, name: str) -> tuple:
    return ("H", sid, f"Section {number}: {name}", "h1")


CASE_01 = dict(
    name="case-evalaj-01",
    layout="details-first-offset-numbers",
    summary=(
        "Castlebridge Borough Council; Ellie-Mae Hartigan, 12, Year 7 at Fernside Academy, a mainstream "
        "secondary school (albinism with nystagmus, severe visual impairment). Sections are numbered with "
        'no letters, and "Section 1" is personal details, so the views section is "Section 2" and the '
        'advice list "Section 13". QTVI report with a recommendation table (who, how often, why); '
        "habilitation specialist's report."
    ),
    note="Section numbers run one ahead of the letters' places (Section 3 holds B, Section 7 holds F, Sections 9 and 10 hold H1 and H2, Section 13 holds K). Orientation and mobility training on the school site is placed under other social care provision (H2): wrong_section. Independent bus travel training is advice for social care and home: not_educational. The QTVI's fortnightly hour in Section 7 is less than the weekly hour recommended.",
    plan=dict(
        file="plan.docx",
        footer="Castlebridge Borough Council - Education, Health and Care Plan - Ellie-Mae Hartigan - FINAL",
        blocks=[
            ("org", "Castlebridge Borough Council - SEND Assessment and Review Service"),
            ("title", "Education, Health and Care Plan"),
            ("h", 1, "Section 1: Personal details"),
            (
                "kv",
                [
                    ("Name", "Ellie-Mae Hartigan"),
                    ("Date of birth", "14 May 2014"),
                    ("Home address", "22 Tannery Row, Castlebridge HF6 2QJ"),
                    ("Parents", "Joanne Hartigan and Lee Hartigan"),
                    ("Date plan finalised", "2 November 2026"),
                    (
                        "SEND case officer",
                        "Marcus Oduya, 01632 960233, send@castlebridge.example.org",
                    ),
                ],
            ),
            _sec1("A", 2, "Views, interests and aspirations"),
            (
                "S",
                "A",
                "Ellie-Mae enjoys drama club, singing and baking with her nan, and wants to be a vet or to work with animals.",
            ),
            (
                "p",
                "Her parents want her to be as independent as her friends, and to be confident asking for help when she needs it.",
            ),
            (
                "p",
                "Ellie-Mae said: \"I don't like it when the teacher says 'look at this' and I can't see what 'this' is.\"",
            ),
            _sec1("B", 3, "Special educational needs"),
            ("S", "B", B1_VA),
            ("p", [B1_PRINT, B1_DIAG]),
            ("p", [B1_GLARE, B1_AIDS]),
            ("p", [B1_MOB, B1_SOC]),
            _sec1("C", 4, "Health needs related to special educational needs"),
            (
                "S",
                "C",
                "Ellie-Mae has oculocutaneous albinism and is under the care of the paediatric ophthalmology clinic at Castlebridge General Hospital.",
            ),
            ("p", "Her skin burns easily and she must wear sun cream and a hat outdoors."),
            _sec1("D", 5, "Social care needs related to special educational needs or disability"),
            (
                "S",
                "D",
                "Ellie-Mae is known to the Sensory Team in Adult and Children's Social Care, who have assessed her need for independent travel skills.",
            ),
            _sec1("E", 6, "Outcomes"),
            (
                "S",
                "E",
                "By the end of Year 8, Ellie-Mae will use her tablet to access the board in every lesson without reminders.",
            ),
            (
                "p",
                "By the end of Year 9, she will move between all of her lessons on time and on her own.",
            ),
            (
                "p",
                "By the end of Key Stage 3, she will ask subject staff for adapted materials when she needs them.",
            ),
            _sec1("F", 7, "Special educational provision"),
            (
                "S",
                "F",
                "Fernside Academy will make the following provision, with support from the Castlebridge Sensory Support Service.",
            ),
            (
                "grid",
                [
                    ["Provision", "Delivered by", "Frequency"],
                    [
                        ("F", F1_QTVI, True),
                        "QTVI, Castlebridge Sensory Support Service",
                        "One hour every fortnight, in school",
                    ],
                    [
                        ("F", F1_PRINT, True),
                        "Subject teachers and the school's reprographics technician",
                        "Every lesson",
                    ],
                    [("F", F1_DIAG, False), "School staff", "As needed"],
                    [("F", F1_SEAT, True), "Subject teachers, advised by the QTVI", "Every lesson"],
                    [
                        ("F", F1_TABLET, True),
                        "Ellie-Mae; QTVI checks settings",
                        "Every lesson; settings checked each half term",
                    ],
                    [
                        ("F", F1_TA, True),
                        "Teaching assistant",
                        "Every practical lesson (about five a week)",
                    ],
                    [
                        ("F", F1_EXAM, True),
                        "SENCo and examinations officer",
                        "All internal tests and examinations",
                    ],
                    [("F", F1_HAB, False), "Habilitation specialist", "As required"],
                ],
                [0.5, 0.25, 0.25],
            ),
            _sec1("G", 8, "Health provision"),
            (
                "S",
                "G",
                "Review by the consultant ophthalmologist at Castlebridge General Hospital once a year, with a refraction and a new prescription for glasses where needed.",
            ),
            ("p", "Low vision clinic assessment for magnifiers every 18 months."),
            _sec1(
                "H1",
                9,
                "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("S", "H1", "None identified."),
            _sec1("H2", 10, "Other social care provision"),
            (
                "S",
                "H2",
                "The Sensory Team will offer independent travel training on Ellie-Mae's bus route when she is ready, agreed with her parents.",
            ),
            ("p", H2_1_OM),
            _sec1("I", 11, "Placement"),
            ("S", "I", "Fernside Academy, Moor Lane, Castlebridge HF6 4LB (academy)."),
            _sec1("J", 12, "Personal budget"),
            ("S", "J", "No personal budget has been requested."),
            _sec1("K", 13, "Advice and information"),
            (
                "S",
                "K",
                "QTVI report, Rhiannon Teague (September 2026); habilitation report, Dev Anand (September 2026); ophthalmology letter (June 2026); school advice (July 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=QTVI1,
            footer="Castlebridge Sensory Support Service - QTVI advice - Ellie-Mae Hartigan - page {n} of {m}",
            blocks=[
                ("org", "Castlebridge Sensory Support Service - Vision Team"),
                ("title", "Advice from the Qualified Teacher of Vision Impairment"),
                (
                    "small",
                    "Ellie-Mae Hartigan, DOB 14/05/2014. Fernside Academy, Year 7. Written by Rhiannon Teague, QTVI, 19 September 2026.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Ellie-Mae was diagnosed with oculocutaneous albinism at six weeks old and has been known to the Vision Team since she was two.",
                            "history",
                        ),
                        (
                            "X",
                            "She had a smooth transition from Castlebridge Primary, where she had termly QTVI monitoring visits and large print materials.",
                            "history / support previously in place",
                        ),
                    ],
                ),
                ("h", 2, "Functional vision assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On 12 September 2026 her binocular distance acuity was 0.80 LogMAR (about 6/38) with her glasses, and her near acuity was N14 at 15 cm.",
                            "test result",
                        ),
                        (
                            "N",
                            "In practice this means Ellie-Mae cannot see the board, a projected slide or a demonstration at the front of the room from any seat, and she relies on her tablet camera or on a copy.",
                            "sensory_physical",
                            B1_VA,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her comfortable print size for continuous reading is N24 in a clear sans serif font; at N18 she slows down and loses her place.",
                            "sensory_physical",
                            B1_PRINT,
                        ),
                        (
                            "N",
                            "Ellie-Mae read at 68 words per minute on the MNREAD chart, against a typical rate of around 180 for her age, and after 20 minutes her eyes water and her nystagmus increases.",
                            "sensory_physical",
                            B1_PRINT,
                        ),
                        (
                            "X",
                            "Her comprehension of what she reads is good and in line with her age.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Bright sunlight through the windows of the science block and the glare from white boards cause her discomfort and make her screw up her eyes.",
                            "sensory_physical",
                            B1_GLARE,
                        ),
                        (
                            "N",
                            "Graphs, maps and scientific diagrams with fine lines and several colours are not accessible to her even when enlarged, because the detail breaks up.",
                            "sensory_physical",
                            B1_DIAG,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellie-Mae handwrites slowly and her writing becomes hard to read after a page, and she cannot yet touch-type: her typing speed is about 8 words per minute using two fingers.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "She does not yet use the zoom and contrast settings on her tablet without an adult setting them up.",
                            "sensory_physical",
                            B1_AIDS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Ellie-Mae told me that she cannot tell who is waving to her across the yard and that she sometimes walks past friends, who think she is ignoring them.",
                            "semh",
                            B1_SOC,
                        ),
                        (
                            "X",
                            "She is well liked, belongs to a close group from primary school and has joined the drama club.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "Comments on the draft plan"),
                (
                    "p",
                    [
                        (
                            "X",
                            "The draft plan describes Ellie-Mae's vision accurately, and I welcome the section on health, which reflects the ophthalmology letter.",
                            "comment on the current plan",
                        ),
                        (
                            "X",
                            "Braille is not recommended: Ellie-Mae's print reading is functional and her eye condition is stable.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "In a Year 7 science lesson I observed, Ellie-Mae used her tablet camera to photograph the board and then zoomed in, which worked well until the teacher moved to a second slide before she had finished.",
                        "observation of support working / lesson narrative",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Her form tutor described her as organised, cheerful and quick to help others, and her attendance this term is 98%.",
                        "strength / attendance",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    "The table sets out what I recommend, who should provide it, how often, and the reason.",
                ),
                (
                    "grid",
                    [
                        WHO_COLS,
                        [
                            (
                                "R",
                                "Direct teaching by a QTVI of specialist skills (use of low vision aids, tablet, self-advocacy)",
                                "sensory_physical",
                                "less",
                                F1_QTVI,
                            ),
                            "QTVI",
                            "1 hour every week in term time",
                            (
                                "X",
                                "Ellie-Mae is only starting to manage her own access and needs regular teaching to become independent before GCSE courses begin.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            ("R", "Touch-typing programme", "sensory_physical", "missing_from_f"),
                            "Teaching assistant, monitored by the QTVI",
                            "20 minutes, three times a week, until she types at 25 words per minute",
                            "Typing will be her main way of recording by Year 9.",
                        ],
                        [
                            (
                                "R",
                                "All print materials in N24 Arial bold, given in advance or at the start of the lesson",
                                "sensory_physical",
                                "specific",
                                F1_PRINT,
                            ),
                            "Subject teachers; reprographics",
                            "Every lesson",
                            "So that she is reading at the same time as her classmates.",
                        ],
                        [
                            (
                                "R",
                                "Diagrams, graphs and maps to be simplified and re-drawn with bold outlines, or given as tactile diagrams where detail matters",
                                "sensory_physical",
                                "not_specific",
                                F1_DIAG,
                            ),
                            "Trained teaching assistant or resource technician, with QTVI advice",
                            "For every lesson that uses them",
                            "Enlarging alone does not make them accessible.",
                        ],
                        [
                            (
                                "R",
                                "Seating near the front, to the side of the board, back to the window, and blinds used",
                                "sensory_physical",
                                "specific",
                                F1_SEAT,
                            ),
                            "Subject teachers",
                            "Every lesson",
                            "To reduce glare and distance.",
                        ],
                        [
                            (
                                "R",
                                "Access arrangements: 25% extra time, N24 modified papers and a room with controlled lighting",
                                "sensory_physical",
                                "specific",
                                F1_EXAM,
                            ),
                            "SENCo / exams officer",
                            "All tests and examinations",
                            (
                                "X",
                                "Without extra time she completes about two thirds of a paper.",
                                "reason for a recommendation (test outcome)",
                            ),
                        ],
                    ],
                    [0.36, 0.2, 0.2, 0.24],
                ),
                (
                    "p",
                    (
                        "R",
                        "At home, I have suggested that Ellie-Mae's parents use the accessibility settings on her phone so that she practises zoom and contrast every day.",
                        "sensory_physical",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    "Rhiannon Teague, QTVI (Mandatory Qualification), Castlebridge Sensory Support Service. Telephone 01632 960417.",
                ),
            ],
        ),
        dict(
            file=HAB1,
            footer="Habilitation report - Ellie-Mae Hartigan",
            blocks=[
                ("org", "Castlebridge Sensory Support Service - Habilitation"),
                ("title", "Habilitation Assessment Report"),
                (
                    "kv",
                    [
                        ("Young person", "Ellie-Mae Hartigan (12)"),
                        ("School", "Fernside Academy, Year 7"),
                        ("Specialist", "Dev Anand, Habilitation Specialist"),
                        ("Assessed", "8 and 15 September 2026, in school and on her bus route"),
                    ],
                ),
                ("h", 2, "Reason for referral"),
                (
                    "p",
                    (
                        "X",
                        "Ellie-Mae was referred by her QTVI after she was twice found lost between the science block and the sports hall in her first week.",
                        "history / reason for referral",
                    ),
                ),
                ("h", 2, "What I found"),
                (
                    "p",
                    [
                        (
                            "N",
                            "The Fernside site has five buildings, and Ellie-Mae cannot yet plan a route between them: she follows friends, and when they go a different way she becomes lost and is late.",
                            "sensory_physical",
                            B1_MOB,
                        ),
                        (
                            "X",
                            "She knows her way confidently from the gate to her form room and to the canteen.",
                            "strength / progress",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "She does not reliably see the edges of steps or kerbs in shade or poor light, and she missed the bottom step twice on the outside stairs of the humanities block.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "Ellie-Mae has a monocular but does not use it, and she could not read the room numbers or the signs on doors from more than a metre away.",
                            "sensory_physical",
                            B1_AIDS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "She has good road sense, crossed at the lights with me correctly, and her parents report no falls at home.",
                            "strength / not a need",
                        ),
                        (
                            "X",
                            "A long cane was considered; it is not recommended at present, because Ellie-Mae moves safely in familiar places and would not accept it.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Indoors, in well-lit corridors, she walks at the same pace as her peers and uses the handrails without prompting.",
                        "strength / observation",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Ellie-Mae's mother told me that Ellie-Mae walks to her grandmother's house, two streets away, on her own and has done so safely for a year.",
                        "history / strength at home",
                    ),
                ),
                ("h", 2, "What I recommend"),
                (
                    "p",
                    (
                        "R",
                        "Ellie-Mae should have orientation and mobility training on the school site from a habilitation specialist: six sessions of 45 minutes in the autumn term, then a review each term, so that she learns the routes between all her lessons.",
                        "sensory_physical",
                        "wrong_section",
                        H2_1_OM,
                        {"section": "H2"},
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "She needs to be taught to use her monocular to read signs and room numbers, in six weekly 30-minute sessions with the habilitation specialist in school, with her teaching assistant present so that practice continues between sessions.",
                        "sensory_physical",
                        "not_specific",
                        F1_HAB,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "The edges of the outside steps should be marked with a contrasting strip, and Ellie-Mae should be shown where the handrails are on every staircase.",
                        "sensory_physical",
                        "missing_from_f",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "When Ellie-Mae and her parents feel ready, the Sensory Team should offer independent travel training on the number 14 bus route from home to school.",
                        "other",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Her parents told me they would like to wait until the summer term before she travels alone, and I agree.",
                        "parents' view",
                    ),
                ),
                (
                    "p",
                    "Dev Anand, Habilitation Specialist (Mobility and Independence). 01632 960418. dev.anand@castlebridge.example.org",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaj-02: Ravensmoor County Council; Jayden Okafor, 14, Year 9, special school
# layout "regulation-description-headings": each heading is the description the
# regulation gives the section, in full, with no letter or number.
# ---------------------------------------------------------------------------

B2_CP = "Jayden has bilateral spastic cerebral palsy affecting all four limbs (GMFCS level IV); his muscles are tight and he needs a programme of stretches and changes of position to prevent contractures."
B2_POS = "He cannot sit without support or stand on his own, and he needs two adults and a hoist for every transfer."
B2_HAND = "He has very limited use of his hands and cannot write by hand."
B2_SPEECH = "Jayden has dysarthria; people who do not know him find his speech hard to understand, and he is learning to use a communication aid."
B2_LIT = "His reading and spelling are about four years behind what is expected for his age."
B2_MEM = "Jayden has difficulties with working memory, so he loses track of longer instructions."
B2_EMO = "He can become frustrated and withdrawn when he is not understood."

F2_STAND = "Jayden will stand in his standing frame for 40 minutes every school day, supervised by classroom staff trained by the physiotherapist."
F2_HYDRO = "Access to the hydrotherapy pool."
F2_HANDLING = "All staff who move Jayden will be trained in moving and handling, including use of his hoist, by the children's physiotherapy team every September and whenever new staff join his class."
F2_SALT = "Speech and language therapy to support the use of his communication aid, as advised by the speech and language therapist."
F2_LIT = "A structured literacy programme delivered by a teaching assistant, three times a week for 20 minutes, using on-screen materials and his switch."
F2_PAGE = "Worksheets and texts presented with one task to a page, in a 16-point font, with plenty of white space and no background images."
F2_ELSA = "A weekly 30-minute session with the school's emotional literacy support assistant (ELSA), for at least two terms."
F2_ACCESS = "A laptop with switch access and word prediction software, set up and available in every lesson."
F2_INDEP = "Opportunities to develop his independence skills."
G2_STRETCH = "A stretching programme set by the physiotherapist and carried out by school staff for 20 minutes each day."
G2_PHYSIO = "Review by the children's physiotherapist in school every half term, including his positioning equipment."

PHYS2 = "physiotherapy_report.docx"
EP2 = "independent_ep_report.pdf"

REG_HEADINGS = {
    "A": "The views, interests and aspirations of the child and his parents",
    "B": "The child's special educational needs",
    "C": "The child's health care needs which relate to his special educational needs",
    "D": "The child's social care needs which relate to his special educational needs or to a disability",
    "E": "The outcomes sought for him",
    "F": "The special educational provision required by the child",
    "G": "Any health care provision reasonably required by the learning difficulties or disabilities which result in the child having special educational needs",
    "H1": "Any social care provision which must be made for the child as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child having special educational needs",
    "I": "The name of the school or other institution to be attended by the child and the type of that institution",
    "J": "Where there is a personal budget, the details of how it will support particular outcomes and the provision it will be used for",
    "K": "The advice and information gathered during the EHC needs assessment",
}


def _reg(sid: str) -> tuple:
    return ("H", sid, REG_HEADINGS[sid], "h2")


CASE_02 = dict(
    name="case-evalaj-02",
    layout="regulation-description-headings",
    summary=(
        "Ravensmoor County Council; Jayden Okafor, 14, Year 9 at Brackenhurst School, a maintained special "
        "school for pupils with physical disabilities (bilateral spastic cerebral palsy, dysarthria, literacy "
        "and working memory difficulties). Every heading is the regulation's own description of the section, "
        "with no letter or number. NHS physiotherapist's report with a who / how often / why table; "
        "independent educational psychologist's report for the tribunal."
    ),
    note="The daily stretching programme carried out by school staff is in the health provision section (G): wrong_section. The physiotherapist's own half-termly review in G and night positioning at home are not_educational. Fatigue and visual perceptual difficulties are missing from the needs section. The EP's view on placement is neither a need nor a provision.",
    plan=dict(
        file="plan.pdf",
        footer="Ravensmoor County Council   EHC plan: Jayden Okafor   Final, 16 October 2026   Page {n} of {m}",
        blocks=[
            ("org", "Ravensmoor County Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "small",
                "Jayden Okafor   Date of birth 3 March 2012   NHS number withheld   Ravensmoor SEN Team, County Hall, Ravensmoor AC9 1ZZ",
            ),
            _reg("A"),
            (
                "S",
                "A",
                "Jayden is a keen Wolves supporter and plays boccia for the school team; he would like to work in sports journalism.",
            ),
            (
                "p",
                "His mother, Grace Okafor, wants Jayden to be able to say what he thinks to anyone, not just to the people who know him well.",
            ),
            _reg("B"),
            ("S", "B", B2_CP),
            ("p", [B2_POS, B2_HAND]),
            ("p", [B2_SPEECH, B2_LIT, B2_MEM]),
            ("p", B2_EMO),
            _reg("C"),
            (
                "S",
                "C",
                "Jayden is under the care of the community paediatrician and the orthopaedic team, who monitor his hips through X-rays every year.",
            ),
            ("p", "He has reflux and takes his medication at home."),
            _reg("D"),
            (
                "S",
                "D",
                "Jayden needs help with all personal care, and his family have a carer's assessment from the Children with Disabilities Team.",
            ),
            _reg("E"),
            (
                "S",
                "E",
                "By July 2028, Jayden will use his communication aid to start a conversation with an unfamiliar adult.",
            ),
            (
                "p",
                "By the end of Key Stage 4, Jayden will read texts written for a 12-year-old with understanding.",
            ),
            (
                "p",
                "Jayden will keep the range of movement in his hips and knees, so that he can continue to use his standing frame.",
            ),
            _reg("F"),
            ("S", "F", "Brackenhurst School will make the following provision."),
            (
                "bul",
                [
                    ("F", F2_STAND, True),
                    ("F", F2_HYDRO, False),
                    ("F", F2_HANDLING, True),
                    ("F", F2_SALT, False),
                    ("F", F2_LIT, True),
                    ("F", F2_PAGE, True),
                    ("F", F2_ELSA, True),
                    ("F", F2_ACCESS, True),
                    ("F", F2_INDEP, False),
                ],
            ),
            _reg("G"),
            ("S", "G", G2_PHYSIO),
            ("p", G2_STRETCH),
            ("p", "Hip surveillance by the orthopaedic team, with an X-ray every 12 months."),
            _reg("H1"),
            ("S", "H1", "Short breaks: one overnight stay a month at Larkfield House."),
            _reg("H2"),
            ("S", "H2", "None."),
            _reg("I"),
            (
                "S",
                "I",
                "Brackenhurst School, Old Farm Road, Ravensmoor AC9 6TT; maintained special school.",
            ),
            _reg("J"),
            ("S", "J", "Not applicable: no personal budget has been requested."),
            _reg("K"),
            (
                "S",
                "K",
                "Physiotherapy report, Gwen Prothero (August 2026); advice from Brackenhurst School (July 2026); paediatric advice (June 2026); educational psychology advice from the Ravensmoor EP Service (May 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=PHYS2,
            footer="Ravensmoor Community Children's Physiotherapy - Jayden Okafor",
            blocks=[
                ("org", "Ravensmoor Community Health NHS Trust - Children's Physiotherapy"),
                ("title", "Physiotherapy report"),
                (
                    "small",
                    "Jayden Okafor, 14. Seen at Brackenhurst School on 4 and 11 August 2026 (summer school). Gwen Prothero, Highly Specialist Paediatric Physiotherapist.",
                ),
                ("h", 2, "History"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Jayden had bilateral adductor releases in 2023 and botulinum toxin injections to both calves in March 2025.",
                            "history",
                        ),
                        (
                            "X",
                            "His last hip X-ray, in May 2026, showed migration of 28% on the left and 15% on the right, which is stable compared with 2025.",
                            "test result",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Jayden's hamstrings and hip adductors are tight on both sides, and without daily stretching he is at risk of losing range and of his left hip moving further out of joint.",
                            "sensory_physical",
                            B2_CP,
                        ),
                        (
                            "N",
                            "He cannot sit on a bench without support from an adult, and he transfers with a full body hoist and two adults.",
                            "sensory_physical",
                            B2_POS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "His right hand is his better hand; he drives his powered wheelchair with a joystick, but he cannot grasp a pen or turn the pages of a book.",
                            "sensory_physical",
                            B2_HAND,
                        ),
                        (
                            "N",
                            "By the afternoon Jayden is visibly tired: his head control drops, his speech becomes slower and harder to follow, and he struggles to keep his posture in his chair.",
                            "sensory_physical",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Jayden now drives his chair through the school corridors on his own, which he could not do a year ago.",
                            "progress",
                        ),
                        (
                            "X",
                            "He works hard in physiotherapy sessions and enjoys competing with himself on the number of seconds he can hold his head up.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "In the last year Jayden's sitting balance in his wheelchair has improved, and he now needs his chest harness only when travelling in the minibus.",
                        "progress",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "His current standing frame was reviewed in June 2026 and still fits him, so no new equipment is needed this year.",
                        "equipment already in place",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often", "Why"],
                        [
                            (
                                "R",
                                "Standing in his standing frame",
                                "sensory_physical",
                                "specific",
                                F2_STAND,
                            ),
                            "Classroom staff trained by physio",
                            "40 minutes every school day",
                            (
                                "X",
                                "Weight bearing keeps his hips in joint and his bones strong.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            (
                                "R",
                                "Daily stretching programme to hamstrings, hip adductors and calves",
                                "sensory_physical",
                                "wrong_section",
                                G2_STRETCH,
                                {"section": "G"},
                            ),
                            "Teaching assistant trained by physio",
                            "20 minutes daily",
                            "To maintain range and prevent contractures.",
                        ],
                        [
                            (
                                "R",
                                "Hydrotherapy in the school pool following a programme written by physio",
                                "sensory_physical",
                                "not_specific",
                                F2_HYDRO,
                            ),
                            "Teaching assistant and swimming instructor",
                            "30 minutes once a week",
                            "Warm water lets him move his legs actively.",
                        ],
                        [
                            (
                                "R",
                                "Moving and handling training, including the hoist",
                                "sensory_physical",
                                "specific",
                                F2_HANDLING,
                            ),
                            "Children's physiotherapy team",
                            "Every September and when staff change",
                            "Safe handling for Jayden and for staff.",
                        ],
                        [
                            (
                                "R",
                                "Adapted PE: boccia, frame running and seated exercise in every PE lesson, not sitting out",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "PE teacher with a TA trained by physio",
                            "Every PE lesson (twice weekly)",
                            "Exercise, fitness and belonging to his class.",
                        ],
                        [
                            (
                                "R",
                                "Physiotherapy review and equipment check",
                                "health",
                                "not_educational",
                                G2_PHYSIO,
                                {"section": "G"},
                            ),
                            "NHS physiotherapist",
                            "Every half term",
                            "To adjust his programme and equipment as he grows.",
                        ],
                    ],
                    [0.34, 0.22, 0.2, 0.24],
                ),
                (
                    "p",
                    (
                        "R",
                        "At home, Jayden's parents should continue to use his night-time sleep system every night, as shown by the equipment service.",
                        "sensory_physical",
                        "not_educational",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "I have not recommended a second standing session each day, as Jayden finds one long session easier to fit around his lessons.",
                        "option considered and not recommended",
                    ),
                ),
                ("p", "Gwen Prothero, HCPC registered. Tel 01632 960521."),
            ],
        ),
        dict(
            file=EP2,
            footer="Dr H. Marsh-Whitby, Independent Educational Psychologist - Report on Jayden Okafor - page {n}",
            blocks=[
                ("org", "Dr Helena Marsh-Whitby, Chartered Educational Psychologist"),
                ("title", "Psychological report prepared for the First-tier Tribunal (SEND)"),
                (
                    "small",
                    "Instructed by Jayden's parents. Jayden Okafor, DOB 03.03.2012. Assessed at Brackenhurst School, 21 September 2026. I understand my duty is to the Tribunal.",
                ),
                ("h", 2, "1. Sources of information"),
                (
                    "p",
                    (
                        "X",
                        "I read the final EHC plan dated 16 October 2026, the physiotherapy report of August 2026 and the school's annual review paperwork, and I observed Jayden in English and in a science lesson.",
                        "sources / background",
                    ),
                ),
                ("h", 2, "2. Assessment results"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the verbal scales of the BAS3, using eye pointing and his communication aid, Jayden scored in the average range (Verbal Similarities T score 48).",
                            "test result / strength",
                        ),
                        (
                            "X",
                            "His processing speed could not be measured fairly because of his motor difficulties, and I have not reported a full-scale score.",
                            "test narrative",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Jayden's working memory is a significant weakness (digit recall at the 4th percentile), and in lessons he lost track of instructions with more than two steps.",
                            "cognition_learning",
                            B2_MEM,
                        ),
                        (
                            "N",
                            "His single-word reading age is 9 years 2 months and his spelling age is below 8 years, which is a barrier to every subject he studies.",
                            "cognition_learning",
                            B2_LIT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Jayden has marked visual perceptual difficulties, common in children with his type of cerebral palsy: on a crowded page he loses his place, misreads lines and cannot pick out a word from a busy diagram.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "Adults who did not know him understood about one word in three of his speech, and he used his eye-gaze communication aid only when prompted.",
                            "communication_interaction",
                            B2_SPEECH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            'He told me that he gets "really angry" when people guess what he means and guess wrong, and staff report that he then puts his head down and refuses to respond for the rest of the lesson.',
                            "semh",
                            B2_EMO,
                        ),
                        (
                            "X",
                            "He has a warm sense of humour and good friendships in his tutor group.",
                            "strength",
                        ),
                    ],
                ),
                ("h", 2, "3. Comments on the plan"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Section F of the final plan contains some provision described with real precision, such as the standing programme, and I have no criticism of that part.",
                            "comment on the current plan",
                        ),
                        (
                            "X",
                            "In my opinion Brackenhurst School can meet Jayden's needs if the provision below is made, and I do not consider that a residential placement is needed.",
                            "opinion on placement / option not recommended",
                        ),
                    ],
                ),
                ("h", 2, "4. Recommendations"),
                (
                    "p",
                    (
                        "R",
                        "Jayden should receive direct speech and language therapy from a therapist experienced in augmentative and alternative communication, for 45 minutes each week, with his class staff attending each session so that his aid is used across the day.",
                        "communication_interaction",
                        "not_specific",
                        F2_SALT,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "A daily 20-minute structured literacy programme, delivered one to one by a trained teaching assistant with on-screen materials and switch access, is needed to close the gap.",
                        "cognition_learning",
                        "less",
                        F2_LIT,
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "All work should be presented with one task to a page, in at least 16-point font, with wide spacing and no background images, to reduce the effect of his visual perceptual difficulties.",
                        "cognition_learning",
                        "specific",
                        F2_PAGE,
                    ),
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "He would benefit from weekly sessions of 30 minutes with an ELSA, over at least two terms, to help him name and manage his frustration.",
                            "semh",
                            "specific",
                            F2_ELSA,
                        ),
                        (
                            "R",
                            "Jayden needs a laptop with switch access and word prediction in every lesson.",
                            "sensory_physical",
                            "specific",
                            F2_ACCESS,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "I considered recommending a scribe for all written work, but Jayden prefers to compose his own sentences and the laptop allows this.",
                        "option considered and not recommended",
                    ),
                ),
                (
                    "p",
                    "Dr Helena Marsh-Whitby, CPsychol, HCPC registered. 01632 960644. hmw@psych.example.org",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaj-03: Eastholme Metropolitan Borough Council; Niamh Costello, 15, Year 10
# layout "question-headings-unlettered": each section is headed by a question in plain
# words, with no letter or number; the plan has no personal budget section at all.
# ---------------------------------------------------------------------------

B3_ABS = "Niamh has frequent short seizures in lessons during which she is not aware of what is happening, so she misses parts of lessons and instructions."
B3_FAT = "After a seizure she is very tired and cannot concentrate for some time."
B3_MEM = "Her epilepsy and her medication affect her memory: she forgets much of what she has been taught unless it is revisited."
B3_SPEED = "Niamh works slowly and needs longer than others to process spoken information."
B3_WORD = "She sometimes struggles to find the right word when speaking or writing."
B3_GAPS = "Missed lessons have left gaps in her knowledge, especially in maths."
B3_ANX = "Niamh is anxious about having a seizure in front of other students, and at times this has stopped her coming to school."

F3_SWIM = "A named adult watching Niamh at all times from the poolside, with Niamh wearing a brightly coloured swimming cap"
F3_REST = "Time to rest after a seizure"
F3_PRE = "Pre-teaching of key vocabulary and revision of the previous lesson's content, one to one with a teaching assistant"
F3_NOTES = "Written copies of every homework task and of instructions for coursework, posted on the school's online classroom on the day they are set"
F3_EXAM = "Access arrangements for examinations as agreed by the school"
F3_CHECK = (
    "A check-in with her key adult (the Year 10 pastoral lead) at the start of each school day"
)
F3_PAIR = "A 'buddy' from her form group to walk with her between lessons"
G3_MIDAZ = "Buccal midazolam 10 mg, given by trained school staff if a tonic-clonic seizure lasts five minutes or more, as set out in her individual healthcare plan."
G3_TRAIN = "Epilepsy awareness and rescue medication training for school staff by the Epilepsy Nurse Specialist, once a year."
G3_COUNS = "Niamh will see the school counsellor once a week for 30 minutes for one term to help her manage her anxiety about seizures."

CARE3 = "epilepsy_care_plan.pdf"
EP3 = "independent_ep_report.docx"

Q3 = {
    "A": "What matters to Niamh and her family?",
    "B": "What are Niamh's special educational needs?",
    "C": "What health needs does Niamh have that affect her learning?",
    "D": "Does Niamh have social care needs linked to her special educational needs or disability?",
    "E": "What do we want Niamh to achieve?",
    "F": "What help will Niamh get with her education?",
    "G": "What health services will Niamh receive?",
    "H1": "What support is provided under section 2 of the Chronically Sick and Disabled Persons Act 1970?",
    "H2": "What other social care support will Niamh receive?",
    "I": "Which school will Niamh attend?",
    "K": "What advice and information was used to write this plan?",
}


def _q(sid: str) -> tuple:
    return ("H", sid, Q3[sid], "h2")


CASE_03 = dict(
    name="case-evalaj-03",
    layout="question-headings-unlettered",
    summary=(
        "Eastholme Metropolitan Borough Council; Niamh Costello, 15, Year 10 at Ashgrove High School, a "
        "mainstream secondary school (focal epilepsy with impaired awareness seizures and occasional "
        "tonic-clonic seizures; memory, processing speed, anxiety). Each section is headed by a plain-English "
        "question with no letter or number. No personal budget section. Epilepsy Nurse Specialist's "
        "individual healthcare (care) plan with a who / when / why table; independent educational "
        "psychologist's report for the tribunal."
    ),
    note="The plan has no section on a personal budget (J): section_missing. The weekly school counsellor sessions are placed under health services (G): wrong_section. Rescue medication, staff training in it and the seizure record are health provision: not_educational. Low mood and irritability (a side effect of levetiracetam) and difficulty planning and organising extended work are missing from the needs section.",
    plan=dict(
        file="plan.docx",
        header="Eastholme MBC - Education, Health and Care Plan",
        footer="Niamh Costello - EHC plan issued 28 September 2026 - This plan is confidential",
        blocks=[
            (
                "org",
                "Eastholme Metropolitan Borough Council - Special Educational Needs and Disabilities Service",
            ),
            ("title", "Niamh's Education, Health and Care Plan"),
            (
                "small",
                "Niamh Costello, born 9 January 2011. Home: 7 Weavers Court, Eastholme KB3 8DN. Keyworker: Sana Iqbal, 01632 960377.",
            ),
            _q("A"),
            ("S", "A", "Niamh loves art and music, and hopes to study photography at college."),
            (
                "p",
                'Niamh told us: "I want teachers to know what to do if I have a seizure, without making a fuss."',
            ),
            (
                "p",
                "Her parents want her to get the GCSEs she is capable of and to feel safe at school.",
            ),
            _q("B"),
            ("S", "B", B3_ABS),
            ("p", B3_FAT),
            ("p", [B3_MEM, B3_SPEED, B3_WORD]),
            ("p", [B3_GAPS, B3_ANX]),
            _q("C"),
            (
                "S",
                "C",
                "Niamh has focal epilepsy with impaired awareness seizures and occasional tonic-clonic seizures; she takes levetiracetam and lamotrigine and is under the care of the paediatric neurology team.",
            ),
            _q("D"),
            ("S", "D", "No social care needs have been identified."),
            _q("E"),
            (
                "S",
                "E",
                "By the end of Year 11, Niamh will use a planner and revision timetable with only a weekly check from an adult.",
            ),
            ("p", "Niamh will attend at least 95% of sessions by the end of the spring term 2027."),
            (
                "p",
                "Niamh will sit her GCSE examinations in summer 2028 with the arrangements she needs.",
            ),
            _q("F"),
            ("S", "F", "Ashgrove High School will provide:"),
            (
                "grid",
                [
                    ["What help", "Who will provide it", "How often"],
                    [("F", F3_PRE, True), "Teaching assistant", "Twice a week, 20 minutes"],
                    [
                        ("F", F3_NOTES, True),
                        "Subject teachers",
                        "Every homework and coursework task",
                    ],
                    [("F", F3_CHECK, True), "Year 10 pastoral lead", "Daily, 10 minutes, 8.40 am"],
                    [("F", F3_REST, False), "School staff", "When needed"],
                    [("F", F3_SWIM, True), "PE staff", "Every swimming lesson"],
                    [("F", F3_EXAM, False), "SENCo", "GCSE and mock examinations"],
                    [("F", F3_PAIR, True), "Form tutor to arrange", "Every change of lesson"],
                ],
                [0.55, 0.25, 0.2],
            ),
            _q("G"),
            ("S", "G", G3_MIDAZ),
            ("p", G3_TRAIN),
            ("p", G3_COUNS),
            ("p", "Review at the paediatric neurology clinic every six months."),
            _q("H1"),
            ("S", "H1", "None."),
            _q("H2"),
            ("S", "H2", "None at present."),
            _q("I"),
            (
                "S",
                "I",
                "Ashgrove High School, Chapel Street, Eastholme KB3 2RP (community school).",
            ),
            _q("K"),
            (
                "S",
                "K",
                "Individual healthcare plan from the Epilepsy Nurse Specialist (July 2026); advice from Ashgrove High School (June 2026); Eastholme Educational Psychology Service advice (May 2026); neurology clinic letter (April 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=CARE3,
            footer="Eastholme Children's Epilepsy Service - Individual Healthcare Plan - Niamh Costello - {n}/{m}",
            blocks=[
                (
                    "org",
                    "Eastholme and District NHS Foundation Trust - Children's Epilepsy Service",
                ),
                ("title", "Individual Healthcare Plan (Epilepsy Care Plan) for School"),
                (
                    "kv",
                    [
                        ("Name", "Niamh Costello"),
                        ("School", "Ashgrove High School, Year 10"),
                        ("Written by", "Bernadette Quayle, Epilepsy Nurse Specialist"),
                        ("Date", "14 July 2026; review July 2027"),
                        ("Parents' contact", "Siobhan Costello 01632 960378"),
                    ],
                ),
                ("h", 2, "Diagnosis and medication"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Niamh was diagnosed with focal epilepsy in 2022 after a tonic-clonic seizure at home; her MRI scan was normal.",
                            "history / test result",
                        ),
                        (
                            "X",
                            "She takes levetiracetam 750 mg twice a day and lamotrigine 100 mg twice a day; no doses are due in school hours.",
                            "medication (health information)",
                        ),
                    ],
                ),
                ("h", 2, "Niamh's seizures"),
                (
                    "p",
                    [
                        (
                            "N",
                            "During a focal seizure Niamh stares, stops responding and may pick at her clothes for up to a minute, and afterwards she has no memory of what was said during that time.",
                            "health",
                            B3_ABS,
                        ),
                        (
                            "X",
                            "These happen three to six times a week, most often in the morning.",
                            "seizure frequency (health information)",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Tonic-clonic seizures are rare: she has had two in the last twelve months, neither at school.",
                            "history",
                        ),
                        (
                            "N",
                            "After a tonic-clonic seizure Niamh usually sleeps for one to two hours and is too tired to learn for the rest of that day.",
                            "health",
                            B3_FAT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "Known triggers are lack of sleep, missed medication and being unwell; flashing lights are not a trigger for Niamh.",
                            "triggers (health information)",
                        ),
                        (
                            "N",
                            "Levetiracetam can cause irritability and low mood, and Niamh's mother reports that she has become more tearful and quick to anger since the dose was increased in June 2026.",
                            "semh",
                            None,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Niamh is aware of her own seizures only sometimes; she may say that she feels 'strange' or has a rising feeling in her stomach beforehand.",
                        "seizure description (health information)",
                    ),
                ),
                ("p", ("X", "She has not needed rescue medication since March 2025.", "history")),
                ("h", 2, "What school should do"),
                (
                    "grid",
                    [
                        ["Action", "Who", "When", "Why"],
                        [
                            (
                                "R",
                                "Give buccal midazolam 10 mg into the side of the mouth and call 999",
                                "health",
                                "not_educational",
                                G3_MIDAZ,
                                {"section": "G"},
                            ),
                            "Trained staff",
                            "If a tonic-clonic seizure lasts 5 minutes or more",
                            "To stop a prolonged seizure.",
                        ],
                        [
                            (
                                "R",
                                "Epilepsy awareness and midazolam training",
                                "health",
                                "not_educational",
                                G3_TRAIN,
                                {"section": "G"},
                            ),
                            "Epilepsy Nurse Specialist",
                            "Every year, and for new staff",
                            "So that enough trained staff are on site.",
                        ],
                        [
                            (
                                "R",
                                "Keep a seizure record and send it to the Epilepsy Service",
                                "health",
                                "not_educational",
                            ),
                            "Form tutor or first aider",
                            "Each half term",
                            "To help the neurologist adjust her medication.",
                        ],
                        [
                            (
                                "R",
                                "In swimming, one adult to watch Niamh at all times from the poolside; Niamh to wear a bright cap",
                                "health",
                                "specific",
                                F3_SWIM,
                            ),
                            "PE staff",
                            "Every swimming lesson",
                            (
                                "X",
                                "A seizure in water is the greatest risk to Niamh at school.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            (
                                "R",
                                "After a focal seizure: let Niamh sit quietly in class for 10 minutes, then tell her what she missed; after a tonic-clonic seizure: rest in the medical room until collected",
                                "health",
                                "not_specific",
                                F3_REST,
                            ),
                            "Class teacher / first aider",
                            "After every seizure",
                            "She will not remember the instructions given during the seizure.",
                        ],
                        [
                            (
                                "R",
                                "Lift pass, and leave lessons 5 minutes early to avoid crowded stairs",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "Head of Year to arrange",
                            "Every change of lesson",
                            "A fall on the stairs during a seizure could cause serious injury.",
                        ],
                    ],
                    [0.36, 0.18, 0.2, 0.26],
                ),
                (
                    "p",
                    (
                        "X",
                        "Niamh does not need to be kept away from computer screens, interactive boards or school discos.",
                        "restriction considered and not needed",
                    ),
                ),
                (
                    "p",
                    (
                        "R",
                        "At home, her parents should keep a regular bedtime, including at weekends, as tiredness makes seizures more likely.",
                        "health",
                        "not_educational",
                    ),
                ),
                ("p", "Bernadette Quayle RGN, Epilepsy Nurse Specialist. 01632 960390."),
            ],
        ),
        dict(
            file=EP3,
            footer="Independent Educational Psychology Report - N. Costello - Owain Pritchard-Lowe",
            blocks=[
                ("org", "Pritchard-Lowe Psychology"),
                ("title", "Independent Educational Psychology Report"),
                (
                    "small",
                    "Prepared for the First-tier Tribunal (Special Educational Needs and Disability). Subject: Niamh Costello (15). Date of assessment: 2 October 2026.",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    [
                        (
                            "X",
                            "Niamh did well at primary school and was in the top set for English in Year 7, before her seizures became more frequent in Year 8.",
                            "history / strength",
                        ),
                        (
                            "X",
                            "Her attendance fell to 81% last year, mostly because of medical appointments, seizures and days after a poor night.",
                            "history / attendance figure",
                        ),
                    ],
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On the WISC-V her Verbal Comprehension Index was 104 (average) and her Working Memory Index was 78 (7th percentile).",
                            "test result",
                        ),
                        (
                            "N",
                            'Niamh could recall only two of the six main points of a short story after a 20-minute delay, and said that revision "just doesn\'t stick".',
                            "cognition_learning",
                            B3_MEM,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Her Processing Speed Index was 77, and in lessons she was still copying the task when other students had started it.",
                            "cognition_learning",
                            B3_SPEED,
                        ),
                        (
                            "N",
                            'In conversation she often paused to search for words and used "the thing" or "you know" in their place.',
                            "communication_interaction",
                            B3_WORD,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Niamh finds it very hard to plan an extended piece of writing or to organise coursework over several weeks; her English folder had three unfinished essays and no plans.",
                            "cognition_learning",
                            None,
                        ),
                        (
                            "N",
                            "Her maths teacher identified gaps in algebra and ratio, topics taught when she was absent in Year 9.",
                            "cognition_learning",
                            B3_GAPS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Niamh described a constant worry that she will have a seizure in front of her class, and on some mornings she refuses to leave the house.",
                            "semh",
                            B3_ANX,
                        ),
                        (
                            "X",
                            "She has two close friends who know what to do during a seizure and who she says make her feel safe.",
                            "strength / support in place",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Her art teacher described her GCSE sketchbook as among the strongest in the year group, and she is predicted a grade 7 in art.",
                        "strength",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Niamh's reading accuracy and comprehension were in the average range on the WIAT-III.",
                        "test result / strength",
                    ),
                ),
                ("h", 2, "Discussion"),
                (
                    "p",
                    (
                        "X",
                        "In my opinion Niamh's difficulties with memory and speed of processing are consistent with the known effects of focal epilepsy and of her medication, and they are likely to persist through her GCSE years.",
                        "opinion / prognosis",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "A reduced timetable was discussed with her parents and the school, and I do not recommend it, as it would widen the gaps in her learning.",
                        "option considered and not recommended",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "num",
                    [
                        (
                            "R",
                            "Niamh should have pre-teaching of key vocabulary and over-learning of the previous lesson's content, one to one with a teaching assistant, three times a week for 30 minutes.",
                            "cognition_learning",
                            "less",
                            F3_PRE,
                        ),
                        (
                            "R",
                            "Every homework task and coursework instruction should be given to her in writing, on the online classroom, on the day it is set.",
                            "cognition_learning",
                            "specific",
                            F3_NOTES,
                        ),
                        (
                            "R",
                            "For examinations she will need 25% extra time, supervised rest breaks, and the option of a separate room where she can rest and resume after a seizure.",
                            "cognition_learning",
                            "not_specific",
                            F3_EXAM,
                        ),
                        (
                            "R",
                            "A daily 10-minute check-in with a trusted adult at the start of the school day would help her to settle and to say if she slept badly.",
                            "semh",
                            "specific",
                            F3_CHECK,
                        ),
                        (
                            "R",
                            "She should see the school counsellor for 30 minutes each week for at least a term, to work on her anxiety about seizures.",
                            "semh",
                            "wrong_section",
                            G3_COUNS,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "Weekly 30-minute study skills sessions with the SENCo or a specialist teacher, using planning frames and a revision timetable, are needed to teach her to organise her work.",
                            "cognition_learning",
                            "missing_from_f",
                        ),
                    ],
                ),
                (
                    "p",
                    "Owain Pritchard-Lowe, HCPC Practitioner Psychologist, Chartered Educational Psychologist. 01632 960712. owain@pl-psychology.example.org",
                ),
            ],
        ),
    ],
)


# ---------------------------------------------------------------------------
# case-evalaj-04: Saltmere City Council; Callum Brennan, 17, sixth form of a special school
# layout "three-part-grouped-names": three shaded part bands ("Part one - About Callum",
# "Part two - Needs and outcomes", "Part three - Provision, placement and funding"), and
# under them each section headed by a name in the council's own words, with no letter.
# ---------------------------------------------------------------------------

B4_MOVE = "Callum has dyskinetic cerebral palsy; his movements are involuntary and increase when he is excited or anxious, which makes it hard for him to use switches accurately."
B4_POS = "He needs two adults and a hoist to move from his wheelchair, and his position must be changed regularly through the day."
B4_CVI = "Callum has cerebral visual impairment (CVI): he sees best in his lower field of vision and finds busy, cluttered scenes very hard to make sense of."
B4_FACE = "He relies on voices rather than faces to know who people are."
B4_AAC = "Callum communicates with an eye-gaze communication aid and is at an early stage of putting symbols together."
B4_LEARN = "Callum learns new skills slowly and needs a great deal of repetition."
B4_EPI = "His epilepsy interrupts his attention during the day."
B4_CHANGE = (
    "He becomes distressed by unexpected changes to his routine and to the adults who support him."
)

F4_LSA = "A learning support assistant trained in AAC and CVI will support Callum one to one throughout the school day, including at lunchtime."
F4_SALT = "Speech and language therapy from a therapist with expertise in AAC for one hour every fortnight, with the therapist modelling aided language for his support staff during the session."
F4_CHOICE = "Staff will build at least five real choices into every lesson for Callum, made with his eye-gaze aid, and record them."
F4_TRANS = "Support to plan for life after school."
F4_SCREEN = "Every eye-gaze page and learning resource will show no more than four items on a plain black background, placed in the lower half of the screen."
F4_QTVI = "Advice from a qualified teacher of vision impairment."
F4_CVITRAIN = "Training on CVI for all staff in Callum's class, given by the QTVI at the start of each academic year."
F4_BIKE = "Callum will use a motorised exercise cycle for 15 minutes every school day, set up by staff trained by the physiotherapist."
F4_WORK = "Every work experience placement will be checked for wheelchair access and a Changing Places toilet before Callum attends."
G4_LYING = "Callum will spend 30 minutes in his lying frame after lunch every school day, positioned by school staff following the physiotherapist's programme."
G4_REVIEW = "Physiotherapy review in school by the NHS physiotherapist each term."

QTVI4 = "qtvi_report.docx"
PHYS4 = "physiotherapy_report.pdf"
EP4 = "independent_ep_report.pdf"


def _n4(sid: str, name: str) -> tuple:
    return ("H", sid, name, "h2")


CASE_04 = dict(
    name="case-evalaj-04",
    layout="three-part-grouped-names",
    summary=(
        "Saltmere City Council; Callum Brennan, 17, Year 12 in the sixth form of Oakhanger School, a "
        "maintained special school for complex needs (dyskinetic cerebral palsy, cerebral visual "
        "impairment, epilepsy, eye-gaze AAC). Three shaded part bands group the sections, and each section "
        "is headed by a name in the council's own words with no letter or number; provision is in "
        "numbered paragraphs. QTVI report, NHS physiotherapist's report and an independent educational "
        "psychologist's report for the tribunal."
    ),
    note="The part bands group sections and are not section headings. The daily lying-frame programme carried out by school staff is placed in the health provision section (G): wrong_section. The physiotherapist's termly review is health provision in G. Visual fatigue and learned passivity (waiting for adults to choose) are missing from the needs section. Sound beacons and tactile cues on routes are missing from the provision section.",
    plan=dict(
        file="plan.pdf",
        header="Saltmere City Council - EHC Plan - Callum Brennan",
        footer="Final plan issued 5 October 2026. Page {n} of {m}",
        blocks=[
            ("org", "Saltmere City Council - Children and Young People's Services"),
            ("title", "Education, Health and Care Plan: Callum Brennan"),
            (
                "small",
                "Date of birth 21 February 2009. Oakhanger School, Sixth Form (Year 12). Address: 4 Quayside Mews, Saltmere HF8 3WW. SEN officer: Leanne Drewitt, 01632 960150.",
            ),
            ("band", "Part one - About Callum"),
            _n4("A", "What Callum and his family want for the future"),
            (
                "S",
                "A",
                "Callum enjoys music, especially brass bands, and going to Saltmere City football matches with his dad.",
            ),
            (
                "p",
                "Using his eye-gaze aid, Callum told us that he wants to go to college with his friends and to choose his own music and clothes.",
            ),
            (
                "p",
                "His parents hope Callum will have a busy, happy adult life with people who understand him, and a say in his own care.",
            ),
            ("band", "Part two - Needs and outcomes"),
            _n4("B", "Education and learning needs"),
            ("S", "B", B4_MOVE),
            ("p", B4_POS),
            ("p", [B4_CVI, B4_FACE]),
            ("p", [B4_AAC, B4_LEARN, B4_EPI]),
            ("p", B4_CHANGE),
            _n4("C", "Health needs"),
            (
                "S",
                "C",
                "Callum has epilepsy with absence and tonic seizures, controlled in part by sodium valproate, and he is fed by gastrostomy.",
            ),
            _n4("D", "Care needs"),
            (
                "S",
                "D",
                "Callum needs an adult for all his personal care, eating and drinking, and moving; he has an allocated social worker in the Disabled Children's Team.",
            ),
            _n4("E", "Outcomes for Callum, including preparing for adulthood"),
            (
                "S",
                "E",
                "By July 2028 Callum will use his eye-gaze aid to make choices about his day, his food and his activities with any familiar adult.",
            ),
            (
                "p",
                "By July 2028 Callum will have visited and tried out at least two post-19 options, and will have said which he prefers.",
            ),
            ("pb",),
            ("band", "Part three - Provision, placement and funding"),
            _n4("F", "Education and training provision"),
            ("S", "F", "Oakhanger School will arrange the following."),
            ("np", "1.", ("F", F4_LSA, True)),
            ("np", "2.", ("F", F4_SALT, True)),
            ("np", "3.", ("F", F4_CHOICE, True)),
            ("np", "4.", ("F", F4_SCREEN, True)),
            ("np", "5.", ("F", F4_QTVI, False)),
            ("np", "6.", ("F", F4_CVITRAIN, True)),
            ("np", "7.", ("F", F4_BIKE, True)),
            ("np", "8.", ("F", F4_WORK, True)),
            ("np", "9.", ("F", F4_TRANS, False)),
            _n4("G", "Health provision"),
            ("S", "G", G4_REVIEW),
            ("p", G4_LYING),
            (
                "p",
                "Epilepsy care plan from the Epilepsy Nurse Specialist, with rescue medication given by trained staff.",
            ),
            _n4("H1", "Care provision under the Chronically Sick and Disabled Persons Act 1970"),
            (
                "S",
                "H1",
                "Two after-school clubs a week at the Saltmere Short Breaks Centre, with transport.",
            ),
            _n4("H2", "Other care provision"),
            ("S", "H2", "A transition assessment by Adult Social Care before Callum turns 18."),
            _n4("I", "School or college"),
            (
                "S",
                "I",
                "Oakhanger School (sixth form), Chandlers Way, Saltmere HF8 9EX: maintained special school.",
            ),
            _n4("J", "Personal budget"),
            (
                "S",
                "J",
                "A personal budget of £2,400 a year for a personal assistant to support Callum at his Saturday music group, paid as a direct payment to his parents.",
            ),
            _n4("K", "Advice and information"),
            (
                "S",
                "K",
                "QTVI report (Abigail Ferncombe, August 2026); physiotherapy report (Ruth Haldane, July 2026); Saltmere Educational Psychology Service advice (June 2026); school and medical advice (June 2026).",
            ),
        ],
    ),
    reports=[
        dict(
            file=QTVI4,
            footer="Saltmere Sensory Service (Vision) - Callum Brennan",
            blocks=[
                ("org", "Saltmere Sensory Service - Vision Impairment Team"),
                ("title", "Report of the Qualified Teacher of Vision Impairment"),
                (
                    "small",
                    "Callum Brennan, 17, Oakhanger School. Abigail Ferncombe, QTVI. Observations on 7 and 14 August 2026 (summer provision).",
                ),
                ("h", 2, "Background"),
                (
                    "p",
                    (
                        "X",
                        "Callum was identified as having cerebral visual impairment at the age of four, and his eyes themselves are healthy, as confirmed by the ophthalmologist in 2025.",
                        "history / diagnosis",
                    ),
                ),
                ("h", 2, "Observations"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Callum found a familiar object when it was placed on its own on a black tray, but when it was among three others he did not find it, and he located items in the lower half of the screen much faster than those at the top.",
                            "sensory_physical",
                            B4_CVI,
                        ),
                        (
                            "X",
                            "He responds well to yellow and red, and looks longest at objects that move or shine.",
                            "strength",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "After about ten minutes of close visual work Callum looks away, closes his eyes, and the accuracy of his eye-gaze selections falls sharply.",
                            "sensory_physical",
                            None,
                        ),
                        (
                            "N",
                            "He greeted his mother only when she spoke, and turned away from his support assistant when she came in wearing a hat.",
                            "sensory_physical",
                            B4_FACE,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "The current support at Oakhanger is good, and staff already use a black background on his tablet at my earlier suggestion.",
                        "support already in place / comment on school",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "In a music lesson Callum turned immediately to the trumpet when it played on his left, and smiled when his name was sung.",
                        "observation / strength",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "Callum's eye-gaze calibration was successful on the second attempt, and the device is mounted at a good height on his chair.",
                        "equipment already in place",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "grid",
                    [
                        ["Recommendation", "Who", "How often", "Why"],
                        [
                            (
                                "R",
                                "No more than four items on each eye-gaze page or resource, on a plain black background, placed in the lower visual field",
                                "sensory_physical",
                                "specific",
                                F4_SCREEN,
                            ),
                            "Class staff and the school's AAC lead",
                            "All resources, every lesson",
                            "Reduces visual crowding.",
                        ],
                        [
                            (
                                "R",
                                "Direct QTVI teaching and review of his visual access",
                                "sensory_physical",
                                "not_specific",
                                F4_QTVI,
                            ),
                            "QTVI",
                            "1 hour a month, with a written report each term",
                            (
                                "X",
                                "Callum's vision changes with fatigue and seizures, so his access must be kept under review.",
                                "reason for a recommendation",
                            ),
                        ],
                        [
                            (
                                "R",
                                "Auditory and tactile cues on his routes around school: sound beacons at key doors and a textured strip at his classroom door",
                                "sensory_physical",
                                "missing_from_f",
                            ),
                            "School, with QTVI advice",
                            "Installed once; checked each term",
                            "He recognises places by sound and touch, not by sight.",
                        ],
                        [
                            (
                                "R",
                                "CVI training for class staff",
                                "sensory_physical",
                                "specific",
                                F4_CVITRAIN,
                            ),
                            "QTVI",
                            "Start of each school year",
                            "Staff change every year in the sixth form.",
                        ],
                    ],
                    [0.38, 0.2, 0.2, 0.22],
                ),
                (
                    "p",
                    "Abigail Ferncombe, QTVI (Mandatory Qualification, specialist in CVI). 01632 960155.",
                ),
            ],
        ),
        dict(
            file=PHYS4,
            footer="Saltmere Children's Physiotherapy Service - report - page {n} of {m}",
            blocks=[
                ("org", "Saltmere Community Health NHS Trust - Children's Physiotherapy"),
                ("title", "Physiotherapy advice for Callum's EHC plan review"),
                (
                    "small",
                    "Callum Brennan, 17. Ruth Haldane, Clinical Lead Physiotherapist. 30 July 2026.",
                ),
                ("h", 2, "Current presentation"),
                (
                    "p",
                    [
                        (
                            "N",
                            "Callum's dyskinetic movements increase markedly when he is excited or anxious, so that his head and arms move out of position and he cannot keep his gaze on his communication aid.",
                            "sensory_physical",
                            B4_MOVE,
                        ),
                        (
                            "N",
                            "He cannot stay in his wheelchair for more than about two hours without discomfort and a change of position, and all transfers need a hoist and two staff.",
                            "sensory_physical",
                            B4_POS,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "X",
                            "His hip X-ray in January 2026 was satisfactory, and his spinal curve has not increased since 2024.",
                            "test result",
                        ),
                        (
                            "X",
                            "Callum's new seating system, supplied in March, has improved his head control in lessons.",
                            "progress / support already in place",
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "Callum tolerates his lying frame well and his mother reports that he enjoys his rest on his side at home after school.",
                        "history / home",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "bul",
                    [
                        (
                            "R",
                            "30 minutes in his lying frame after lunch every school day, positioned by trained school staff, to stretch his hips and rest his trunk",
                            "sensory_physical",
                            "wrong_section",
                            G4_LYING,
                            {"section": "G"},
                        ),
                        (
                            "R",
                            "15 minutes a day on the motorised exercise cycle in school, set up by staff I have trained",
                            "sensory_physical",
                            "specific",
                            F4_BIKE,
                        ),
                        (
                            "R",
                            "Any work experience or college taster to be checked for access and a Changing Places toilet before he goes",
                            "sensory_physical",
                            "specific",
                            F4_WORK,
                        ),
                        (
                            "R",
                            "Physiotherapy review in school once a term",
                            "health",
                            "not_educational",
                            G4_REVIEW,
                            {"section": "G"},
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "I have not recommended hydrotherapy this year, as the school pool is closed for repairs and Callum swims with his family at weekends.",
                        "option considered and not recommended",
                    ),
                ),
                ("p", "Ruth Haldane MCSP, HCPC registered. 01632 960160."),
            ],
        ),
        dict(
            file=EP4,
            footer="Dr F. Siddiqui - Independent psychological report - Callum Brennan - {n}",
            blocks=[
                ("org", "Dr Farah Siddiqui, Educational Psychologist"),
                ("title", "Independent Educational Psychology Report for the SEND Tribunal"),
                (
                    "small",
                    "Callum Brennan (17). Assessed at Oakhanger School on 15 September 2026. Instructed jointly by his parents' solicitors.",
                ),
                ("h", 2, "Assessment"),
                (
                    "p",
                    [
                        (
                            "X",
                            "On an eye-gaze version of the British Picture Vocabulary Scale, Callum's receptive vocabulary was at about the level of a nine-year-old, far above what his expressive communication suggests.",
                            "test result / strength",
                        ),
                        (
                            "N",
                            "He needed fifteen teaching trials to learn four new symbols, and had forgotten two of them a week later.",
                            "cognition_learning",
                            B4_LEARN,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Callum uses about 60 core words on his eye-gaze aid but almost always one at a time, and he did not combine two symbols in any of the lessons I observed.",
                            "communication_interaction",
                            B4_AAC,
                        ),
                        (
                            "N",
                            "Staff estimated that he has about ten brief absence seizures a day, and after each one he has to be brought back to the task.",
                            "cognition_learning",
                            B4_EPI,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "N",
                            "Over two hours of observation Callum was offered one choice, and he has learned to wait for adults to decide for him rather than to use his aid to say what he wants.",
                            "communication_interaction",
                            None,
                        ),
                        (
                            "N",
                            "When a supply assistant replaced his usual support assistant, he cried and his movements became so strong that he could not use his aid for the rest of the morning.",
                            "semh",
                            B4_CHANGE,
                        ),
                    ],
                ),
                (
                    "p",
                    (
                        "X",
                        "In a cookery session Callum laughed when the blender was switched on and used his aid to say 'again', which staff said was the first time he had used that word spontaneously.",
                        "observation / progress",
                    ),
                ),
                (
                    "p",
                    (
                        "X",
                        "His class team know him well, and the atmosphere in his sixth form group was calm and warm.",
                        "comment on current support",
                    ),
                ),
                ("h", 2, "Opinion"),
                (
                    "p",
                    (
                        "X",
                        "I considered whether a residential specialist college would be needed from age 19, and in my view it is too early to say; the options should be explored with Callum during Year 13.",
                        "option considered / placement opinion",
                    ),
                ),
                ("h", 2, "Recommendations"),
                (
                    "p",
                    [
                        (
                            "R",
                            "Callum should have weekly direct speech and language therapy of one hour from a therapist with AAC expertise, who should also model aided language for his support staff.",
                            "communication_interaction",
                            "less",
                            F4_SALT,
                        ),
                        (
                            "R",
                            "At least five genuine choices should be built into every lesson, made using his aid, and recorded so that progress can be seen.",
                            "communication_interaction",
                            "specific",
                            F4_CHOICE,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        (
                            "R",
                            "A named transition coordinator should meet Callum and his family each half term from now until he leaves, and arrange visits to at least three post-19 options during Year 13.",
                            "other",
                            "not_specific",
                            F4_TRANS,
                        ),
                        (
                            "R",
                            "Callum needs a learning support assistant trained in AAC and CVI with him one to one throughout the school day.",
                            "sensory_physical",
                            "specific",
                            F4_LSA,
                        ),
                    ],
                ),
                (
                    "p",
                    "Dr Farah Siddiqui, DEdPsych, HCPC registered. 01632 960188. f.siddiqui@edpsych.example.org",
                ),
            ],
        ),
    ],
)

CASES = [CASE_01, CASE_02, CASE_03, CASE_04]
