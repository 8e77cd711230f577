# ruff: noqa: E501
"""Views, correspondence and other papers of set W: parents' and grandparents' views, a
young woman's own views, pupil voice; a school's governors, a mediation service's
appointment letter, a councillor, a SENCo, a parent chasing a late plan, a caseworker's
reply; the DWP, a hospital appointment, a ferry company's travel pass, a school newsletter.
All invented."""

from __future__ import annotations

from document_kinds_w.common import DANE, DANE_SMALL, headers

DOCUMENTS: list[dict] = [
    # --- parent views ---------------------------------------------------------------------------
    {
        "name": "Form - our family.docx",
        "kind": "parent_views",
        "format": "docx",
        "blocks": [
            ("org", DANE),
            ("small", DANE_SMALL),
            ("title", "Information from parents and carers (EHC needs assessment)"),
            ("field", "Child's name", "Ayaan Mistry"),
            ("field", "Completed by", "Farah Mistry (mother)"),
            (
                "field",
                "What are your child's strengths and what does he enjoy?",
                "Ayaan is very loving and funny. He loves trains, water and music, and he is brilliant at finding things he wants in the kitchen.",
            ),
            (
                "field",
                "What are your main worries?",
                "He has no words and gets frustrated. He doesn't sleep more than 4 hours a night. He runs off and has no sense of danger - he ran into the road twice this year. I worry about mainstream school with 30 children.",
            ),
            (
                "field",
                "What support has helped?",
                "His 1:1 at nursery, Makaton, visual pictures, the quiet corner.",
            ),
            (
                "field",
                "What would you like for Ayaan in the future?",
                "To be able to tell us what he wants and to be safe. I would like him to go to Brinefield School (special school).",
            ),
            ("field", "Signed / date", "F. Mistry, 22 April 2026"),
        ],
    },
    {
        "name": "RE_ Draft EHC plan - Tegan Morrey.eml",
        "kind": "parent_views",
        "format": "eml",
        "headers": headers(
            "Sian Morrey <sian.morrey@example.org>",
            "SEN Team <sen.team@example.org>",
            "RE: Draft EHC plan - Tegan Morrey",
            "Tue, 27 Jan 2026 22:10:45 +0000",
        ),
        "text": "Dear Ms Corkill,\n\nThese are my comments on Tegan's draft plan, within the 15 days.\n\nSection B does not mention her low mood, which CAMHS have now confirmed, or her dyscalculia (Mrs Pownall's report, November 2025).\n\nSection F: 15 hours of 1:1 is not enough. She needs support in every practical session, which is 22 hours a week on her timetable. The maths support should say who delivers it - a specialist dyscalculia tutor.\n\nSection G: the physiotherapy after her surgery in April must be in the plan.\n\nSection I: I want Port Esk College named.\n\nI would like a meeting to discuss these.\n\nYours sincerely,\nSian Morrey (Tegan's mum)\n\n> From: SEN Team <sen.team@example.org>\n> Sent: 14 January 2026 15:02\n> Subject: Draft EHC plan - Tegan Morrey\n> Please let us have your comments within 15 calendar days.",
    },
    {
        "name": "Statement - B and D Birtles.pdf",
        "kind": "parent_views",
        "format": "pdf",
        "blocks": [
            (
                "p",
                "In the First-tier Tribunal (Special Educational Needs and Disability)     Appeal EH839/26/00671",
            ),
            ("title", "Statement of Brenda and Derek Birtles, special guardians of Rowan Birtles"),
            (
                "np",
                "1.",
                "We are Rowan's grandparents and have been his special guardians since 2019. We make this statement in support of our appeal against Sections B, F and I of his plan dated 6 May 2026.",
            ),
            (
                "np",
                "2.",
                "Every school day since January Rowan has come home exhausted and often in tears. He says the corridors are 'like a stampede'. On 10 June he told a teacher he wanted to die, and he was under the CAMHS crisis team for three weeks.",
            ),
            (
                "np",
                "3.",
                "The plan does not include the occupational therapy that both the NHS and the independent OT say he needs. It does not say how often the learning mentor sees him.",
            ),
            (
                "np",
                "4.",
                "We ask that Rowan attends the resourced base at Salterwich High School, where he could have a small group for some lessons and a quieter space.",
            ),
            ("p", "We believe that the facts stated in this statement are true."),
            ("sig", ["Brenda Birtles        Derek Birtles", "20 August 2026"]),
        ],
    },
    {
        "name": "my notes for review.txt",
        "kind": "parent_views",
        "format": "txt",
        "text": "Our views for Ruairi's review (Dad - Martin Coll)\n\n- Ruairi has had a rough year. The surgery in March went well but he is still on crutches.\n- We are happy with how school have helped with the lift and getting out early.\n- We're not happy that he missed 3 weeks of work and no one sent it home.\n- We want physio in school weekly not just 'advice'.\n- PE - he wants to swim, can this go in the plan?\n- His mood has been low, he says no one picks him.\n- We want the plan to say who checks the lift pass is used and that he has a buddy.\n",
    },
    # --- child views -----------------------------------------------------------------------------------
    {
        "name": "Tegan - me.pdf",
        "kind": "child_views",
        "format": "pdf",
        "blocks": [
            ("title", "My views - Tegan Morrey"),
            ("p", "I wrote this myself for my review and for the council."),
            ("b", "What I am good at"),
            ("p", "Art, especially lino prints and portraits. I am good at making people laugh."),
            ("b", "What is hard for me"),
            (
                "p",
                "Writing for a long time - my hands hurt. Maths. Asking for help, because I don't want to be the one who always needs something. Getting to places on my own because of the ferry bus steps.",
            ),
            ("b", "What I want to happen"),
            (
                "p",
                "I want to go to Port Esk College to do art and design. I want a support worker who knows me, not a different one every day. I want to learn to get the bus on my own. One day I want my own flat.",
            ),
            ("p", "Tegan, January 2026"),
        ],
    },
    {
        "name": "All about me.docx",
        "kind": "child_views",
        "format": "docx",
        "blocks": [
            ("title", "One-page profile: Rowan"),
            (
                "kv",
                [
                    (
                        "What people like and admire about me",
                        "I know loads about Warhammer lore. I'm good at cooking curries. I'm honest.",
                    ),
                    (
                        "What is important to me",
                        "My grandparents. My dog Biscuit. Knowing what is happening next. Not being touched.",
                    ),
                    (
                        "How best to support me",
                        "Tell me about changes before they happen. Let me go early. Don't make me read out loud. Don't shout - I shut down. Let me use the laptop.",
                    ),
                ],
                [0.35, 0.65],
            ),
            ("p", "Written with Mr Okoro (learning mentor), in Rowan's own words, February 2026."),
        ],
    },
    {
        "name": "IMG_6093.pdf",
        "kind": "child_views",
        "format": "pdf",
        "ocr": 0.1,
        "text": "Sandwick Infant School\nMY VOICE\nName: Saoirse   Class: Puffins\n\nI like: my dog, painting, my big sister\nI dont like: when people say what? when I talk\nAt school I feel: sad sometimes, happy at golden time\nWhat helps me: Mrs Kneen does sound games with me, my picture card\nWhat I want my teachers to know: I know the answer but people dont understand me\n\n(Scribed by Mrs Kneen, TA, from Saoirse's words and pictures, 5 June 2026)\n",
    },
    # --- correspondence ------------------------------------------------------------------------------------
    {
        "name": "Governors response.pdf",
        "kind": "correspondence",
        "format": "pdf",
        "blocks": [
            ("org", "Salterwich High School - Governing Board"),
            (
                "small",
                "c/o Clerk to the Governors, Hulme Road, Salterwich DV4 3HR | clerk.governors@example.org",
            ),
            ("p", "Mr and Mrs D Birtles\n22 Wharf Cottages, Nantbury DV6 2WC"),
            ("p", "19 May 2026"),
            ("b", "Your complaint (Stage 3) - Governors' Complaints Panel, 14 May 2026"),
            ("p", "Dear Mr and Mrs Birtles,"),
            (
                "p",
                "The panel of three governors met on 14 May 2026 to consider your complaint about the school's handling of Rowan's internal exclusion on 3 February and the delay in providing the laptop recommended by the educational psychologist.",
            ),
            (
                "p",
                "The panel upholds the second part of your complaint. The laptop should have been provided by the end of February. The panel does not uphold the first part, but recommends that staff at the isolation room receive training in autism.",
            ),
            (
                "p",
                "This concludes the school's complaints procedure. If you remain dissatisfied you may contact the Department for Education.",
            ),
            ("sig", ["Yours sincerely", "Mrs Olwen Ferris", "Chair of the Complaints Panel"]),
        ],
    },
    {
        "name": "Harbourlight letter.docx",
        "kind": "correspondence",
        "format": "docx",
        "blocks": [
            ("org", "Harbourlight Mediation"),
            ("small", "The Old Customs House, Port Esk OR1 1AA | 01632 960466 | hello@example.org"),
            ("p", "Mr and Mrs Quayle\nGlen Cottage, Kilcraig OR4 9DF"),
            ("p", "29 April 2026"),
            ("p", "Dear Mr and Mrs Quayle,"),
            ("b", "Your mediation appointment"),
            (
                "p",
                "Thank you for deciding to take part in mediation with the Isle of Orrin Council about Maisie's EHC plan. The mediation meeting will take place on Tuesday 19 May 2026 at 10:00 at the Old Customs House. It is expected to last up to three hours. The council will be represented by Mr Colin Faragher, SEN Team Manager.",
            ),
            (
                "p",
                "Please bring any reports you want to discuss. You may bring a friend or a SENDIASS adviser. If you need the meeting to be held by video, please let us know.",
            ),
            ("sig", ["Kind regards", "R. Skillicorn", "Mediation Coordinator"]),
        ],
    },
    {
        "name": "20 weeks!!.eml",
        "kind": "correspondence",
        "format": "eml",
        "headers": headers(
            "Farah Mistry <farah.mistry@example.org>",
            "EHC Hub <ehchub@example.org>",
            "Ayaan Mistry - where is the final plan?",
            "Wed, 8 Jul 2026 08:14:22 +0100",
            "Cllr Graham Yeo <cllr.yeo@example.org>",
        ),
        "text": "Dear Ms Halewood,\n\nMy request for Ayaan's assessment was received on 19 February 2026. The final plan should have been issued within 20 weeks, which was 9 July - tomorrow. I sent my comments on the draft on 17 June and named Brinefield School, and I have heard nothing since.\n\nPlease tell me today when the plan will be issued and whether Brinefield has been consulted. Ayaan starts school in September and I still do not know where.\n\nI have copied in my ward councillor.\n\nFarah Mistry",
    },
    {
        "name": "Re_ Ayaan Mistry - councillor.eml",
        "kind": "correspondence",
        "format": "eml",
        "qp": True,
        "headers": headers(
            "Cllr Graham Yeo <cllr.yeo@example.org>",
            "Farah Mistry <farah.mistry@example.org>",
            "Re: Ayaan Mistry - where is the final plan?",
            "Fri, 10 Jul 2026 12:41:00 +0100",
        ),
        "text": "Dear Mrs Mistry,\n\nThank you for copying me in. I have raised this with the Director of Children's Services, who tells me that Brinefield School was consulted on 22 June and has replied that it can meet Ayaan's needs, and that the final plan will be sent to you by 17 July. I have asked for an explanation of the delay and will let you know what I hear.\n\nIf you have not received the plan by then, please let me know.\n\nBest wishes,\nGraham Yeo\nBorough Councillor, Salterwich North Ward\n\nThis e-mail is sent in my capacity as a ward councillor and does not represent the views of Dane Vale Borough Council.",
    },
    {
        "name": "Re_ meeting.eml",
        "kind": "correspondence",
        "format": "eml",
        "headers": headers(
            "Mrs J Skinner <j.skinner@example.org>",
            "Martin Coll <mcoll@example.org>",
            "Re: meeting",
            "Tue, 21 Apr 2026 07:55:00 +0100",
        ),
        "text": "Dear Mr Coll,\n\nThank you for your e-mail. The annual review for Ruairi will be on Monday 11 May at 3.30pm in the Learning Support base (ground floor). I have invited Jo Cregeen from physiotherapy; she may send a report instead of attending.\n\nCould you fill in the parent views form I sent home in Ruairi's bag? If it's easier you can just send me your thoughts by e-mail.\n\nKind regards,\nJulie Skinner\nSENCo, Port Esk High School\n\n> On 20 Apr 2026, Martin Coll wrote:\n> Hi, when is Ruairi's review? We've heard nothing.",
    },
    {
        "name": "Letter 2.pdf",
        "kind": "correspondence",
        "format": "pdf",
        "ocr": True,
        "running": "Isle of Orrin Council",
        "text": "Isle of Orrin Council\nChildren's Services - SEN and Inclusion\n\nMr and Mrs Coll\n14 Slipway Road, Port Esk OR1 7SR\n\n2 June 2026\n\nDear Mr and Mrs Coll\n\nRuairi Coll - annual review\n\nThank you for sending us the paperwork from Ruairi's annual review on 11 May 2026. We will consider the school's recommendation to amend the plan and will write to you with our decision by 8 June 2026, which is within four weeks of the meeting.\n\nIn the meantime, if you have any questions please contact me on 01632 960711.\n\nYours sincerely\n\nEilidh Corkill\nSEN Officer\n",
    },
    # --- other -------------------------------------------------------------------------------------------
    {
        "name": "DWP Ayaan.pdf",
        "kind": "other",
        "format": "pdf",
        "blocks": [
            ("org", "Department for Work and Pensions"),
            (
                "small",
                "Disability Living Allowance for children | Disability Benefit Centre, PO Box 960, Salterwich DV99 1DB | 01632 960990 (textphone 01632 960991)",
            ),
            ("p", "Mrs Farah Mistry\n31 Lion Salt Yard\nSalterwich\nDV4 6LS"),
            ("p", "Date of letter: 3 February 2026\nReference: CH 99 12 34 C"),
            ("b", "Disability Living Allowance decision for Ayaan Mistry"),
            (
                "p",
                "We have looked at your claim for Disability Living Allowance (DLA) for Ayaan. We have decided that Ayaan is entitled to the care component at the highest rate and the mobility component at the higher rate from 14 October 2025 to 13 October 2029.",
            ),
            (
                "p",
                "We decided this because Ayaan needs frequent attention throughout the day and continual supervision at night, and because he has severe behavioural problems and no awareness of danger outdoors.",
            ),
            (
                "p",
                "If you think this decision is wrong, you can ask us to look at it again (mandatory reconsideration). You must do this within one month of the date of this letter.",
            ),
            ("sig", ["Decision Maker", "On behalf of the Secretary of State"]),
        ],
    },
    {
        "name": "appointment Tegan.txt",
        "kind": "other",
        "format": "txt",
        "text": "Orrin Health and Care NHS Trust\nHarbour Hospital Outpatients - Appointment Letter\n\nMiss Tegan Morrey, 19 Fairway Close, Port Esk OR1 8FC\nNHS number: 999 210 4481    Hospital number: HH203381\n\nDear Miss Morrey,\n\nAn appointment has been made for you to attend:\nClinic: Orthotics (Mr P Lace)\nDate: Thursday 16 April 2026 at 14:20\nLocation: Outpatients B, ground floor\n\nIf you cannot attend, please call the booking centre on 01632 960700. Patients who do not attend without telling us may be discharged back to their GP.\n\nAccessible parking is available at the front of the building. The mainland ferry transfer can be booked through Patient Transport on 01632 960702.\n",
    },
    {
        "name": "Ferry pass.docx",
        "kind": "other",
        "format": "docx",
        "blocks": [
            ("org", "Orrin Steam Packet Ferries"),
            ("small", "Accessible Travel Team | Ferry Terminal, Port Esk OR1 1FT | 01632 960380"),
            ("title", "Accessible travel pass - confirmation"),
            ("p", "Dear Ms Morrey,"),
            (
                "p",
                "Thank you for your application. We have issued an accessible travel pass to Tegan Morrey, valid from 1 March 2026 to 28 February 2027. The pass entitles Tegan and one companion to free foot-passenger travel and priority boarding with a wheelchair on all sailings between Port Esk and the mainland.",
            ),
            (
                "p",
                "Please show the pass at the booking desk. Wheelchair spaces on the 07:15 and 17:45 sailings must be booked 24 hours in advance.",
            ),
            ("sig", ["Accessible Travel Team"]),
        ],
    },
    {
        "name": "Kilcraig news.pdf",
        "kind": "other",
        "format": "pdf",
        "blocks": [
            ("org", "Kilcraig Primary School"),
            ("title", "Kilcraig Clarion - Spring newsletter"),
            ("h", 2, "From the Headteacher"),
            (
                "p",
                "What a term! Our Puffins and Gannets classes performed beautifully at the Port Esk music festival, and our football team reached the island final.",
            ),
            ("h", 2, "SEND coffee morning"),
            (
                "p",
                "Mrs Cain will host a coffee morning for parents of children with special educational needs on Friday 27 March at 9:00 in the library. Our local SENDIASS adviser will be there to answer questions about SEN support and EHC plans.",
            ),
            ("h", 2, "Dates for your diary"),
            (
                "bul",
                [
                    "30 March - Easter holidays begin",
                    "14 April - return to school",
                    "5 May - island holiday (school closed)",
                    "Year 4 trip to the Sandwick lifeboat station - 21 May",
                ],
            ),
        ],
    },
]
