"""Write the fictional demo case (Finley Marwood v Brackenmoor) into resources/demo/files/."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import zipfile
from collections.abc import Callable, Sequence
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

from reportlab import rl_config

rl_config.invariant = 1

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"

# ---------------------------------------------------------------------------
# The invented case. Every person, place, organisation and number is fictional:
# BQ is not a UK postcode area and 01632 960xxx is Ofcom's drama range.
# ---------------------------------------------------------------------------

CHILD = "Finley Marwood"
FIRST = "Finley"
DOB = "2017-03-08"
MOTHER = "Joanna Marwood"
FATHER = "Daniel Marwood"
HOME = ["14 Tenterfield Close", "Brackenmoor", "BQ3 6LW"]
COUNCIL = "Brackenmoor Borough Council"
SEND_TEAM = "SEND Assessment and Review Team"
COUNCIL_ADDR = ["Civic Offices, 2 Weavers Row", "Brackenmoor", "BQ1 2AA"]
SCHOOL = "Hollin Brook Primary School"
SCHOOL_ADDR = "Hollin Brook Primary School, Coldwell Lane, Brackenmoor BQ5 8JE"
TRUST = "Eastvale Community Health NHS Trust"
CASEWORKER = "Leon Partridge"
SENCO = "Priya Castell"
EP = "Dr Rosalind Okafor-Venn"
SALT = "Kirsty Dunmore"
OT = "Sophie Trenchard"
ADVOCATE = "Maya Reilly"
MEDIATOR = "Gareth Lowndes"
MEDIATION_SERVICE = "Amberfield SEND Mediation Service"
TRIBUNAL_REF = "EH945/26/03182"

PHONE = {
    "council": "01632 960114",
    "school": "01632 960287",
    "ep": "01632 960452",
    "salt": "01632 960531",
    "ot": "01632 960533",
    "mediation": "01632 960731",
    "advocate": "01632 960908",
    "home": "01632 960645",
}
EMAIL = {
    "caseworker": "leon.partridge@example.org",
    "send_team": "send.assessment@example.org",
    "senco": "senco.hollinbrook@example.org",
    "ep": "ep.service@example.org",
    "salt": "childrens.slt@example.org",
    "ot": "childrens.ot@example.org",
    "mediation": "mediation@example.org",
    "advocate": "maya.reilly@example.org",
    "parent": "joanna.marwood@example.org",
}

DATES = {
    "senco_letter": "2025-09-22",
    "request_received": "2025-09-29",
    "decision_to_assess": "2025-11-07",
    "ep_report": "2025-12-12",
    "salt_report": "2026-01-16",
    "draft_plan_served": "2026-04-17",
    "final_plan_issued": "2026-06-26",
    "decision_letter": "2026-06-26",
    "mediation_meeting": "2026-07-28",
    "mediation_certificate": "2026-07-31",
    "appeal_lodged": "2026-08-20",
    "appeal_registered": "2026-09-04",
    "parent_views": "2026-10-05",
    "ot_email": "2026-10-14",
    "ot_report": "2026-11-13",
    "evidence_deadline": "2027-01-22",
    "hearing": "2027-03-10",
}


def long_date(iso: str) -> str:
    """Format an ISO date the way British letters do: 26 June 2026."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d:%B %Y}"


FIXED_ZIP_TIME = (2026, 6, 26, 9, 0, 0)
FIXED_CORE_TIME = dt.datetime(2026, 6, 26, 9, 0, 0)

# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------

PageFn = Callable[[Canvas, Any], None]


def styles(
    font: str = "Helvetica", accent: str = "#23565E", size: float | None = None
) -> dict[str, ParagraphStyle]:
    """Paragraph styles for one document family (body font, accent colour, body size)."""
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    italic = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[font]
    if size is None:
        size = 10.5 if font == "Helvetica" else 11.5
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=17, leading=21, spaceAfter=4),
        "sub": ParagraphStyle(
            "sub",
            fontName=italic,
            fontSize=size - 1,
            leading=13,
            spaceAfter=10,
            textColor=colors.HexColor("#444444"),
        ),
        "h": ParagraphStyle(
            "h",
            fontName=bold,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            textColor=colors.HexColor(accent),
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            fontName=bold,
            fontSize=size,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.38, spaceAfter=6),
        "li": ParagraphStyle(
            "li",
            fontName=font,
            fontSize=size,
            leading=size * 1.38,
            spaceAfter=3,
            leftIndent=20,
            bulletIndent=6,
        ),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=12),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=9.5, leading=12),
        "right": ParagraphStyle(
            "right", fontName=font, fontSize=size, leading=14, alignment=TA_RIGHT
        ),
        "centre": ParagraphStyle(
            "centre", fontName=font, fontSize=size, leading=15, alignment=TA_CENTER, spaceAfter=6
        ),
        "centreb": ParagraphStyle(
            "centreb",
            fontName=bold,
            fontSize=size + 1,
            leading=16,
            alignment=TA_CENTER,
            spaceAfter=6,
        ),
        "small": ParagraphStyle(
            "small", fontName=font, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")
        ),
    }


