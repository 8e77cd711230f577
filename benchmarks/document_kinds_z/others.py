# ruff: noqa: E501
"""Views and other papers of set Z: parents' views (a form with boxes, a grandmother's and
mother's letter, comments on a draft in an e-mail, a father's notes), children's and
young people's views (a talking mat record, a young person's own statement, a sheet
photographed), and other papers (a DWP award, a Blue Badge refusal, a school trip form, a
fax cover sheet on its own, a SENDIASS checklist). All invented."""

from __future__ import annotations

from document_kinds_z.common import SARROW, WYCH, doc, mail

PARENT_FORM = f"""
! {SARROW}

T Parent and Carer Advice - EHC Needs Assessment (Appendix 1)

K Child | Kestrel Penhallow-Ruiz
Completed by | Morwenna Penhallow (mother)
Date | 12 January 2026

B What is Kestrel like at home?

He is funny and loving and knows every ferry timetable. After school he is exhausted and often melts down as soon as he gets in the car.

B What are your worries?

That he is alone at lunchtime and hides in the toilets. That he will be sent to a school on the mainland.

B What would help?

A quiet place to eat, a friend group, and staff who understand autism. We want him to stay on the island.
"""

MUM_LETTER = """
Dear Sir or Madam,

Our views - Sunniva Okafor-Blythe

We are Sunniva's mum and dad, and her nan, who looks after her three days a week, has helped us write this.

Sunniva is a happy, determined little girl. At home she uses Makaton and a few words, but strangers do not understand her and she gets upset. She cannot yet dress herself or use the toilet without help.

We want her plan to say exactly how much speech and language therapy she will get and who will do it. We are worried that the teaching assistant changes every year.

We would like her to stay with her friends and move on to Brickhill Green Middle School.

Signed Abena Okafor, Stuart Blythe and Pauline Blythe
"""

DRAFT_COMMENTS = """
Dear Mr Abernathy-Shaw,

Thank you for sending Maisie's draft plan. Our comments are below.

Box B: it says "social communication difficulty". Please add her restricted eating, her low weight and the constipation, which the school nurse described, and the fact that she cannot eat in the hall.

Box F: "adult support at lunchtimes as required" and "a sensory break when needed" do not say how much or who. We would like: a named adult at lunch every day in a small room; a sensory break of 10 minutes every morning and afternoon.

Box I: we would like Saltwich Meadow Primary School to be named.

We would like a meeting to discuss these comments.

Lorna Chetwynd (mum)
"""

DAD_NOTES = """
Things to say at Piran's review (Dad)
- He is much more confident since hydrotherapy - tell them!
- Reading: still can't read the ferry timetable. He wants to.
- Worried about Year 9 options, he'll be lost in big classes.
- Homework takes 2 hours every night, ends in tears.
- Want the plan to say how often precision teaching happens, not just "daily" - is it really daily?
- Ask about the independent report (Dr Castellane) - has the council read it?
"""

TALKING_MAT = """
! Marston Vale Council - Pupil Voice

T My views - recorded with a Talking Mat

K Name | Hafsa Lindgren-Ali
Recorded by | Mrs Doyle (key adult), 22 May 2026

Hafsa did not speak but placed picture cards on the mat under "like", "not sure" and "don't like".

B Things Hafsa likes

Drawing, the sand tray, playing with Amira, her cat, going to the park.

B Not sure

Assembly, lunchtime.

B Things Hafsa does not like

When people ask her questions, the register, the big hall.

Hafsa pointed to the quiet room picture when asked where she would like to work.
"""

YP_STATEMENT = """
My views - Lucian Varga-Pettersen (for the tribunal)

I am 15. I am autistic. I want the judge to know why I can't go back to a big school.

At Brickhill Green there are 1,400 people. The corridors are so loud that I can't think, and by period 3 I have to leave or I will explode. Teachers say "you look fine". I am not fine.

At Tidewater I do boats and maps with four other people. I know what is happening every day. I actually learn things.

What I want: a small school where people get autism, where I can do GCSEs in science and geography, and where I don't have to pretend all day.

Lucian
"""

PUPIL_SHEET_PHOTO = """
ALL ABOUT ME  (one page profile)
Name: Ayaan   Age: 5
What people like about me: smiley, loves trains, gives good hugs
What is important to me: my blue train, bubbles, Mummy at home time
How best to support me: show me a picture of what comes next, use my name first, let me have my chewy
What I find hard: waiting, loud noises, new people
Written with Ayaan by: Nursery key person Miss Holt-Adebisi
"""

