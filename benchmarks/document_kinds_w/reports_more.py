# ruff: noqa: E501
"""Medical, CAMHS, school, independent and annual review documents of set W: an audiology
clinic letter, a continence nurse's letter, an epilepsy clinic letter behind a fax header,
a community paediatrician's health advice; a CAMHS crisis team's discharge, a CAMHS
assessment, CAMHS advice forwarded, a scanned CAMHS letter; an island all-through
school's report, a head of year's report, a Montessori nursery's e-mail; independent
reports with statements of truth; review records. All invented."""

from __future__ import annotations

from document_kinds_w.common import DANE_TRUST, ORRIN, ORRIN_TRUST, headers

DOCUMENTS: list[dict] = [
    # --- medical --------------------------------------------------------------------------------
    {
        "name": "Maisie hearing clinic.pdf",
        "kind": "medical_report",
        "format": "pdf",
        "blocks": [
            ("org", ORRIN_TRUST),
            ("small", "Paediatric Audiology | Harbour Hospital, Port Esk OR1 2HH | 01632 960738"),
            (
                "kv",
                [
                    ("Patient", "Maisie Quayle"),
                    ("DOB", "11/05/2016"),
                    ("NHS number", "999 377 0192"),
                    ("Clinic date", "9 January 2026"),
                ],
                [0.3, 0.7],
            ),
            ("p", "Dear Dr Kermode,"),
            ("p", "Maisie was reviewed in the paediatric audiology clinic today with her mother."),
            (
                "p",
                "Pure tone audiometry shows a mild to moderate conductive hearing loss in the left ear (average 40 dB HL) and hearing within normal limits on the right. Tympanometry: type B on the left. She is using her left hearing aid consistently; the mould was replaced today.",
            ),
            (
                "p",
                "Impression: persistent left otitis media with effusion. I have referred her to the ENT surgeons on the mainland for consideration of a grommet.",
            ),
            (
                "p",
                "For school: Maisie should sit with her right ear towards the teacher, and a soundfield system in the classroom would help. The Teacher of the Deaf has been informed.",
            ),
            (
                "sig",
                [
                    "Yours sincerely",
                    "Dr Ana Pereira",
                    "Consultant Audiovestibular Physician",
                    "cc: parents; Kilcraig Primary School",
                ],
            ),
        ],
    },
    {
        "name": "letter re toileting.docx",
        "kind": "medical_report",
        "format": "docx",
        "blocks": [
            ("org", DANE_TRUST),
            (
                "small",
                "Children's Bladder and Bowel Service | Nantbury Health Centre | 01632 960765",
            ),
            ("p", "To whom it may concern"),
            ("b", "Ayaan Mistry, DOB 17/01/2020, NHS 999 655 1049"),
            (
                "p",
                "Ayaan is known to the Children's Bladder and Bowel Service. He has chronic constipation with overflow, which is being treated with a macrogol laxative, and he is not yet toilet trained.",
            ),
            (
                "p",
                "He needs access to a hygiene room with a changing bench, a consistent toileting routine every 90 minutes, and staff who are trained to record his bowel movements on the chart I have provided. He should have free access to water throughout the day.",
            ),
            ("p", "His medication is given at home, so no medication is needed in school."),
            ("sig", ["Sandra Whitlow", "Specialist Continence Nurse", "14 April 2026"]),
        ],
    },
    {
        "name": "fax from hospital.pdf",
        "kind": "medical_report",
        "format": "pdf",
        "ocr": True,
        "running": "Northgate Children's Hospital",
        "text": "20/03/2026 15:02 NORTHGATE CHILDRENS NEURO FAX 01632960809  TO 01632960712  P.01/02\n\nNorthgate Children's Hospital NHS Foundation Trust\nPaediatric Neurology - Epilepsy Clinic\n\nDr S Okonkwo, Consultant Paediatric Neurologist\n\nDear Dr Raval,\n\nRe: Ayaan Mistry  DOB 17/01/2020  NHS 999 655 1049\n\nDiagnosis: 1. Childhood absence epilepsy. 2. Autism spectrum disorder. 3. Global developmental delay.\nMedication: ethosuximide 250 mg twice daily.\n\nI saw Ayaan in the epilepsy clinic with his mother. His ambulatory EEG showed frequent generalised 3 Hz spike and wave discharges, up to 40 absences a day. Since starting ethosuximide his mother and nursery report far fewer episodes.\n\nHis absences will affect his ability to take in information at school. Staff should repeat instructions and record any episodes on a seizure diary. He needs an individual healthcare plan, and staff trained by the epilepsy nurse. He does not need rescue medication.\n\nI will see him again in four months.\n\nYours sincerely\nDr S Okonkwo\n",
    },
    {
        "name": "health advice Rowan.txt",
        "kind": "medical_report",
        "format": "txt",
        "text": "Weaver and Dane Community Health NHS Trust - Community Paediatrics\nHEALTH ADVICE FOR EDUCATION, HEALTH AND CARE NEEDS ASSESSMENT (Section C and G)\n\nName: Rowan Birtles  DOB: 02/12/2012  NHS No: 999 318 5527\nPaediatrician: Dr Lucy Farrant, Consultant Community Paediatrician\nDate: 4 March 2026\n\nDiagnoses:\n- Autism spectrum disorder (diagnosed 2022)\n- Asthma (mild, intermittent)\n- Sleep onset difficulty, on melatonin 3 mg\n\nHealth needs affecting education: poor sleep leads to fatigue in morning lessons; sensory sensitivities; asthma may be triggered in PE in cold weather.\n\nHealth provision recommended:\n- Reliever inhaler available in school at all times.\n- Annual community paediatric review.\n- Referral to CAMHS for assessment of anxiety (made today).\n\nDr L Farrant\n",
    },
    # --- CAMHS ---------------------------------------------------------------------------------------
    {
        "name": "Rowan discharge.pdf",
        "kind": "camhs_report",
        "format": "pdf",
        "blocks": [
            ("org", "Weaver and Dane CAMHS"),
            (
                "small",
                "Crisis and Home Treatment Team | The Saltings Unit, Salterwich DV4 8CH | 01632 960770 (24 hours)",
            ),
            ("title", "Discharge summary"),
            (
                "kv",
                [
                    ("Young person", "Rowan Birtles, 02/12/2012"),
                    ("NHS number", "999 318 5527"),
                    ("Admitted to caseload", "11 June 2026"),
                    ("Discharged", "2 July 2026"),
                    ("Discharged to", "CAMHS Getting More Help team (Salterwich)"),
                ],
                [0.3, 0.7],
            ),
            ("h", 2, "Reason for referral"),
            (
                "p",
                "Rowan was seen in the emergency department after telling a teacher he wanted to die, following an incident in a crowded corridor.",
            ),
            ("h", 2, "Summary of intervention"),
            (
                "p",
                "Daily home visits for the first week, then three times a week. A safety plan was made with Rowan and his grandparents. Mental state improved; no further thoughts of ending his life.",
            ),
            ("h", 2, "Risk and recommendations"),
            (
                "bul",
                [
                    "Continue safety plan; copy shared with the school's designated safeguarding lead.",
                    "School to provide a safe space and a named adult he can go to without asking.",
                    "Follow-up with CAMHS Getting More Help for anxiety-focused CBT adapted for autism.",
                ],
            ),
            (
                "sig",
                [
                    "Dawn Mercer, Clinical Nurse Specialist",
                    "Dr Victor Adeyemi, Consultant Child and Adolescent Psychiatrist",
                ],
            ),
        ],
    },
    {
        "name": "Tegan - letter.docx",
        "kind": "camhs_report",
        "format": "docx",
        "blocks": [
            ("org", ORRIN_TRUST),
            (
                "small",
                "Child and Adolescent Mental Health Service | Bayview House, Port Esk OR1 5BV | 01632 960740",
            ),
            (
                "p",
                "Private and confidential\nMs Tegan Morrey\nc/o 19 Fairway Close, Port Esk OR1 8FC",
            ),
            ("p", "27 January 2026"),
            ("p", "Dear Tegan,"),
            (
                "p",
                "Thank you for meeting me at Bayview House on 20 January with your mum. I said I would write to you to summarise what we talked about, and with your agreement I am sending a copy to Port Esk College for your EHC plan review.",
            ),
            (
                "p",
                "You told me that you have felt low for most of the last six months, that you worry about being a burden, and that you have stopped going to the art club you used to love. Your score on the Revised Children's Anxiety and Depression Scale was in the clinical range for low mood.",
            ),
            (
                "p",
                "We agreed that you would start a course of twelve sessions of cognitive behavioural therapy with me in CAMHS, and that college would let you leave lessons to come to sessions. It would help if college gave you a named person to talk to each week.",
            ),
            (
                "sig",
                [
                    "Best wishes",
                    "Ffion Radcliffe",
                    "CAMHS Clinical Psychologist",
                    "cc: GP; Port Esk College (with consent)",
                ],
            ),
        ],
    },
    {
        "name": "Fwd_ CAMHS.eml",
        "kind": "camhs_report",
        "format": "eml",
        "qp": True,
        "headers": headers(
            "Brenda Birtles <bbirtles@example.org>",
            "EHC Hub <ehchub@example.org>",
            "Fwd: CAMHS - please add to Rowan's review",
            "Fri, 18 Sep 2026 17:45:21 +0100",
        ),
        "text": "Please add this to Rowan's file for the review in October. It is the CAMHS assessment we were told about.\n\nB. Birtles\n\nBegin forwarded message:\n\nFrom: Getting More Help Team <camhs.gmh@example.org>\nSubject: Assessment summary - Rowan Birtles\nDate: 15 September 2026\n\nCAMHS Getting More Help - Assessment Summary\nRowan Birtles, 02/12/2012, NHS 999 318 5527\nClinician: Tamsin Oduya, Senior Mental Health Practitioner\n\nPresenting difficulties: generalised anxiety with panic attacks in school, low mood, social withdrawal. Past crisis episode in June 2026.\n\nMeasures: RCADS generalised anxiety T-score 74; panic T-score 71.\n\nFormulation: Rowan's anxiety is maintained by sensory overload in school, unpredictability and avoidance.\n\nPlan: 14 sessions of CBT adapted for autistic young people, fortnightly, at school where possible. Liaison with the SENCo about a reduced sensory load and predictable changes.\n\nT. Oduya",
    },
    {
        "name": "Scan 14 Apr 2026.pdf",
        "kind": "camhs_report",
        "format": "pdf",
        "ocr": True,
        "text": "Weaver and Dane CAMHS\nNeurodevelopmental Assessment Team\n\nRe: Oskar Lindqvist  DOB 03/08/2015\n\nDear Mr Lindqvist,\n\nFollowing the multidisciplinary assessment on 2 April 2026 (ADOS-2 module 3, developmental history with you, school observation), I can confirm the team's conclusion that Oskar meets the criteria for a diagnosis of autism spectrum disorder (ICD-11 6A02.0, without disorder of intellectual development).\n\nOskar also has significant anxiety, which we will offer to address through our post-diagnosis group for parents and a referral to our anxiety pathway.\n\nRecommendations for school are attached: predictable routines, visual timetables, a quiet space, advance warning of change, and support at unstructured times.\n\nYours sincerely\nDr Naomi Booth, Clinical Psychologist, CAMHS Neurodevelopmental Team\n",
    },
    # --- school reports ----------------------------------------------------------------------
    {
        "name": "Kilcraig.docx",
        "kind": "school_report",
        "format": "docx",
        "blocks": [
            ("org", "Kilcraig Primary School"),
            ("small", "Main Road, Kilcraig OR4 9AA | 01632 960721 | Headteacher: Mrs Breesha Cain"),
            ("title", "School advice for EHC needs assessment / review"),
            (
                "kv",
                [
                    ("Pupil", "Maisie Quayle"),
                    ("Year group", "4"),
                    ("Completed by", "Mrs Breesha Cain (Headteacher and SENCo)"),
                    ("Date", "20 February 2026"),
                ],
                [0.3, 0.7],
            ),
            ("h", 2, "Attainment"),
            (
                "grid",
                [
                    ["Subject", "Working at", "Expected for age"],
                    ["Reading", "Year 2", "Year 4"],
                    ["Writing", "Year 2", "Year 4"],
                    ["Maths", "Year 3", "Year 4"],
                ],
                [0.4, 0.3, 0.3],
            ),
            ("h", 2, "Strengths"),
            (
                "p",
                "Maisie is kind, artistic and works hard. She is well liked and a reliable classroom monitor.",
            ),
            ("h", 2, "Difficulties"),
            (
                "p",
                "Maisie struggles to follow whole-class teaching and needs instructions repeated individually. As a small school with mixed Year 3 and 4 classes we cannot provide more than the current TA time without extra funding.",
            ),
            ("h", 2, "Support currently in place"),
            (
                "bul",
                [
                    "TA speech and language programme 3 x 30 minutes weekly.",
                    "Fresh Start phonics group daily.",
                    "Visual timetable and pre-teaching.",
                ],
            ),
        ],
    },
    {
        "name": "Salterwich High - info.pdf",
        "kind": "school_report",
        "format": "pdf",
        "blocks": [
            ("org", "Salterwich High School"),
            (
                "small",
                "Part of the Brine and Weaver Academies Trust | Hulme Road, Salterwich DV4 3HR | 01632 960780",
            ),
            ("title", "Pupil report for annual review - Rowan Birtles (Year 8)"),
            (
                "p",
                "Prepared by Mr Kieran Hulse, SENCo, with information from Rowan's subject teachers and Head of Year. 2 March 2026.",
            ),
            ("h", 2, "Attendance and behaviour"),
            (
                "kv",
                [
                    ("Attendance (this year)", "84.1%"),
                    ("Lesson exits", "14 this term"),
                    ("Sanctions", "6 detentions, 1 internal exclusion"),
                ],
                [0.4, 0.6],
            ),
            ("h", 2, "Progress"),
            (
                "p",
                "Rowan's verbal contributions in science and history are excellent and his teachers describe his understanding as 'well above' expected. His written work is incomplete in all subjects.",
            ),
            ("h", 2, "What has worked"),
            (
                "p",
                "The learning mentor's check-in has reduced lesson exits in the last four weeks. Using a laptop in English has increased the amount he writes threefold.",
            ),
            ("h", 2, "What the school thinks should change"),
            (
                "p",
                "We ask that the plan includes the sensory programme, the laptop and the early release pass, and staff training.",
            ),
        ],
    },
    {
        "name": "Re_ Ayaan - nursery report.eml",
        "kind": "school_report",
        "format": "eml",
        "headers": headers(
            "Little Brine Montessori Nursery <office.littlebrine@example.org>",
            "Farah Mistry <farah.mistry@example.org>",
            "Re: Ayaan - nursery report",
            "Mon, 16 Mar 2026 16:03:09 +0000",
        ),
        "text": "Dear Farah,\n\nHere is our report for the council, as you asked. We will also upload it.\n\nLITTLE BRINE MONTESSORI NURSERY - REPORT ON AYAAN MISTRY (age 6 in January; attending since September 2024)\n\nAttendance: 5 mornings a week, 1:1 support funded by Dane Vale inclusion funding.\n\nPrime areas (EYFS):\n- Communication and language: around 8-14 months. Ayaan does not use words; he leads adults by the hand.\n- Physical development: around 16-26 months; he is unsteady on uneven ground and not toilet trained.\n- Personal, social and emotional development: around 8-20 months; he plays alone and becomes distressed in the busy Montessori room at tidy-up time.\n\nWhat helps: a quiet corner with his own tray of practical-life activities (pouring, transferring), Makaton, a consistent adult.\n\nOur view: Ayaan needs a specialist setting when he starts school; we cannot keep him safe without 1:1 at all times.\n\nWarm wishes,\nMaria Ansell, Nursery Manager and SENCo",
    },
    {
        "name": "CamScanner 03-02-2026.pdf",
        "kind": "school_report",
        "format": "pdf",
        "ocr": 0.08,
        "running": "Port Esk High School",
        "text": "Port Esk High School\nLearning Support Department\n\nREPORT TO PARENTS AND THE SEN TEAM\nPupil: Ruairi Coll   Year 7   Tutor group 7K\nDate: 3 February 2026\n\nSince his diagnosis of Perthes disease in November, Ruairi has missed 19 days of school. He finds the walk between the two school sites very tiring and painful and has been late to lessons.\n\nAttainment is at expected levels in English and maths. His confidence and friendships have suffered because he cannot join in games.\n\nThe school has put in place: a lift pass; early release; a laptop for homework; a buddy; catch-up sessions at lunchtime.\n\nMrs J. Skinner, SENCo\n",
    },
    # --- independent reports -------------------------------------------------------------------------
    {
        "name": "Ruth Kewley report.pdf",
        "kind": "independent_report",
        "format": "pdf",
        "blocks": [
            ("org", "Kewley Speech and Language Therapy"),
            (
                "small",
                "Independent practice | The Boathouse, Sandwick OR3 1BB | 07700 900519 | ruth@example.org",
            ),
            ("title", "Expert report of Ruth Kewley, Speech and Language Therapist"),
            (
                "p",
                "Prepared for the First-tier Tribunal (SEND), appeal EH902/26/00140, on the instruction of Mr and Mrs Quayle.",
            ),
            (
                "kv",
                [
                    ("Child", "Maisie Quayle, 11/05/2016"),
                    ("Assessed", "30 June and 2 July 2026 (home and school)"),
                    (
                        "Qualifications",
                        "BSc (Hons) Speech and Language Therapy; MRCSLT; HCPC SL09912; 18 years' experience",
                    ),
                ],
                [0.3, 0.7],
            ),
            ("h", 2, "Assessment"),
            (
                "p",
                "CELF-5 UK: core language standard score 68 (2nd centile); receptive language index 64; expressive language index 72. TROG-2: 5th centile. Narrative (ERRNI): poor story structure, reliant on prompts.",
            ),
            ("h", 2, "Opinion"),
            (
                "p",
                "Maisie has a severe developmental language disorder. A programme delivered by a teaching assistant, without direct therapy, is not sufficient for a disorder of this severity.",
            ),
            ("h", 2, "Recommended provision"),
            (
                "bul",
                [
                    "Direct speech and language therapy from a qualified therapist: 1 hour per week, in school, during term time.",
                    "A therapist-trained TA to deliver follow-up 4 x 20 minutes per week.",
                    "Termly training for class staff (2 hours).",
                ],
            ),
            ("h", 2, "Statement of truth"),
            (
                "p",
                "I confirm that I understand my duty to the Tribunal and have complied with it. The facts stated are true and the opinions are my own professional opinions.",
            ),
            ("sig", ["Ruth Kewley", "14 July 2026"]),
        ],
    },
    {
        "name": "Fwd_ Dr Hartigan.eml",
        "kind": "independent_report",
        "format": "eml",
        "headers": headers(
            "Jonas Lindqvist <jonas.l@example.org>",
            "legal.send@example.org",
            "Fwd: Dr Hartigan - report",
            "Thu, 1 Oct 2026 09:30:30 +0100",
        ),
        "text": "Please find below the report we commissioned, which we will rely on at the hearing. I have sent it to the tribunal too.\n\nJonas Lindqvist\n\n---------- Forwarded message ---------\nFrom: Dr Eoin Hartigan <e.hartigan@example.org>\nDate: 29 September 2026\nSubject: report - Oskar Lindqvist\n\nINDEPENDENT EDUCATIONAL PSYCHOLOGY REPORT\nDr Eoin Hartigan, CPsychol, HCPC PYL11833 - Hartigan Psychology Ltd\nInstructed by: Mr J Lindqvist (parent)\nChild: Oskar Lindqvist, 03/08/2015\nDates of assessment: 10 and 17 September 2026\n\nSummary of opinion\n1. Oskar has special educational needs arising from autism, anxiety and a weakness in working memory. His attendance has fallen to 58%.\n2. In my opinion the strategies available through SEN support have been tried for three terms without success, and Oskar requires special educational provision in accordance with an EHC plan.\n3. Provision required: a specialist teacher for 2 hours a week; a trained key adult throughout the day; an occupational therapy sensory programme; CBT through CAMHS.\n\nI understand my duty is to the Tribunal. I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge.\n\nDr Eoin Hartigan",
    },
    {
        "name": "OT private.docx",
        "kind": "independent_report",
        "format": "docx",
        "blocks": [
            ("org", "Saltmarsh Children's Therapy"),
            (
                "small",
                "Independent occupational therapy | 2 Chapel Mews, Nantbury DV6 4CM | 01632 960790",
            ),
            ("title", "Independent Occupational Therapy Report"),
            (
                "p",
                "Client: Rowan Birtles (02/12/2012). Instructed by Mr and Mrs Birtles. Report date: 4 August 2026.",
            ),
            ("h", 2, "Assessment"),
            (
                "p",
                "Sensory Processing Measure (SPM-2), home and school forms: definite dysfunction in hearing, touch and social participation. DASH: handwriting speed 6 words per minute (below 1st centile). Bruininks-Oseretsky Test (BOT-2) fine manual control: below average.",
            ),
            ("h", 2, "Recommendations"),
            (
                "bul",
                [
                    "Direct occupational therapy: 6 sessions per term in school, by an OT, for one year, then review.",
                    "A sensory diet reviewed by the OT every half term.",
                    "Touch-typing programme (20 minutes daily for one term).",
                    "Laptop with speech-to-text software in every lesson and in exams.",
                ],
            ),
            (
                "p",
                "I confirm that this report is my own, that I understand my duty to help the Tribunal, and that it overrides any obligation to those who instructed or paid me.",
            ),
            ("sig", ["Laura Whittle, BSc OT, HCPC OT88012", "Independent Occupational Therapist"]),
        ],
    },
    {
        "name": "Tegan maths assessment.txt",
        "kind": "independent_report",
        "format": "txt",
        "text": "PRIVATE AND CONFIDENTIAL\nSpecialist Teacher Assessment Report - Dyscalculia\n\nCandidate: Tegan Morrey   DOB 30/09/2009\nAssessor: Mrs Gwen Pownall, MA SpLD, AMBDA, APC holder (independent assessor, commissioned by the family)\nDate: 6 November 2025\n\nTests used: Dyscalculia Screener; WRAT5 maths computation; TOMA working memory subtests; Mathematics Anxiety Scale.\n\nFindings: Tegan's maths computation standard score is 71 (3rd centile). She does not have secure number bonds to 10 and counts on her fingers for single-digit addition. Her maths anxiety is very high.\n\nConclusion: the profile is consistent with dyscalculia.\n\nRecommendations: weekly 1:1 specialist tuition (45 minutes) using concrete-pictorial-abstract methods; use of a calculator and number lines; 25% extra time in exams; a separate room for exams.\n\nG. Pownall\n",
    },
    # --- annual review ----------------------------------------------------------------------------------
    {
        "name": "AR paperwork.docx",
        "kind": "annual_review",
        "format": "docx",
        "blocks": [
            ("org", "Kilcraig Primary School"),
            ("title", "Annual Review of EHC Plan - record of meeting"),
            (
                "kv",
                [
                    ("Child", "Maisie Quayle (Year 4)"),
                    ("Date of meeting", "4 March 2026"),
                    (
                        "Present",
                        "Mrs B Cain (Head/SENCo), Mr and Mrs Quayle, Maisie (for part), Morag Teare (SLT), Eilidh Corkill (SEN Officer)",
                    ),
                    ("Apologies", "Dr H Marr (EP) - written advice received"),
                ],
                [0.3, 0.7],
            ),
            ("h", 2, "Progress towards outcomes"),
            (
                "grid",
                [
                    ["Outcome", "Progress", "Keep, change or remove"],
                    [
                        "Follow three-part instructions",
                        "Partly achieved with visual support",
                        "Keep",
                    ],
                    [
                        "Read at Year 4 level by July 2027",
                        "Reading at Year 2; good progress since September",
                        "Keep",
                    ],
                ],
                [0.4, 0.35, 0.25],
            ),
            ("h", 2, "Maisie's views"),
            ("p", '"I like Fresh Start now. I don\'t like it when Mrs Cain talks fast."'),
            ("h", 2, "Parents' views"),
            (
                "p",
                "Mr and Mrs Quayle want direct therapy from a speech therapist and are worried about the move to Port Esk High School.",
            ),
            ("h", 2, "Recommendations of the review"),
            (
                "bul",
                [
                    "Amend Section F to add transition support.",
                    "Parents' request for direct therapy to be considered by the council.",
                    "Plan to continue.",
                ],
            ),
        ],
    },
    {
        "name": "Tegan transition review.pdf",
        "kind": "annual_review",
        "format": "pdf",
        "blocks": [
            ("org", ORRIN),
            ("small", "Post-16 Annual Review - Preparing for Adulthood"),
            ("title", "Annual review report: Year 11 transfer review"),
            (
                "p",
                "Young person: Tegan Morrey   Review held: 8 December 2025 at Port Esk High School   Chair: Mrs J Skinner (SENCo)",
            ),
            ("h", 2, "Preparing for adulthood"),
            (
                "kv",
                [
                    ("Employment", "Wants to study art and design, then work in graphic design."),
                    (
                        "Independent living",
                        "Would like to live in a flat in Port Esk; needs help with personal care.",
                    ),
                    ("Community inclusion", "Art club, wheelchair basketball."),
                    ("Health", "Post-operative physiotherapy planned for spring 2026."),
                ],
                [0.3, 0.7],
            ),
            ("h", 2, "Outcome of the review"),
            (
                "p",
                "The review recommends that the plan is amended to name Port Esk College from September 2026, to update Sections E and F for post-16, and to add travel training. The SENCo will send this report to the council within two weeks.",
            ),
        ],
    },
    {
        "name": "Notes from meeting.eml",
        "kind": "annual_review",
        "format": "eml",
        "headers": headers(
            "Kieran Hulse <khulse.senco@example.org>",
            "Brenda Birtles <bbirtles@example.org>",
            "Notes from meeting",
            "Fri, 13 Mar 2026 15:20:00 +0000",
            "ehchub@example.org",
        ),
        "text": "Dear Mr and Mrs Birtles,\n\nThank you for coming in yesterday. Here are the notes of Rowan's annual review, which I have also sent to the EHC Hub.\n\nANNUAL REVIEW - Rowan Birtles, Year 8 - 12 March 2026\nPresent: K Hulse (SENCo), Mr and Mrs Birtles (special guardians), Rowan (first 15 minutes), J Okoro (learning mentor), Dr I Sethi (EP)\n\nRowan's views: he hates the corridors and the canteen; he likes science and the learning mentor.\n\nProgress on outcomes: attendance 84%; lesson exits reduced since January; writing remains the main barrier.\n\nAgreed: the plan should be amended - add OT sensory programme, laptop with speech-to-text, early-release pass; update Section B with the EP's findings. The school does not think a change of placement is needed at present; Mr and Mrs Birtles want Salterwich High's resourced base considered.\n\nKind regards\nKieran Hulse, SENCo",
    },
    {
        "name": "IMG_5520.pdf",
        "kind": "annual_review",
        "format": "pdf",
        "ocr": 0.1,
        "text": "Port Esk High School\nEHCP ANNUAL REVIEW FORM (Isle of Orrin Council)\nPupil: Ruairi Coll  Yr 8  Review date: 11 May 2026\n\nSection 1: People invited / attended\nMrs Skinner SENCo; Mr and Mrs Coll; Ruairi; Jo Cregeen physio (report sent)\n\nSection 2: Views of the young person\nRuairi said he wants to do PE again and to stay with his friends.\n\nSection 3: Progress towards outcomes\nMobility outcome - partly achieved. Learning outcomes - achieved.\n\nSection 4: Does the plan still meet needs?  YES / NO\nNo - Section C and G need updating after surgery.\n\nSection 5: Recommendation to the local authority\nAmend the plan; continue to maintain.\n\nSigned (SENCo)  J Skinner   Date 11/5/26\n",
    },
]
