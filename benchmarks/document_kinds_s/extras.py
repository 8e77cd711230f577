# ruff: noqa: E501
"""Further documents of set S: a final amended plan pasted into a caseworker's e-mail and
forwarded, a refusal to re-assess scanned on a school office's copier (its scan header on
the first line), a young person's typed views, an NHS trust's patient advice service reply,
an allergy clinic letter forwarded by a father, and a mediation service's letter that
carries the certificate. All invented."""

from __future__ import annotations

from document_kinds_s.common import ASH, ASH_SMALL, COLNE_NHS, headers

FINAL_IN_EMAIL = """FYI - this is the final one. They put the laptop in for exams but the OT is still "termly". Sarah

-------- Original message --------
From: SEND Casework <send.casework@saltings.example.org>
Date: 04/03/2026 14:11 (GMT+00:00)
To: Sarah Marrable <sarah.marrable@example.org>
Subject: Kit Marrable - amended EHC plan (final)

Dear Mrs Marrable,

Following the annual review, Saltings Borough Council has amended Kit's EHC plan. The final amended plan is set out below and a signed copy is attached. This plan is now final. If you disagree with Sections B, F or I you may appeal to the Tribunal within two months of today's date, or one month from a mediation certificate if later.

EHC PLAN (FINAL, AMENDED 4 MARCH 2026) - KIT MARRABLE, DOB 04/10/2012

Part B - special educational needs: dyspraxia (developmental coordination disorder); slow, effortful handwriting (9 wpm); difficulty organising himself and his equipment.
Part E - outcomes: by July 2027 Kit will record his work using a laptop at a speed that lets him finish classwork; he will use a planner to hand in homework on time.
Part F - provision: school laptop in all lessons and exams; touch-typing practice 3 x 15 minutes weekly with a TA; OT programme reviewed termly; key worker check-in at the start and end of each day.
Part I - placement: Tollbury Academy.

Regards
SEND Casework Team, Saltings Borough Council
"""

REREQUEST_SCAN = [
    ("p", "Scanned by RINGHOLT-SCH-OFFICE (Ricoh) 08/06/2026 09:02  - to: becky.trowbridge"),
    ("org", ASH),
    ("small", ASH_SMALL),
    ("p", "Mr and Mrs Fairbrass\n2 Keeper's Lane\nRingholt AF7 4EE"),
    ("p", "4 June 2026"),
    ("p", "Dear Mr and Mrs Fairbrass"),
    ("b", "Noah Fairbrass - request for a re-assessment of his EHC needs"),
    (
        "p",
        "You asked on 20 April 2026 for Noah's EHC needs to be re-assessed because his mental health has deteriorated. We have considered your request with the school and with Ashmere CAMHS.",
    ),
    (
        "p",
        "We have decided not to carry out a re-assessment at this time. We do not think a re-assessment is necessary because Noah's plan was issued in March and his new needs can be considered at an early annual review, which the school has agreed to hold before 17 July 2026.",
    ),
    (
        "p",
        "You can appeal against this decision to the First-tier Tribunal (SEND). You must first contact Heathside Family Mediation on 01632 960733. Your appeal must be made within two months of this letter, or one month from the date of a mediation certificate.",
    ),
    ("sig", ["Yours sincerely", "Rhiannon Thwaite", "SEN Casework Manager"]),
]

YP_VIEWS_TXT = """My views - Daisy Threlfall - for my review
(typed by me with Miss Kent helping with spelling)

I am 16. I like the school cafe, making toasties and serving people. I like my friend Abi and my cat Pickle.

College: I am scared about college. It is big and I dont know anyone. I want Abi to go too. I want to do cooking and the shop.

The bus: I dont like the minibus because the boys shout. I want my mum to take me or a small taxi.

Help I want: someone I know at college on the first days. A picture map of the college. Someone to help with money in the shop.

When I am older I want to live in a flat with Abi and work in a cafe.
"""

