# ruff: noqa: E501
"""Further documents of set Q: a final plan and a proposed plan pasted as text, a school's SEN
information report, a mediation certificate for a young person, a SEND35 that
an adviser pasted into an e-mail for a young person to check, a neuromuscular clinic's
physiotherapy report photographed, and a young woman's own e-mail giving her views. All
invented."""

from __future__ import annotations

from document_kinds_q.common import headers

CONOR_CERT = [
    ("org", "Carrow Mediation Service"),
    (
        "small",
        "Independent disagreement resolution and SEND mediation for the Isle of Carrow  |  The Chart Room, 2 Harbour Steps, Westhaven CW1 2HS  |  01632 960334",
    ),
    ("title", "Certificate"),
    ("p", "Children and Families Act 2014, section 55 - mediation information for young people"),
    (
        "kv",
        [
            ("Young person", "Conor Haddow, born 3 March 2007"),
            ("Local authority", "Isle of Carrow Council"),
            ("Decision", "To cease to maintain the EHC plan (letter dated 19 June 2026)"),
            (
                "Contact made",
                "8 July 2026, by telephone, with Sian Polglase (Carrow SENDIASS) present",
            ),
        ],
        [0.3, 0.7],
    ),
    (
        "p",
        "We confirm that Conor has been given information about mediation. Conor has told us he does not wish to take part in mediation and intends to appeal.",
    ),
    (
        "p",
        "This certificate is issued within three working days of the request and should be sent to the First-tier Tribunal (SEND) with the appeal.",
    ),
    (
        "sig",
        [
            "Signed for Carrow Mediation Service",
            "",
            "Denzil Rosewarne, Mediation Coordinator",
            "Date of issue: 10 July 2026",
        ],
    ),
]

CONOR_SEND35 = """Hi Conor,

Here is your appeal form as I've filled it in from what you told me on Wednesday. Please
read it carefully. If it's right, reply "yes that's right" and I'll submit it online
with your certificate and your statement.

Sian

=== SEND35 - NOTICE OF APPEAL (draft for Conor to check) ===

SECTION 1 - THE YOUNG PERSON
Name: Conor Haddow        Date of birth: 03/03/2007
Are you the young person making the appeal?  Yes

SECTION 2 - CONTACT DETAILS
Address: 12 Gull Terrace, Brackport, Isle of Carrow CW3 6LT
Mobile: 07700 900613     E-mail: conorh07@example.org

SECTION 3 - THE DECISION YOU ARE APPEALING
Local authority: Isle of Carrow Council
Decision: to cease to maintain my EHC plan
Date of decision letter: 19/06/2026

SECTION 4 - MEDIATION
Certificate from Carrow Mediation Service dated 10/07/2026 - attached

SECTION 5 - REPRESENTATIVE
Sian Polglase, Carrow SENDIASS (not a legal representative)

SECTION 6 - REASONS FOR APPEAL
1. The council says I am leaving education to start work. That is wrong: the
   apprenticeship trial ended and I have a place on the Level 3 marine engineering
   course at Carrow College from September 2026.
2. I still need special educational provision: a reader, a support worker in practical
   sessions and extra time, as my college tutor says in her letter.
3. I want my plan to continue so I can complete my education and reach my goal of
   working on the boats.

SECTION 7 - HEARING
I would like to attend the hearing by video.

SECTION 8 - DECLARATION
I confirm the information in this form is true.   Signed: (to sign on submission)
"""