def esc(text: str) -> str:
    """Escape text for a reportlab Paragraph."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def details_table(
    rows: Sequence[tuple[str, str]], st: dict[str, ParagraphStyle], shade: str = "#E6EEF0"
) -> Table:
    """A two-column label/value table."""
    data = [[Paragraph(esc(k), st["cellb"]), Paragraph(esc(v), st["cell"])] for k, v in rows]
    t = Table(data, colWidths=[4.8 * cm, 11.2 * cm])
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899A0")),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(shade)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def grid_table(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    st: dict[str, ParagraphStyle],
    head: str = "#D5E3E6",
) -> Table:
    """A table whose first row is a shaded header."""
    data = [
        [Paragraph(esc(c), st["cellb" if r == 0 else "cell"]) for c in row]
        for r, row in enumerate(rows)
    ]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899A0")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def bullets(items: Sequence[str], st: dict[str, ParagraphStyle]) -> list[Any]:
    """Bulleted paragraphs."""
    return [Paragraph(esc(i), st["li"], bulletText="\u2022") for i in items]


def numbered(items: Sequence[str], st: dict[str, ParagraphStyle], start: int = 1) -> list[Any]:
    """Numbered paragraphs, each kept whole on one page."""
    return [
        KeepTogether([Paragraph(esc(i), st["li"], bulletText=f"{n}.")])
        for n, i in enumerate(items, start=start)
    ]


def paras(texts: Sequence[str], st: dict[str, ParagraphStyle], style: str = "p") -> list[Any]:
    """Plain paragraphs."""
    return [Paragraph(esc(t), st[style]) for t in texts]


def marked(texts: Sequence[str], st: dict[str, ParagraphStyle], style: str = "p") -> list[Any]:
    """Paragraphs whose text already carries reportlab markup (<b>, <i>, <br/>)."""
    return [Paragraph(t, st[style]) for t in texts]


def build_pdf(
    path: Path | io.BytesIO,
    story: list[Any],
    title: str,
    author: str,
    first: PageFn,
    later: PageFn,
    top: float = 2.3,
    bottom: float = 2.0,
) -> None:
    """Lay out a story on A4 with page decorations."""
    doc = SimpleDocTemplate(
        str(path) if isinstance(path, Path) else path,
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=top * cm,
        bottomMargin=bottom * cm,
        title=title,
        author=author,
        subject="",
        creator="",
        producer="",
    )
    doc.build(story, onFirstPage=first, onLaterPages=later)


def running(header: str, footer: str, colour: str) -> PageFn:
    """A page decoration with a coloured rule, running header and page-numbered footer."""

    def draw(c: Canvas, doc: Any) -> None:
        w, h = A4
        c.saveState()
        c.setStrokeColor(colors.HexColor(colour))
        c.setLineWidth(1.2)
        c.line(2.2 * cm, h - 1.45 * cm, w - 2.2 * cm, h - 1.45 * cm)
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(2.2 * cm, h - 1.3 * cm, header)
        c.drawRightString(w - 2.2 * cm, 1.2 * cm, f"Page {doc.page}")
        c.drawString(2.2 * cm, 1.2 * cm, footer)
        c.restoreState()

    return draw


def letterhead(org: str, lines: Sequence[str], colour: str, footer: str) -> PageFn:
    """A first-page letterhead: a coloured band with the organisation's name and address."""

    def draw(c: Canvas, doc: Any) -> None:
        w, h = A4
        c.saveState()
        c.setFillColor(colors.HexColor(colour))
        c.rect(0, h - 2.6 * cm, w, 2.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(2.2 * cm, h - 1.2 * cm, org)
        c.setFont("Helvetica", 8.5)
        c.drawString(2.2 * cm, h - 1.75 * cm, lines[0])
        c.drawString(2.2 * cm, h - 2.15 * cm, "  |  ".join(lines[1:]))
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("Helvetica", 7.5)
        c.drawString(2.2 * cm, 1.2 * cm, footer)
        c.drawRightString(w - 2.2 * cm, 1.2 * cm, f"Page {doc.page}")
        c.restoreState()

    return draw


# ---------------------------------------------------------------------------
# Educational psychology report
# ---------------------------------------------------------------------------


def ep_report() -> None:
    st = styles("Helvetica", "#23565E")
    story: list[Any] = [
        Spacer(1, 0.6 * cm),
        Paragraph("Educational Psychology Advice", st["title"]),
        Paragraph(
            "Psychological advice for an Education, Health and Care needs assessment "
            "(SEND Regulations 2014, regulation 6(1)(d))",
            st["sub"],
        ),
        details_table(
            [
                ("Child", CHILD),
                ("Date of birth", long_date(DOB)),
                ("Age at assessment", "8 years 9 months"),
                ("School and year group", f"{SCHOOL}, Year 4"),
                ("Parents", f"{MOTHER} and {FATHER}"),
                ("Dates of involvement", "24 November, 1 December and 8 December 2025"),
                ("Date of report", long_date(DATES["ep_report"])),
                ("Author", f"{EP}, Educational Psychologist (HCPC PYL038814)"),
            ],
            st,
        ),
        Spacer(1, 6),
        Paragraph("1. Reason for involvement", st["h"]),
        *paras(
            [
                f"{COUNCIL} asked me to provide psychological advice after deciding on "
                f"{long_date(DATES['decision_to_assess'])} to carry out an EHC needs assessment "
                f"for {FIRST}. The request was made by his parents and was supported by the "
                "school. Everyone who contributed agreed that this report may be shared with "
                "the professionals involved in the assessment.",
                "To write it I observed Finley in class and at lunchtime, worked with him "
                "individually for two sessions, met his parents at home, and consulted his "
                "class teacher, Mr Ansell, and the school's SENCo, Mrs Castell.",
            ],
            st,
        ),
        Paragraph("2. Background", st["h"]),
        *paras(
            [
                "Finley lives with his parents and his sister Isla, who is six. He was "
                "diagnosed with autism by the Eastvale Child Development Centre in May 2023. "
                "A speech and language therapist assessed him in 2022 and described a "
                "language disorder; he was discharged in 2024 when the service changed its "
                "criteria and has since been re-referred.",
                "His parents describe a warm, funny boy who knows a great deal about railway "
                "signalling and will draw detailed maps of imaginary towns for hours. They "
                "report that he holds himself together at school and then becomes very "
                "distressed at home, often for an hour or more after pick-up. Mornings are "
                "difficult and his attendance this term is 88%.",
                "As a toddler Finley was slow to toilet train; this resolved by the age of "
                "five and is no longer a concern.",
            ],
            st,
        ),
        Paragraph("3. Observation", st["h"]),
        *paras(
            [
                "In a literacy lesson Finley sat at the end of a table of six. He did not "
                "begin the task until the teaching assistant repeated the instruction to him "
                "individually and showed him the first step on a whiteboard. He copied the "
                "date and title accurately but wrote two sentences in 25 minutes, while his "
                "peers wrote a paragraph.",
                "At lunchtime the hall was very loud. Finley covered his ears, ate little and "
                "left after eight minutes to walk the edge of the playground alone. He told me "
                'afterwards that the hall "hurts my head".',
            ],
            st,
        ),
        Paragraph("4. Assessment", st["h"]),
        Paragraph(
            "Finley completed selected scales of the British Ability Scales (third edition) "
            "and the York Assessment of Reading for Comprehension. He was cooperative but "
            "needed frequent reassurance and a visual list of the tasks. Standard scores have "
            "a mean of 100; roughly two thirds of children score between 85 and 115.",
            st["p"],
        ),
        grid_table(
            [
                ["Measure", "Standard score", "Descriptor"],
                ["Verbal ability (BAS3)", "81", "Below average"],
                ["Non-verbal reasoning (BAS3)", "104", "Average"],
                ["Spatial ability (BAS3)", "108", "Average"],
                ["Recall of digits backward (working memory)", "76", "Low"],
                ["Speed of information processing", "79", "Low"],
                ["Single word reading (YARC)", "97", "Average"],
                ["Reading comprehension (YARC)", "77", "Low"],
            ],
            [8.2, 3.2, 4.6],
            st,
        ),
        Spacer(1, 6),
        *paras(
            [
                "The gap between Finley's verbal and non-verbal scores is large and unusual. "
                "He reads words accurately but understands far less of what he reads, which "
                "fits the pattern of his language disorder rather than a specific difficulty "
                "with decoding.",
                "On the Spence Children's Anxiety Scale, completed with Finley and separately "
                "by his mother, scores for separation anxiety and generalised anxiety were in "
                "the elevated range.",
            ],
            st,
        ),
        Paragraph("5. Summary of needs", st["h"]),
        Paragraph("Communication and interaction", st["h2"]),
        *bullets(
            [
                "Finley has significant difficulty understanding spoken language, "
                "particularly long instructions and abstract vocabulary.",
                "He interprets language literally and finds it hard to infer how other "
                "people are feeling.",
                "He finds it hard to join in with peers' play and to repair a conversation "
                "when it goes wrong.",
            ],
            st,
        ),
        Paragraph("Cognition and learning", st["h2"]),
        *bullets(
            [
                "Finley's working memory and processing speed are weak, so he loses track of "
                "multi-step tasks.",
                "His reading comprehension is well below his word reading.",
                "Written recording is slow and effortful.",
            ],
            st,
        ),
        Paragraph("Social, emotional and mental health", st["h2"]),
        *bullets(
            [
                "Finley experiences high levels of anxiety, especially at transitions and "
                "during unstructured times.",
                "He masks his distress in school, and this leads to prolonged distress at home.",
            ],
            st,
        ),
        Paragraph("Sensory and physical", st["h2"]),
        *bullets(
            [
                "Finley is highly sensitive to noise; busy, echoing spaces such as the dining "
                "hall and assemblies overwhelm him.",
            ],
            st,
        ),
        Paragraph("6. Recommendations", st["h"]),
        Paragraph(
            "In my opinion Finley needs the following provision to make progress. Quantities "
            "are given so that the provision can be specified in an EHC plan.",
            st["p"],
        ),
        *numbered(
            [
                "Direct speech and language therapy from a qualified speech and language "
                "therapist, at the level set out in the speech and language therapy advice.",
                "A named key adult to meet Finley for 10 minutes at the start of every school "
                "day to preview the day's timetable and any changes, using a visual schedule.",
                "Pre-teaching of topic vocabulary by a teaching assistant, 1:1, three times a "
                "week for 15 minutes, before each new topic is introduced in class.",
                "A structured reading comprehension intervention in a group of no more than "
                "three pupils, three times a week for 20 minutes, delivered by a teaching "
                "assistant trained in the programme.",
                "Emotional literacy support (ELSA) from a trained ELSA, 1:1, 30 minutes "
                "weekly for at least 12 weeks, then reviewed with the educational psychologist.",
                "A structured, adult-led lunchtime club of no more than four pupils on at least "
                "three days a week, as an alternative to the dining hall and playground.",
                "A quiet, low-stimulus workspace in or next to the classroom, and ear defenders "
                "for assemblies and the dining hall.",
                "Instructions broken into single steps and backed by written or visual "
                "prompts in every lesson.",
                "Autism awareness training for Finley's class teacher and teaching assistant "
                "from the Brackenmoor Autism Outreach Team within the first term.",
            ],
            st,
        ),
        Spacer(1, 10),
        KeepTogether(
            paras(
                [
                    EP,
                    "Educational Psychologist",
                    "Brackenmoor Educational Psychology Service",
                    f"{PHONE['ep']}  |  {EMAIL['ep']}",
                ],
                st,
            )
        ),
    ]
    footer = f"EP advice: {CHILD}, DOB {long_date(DOB)}. Confidential."
    build_pdf(
        OUT / "ep_report.pdf",
        story,
        "Educational Psychology Advice - Finley Marwood",
        EP,
        letterhead(
            "Brackenmoor Educational Psychology Service",
            [COUNCIL, "Civic Offices, 2 Weavers Row, Brackenmoor BQ1 2AA", PHONE["ep"]],
            "#23565E",
            footer,
        ),
        running("Brackenmoor Educational Psychology Service", footer, "#23565E"),
        top=3.0,
    )


# ---------------------------------------------------------------------------
# Speech and language therapy report
# ---------------------------------------------------------------------------


def salt_report() -> None:
    st = styles("Times-Roman", "#5B2A6E")
    story: list[Any] = [
        Paragraph(TRUST, st["right"]),
        Paragraph("Children's Speech and Language Therapy", st["right"]),
        Paragraph("Riverside Health Centre, Mill Street, Brackenmoor BQ2 4HT", st["right"]),
        Spacer(1, 14),
        Paragraph("Speech and Language Therapy Advice", st["title"]),
        Paragraph("Advice for an EHC needs assessment", st["sub"]),
        details_table(
            [
                ("Name", CHILD),
                ("Date of birth", long_date(DOB)),
                ("NHS number", "999 482 1176"),
                ("School", SCHOOL),
                ("Seen", "8 January 2026 (school) and 13 January 2026 (clinic)"),
                ("Therapist", f"{SALT}, Highly Specialist Speech and Language Therapist"),
            ],
            st,
            shade="#EEE6F1",
        ),
        Spacer(1, 4),
        Paragraph("Assessment", st["h"]),
        *paras(
            [
                "I assessed Finley with the Clinical Evaluation of Language Fundamentals "
                "(CELF-5 UK), a narrative task and a classroom observation. Finley was "
                "friendly and worked hard, but he needed movement breaks every ten minutes.",
            ],
            st,
        ),
        grid_table(
            [
                ["CELF-5 UK index", "Standard score", "Percentile"],
                ["Core language", "72", "3"],
                ["Receptive language", "70", "2"],
                ["Expressive language", "78", "7"],
                ["Language content", "74", "4"],
            ],
            [7.6, 4.0, 4.4],
            st,
            head="#E3D6E8",
        ),
        Spacer(1, 6),
        Paragraph("Speech and language needs", st["h"]),
        *bullets(
            [
                "Finley has a language disorder associated with autism. His understanding "
                "of spoken language is in the lowest 2% for his age.",
                "He has difficulty following instructions with more than two key parts.",
                "His vocabulary is narrow, and he struggles with words for time, emotions "
                "and abstract ideas.",
                "He cannot yet tell a story or recount an event in a clear sequence.",
                "He has difficulty with social communication: taking turns, staying on a "
                "topic, and reading other people's intentions.",
            ],
            st,
        ),
        Paragraph(
            "His speech sounds are clear and fully intelligible; he needs no input for them.",
            st["p"],
        ),
        Paragraph("Recommendations", st["h"]),
        *numbered(
            [
                "Direct 1:1 speech and language therapy from a speech and language therapist "
                "for 45 minutes every week during term time, targeting receptive language, "
                "vocabulary and narrative.",
                "A daily programme set by the therapist and delivered by a trained teaching "
                "assistant, 20 minutes each day, 1:1 or in a pair.",
                "A termly visit by the therapist to review targets with school staff and "
                "parents, and to train the teaching assistant who delivers the programme.",
                "Use of a visual timetable and visual supports (for example Colourful "
                "Semantics) across the school day.",
                "A social communication group run by the therapist with the teaching "
                "assistant, 30 minutes weekly, no more than four children.",
            ],
            st,
        ),
        Spacer(1, 8),
        Paragraph(
            "Finley's needs will not be met by a programme alone: at his level of difficulty "
            "he needs regular direct work with a therapist.",
            st["p"],
        ),
        Spacer(1, 8),
        KeepTogether(
            paras(
                [
                    SALT,
                    "Highly Specialist Speech and Language Therapist (HCPC SL061273)",
                    f"{PHONE['salt']}  |  {EMAIL['salt']}",
                    f"Date: {long_date(DATES['salt_report'])}",
                ],
                st,
            )
        ),
    ]
    draw = running(
        f"{TRUST} - Children's Speech and Language Therapy",
        f"{CHILD} - SLT advice - {long_date(DATES['salt_report'])}",
        "#5B2A6E",
    )
    build_pdf(
        OUT / "salt_report.pdf",
        story,
        "Speech and Language Therapy Advice - Finley Marwood",
        SALT,
        draw,
        draw,
    )


# ---------------------------------------------------------------------------
# Occupational therapy report (commissioned during the appeal)
# ---------------------------------------------------------------------------


def ot_report() -> None:
    st = styles("Helvetica", "#2F5D2A")
    story: list[Any] = [
        Spacer(1, 0.6 * cm),
        Paragraph("Occupational Therapy Report", st["title"]),
        Paragraph(
            f"Commissioned by {COUNCIL} for the appeal to the First-tier Tribunal "
            f"(SEND), reference {TRIBUNAL_REF}",
            st["sub"],
        ),
        details_table(
            [
                ("Child", f"{CHILD} (DOB {long_date(DOB)})"),
                ("School", f"{SCHOOL}, Year 5"),
                ("Seen", "3 November 2026 (school) and 6 November 2026 (clinic)"),
                ("Therapist", f"{OT}, Specialist Occupational Therapist"),
            ],
            st,
            shade="#E5EFE3",
        ),
        Paragraph("Findings", st["h"]),
        *paras(
            [
                "On the Sensory Processing Measure (second edition) both home and school "
                "forms placed Finley's hearing and body-awareness scores in the definite "
                "difference range. In class he rocked on his chair and chewed his sleeve "
                "during a noisy practical lesson.",
                "On the Movement ABC-3 his manual dexterity was at the 9th centile. His "
                "handwriting is legible but slow: 7 words a minute when copying, against "
                "roughly 13 expected for his age, and his hand aches after ten minutes.",
            ],
            st,
        ),
        Paragraph("Needs", st["h"]),
        *bullets(
            [
                "Finley is over-responsive to noise and needs regular sensory regulation "
                "to stay calm enough to learn.",
                "His fine motor skills and handwriting speed are well below his age.",
            ],
            st,
        ),
        Paragraph("Recommendations", st["h"]),
        *numbered(
            [
                "A sensory circuit of 10 minutes at the start of every school day, led by a "
                "teaching assistant trained by the occupational therapist.",
                "Two planned movement breaks of 5 minutes in each morning and afternoon.",
                "A touch-typing programme, 3 times a week for 15 minutes, and a laptop for "
                "extended writing from Year 5.",
                "Ear defenders in assemblies and the dining hall, and a quiet place to eat lunch.",
                "Occupational therapy review each term, with training for school staff.",
            ],
            st,
        ),
        Spacer(1, 10),
        KeepTogether(
            paras(
                [
                    OT,
                    "Specialist Occupational Therapist (HCPC OT075290)",
                    f"{TRUST}, Children's Therapy",
                    f"{PHONE['ot']}  |  {EMAIL['ot']}",
                    f"Date: {long_date(DATES['ot_report'])}",
                ],
                st,
            )
        ),
    ]
    footer = f"OT report: {CHILD}. Prepared for tribunal proceedings."
    build_pdf(
        OUT / "ot_report.pdf",
        story,
        "Occupational Therapy Report - Finley Marwood",
        OT,
        letterhead(
            "Eastvale Children's Therapy",
            [TRUST, "Riverside Health Centre, Mill Street, Brackenmoor BQ2 4HT", PHONE["ot"]],
            "#2F5D2A",
            footer,
        ),
        running("Eastvale Children's Therapy", footer, "#2F5D2A"),
        top=3.0,
    )


# ---------------------------------------------------------------------------
# Decision letter issuing the final plan
# ---------------------------------------------------------------------------


def decision_letter() -> None:
    st = styles("Helvetica", "#7A1F2B", size=9.6)
    appeal_by = "26 August 2026"
    story: list[Any] = [
        Table(
            [
                [
                    Paragraph(f"Mr and Mrs Marwood<br/>{'<br/>'.join(HOME)}", st["p"]),
                    Paragraph(
                        f"Our ref: SEN/2025/4471<br/>Please ask for: {CASEWORKER}<br/>"
                        f"Telephone: {PHONE['council']}<br/>Email: {EMAIL['caseworker']}",
                        st["right"],
                    ),
                ]
            ],
            colWidths=[8.0 * cm, 8.0 * cm],
            hAlign="LEFT",
            style=TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]
            ),
        ),
        Spacer(1, 8),
        Paragraph(long_date(DATES["decision_letter"]), st["p"]),
        Paragraph("Dear Mr and Mrs Marwood,", st["p"]),
        Paragraph(
            f"<b>Final Education, Health and Care Plan: {CHILD} (date of birth "
            f"{long_date(DOB)})</b>",
            st["p"],
        ),
        *paras(
            [
                f"I am writing to tell you that {COUNCIL} has now finalised {FIRST}'s "
                "Education, Health and Care (EHC) plan. A copy of the final plan is enclosed. "
                f"It names {SCHOOL} in Section I, and the school has been sent a copy.",
                "We considered the comments you made on the draft plan at our meeting on "
                "14 May 2026. Some of your requested changes have been made. We have not "
                "agreed to specify direct speech and language therapy in Section F, because "
                "we consider that Finley's needs can be met by a programme delivered in "
                "school with advice from the therapy service.",
                "We are sorry that the plan has been issued later than the 20 weeks the "
                "regulations allow. This was due to a delay in receiving advice and to "
                "pressure on the team.",
            ],
            st,
        ),
        Paragraph("Your right of appeal", st["h"]),
        *paras(
            [
                "If you disagree with Section B (special educational needs), Section F "
                "(special educational provision) or Section I (placement) of the plan, or "
                "with the school named, you can appeal to the First-tier Tribunal (Special "
                "Educational Needs and Disability).",
                f"You must appeal within two months of the date of this letter, that is by "
                f"{appeal_by}, or within one month of the date on any mediation certificate "
                "you are issued, whichever is later.",
                "Before you appeal you must contact a mediation adviser and consider "
                "mediation, unless your appeal is only about the school or type of school "
                "named in Section I. You do not have to go to mediation, but you will need "
                "a certificate from the mediation adviser to register an appeal.",
            ],
            st,
        ),
        Paragraph("Mediation", st["h"]),
        *paras(
            [
                f"Our independent mediation provider is the {MEDIATION_SERVICE}, telephone "
                f"{PHONE['mediation']}, email {EMAIL['mediation']}. If you decide not to "
                "go ahead with mediation, the adviser will issue a certificate within three "
                "working days. If you ask for mediation, it must take place within 30 days "
                "and you will receive a certificate within three working days of it ending.",
                "Free, impartial advice is available from the Brackenmoor SEND Information, "
                f"Advice and Support Service on {PHONE['advocate']}.",
                "If you have any questions about the plan, please contact me.",
            ],
            st,
        ),
        KeepTogether(
            [
                Paragraph("Yours sincerely,", st["p"]),
                Spacer(1, 14),
                *marked(
                    [
                        f"<b>{CASEWORKER}</b><br/>SEN Casework Officer<br/>{SEND_TEAM}, {COUNCIL}",
                        f"Enc: Final EHC plan dated {long_date(DATES['final_plan_issued'])}<br/>"
                        f"cc: Mrs {SENCO}, SENCo, {SCHOOL}",
                    ],
                    st,
                ),
            ]
        ),
    ]
    footer = f"{COUNCIL}, {', '.join(COUNCIL_ADDR)}"
    build_pdf(
        OUT / "decision_letter.pdf",
        story,
        "Final EHC plan - decision letter",
        COUNCIL,
        letterhead(
            COUNCIL,
            [SEND_TEAM, ", ".join(COUNCIL_ADDR), f"{PHONE['council']}  {EMAIL['send_team']}"],
            "#7A1F2B",
            footer,
        ),
        running(COUNCIL, footer, "#7A1F2B"),
        top=3.2,
    )


