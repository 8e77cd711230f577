# ruff: noqa: E501
"""Parents' and children's views, and other papers, of set S: a council's parental advice
form, a father's statement for the tribunal, parents' comments on a draft by e-mail, a
mother's notes typed on her phone; a child's "about me" page, a young person's e-mail, a
pupil voice sheet photographed; a DWP benefit letter, a council's short breaks leaflet, a
school trip consent form, a council transport letter and a blank form. All invented."""

from __future__ import annotations

from document_kinds_s.common import ASH, ASH_SMALL, SALT, SALT_SMALL, headers

PARENT_FORM = [
    ("org", ASH),
    ("small", ASH_SMALL),
    ("title", "Parent and carer advice - EHC needs assessment"),
    ("p", "Please tell us about your child. You can write as much or as little as you like."),
    ("field", "Child's name", "Noah Fairbrass"),
    (
        "field",
        "What is Noah good at and what does he enjoy?",
        "Chess (he beat his grandad at 8), scouts, building things in Minecraft, explaining how things work.",
    ),
    (
        "field",
        "What are you worried about?",
        "He comes home exhausted and angry. He says he is thick. He has started saying he has a stomach ache on Monday mornings. His stammer is worse when he is tired.",
    ),
    (
        "field",
        "What support do you think he needs?",
        "Proper specialist teaching for his dyslexia, not just a TA reading for him. Someone to help with his mood. Teachers who know about his stammer.",
    ),
    ("field", "Completed by", "Lucy Fairbrass (mum), 8 January 2026"),
]

DAD_STATEMENT = [
    ("title", "Statement of Owen Haverstock"),
    ("p", "Appeal EH815/26/00502 - Freya Haverstock"),
    (
        "np",
        "1.",
        "I am Freya's father. I make this statement in support of our appeal about Sections B and F of her plan.",
    ),
    (
        "np",
        "2.",
        "Freya is exhausted when she comes home. On most school days she sleeps for an hour before tea and cannot do homework after 7pm. At weekends she is a different girl.",
    ),
    (
        "np",
        "3.",
        "Since January she has twice fallen in the science lab because the stools have no backs. Nobody told us until she came home with a bruised hip.",
    ),
    (
        "np",
        "4.",
        "We have asked since last March for the OT to be increased. The school agrees with us; the council has not given a reason we understand.",
    ),
    ("p", "I believe the facts stated in this witness statement are true."),
    ("sig", ["Owen Haverstock", "3 July 2026"]),
]

COMMENTS_EMAIL = """Dear Ms Brightwell,

Thank you for the draft plan for Ruby. Our comments are below. We would like these to be taken into account before the plan is finalised.

Section B: it doesn't say anything about Ruby's eating. She only eats five foods and will not eat at school at all if the dining hall is busy. Both the OT and the speech therapist mention her sensory difficulties and that is missing.

Section F: "support from an adult as required" and "access to a quiet space when needed" don't say who, how often or how long. The independent speech therapist recommends weekly therapy for two terms; that's not in there at all.

Section I: we would like Marshside Primary School to be named. We have visited and they have a resourced base.

We would also like a meeting to discuss the draft.

Regards,
Sam Pettifer (dad)
"""

PHONE_NOTES = """Things to say at Poppy's review - 5 May

- bedtimes are awful since the diabetes - she's scared of going low in the night, so am I
- she says lunchtimes are better now she eats with Maisie
- reading - still won't read to us, says the words "jump about"
- speech therapy: 6 sessions last half term but we never get told what to practise
- ask for SLT to send homework sheet
- ask about the pony club letter for the trip (does she need an adult with her?)
- I want the plan to say she needs an adult trained in her pump at ALL times, incl trips
- Mrs P said she'll ring the diabetes nurse
"""