DWP_DLA = """
! Department for Work and Pensions

~ Disability Benefit Centre 9, Post Handling Site B, Freepost DWP DLA

T Disability Living Allowance for children - decision

K Child | Elowen Kowalczyk-Ross
Reference | DLA/C/999 604 1187
Date of this letter | 9 February 2026

Dear Ms Kowalczyk-Ross,

We have made a decision on your claim for Disability Living Allowance for Elowen.

We have decided that Elowen is entitled to the care component at the middle rate and is not entitled to the mobility component, from 14 November 2025 to 13 November 2028.

If you think this decision is wrong you can ask us to look at it again. This is called mandatory reconsideration. You must ask within one month of the date of this letter.

S Decision Maker, on behalf of the Secretary of State
"""

BLUE_BADGE = f"""
! {WYCH}

~ Blue Badge Team, Brine Pits House, Saltwich CW9 5LT

Dear Mrs Oduya-Fitch,

Blue Badge application reference BB/26/18832 - Solomon

Thank you for applying for a Blue Badge. Your application has been approved under the walking criteria. Your badge will be posted within 10 working days and is valid for three years.

S Blue Badge Team
"""

TRIP_FORM = """
Portwick Harbour Primary School
Year 4 residential trip - Carrow Point Outdoor Centre, 18-20 May 2026
Consent and medical form

Child's name: Ottilie Brannigan-Seo
Medical conditions / allergies: none
Medication: none
Dietary needs: vegetarian
Does your child have any additional needs we should plan for? Yes - gets anxious at night, please let her share with Poppy.
Emergency contact: Erin Brannigan-Seo 07700 900518
I give permission for my child to take part in the activities listed (kayaking, climbing, night walk).
Signed: E Brannigan-Seo
"""

FAX_COVER_ONLY = """
FAX COVER SHEET
Island SEND Hub, County Hall, Quay Street, Portwick PW1 4QA
Tel 01632 960310   Fax 01632 960311
To: Hollowshore Medical Practice     Attn: Dr Hanley
From: Aled Pryce-Tamsin
Date: 02/04/2026    Pages: 5 including cover
Re: Piran Walsh-Obuya
Message: Please see attached for your records. If you have received this fax in error please telephone us immediately and destroy the pages.
CONFIDENTIALITY: This fax contains personal information and is intended only for the addressee.
"""

SENDIASS_CHECKLIST = """
! Island SENDIASS

T Preparing for your tribunal hearing - a checklist

- Read the bundle as soon as it arrives and check every document you sent is in it.
- Check the working document: are your proposed wordings for Sections B and F in the right column?
- Tell the tribunal who your witnesses are by the date in the directions.
- Prepare a one-page summary of what you want in Section F and why.
- On the day: have water, the bundle (paper or tablet), and a note of page numbers.

Island SENDIASS is free, impartial and confidential. Call 01632 960380.
"""

DOCUMENTS = [
    doc("Appendix 1.pdf", "parent_views", PARENT_FORM, accent="0E6E6E"),
    doc("Sunniva letter from us.docx", "parent_views", MUM_LETTER),
    doc(
        "Re_ Draft EHC plan - Maisie.eml",
        "parent_views",
        DRAFT_COMMENTS,
        headers=mail(
            "Lorna Chetwynd <lorna.chetwynd@example.org>",
            "Gethin Abernathy-Shaw <g.abernathy-shaw@wychmere.example.org>",
            "Re: Draft EHC plan - Maisie Chetwynd-Oduya",
            "Mon, 25 May 2026 21:33:00 +0100",
        ),
    ),
    doc("Notes for review.txt", "parent_views", DAD_NOTES),
    doc("Hafsa voice.docx", "child_views", TALKING_MAT),
    doc("Lucian statement.txt", "child_views", YP_STATEMENT),
    doc("PXL_20251203_090611.pdf", "child_views", PUPIL_SHEET_PHOTO, ocr=0.08),
    doc("Elowen decision letter.pdf", "other", DWP_DLA),
    doc("Solomon badge.docx", "other", BLUE_BADGE),
    doc("Ottilie Carrow Point.pdf", "other", TRIP_FORM, ocr=True),
    doc("Piran fax 2 April.pdf", "other", FAX_COVER_ONLY, ocr=True),
    doc("tribunal checklist.pdf", "other", SENDIASS_CHECKLIST),
]
