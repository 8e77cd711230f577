# ruff: noqa: E501
"""Plans of set O: final plans (the island council's banded form saved as "my copy", an
amended final plan, a final plan behind a fax cover sheet, a final plan scanned behind a
records team's batch cover sheet, a plan pasted from a portal as text) and drafts (a
watermarked draft saved as "final", a draft pasted into a forwarded e-mail, proposed
amendments after a review, a draft photographed with a scanning app). All invented."""

from __future__ import annotations

from evaluation_kit.plaintext import plain

from document_kinds_o.common import batch_header, fax_cover, headers, plan_blocks

# --- final plans -------------------------------------------------------------------------

RHYS = [
    (
        "A",
        "The views, interests and aspirations of Rhys and his parents",
        [
            "Rhys is 10 and lives in Saltness with his mum Kerensa, his dad Jory and his sister Tamsin. He loves the ferries and can name every boat on the Colport crossing. He likes Minecraft, swimming at the leisure centre and walking the dog on the sea wall.",
            'Rhys says: "I like maths when it is on the computer. I don\'t like the hall at lunch because it is too loud. I want to work on the boats when I am big."',
            "His parents want Rhys to move to secondary school with friends, to stay calm enough to learn, and to be able to go into Colport on his own one day.",
        ],
    ),
    (
        "B",
        "Special educational needs",
        [
            "Communication and interaction: Rhys has a diagnosis of autism (St Aldhelm's Hospital, 2022). He understands literal language well but struggles with inference, jokes and instructions given to the whole class. He finds it hard to join a group game and to repair a conversation when it goes wrong.",
            "Social, emotional and mental health: Rhys becomes highly anxious when routines change without warning. He has left the classroom on average twice a week this year, usually after a supply teacher or a fire drill.",
            "Sensory: Rhys is over-sensitive to noise and to the smell of the dining hall. He covers his ears and may run from the room.",
            "Cognition and learning: Rhys is working at the expected standard in maths but below it in writing; his written work is short and he avoids writing tasks.",
        ],
    ),
    (
        "C",
        "Health needs related to SEN",
        [
            "Rhys has a restricted diet (fewer than fifteen foods). He is reviewed by the community paediatrician once a year."
        ],
    ),
    (
        "D",
        "Social care needs related to SEN",
        [
            "None identified at this time. The family has been given information about the island's short breaks local offer."
        ],
    ),
    (
        "E",
        "Outcomes",
        [
            [
                "By the end of Year 6, Rhys will join a structured group game at break time with support from an adult on three days out of five.",
                "By July 2027, Rhys will use his agreed calm-down plan (a card and a quiet room) instead of leaving the classroom without permission.",
                "By the end of Key Stage 2, Rhys will write a paragraph of at least five sentences using a writing frame.",
            ]
        ],
    ),
    (
        "F",
        "Special educational provision",
        [
            (
                "grid",
                [
                    ["Need", "Provision", "How often", "Who"],
                    [
                        "Communication",
                        "Small group social communication sessions (Lego-based), groups of no more than four",
                        "2 x 30 minutes a week",
                        "Teaching assistant trained by the autism outreach teacher",
                    ],
                    [
                        "Anxiety and change",
                        "Visual timetable checked at the start of each day; warning of changes by the class teacher before 9am",
                        "Daily",
                        "Class teacher",
                    ],
                    [
                        "Sensory",
                        "Access to a quiet room and ear defenders; lunch in a small room with two friends",
                        "Daily",
                        "Midday supervisor",
                    ],
                    [
                        "Writing",
                        "Writing frames and access to a laptop for longer pieces",
                        "In all lessons with writing",
                        "Class teacher",
                    ],
                ],
                [0.18, 0.42, 0.18, 0.22],
            ),
        ],
    ),
    (
        "G",
        "Health provision",
        ["Annual review by the community paediatrician, Wrayland NHS Trust."],
    ),
    (
        "H1",
        "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
        ["None."],
    ),
    ("H2", "Other social care provision", ["None."]),
    ("I", "Placement", ["Colport Church of England Primary School (mainstream)."]),
    ("J", "Personal budget", ["Not requested."]),
    (
        "K",
        "Advice and information",
        [
            [
                "Parental advice, Kerensa and Jory Penhallow, 3 February 2026",
                "Educational psychology advice, Dr Saoirse Lanyon, 11 February 2026",
                "Advice from Colport CE Primary School, 9 February 2026",
                "Health advice, Dr Ade Olumide, community paediatrician, 20 February 2026",
                "Social care: no involvement, 5 February 2026",
            ]
        ],
    ),
]

