# ruff: noqa: E501
"""Shared pieces of set W: e-mail headers, the invented bodies' letterhead lines, and the
section text of the plans (each plan lays it out in its own way)."""

from __future__ import annotations


def headers(frm: str, to: str, subject: str, date: str, cc: str = "") -> dict:
    out = {"From": frm, "To": to}
    if cc:
        out["Cc"] = cc
    return {**out, "Subject": subject, "Date": date}


ORRIN = "Isle of Orrin Council"
ORRIN_SMALL = "Children's Services - SEN and Inclusion | Harbour Offices, Quay Street, Port Esk OR1 4QT | 01632 960711 | sen.team@example.org"
DANE = "Dane Vale Borough Council"
DANE_SMALL = "Education, Health and Care Hub | Brine House, Wych Lane, Salterwich DV4 7SB | 01632 960744 | ehchub@example.org"
ORRIN_TRUST = "Orrin Health and Care NHS Trust"
DANE_TRUST = "Weaver and Dane Community Health NHS Trust"
NORTHGATE = "Northgate Children's Hospital NHS Foundation Trust"
TRIBUNAL = "First-tier Tribunal (Special Educational Needs and Disability)"
TRIBUNAL_SMALL = (
    "HM Courts & Tribunals Service | SEND Tribunal | send.tribunal@example.org | 01632 960900"
)

# Section text of four plans: (letter, heading words, paragraphs)
MAISIE = {
    "A": [
        "Maisie lives in Kilcraig with her mum, dad and her brother Fin. She loves the ferry, drawing horses and the beach at Sandwick. She wants to go to the big school in Port Esk with her friends from Kilcraig Primary.",
        'Maisie\'s parents say: "We want Maisie to be confident enough to ask for help and to have friends who understand her."',
    ],
    "B": [
        "Communication and interaction: Maisie has a diagnosis of developmental language disorder. Her understanding of spoken language is at around the level expected of a child two years younger. She finds it hard to follow instructions with more than two parts and to retell events in order.",
        "Cognition and learning: Maisie's reading accuracy is below the 5th centile. She has difficulty holding information in working memory and needs repetition to learn new vocabulary.",
        "Social, emotional and mental health: Maisie becomes anxious when routines change, for example when the ferry timetable changes or a supply teacher takes her class.",
    ],
    "C": [
        "Maisie has glue ear and wears a hearing aid in her left ear (Orrin Health and Care NHS Trust audiology)."
    ],
    "D": [
        "Maisie is not known to children's social care. The family receive a short breaks direct payment of 2 hours a week."
    ],
    "E": [
        "By the end of Key Stage 2 Maisie will follow three-part instructions in class without an adult repeating them.",
        "By July 2027 Maisie will read and understand texts at a Year 4 level.",
    ],
    "F": [
        "Speech and language therapy: a programme written by a speech and language therapist, delivered by a trained teaching assistant for 30 minutes three times a week, with the therapist reviewing it every half term.",
        "Daily small-group phonics intervention (Read Write Inc. Fresh Start or equivalent) for 20 minutes, led by a trained teaching assistant.",
        "Pre-teaching of topic vocabulary twice weekly; visual timetable; advance warning of changes to routine.",
    ],
    "G": ["Annual hearing review by Orrin Health and Care NHS Trust audiology."],
    "H1": ["None."],
    "H2": ["Short breaks: 2 hours per week through a direct payment."],
    "I": ["Kilcraig Primary School (mainstream), Kilcraig, Isle of Orrin."],
    "J": ["Not applicable."],
    "K": [
        "Advice from parents; Kilcraig Primary School; Dr Helen Marr, Educational Psychologist; Orrin Speech and Language Therapy Service; Community Paediatrics."
    ],
}
