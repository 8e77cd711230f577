# ruff: noqa: E501
"""Plans of set Q: final plans (an island council's plan behind a summary sheet, a plan
behind a hearing bundle's section cover sheet, a final plan forwarded in an e-mail body, a
plan scanned with the copier's header), draft plans (a watermarked draft, a proposed
amended plan forwarded by a SENCo, a draft behind a fax cover sheet, a consultation draft)
and annual review records. All invented."""

from __future__ import annotations

from document_kinds_q.common import (
    CARROW,
    CARROW_SMALL,
    SHORE,
    SHORE_SMALL,
    WYCH,
    WYCH_SMALL,
    headers,
)

# --- final plans ------------------------------------------------------------------------

TAMSIN_FINAL = [
    (
        "cover",
        [
            "Isle of Carrow Council",
            "Education, Health and Care Plan",
            "Tamsin Penhallow",
            "Summary sheet overleaf",
        ],
    ),
    ("org", CARROW),
    ("small", CARROW_SMALL),
    ("title", "Summary sheet"),
    (
        "kv",
        [
            ("Name", "Tamsin Morwenna Penhallow"),
            ("Date of birth", "14 November 2017"),
            ("NHS number", "999 402 7713"),
            ("Home", "Flat 2, 9 Ropewalk Lane, Westhaven, Isle of Carrow CW2 8HD"),
            ("Setting", "St Piran's Church of England First School, Westhaven (Year 3)"),
            ("Plan finalised", "12 March 2026"),
            ("First review by", "11 March 2027"),
            ("SEN caseworker", "Jenna Trevithick, 01632 960318"),
        ],
        [0.3, 0.7],
    ),
    (
        "p",
        "This is Tamsin's final Education, Health and Care plan, issued under section 37 of the Children and Families Act 2014. It replaces the draft plan sent to the family on 19 January 2026.",
    ),
    ("h", 1, "Section A: The views, interests and aspirations of Tamsin and her family"),
    (
        "p",
        "Tamsin loves the beach at Saltmarsh Down, drawing sea creatures and helping her grandad on his boat. She says school is 'too loud at lunch' and that she likes it when Mrs Carne explains things twice. Her mum, Kerensa, wants Tamsin to read for pleasure and to have a friend she can invite home.",
    ),
    ("h", 1, "Section B: Special educational needs"),
    ("b", "Communication and interaction"),
    (
        "p",
        "Tamsin has a developmental language disorder. She understands sentences of up to three key words and loses track of longer instructions. Her spoken sentences are short and she leaves out grammatical endings.",
    ),
    ("b", "Cognition and learning"),
    (
        "p",
        "Tamsin is reading at a level expected of a child in Year 1. Her phonics knowledge is secure to Phase 3 and she finds blending longer words hard.",
    ),
    ("b", "Social, emotional and mental health"),
    (
        "p",
        "Tamsin becomes anxious in noisy, unstructured times and has left the dining hall crying several times this year.",
    ),
    ("h", 1, "Section C: Health needs related to SEN"),
    (
        "p",
        "Tamsin has glue ear and wears a hearing aid in her right ear. She is under the Carrow General Hospital audiology clinic.",
    ),
    ("h", 1, "Section D: Social care needs related to SEN"),
    ("p", "None identified at this time."),
    ("h", 1, "Section E: Outcomes"),
    (
        "bul",
        [
            "By July 2027 Tamsin will follow a two-step classroom instruction without a visual prompt on four days out of five.",
            "By the end of Key Stage 2 Tamsin will read a book at her own level aloud with 90% accuracy.",
            "By July 2027 Tamsin will eat lunch in the dining hall or the nurture room, by her own choice, without distress.",
        ],
    ),
    ("h", 1, "Section F: Special educational provision"),
    (
        "grid",
        [
            ["Provision", "By whom", "How often"],
            [
                "Individual language programme devised by the speech and language therapist",
                "Teaching assistant trained by the SLT",
                "3 x 20 minutes a week",
            ],
            [
                "Review of the programme and new targets",
                "Speech and language therapist",
                "Once each half term",
            ],
            [
                "Structured phonics programme in a group of no more than three",
                "Teaching assistant",
                "Daily, 20 minutes",
            ],
            ["Quiet lunch club in the nurture room", "Midday supervisor", "Daily"],
        ],
        [0.5, 0.3, 0.2],
    ),
    ("h", 1, "Section G: Health provision"),
    (
        "p",
        "Review by Carrow General Hospital audiology every six months. Hearing aid checked daily by class staff.",
    ),
    ("h", 1, "Section H1 and H2: Social care provision"),
    ("p", "None."),
    ("h", 1, "Section I: Placement"),
    (
        "p",
        "St Piran's Church of England First School, Westhaven (mainstream first school). From September 2027: to be named at the phase transfer review.",
    ),
    ("h", 1, "Section J: Personal budget"),
    ("p", "No personal budget has been requested."),
    ("h", 1, "Section K: Advice and information"),
    (
        "bul",
        [
            "Psychological advice, Carrow Educational Psychology Service, 2 December 2025",
            "Speech and language therapy advice, Carrow Island Healthcare NHS Trust, 28 November 2025",
            "Health advice, Community Paediatrics, 5 December 2025",
            "School advice, St Piran's CE First School, 24 November 2025",
            "Parental views, 17 November 2025",
        ],
    ),
    (
        "sig",
        [
            "Signed on behalf of the Isle of Carrow Council",
            "",
            "Jenna Trevithick, SEN Caseworker",
            "Date: 12 March 2026",
        ],
    ),
]