FERN = [
    (
        "A",
        "About Fern: her views, interests and aspirations and those of her family",
        [
            "Fern is 8. She lives in Wychbury with her mum Precious, her stepdad Callum and her baby brother. Fern has spastic diplegia (cerebral palsy) and uses a walker in school and a wheelchair for longer distances.",
            'Fern says she wants "to go on the trip to the salt museum and not be left at the bus". She loves singing and is in the school choir.',
        ],
    ),
    (
        "B",
        "Special Educational Needs",
        [
            "Physical: Fern has tight muscles in both legs and limited balance. She tires quickly and cannot carry a tray and walk at the same time. Her fine motor skills are delayed, which slows her handwriting.",
            "Cognition and learning: Fern is working slightly below age-related expectations in reading and writing, in part because of missed lessons for hospital appointments.",
            "Social and emotional: Fern is aware she is different from her friends and has become upset when she cannot join in PE.",
        ],
    ),
    (
        "C",
        "Health Needs",
        [
            "Fern is under the orthopaedic team at Salterford General Hospital and had botulinum toxin injections in her calves in January 2026. She wears ankle-foot orthoses."
        ],
    ),
    (
        "D",
        "Social Care Needs",
        [
            "Fern's family receive an occupational therapy assessment for home adaptations from adult and children's social care."
        ],
    ),
    (
        "E",
        "Outcomes",
        [
            [
                "Fern will move around the school site independently with her walker, including to the hall and the dining room, by July 2027.",
                "Fern will write a short piece of work using a sloped board and an adapted pen at the same speed as her classmates by the end of Year 4.",
                "Fern will take part in every PE lesson, with activities adapted for her.",
            ]
        ],
    ),
    (
        "F",
        "Special Educational Provision",
        [
            (
                "grid",
                [
                    ["Provision", "Frequency and duration", "Delivered by"],
                    [
                        "Physiotherapy programme of stretches and standing practice, written by the NHS physiotherapist",
                        "Daily, 20 minutes, before morning lessons",
                        "Trained teaching assistant, reviewed each half term by the physiotherapist",
                    ],
                    [
                        "Fine motor group (theraputty, threading, pencil control)",
                        "3 x 20 minutes a week",
                        "Teaching assistant following the occupational therapist's programme",
                    ],
                    [
                        "Adapted PE planned with the physiotherapist",
                        "Every PE lesson",
                        "PE teacher",
                    ],
                    [
                        "Catch-up reading sessions after hospital absences",
                        "3 x 15 minutes a week",
                        "Class teacher or HLTA",
                    ],
                ],
                [0.5, 0.25, 0.25],
            ),
            "AMENDED following annual review of 3 March 2026: fine motor group increased from twice to three times a week.",
        ],
    ),
    (
        "G",
        "Health Provision",
        [
            "Review by the orthopaedic team every six months. Orthotics reviewed every four months by the orthotist."
        ],
    ),
    (
        "H1",
        "Social Care Provision (CSDPA 1970 s.2)",
        [
            "Adaptations to the family home (ramped access) arranged by the social care occupational therapist."
        ],
    ),
    ("H2", "Other Social Care Provision", ["None."]),
    ("I", "Name and type of school", ["Wychbury Brine Pits Primary Academy (mainstream academy)."]),
    ("J", "Personal Budget", ["None."]),
    (
        "K",
        "Advice and Information",
        [
            [
                "Annual review report, 3 March 2026",
                "Physiotherapy advice, 14 February 2026",
                "Occupational therapy advice, 17 February 2026",
            ]
        ],
    ),
]

