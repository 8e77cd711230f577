# ruff: noqa: E501
"""case-evalx-02: Brantmoor Metropolitan Borough Council; Ruby Castellano-Finch, 9, Year
4, cerebral palsy, wheelchair user, communicates with a voice output aid. Layout
"capitals-name-boxed-letter": each section opens with a ruled two-cell bar, the section's
name in capitals in the wide cell and its letter alone in a small box at the right
("SPECIAL EDUCATIONAL NEEDS | B")."""

from marks import head, need, non, prov, rec, sect

B_CP = "Ruby has cerebral palsy affecting all four limbs; she cannot sit, stand or walk without support and uses a wheelchair for all of her mobility."
B_HAND = "Her hand movements are slow and partly involuntary, so she cannot write, draw or use a standard keyboard or mouse."
B_SPEECH = "Ruby's speech is very hard to understand because of dysarthria, and she communicates with her voice output communication aid, a communication book, facial expression and yes/no signals."
B_COG = "She understands spoken language well for her age; she is working just below the expected level in reading and at about the Year 2 level in mathematics."
B_SOC = "Ruby finds it hard to join in with other children's play and conversation at break and lunchtime."
B_SELF = "She needs adult help with eating, drinking, every transfer and all of her personal care."

F_TA = "A full-time teaching assistant (32.5 hours a week), trained in moving and handling and in AAC, to support Ruby in all lessons, at break and at lunchtime."
F_HOIST = "Two adults trained in moving and handling for every transfer, using the ceiling track hoist in the hygiene room."
F_STAND = "standing frame - 30 minutes, three days a week, supervised by a trained TA"
F_SEAT = "Ruby will sit in her corner seat on the carpet with her classmates for every whole-class carpet session."
F_DEVICE = "Ruby's communication aid will be mounted on her wheelchair, charged and within her reach at all times in school, including break, lunchtime and trips; her teaching assistant will check it at the start of each day."
F_MODEL = "Staff will model the use of AAC where possible."
F_TRAIN = "The class teaching assistant will attend the AAC hub's one-day introductory course in the autumn term 2026."
F_SALT = "Speech and language therapy from the Brantmoor Children's Therapy Service in line with Ruby's therapy care plan."
F_ICT = "Access to a laptop with suitable software."

G_REVIEW = "Review of Ruby's postural management programme and equipment by the NHS children's physiotherapist."
G_STRETCH = "A daily stretching programme of 15 minutes after lunch, set by the NHS physiotherapist and carried out by Ruby's trained teaching assistants."

PHYSIO = "physio_letter.pdf"
AAC = "aac_assessment.docx"


def _bar(sid: str, name: str, letter: str) -> tuple:
    """The section's name in capitals, its letter alone in a small box beside it."""
    return ("grid", [[head(sid, name, ""), letter]], [0.88, 0.12], True)