JOWAN_PHYSIO_PHOTO = """Carrow Island Healthcare NHS Trust
Neuromuscular Clinic - Children's Physiotherapy
Carrow General Hospital, Westhaven CW1 7NX

PHYSIOTHERAPY ASSESSMENT REPORT

Name: Jowan Rowe          DOB: 19/01/2018        NHS: 999 338 1907
Diagnosis: Duchenne muscular dystrophy
Seen: 28/10/2026 (clinic) with mum
Physiotherapist: Tamara Vosper, Specialist Neuromuscular Physiotherapist

Findings
North Star Ambulatory Assessment score 21/34 (was 25/34 in April 2026).
Rises from the floor using a Gowers manoeuvre in 9 seconds.
10 metre walk/run: 7.2 seconds. Tires after walking about 200 metres.
Tightness developing in both Achilles tendons.

Recommendations for school and home
- Daily stretches of calves and hips (10 minutes), by a trained TA at school.
- Night splints to continue; standing frame to be considered next year.
- Use of a wheelchair (buggy) for longer distances and school trips.
- No jumping, trampolining or exercises that cause muscle soreness the next day.
- Extra time to move between rooms; a lift pass.
- Risk assessment for falls in the playground.

Review: neuromuscular clinic in 6 months.
T. Vosper  HCPC PH40506
"""

OTTILIE_VIEWS = """Hi Tom,

You said I could write my views for the assessment instead of doing the form with
someone, so here they are. Mum has read them but they are my words.

What I want you to know about me
I'm 15. I like art, especially lino printing, and I look after our two rabbits. I was
in Marram House for three months this year. I'm better than I was.

What school is like for me
The corridors are the worst thing. Everyone shouts and pushes and I can feel it on my
skin. By period 3 I can't think. Group work is hard because I don't know when it's my
turn to talk. Some teachers think I'm being rude when I don't look at them.

What helps
Being allowed to leave lessons 5 minutes early. Sitting at the end of a row. Having one
person I can go to. Knowing in advance if there's a cover teacher.

What I want
I want to do my GCSEs, art and English especially, and go to sixth form. I want people
to understand I'm autistic and that doesn't mean I can't do things. I don't want a TA
sitting next to me in every lesson.

Ottilie Vance
"""

BRANDON_PLAN_TXT = """Isle of Carrow Council                                   Education, Health and Care Plan
Brandon Tregear                                                             Page 1 of 6

Date of birth: 06/05/2012        Looked after by: Isle of Carrow Council
Setting: Carrow High School, Year 10
Social worker: Kayleigh Jenkin    Virtual School: Mr R. Hosken
Plan status: FINAL    Date issued: 30 September 2026    Supersedes: plan of 14/10/2025

Section A - Brandon's views, interests and aspirations
Brandon likes BMX, fishing off the breakwater and cooking with his foster carer. He
says: "I want teachers to give me a chance and not shout." He would like to be a chef.

Section B - Special educational needs
Social, emotional and mental health: Brandon has experienced early neglect and several
moves of placement. He finds it very hard to trust adults, reacts to demands as threats
and may leave lessons or become aggressive.
Cognition and learning: Brandon's reading age is about 9 years. He has gaps in his
knowledge because of missed schooling in primary school.
Isle of Carrow Council                                   Education, Health and Care Plan
Brandon Tregear                                                             Page 2 of 6

Section E - Outcomes
By July 2027 Brandon will attend all lessons on his timetable on four days out of five.
By July 2027 Brandon will read an age-appropriate text with support and answer questions
about it.

Section F - Special educational provision
A named key adult, trained in trauma-informed practice, with a check-in at the start and
end of every school day (10 minutes each).
Small-group literacy intervention, 4 x 30 minutes weekly, by a teacher.
A predictable timetable with advance warning of cover staff.
Whole-staff training from the CAMHS Looked After Children's Team (once a year).

Section G - Health provision
Consultation with the CAMHS Looked After Children's Team for carers and school, monthly.

Section H1 - Social care provision
Support from his social worker and the Children in Care team under the Children Act 1989.

Section I - Placement
Carrow High School (mainstream).

Section J - Personal budget: none.
Section K - Advice: see appendices.
"""