ABOUT_ME = [
    ("title", "All About Me - Ruby"),
    ("p", "I am 6. I live with Daddy and Milo."),
    ("lab", "I like", "crabs, Lego, the sea wall, my blue blanket"),
    ("lab", "I don't like", "the bell, hand dryers, when Miss changes the table"),
    ("lab", "It helps me when", "I know what is next. I can go to the tent."),
    ("lab", "When I grow up", "I want to be a crab scientist"),
    ("p", "Ruby told these words to Mrs Hale (TA) on 17 March 2026 and chose the pictures."),
]

YP_EMAIL = """Dear Ms Fairweather

This is Connor Lightfoot. My mum said I should write to you myself because I am 18 now.

I am OK with my plan stopping. I got the apprenticeship at the boatyard and I start in August. I do not want people from college coming to work with me because the other apprentices would think it is weird. I can ask my supervisor Dave if I need help.

The only thing is my reading for the maths and English part of the apprenticeship. Can I still get a reader for the tests?

Thanks
Connor
"""

PUPIL_VOICE = [
    ("title", "MY VOICE - annual review"),
    ("p", "Name: Kit Marrable   Year 8"),
    ("p", "What is going well? The laptop. I can type faster than I write now. Sailing club."),
    (
        "p",
        "What is hard? Getting to lessons on time, the corridors by the canteen. Remembering my PE kit.",
    ),
    ("p", "What would help? If I could leave 5 minutes early. A locker near the DT block."),
    ("p", "What do I want to do when I leave school? Work on boats or be an engineer."),
    ("p", "Signed: Kit"),
]

DWP = [
    ("org", "Department for Work and Pensions"),
    (
        "small",
        "Disability Living Allowance for children, Mail Handling Site A, Wolverhampton WV98 2AH - 0800 121 4600 (textphone 0800 121 4523)",
    ),
    ("p", "Ms D Quarrie\n22 Saltpan Lane\nTollbury TB3 8AS"),
    ("p", "Date of this letter: 6 May 2026   Our reference: DLA/XN 99 41 27 C"),
    ("b", "Disability Living Allowance decision for Alfie Quarrie"),
    (
        "p",
        "We have looked again at Alfie's Disability Living Allowance. We have decided that from 14 April 2026 Alfie is entitled to the middle rate of the care component. He is not entitled to the mobility component.",
    ),
    (
        "p",
        "This decision is based on the information you gave us, the letter from Dr Mistry and the information from his school.",
    ),
    (
        "p",
        "If you think the decision is wrong you must ask us to look at it again (mandatory reconsideration) within one month of the date of this letter.",
    ),
    ("p", "This letter is about benefits. It does not affect Alfie's support at school."),
]

SHORT_BREAKS = [
    ("org", SALT),
    ("small", SALT_SMALL),
    ("title", "Short breaks for disabled children in Saltings - family guide 2026"),
    (
        "p",
        "Short breaks give disabled children and young people the chance to have fun and give families a break from caring.",
    ),
    ("h", 2, "Universal short breaks (no assessment needed)"),
    (
        "bul",
        [
            "Saturday sailing for all at Tollbury Quay (ages 8-17)",
            "Holiday play schemes at Wickham Saltings Leisure Centre",
            "Youth clubs with trained staff on Tuesday and Thursday evenings",
        ],
    ),
    ("h", 2, "Targeted short breaks"),
    (
        "p",
        "If your child has an EHC plan or a disability that has a substantial effect on daily life you can apply for a Saltings Short Breaks card, which gives up to 60 hours of funded activities each year.",
    ),
    ("h", 2, "How to apply"),
    ("p", "Complete the online form at saltings.example.org/shortbreaks or call 01632 960560."),
]

