# ruff: noqa: E501
"""Further documents of set T: a physiotherapy advice, a school's report forwarded in an
e-mail, a young man's own e-mail, a final plan issued in an e-mail body, a SEND35 photographed.
All invented."""

from __future__ import annotations

from document_kinds_t.common import BRINE_NHS, headers

PHYSIO_ADVICE = [
    ("org", BRINE_NHS + "\nChildren's Physiotherapy, Lower Wharton Clinic"),
    ("title", "Physiotherapy advice - Education, Health and Care needs assessment"),
    (
        "kv",
        [
            ("Child", "Kacper Nowicki-Hale"),
            ("NHS number", "999 661 0452"),
            ("Seen", "5 November 2025 (clinic) and 12 November 2025 (school)"),
        ],
    ),
    ("h", 2, "Findings"),
    (
        "p",
        "Kacper walks on his toes most of the time and has tight calf muscles (ankle dorsiflexion -5 degrees both sides). His balance on one leg is 3 seconds (expected 20 or more at his age).",
    ),
    ("h", 2, "Impact in school"),
    ("p", "He trips on stairs when corridors are busy and avoids PE."),
    ("h", 2, "Recommendations"),
    (
        "bul",
        [
            "Daily calf stretches (5 minutes) supervised by a TA.",
            "Leave lessons 3 minutes early to avoid crowded stairs.",
            "Night splints provided by this service.",
            "Physiotherapy review every 3 months.",
        ],
    ),
    ("sig", ["Owain Brereton", "Highly Specialist Paediatric Physiotherapist"]),
]

SCHOOL_FWD = """Hi Elowen,

As promised - our report for Ffion, the one the council asked for, below.

Mrs J. Jolliffe
Class teacher, Year 5

---------- Forwarded message ----------
From: Kate Ashdown <senco@sandmouthprimary.example.org>
Subject: School report for EHC review - Ffion Tregarthen

SCHOOL REPORT FOR THE ANNUAL REVIEW (written by the class teacher and SENCo)
Attainment: Reading - Year 2 level (reading age 7y 1m at chronological age 10y 8m). Writing - Year 2. Maths - Year 3/4.
Attendance: 95.6%.
Progress: Ffion has made steady progress in phonics, now reading at Phase 5. Her understanding of classroom instructions remains a major barrier.
Support in place: SALT programme 3 x weekly with TA; 1:1 phonics daily; visual timetable.
Concerns: she is increasingly aware that she is behind her friends.
"""

YP_EMAIL = """To whoever is dealing with my EHCP,

My name is Daniel Ormesher. I got the letter saying you want to stop my plan. I am OK with that. I have finished college and I have my job at the garden centre now. I would like to keep my bus pass if I can.

I don't want my mum to have to do this for me, I am 20.

Thanks
Daniel
"""

FINAL_EMAIL = """Dear Mr and Mrs Penhallow,

Further to the Tribunal's consent order, the local authority has finalised Jago's EHC plan. It is set out below and a signed PDF will follow by post. This is the final plan.

FINAL EDUCATION, HEALTH AND CARE PLAN - Jago Penhallow - issued 14 December 2026
Section A: Jago loves Lego and the lifeboat station. He wants to be a lifeboat volunteer.
Section B: Jago has ADHD and difficulties with emotional regulation; literacy around the 10th centile.
Section C: ADHD under CAMHS; medication reviewed 3-monthly.
Section D: None.
Section E: Jago will move between lessons calmly with a visual prompt 4 days out of 5.
Section F: A consistent named adult for all transitions, daily. Emotion coaching sessions 2 x 20 minutes weekly by an ELSA-trained TA. Small group literacy (no more than 4 pupils) 4 x 30 minutes weekly. A movement break every 30 minutes.
Section G: CAMHS review.
Section H1/H2: None.
Section I: Sandmouth CE Primary School.
Section J: None.
Section K: EP advice (R. Dace), school advice, CAMHS summary, parent diary.

Ann-Marie Cotterell, SEND Casework Lead, Isle of Wrayle Council
"""

SEND35_PHOTO = """SEND35 Notice of appeal
Section 1 The child: Tomos Rowse  DOB 12/12/2012
Section 2 Appellant: Bethan Rowse, 9 Quay Cottages, Cowhaven WR1 5RQ  07700 900244
Section 3 Local authority: Isle of Wrayle Council
Section 4 Decision appealed: refusal to amend after annual review (letter 8 July 2026)
Section 5 Mediation certificate: Solent Crossing Mediation SCM 2026/077
Section 6 Reasons: Tomos needs a specialist setting; see my statement.
Section 8 Declaration: signed B. Rowse  3/8/26
"""

DOCUMENTS: list[dict] = [
    {"name": "Kacper feet.docx", "kind": "physio_report", "blocks": PHYSIO_ADVICE},
    {
        "name": "Fwd_ Ffion - school.eml",
        "kind": "school_report",
        "headers": headers(
            "J Jolliffe <j.jolliffe@sandmouthprimary.example.org>",
            "elowen.tregarthen@example.org",
            "Fwd: School report for EHC review - Ffion Tregarthen",
            "Fri, 26 Jun 2026 17:40:00 +0100",
        ),
        "text": SCHOOL_FWD,
    },
    {
        "name": "my plan.eml",
        "kind": "child_views",
        "headers": headers(
            "Daniel Ormesher <danorm05@example.org>",
            "sendhub@brinefield.example.org",
            "my plan",
            "Sat, 18 Jul 2026 20:31:00 +0100",
        ),
        "text": YP_EMAIL,
    },
    {
        "name": "Jago - council email.eml",
        "kind": "ehcp_final",
        "headers": headers(
            "Ann-Marie Cotterell <a.cotterell@wrayle.example.org>",
            "penhallows@example.org",
            "Jago Penhallow - EHC plan",
            "Mon, 14 Dec 2026 15:02:00 +0000",
        ),
        "text": FINAL_EMAIL,
        "html": True,
    },
    {"name": "IMG_5012.pdf", "kind": "appeal_form", "text": SEND35_PHOTO, "ocr": 0.08},
]