JOWAN_DRAFT_TXT = """Copied from the council's e-mail so I can add my comments - Tamsyn

EDUCATION, HEALTH AND CARE PLAN - PROPOSED
Jowan Rowe   DOB 19/01/2018   Harbourside Middle School (from Sept 2027) / St Piran's CE First School
Isle of Carrow Council  -  Date sent: 25 January 2027

Please send your views within 15 days and tell us which school you would like named.

SECTION A
Jowan loves Lego Technic, superheroes and his dog Scout. He wants to keep up with his
friends and to go to Harbourside with them.

SECTION B
Jowan has Duchenne muscular dystrophy. He tires easily, falls when tired and cannot climb
stairs safely. He has mild difficulties with attention and working memory.

SECTION E
By July 2028 Jowan will move around the school safely using his wheelchair for longer
distances.

SECTION F
Jowan will have access to support for mobility and personal care. He will follow his
physiotherapy programme in school. He will be supported with his learning as needed.

SECTION G
Physiotherapy from the Neuromuscular Clinic.

SECTION I
(to be named when the plan is finalised)

SECTION J
Not requested.
"""

SEN_INFO_REPORT = [
    ("org", "Saltley High School"),
    ("small", "A member of the Brine Valley Learning Trust  |  Flashes Lane, Saltley CH9 2FL"),
    ("title", "SEN Information Report 2025-26"),
    (
        "p",
        "Every school must publish information about how it supports pupils with special educational needs and disabilities (SEND). This report is reviewed each year by the governing body.",
    ),
    ("h", 2, "Who is our SENCo?"),
    (
        "p",
        "Mrs Laura Cheetham (National Award for SEN Coordination). Contact: senco@saltleyhigh.example.org or 01632 960570.",
    ),
    ("h", 2, "What kinds of SEN do we provide for?"),
    (
        "p",
        "We are a mainstream school for 1,150 pupils. We support pupils with communication and interaction needs, cognition and learning needs, social, emotional and mental health needs, and sensory and physical needs. 142 pupils are on our SEN register; 31 have an Education, Health and Care plan. The Brine Valley resource base provides 12 places for autistic pupils.",
    ),
    ("h", 2, "How do we identify and assess pupils' needs?"),
    (
        "p",
        "We use information from primary schools, reading and spelling screening for all Year 7 pupils, teacher referrals and parents' concerns. We follow the graduated approach: assess, plan, do, review.",
    ),
    ("h", 2, "How do we involve parents and pupils?"),
    (
        "p",
        "Parents are invited to three SEN support reviews a year, and pupils with an EHC plan have an annual review. Pupil voice is collected before every review.",
    ),
    ("h", 2, "Complaints"),
    (
        "p",
        "Concerns should first be raised with the SENCo. The school's complaints policy is on our website. Wychmere and Saltley's local offer describes services for families.",
    ),
]

DOCUMENTS: list[dict] = [
    {"name": "Conor - outcome.docx", "kind": "mediation_certificate", "blocks": CONOR_CERT},
    {
        "name": "Your form - please check.eml",
        "kind": "appeal_form",
        "text": CONOR_SEND35,
        "headers": headers(
            "Sian Polglase <sian.polglase@carrowsendiass.example.org>",
            "conorh07@example.org",
            "Your form - please check",
            "Fri, 17 Jul 2026 12:03:09 +0100",
        ),
    },
    {
        "name": "Jowan physio WhatsApp.pdf",
        "kind": "physio_report",
        "text": JOWAN_PHYSIO_PHOTO,
        "ocr": 0.09,
    },
    {
        "name": "my views.eml",
        "kind": "child_views",
        "text": OTTILIE_VIEWS,
        "headers": headers(
            "Ottilie Vance <ottiev10@example.org>",
            "Tom Fernleigh <tom.fernleigh@shoremead.example.org>",
            "my views",
            "Sat, 30 May 2026 15:27:48 +0100",
        ),
    },
    {"name": "Brandon EHCP notes.txt", "kind": "ehcp_final", "text": BRANDON_PLAN_TXT},
    {
        "name": "Jowan - wording to check.txt",
        "kind": "ehcp_draft",
        "text": JOWAN_DRAFT_TXT,
        "crlf": True,
    },
    {
        "name": "SEN information report 2025-26.pdf",
        "kind": "other",
        "blocks": SEN_INFO_REPORT,
        "sans": True,
    },
]