KOFI = [
    (
        "A",
        "Kofi's story, views, interests and aspirations",
        [
            "Kofi is 9 and lives with his grandmother Abena in Marshbrook. He has been at the Estuary Learning Centre (a pupil referral unit) since November 2025 after a permanent exclusion from Sea Wall Primary.",
            'Kofi says he likes football, drawing superheroes and his nan\'s jollof rice. He says: "I get angry when people laugh at me reading."',
            "Kofi's grandmother wants him to be back in a school where he is safe and learning, and to have friends his own age.",
        ],
    ),
    (
        "B",
        "Kofi's special educational needs",
        [
            "Kofi has significant social, emotional and mental health needs arising from early trauma. He has difficulty regulating his emotions; when he feels threatened he may shout, throw objects or leave the room.",
            "Kofi has specific difficulties with reading. His reading age in January 2026 was 6 years 4 months. He has weak phonological awareness.",
            "Kofi finds it hard to trust new adults and needs time to build relationships.",
        ],
    ),
    (
        "C",
        "Health needs",
        ["Kofi has asthma, managed with inhalers. He is on the waiting list for CAMHS assessment."],
    ),
    (
        "D",
        "Social care needs",
        [
            "Kofi lives with his grandmother under a special guardianship order. The family has support from the Marshbrook Early Help team."
        ],
    ),
    (
        "E",
        "Outcomes",
        [
            "By July 2027 Kofi will name three feelings and use his regulation plan with adult prompting in four out of five incidents.",
            "By July 2027 Kofi will read and spell words with the Phase 5 sounds.",
        ],
    ),
    (
        "F",
        "Special educational provision",
        [
            "Kofi will have a key adult in school whom he sees at the start and end of every day (10 minutes each time) for a check-in and check-out.",
            "Kofi will have a daily structured phonics intervention, one to one, of 20 minutes, delivered by a teaching assistant trained in the programme.",
            "Kofi will have weekly sessions of 45 minutes with the school's ELSA.",
            "Staff working with Kofi will receive training in trauma-informed practice from the Marshbrook Inclusion Support Service by December 2026.",
        ],
    ),
    ("G", "Health provision", ["Asthma plan held by the school nurse."]),
    ("H1", "Social care provision (CSDPA)", ["None."]),
    (
        "H2",
        "Other social care provision",
        ["Early Help family worker, fortnightly visits until review."],
    ),
    (
        "I",
        "Placement",
        [
            "Marshbrook Saltings Primary School, with a phased return from the Estuary Learning Centre over six weeks."
        ],
    ),
    ("J", "Personal budget", ["None requested."]),
    (
        "K",
        "Advice and information",
        [
            "Educational psychology advice (Dr Lorcan Beattie, 12 January 2026); advice from the Estuary Learning Centre; parental advice; health advice from the designated medical officer; social care advice from Early Help."
        ],
    ),
]