HARRISON_BUNDLE = [
    ("title", "HEARING BUNDLE"),
    ("p", "Appeal reference: EH661/26/00417"),
    ("p", "Harrison Beddows v Wychmere and Saltley Borough Council"),
    ("b", "SECTION B"),
    ("p", "The EHC plan under appeal, issued 4 February 2026 (pages B1 to B9)"),
    ("p", "Prepared by the Respondent for the hearing on 14 July 2026"),
    ("pb",),
    ("org", WYCH),
    ("small", WYCH_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Child", "Harrison James Beddows, born 30 June 2015"),
            ("School", "Nantwold Brook Academy, Year 6"),
            ("Status", "Final - issued 4 February 2026"),
            ("Plan coordinator", "Michaela Hulse"),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Section A - About me"),
    (
        "kv",
        [
            (
                "What people like about me",
                "I am funny, I know everything about steam engines and I am kind to my little sister.",
            ),
            (
                "What is important to me",
                "My Lego, the Salt Museum, my dog Pickle, knowing what is happening next.",
            ),
            (
                "My family's hopes",
                "That Harrison goes to a secondary school where staff understand autism and that he stops refusing to go in.",
            ),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Section B - Special educational needs"),
    (
        "kv",
        [
            (
                "Communication and interaction",
                "Harrison is autistic. He takes language literally, finds group conversation hard to follow and can become distressed when plans change without warning.",
            ),
            (
                "Social, emotional and mental health",
                "Harrison's attendance fell to 71% in the autumn term. He describes a 'fizzy feeling' before school and has had three episodes of leaving the classroom and hiding.",
            ),
            (
                "Sensory and physical",
                "Harrison is sensitive to noise and to the smell of the canteen. His handwriting is slow and he tires after ten minutes of writing.",
            ),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Section C - Health needs"),
    (
        "p",
        "Diagnosis of autism spectrum condition, Mid Wych Community NHS Trust child development centre, May 2022.",
    ),
    ("h", 2, "Section D - Social care needs"),
    ("p", "Harrison's family receive a short breaks offer of 12 days a year."),
    ("h", 2, "Section E - Outcomes"),
    (
        "kv",
        [
            (
                "Outcome 1",
                "By the end of Year 7 Harrison will attend 90% of sessions, using his agreed arrival routine.",
            ),
            (
                "Outcome 2",
                "By the end of Year 7 Harrison will tell a trusted adult when he needs a break, using his card, in three lessons out of four.",
            ),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Section F - Special educational provision"),
    (
        "kv",
        [
            (
                "Provision 1",
                "Access to a quiet base at the start of the day with a named key adult for 15 minutes daily.",
            ),
            ("Provision 2", "Social communication group, run by a teaching assistant, weekly."),
            ("Provision 3", "Access to a laptop for extended writing."),
            ("Provision 4", "Advice from the Autism Outreach Team as required."),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Sections G, H1, H2"),
    (
        "p",
        "G: review by community paediatrics as needed. H1: short breaks under section 17 Children Act 1989. H2: none.",
    ),
    ("h", 2, "Section I - Placement"),
    ("p", "Saltley High School (mainstream academy) from September 2026."),
    ("h", 2, "Section J - Personal budget"),
    ("p", "Not applicable."),
    ("h", 2, "Section K - Advice"),
    (
        "p",
        "Educational psychology advice (Wychmere EPS, October 2025); autism outreach advice; school advice; parental advice; health advice.",
    ),
    ("p", "Signed: Michaela Hulse, for the Borough Council, 4 February 2026"),
]

KOFI_FWD = """Hi Marguerite,

As promised, here is Kofi's plan - the final one that came this morning. I've pasted it
below because the PDF wouldn't open on my phone. Your report is in Section K but I don't
think much of it made it into F. Can we talk before the 28th?

Thanks, Abena

---------- Forwarded message ---------
From: SEN Casework Hub <senhub@shoremead.example.org>
Date: Tue, 10 Mar 2026 at 08:51
Subject: FINAL EHC PLAN - Kofi Mensah-Baird - Case 26/0388
To: abena.mensahbaird@example.org

Dear Ms Mensah-Baird,

Please find below Kofi's final Education, Health and Care plan. The plan is now final and
the school named in Section I has been informed. Your right of appeal is set out at the end
of this message.

EDUCATION, HEALTH AND CARE PLAN - FINAL
Name: Kofi Mensah-Baird    DOB: 07/09/2018    UPN: withheld
Date issued: 10 March 2026

SECTION A - Kofi's views, interests and aspirations
Kofi likes trains, the sea wall at Canwick Creek and playing tag. He wants to "talk so my
friends understand me".

SECTION B - Special educational needs
Speech: Kofi has a severe speech sound disorder. Unfamiliar adults understand about half
of what he says.
Language: Kofi's understanding of vocabulary is below the expected range for his age.
Learning: Kofi has difficulty linking sounds to letters, which is holding back his reading.

SECTION C - Health needs
Kofi had grommets fitted in 2023. No current health needs affecting learning.

SECTION D - Social care needs
None.

SECTION E - Outcomes
By July 2027 Kofi will be understood by familiar adults in a short conversation.
By July 2027 Kofi will read and spell 60 common words.

SECTION F - Special educational provision
Access to speech and language therapy advice.
Opportunities to practise speech sounds in class.
Small group phonics with the class teaching assistant.

SECTION G - Health provision: None.
SECTION H1/H2 - Social care provision: None.

SECTION I - Placement
Saltcote Infant School, Shoremead (Year 2).

SECTION J - Personal budget: Not requested.

SECTION K - Advice and information
Independent speech and language therapy report (Marguerite Oduya, January 2026); NHS
speech and language therapy advice; school advice; parent views.

Your right of appeal: if you disagree with Sections B, F or I, you may appeal to the
First-tier Tribunal (SEND) within two months of the date of this e-mail or one month from
a mediation certificate, whichever is later. Contact Tidewater Mediation on 01632 960730.

SEN Casework Hub
Shoremead Borough Council
"""

XEROX_FINAL = """Xerox WorkCentre 6515  Scan to Email  20/03/2026 09:15  Pages: 9
From: RECEPTION-MFD  To: d.pollard@example.org

Shoremead Borough Council
SEN Casework Hub, Civic Centre, Shoremead SS7 1RE

EDUCATION, HEALTH AND CARE PLAN

Name: Daisy-Mae Pollard          Date of birth: 21/02/2015
School: Canwick Creek Primary School      Year group: 6
Date of this plan: 18 March 2026 (FINAL)
Previous plan: 2 April 2025 (amended following annual review)

Section A: Views, interests and aspirations
Daisy-Mae enjoys swimming and singing in the choir. She would like to go to Shoremead
Academy with her cousin. Her dad says she needs adults who notice when she is struggling
because she hides it.

Section B: Special educational needs
Cognition and learning: Daisy-Mae has a moderate learning difficulty. Her working memory
is at the 2nd centile and she needs information broken into small steps.
Communication: Daisy-Mae understands most everyday language but struggles with abstract
vocabulary and inference.
Social, emotional and mental health: Daisy-Mae masks her difficulties at school and is
often distressed at home after school.

Section E: Outcomes
By the end of Year 7 Daisy-Mae will use a visual checklist to complete tasks in lessons
independently.
By the end of Year 7 Daisy-Mae will name a trusted adult and go to them when worried.

Section F: Special educational provision
Daily small group maths and English teaching in a group of up to eight, led by a teacher.
Pre-teaching of topic vocabulary, 3 x 15 minutes weekly, by a teaching assistant.
Weekly check-in with the key adult, 20 minutes.
Transition programme: six additional visits to the secondary school in the summer term.

Section G: Health provision - none.
Section H: Social care provision - none.

Section I: Placement
Shoremead Academy (mainstream secondary) from 1 September 2026.

Section J: Personal budget - not applicable.

Section K: Advice and information - see appendix list.

Signed for the local authority: P. Agyeman, Senior Casework Officer   Date: 18/03/2026
"""

RUBY_AMENDED_FINAL = [
    ("org", WYCH),
    ("small", WYCH_SMALL),
    ("p", "Ruby Ashcroft  |  DOB 03/05/2011  |  Saltley High School, Year 10"),
    ("title", "Amended Education, Health and Care Plan"),
    (
        "p",
        "This plan was amended following the annual review held on 25 November 2025. The amendments set out in our letter of 8 December 2025 have been made, with changes agreed after your comments. This amended plan is final and was issued on 16 January 2026.",
    ),
    ("h", 2, "Section A"),
    (
        "p",
        "Ruby wants to be a vet nurse. She likes horses, baking and her youth club at the Salt Barge. She wants teachers to stop asking her to read aloud.",
    ),
    ("h", 2, "Section B"),
    (
        "p",
        "Ruby has dyslexia and slow processing speed (standard score 72). She has an anxiety disorder which affects her attendance at exam times. She has a mild hearing loss in both ears.",
    ),
    ("h", 2, "Section E"),
    (
        "p",
        "By the end of Year 11 Ruby will sit her GCSE English and maths with her access arrangements in place. By September 2027 Ruby will have started a Level 2 animal care course at college.",
    ),
    ("h", 2, "Section F"),
    (
        "bul",
        [
            "Specialist literacy teaching from a qualified specialist teacher, 2 x 45 minutes a week.",
            "Reader and 25% extra time in all assessments.",
            "Weekly session with the school counsellor, 40 minutes, for at least two terms.",
            "Careers adviser: two guidance interviews in Year 10 and Year 11 focused on animal care routes.",
            "Advice to staff from the Sensory Support Service each term.",
        ],
    ),
    ("h", 2, "Section I"),
    ("p", "Saltley High School (academy)."),
    (
        "p",
        "Sections C, D, G, H1, H2, J and K are unchanged from the plan dated 10 January 2025 and are reproduced in the full copy held by the school.",
    ),
    ("sig", ["Issued by: Dean Pemberton, SEN Officer", "16 January 2026"]),
]

# --- draft plans ------------------------------------------------------------------------

ELLIS_DRAFT = [
    ("org", CARROW),
    ("small", CARROW_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Name", "Ellis Kerrow"),
            ("Date of birth", "2 August 2021"),
            ("Setting", "Brackport First School, Reception"),
            ("Date issued", "3 February 2026"),
        ],
        [0.3, 0.7],
    ),
    (
        "i",
        "You have 15 days from the date you receive this plan to tell us your views and to ask for a particular school or other institution to be named in it. Nothing in this plan is agreed until it is issued in its final form.",
    ),
    ("h", 1, "Section A"),
    (
        "p",
        "Ellis is a cheerful boy who loves diggers, the ferry and bubbles. His parents hope he will learn to use words or signs to tell them what he wants.",
    ),
    ("h", 1, "Section B"),
    (
        "p",
        "Ellis has global developmental delay and a diagnosis of autism. He uses around ten single words and some Makaton signs. He needs adult help with toileting, dressing and eating. He is at risk when he runs towards the road or the harbour edge.",
    ),
    ("h", 1, "Section E"),
    (
        "p",
        "By July 2027 Ellis will use 20 signs or symbols to request. By July 2027 Ellis will sit at a table activity for five minutes with an adult.",
    ),
    ("h", 1, "Section F"),
    (
        "p",
        "Ellis will receive adult support throughout the day. He will have access to a communication system. Staff will follow the advice of the speech and language therapist and the occupational therapist.",
    ),
    ("h", 1, "Section G"),
    ("p", "Speech and language therapy review by Carrow Island Healthcare NHS Trust."),
    ("h", 1, "Section I"),
    ("p", "[To be named in the final plan]"),
    ("h", 1, "Section K"),
    ("p", "Advice listed in the appendix."),
]

RUBY_FWD_DRAFT = """Hi Mrs Ashcroft,

The council sent this to school as well as to you. I'm forwarding it in case it went
to your junk folder - the changes they're proposing are in the second part. We can go
through it at parents' evening on Thursday if that helps.

Kind regards
Mrs L. Cheetham
SENCo, Saltley High School

-------- Original Message --------
From: Dean Pemberton <dean.pemberton@wychmere.example.org>
Sent: 08 December 2025 15:12
To: rachel.ashcroft@example.org; senco@saltleyhigh.example.org
Subject: Ruby Ashcroft - proposed amended EHC plan following annual review

Dear Mrs Ashcroft,

Following Ruby's annual review on 25 November 2025, the local authority has decided to
amend her EHC plan. The proposed amended plan is set out below, with new wording in
[square brackets] and deleted wording marked DELETE. You have 15 days to comment or to
ask us to name a different school.

PROPOSED AMENDED PLAN (DRAFT)

Section B - Special educational needs
Ruby has dyslexia and slow processing speed. [Ruby has an anxiety disorder which affects
her attendance at exam times.] [Ruby has a mild hearing loss in both ears.]

Section E - Outcomes
DELETE: By the end of Year 9 Ruby will read a Year 7 text independently.
[By the end of Year 11 Ruby will sit her GCSE English and maths with her access
arrangements in place.]

Section F - Special educational provision
Specialist literacy teaching, 2 x 45 minutes a week.
[Reader and extra time in assessments.]
[Counselling if available.]

Section I - Placement
Saltley High School (no change).

Please send any comments to me by 23 December 2025.

Dean Pemberton
SEN Officer, Wychmere and Saltley Borough Council
"""

FAX_DRAFT = """FACSIMILE TRANSMISSION
Shoremead Borough Council - SEN Casework Hub
Fax: 01632 960721    Tel: 01632 960720

To: SENCo, Pitsea Marsh Junior School      Fax: 01632 960759
From: Priya Agyeman, Senior Casework Officer
Date: 14/09/2026    Pages (including this one): 7
Re: PROPOSED PLAN - Leon Fairweather (DOB 11/01/2016) - consultation

Please find attached the proposed plan for Leon. We are consulting your school under
section 39 of the Children and Families Act 2014. Please reply within 15 days stating
whether the school is suitable and whether it could admit Leon.

CONFIDENTIALITY: this fax is intended only for the addressee. If received in error please
telephone 01632 960720 and destroy it.

-- 14/09/2026 09:14 FROM 01632960721 TO 01632960759 P.2/7 --

EDUCATION, HEALTH AND CARE PLAN - DRAFT
Leon Fairweather

Section A
Leon likes football, Minecraft and his grandad's allotment. He wants to "not get into
trouble all the time".

Section B
Leon has ADHD, diagnosed in 2024. He finds it very hard to stay seated and to wait. He
has difficulty with written work and his spelling is well below that expected for his age.
He has been excluded for a fixed period twice this year after incidents in the playground.

Section E
By July 2027 Leon will complete a 15-minute task with one prompt.

Section F
Access to movement breaks. Differentiated curriculum. Support from an adult at
unstructured times where possible.

Section I
[Left blank - to be completed when the plan is finalised]

-- 14/09/2026 09:16 FROM 01632960721 TO 01632960759 P.7/7 --
"""

DAISY_DRAFT_DOCX = [
    ("org", SHORE),
    ("small", SHORE_SMALL),
    ("title", "Education, Health and Care Plan"),
    (
        "kv",
        [
            ("Child", "Isla Brennan"),
            ("Date of birth", "09/11/2021"),
            ("Current setting", "Little Herons Montessori Nursery, Shoremead"),
            ("Version", "1.0 consultation - for parent and setting comment"),
            ("Date", "27 April 2026"),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "A. All about Isla"),
    (
        "p",
        "Isla is a determined, funny girl who loves water play, stickers and her big brother Finn. Her parents would like her to start school with her friends from nursery and to be safe at lunchtime.",
    ),
    ("h", 2, "B. Isla's needs"),
    (
        "p",
        "Isla has cerebral palsy (right hemiplegia). She walks with an ankle-foot orthosis and falls when tired. She has difficulty with fine motor tasks using her right hand. Isla has a history of seizures, controlled by medication.",
    ),
    ("h", 2, "E. Outcomes"),
    (
        "p",
        "By the end of Reception, Isla will move around the classroom and outdoor area safely. By the end of Reception, Isla will use both hands to manage her coat and lunchbox with one prompt.",
    ),
    ("h", 2, "F. Special educational provision"),
    (
        "p",
        "An adult to support Isla at lunch, in PE and in the outdoor area. A daily fine motor programme set by the occupational therapist. Staff trained in her seizure plan.",
    ),
    ("h", 2, "I. Placement"),
    ("p", "To be confirmed following consultation."),
    ("p", "Comments on this version should be returned to the Casework Hub within 15 days."),
]

# --- annual reviews ---------------------------------------------------------------------

TAMSIN_REVIEW = [
    ("org", "St Piran's Church of England First School"),
    ("small", "Chapel Hill, Westhaven, Isle of Carrow CW2 7PL  |  Headteacher: Mrs H. Rowse"),
    ("title", "Annual Review of an Education, Health and Care Plan - Report"),
    (
        "kv",
        [
            ("Pupil", "Tamsin Penhallow, Year 4"),
            ("Date of meeting", "3 March 2027"),
            (
                "Present",
                "Kerensa Penhallow (mum), Mrs Carne (class teacher), Ms Tonkin (SENCo), Abi Lanyon (SLT), Tamsin (first 10 minutes)",
            ),
            ("Apologies", "Carrow EPS; audiology"),
        ],
        [0.3, 0.7],
    ),
    ("h", 2, "Views of Tamsin"),
    (
        "p",
        "Tamsin said she likes lunch club and her new friend Ava. She does not like spelling tests.",
    ),
    ("h", 2, "Views of parent"),
    (
        "p",
        "Mum is pleased with Tamsin's confidence but worried about the move to middle school in September 2027.",
    ),
    ("h", 2, "Progress towards outcomes"),
    (
        "grid",
        [
            ["Outcome", "Progress", "Keep / change"],
            ["Two-step instruction without visual prompt", "Achieved on 3 days out of 5", "Keep"],
            ["Reading aloud at own level, 90% accuracy", "Currently 82% at Turquoise band", "Keep"],
            [
                "Lunch without distress",
                "Achieved - attends lunch club daily",
                "Change to a new outcome for middle school",
            ],
        ],
        [0.4, 0.35, 0.25],
    ),
    ("h", 2, "Recommendations of the review meeting"),
    (
        "bul",
        [
            "The plan should be amended: Section I to name a middle school for September 2027.",
            "The speech and language therapy programme should continue at the same level.",
            "A transition plan to begin in the summer term, with extra visits.",
        ],
    ),
    ("p", "This report is sent to the local authority within two weeks of the meeting."),
    ("sig", ["Ms E. Tonkin, SENCo", "10 March 2027"]),
]

HARRISON_REVIEW_EML = """Dear Mr and Mrs Beddows,

Thank you for coming in on Monday. As agreed, I have typed up the review paperwork below
so you have it before it goes to the borough. Please let me know by Friday if anything is
wrong.

ANNUAL REVIEW RECORD - EHC PLAN
Pupil: Harrison Beddows   Year 6   Nantwold Brook Academy
Review meeting: 18 May 2026   Chair: Mrs Gill Shenton, SENCo
Attendees: Mr and Mrs Beddows; Harrison (views given beforehand); Mrs Shenton; Mr Ollerton
(class teacher); Jade Brereton (Autism Outreach Team). Invited, did not attend: SEN Officer.

1. Harrison's views
Harrison made a PowerPoint. He said the quiet base "helps my brain" and that he is scared
of the big corridors at Saltley High.

2. Parents' views
Mr and Mrs Beddows feel the plan does not reflect how anxious Harrison is in the morning.
They would like the plan to include a phased start at secondary and regular sessions with
the Autism Outreach Team.

3. Progress against outcomes
Attendance: 84% this term (up from 71%). Break card: used independently in most lessons.
Handwriting: still slow; laptop used for all extended writing.

4. Changes recommended by the meeting
- Section B to include Harrison's morning anxiety and his sensory needs in the canteen.
- Section F to specify Autism Outreach Team involvement (half-termly visits) and a
  six-week phased start at secondary.
- Section I: Saltley High School confirmed by parents.

5. Next steps
School to send this record and the reports to the local authority by 1 June 2026. The
local authority must tell the family within four weeks of the meeting whether it will
keep, amend or cease the plan.

Gill Shenton
SENCo, Nantwold Brook Academy
01632 960561
"""

SHORE_REVIEW_SCAN = """Shoremead Borough Council
ANNUAL REVIEW OF EHC PLAN - RECORD OF MEETING (form AR2)

Child / young person: Kofi Mensah-Baird        Date of birth: 07/09/2018
Setting: Saltcote Infant School                 Year group: 2
Date of review meeting: 09/06/2026              Date of current plan: 10/03/2026

Section 1: Who attended
Abena Mensah-Baird (mother); Mrs S. Quaye (headteacher); Miss T. Harland (class teacher);
Bethan Moyle (NHS speech and language therapist). Apologies: independent SLT.

Section 2: Views of the child
Kofi drew a picture of himself on the sea wall "talking to my friends". He said Miss
Harland understands him "mostly".

Section 3: Views of the parent
Mother says Kofi is more confident but still gets upset when people do not understand
him. She wants direct therapy named in Section F with hours.

Section 4: Progress towards outcomes
Speech: familiar adults understand Kofi about 70% of the time in short conversations.
Reading: knows 31 of the 60 target words.

Section 5: Is the plan still appropriate?    [ ] Yes, no changes   [X] Amend   [ ] Cease
Reasons: Section F is not specific about therapy. The meeting agreed Section F should say
who delivers speech therapy and how often.

Section 6: Recommended amendments
B: add difficulty with phonological awareness.
F: direct speech and language therapy, 30 minutes weekly, by an SLT, plus a daily
10-minute practice by a trained TA.
I: no change. Kofi moves to Saltcote Junior School in September 2026 (same site).

Signed (chair): S. Quaye            Date: 09/06/2026
Sent to SEN Casework Hub: 15/06/2026
"""

MIDDLE_TRANSFER = [
    ("org", "Quayside Middle School"),
    ("small", "Part of the Isle of Carrow three-tier system  |  Brackport Road, Westhaven CW3 1JE"),
    ("title", "Phase transfer annual review - Year 8 to high school"),
    ("lab", "Pupil", "Noah Trewin (Year 8), date of birth 28 September 2014"),
    ("lab", "Meeting held", "6 October 2026, at Quayside Middle School"),
    (
        "lab",
        "Present",
        "Mr and Mrs Trewin, Noah, Mr G. Pascoe (SENCo), Ms R. Jory (Carrow High School SENCo), Lorna Hocking (Carrow SEND Team)",
    ),
    ("h", 2, "Noah's views"),
    (
        "p",
        "Noah said he wants to go to Carrow High School with his friends and to do design technology. He worries about getting lost and about the bus.",
    ),
    ("h", 2, "Parents' views"),
    (
        "p",
        "Mr and Mrs Trewin want Noah to keep his one-to-one support for literacy and want the high school to know about his epilepsy plan.",
    ),
    ("h", 2, "Review of outcomes"),
    (
        "p",
        "Noah has met his outcome for using a reading pen in lessons. His spelling age has risen from 7y2m to 8y6m over the year. The outcome on organising his own equipment is partly met.",
    ),
    ("h", 2, "Agreed at the meeting"),
    (
        "num",
        [
            "The plan should be amended to name Carrow High School in Section I from September 2027.",
            "Section E to be updated with outcomes for Key Stage 4.",
            "Section F to keep specialist literacy teaching (3 x 30 minutes weekly) and to add a transition programme.",
            "The local authority to issue the amended plan by 15 February 2027.",
        ],
    ),
    ("sig", ["Completed by G. Pascoe, SENCo", "9 October 2026"]),
]

DOCUMENTS: list[dict] = [
    {
        "name": "Tamsin - plan (comments).pdf",
        "kind": "ehcp_final",
        "blocks": TAMSIN_FINAL,
        "footer": "Isle of Carrow EHC Plan - Tamsin Penhallow - final 12/03/2026",
    },
    {
        "name": "Section B bundle - Harrison.pdf",
        "kind": "ehcp_final",
        "blocks": HARRISON_BUNDLE,
        "footer": "EH661/26/00417    B{n}",
        "sans": True,
    },
    {
        "name": "Fwd_ Kofi.eml",
        "kind": "ehcp_final",
        "text": KOFI_FWD,
        "headers": headers(
            "Abena Mensah-Baird <abena.mensahbaird@example.org>",
            "Marguerite Oduya <marguerite@oduyaspeech.example.org>",
            "Fwd: FINAL EHC PLAN - Kofi Mensah-Baird - Case 26/0388",
            "Tue, 10 Mar 2026 19:22:04 +0000",
        ),
    },
    {
        "name": "XeroxScan_20260320_0915.pdf",
        "kind": "ehcp_final",
        "text": XEROX_FINAL,
        "ocr": True,
        "running": "Daisy-Mae Pollard EHC Plan",
    },
    {"name": "Ruby review outcome.docx", "kind": "ehcp_final", "blocks": RUBY_AMENDED_FINAL},
    {
        "name": "Ellis EHCP 2026.pdf",
        "kind": "ehcp_draft",
        "blocks": ELLIS_DRAFT,
        "watermark": "DRAFT",
        "accent": "00606B",
    },
    {
        "name": "FW_ Ruby - for your comments.eml",
        "kind": "ehcp_draft",
        "text": RUBY_FWD_DRAFT,
        "headers": headers(
            "Laura Cheetham <senco@saltleyhigh.example.org>",
            "rachel.ashcroft@example.org",
            "FW: Ruby Ashcroft - proposed amended EHC plan following annual review",
            "Wed, 10 Dec 2025 08:03:40 +0000",
        ),
        "qp": True,
    },
    {"name": "fax 0914.pdf", "kind": "ehcp_draft", "text": FAX_DRAFT, "ocr": True},
    {"name": "Isla plan v1.docx", "kind": "ehcp_draft", "blocks": DAISY_DRAFT_DOCX, "sans": True},
    {"name": "Tamsin Y4 report.pdf", "kind": "annual_review", "blocks": TAMSIN_REVIEW},
    {
        "name": "Re_ Harrison review paperwork.eml",
        "kind": "annual_review",
        "text": HARRISON_REVIEW_EML,
        "headers": headers(
            "Gill Shenton <g.shenton@nantwoldbrook.example.org>",
            "beddows.family@example.org",
            "Re: Harrison review paperwork",
            "Wed, 20 May 2026 16:40:12 +0100",
        ),
        "html": True,
    },
    {"name": "Scan_20260612.pdf", "kind": "annual_review", "text": SHORE_REVIEW_SCAN, "ocr": True},
    {"name": "transfer.docx", "kind": "annual_review", "blocks": MIDDLE_TRANSFER},
]