# ---------------------------------------------------------------------------
# Mediation certificate
# ---------------------------------------------------------------------------


def mediation_certificate() -> None:
    st = styles("Times-Roman", "#1B3F73")

    def border(c: Canvas, doc: Any) -> None:
        w, h = A4
        c.saveState()
        c.setStrokeColor(colors.HexColor("#1B3F73"))
        c.setLineWidth(2.5)
        c.rect(1.3 * cm, 1.3 * cm, w - 2.6 * cm, h - 2.6 * cm)
        c.setLineWidth(0.6)
        c.rect(1.55 * cm, 1.55 * cm, w - 3.1 * cm, h - 3.1 * cm)
        c.setFont("Times-Italic", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(
            w / 2,
            1.9 * cm,
            f"{MEDIATION_SERVICE}, 9 Lantern Yard, Brackenmoor BQ4 1RS  |  "
            f"{PHONE['mediation']}  |  {EMAIL['mediation']}",
        )
        c.restoreState()

    story: list[Any] = [
        Spacer(1, 0.4 * cm),
        Paragraph(MEDIATION_SERVICE.upper(), st["centreb"]),
        Spacer(1, 6),
        Paragraph("Mediation Certificate", st["title"]),
        Paragraph(
            "Issued under section 55(5) of the Children and Families Act 2014 and regulation "
            "39 of the Special Educational Needs and Disability Regulations 2014",
            st["sub"],
        ),
        details_table(
            [
                ("Certificate number", "AMS-26-0719"),
                ("Parents", f"{MOTHER} and {FATHER}"),
                ("Child", f"{CHILD}, date of birth {long_date(DOB)}"),
                ("Local authority", COUNCIL),
                (
                    "Decision in dispute",
                    f"Final EHC plan dated {long_date(DATES['final_plan_issued'])}",
                ),
                ("Mediation adviser contacted", "3 July 2026"),
                ("Mediation took place", f"{long_date(DATES['mediation_meeting'])}, by video call"),
                ("Mediator", f"{MEDIATOR}, accredited SEND mediator"),
                ("Date of issue", long_date(DATES["mediation_certificate"])),
            ],
            st,
            shade="#E4EAF4",
        ),
        Spacer(1, 10),
        Paragraph("This certifies that:", st["p"]),
        *bullets(
            [
                "the parents contacted the mediation adviser about the decision above, and",
                "mediation took place between the parents and the local authority, and has "
                "now ended.",
            ],
            st,
        ),
        Paragraph("Outcome", st["h"]),
        *paras(
            [
                "The parties agreed that the council will commission an occupational therapy "
                "assessment if the matter proceeds to appeal. The parties did not reach "
                "agreement about the specification of speech and language therapy in "
                "Section F, the wording of other provision in Section F, or the description "
                "of Finley's sensory needs in Section B.",
                "The parents may now appeal to the First-tier Tribunal (Special Educational "
                "Needs and Disability). An appeal must be made within two months of the local "
                "authority's decision or within one month of the date of issue of this "
                "certificate, whichever is later. This certificate must be sent with the "
                "appeal form.",
            ],
            st,
        ),
        Spacer(1, 24),
        *marked(
            [
                f"Signed: <i>{MEDIATOR}</i>",
                f"{MEDIATOR}, Mediation Adviser, for the {MEDIATION_SERVICE}",
                f"Date: {long_date(DATES['mediation_certificate'])}",
            ],
            st,
        ),
    ]
    build_pdf(
        OUT / "mediation_certificate.pdf",
        story,
        "Mediation Certificate AMS-26-0719",
        MEDIATION_SERVICE,
        border,
        border,
        top=2.4,
        bottom=2.6,
    )


# ---------------------------------------------------------------------------
# The final EHC plan (.docx)
# ---------------------------------------------------------------------------

SECTION_A = [
    "Finley is nine years old and lives with his mum, dad and younger sister Isla. He "
    "loves trains, especially signalling systems, and draws detailed maps of towns he has "
    "invented. He likes Minecraft, swimming with his dad and the class guinea pigs.",
    "Finley says: \"I like maths when it is numbers. I don't like it when everyone talks at "
    'once. I want to work on the railway and design the timetables."',
    'His parents say: "Finley is bright, funny and kind, but school exhausts him. He holds '
    "everything in all day and then falls apart at home. We want him to understand what is "
    'being said to him, to have a friend, and to feel safe enough at school to learn."',
]

SECTION_B: list[tuple[str, list[str]]] = [
    (
        "Communication and interaction",
        [
            "Finley has a diagnosis of autism (Eastvale Child Development Centre, May 2023) "
            "and a language disorder.",
            "Finley's understanding of spoken language is significantly below that expected "
            "for his age. He finds long instructions and abstract vocabulary difficult.",
            "He has a narrow vocabulary and cannot yet recount events in sequence.",
            "He interprets language literally and finds it hard to understand other "
            "people's intentions, to take turns in conversation and to join in with play.",
        ],
    ),
    (
        "Cognition and learning",
        [
            "Finley's non-verbal reasoning is in the average range, but his verbal ability, "
            "working memory and speed of processing are below average.",
            "He reads words accurately but his reading comprehension is well below his word "
            "reading.",
            "Written work is slow and he produces much less than his peers.",
        ],
    ),
    (
        "Social, emotional and mental health",
        [
            "Finley experiences anxiety, particularly at times of change and during "
            "unstructured times such as lunch and play.",
            "He can appear settled in school but becomes very distressed at home after the "
            "school day.",
        ],
    ),
    (
        "Sensory and/or physical",
        [
            "Finley has no diagnosed physical or medical needs. His vision and hearing "
            "were tested in 2024 and are within normal limits.",
        ],
    ),
]

SECTION_E: list[tuple[str, str, str]] = [
    (
        "By the end of Year 5, Finley will follow a two-step classroom instruction without "
        "an adult repeating it, in four out of five lessons.",
        "Communication and interaction",
        "End of Key Stage 2: Finley will understand and use the key vocabulary of each "
        "curriculum topic.",
    ),
    (
        "By July 2027, Finley will retell a short story or recount a school event in the "
        "right order, using 'first', 'next' and 'last'.",
        "Communication and interaction",
        "Finley will be able to tell adults and friends about his experiences.",
    ),
    (
        "By the end of Year 5, Finley will answer literal and simple inference questions "
        "about a text at his reading level with 80% accuracy.",
        "Cognition and learning",
        "Finley will read for meaning and enjoyment by the end of Key Stage 2.",
    ),
    (
        "Within 12 months, Finley will name his feelings using a 5-point scale and use an "
        "agreed strategy when he feels anxious, with one adult prompt.",
        "Social, emotional and mental health",
        "Finley will manage change and unstructured times with growing independence.",
    ),
    (
        "By July 2027, Finley will take part in a shared game with at least one peer for "
        "ten minutes at lunchtime, three times a week.",
        "Social, emotional and mental health",
        "Finley will have at least one friendship he values.",
    ),
]

# F rows: (provision, delivered by, frequency and duration, group size)
SECTION_F: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    (
        "Communication and interaction",
        [
            (
                "Finley will have access to speech and language support.",
                "School staff",
                "As appropriate",
                "Not stated",
            ),
            (
                "Pre-teaching of key topic vocabulary before each new topic, using visual "
                "word maps.",
                "Teaching assistant",
                "3 x 15 minutes weekly",
                "1:1",
            ),
            (
                "A visual timetable on Finley's desk, updated at the start of each session.",
                "Class teacher and teaching assistant",
                "Daily, throughout the school day",
                "Individual",
            ),
            (
                "Adults will use visual supports and simplified language as appropriate.",
                "All staff",
                "As appropriate",
                "Not stated",
            ),
        ],
    ),
    (
        "Cognition and learning",
        [
            (
                "Finley will be supported in a small group for literacy.",
                "School staff",
                "Regularly",
                "Small group",
            ),
            (
                "Instructions broken into single steps and supported by a written checklist "
                "on Finley's desk.",
                "Class teacher",
                "Every lesson",
                "Individual",
            ),
            (
                "A writing frame or scribe for extended writing tasks of more than 15 minutes.",
                "Teaching assistant",
                "Whenever extended writing is set",
                "Individual",
            ),
        ],
    ),
    (
        "Social, emotional and mental health",
        [
            (
                "Emotional literacy support (ELSA) sessions using the 5-point scale.",
                "Trained ELSA",
                "30 minutes weekly for 12 weeks, then reviewed",
                "1:1",
            ),
            (
                "Regular opportunities to develop his social skills with peers.",
                "School staff",
                "Regular",
                "Not stated",
            ),
            (
                "Advance warning of changes to routine, such as supply teachers and trips, "
                "given using a social story.",
                "Class teacher",
                "At least one day before each planned change",
                "Individual",
            ),
        ],
    ),
    (
        "Sensory and/or physical",
        [
            (
                "Finley will have access to a quiet space when needed.",
                "School staff",
                "When needed",
                "Not stated",
            ),
        ],
    ),
]