IBRAHIM = """Isle of Wrayland Council
Island SEND Hub | County Buildings, Quay Street, Colport PW30 1QS | 01632 960118

EDUCATION, HEALTH AND CARE PLAN
Ibrahim Sadiq   Date of birth: 06/11/2011   Year 9
Date of issue of this final plan: 28 April 2026   Next review by: April 2027

Section A: Ibrahim's views, interests and aspirations
Ibrahim is 14 and lives in Colport with his parents and two brothers. He is profoundly deaf and has bilateral cochlear implants (2014). He uses spoken English and British Sign Language. He likes cycling, coding and his Saturday job at his uncle's shop. He wants to study computer science at college on the mainland.

Section B: Special educational needs
Hearing: Ibrahim has a profound bilateral sensorineural hearing loss. In noisy classrooms he misses much of what is said, particularly from other pupils and from videos without subtitles.
Language: his vocabulary is about two years behind his hearing peers; he finds subject-specific words hard to learn and remember.
Social: Ibrahim tires by the end of the day (listening fatigue) and can withdraw from group work.

Section C: Health needs
Cochlear implant reviews at the Southern Implant Programme twice a year.

Section D: Social care needs
None identified.

Section E: Outcomes
By the end of Year 11 Ibrahim will use a radio aid independently in every lesson and tell staff when it is not working.
By the end of Year 11 Ibrahim will know and use the key vocabulary of each GCSE subject.

Section F: Special educational provision
Radio aid system (Roger) in all lessons, checked every morning by the teaching assistant.
Pre-teaching of subject vocabulary, 3 sessions of 30 minutes a week, by a teaching assistant trained by the Teacher of the Deaf.
Visits by a qualified Teacher of the Deaf from the Island Sensory Support Service, half a day each half term, to advise staff and check equipment.
Subtitles on all video material; seating near the front and away from the windows.

Section G: Health provision
Cochlear implant mapping by the implant programme.

Section H1 and H2: Social care provision
None.

Section I: Placement
Wrayland Academy, Saltness (mainstream secondary).

Section J: Personal budget
None.

Section K: Advice and information
Advice of the Teacher of the Deaf; educational psychology advice; Wrayland Academy; parental advice; audiology.

Signed on behalf of the Isle of Wrayland Council: Morwenna Keast, SEND Team Manager
"""

WIKTOR = """Salterford and Wychbury Borough Council - EHC Hub (family portal)
Printed 19/05/2026 21:47 by p.zajac

Plan status: FINAL   Version 4   Issued 12/05/2026
Child / young person: Wiktor Zając   DOB 02/09/2009   UPN W8113009200042
Education setting: Salterford Sixth Form and Technical College

>> Section A - All about me
My name is Wiktor. I am 16. I live in Salterford with my mum and my sister. I like fixing bikes and I want to be a motorcycle mechanic. I do not like being told off in front of people.
What my family say: Wiktor is kind and practical. We want him to finish college and get an apprenticeship.

>> Section B - My special educational needs
Wiktor has ADHD (diagnosed 2019) and difficulties with working memory and organisation. He loses track of deadlines and equipment and finds it hard to sustain attention in lessons longer than 30 minutes. His literacy is below his peers' (reading age 12 years 3 months, March 2026).

>> Section C - My health needs
Wiktor takes medication for ADHD, prescribed by the Mid Salterford community paediatric service.

>> Section D - My social care needs
No social care needs identified.

>> Section E - My outcomes
By July 2027 Wiktor will complete the Level 2 Motor Vehicle course.
By July 2027 Wiktor will use a planner and phone reminders to hand in coursework on time.

>> Section F - Special educational provision
Weekly 30-minute mentoring session with the college's learning support mentor to plan the week's work.
In-class learning support assistant for theory lessons (6 hours a week).
Exam access arrangements: 25% extra time and a reader.

>> Section G - Health provision
Medication reviews every six months, community paediatric service.

>> Section H1/H2 - Social care provision
None.

>> Section I - Placement
Salterford Sixth Form and Technical College (further education).

>> Section J - Personal budget
None.

>> Section K - Advice and information
See appendices (8 documents).

This plan has been finalised. If you disagree with Sections B, F or I you may appeal to the First-tier Tribunal.
"""

# --- drafts ------------------------------------------------------------------------------

