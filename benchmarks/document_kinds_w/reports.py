# ruff: noqa: E501
"""Reports of set W by educational psychologists, therapists and schools, and annual review
papers: a council EP's advice behind a distribution cover sheet, an EP's advice pasted by a
SENCo into an e-mail, a stammering clinic's letter, an island therapy service's advice as
text, an occupational therapist's splinting letter, a hydrotherapy programme, an island
all-through school's report, a Montessori nursery's e-mail, review records. All invented."""

from __future__ import annotations

from document_kinds_w.common import (
    DANE_TRUST,
    NORTHGATE,
    ORRIN,
    ORRIN_TRUST,
    headers,
)

DOCUMENTS: list[dict] = [
    # --- educational psychology ---------------------------------------------------------
    {
        "name": "Appendix D.pdf",
        "kind": "ep_report",
        "format": "pdf",
        "blocks": [
            (
                "cover",
                [
                    "Dane Vale Educational Psychology Service",
                    "Statutory advice",
                    "Oskar Lindqvist",
                    "RESTRICTED - distribution: parent, EHC Hub, Wych Lane Primary School",
                    "Appendix D",
                ],
            ),
            ("org", "Dane Vale Educational Psychology Service"),
            ("small", "Brine House, Wych Lane, Salterwich DV4 7SB | 01632 960752"),
            ("title", "Psychological advice for an EHC needs assessment"),
            (
                "kv",
                [
                    ("Name", "Oskar Lindqvist"),
                    ("Date of birth", "03/08/2015"),
                    ("School", "Wych Lane Primary School, Year 5"),
                    ("Date of assessment", "14 and 19 May 2026"),
                    ("Psychologist", "Dr Imran Sethi, HCPC registered practitioner psychologist"),
                ],
                [0.3, 0.7],
            ),
            ("h", 2, "1. Background and sources of information"),
            (
                "p",
                "I observed Oskar in class and at lunchtime, met his father and consulted his class teacher and the SENCo. I read the Autism Outreach Team's report of January 2026 and the school's SEN support plans.",
            ),
            ("h", 2, "2. Assessment"),
            (
                "grid",
                [
                    ["Assessment", "Standard score", "Centile"],
                    ["BAS3 verbal ability", "104", "61"],
                    ["BAS3 non-verbal reasoning", "112", "79"],
                    ["BAS3 working memory (recall of digits)", "78", "7"],
                    ["WIAT-III word reading", "86", "18"],
                ],
                [0.5, 0.25, 0.25],
            ),
            (
                "p",
                "Oskar's reasoning is in the average to above-average range, but his working memory is a relative weakness and his anxiety in busy settings limits what he can show.",
            ),
            ("h", 2, "3. Special educational needs"),
            (
                "bul",
                [
                    "Social communication and interaction: difficulty reading the intentions of peers; rigid thinking when plans change.",
                    "Sensory processing: strong aversion to noise in the hall and dining room.",
                    "Anxiety, which shows as refusal and leaving the classroom.",
                ],
            ),
            ("h", 2, "4. Outcomes and provision recommended"),
            (
                "bul",
                [
                    "A consistent key adult for check-ins at the start of the day and after lunch.",
                    "Access to a low-arousal space with a card system he can use without asking aloud.",
                    "Working memory supports: written task lists and chunked instructions.",
                    "Staff training in autism and anxiety from the Autism Outreach Team.",
                ],
            ),
            ("sig", ["Dr Imran Sethi", "Educational Psychologist", "2 June 2026"]),
        ],
    },
    {
        "name": "Re_ Ayaan update.eml",
        "kind": "ep_report",
        "format": "eml",
        "headers": headers(
            "Joanne Pimlott <senco.littlebrine@example.org>",
            "Farah Mistry <farah.mistry@example.org>",
            "Re: Ayaan update",
            "Thu, 7 May 2026 13:26:40 +0100",
        ),
        "text": "Hi Farah,\n\nYou asked for a copy of what the EP wrote after her visit - I've pasted it below as the portal only lets us download it. Any questions give me a ring.\n\nJoanne (SENCo, Little Brine Nursery)\n\n--- pasted from the EHC portal ---\n\nEDUCATIONAL PSYCHOLOGY ADVICE\nChild: Ayaan Mistry   DOB: 17/01/2020\nSetting: Little Brine Nursery\nEducational Psychologist: Dr Mel Tattersall, Dane Vale Educational Psychology Service\nDate of visit: 28 April 2026\n\nHow I gathered information: play-based observation over two hours, the Schedule of Growing Skills completed with nursery staff, consultation with Ms Mistry.\n\nWhat I found: Ayaan's development is at around the 12 to 18 month level in communication and play. He explores objects by mouthing and spinning them. He tolerated shared attention for up to 30 seconds with a favoured toy (a wind-up train). He shows strong sensory seeking.\n\nSpecial educational needs: significant difficulties in communication and interaction and in cognition and learning; sensory processing needs; no awareness of danger.\n\nRecommendations: a highly structured setting with a small class and high staffing; an intensive interaction approach daily; objects of reference for transitions; a safe, enclosed outdoor area; staff training in Makaton.\n\nDr Mel Tattersall, Educational Psychologist (HCPC PYL0423)",
    },
    {
        "name": "Maisie EP 2025.docx",
        "kind": "ep_report",
        "format": "docx",
        "blocks": [
            ("org", ORRIN),
            (
                "small",
                "Educational Psychology | Harbour Offices, Quay Street, Port Esk | 01632 960719",
            ),
            ("title", "Record of consultation and assessment"),
            (
                "kv",
                [
                    ("Pupil", "Maisie Quayle, Year 4"),
                    ("School", "Kilcraig Primary School"),
                    ("EP", "Dr Helen Marr"),
                    ("Date", "18 November 2025"),
                    ("Reason for involvement", "Annual review and planning for secondary transfer"),
                ],
                [0.3, 0.7],
            ),
            ("h", 2, "What we discussed"),
            (
                "p",
                "Maisie's teacher reports good progress in phonics since the start of the Fresh Start group, but Maisie still finds it very hard to follow whole-class instructions and often copies what others are doing.",
            ),
            ("h", 2, "Assessment"),
            (
                "p",
                "I completed a dynamic assessment of Maisie's learning. When given a visual model and time to rehearse, Maisie could retain and use three new words; without these supports she retained none.",
            ),
            ("h", 2, "Agreed actions"),
            (
                "bul",
                [
                    "Pre-teach topic vocabulary with pictures twice weekly.",
                    "Give instructions one step at a time, with a visual checklist.",
                    "Plan six extra transition visits to Port Esk High School in Year 6.",
                ],
            ),
            ("p", "Dr Helen Marr, Senior Educational Psychologist"),
        ],
    },
    {
        "name": "scan_rowan_ep.pdf",
        "kind": "ep_report",
        "format": "pdf",
        "ocr": True,
        "running": "Educational Psychology Service",
        "text": "Dane Vale Educational Psychology Service\nCONFIDENTIAL\n\nEducational Psychology Report\nYoung person: Rowan Birtles   Year 8   Salterwich High School\nDate of report: 9 February 2026\nPsychologist: Dr Imran Sethi\n\nReason for referral\nThe school asked for advice for Rowan's annual review because of repeated exits from lessons and refusal to write.\n\nAssessment\nI met Rowan twice. On the Beck Youth Inventories his anxiety score was in the extremely elevated range. On the DASH his handwriting speed was well below the 1st centile for his age. His verbal reasoning on the BAS3 was in the high average range.\n\nFormulation\nRowan's exits from lessons are best understood as a response to sensory overload and the gap between what he can say and what he can write.\n\nRecommendations\n1. A laptop with speech-to-text for written work.\n2. A key adult and a daily check-in.\n3. An early-release pass to avoid crowded corridors.\n4. Referral to occupational therapy for a sensory assessment.\n\nDr I. Sethi, Educational Psychologist\n",
    },
    # --- speech and language therapy --------------------------------------------------------------
    {
        "name": "Saoirse letter Dec.pdf",
        "kind": "salt_report",
        "format": "pdf",
        "blocks": [
            ("org", ORRIN_TRUST),
            (
                "small",
                "Children's Speech and Language Therapy | Ramsey Road Health Centre, Port Esk OR1 6HB | 01632 960731",
            ),
            ("p", "Ms Nuala Dunne\n3 Lifeboat Terrace, Sandwick OR3 2LH"),
            ("p", "NHS number: 999 412 7730   Date: 12 December 2025"),
            ("b", "Speech and language therapy report: Saoirse Dunne (09/11/2018)"),
            (
                "p",
                "Saoirse was seen for assessment on 2 and 9 December 2025 at Sandwick Infant School.",
            ),
            ("h", 2, "Assessment results"),
            (
                "p",
                "On the DEAP (Diagnostic Evaluation of Articulation and Phonology) Saoirse's percentage of consonants correct was 41%. She shows backing, stopping and cluster reduction, and inconsistent errors that suggest a severe phonological disorder. Her understanding of language (CELF-5 UK receptive) is within the average range.",
            ),
            ("h", 2, "Impact"),
            (
                "p",
                "Saoirse is understood by familiar adults about half the time and by unfamiliar adults rarely. She has begun to avoid talking in class.",
            ),
            ("h", 2, "Recommendations"),
            (
                "grid",
                [
                    ["What", "Who", "How often"],
                    [
                        "Direct phonological therapy (Nuffield Dyspraxia Programme)",
                        "Speech and language therapist",
                        "Weekly blocks of 8 sessions, 3 blocks a year",
                    ],
                    [
                        "Daily practice of target sounds",
                        "Trained teaching assistant",
                        "10 minutes daily",
                    ],
                    ["Review and targets", "Speech and language therapist", "Each half term"],
                ],
                [0.45, 0.25, 0.3],
            ),
            (
                "p",
                "The NHS service can provide one block a year; the remaining therapy would need to be commissioned.",
            ),
            (
                "sig",
                [
                    "Morag Teare",
                    "Highly Specialist Speech and Language Therapist",
                    "cc: GP, Sandwick Infant School SENCo",
                ],
            ),
        ],
    },
    {
        "name": "Speech Therapy notes Oskar.txt",
        "kind": "salt_report",
        "format": "txt",
        "text": 'WEAVER AND DANE COMMUNITY HEALTH NHS TRUST\nChildren\'s Stammering Clinic, Nantbury Health Centre\n\nClinic letter\nRe: Oskar Lindqvist  DOB 03/08/2015  NHS No 999 803 2216\n\nDear Mr Lindqvist,\n\nThank you for bringing Oskar to the stammering clinic on 16 April 2026.\n\nOskar stammers on about 8% of syllables, with blocks and repetitions, and more in the afternoon and when anxious. He told me he "hides" his stammer by swapping words and by not answering in class.\n\nAssessment: Stuttering Severity Instrument (SSI-4) score 24, moderate. OASES-S impact score moderate to severe.\n\nPlan:\n- A 6-session block of Palin Parent-Child Interaction therapy (adapted for his age) starting in June.\n- Advice for school: allow time to finish, no reading aloud unless he chooses, a stammering-friendly classroom poster.\n- Review in September 2026.\n\nYours sincerely\nLiam Duckworth, Specialist Speech and Language Therapist (Fluency)\ncc: Dr A Raval, GP; SENCo, Wych Lane Primary School\n',
    },
    {
        "name": "Fw_ speech report for Ayaan.eml",
        "kind": "salt_report",
        "format": "eml",
        "html": True,
        "headers": headers(
            "Farah Mistry <farah.mistry@example.org>",
            "Orrin and Dane SENDIASS <sendiass@example.org>",
            "Fw: speech report for Ayaan",
            "Sun, 10 May 2026 20:31:12 +0100",
        ),
        "text": "Hi, this is the speech therapy advice for Ayaan's assessment. The draft plan only says 'speech and language therapy as recommended' - is that allowed?\n\nFarah\n\n----- Forwarded Message -----\nFrom: Children's SLT <slt.dane@example.org>\nDate: 5 May 2026\nSubject: SLT advice - Ayaan Mistry\n\nSpeech and Language Therapy Advice for EHC Needs Assessment\nWeaver and Dane Community Health NHS Trust\n\nName: Ayaan Mistry   DOB 17/01/2020   NHS number 999 655 1049\n\nCommunication profile: Ayaan is at a pre-intentional to early intentional stage of communication. He uses physical manipulation to request. He responds to his name about 30% of the time. He has no spoken words; he uses two Makaton signs (more, finished) with prompting.\n\nEating and drinking: no concerns with swallowing.\n\nRecommendations:\n- Direct SLT: 6 sessions per term with a speech and language therapist to introduce a PECS programme and a core vocabulary board.\n- Staff training: Makaton level 1 and PECS for all staff in his class, within the first term.\n- Intensive interaction daily, 2 x 10 minutes, by trained staff.\n\nAmira Lodge, Speech and Language Therapist, HCPC SL30419",
    },
    {
        "name": "IMG_20260319_101114.pdf",
        "kind": "salt_report",
        "format": "pdf",
        "ocr": 0.08,
        "text": "Kilcraig Primary School - Speech and Language Therapy termly report\nSpring term 2026\nPupil: Maisie Quayle\nTherapist: Morag Teare (Orrin Health and Care NHS Trust)\n\nTargets this term and progress\n1. Follow 3-part instructions with a visual support: achieved 4 out of 5 trials in class.\n2. Use 'first, next, last' to retell a story: partly achieved; needs picture prompts.\n3. Learn 10 topic words per half term: 7 of 10 learned.\n\nCommunication update\nMaisie's receptive language remains her main area of need. The TA programme has been delivered 3 times a week as set out.\n\nNext steps\nContinue the programme; add narrative therapy (Black Sheep Narratives) from summer term.\n\nM. Teare, Speech and Language Therapist\n",
    },
    # --- occupational therapy -------------------------------------------------------------------------
    {
        "name": "Tegan splints.docx",
        "kind": "ot_report",
        "format": "docx",
        "blocks": [
            ("org", NORTHGATE),
            (
                "small",
                "Paediatric Hand Therapy and Occupational Therapy | Level 2 Outpatients | 01632 960801",
            ),
            (
                "p",
                "Patient: Tegan Morrey   DOB 30/09/2009   NHS No 999 210 4481   Hospital No NG448102",
            ),
            ("title", "Occupational therapy report"),
            (
                "p",
                "Tegan attended the hand therapy clinic on 3 March 2026 for review of her resting hand splints and for advice to her college.",
            ),
            ("h", 2, "Findings"),
            (
                "p",
                "Grip strength: right 9 kg, left 6 kg (well below age expectations). Tegan fatigues after 8 to 10 minutes of handwriting; legibility falls sharply. Fine manipulation (Nine Hole Peg Test) right 34 seconds, left 41 seconds.",
            ),
            ("h", 2, "Recommendations"),
            (
                "bul",
                [
                    "Continue night resting splints; replacement splints made today.",
                    "Use a laptop for written work, with an ergonomic keyboard and a mouse with adjustable sensitivity.",
                    "Height-adjustable table in art studios; sloped board for drawing.",
                    "Extra time of 25% and rest breaks in examinations.",
                    "Review by hand therapy in 6 months.",
                ],
            ),
            ("sig", ["Rachael Ince", "Clinical Specialist Occupational Therapist"]),
        ],
    },
    {
        "name": "Rowan sensory.pdf",
        "kind": "ot_report",
        "format": "pdf",
        "blocks": [
            ("org", DANE_TRUST),
            (
                "small",
                "Children's Occupational Therapy | Riverside Clinic, Nantbury DV6 1RE | 01632 960761",
            ),
            ("title", "Occupational Therapy Assessment Report"),
            (
                "kv",
                [
                    ("Name", "Rowan Birtles"),
                    ("DOB", "02/12/2012"),
                    ("NHS number", "999 318 5527"),
                    ("Assessed", "24 March 2026, school and clinic"),
                ],
                [0.3, 0.7],
            ),
            ("h", 2, "Reason for referral"),
            (
                "p",
                "Referred by the Educational Psychology Service for a sensory processing assessment.",
            ),
            ("h", 2, "Assessment"),
            (
                "p",
                "Sensory Profile 2 (school companion and self-report): 'much more than others' for auditory sensitivity, touch sensitivity and avoiding. Observation in the lunch hall showed covering ears and leaving within four minutes.",
            ),
            ("h", 2, "Recommendations"),
            (
                "bul",
                [
                    "Ear defenders available in all lessons and at lunch.",
                    "A sensory diet of movement breaks (5 minutes every hour) written into his timetable.",
                    "An early-release pass before the bell.",
                    "A quiet workspace for written tasks.",
                    "OT to review the sensory programme termly with the SENCo.",
                ],
            ),
            ("sig", ["Kerry Aspinall, Occupational Therapist, HCPC OT71230"]),
        ],
    },
    {
        "name": "OT.eml",
        "kind": "ot_report",
        "format": "eml",
        "headers": headers(
            "Paediatric OT Orrin <ot.orrin@example.org>",
            "Nuala Dunne <nuala.dunne@example.org>",
            "Occupational therapy advice for Saoirse",
            "Wed, 24 Jun 2026 09:12:00 +0100",
        ),
        "text": "Dear Ms Dunne,\n\nAs requested, here is my advice for Saoirse's EHC needs assessment. I have also uploaded it to the council's portal.\n\nOCCUPATIONAL THERAPY ADVICE\nOrrin Health and Care NHS Trust, Children's Occupational Therapy\nSaoirse Dunne, DOB 09/11/2018, NHS 999 412 7730\n\nSaoirse was assessed at school on 17 June 2026 using the Movement ABC-2. Her total score is at the 5th centile, with the greatest difficulty in manual dexterity. She holds her pencil in a fisted grip and her letters are poorly formed.\n\nRecommendations:\n1. Daily fine motor group (Clever Fingers) for 15 minutes, led by a TA.\n2. A writing slope and a triangular pencil grip.\n3. OT review in one term.\n\nKind regards\nEllan Quirk, Occupational Therapist",
    },
    {
        "name": "Ayaan OT.pdf",
        "kind": "ot_report",
        "format": "pdf",
        "ocr": 0.09,
        "text": "Weaver and Dane Community Health NHS Trust\nChildren's Occupational Therapy - summary of assessment\n\nName: Ayaan Mistry  DOB 17/01/2020\nDate seen: 21 April 2026 at home and at nursery\n\nAyaan seeks deep pressure and movement constantly. He mouths non-food items. He is not yet toilet trained and cannot dress himself. He has no sense of danger near roads.\n\nRecommendations\n- Sensory circuit first thing every morning and after lunch (10 minutes).\n- Weighted lap pad and chewy tube available at all times.\n- Secure, enclosed environment.\n- Toileting programme with visual sequence.\n- OT to train staff and review every term.\n\nSigned  K. Aspinall  Occupational Therapist\n",
    },
    # --- physiotherapy ------------------------------------------------------------------------------------
    {
        "name": "hydro programme.pdf",
        "kind": "physio_report",
        "format": "pdf",
        "blocks": [
            ("org", ORRIN_TRUST),
            (
                "small",
                "Paediatric Physiotherapy | Harbour Hospital Outpatients, Port Esk | 01632 960735",
            ),
            ("title", "Physiotherapy report for education"),
            (
                "p",
                "Young person: Tegan Morrey, 30/09/2009   NHS number 999 210 4481   Date: 10 February 2026",
            ),
            ("h", 2, "Current physical presentation"),
            (
                "p",
                "Tegan has spastic diplegic cerebral palsy (GMFCS level III). She self-propels a manual wheelchair and walks short distances with a rollator. Tightness in her hamstrings and calves has increased since her growth spurt.",
            ),
            ("h", 2, "Programme"),
            (
                "grid",
                [
                    ["Activity", "Frequency", "By whom"],
                    [
                        "Stretching programme (hamstrings, calves, hip flexors)",
                        "Daily, 20 minutes",
                        "Trained college staff",
                    ],
                    [
                        "Hydrotherapy",
                        "Weekly, 45 minutes",
                        "Physiotherapy assistant at Port Esk Leisure Pool",
                    ],
                    ["Standing frame", "30 minutes, 3 times a week", "College staff"],
                    ["Review", "Every 12 weeks", "Paediatric physiotherapist"],
                ],
                [0.5, 0.25, 0.25],
            ),
            ("sig", ["Jo Cregeen", "Senior Paediatric Physiotherapist"]),
        ],
    },
    {
        "name": "Letter from Northgate.docx",
        "kind": "physio_report",
        "format": "docx",
        "blocks": [
            ("org", NORTHGATE),
            ("small", "Orthopaedic Physiotherapy | Northgate Children's Hospital | 01632 960802"),
            ("p", "Date of clinic: 18 May 2026   Dictated 18/05/2026 Typed 22/05/2026"),
            ("p", "Dear Dr Kermode,"),
            (
                "b",
                "Re: Tegan Morrey, 30/09/2009, NHS 999 210 4481 - post-operative physiotherapy review",
            ),
            (
                "p",
                "I reviewed Tegan six weeks after her bilateral hamstring lengthening. She is in knee immobilisers at night and is now weight bearing as tolerated. She will need intensive physiotherapy, three times a week for 12 weeks, which can be delivered at Port Esk College if staff are trained; I will liaise with the Orrin paediatric physiotherapy team.",
            ),
            (
                "p",
                "For college: she must not be left in her wheelchair for more than two hours without repositioning, and she will need a ground-floor timetable for the summer term.",
            ),
            (
                "sig",
                [
                    "Yours sincerely",
                    "Ben Threlfall",
                    "Clinical Specialist Physiotherapist, Orthopaedics",
                    "cc: Ms S Morrey (mother); Port Esk College Additional Learning Support",
                ],
            ),
        ],
    },
    {
        "name": "Physio advice Ayaan.txt",
        "kind": "physio_report",
        "format": "txt",
        "text": "Children's Physiotherapy Service - Weaver and Dane Community Health NHS Trust\nAdvice for Education, Health and Care Needs Assessment\n\nChild: Ayaan Mistry    DOB: 17/01/2020\nAssessed: 30 April 2026 at Little Brine Nursery\nPhysiotherapist: Gemma Royle, HCPC PH88123\n\nGross motor skills: Ayaan walked at 22 months. He runs with a wide base and falls often. He cannot yet jump with two feet or climb stairs with alternate feet. Low muscle tone around the trunk and hypermobile ankles.\n\nNeeds: gross motor delay; low tone; poor safety awareness on equipment.\n\nRecommendations:\n- Insoles (referral to orthotics made).\n- A gross motor programme delivered by nursery/school staff 3 x 15 minutes a week, reviewed by physiotherapy each term.\n- Supervision on climbing equipment at all times.\n\nGemma Royle\nPaediatric Physiotherapist\n",
    },
    {
        "name": "Physio_school_visit.pdf",
        "kind": "physio_report",
        "format": "pdf",
        "ocr": True,
        "text": "Orrin Health and Care NHS Trust  Paediatric Physiotherapy\nSCHOOL VISIT RECORD\n\nPupil: Ruairi Coll   DOB 05/06/2014   School: Port Esk High School\nDate of visit: 27 January 2026   Physiotherapist: Jo Cregeen\n\nReason: advice on PE and moving around school after diagnosis of Perthes disease (left hip).\n\nObservations: Ruairi walks with an antalgic gait and uses crutches for longer distances. Stairs are slow and painful.\n\nAdvice to school:\n- No contact sports, running or jumping until review.\n- Lift pass and permission to leave lessons 5 minutes early.\n- Swimming in PE instead of games (2 x weekly if possible).\n- Chair with arms in classrooms.\n\nNext review: April 2026.\nJ. Cregeen, Senior Paediatric Physiotherapist\n",
    },
]