PALS = [
    ("org", COLNE_NHS),
    (
        "small",
        "Patient Advice and Liaison Service (PALS), Colne Road Hospital, Tollbury TB1 4QQ - 01632 960820",
    ),
    ("p", "Ms D Quarrie\n22 Saltpan Lane\nTollbury TB3 8AS"),
    ("p", "Our ref: PALS/26/0938   11 May 2026"),
    ("p", "Dear Ms Quarrie"),
    (
        "p",
        "Thank you for contacting PALS on 28 April 2026 about the wait for Alfie's follow-up appointment in the neurodevelopmental clinic, and about the speech and language therapy advice that was sent to you by e-mail rather than to the council.",
    ),
    (
        "p",
        "I have spoken to the clinic manager. Alfie's appointment has been brought forward to 30 June 2026 and you should have received a letter confirming this. The therapy service has apologised; it has now sent its advice to Saltings Borough Council's SEND team directly.",
    ),
    (
        "p",
        "If you are not satisfied with this response you can make a formal complaint to the Trust's complaints team.",
    ),
    ("sig", ["Yours sincerely", "Grace Adeyinka", "PALS Officer"]),
]

ALLERGY_FWD = """Mrs Penrose - the clinic letter you asked for, for Poppy's care plan. Matt Alderholt

---------- Forwarded message ---------
From: Paediatric Allergy Service <allergy.admin@ashmereheath-nhs.example.org>
Date: Fri, 13 Mar 2026 16:40
Subject: Clinic letter - Poppy Alderholt

Paediatric Allergy Clinic, Beaulea Community Hospital
Consultant: Dr Ewan Strachan

Patient: Poppy Alderholt, DOB 14/09/2016, NHS 999 204 6618
Seen: 10 March 2026

Diagnoses: 1. Peanut allergy (anaphylaxis 2023). 2. Type 1 diabetes (under the diabetes team).
Skin prick test: peanut 9 mm wheal; tree nuts negative.

Plan: continue strict peanut avoidance; two adrenaline auto-injectors (0.3 mg) to be with Poppy at all times, including on trips; school staff to be trained annually in recognising anaphylaxis; an allergy action plan is enclosed for school. Poppy's diabetes hypo treatment must be peanut-free.

Review in 12 months.
Dr E. Strachan, Consultant Paediatrician (Allergy)
"""

MEDIATION_LETTER = [
    ("org", "Heathside Family Mediation"),
    ("small", "Unit 4, Pondhead Yard, Beaulea AF4 2DJ - 01632 960733"),
    ("p", "Mr and Mrs Fairbrass\n2 Keeper's Lane\nRingholt AF7 4EE"),
    ("p", "19 June 2026"),
    ("p", "Dear Mr and Mrs Fairbrass"),
    ("b", "Noah Fairbrass - Ashmere County Council - refusal to re-assess"),
    (
        "p",
        "Thank you for speaking with me on 17 June 2026. As you have told me that you do not wish to go to mediation, I am writing to confirm that you have received information about mediation and to issue your certificate.",
    ),
    (
        "p",
        "CERTIFICATE: I confirm that Mr and Mrs Fairbrass contacted the mediation adviser on 17 June 2026 about the decision of Ashmere County Council dated 4 June 2026, and have been given information about mediation. They do not wish to pursue mediation. Date of issue: 19 June 2026.",
    ),
    (
        "p",
        "You can now appeal to the Tribunal. Please send a copy of this letter with your appeal form.",
    ),
    ("sig", ["Yours sincerely", "Claire Hoxley", "Mediation Adviser"]),
]

DOCUMENTS: list[dict] = [
    {
        "name": "Fw_ Kit.eml",
        "kind": "ehcp_final",
        "text": FINAL_IN_EMAIL,
        "headers": headers(
            "Sarah Marrable <sarah.marrable@example.org>",
            "Tom Gallagher <tom.gallagher@colne-nhs.example.org>",
            "Thu, 05 Mar 2026 07:58:31 +0000",
            "Fw: Kit Marrable - amended EHC plan (final)",
        ),
    },
    {
        "name": "RICOH_20260608_0902.pdf",
        "kind": "decision_letter",
        "blocks": REREQUEST_SCAN,
        "ocr": True,
    },
    {"name": "Daisy my views.txt", "kind": "child_views", "text": YP_VIEWS_TXT},
    {"name": "PALS reply.pdf", "kind": "correspondence", "blocks": PALS, "accent": "005EB8"},
    {
        "name": "Fwd_ Poppy care plan.eml",
        "kind": "medical_report",
        "text": ALLERGY_FWD,
        "headers": headers(
            "Matt Alderholt <matt.alderholt@example.org>",
            "Julia Penrose <head@minsteadcross.example.org>",
            "Sat, 14 Mar 2026 09:20:15 +0000",
            "Fwd: Clinic letter - Poppy Alderholt",
        ),
    },
    {"name": "Heathside 19 June.docx", "kind": "mediation_certificate", "blocks": MEDIATION_LETTER},
]