MARNIE = [
    (
        "A",
        "The views, interests and aspirations of Marnie and her parents",
        [
            "Marnie is 6 and lives in Brannock on the west of the island with her mum Gwen and her two older brothers. Marnie has Down syndrome. She loves music, ponies and the Gruffalo.",
            'Gwen says: "We want Marnie to be included in her village school with her friends, and to learn to read."',
        ],
    ),
    (
        "B",
        "Special educational needs",
        [
            "Communication: Marnie uses single signs (Makaton) and two-word phrases. Her understanding is better than her speech. Her speech is hard to understand for people who do not know her.",
            "Cognition and learning: Marnie is working within the Early Years Foundation Stage (around 30 to 36 months in most areas). She learns best with visual support and repetition.",
            "Physical: Marnie has low muscle tone; she is unsteady on stairs and finds it hard to hold a pencil.",
        ],
    ),
    (
        "C",
        "Health needs",
        [
            "Marnie has a mild hearing loss (glue ear) and wears glasses. She is reviewed by cardiology once a year following heart surgery as a baby."
        ],
    ),
    ("D", "Social care needs", ["None identified."]),
    (
        "E",
        "Outcomes",
        [
            [
                "By July 2027 Marnie will use three-word phrases with signs to ask for what she needs.",
                "By July 2027 Marnie will read 20 words by sight.",
            ]
        ],
    ),
    (
        "F",
        "Special educational provision",
        [
            "Marnie will have support from an adult for [to be confirmed] hours a week.",
            "Speech and language therapy programme, to be delivered in school.",
            "Staff to be trained in Makaton.",
            "Access to a reading programme designed for children with Down syndrome.",
        ],
    ),
    (
        "G",
        "Health provision",
        ["Audiology and cardiology reviews as arranged by Wrayland NHS Trust."],
    ),
    ("H1", "Social care provision (CSDPA 1970)", ["None."]),
    ("H2", "Other social care provision", ["None."]),
    (
        "I",
        "Placement",
        [
            "[Section I is left blank in the draft plan. Please tell us the name of the school you would like.]"
        ],
    ),
    ("J", "Personal budget", ["Not requested."]),
    (
        "K",
        "Advice and information",
        [
            [
                "Parental advice",
                "Educational psychology advice",
                "Speech and language therapy advice",
                "Advice from Brannock Primary School (Reception)",
                "Health advice",
            ]
        ],
    ),
]

DELPHINE_DRAFT = [
    (
        "A",
        "About Delphine",
        [
            "Delphine is 13 and in Year 8 at Marshbrook Creekside Academy. She lives with her mum and dad. She enjoys art, baking and her youth theatre group, where she can speak in role.",
            "Delphine's parents want her to be able to answer the register and ask for help in class.",
        ],
    ),
    (
        "B",
        "Special educational needs",
        [
            "Delphine has a moderate to severe stammer and selective mutism in school. She does not speak to most adults in school and communicates with a small whiteboard.",
            "Delphine's anxiety about speaking has led to missed lessons: her attendance this year is 86%.",
        ],
    ),
    ("E", "Outcomes", ["By July 2027 Delphine will speak to two named adults in school."]),
    (
        "F",
        "Special educational provision",
        [
            "Delphine will have access to speech and language therapy as required.",
            "Delphine will have a sliding-in programme with a key adult.",
            "Delphine may use a whiteboard or a communication card to answer questions.",
        ],
    ),
    ("I", "Placement", ["To be named after consultation."]),
]