SECTION_G = [
    "Finley will receive a programme of speech and language therapy devised by the Eastvale "
    "Children's Speech and Language Therapy Service and delivered in school by a teaching "
    "assistant. The programme will be reviewed by the therapist termly.",
    "Finley will remain under the care of the community paediatrician, with an annual review "
    "appointment.",
]


def _zip_normalise(data: bytes) -> bytes:
    """Rewrite a .docx zip with fixed timestamps and permissions."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _cell(cell: Any, text: str, bold: bool = False) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(9.5)


def _fix_widths(table: Any, widths: Sequence[float]) -> None:
    """Give every column and cell a fixed width and keep each row on one page."""
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def _gap(d: Any) -> None:
    """A short empty paragraph to separate a table from what follows."""
    para = d.add_paragraph()
    para.paragraph_format.space_after = Pt(0)
    para.paragraph_format.line_spacing = Pt(8)


def _page_field(paragraph: Any) -> None:
    """Append a PAGE field to a paragraph."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def ehcp_final() -> None:
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    for level, size in ((1, 13), (2, 11)):
        hs = d.styles[f"Heading {level}"]
        hs.font.name = "Arial"
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0x7A, 0x1F, 0x2B)

    cp = d.core_properties
    cp.author = cp.last_modified_by = COUNCIL
    cp.title = f"Education, Health and Care Plan - {CHILD} - Final"
    cp.subject = cp.keywords = cp.comments = cp.category = ""
    cp.created = cp.modified = cp.last_printed = FIXED_CORE_TIME
    cp.revision = 1

    head = sec.header.paragraphs[0]
    head.text = (
        f"{COUNCIL}  |  EHC plan: {CHILD}  |  FINAL  |  {long_date(DATES['final_plan_issued'])}"
    )
    head.runs[0].font.size = Pt(8)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("OFFICIAL - SENSITIVE  |  Page ").font.size = Pt(8)
    _page_field(foot)

    def kv(rows: Sequence[tuple[str, str]]) -> None:
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for k, v in rows:
            r = t.add_row()
            _cell(r.cells[0], k, bold=True)
            _cell(r.cells[1], v)
            _shade(r.cells[0], "F2E6E8")
        _fix_widths(t, [5.5, 11.5])
        _gap(d)

    def grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            _cell(t.rows[0].cells[i], h, bold=True)
            _shade(t.rows[0].cells[i], "E9D3D6")
        for row in rows:
            cells = t.add_row().cells
            for i, text in enumerate(row):
                _cell(cells[i], text)
        _fix_widths(t, widths)
        header_pr = t.rows[0]._tr.get_or_add_trPr()
        header_pr.append(OxmlElement("w:tblHeader"))
        _gap(d)

    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = title.add_run(COUNCIL)
    r.bold, r.font.size = True, Pt(12)
    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = title.add_run("Education, Health and Care Plan")
    r.bold, r.font.size = True, Pt(20)
    sub = d.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run("FINAL PLAN").bold = True
    kv(
        [
            ("Name", CHILD),
            ("Date of birth", long_date(DOB)),
            ("Address", ", ".join(HOME)),
            ("Parents", f"{MOTHER} and {FATHER}"),
            ("School", f"{SCHOOL} (Year 4 at the date of this plan)"),
            ("Date of request for assessment", long_date(DATES["request_received"])),
            ("Date draft plan issued", long_date(DATES["draft_plan_served"])),
            ("Date final plan issued", long_date(DATES["final_plan_issued"])),
            ("Case officer", f"{CASEWORKER}, {PHONE['council']}, {EMAIL['caseworker']}"),
            ("Council reference", "SEN/2025/4471"),
        ]
    )
    d.add_paragraph(
        "This plan is made under section 37 of the Children and Families Act 2014. Sections B, "
        "F and I can be appealed to the First-tier Tribunal (SEND)."
    )

    d.add_heading("Section A: The views, interests and aspirations of Finley and his parents", 1)
    for text in SECTION_A:
        d.add_paragraph(text)

    d.add_page_break()
    d.add_heading("Section B: Special educational needs", 1)
    d.add_paragraph(
        "Finley's special educational needs are described below under the four broad areas of need."
    )
    for area, needs in SECTION_B:
        d.add_heading(area, 2)
        for need in needs:
            d.add_paragraph(need, style="List Bullet")

    d.add_heading("Section C: Health needs related to Finley's SEN", 1)
    d.add_paragraph(
        "Finley was diagnosed with autism in May 2023 and is reviewed annually by the "
        "community paediatrician. He has difficulty getting to sleep, which his parents manage "
        "with a bedtime routine. There are no other health needs."
    )
    d.add_heading("Section D: Social care needs related to Finley's SEN or disability", 1)
    d.add_paragraph(
        "Finley is not known to children's social care. His family have been given "
        "information about the council's short breaks local offer."
    )

    d.add_page_break()
    d.add_heading("Section E: Outcomes", 1)
    d.add_paragraph(
        "The outcomes below are what Finley, his family and the professionals working with "
        "him hope he will achieve. They will be reviewed at each annual review."
    )
    grid(
        ["Outcome (next 12 months)", "Area of need", "Longer-term aim"],
        SECTION_E,
        [8.0, 3.5, 5.5],
    )

    d.add_page_break()
    d.add_heading("Section F: Special educational provision", 1)
    d.add_paragraph(
        f"The provision below will be made by {SCHOOL} from its delegated budget and the "
        "top-up funding agreed by the council (Band 3)."
    )
    for area, rows in SECTION_F:
        d.add_heading(area, 2)
        grid(
            ["Provision", "Delivered by", "How often and how long", "Group size"],
            rows,
            [7.5, 3.5, 3.7, 2.3],
        )

    d.add_page_break()
    d.add_heading("Section G: Health provision", 1)
    for text in SECTION_G:
        d.add_paragraph(text)
    d.add_heading("Section H1: Social care provision under section 2 of the CSDPA 1970", 1)
    d.add_paragraph("None identified.")
    d.add_heading("Section H2: Any other social care provision", 1)
    d.add_paragraph("None identified.")
    d.add_heading("Section I: Placement", 1)
    d.add_paragraph(f"{SCHOOL}, Coldwell Lane, Brackenmoor BQ5 8JE. Mainstream primary school.")
    d.add_heading("Section J: Personal budget", 1)
    d.add_paragraph("A personal budget has not been requested.")
    d.add_heading("Section K: Advice and information", 1)
    d.add_paragraph("The following advice was obtained during the EHC needs assessment:")
    for item in [
        f"Parental views, {MOTHER} and {FATHER}, 20 October 2025",
        f"Educational advice, {SENCO}, SENCo, {SCHOOL}, 28 November 2025",
        f"Psychological advice, {EP}, {long_date(DATES['ep_report'])}",
        f"Speech and language therapy advice, {SALT}, {long_date(DATES['salt_report'])}",
        "Medical advice, Dr Anil Saxby, Community Paediatrician, 9 December 2025",
        "Social care advice, Brackenmoor Children's Services, 2 December 2025",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph()
    d.add_paragraph(
        f"Signed on behalf of {COUNCIL}: {CASEWORKER}, SEN Casework Officer, "
        f"{long_date(DATES['final_plan_issued'])}"
    )

    buf = io.BytesIO()
    d.save(buf)
    (OUT / "ehcp_final.docx").write_bytes(_zip_normalise(buf.getvalue()))


# ---------------------------------------------------------------------------
# Email from the caseworker with a referral form attached
# ---------------------------------------------------------------------------


def referral_form_pdf() -> bytes:
    st = styles("Helvetica", "#2F5D2A")
    story: list[Any] = [
        Paragraph("Children's Occupational Therapy: Referral Form", st["title"]),
        Paragraph(f"{TRUST}, Eastvale Children's Therapy", st["sub"]),
        details_table(
            [
                ("Child", CHILD),
                ("Date of birth", long_date(DOB)),
                ("Address", ", ".join(HOME)),
                ("School", f"{SCHOOL}, Year 5"),
                ("Parents", f"{MOTHER} and {FATHER}, {PHONE['home']}"),
                ("Referrer", f"{CASEWORKER}, SEN Casework Officer, {COUNCIL}"),
                ("Funding", "Commissioned and funded by the council (SEND appeal)"),
                (
                    "Reason for referral",
                    "Assessment of sensory processing, fine motor skills "
                    "and handwriting, with recommendations for Section F of the EHC plan.",
                ),
                ("Tribunal reference", TRIBUNAL_REF),
                ("Report needed by", "20 November 2026"),
                ("Date of referral", long_date(DATES["ot_email"])),
            ],
            st,
            shade="#E5EFE3",
        ),
    ]
    buf = io.BytesIO()
    blank = running(f"Referral: {CHILD}", f"Referral {long_date(DATES['ot_email'])}", "#2F5D2A")
    build_pdf(buf, story, "OT referral - Finley Marwood", COUNCIL, blank, blank)
    return buf.getvalue()


def email_council_ot() -> None:
    msg = EmailMessage()
    msg["From"] = f"{CASEWORKER} <{EMAIL['caseworker']}>"
    msg["To"] = f"{MOTHER} <{EMAIL['parent']}>"
    msg["Cc"] = f"{ADVOCATE} <{EMAIL['advocate']}>"
    msg["Subject"] = f"OT assessment for {CHILD} (ref {TRIBUNAL_REF})"
    msg["Date"] = "Wed, 14 Oct 2026 11:42:07 +0100"
    msg["Message-ID"] = "<20261014104207.4471.lp@example.org>"
    msg.set_content(
        "Dear Mrs Marwood,\n\n"
        f"Thank you for your email of 9 October about {FIRST}'s appeal.\n\n"
        "As agreed at mediation on 28 July, the council will commission an independent "
        "occupational therapy assessment of Finley from Eastvale Children's Therapy. The "
        "council will pay for the assessment and you will not be charged.\n\n"
        "I attach the referral form I have sent to the service today. The therapist, "
        f"{OT}, will contact you to arrange to see Finley at school and at the clinic. We "
        "have asked for the report by 20 November 2026 so that it can be shared with you "
        "and included in the evidence for the Tribunal.\n\n"
        "Please let me know if any of the details on the form are wrong.\n\n"
        "Kind regards,\n\n"
        f"{CASEWORKER}\nSEN Casework Officer\n{SEND_TEAM}\n{COUNCIL}\n"
        f"Tel: {PHONE['council']}\n",
        cte="quoted-printable",
    )
    msg.add_attachment(
        referral_form_pdf(),
        maintype="application",
        subtype="pdf",
        filename="OT_referral_Finley_Marwood.pdf",
    )
    msg.set_boundary("==brackenmoor-send-4471-ot==")
    (OUT / "email_council_ot.eml").write_bytes(msg.as_bytes(policy=SMTP))


# ---------------------------------------------------------------------------
# Phone photo of the SENCo's letter
# ---------------------------------------------------------------------------

SENCO_LETTER = [
    ("HOLLIN BROOK PRIMARY SCHOOL", "head"),
    ("Coldwell Lane, Brackenmoor BQ5 8JE  Tel 01632 960287", "small"),
    ("", "gap"),
    ("22 September 2025", "body"),
    ("", "gap"),
    ("To whom it may concern", "body"),
    ("", "gap"),
    ("Re: Finley Marwood (Year 4), date of birth 8 March 2017", "bold"),
    ("", "gap"),
    ("I am the SENCo at Hollin Brook and I support Mr and Mrs", "body"),
    ("Marwood's request for an EHC needs assessment for Finley.", "body"),
    ("", "gap"),
    ("Finley has been on our SEN register since Reception. He", "body"),
    ("has had small group language work, a visual timetable and", "body"),
    ("a daily check-in with his teaching assistant. Despite this", "body"),
    ("his reading comprehension and writing are about two years", "body"),
    ("behind, and he is very anxious at lunch and in assembly.", "body"),
    ("", "gap"),
    ("We have spent well over the notional SEN budget on Finley", "body"),
    ("this year and cannot meet his needs without further help.", "body"),
    ("", "gap"),
    ("Yours faithfully,", "body"),
    ("", "sig"),
    ("Priya Castell", "bold"),
    ("SENCo, Hollin Brook Primary School", "body"),
]


def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    try:
        return ImageFont.truetype(f"/usr/share/fonts/truetype/dejavu/{name}", size)
    except OSError:
        return ImageFont.load_default(size)


def letter_photo() -> None:
    rng = random.Random(4471)
    pw, ph = 1000, 1380
    paper = Image.new("RGB", (pw, ph), (246, 242, 232))
    draw = ImageDraw.Draw(paper)
    fonts = {
        "head": _font(True, 34),
        "small": _font(False, 20),
        "body": _font(False, 27),
        "bold": _font(True, 27),
    }
    y = 80
    for text, kind in SENCO_LETTER:
        if kind == "gap":
            y += 18
            continue
        if kind == "sig":
            points = [(100 + i * 11, y + 30 + (9, -12, 14, -6, 3, -15)[i % 6]) for i in range(20)]
            draw.line(points, fill=(30, 40, 120), width=3, joint="curve")
            y += 70
            continue
        font = fonts[kind]
        if kind in ("head", "small"):
            w = draw.textlength(text, font=font)
            draw.text(((pw - w) / 2, y), text, fill=(28, 30, 44), font=font)
            if kind == "small":
                y += 14
                draw.line((90, y + 24, pw - 90, y + 24), fill=(60, 60, 80), width=2)
        else:
            draw.text((90, y), text, fill=(24, 24, 30), font=font)
        y += int(font.size * 1.45)
    # Uneven lighting: darker towards the bottom right, as under a phone held overhead.
    down = Image.linear_gradient("L").resize((pw, ph))
    across = Image.linear_gradient("L").rotate(90).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    shade = ImageChops.add(down, across.resize((pw, ph)), scale=2)
    shade = shade.point(lambda v: 255 - v * 70 // 255)
    paper = Image.composite(paper, Image.new("RGB", (pw, ph), (170, 165, 150)), shade)

    bw, bh = 1100, 1480
    bg = Image.new("RGB", (bw, bh), (92, 74, 58))
    noise = Image.new("L", (bw // 8, bh // 8))
    noise.putdata([rng.randint(0, 40) for _ in range((bw // 8) * (bh // 8))])
    noise = noise.resize((bw, bh), Image.Resampling.BILINEAR)
    bg = Image.composite(Image.new("RGB", (bw, bh), (120, 98, 78)), bg, noise)
    mask = Image.new("L", (pw, ph), 255)
    rot = paper.rotate(-2.2, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    rmask = mask.rotate(-2.2, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=0)
    shadow = Image.new("RGB", rot.size, (50, 40, 32))
    ox, oy = (bw - rot.width) // 2, (bh - rot.height) // 2
    bg.paste(shadow, (ox + 10, oy + 12), rmask.filter(ImageFilter.GaussianBlur(8)))
    bg.paste(rot, (ox, oy), rmask)
    bg = bg.filter(ImageFilter.GaussianBlur(0.6))
    bg.save(OUT / "letter_photo.jpg", "JPEG", quality=72, optimize=True)


# ---------------------------------------------------------------------------
# Parents' views, and the manifest
# ---------------------------------------------------------------------------

PARENT_VIEWS = f"""Our views about Finley's EHC plan
{MOTHER} and {FATHER}, {long_date(DATES["parent_views"])}
Appeal reference {TRIBUNAL_REF}

Finley is nine and in Year 5 at {SCHOOL}. He is clever, gentle and very funny
once he knows you. He can tell you how every signal box on the Eastvale line works.

School is hard for him. He does not understand much of what is said in class and is
too anxious to ask. He copes all day and then, as soon as he is in the car, he falls
apart: crying, hitting himself and sometimes hiding under the table for an hour. Most
mornings he says his tummy hurts. He has no friend to play with at lunch and spends
it walking round the edge of the field with his hands over his ears.

We agree with the needs in the reports. We are appealing because:

1. The speech and language therapist said Finley needs 45 minutes of direct therapy
   every week. The plan only says "access to speech and language support" in Section F
   and puts a programme delivered by a teaching assistant in Section G.
2. Section B says Finley has no sensory needs, but the psychologist and now the
   occupational therapist both describe how noise overwhelms him.
3. Much of Section F uses words like "regular", "as appropriate" and "small group",
   so nobody can tell what Finley should actually get.
4. The daily morning check-in the psychologist recommended has been left out, and it
   is the one thing that helps him walk through the gate.

We want Finley to stay at Hollin Brook, where he is known and liked, but with the help
written into his plan clearly enough that it happens every week.
"""


def manifest() -> None:
    doc = [
        (
            "letter_photo.jpg",
            "school_report",
            "senco_letter",
            "SENCo letter supporting the request for assessment (photo)",
            SENCO,
            "SENCo",
        ),
        (
            "ep_report.pdf",
            "ep_report",
            "ep_report",
            "Educational psychology advice",
            EP,
            "Educational Psychologist",
        ),
        (
            "salt_report.pdf",
            "salt_report",
            "salt_report",
            "Speech and language therapy advice",
            SALT,
            "Speech and Language Therapist",
        ),
        (
            "ehcp_final.docx",
            "ehcp_final",
            "final_plan_issued",
            "Final EHC plan",
            COUNCIL,
            "Local authority",
        ),
        (
            "decision_letter.pdf",
            "decision_letter",
            "decision_letter",
            "Letter issuing the final EHC plan, with right of appeal",
            CASEWORKER,
            "SEN Casework Officer",
        ),
        (
            "mediation_certificate.pdf",
            "mediation_certificate",
            "mediation_certificate",
            "Mediation certificate AMS-26-0719",
            MEDIATOR,
            "Mediation Adviser",
        ),
        (
            "parent_views.txt",
            "parent_views",
            "parent_views",
            "Parents' views for the appeal",
            f"{MOTHER} and {FATHER}",
            "Parents",
        ),
        (
            "email_council_ot.eml",
            "correspondence",
            "ot_email",
            "Council agrees to commission an OT assessment (with referral form)",
            CASEWORKER,
            "SEN Casework Officer",
        ),
        (
            "ot_report.pdf",
            "ot_report",
            "ot_report",
            "Occupational therapy report",
            OT,
            "Occupational Therapist",
        ),
    ]
    data = {
        "case": {
            "name": CHILD,
            "child_name": CHILD,
            "child_dob": DOB,
            "year_group": "Year 5",
            "school": SCHOOL,
            "local_authority": COUNCIL,
            "appeal_type": "contents",
            "tribunal_reference": TRIBUNAL_REF,
            "hearing_date": DATES["hearing"],
            "notes": (
                "Demo case: everything in it is invented. Appeal against Sections B and F of "
                "the final plan: direct speech and language therapy placed in Section G, "
                "sensory needs missing from B, vague provision in F, and the EP's daily "
                "check-in left out."
            ),
            "people": [
                {
                    "role": "la_caseworker",
                    "name": CASEWORKER,
                    "organisation": COUNCIL,
                    "email": EMAIL["caseworker"],
                    "phone": PHONE["council"],
                },
                {
                    "role": "senco",
                    "name": SENCO,
                    "organisation": SCHOOL,
                    "email": EMAIL["senco"],
                    "phone": PHONE["school"],
                },
                {
                    "role": "advocate",
                    "name": ADVOCATE,
                    "organisation": "Brackenmoor SEND Information, Advice and Support Service",
                    "email": EMAIL["advocate"],
                    "phone": PHONE["advocate"],
                },
                {
                    "role": "other",
                    "name": MEDIATOR,
                    "organisation": MEDIATION_SERVICE,
                    "email": EMAIL["mediation"],
                    "phone": PHONE["mediation"],
                },
            ],
        },
        "documents": [
            {"file": f, "kind": k, "date": DATES[dk], "title": t, "author": a, "author_role": r}
            for f, k, dk, t, a, r in doc
        ],
        "key_dates": [
            {"event": e, "date": DATES[e]}
            for e in (
                "request_received",
                "decision_to_assess",
                "draft_plan_served",
                "final_plan_issued",
                "decision_letter",
                "mediation_certificate",
                "appeal_registered",
                "evidence_deadline",
                "hearing",
            )
        ],
    }
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    (OUT / "case.json").write_text(text, encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    ep_report()
    salt_report()
    ot_report()
    decision_letter()
    mediation_certificate()
    ehcp_final()
    email_council_ot()
    letter_photo()
    (OUT / "parent_views.txt").write_text(PARENT_VIEWS, encoding="utf-8")
    manifest()
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>8}  {path.name}")


if __name__ == "__main__":
    main()