CASE = dict(
    name="case-evalx-02",
    layout="capitals-name-boxed-letter",
    summary=(
        "Brantmoor Metropolitan Borough Council; Ruby Castellano-Finch, 9, Year 4 at a mainstream "
        "primary school with a resourced provision for physical disability (bilateral cerebral palsy, "
        "wheelchair user, dysarthria, voice output communication aid, hand function, fatigue). Each "
        "section opens with a ruled bar: its name in capitals, then its letter alone in a small box. "
        "NHS physiotherapist's letter to the GP; specialist AAC hub assessment summary."
    ),
    note=(
        "Headings are the capitalised names in the left cell of each two-cell bar; the letter in the "
        "right-hand box follows the heading. The stretching programme carried out by teaching "
        "assistants, in G, is wrong_section; the physiotherapist's own reviews and the hub's review of "
        "access are health provision. Eye-gaze access was trialled and is not recommended."
    ),
    plan=dict(
        file="plan.pdf",
        sans=True,
        accent="3B4A8C",
        header="BRANTMOOR METROPOLITAN BOROUGH COUNCIL - EDUCATION, HEALTH AND CARE PLAN",
        footer="Ruby Castellano-Finch   Final plan 3 November 2026   Page {n} of {m}",
        blocks=[
            ("org", "Brantmoor Metropolitan Borough Council"),
            ("title", "Education, Health and Care Plan"),
            (
                "kv",
                [
                    ("Name", "Ruby Castellano-Finch"),
                    ("Date of birth", "27 May 2017"),
                    ("Year group", "Year 4"),
                    ("Date of this plan", "3 November 2026 (final)"),
                    ("Case officer", "Gideon Ashworth-Lyle, 01632 960521"),
                ],
            ),
            _bar("A", "VIEWS, INTERESTS AND ASPIRATIONS", "A"),
            (
                "p",
                sect(
                    "A",
                    "Ruby says: 'I like swimming, drama club and telling jokes. When I grow up I want to be a vet or a newsreader.'",
                ),
            ),
            (
                "p",
                "Her parents want Ruby to be seen as a clever girl who happens to use a wheelchair and a talker, and to stay at school with her friends.",
            ),
            _bar("B", "SPECIAL EDUCATIONAL NEEDS", "B"),
            ("p", sect("B", B_CP)),
            ("p", [B_HAND, B_SPEECH]),
            ("p", [B_COG, B_SOC]),
            ("p", B_SELF),
            _bar("C", "HEALTH NEEDS RELATED TO SPECIAL EDUCATIONAL NEEDS", "C"),
            (
                "p",
                sect(
                    "C",
                    "Ruby has bilateral cerebral palsy (GMFCS level IV) and is under hip surveillance by the orthopaedic team at Brantmoor General Hospital.",
                ),
            ),
            (
                "p",
                "She has tight hamstrings and hip muscles, and wears ankle-foot orthoses during the day.",
            ),
            _bar("D", "SOCIAL CARE NEEDS", "D"),
            (
                "p",
                sect(
                    "D",
                    "Ruby's parents need help with lifting and with her care at home; the Children with Disabilities Team completed a child and family assessment in July 2026.",
                ),
            ),
            _bar("E", "OUTCOMES", "E"),
            (
                "p",
                sect(
                    "E",
                    "By the end of Year 5 Ruby will use her communication aid to ask and answer questions in every lesson, including questions of more than five words.",
                ),
            ),
            (
                "p",
                "By the end of Year 5 Ruby will write a paragraph of at least five sentences using word prediction on her device.",
            ),
            _bar("F", "SPECIAL EDUCATIONAL PROVISION", "F"),
            (
                "p",
                "The provision below will be made by St Aldhelm's CE Primary School and its resourced provision, with the services named.",
            ),
            (
                "bul",
                [
                    sect("F", prov(F_TA, True)),
                    prov(F_HOIST, True),
                    prov(F_STAND, True),
                    prov(F_SEAT, True),
                ],
            ),
            ("b", "Communication"),
            (
                "bul",
                [
                    prov(F_DEVICE, True),
                    prov(F_MODEL, False),
                    prov(F_TRAIN, True),
                    prov(F_SALT, False),
                ],
            ),
            ("b", "Learning"),
            ("bul", [prov(F_ICT, False)]),
            _bar("G", "HEALTH PROVISION", "G"),
            ("p", sect("G", G_REVIEW)),
            ("p", G_STRETCH),
            (
                "p",
                "Hip X-rays every 12 months, and orthotics reviewed by the orthotist every six months.",
            ),
            _bar(
                "H1",
                "SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970",
                "H1",
            ),
            (
                "p",
                sect(
                    "H1",
                    "A short break of one weekend a month at Larkrise House, the council's residential short break unit.",
                ),
            ),
            _bar("H2", "OTHER SOCIAL CARE PROVISION", "H2"),
            (
                "p",
                sect(
                    "H2",
                    "The council's social care occupational therapist is assessing the family home for a through-floor lift and a ceiling hoist.",
                ),
            ),
            _bar("I", "PLACEMENT", "I"),
            (
                "p",
                sect(
                    "I",
                    "St Aldhelm's CE Primary School, Brantmoor (voluntary aided mainstream primary school with an additionally resourced provision for pupils with physical disabilities).",
                ),
            ),
            _bar("J", "PERSONAL BUDGET", "J"),
            ("p", sect("J", "Ruby's parents have not asked for a personal budget.")),
            _bar("K", "ADVICE AND INFORMATION", "K"),
            (
                "p",
                sect(
                    "K",
                    "NHS physiotherapy letter (September 2026); AAC hub assessment summary (August 2026); school advice (September 2026); educational psychology advice (September 2026); social care advice (July 2026).",
                ),
            ),
        ],
    ),
    reports=[
        dict(
            file=PHYSIO,
            footer="Brantmoor Children's Community Therapy Services",
            blocks=[
                ("org", "Brantmoor Community Health NHS Trust"),
                (
                    "small",
                    "Children's Physiotherapy, Larch Court Child Development Centre, Brantmoor BX3 9WD",
                ),
                ("small", "Telephone 01632 960645"),
                ("gap",),
                ("p", "Dr Simeon Hollingworth, Ferrybridge Road Surgery, Brantmoor BX4 1QL"),
                ("p", "Dated 18 September 2026. Clinic date 11 September 2026."),
                ("b", "Re: Ruby Castellano-Finch, DOB 27/05/2017, NHS No. 000 000 0000"),
                (
                    "p",
                    "Diagnosis: bilateral spastic cerebral palsy, GMFCS level IV. Copied to: Mr and Mrs Castellano-Finch; Mrs Oduya, SENCo, St Aldhelm's CE Primary School; SEND Team, Brantmoor MBC (for the EHC plan).",
                ),
                ("p", "Dear Dr Hollingworth,"),
                (
                    "p",
                    "I reviewed Ruby at school on 11 September with her teaching assistant, Mrs Kerr, and her mother. Ruby was cheerful and chatty on her communication aid throughout, and told me about her summer holiday in some detail.",
                ),
                (
                    "p",
                    [
                        non(
                            "Her most recent hip X-ray in June showed migration of 28% on the left and 19% on the right, which is stable compared with last year.",
                            "test result",
                        ),
                        non(
                            "Mr Adebayo, her orthopaedic surgeon, will consider botulinum toxin injections to her hamstrings at his review in January.",
                            "health treatment under consideration",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "Ruby is unable to sit without support and relies on the lateral supports and pelvic strap of her classroom chair to keep an upright and symmetrical posture.",
                            "sensory_physical",
                            B_CP,
                        ),
                        non(
                            "Her hamstrings and hip adductors have tightened over the past year, and she now tolerates her standing frame for only about twenty minutes at a time.",
                            "health need (muscle tightness), in C",
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "All transfers now need two adults and the ceiling track hoist, as Ruby can no longer take weight through her legs for a stand-pivot transfer.",
                            "sensory_physical",
                            B_SELF,
                        ),
                        "This is a change since my last letter, and the school has already adjusted its moving and handling plan.",
                    ],
                ),
                ("p", "Ruby's equipment was checked at this visit:"),
                (
                    "grid",
                    [
                        ["Equipment", "Provided by", "Notes"],
                        [
                            "Powered wheelchair with tilt-in-space",
                            "Brantmoor Wheelchair Service, June 2026",
                            "Joystick set up for her right hand",
                        ],
                        [
                            "Classroom chair with lateral supports and pelvic strap",
                            "Children's physiotherapy, 2024",
                            "Adjusted for growth; still fits",
                        ],
                        [
                            "Prone standing frame",
                            "Children's physiotherapy",
                            "Kept in the resource base",
                        ],
                        [
                            "Ceiling track hoist and sling",
                            "School (council capital funding)",
                            "Sling size checked; correct",
                        ],
                        ["Ankle-foot orthoses", "Orthotics service", "New pair due in November"],
                    ],
                    [0.4, 0.33, 0.27],
                ),
                (
                    "p",
                    [
                        need(
                            "Ruby has a new powered wheelchair but cannot yet drive it safely on her own, and she still needs an adult to steer her around the classroom and the playground.",
                            "sensory_physical",
                        ),
                        "She is very keen to drive herself, and her mother says she practises in the park at weekends.",
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "By the afternoon Ruby is noticeably more tired, slumps in her chair and needs more frequent repositioning, and staff report that she contributes less in afternoon lessons.",
                            "sensory_physical",
                        ),
                    ],
                ),
                ("p", "My recommendations for school are as follows."),
                (
                    "bul",
                    [
                        rec(
                            "Ruby should stand in her standing frame for 45 minutes every school day, ideally during a lesson so that she does not miss learning, as standing helps to keep her hips in joint and her muscles at length.",
                            "sensory_physical",
                            "less",
                            F_STAND,
                        ),
                        rec(
                            "Her stretching programme, which I have shown to her teaching assistants, should be carried out for 15 minutes every day after lunch.",
                            "sensory_physical",
                            "wrong_section",
                            G_STRETCH,
                            section="G",
                        ),
                        rec(
                            "She should have powered wheelchair driving practice with an adult for at least 20 minutes three times a week, in the playground and the corridors, so that she can move around school independently.",
                            "sensory_physical",
                            "missing_from_f",
                        ),
                        rec(
                            "It would help if Ruby could come out of her wheelchair for carpet time and sit with her class in her corner seat.",
                            "sensory_physical",
                            "specific",
                            F_SEAT,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        rec(
                            "I will continue to review Ruby in school each half-term and will update her postural management programme and equipment as she grows.",
                            "health",
                            "not_educational",
                            G_REVIEW,
                            section="G",
                        ),
                        "I would be grateful if you could continue her baclofen prescription as advised by the neurology team.",
                    ],
                ),
                (
                    "p",
                    [
                        non(
                            "A sleep system for home was discussed, but Ruby sleeps well and her parents do not want one at present.",
                            "option considered and not recommended",
                        ),
                    ],
                ),
                ("p", "Yours sincerely,"),
                (
                    "p",
                    "Harriet Volkova-Shaw, Highly Specialist Children's Physiotherapist (HCPC registered)",
                ),
            ],
        ),
        dict(
            file=AAC,
            sans=True,
            accent="1F6F78",
            footer="Brantmoor Specialist AAC Hub - assessment summary - not for publication",
            blocks=[
                ("org", "Brantmoor Specialist AAC Hub"),
                (
                    "small",
                    "A regional service commissioned by NHS England. Larch Court, Brantmoor BX3 9WD. aac.hub@example.org",
                ),
                ("title", "AAC assessment summary"),
                (
                    "kv",
                    [
                        ("Client", "Ruby Castellano-Finch, 9 years"),
                        (
                            "Assessment",
                            "Reassessment, 4 and 18 August 2026, at the hub and at home",
                        ),
                        (
                            "Team",
                            "Nasreen Holloway-Bright, Specialist Speech and Language Therapist (AAC); Dr Piers Okonjo, Clinical Scientist",
                        ),
                        (
                            "Current system",
                            "Voice output communication aid with symbol-based vocabulary and a keyguard; PODD communication book",
                        ),
                    ],
                ),
                ("h", 2, "1. Reason for referral"),
                (
                    "p",
                    "Ruby was referred for reassessment by her local speech and language therapist because her vocabulary package had not been updated since 2024 and her school wished to know whether a different access method would help.",
                ),
                ("h", 2, "2. Findings"),
                (
                    "p",
                    [
                        non(
                            "On the hub's receptive vocabulary assessment Ruby scored within the average range for her age.",
                            "test result",
                        ),
                        need(
                            "Ruby understands complex sentences and follows class discussion, but without her device she can only answer yes/no questions.",
                            "communication_interaction",
                            B_SPEECH,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "She takes on average 40 seconds to compose a five-word sentence, so in a class discussion the conversation has usually moved on before she can contribute.",
                            "communication_interaction",
                            B_SPEECH,
                        ),
                        need(
                            "Ruby accesses her device with her right index finger through a keyguard, as she cannot isolate a finger reliably enough to use a standard keyboard or a touch screen without one.",
                            "sensory_physical",
                            B_HAND,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        need(
                            "She can spell short regular words on her device but relies on word prediction for anything longer, and her written work is well below what she can say.",
                            "cognition_learning",
                            B_COG,
                        ),
                        need(
                            "Most of Ruby's conversations are with adults; she told us that at lunchtime she feels 'left out' because the other children do not wait for her to answer.",
                            "communication_interaction",
                            B_SOC,
                        ),
                    ],
                ),
                (
                    "p",
                    [
                        non(
                            "Ruby has a great sense of humour and uses her device to tell jokes to her class.",
                            "strength",
                        ),
                        non(
                            "Since her last assessment she has moved from single symbols to building sentences of four to six words.",
                            "progress",
                        ),
                    ],
                ),
                (
                    "p",
                    "We observed Ruby at school with her teaching assistant, her class teacher and two friends. Her teaching assistant is skilled and patient and waits for Ruby to finish her message; her friends tended to guess the end of her sentences, which Ruby took in good humour.",
                ),
                ("h", 2, "3. Access"),
                (
                    "p",
                    [
                        non(
                            "We trialled eye-gaze access in June, but Ruby found it tiring and less accurate than direct access with a keyguard, so we do not recommend it at present.",
                            "option considered and not recommended",
                        ),
                        "We have adjusted the keyguard and the dwell time, which reduced her selection errors by about a third in the clinic.",
                    ],
                ),
                ("h", 2, "4. Recommendations"),
                (
                    "num",
                    [
                        rec(
                            "Ruby's device should be with her, charged and mounted on her wheelchair at all times, including at break, at lunch and on trips, as a child cannot learn to talk with a device that is in a cupboard.",
                            "communication_interaction",
                            "specific",
                            F_DEVICE,
                        ),
                        rec(
                            "Adults working with Ruby should model language on her device and in her PODD book throughout the school day (aided language modelling), pointing to the symbols as they speak.",
                            "communication_interaction",
                            "not_specific",
                            F_MODEL,
                        ),
                        rec(
                            "Her teaching assistants and class teacher should complete the hub's two-day AAC course this school year, with a half-day refresher each year after that.",
                            "communication_interaction",
                            "less",
                            F_TRAIN,
                        ),
                        rec(
                            "A speech and language therapist with AAC experience should work directly with Ruby for 45 minutes each week on vocabulary, sentence building and spelling on her device, and set targets for staff each half-term.",
                            "communication_interaction",
                            "not_specific",
                            F_SALT,
                        ),
                        rec(
                            "Vocabulary for each new class topic should be added to her device by her teaching assistant at least a week before the topic starts.",
                            "communication_interaction",
                            "missing_from_f",
                        ),
                        rec(
                            "The hub will review Ruby's access method and vocabulary package in six months; this review is funded by NHS England and is not a matter for the school.",
                            "health",
                            "not_educational",
                        ),
                    ],
                ),
                (
                    "p",
                    "We would be happy to talk to school staff about any of these recommendations. The device remains the property of the hub and is insured by us.",
                ),
                (
                    "sig",
                    [
                        "Nasreen Holloway-Bright, Specialist Speech and Language Therapist (AAC), HCPC registered",
                        "Dr Piers Okonjo, Clinical Scientist",
                    ],
                ),
            ],
        ),
    ],
)