TRIP_FORM = [
    ("org", "Minstead Cross C of E Primary School"),
    ("title", "Year 4 residential visit - Heathland Activity Centre, 10-12 June 2026"),
    (
        "p",
        "Dear Parents and Carers, our Year 4 residential is a chance for the children to try orienteering, pond dipping and a night walk on the heath. The cost is £148, payable in instalments.",
    ),
    (
        "p",
        "Medical and dietary needs: please give details of any medical needs, medication or care plans, so that staff can plan. For children with individual healthcare plans or EHC plans we will arrange a meeting before the trip.",
    ),
    ("p", "----- Reply slip -----"),
    ("p", "Child's name: ____________   I give permission for my child to attend: Yes / No"),
    ("p", "Medical information: ______________________   Signed: ____________"),
]

TRANSPORT = [
    ("org", SALT),
    ("small", "Home to School Transport Team - 01632 960575"),
    ("p", "Mr S Pettifer\n14 Heron Close\nWickham Saltings TB6 2LP"),
    ("p", "18 May 2026"),
    ("p", "Dear Mr Pettifer"),
    ("b", "Post-16 travel assistance - Jonah Pettifer"),
    (
        "p",
        "Thank you for your application for travel assistance for Jonah to attend Tollbury College from September 2026. We have approved a Saltings Student Bus Pass for the 2026/27 academic year. Jonah's travel training will support him to use the number 7 bus.",
    ),
    (
        "p",
        "The pass will be sent to your home address in August. Please contact us if Jonah's college or course changes.",
    ),
    ("sig", ["Yours sincerely", "Transport Eligibility Officer"]),
]

BLANK_FORM = """SALTINGS BOROUGH COUNCIL
Request for an Education, Health and Care Needs Assessment - Parent/Carer request form (version 4, 2025)

Please complete all sections and return to the Inclusion and SEND Service.

Part 1: Child or young person's details
Name:
Date of birth:
School or setting:

Part 2: Your details
Name:
Relationship to the child:
Address:

Part 3: Why are you asking for an assessment?
(Please tell us about your child's needs and the support they have had so far.)

Part 4: Which professionals are involved?

Part 5: Consent to share information
I agree that the council may contact the professionals listed above.   Signed:            Date:

Office use only: Date received ____  Logged by ____  6-week date ____
"""

DOCUMENTS: list[dict] = [
    {
        "name": "Noah form Jan.pdf",
        "kind": "parent_views",
        "blocks": PARENT_FORM,
        "accent": "2E5E3A",
    },
    {"name": "witness statement O H.docx", "kind": "parent_views", "blocks": DAD_STATEMENT},
    {
        "name": "RE_ Draft EHC plan - Ruby Pettifer.eml",
        "kind": "parent_views",
        "text": COMMENTS_EMAIL,
        "headers": headers(
            "Sam Pettifer <sam.pettifer@example.org>",
            "Lorna Brightwell <lorna.brightwell@saltings.example.org>",
            "Mon, 27 Apr 2026 22:14:51 +0100",
            "RE: Draft EHC plan - Ruby Pettifer",
        ),
        "html": True,
    },
    {"name": "Notes 4 May.txt", "kind": "parent_views", "text": PHONE_NOTES},
    {"name": "Ruby page.docx", "kind": "child_views", "blocks": ABOUT_ME},
    {
        "name": "my plan.eml",
        "kind": "child_views",
        "text": YP_EMAIL,
        "headers": headers(
            "Connor Lightfoot <connor.lightfoot08@example.org>",
            "D Fairweather <send.casework@saltings.example.org>",
            "Sun, 17 May 2026 20:41:09 +0100",
            "my plan",
        ),
    },
    {"name": "IMG_4422.pdf", "kind": "child_views", "blocks": PUPIL_VOICE, "ocr": 0.1},
    {"name": "Alfie decision May.pdf", "kind": "other", "blocks": DWP},
    {"name": "short breaks.pdf", "kind": "other", "blocks": SHORT_BREAKS},
    {"name": "Poppy trip.docx", "kind": "other", "blocks": TRIP_FORM},
    {"name": "request form.txt", "kind": "other", "text": BLANK_FORM},
    {"name": "Jonah bus.pdf", "kind": "correspondence", "blocks": TRANSPORT},
]
