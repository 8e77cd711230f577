# ruff: noqa: E501
"""Later additions to set W: a plan opening with a contents list whose headings carry the
regulation's full wording (outcomes before needs, sections grouped under headings of the
council's own), a draft whose sections are numbered and whose provision is in fragments,
an EP's report whose recommendations sit in the narrative without a heading, and an NHS
trust's waiting-list letter. All invented."""

from __future__ import annotations

from document_kinds_w.common import ORRIN, ORRIN_SMALL, ORRIN_TRUST

DOCUMENTS: list[dict] = [
    {
        "name": "Saoirse - Sandwick Infants.docx",
        "kind": "ehcp_final",
        "format": "docx",
        "blocks": [
            ("org", ORRIN),
            ("small", ORRIN_SMALL),
            ("title", "Education, Health and Care Plan: Saoirse Dunne"),
            (
                "p",
                "Date of birth: 09/11/2018    Date of issue of this plan: 30 September 2026    Review by: 29 September 2027",
            ),
            ("h", 2, "Contents"),
            (
                "bul",
                [
                    "*Section A: The views, interests and aspirations of the child and her parents.",
                    "*Section E: The outcomes sought for the child.",
                    "*Section B: The child's special educational needs.",
                    "Provision: Sections F, G, H1 and H2",
                    "Resources: Sections I and J",
                    "Section K: The advice and information gathered.",
                ],
            ),
            ("pb",),
            (
                "h",
                2,
                "*Section A: The views, interests and aspirations of the child and her parents.",
            ),
            (
                "p",
                'Saoirse is seven. She loves painting, her dog Ruffles and going to the lifeboat station with her grandad. She says: "I know the answer but people don\'t understand me." Her mother wants her to be understood and to feel confident about talking in class.',
            ),
            ("h", 2, "*Section E: The outcomes sought for the child."),
            (
                "p",
                "By July 2027 Saoirse will be understood by unfamiliar adults in school most of the time when talking about a familiar topic.",
            ),
            ("p", "By July 2027 Saoirse will form letters correctly using a tripod grip."),
            ("h", 2, "*Section B: The child's special educational needs."),
            (
                "p",
                "Communication and interaction: Saoirse has a severe phonological disorder (DEAP percentage consonants correct 41%). She is understood rarely by unfamiliar adults and has begun to avoid speaking in class.",
            ),
            (
                "p",
                "Physical and sensory: Saoirse has difficulties with fine motor skills (Movement ABC-2 total at the 5th centile) and holds her pencil in a fisted grip.",
            ),
            ("band", "Provision"),
            ("h", 2, "*Section F: The special educational provision required by the child."),
            (
                "bul",
                [
                    "direct speech and language therapy from a speech and language therapist",
                    "three blocks of 8 weekly sessions a year, each session 30 minutes",
                    "daily practice of target sounds with a trained TA - 10 mins",
                    "fine motor group (Clever Fingers) 3-4 times each week, 15 minutes",
                    "writing slope and pencil grip",
                ],
            ),
            ("h", 2, "*Section G: Any health provision reasonably required."),
            ("p", "Occupational therapy review once a term by Orrin Health and Care NHS Trust."),
            ("h", 2, "*Sections H1 and H2: Social care provision."),
            ("p", "None identified."),
            ("band", "Resources"),
            ("h", 2, "*Section I: The name and type of the school."),
            ("p", "Sandwick Infant School, maintained mainstream infant school."),
            ("h", 2, "*Section J: Personal budget."),
            ("p", "Not requested."),
            ("h", 2, "Section K: The advice and information gathered."),
            (
                "p",
                "Parent; Sandwick Infant School; Educational Psychology; Speech and Language Therapy (December 2025); Occupational Therapy (June 2026).",
            ),
            ("sig", ["Eilidh Corkill, SEN Officer, for the Isle of Orrin Council"]),
        ],
        "footer": "Saoirse Dunne - EHC Plan - final - 30/09/2026",
    },
    {
        "name": "Callum plan college.txt",
        "kind": "ehcp_draft",
        "format": "txt",
        "text": "ISLE OF ORRIN COUNCIL - EDUCATION, HEALTH AND CARE PLAN\nCallum Kinvig (14/03/2006)\nDraft amended plan following the Tribunal's decision - issued for comment 2 November 2026 (please reply within 15 days)\n\nSection 1 - About me (views, interests and aspirations)\nI want to finish my apprenticeship at Harbour Boatworks and get my Level 2. I am good with my hands. I get lost in new places.\n\nSection 2 - My special educational needs\nCallum has a moderate learning difficulty; his reading age is about 10 years. He has difficulty with working memory and with planning new journeys.\n\nSection 3 - Health needs\nNone relating to SEN.\n\nSection 4 - Social care needs\nNone.\n\nSection 5 - Outcomes\nBy July 2027 Callum will pass Functional Skills English and maths at Entry Level 3.\n\nSection 6 - Special educational provision\nliteracy and numeracy support 1:1 - 2 x 1 hr per week during off-the-job training\nlearning mentor check-in weekly at college\ntravel training to the college annexe (one term)\nassessment arrangements: reader, 25% extra time\n\nSections 7 and 8 - Health and social care provision\nNone.\n\nSection 9 - Placement\nPort Esk College (apprenticeship programme with Harbour Boatworks)\n\nSection 10 - Personal budget\nNone.\n\nSection 11 - Advice and information\nYoung person; college tutor's letter; Tribunal decision of 14 October 2026.\n",
    },
    {
        "name": "Sandwick assessment.pdf",
        "kind": "ep_report",
        "format": "pdf",
        "blocks": [
            ("org", ORRIN),
            (
                "small",
                "Educational Psychology | Harbour Offices, Quay Street, Port Esk | 01632 960719",
            ),
            ("title", "Psychological advice"),
            (
                "p",
                "Child: Saoirse Dunne (SD)   DOB 09/11/2018   School: Sandwick Infant School, Year 2   Date: 7 July 2026   Author: Dr Helen Marr",
            ),
            ("h", 2, "Background"),
            (
                "p",
                "SD lives with her mother and older sister in Sandwick. Her mother reports that SD's speech has been difficult for others to understand since she began to talk, that she was discharged from an earlier block of NHS therapy in 2023 having made progress, and that since starting Year 1 she has become quieter at school, although at home she talks constantly and is described as funny and imaginative.",
            ),
            ("h", 2, "What I did"),
            (
                "p",
                "I observed SD in a phonics lesson and at play, talked with her using puppets and drawing, and completed the British Ability Scales (third edition) early years battery with non-verbal tasks weighted so that her speech did not lower her scores. Her non-verbal reasoning was in the average range (standard score 101) and her picture similarities score was above average.",
            ),
            ("h", 2, "Discussion"),
            (
                "p",
                "SD's difficulties are specific to speech production and fine motor control; her learning ability is in the average range. In the phonics lesson she knew the sounds but could not say several of them, and she stopped volunteering answers after an adult asked her to repeat herself twice. SD will have a daily ten-minute session with a trained teaching assistant to practise her target sounds, set by the speech and language therapist, and the class teacher will agree with her a way of answering (pointing to a word or picture) when she does not want to speak. Staff should avoid asking her to repeat more than once and should model the correct form back to her instead. Over time SD would benefit from a small talk group with two or three friends, three times a week, to build her confidence in speaking in front of others.",
            ),
            ("sig", ["Dr Helen Marr", "Senior Educational Psychologist, HCPC PYL07721"]),
        ],
    },
    {
        "name": "NHS letter.pdf",
        "kind": "correspondence",
        "format": "pdf",
        "blocks": [
            ("org", ORRIN_TRUST),
            ("small", "Patient Access Centre | Harbour Hospital, Port Esk OR1 2HH | 01632 960700"),
            ("p", "Ms N Dunne\n3 Lifeboat Terrace, Sandwick OR3 2LH"),
            ("p", "NHS number: 999 412 7730\n22 July 2026"),
            ("b", "Re: Saoirse Dunne - referral to Children's Speech and Language Therapy"),
            ("p", "Dear Ms Dunne,"),
            (
                "p",
                "We have received a referral for Saoirse from Sandwick Infant School for a further block of speech and language therapy. Saoirse has been placed on our waiting list. The current waiting time for a first appointment in this service is about 18 weeks.",
            ),
            (
                "p",
                "We will contact you to offer an appointment. If Saoirse's needs change, or you move address, please tell us. If you no longer need the appointment please let us know so we can offer it to another child.",
            ),
            (
                "sig",
                [
                    "Yours sincerely",
                    "Patient Access Team",
                    "This letter has been generated automatically and is not signed.",
                ],
            ),
        ],
    },
]