TADGH_AMEND = [
    ("org", "Salterford and Wychbury Borough Council"),
    (
        "small",
        "SEND Statutory Assessment and Review Team (SSART) | Brine House, Lion Salt Street, Salterford SW9 4EH | 01632 960240",
    ),
    ("title", "Education, Health and Care Plan - Proposed Amendments"),
    ("p", "Tadgh Brennan   DOB 30/01/2014   Wychbury Manor High School (Year 7)"),
    (
        "p",
        "Following the annual review held on 24 February 2026 the local authority proposes the amendments below. Deleted wording is struck through; new wording is underlined. You have 15 days from the date of this notice to comment and to ask for a meeting. The plan is not final until the local authority issues it.",
    ),
    ("h", 2, "B. Special Educational Needs"),
    (
        "amend",
        [
            ("", "Tadgh has dyslexia."),
            ("s", "He reads at around the level expected for a child of 8."),
            (
                "u",
                "In January 2026 his single word reading was at the 9th centile and his spelling at the 5th centile.",
            ),
            ("", "He becomes anxious about reading aloud."),
        ],
        "Amended after review: updated assessment",
    ),
    (
        "amend",
        [
            (
                "u",
                "Tadgh has begun to refuse to attend English lessons and has had 11 days of absence this term, which his parents link to anxiety about reading in front of others.",
            )
        ],
        "New",
    ),
    ("h", 2, "F. Special Educational Provision"),
    (
        "amend",
        [
            ("", "Tadgh will have a structured literacy intervention"),
            ("s", "three times a week"),
            ("u", "four times a week for 30 minutes, in a group of no more than three,"),
            ("", "delivered by a specialist teacher."),
        ],
        "Amended",
    ),
    (
        "amend",
        [
            (
                "u",
                "Tadgh will not be asked to read aloud in class unless he has agreed to it beforehand.",
            )
        ],
        "New",
    ),
    (
        "amend",
        [
            (
                "",
                "Tadgh will have access to assistive technology (reading pen, speech-to-text software) in all lessons.",
            )
        ],
        "Unchanged",
    ),
    ("h", 2, "I. Placement"),
    ("p", "Wychbury Manor High School (unchanged)."),
    ("sig", ["Joanne Birtles", "SEND Case Officer", "Date of proposed amendments: 10 March 2026"]),
]

HARLEY_DRAFT = """MARSHBROOK BOROUGH COUNCIL
Education Inclusion - EHC Coordination

DRAFT EDUCATION HEALTH AND CARE PLAN
(issued under section 38 Children and Families Act 2014 - for comment)

Name: Harley Jukes     DOB: 17/08/2014     School: Sluice Lane Primary School

Section A - About Harley
Harley is 11. He lives with his mum Shannon and his stepdad Lee on the Riverside estate. He loves fishing with his stepdad, Lego Technic and wrestling on TV.

Section B - Special educational needs
B1. Harley has epilepsy (focal seizures) which is not fully controlled. He may have several absences in a lesson and lose the thread of what is being taught.
B2. Harley has a mild hearing loss in his left ear.
B3. Harley's processing speed is well below average (EP assessment, 2nd centile) and he needs more time to respond.

Section C - Health needs
C1. Harley has a seizure care plan written by the epilepsy nurse specialist. He takes sodium valproate twice a day.

Section E - Outcomes
E1. By July 2027 Harley will record his work using a laptop with support.

Section F - Special educational provision
F1. An adult trained in Harley's seizure plan will be available throughout the school day.
F2. Harley will be given extra time to answer and written copies of instructions.
F3. Harley will sit on the right-hand side of the classroom near the teacher.

Section I - Placement
[Left blank in the draft]

Your comments: please send any comments on this draft plan within 15 calendar days of the date on the covering letter, and tell us the school you would like named. Draft dated 2 March 2026.
"""

