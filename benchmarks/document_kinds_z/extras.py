# ruff: noqa: E501
"""Four documents of set Z added after the first commit, from the design note on real
plans and reports: a final plan with a contents list, numbered sections under the
regulation's wording and outcomes before needs; a draft whose needs, outcomes and provision
share one table per area of need, marked as a draft only by its watermark; a speech and
language therapist's review whose recommendations sit in narrative and in a What | Who |
How often table; and an educational psychologist's long report with test tables and
options. All invented."""

from __future__ import annotations

from document_kinds_z.common import VALE, VALE_SMALL, WYCH, WYCH_SMALL, blocks

NUMBERED_FINAL = blocks(f"""
! {VALE}

~ {VALE_SMALL}

T Education, Health and Care Plan

K Name | Dobromir Lisowski-Hart
Date of birth | 02/11/2017
Date of issue | 6 May 2026 (final)

B Contents

Section 1: The views, interests and aspirations of the child and his parents.
Section 2: The outcomes sought for the child.
Section 3: The child's special educational needs.
Section 4: The child's health care needs which relate to his SEN.
Section 5: The child's social care needs.
Provision - Sections 6 to 9
Resources - Sections 10 and 11
Appendices

# Section 1: The views, interests and aspirations of the child and his parents.

D loves football and drawing superheroes. His parents want him to read in Polish and in English.

# *Section 2: The outcomes sought for the child.

By the end of Year 4 D will read a book at the level of his class with 95% accuracy.

# Section 3: The child's special educational needs.

D has a specific difficulty with phonological processing and poor working memory; his reading and spelling are well below those of his peers in both languages.

# Section 4: The child's health care needs which relate to his SEN.

None identified.

# Section 5: The child's social care needs.

None identified.

B Provision

# Section 6: The special educational provision required by the child.

daily phonics programme, 1:1 or in a pair

short and frequent sessions. Three 15-minute sessions a week of precision teaching, delivered by a trained TA. The emphasis will be on high-frequency words.

pre-teaching of vocabulary as outlined in the EP report

# Section 7: Any health provision.

None.

# Section 8 and 9: Social care provision.

None.

B Resources

# Section 10: The name and type of the school.

Kilnworth Lower School (maintained lower school).

# Section 11: Personal budget.

Not requested.

B Appendices

Appendix A: Advice from parents. Appendix B: Educational psychology advice (F. Aldridge-Nakamura). Appendix C: School advice.
""")

MERGED_DRAFT = blocks(f"""
! {WYCH}

~ {WYCH_SMALL}

T EHC Plan - Kit Bramwell-Eze

K Date of birth | 15/01/2014
Placement | Saltwich Academy
Social worker | Looked after by Wychmere Borough Council

# About me (Box A)

Kit likes BMX, cooking and his foster carer's dog. He wants to "stop getting sent out".

# My needs, outcomes and the help I will get

G Box B - Needs | Box E - Outcomes | Box F - Provision
Social, emotional and mental health: Kit has experienced early trauma; he is hypervigilant and reacts explosively when he feels shamed. | Kit will stay in class for a whole lesson in 4 out of 5 lessons by July 2027. | a consistent key adult; check-in at start and end of each day (10 minutes); PACE approach by all staff
Cognition and learning: gaps in reading and maths after missed schooling. | Kit will reach the expected standard in reading by the end of Year 10. | catch-up literacy 3-4 times each week, up to 30 minutes

# Box I - School

Saltwich Academy.
""")

SLT_TABLE = blocks("""
! Mid Wych Community Health NHS Trust - Speech and Language Therapy

T Review of Speech and Language Therapy - NEH (Year 8)

NEH was reviewed on 10 July 2026 at Lostock Vale High School after a block of eight fluency sessions with the specialist therapist; she attended all of them, and her mother, her form tutor and the SENCo were present for the last ten minutes, in which we discussed what has changed at school since the card system was introduced in May and what she still avoids.

Her stammer is now rated moderate (SSI-4 score 22). She still avoids reading aloud. NEH will have a further block of six sessions in the autumn term, and the SLT will visit school once to train her teachers.

G What | Who | How often
Fluency therapy (block of six sessions) | Specialist SLT | weekly, autumn term
Card system to signal when she wants to speak | all teaching staff | every lesson
Alternative to reading aloud and oral presentations | class teachers | every lesson unless NEH chooses

S Carys Bellamy-Oteng, Highly Specialist SLT (fluency)
""")

EP_LONG = blocks("""
! Marston Vale Educational Psychology Service

T Educational Psychology Report

K Child | Solomon Oduya-Fitch
Date of birth | 25/08/2016
Reason for involvement | Request for advice on transfer to middle school

# Background

Solomon has cerebral palsy (spastic diplegia) and uses ankle-foot orthoses. His mother reports that he is increasingly frustrated by how long written work takes and has started to say he is "stupid", which, given that his reasoning has always been a strength, is a change that staff have also noticed in class and in the playground.

# Assessment results

G Test | Subtest | Standard score | Descriptor
BAS3 | Verbal similarities | 108 | Average
BAS3 | Matrices | 104 | Average
BAS3 | Recall of digits forward | 86 | Below average
WIAT-III | Word reading | 97 | Average
WIAT-III | Spelling | 84 | Below average
Beery VMI | Visual-motor integration | 72 | Very low

# Interpretation

Solomon's reasoning is in the average range. His visual-motor integration is very low and limits the amount and legibility of his handwriting, and his verbal working memory is below average.

# Options for the middle school

Plan A: Brickhill Green Middle School, on one level, with a laptop and a TA for practical lessons.

Plan B: a split-site school, only if a lift pass, timetabled moves and a TA escort between sites are in place.

The school will give Solomon a laptop with predictive text for all extended writing and will teach him to touch type, 15 minutes daily. Staff will chunk instructions and give him written copies.

S Dr Femi Aldridge-Nakamura, Educational Psychologist
""")

DOCUMENTS = [
    {
        "name": "Dobromir plan (contents).pdf",
        "kind": "ehcp_final",
        "blocks": NUMBERED_FINAL,
        "footer": "Marston Vale Council",
    },
    {"name": "Kit EHCP.docx", "kind": "ehcp_draft", "blocks": MERGED_DRAFT, "watermark": "DRAFT"},
    {"name": "Nyah July.pdf", "kind": "salt_report", "blocks": SLT_TABLE},
    {"name": "Solomon middle school.pdf", "kind": "ep_report", "blocks": EP_LONG},
]