DOCUMENTS: list[dict] = [
    {
        "name": "Rhys - plan (my copy).pdf",
        "kind": "ehcp_final",
        "blocks": plan_blocks(
            "island",
            [
                "Education, Health and Care Plan",
                "Rhys Penhallow - date of birth 14 July 2015",
                "Final plan issued 14 May 2026 - review due by May 2027",
            ],
            RHYS,
            sign=[
                "Signed on behalf of the Isle of Wrayland Council",
                "Morwenna Keast, SEND Team Manager",
                "14 May 2026",
            ],
        ),
        "footer": "Rhys Penhallow - EHC Plan - Isle of Wrayland Council",
    },
    {
        "name": "Fern EHCP amended 2026.docx",
        "kind": "ehcp_final",
        "blocks": plan_blocks(
            "salt",
            [
                "Education, Health and Care Plan",
                "Fern Oduya, born 11 June 2017",
                "Amended plan issued: 7 April 2026 (following annual review, 3 March 2026)",
                "Case officer: Joanne Birtles",
            ],
            FERN,
            status_line="FINAL AMENDED PLAN",
            sign=[
                "Authorised by: Gareth Swindells, Head of SEND Statutory Services",
                "7 April 2026",
            ],
        ),
        "sans": True,
        "accent": "7A2E8E",
    },
    {
        "name": "Kofi fax from council.pdf",
        "kind": "ehcp_final",
        "blocks": fax_cover(
            "EHC Coordination, Marshbrook Borough Council",
            "01632 960356",
            "Mr D Pattinson, Head of Centre, Estuary Learning Centre",
            "01632 960390",
            "19 March 2026",
            6,
            "Kofi Asante-Lowe - final EHC plan",
            "Please find the final plan for Kofi which was issued to his grandmother today. Please share with the receiving school (Marshbrook Saltings Primary) so the transition can begin after Easter.",
        )
        + plan_blocks(
            "marsh",
            [
                "Education, Health and Care Plan",
                "Kofi Asante-Lowe   Date of birth: 08/04/2016",
                "Final plan - date issued 19 March 2026",
            ],
            KOFI,
            sign=["Signed: Rukhsana Dhillon, EHC Coordinator, for Marshbrook Borough Council"],
        ),
    },
    {
        "name": "DOC_IMG_004417.pdf",
        "kind": "ehcp_final",
        "text": batch_header(
            "CS-2026-0418-07", "30/04/2026 11:02", "LBK", "Education - SEN - correspondence in"
        )
        + IBRAHIM,
        "ocr": True,
        "running": "Ibrahim Sadiq - EHC Plan",
    },
    {"name": "Wiktor plan text.txt", "kind": "ehcp_final", "text": WIKTOR, "crlf": True},
    {
        "name": "Marnie EHCP final.docx",
        "kind": "ehcp_draft",
        "blocks": plan_blocks(
            "island",
            ["Education, Health and Care Plan", "Marnie Tregear - date of birth 2 October 2019"],
            MARNIE,
            status_line="Draft plan issued 26 January 2026 under section 38. Please send us your views within 15 days and tell us which school you would like named in Section I.",
        ),
        "watermark": "DRAFT",
        "header": "DRAFT - NOT FOR CIRCULATION",
    },
    {
        "name": "Fwd_ Delphine draft plan.eml",
        "kind": "ehcp_draft",
        "headers": headers(
            "Olu Okafor-Reid <olu.okafor-reid@example.org>",
            "Bethan Quayle <b.quayle.slt@example.org>",
            "Fwd: Delphine Okafor-Reid - draft EHC plan for your comments",
            "Sun, 12 Apr 2026 20:14:37 +0100",
        ),
        "text": "Hi Bethan,\n\nThe council sent the draft plan for Delphine on Friday (pasted below as their attachment won't open on my phone). As you can see Section F says therapy \"as required\" - which is not what you recommended. Could you tell us what you would want it to say before the 15 days run out on the 25th?\n\nMany thanks\nOlu\n\n---------- Forwarded message ---------\nFrom: EHC Coordination <ehc.coordination@example.org>\nDate: Fri, 10 Apr 2026 at 16:52\nSubject: Draft EHC plan - Delphine Okafor-Reid\nTo: Olu Okafor-Reid <olu.okafor-reid@example.org>\n\nDear Mr and Mrs Okafor-Reid,\n\nPlease find Delphine's draft EHC plan. You have 15 days to make representations about its content and to request a particular school.\n\n"
        + plain(
            plan_blocks(
                "marsh",
                ["DRAFT Education, Health and Care Plan", "Delphine Okafor-Reid, born 21/05/2012"],
                DELPHINE_DRAFT,
            )
        )
        + "\nKind regards\nRukhsana Dhillon\nEHC Coordinator\n",
    },
    {
        "name": "Tadgh proposed amendments.pdf",
        "kind": "ehcp_draft",
        "blocks": TADGH_AMEND,
        "sans": True,
    },
    {
        "name": "CamScanner 19-03-2026 18.02.pdf",
        "kind": "ehcp_draft",
        "text": HARLEY_DRAFT,
        "ocr": 0.07,
    },
]
