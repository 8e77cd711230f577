#!/usr/bin/env python3
# ruff: noqa: N806  (upper-case names inside the case builders mark document strings)
"""Generate the evaluation cases (case-eval-01 .. case-eval-05) for the plan check.

The cases use plan templates and report styles that differ from the development
corpus, so that scores on them show how far the analysis generalises. Every
child, family, council, school, service and professional is invented; postcodes
use areas that do not exist and phone numbers are in the 01632 960xxx range.

Usage (from any directory):

    python generate.py              # write the five case folders, then verify them
    python generate.py --no-verify

Needs python-docx and reportlab; verification also needs pypdf. The output is
byte-for-byte repeatable: reportlab runs in invariant mode and each .docx gets
fixed zip timestamps and fixed core properties.

Every need, recommendation and plan sentence is one Python string that is placed
in a document and written to truth.json, so the truth always quotes the document.
Findings are derived from the statuses by the rules in the corpus README.
"""

from __future__ import annotations

import datetime
import html
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

SECTION_IDS = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
WRONG_PLACES = ("C", "D", "G", "H1", "H2")
AREAS = (
    "communication_interaction",
    "cognition_learning",
    "semh",
    "sensory_physical",
    "health",
    "social_care",
    "other",
)
RUNNING_PLAN_HEADER = "Education, Health and Care Plan – CONFIDENTIAL – Page {n} of {m}"


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------------------
# Documents
#
# Blocks:
#   ("org", text) ("title", text) ("sub", text)     letterhead lines
#   ("h", level, text)      heading (Word heading style in .docx)
#   ("bh", text)            bold Normal paragraph used as a heading
#   ("p", text) ("i", text) paragraph, italic paragraph
#   ("ul", [text, ...])     bullets
#   ("ol", [text, ...])     numbered 1. 2. 3.
#   ("np", label, text)     paragraph with its own number ("B3.")
#   ("table", rows, opts)   opts: header (bool), widths (fractions), size, bold_col0
#   ("lettertable", letter, heading, [(label, text), ...])
#                           a plan section as a two-column table, letter on the left
#   ("pb",)                 explicit page break
#   ("sig", [line, ...])    signature block
# ---------------------------------------------------------------------------


class Doc:
    def __init__(
        self,
        name: str,
        blocks: list,
        *,
        header: str = "",
        footer: str = "",
        page_of: bool = False,
        author: str = "",
        title: str = "",
    ) -> None:
        self.name = name
        self.blocks = blocks
        self.header = header
        self.footer = footer
        self.page_of = page_of
        self.author = author
        self.title = title


FIXED = datetime.datetime(2026, 3, 2, 10, 0, 0)


def _repack(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 2, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def write_docx(doc: Doc, path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(5)
    for lvl, size in ((1, 13), (2, 11.5), (3, 11)):
        st = d.styles[f"Heading {lvl}"]
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x2E, 0x4A, 0x3B)

    cp = d.core_properties
    cp.author = cp.last_modified_by = doc.author
    cp.title = doc.title
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = cp.keywords = cp.subject = cp.category = ""

    if doc.header:
        hp = sec.header.paragraphs[0]
        hp.text = doc.header
        hp.runs[0].font.size = Pt(8)
    if doc.footer:
        fp = sec.footer.paragraphs[0]
        fp.text = doc.footer
        fp.runs[0].font.size = Pt(8)
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def fill(cell, colour: str) -> None:
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), colour)
        tc_pr.append(shd)

    def put(cell, text: str, bold: bool = False, size: float = 10) -> None:
        cell.paragraphs[0].text = ""
        for i, part in enumerate(text.split("\n")):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            para.paragraph_format.space_after = Pt(2)
            run = para.add_run(part)
            run.bold = bold
            run.font.size = Pt(size)

    total = 17.0
    for b in doc.blocks:
        kind = b[0]
        if kind in ("org", "title", "sub", "bh"):
            para = d.add_paragraph()
            run = para.add_run(b[1])
            run.bold = kind != "sub"
            run.italic = kind == "sub"
            run.font.size = Pt({"org": 12, "title": 15, "sub": 9.5, "bh": 11.5}[kind])
            if kind == "bh":
                para.paragraph_format.space_before = Pt(10)
                para.paragraph_format.keep_with_next = True
        elif kind == "h":
            d.add_heading(b[2], level=b[1])
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "i":
            d.add_paragraph().add_run(b[1]).italic = True
        elif kind == "ul":
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "ol":
            for i, t in enumerate(b[1], start=1):
                para = d.add_paragraph(f"{i}.\t{t}")
                para.paragraph_format.left_indent = Cm(0.8)
                para.paragraph_format.first_line_indent = Cm(-0.8)
        elif kind == "np":
            para = d.add_paragraph(f"{b[1]}\t{b[2]}")
            para.paragraph_format.left_indent = Cm(1.1)
            para.paragraph_format.first_line_indent = Cm(-1.1)
        elif kind == "table":
            rows, opts = b[1], b[2]
            ncols = len(rows[0])
            widths = opts.get("widths") or [1 / ncols] * ncols
            size = opts.get("size", 10)
            t = d.add_table(rows=0, cols=ncols)
            t.style = "Table Grid"
            t.autofit = False
            for ri, cells in enumerate(rows):
                row = t.add_row()
                head = opts.get("header", True) and ri == 0
                for ci, text in enumerate(cells):
                    put(
                        row.cells[ci],
                        text,
                        bold=head or (opts.get("bold_col0") and ci == 0),
                        size=size,
                    )
                    row.cells[ci].width = Cm(total * widths[ci])
                    if head:
                        fill(row.cells[ci], "DCE8DF")
            d.add_paragraph()
        elif kind == "pb":
            d.add_page_break()
        elif kind == "sig":
            for line in b[1]:
                d.add_paragraph(line).paragraph_format.space_after = Pt(0)
        else:
            raise ValueError(f"block {kind} is not supported in .docx")

    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(_repack(buf.getvalue()))


def write_pdf(doc: Doc, path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    reg, bold = "Times-Roman", "Times-Bold"
    if doc.page_of:
        reg, bold = "Helvetica", "Helvetica-Bold"

    def style(name: str, **kw) -> ParagraphStyle:
        base = {"fontName": reg, "fontSize": 10.5, "leading": 13.5, "spaceAfter": 5}
        base.update(kw)
        return ParagraphStyle(name, **base)

    st = {
        "org": style("org", fontName=bold, fontSize=12.5, textColor=colors.HexColor("#2E4A3B")),
        "title": style("title", fontName=bold, fontSize=15, leading=19, spaceBefore=4),
        "sub": style("sub", fontSize=9.5, leading=12, textColor=colors.HexColor("#444444")),
        "h1": style(
            "h1",
            fontName=bold,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            keepWithNext=1,
            textColor=colors.HexColor("#2E4A3B"),
        ),
        "h2": style("h2", fontName=bold, fontSize=11, leading=14, spaceBefore=7, keepWithNext=1),
        "h3": style("h3", fontName=bold, fontSize=10.5, spaceBefore=5, keepWithNext=1),
        "bh": style("bh", fontName=bold, fontSize=11, spaceBefore=8, keepWithNext=1),
        "p": style("p"),
        "i": style("i", fontName="Times-Italic" if reg == "Times-Roman" else "Helvetica-Oblique"),
        "ul": style("ul", leftIndent=16, bulletIndent=5, spaceAfter=3),
        "np": style("np", leftIndent=30, bulletIndent=0),
        "cell": style("cell", fontSize=9, leading=11, spaceAfter=0),
        "cellb": style("cellb", fontName=bold, fontSize=9, leading=11, spaceAfter=0),
        "letter": style("letter", fontName=bold, fontSize=16, leading=19, spaceAfter=0),
        "sig": style("sig", spaceAfter=0),
    }

    def esc(t: str) -> str:
        return html.escape(t, quote=False).replace("\n", "<br/>")

    avail = A4[0] - 4.0 * cm
    grid = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7D8C84")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]

    def make_story() -> list:
        story: list = []
        for b in doc.blocks:
            kind = b[0]
            if kind in ("org", "title", "sub", "bh", "p", "i"):
                story.append(KeepTogether([Paragraph(esc(b[1]), st[kind])]))
            elif kind == "h":
                story.append(Paragraph(esc(b[2]), st[f"h{b[1]}"]))
            elif kind == "ul":
                story.extend(Paragraph(esc(t), st["ul"], bulletText="•") for t in b[1])
            elif kind == "ol":
                story.extend(
                    Paragraph(esc(t), st["np"], bulletText=f"{i}.") for i, t in enumerate(b[1], 1)
                )
            elif kind == "np":
                story.append(Paragraph(esc(b[2]), st["np"], bulletText=b[1]))
            elif kind == "table":
                rows, opts = b[1], b[2]
                ncols = len(rows[0])
                widths = opts.get("widths") or [1 / ncols] * ncols
                head = opts.get("header", True)
                data = [
                    [
                        Paragraph(
                            esc(c),
                            st["cellb"]
                            if (head and ri == 0) or (opts.get("bold_col0") and ci == 0)
                            else st["cell"],
                        )
                        for ci, c in enumerate(cells)
                    ]
                    for ri, cells in enumerate(rows)
                ]
                t = Table(data, colWidths=[avail * w for w in widths])
                extra = (
                    [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE8DF"))] if head else []
                )
                t.setStyle(TableStyle(grid + extra))
                story += [t, Spacer(1, 8)]
            elif kind == "lettertable":
                _, letter, heading, paras = b
                data = [[Paragraph(esc(letter), st["letter"]), Paragraph(esc(heading), st["h2"])]]
                data += [
                    [Paragraph(esc(lab), st["cell"]), Paragraph(esc(t), st["p"])]
                    for lab, t in paras
                ]
                t = Table(data, colWidths=[avail * 0.1, avail * 0.9])
                t.setStyle(
                    TableStyle(
                        [
                            *grid,
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF3EF")),
                            ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#DCE8DF")),
                        ]
                    )
                )
                story += [t, Spacer(1, 10)]
            elif kind == "pb":
                story.append(PageBreak())
            elif kind == "sig":
                story.append(Spacer(1, 8))
                story.append(KeepTogether([Paragraph(esc(x), st["sig"]) for x in b[1]]))
            else:
                raise ValueError(kind)
        return story

    def build(target, total_pages: int) -> int:
        count = [0]

        def on_page(canvas, _doc) -> None:
            count[0] += 1
            canvas.saveState()
            canvas.setFont("Helvetica", 7.5)
            canvas.setFillColor(colors.HexColor("#555555"))
            top = doc.header
            if doc.page_of:
                top = RUNNING_PLAN_HEADER.format(n=count[0], m=total_pages)
            if top:
                canvas.drawRightString(A4[0] - 2.0 * cm, A4[1] - 1.2 * cm, top)
            bottom = doc.footer
            if doc.page_of:
                bottom = f"{bottom}  ·  {RUNNING_PLAN_HEADER.format(n=count[0], m=total_pages)}"
            elif bottom:
                bottom = f"{bottom}  ·  {count[0]}"
            if bottom:
                canvas.drawString(2.0 * cm, 1.1 * cm, bottom)
            canvas.restoreState()

        sd = SimpleDocTemplate(
            target,
            pagesize=A4,
            leftMargin=2.0 * cm,
            rightMargin=2.0 * cm,
            topMargin=1.9 * cm,
            bottomMargin=1.9 * cm,
            title=doc.title,
            author=doc.author,
            subject="",
            creator="",
        )
        sd.build(make_story(), onFirstPage=on_page, onLaterPages=on_page)
        return count[0]

    pages = build(io.BytesIO(), 0)
    build(str(path), pages)


# ---------------------------------------------------------------------------
# Case bookkeeping (same truth.json format and derivation rules as the corpus)
# ---------------------------------------------------------------------------


class Case:
    def __init__(self, name: str, plan: str, reports: list[str], summary: str) -> None:
        self.name = name
        self.plan = plan
        self.reports = reports
        self.summary = summary
        self.items: list[dict] = []
        self.fprov: list[dict] = []
        self.sections: dict[str, str] = {}
        self.headings: dict[str, str] = {}
        self.non_needs: list[dict] = []
        self.docs: list[Doc] = []
        self.note = ""
        self.single_h = False  # one "Section H" stands for H1 and H2
        # section id -> column header, for plans whose B, E and F share one table
        self.column_sections: dict[str, str] = {}

    def need(self, report, text, area, status, plan_text=None, note=None):
        assert status in ("in_b", "missing_from_b"), status
        assert area in AREAS, area
        assert (plan_text is None) == (status == "missing_from_b"), text
        self.items.append(
            dict(
                report=report,
                kind="need",
                text=text,
                area=area,
                plan_status=status,
                plan_text=plan_text,
                plan_section="B" if plan_text else None,
                note=note,
            )
        )
        return text

    def rec(self, report, text, area, status, plan_text=None, section=None, note=None):
        assert status in (
            "specific",
            "not_specific",
            "less",
            "missing_from_f",
            "wrong_section",
            "not_educational",
        ), status
        assert area in AREAS, area
        if status in ("specific", "not_specific", "less"):
            section = "F"
            assert plan_text, text
        if status == "wrong_section":
            assert section in WRONG_PLACES and plan_text, text
        if status == "missing_from_f":
            assert plan_text is None, text
        self.items.append(
            dict(
                report=report,
                kind="recommendation",
                text=text,
                area=area,
                plan_status=status,
                plan_text=plan_text,
                plan_section=section if plan_text else None,
                note=note,
            )
        )
        return text

    def plan_of(self, text: str) -> str:
        """The plan sentence recorded for a need or recommendation."""
        return next(it["plan_text"] for it in self.items if it["text"] == text)

    def f(self, text, specific, note=None):
        self.fprov.append(dict(text=text, specific=specific, note=note))
        return text

    def sect(self, sid, heading, sentence):
        self.headings[sid] = heading
        self.sections[sid] = sentence
        return sentence

    def non_need(self, report, text, why):
        self.non_needs.append(dict(report=report, text=text, why=why))
        return text

    def findings(self) -> list[dict]:
        out: list[dict] = []
        seen: set = set()

        def add(kind, text, document):
            if (kind, text) not in seen:
                seen.add((kind, text))
                out.append(dict(kind=kind, text=text, document=document))

        for it in self.items:
            if it["kind"] == "need" and it["plan_status"] == "missing_from_b":
                add("need_missing_from_b", it["text"], it["report"])
        for it in self.items:
            if it["kind"] == "recommendation" and it["plan_status"] == "missing_from_f":
                add("provision_missing_from_f", it["text"], it["report"])
        for fp in self.fprov:
            if not fp["specific"]:
                add("provision_not_specific", fp["text"], self.plan)
        for it in self.items:
            if it["plan_status"] == "less":
                add("provision_less_than_recommended", it["plan_text"], self.plan)
        for it in self.items:
            if it["plan_status"] == "wrong_section":
                add("provision_in_wrong_section", it["plan_text"], self.plan)
        for sid in SECTION_IDS:
            if sid not in self.sections and not (sid == "H2" and self.single_h):
                add("section_missing", sid, self.plan)
        return out

    def check(self) -> None:
        fmap = {fp["text"]: fp for fp in self.fprov}
        for it in self.items:
            st = it["plan_status"]
            if st in ("specific", "less"):
                assert it["plan_text"] in fmap and fmap[it["plan_text"]]["specific"], it["text"]
            if st == "not_specific":
                assert it["plan_text"] in fmap and not fmap[it["plan_text"]]["specific"], it
            if st == "wrong_section":
                assert it["plan_text"] not in fmap, it["text"]
        n_need = sum(1 for it in self.items if it["kind"] == "need")
        n_rec = sum(1 for it in self.items if it["kind"] == "recommendation")
        assert 8 <= n_need <= 20, (self.name, n_need)
        assert 6 <= n_rec <= 15, (self.name, n_rec)
        texts = [it["text"] for it in self.items]
        assert len(texts) == len(set(texts)), "duplicate need or recommendation text"

    def truth(self) -> dict:
        def clean(d):
            out = {k: v for k, v in d.items() if v is not None or k == "plan_text"}
            return out

        headings = {k: self.headings[k] for k in SECTION_IDS if k in self.headings}
        data = {
            "case": self.name,
            "summary": self.summary,
            "plan": self.plan,
            "reports": list(self.reports),
            "sections": {k: self.sections[k] for k in SECTION_IDS if k in self.sections},
            "section_headings": headings,
            "needs": [clean(it) for it in self.items],
            "f_provisions": [clean(fp) for fp in self.fprov],
            "expected_findings": self.findings(),
            "non_needs": [clean(x) for x in self.non_needs],
        }
        if self.note:
            data["note"] = self.note
        return data


def kv(pairs: list[tuple[str, str]]) -> tuple:
    return (
        "table",
        [list(p) for p in pairs],
        {"header": False, "widths": [0.3, 0.7], "bold_col0": True},
    )


# ===========================================================================
# case-eval-01  Thistlemoor County Council
#   PDF plan; every section is a two-column table with the letter on the left and
#   numbered paragraphs on the right; a running header and footer "Education, Health
#   and Care Plan – CONFIDENTIAL – Page n of m"; Section F is a provision table
#   (Outcome | Provision | Staffing | Frequency | Duration | Review).
#   Literacy (SpLD), working memory and processing speed. EP report (.docx),
#   specialist teacher report (.pdf).
# ===========================================================================


def case_01() -> Case:
    EP, ST, PLAN = "ep_advice.docx", "specialist_teacher_report.pdf", "plan.pdf"
    c = Case(
        "case-eval-01",
        PLAN,
        [EP, ST],
        "Isla Brennan, 8, Year 3, mainstream primary. Specific literacy difficulties, weak "
        "working memory, slow processing. Plan drawn as two-column section tables with a "
        "six-column provision table in Section F; a TA replaces the specialist teacher.",
    )

    # ---- EP advice (.docx) ---------------------------------------------------
    n_phon = c.need(
        EP,
        "Isla's phonological awareness is well below that expected for her age; "
        "she cannot reliably blend or segment words of more than three sounds.",
        "cognition_learning",
        "in_b",
        "Isla finds it hard to hear and work with the separate sounds in words, and "
        "struggles to blend or break up words longer than three sounds.",
    )
    n_wm = c.need(
        EP,
        "Her verbal working memory is a significant weakness (standard score 72), so "
        "she loses track of instructions that contain more than two steps.",
        "cognition_learning",
        "in_b",
        "Isla can hold only a small amount of spoken information in mind at once and "
        "forgets the later parts of an instruction with several steps.",
    )
    n_speed = c.need(
        EP,
        "Isla's speed of processing is slow, and she needs considerably more time "
        "than her classmates to complete written tasks and to answer questions.",
        "cognition_learning",
        "in_b",
        "Isla takes much longer than other children to take in information, to "
        "answer questions and to finish written work.",
    )
    n_conf = c.need(
        EP,
        "During the observation Isla avoided reading aloud and told me that she is "
        "'the worst reader in the class', which suggests that her confidence as a "
        "learner is very fragile.",
        "semh",
        "missing_from_b",
        note="Stated in the observation prose, not in the summary of needs.",
    )
    n_att = c.need(
        EP,
        "Isla finds it hard to sustain attention on adult-led tasks for more than "
        "about five minutes, particularly when the task involves reading or writing.",
        "cognition_learning",
        "in_b",
        "Isla's concentration on tasks led by an adult lasts only a few minutes, "
        "especially in reading and writing.",
    )

    # Section F rows: (outcome, provision, staffing, frequency, duration, review)
    rows: list[list[str]] = []

    def frow(outcome, text, staff, freq, dur, review, specific, note=None):
        c.f(text, specific, note)
        rows.append([outcome, text, staff, freq, dur, review])
        return text

    F_PHON = frow(
        "E1",
        "Structured multisensory phonics programme, following a published "
        "scheme chosen by the SENCo",
        "Teaching assistant, 1:1",
        "3 x 30 minutes per week",
        "Two terms, then reviewed",
        "SENCo, termly",
        True,
        note="Quantified, but a teaching assistant where a qualified SpLD specialist "
        "teacher was recommended.",
    )
    F_STEPS = frow(
        "E2",
        "Instructions given one step at a time, with a visual checklist of the "
        "steps placed on Isla's desk",
        "Class teacher and every adult working with Isla",
        "Every lesson",
        "Throughout the school year",
        "Class teacher, half-termly",
        True,
    )
    F_MEM = frow(
        "E2",
        "Support to develop memory strategies",
        "School staff",
        "Regularly",
        "As appropriate",
        "Annual review",
        False,
    )
    F_EXAMS = frow(
        "E3",
        "25% extra time and an adult reader in all tests and assessments",
        "Class teacher; reader is a familiar teaching assistant",
        "Every test and assessment",
        "Throughout the school year",
        "SENCo, before each assessment period",
        True,
    )
    F_VISIT = frow(
        "E1",
        "Specialist teacher from the Thistlemoor Learning Support Service to "
        "review Isla's literacy programme and advise staff",
        "Specialist teacher (SpLD)",
        "One hour per half-term",
        "Throughout the school year",
        "Specialist teacher, written note after each visit",
        True,
        note="Specific, but far less than weekly 45-minute teaching sessions.",
    )
    F_COPY = frow(
        "E3",
        "A printed copy, on cream paper, of any text Isla would otherwise have to "
        "copy from the board",
        "Class teacher",
        "Every lesson that involves copying",
        "Throughout the school year",
        "Class teacher, half-termly",
        True,
    )
    F_PT = frow(
        "E1",
        "Precision teaching of high-frequency words",
        "Teaching assistant trained in precision teaching, 1:1",
        "Daily",
        "10 minutes each session",
        "SENCo, every six weeks",
        True,
    )
    frow(
        "E4",
        "Opportunities to build Isla's self-esteem",
        "All staff",
        "As required",
        "Ongoing",
        "—",
        False,
    )

    r_phon = c.rec(
        EP,
        "Isla should receive a structured, multisensory phonics intervention "
        "delivered 1:1 by a specialist teacher holding an SpLD qualification, three "
        "times a week for 30 minutes.",
        "cognition_learning",
        "less",
        F_PHON,
        note="Qualification downgrade: teaching assistant instead of SpLD teacher.",
    )
    r_steps = c.rec(
        EP,
        "It would help Isla if instructions were broken into single steps and "
        "backed up by a visual checklist on her desk, in every lesson.",
        "cognition_learning",
        "specific",
        F_STEPS,
        note="A recommendation written as 'It would help Isla if ...'.",
    )
    r_mem = c.rec(
        EP,
        "Isla should be taught memory strategies (rehearsal, chunking and visual "
        "cues) by a trained teaching assistant, 3 x 20 mins per week, in a group of no "
        "more than three pupils.",
        "cognition_learning",
        "not_specific",
        F_MEM,
    )
    r_home = c.rec(
        EP,
        "At home, Isla's parents could share a book with her for ten minutes each "
        "evening, taking turns to read a page each.",
        "other",
        "not_educational",
        note="Advice for home.",
    )
    r_exams = c.rec(
        EP,
        "Isla should be allowed 25% extra time and a reader for all tests and assessments.",
        "cognition_learning",
        "specific",
        F_EXAMS,
    )

    ep_blocks = [
        ("org", "Thistlemoor Educational Psychology Service"),
        (
            "sub",
            "Corbel House, 4 Lantern Street, Thistlemoor QM3 2XT · 01632 960214 · "
            "eps@thistlemoor.example.org",
        ),
        ("title", "Psychological advice for an Education, Health and Care needs assessment"),
        kv(
            [
                ("Child", "Isla Brennan"),
                ("Date of birth", "14 May 2017"),
                ("School", "Fernhill Community Primary School, Year 3"),
                (
                    "Psychologist",
                    "Dr Mariam Okonjo-Hale, Educational Psychologist (HCPC registered)",
                ),
                ("Date of report", "20 January 2026"),
            ]
        ),
        ("h", 1, "Reason for involvement"),
        (
            "p",
            "The local authority asked for psychological advice as part of an EHC needs "
            "assessment requested by Isla's parents, Niamh and Declan Brennan. I met Isla in "
            "school on 8 January 2026, observed her in a literacy lesson, and spoke with her "
            "class teacher, the SENCo and her parents.",
        ),
        ("h", 1, "What I saw"),
        (
            "p",
            "Isla was friendly and chatty on the way to the room and enjoyed the puzzles and "
            "the block design task. " + n_conf,
        ),
        (
            "p",
            "In the literacy lesson the class were writing a recount of a school trip. Isla "
            "wrote her name and the date and then spent much of the lesson sharpening pencils "
            "and tidying her tray.",
        ),
        ("h", 1, "Assessment"),
        (
            "p",
            "I used selected subtests of a standardised cognitive battery. Scores between 85 "
            "and 115 are in the average range.",
        ),
        (
            "table",
            [
                ["Area assessed", "Standard score", "Description"],
                ["Verbal reasoning", "104", "Average"],
                ["Non-verbal reasoning", "109", "Average"],
                ["Verbal working memory", "72", "Well below average"],
                ["Processing speed", "78", "Below average"],
                ["Phonological processing", "74", "Well below average"],
            ],
            {"widths": [0.45, 0.2, 0.35]},
        ),
        ("pb",),
        ("h", 1, "Summary of Isla's needs"),
        ("ul", [n_phon, n_wm, n_speed, n_att]),
        (
            "p",
            "Isla's reasoning skills are a real strength and should be recognised: she "
            "understands ideas well when they are explained to her orally.",
        ),
        ("h", 1, "Advice on provision"),
        (
            "p",
            "Isla's difficulties are persistent despite good-quality teaching, and she needs "
            "more than the usual catch-up work. " + r_phon,
        ),
        ("p", "Teachers should keep the language of instructions short. " + r_steps),
        ("ol", [r_mem, r_exams]),
        ("h", 1, "Suggestions for home"),
        ("p", r_home + " Praise for effort rather than accuracy will help."),
        (
            "sig",
            [
                "Dr Mariam Okonjo-Hale",
                "Educational Psychologist",
                "Thistlemoor Educational Psychology Service",
            ],
        ),
    ]
    c.docs.append(
        Doc(
            EP,
            ep_blocks,
            header="Thistlemoor EPS – psychological advice",
            footer="Isla Brennan – EP advice – January 2026",
            author="Thistlemoor Educational Psychology Service",
            title="Psychological advice – Isla Brennan",
        )
    )

    # ---- specialist teacher report (.pdf) ---------------------------------------
    n_read = c.need(
        ST,
        "Isla's single-word reading is at the 2nd percentile, and she relies "
        "heavily on guessing from the first letter.",
        "cognition_learning",
        "in_b",
        "Isla's reading of single words is very weak for her age, and she often "
        "guesses a word from its first letter.",
    )
    n_spell = c.need(
        ST,
        "Her spelling is often phonetically implausible (for example 'sd' for "
        "'said'), which shows that she has not yet secured letter-sound "
        "correspondences.",
        "cognition_learning",
        "in_b",
        "Isla has not yet learned which letters go with which sounds, so many of "
        "her spellings cannot be read back.",
    )
    n_hand = c.need(
        ST,
        "Handwriting is slow and effortful: Isla writes 6 words per minute "
        "against an expected 11, and says that her hand aches after a few lines.",
        "sensory_physical",
        "missing_from_b",
    )
    n_copy = c.need(
        ST,
        "Isla has difficulty copying from the board, losing her place and leaving out words.",
        "cognition_learning",
        "in_b",
        "Copying from the whiteboard is hard for Isla because she loses her place "
        "and misses out words.",
    )
    r_visit = c.rec(
        ST,
        "Isla needs 45-minute sessions each week with a specialist teacher from "
        "the Learning Support Service, to teach and monitor her literacy programme.",
        "cognition_learning",
        "less",
        F_VISIT,
    )
    r_copy = c.rec(
        ST,
        "Isla should be given a copy of any text on the board, printed on cream "
        "paper, so that she does not have to copy it.",
        "cognition_learning",
        "specific",
        F_COPY,
    )
    r_type = c.rec(
        ST,
        "A touch-typing programme should be started, with twice weekly practice "
        "for 15 minutes supervised by a teaching assistant.",
        "sensory_physical",
        "missing_from_f",
    )
    r_pt = c.rec(
        ST,
        "Isla should have daily precision teaching of high-frequency words for 10 "
        "minutes, 1:1 with a trained teaching assistant.",
        "cognition_learning",
        "specific",
        F_PT,
    )
    grommets = c.non_need(
        ST,
        "Isla had grommets fitted in 2021 for glue ear; her hearing has "
        "since been tested and is normal.",
        "A resolved difficulty in the background.",
    )

    st_blocks = [
        ("org", "Thistlemoor Learning Support Service"),
        (
            "sub",
            "Specialist Teacher Team (Specific Learning Difficulties), Quarry Lane Centre, "
            "Thistlemoor QM5 8ZR",
        ),
        ("title", "Specialist Teacher Assessment Report"),
        kv(
            [
                ("Pupil", "Isla Brennan (Year 3)"),
                ("School", "Fernhill Community Primary School"),
                ("Assessed by", "Gwen Tallis, Specialist Teacher, AMBDA"),
                ("Dates of assessment", "13 and 15 January 2026"),
            ]
        ),
        ("h", 1, "1. Background"),
        (
            "p",
            grommets + " Isla has had two terms of small-group phonics catch-up in Year 2 "
            "and Year 3, with limited progress.",
        ),
        ("h", 1, "2. Standardised attainment"),
        (
            "table",
            [
                ["Test", "Standard score", "Percentile"],
                ["Single-word reading", "69", "2"],
                ["Spelling", "71", "3"],
                ["Reading comprehension (listening)", "101", "53"],
                ["Handwriting speed (words per minute)", "6", "below 5"],
            ],
            {"widths": [0.5, 0.25, 0.25]},
        ),
        ("h", 1, "3. Observations and findings"),
        ("p", n_read + " " + n_spell),
        ("p", n_hand),
        (
            "p",
            n_copy + " She was much more successful when the same text was on paper in "
            "front of her.",
        ),
        ("pb",),
        ("h", 1, "4. Recommendations"),
        ("p", "The following provision is recommended for school."),
        ("ul", [r_visit, r_pt, r_copy, r_type]),
        (
            "p",
            "I would be happy to discuss this report with school staff or with Isla's "
            "parents. Telephone 01632 960377.",
        ),
        ("sig", ["Gwen Tallis", "Specialist Teacher (SpLD), Thistlemoor Learning Support Service"]),
    ]
    c.docs.append(
        Doc(
            ST,
            st_blocks,
            header="Thistlemoor Learning Support Service",
            footer="Isla Brennan – specialist teacher report – page",
            author="Thistlemoor Learning Support Service",
            title="Specialist teacher report – Isla Brennan",
        )
    )

    # ---- plan (.pdf), section tables ------------------------------------------
    H = {
        "A": "Views, interests and aspirations of Isla and her parents",
        "B": "Special educational needs",
        "C": "Health needs related to Isla's special educational needs",
        "D": "Social care needs related to Isla's special educational needs or disability",
        "E": "Outcomes sought for Isla",
        "F": "Special educational provision",
        "G": "Health provision",
        "H1": "Social care provision under the Chronically Sick and Disabled Persons Act 1970",
        "H2": "Other social care provision",
        "I": "Name and type of school",
        "J": "Personal budget",
        "K": "Advice and information gathered during the assessment",
    }
    s = {
        "A": "Isla says she would like to be a vet and look after horses when she grows up.",
        "B": "Isla is a bright and sociable girl whose verbal reasoning is in the average range.",
        "C": "Isla has no diagnosed health condition; her hearing was last tested in 2024 and "
        "was normal.",
        "D": "Isla has no identified social care needs.",
        "E": "By the end of Year 4, Isla will read aloud a book at her instructional level with "
        "at least 90% accuracy.",
        "F": F_PT,
        "G": "No health provision is required for Isla at present.",
        "H1": "No provision is made for Isla under section 2 of the 1970 Act.",
        "H2": "Isla does not require other social care provision.",
        "I": "Fernhill Community Primary School, Orchard Way, Thistlemoor QM2 4WL "
        "(mainstream community primary school).",
        "J": "Isla's parents have not asked for a personal budget.",
        "K": "The advice listed below was received during the assessment and is attached to "
        "this plan.",
    }
    for sid in SECTION_IDS:
        c.sect(sid, H[sid], s[sid])

    def lt(letter, paras):
        return (
            "lettertable",
            letter,
            H[letter],
            [
                (f"{letter}.{i}" if len(letter) > 1 else f"{letter}{i}.", t)
                for i, t in enumerate(paras, 1)
            ],
        )

    plan_blocks = [
        ("org", "Thistlemoor County Council – SEND Assessment and Planning"),
        ("title", "Education, Health and Care Plan"),
        kv(
            [
                ("Name", "Isla Brennan"),
                ("Date of birth", "14 May 2017"),
                ("Home address", "27 Candlewick Close, Thistlemoor QM2 6YD"),
                ("Parents", "Niamh and Declan Brennan"),
                ("Plan type", "Final plan"),
                ("Date of issue", "9 March 2026"),
                ("Case officer", "Priya Lindqvist"),
            ]
        ),
        lt(
            "A",
            [
                "Isla enjoys horse riding, drawing and playing with her little brother. "
                "She likes maths and science best at school.",
                s["A"],
                "Isla's parents want her to learn to read so that she can enjoy books and feel "
                "proud of herself.",
            ],
        ),
        lt(
            "B",
            [s["B"]]
            + [c.plan_of(n) for n in (n_phon, n_wm, n_speed, n_att, n_read, n_spell, n_copy)],
        ),
        lt("C", [s["C"]]),
        lt("D", [s["D"]]),
        lt(
            "E",
            [
                s["E"],
                "By July 2027, Isla will follow a three-step classroom instruction with "
                "the help of her checklist.",
                "By July 2027, Isla will complete written tasks in class without having to "
                "copy from the board.",
                "By July 2027, Isla will say three things she is good at as a learner.",
            ],
        ),
        lt(
            "F",
            [
                "The provision below will be made by Fernhill Community Primary School unless "
                "another provider is named. Outcome numbers refer to Section E."
            ],
        ),
        (
            "table",
            [["Outcome", "Provision", "Staffing", "Frequency", "Duration", "Review"], *rows],
            {"widths": [0.11, 0.28, 0.18, 0.15, 0.14, 0.14], "size": 8.5},
        ),
        lt("G", [s["G"]]),
        lt("H1", [s["H1"]]),
        lt("H2", [s["H2"]]),
        lt("I", [s["I"]]),
        lt("J", [s["J"]]),
        lt(
            "K",
            [
                s["K"],
                "Psychological advice, Dr Mariam Okonjo-Hale, 20 January 2026.",
                "Specialist teacher report, Gwen Tallis, January 2026.",
                "Parental advice, Niamh and Declan Brennan, December 2025.",
                "Educational advice, Fernhill Community Primary School, December 2025.",
            ],
        ),
        (
            "sig",
            [
                "Signed on behalf of Thistlemoor County Council: Priya Lindqvist, EHC Co-ordinator",
                "Date: 9 March 2026",
            ],
        ),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan_blocks,
            footer="Isla Brennan – final EHC plan",
            page_of=True,
            author="Thistlemoor County Council",
            title="EHC Plan – Isla Brennan",
        )
    )
    return c


# ===========================================================================
# case-eval-02  Ravensholt Borough Council
#   Word plan with "Part n: ... (Section X)" headings in a non-alphabetical order.
#   B, E and F are grouped by area of need: one table per area with the columns
#   "Needs (Section B)", "Outcomes (Section E)" and "Provision (Section F)".
#   A single "Section H"; no Section J. Typographic apostrophes, as Word types them.
#   Autism, language, sensory. SALT report (.pdf), EP advice (.docx).
# ===========================================================================


def case_02() -> Case:
    SALT, EP, PLAN = "salt_report.pdf", "ep_advice.docx", "plan.docx"
    c = Case(
        "case-eval-02",
        PLAN,
        [SALT, EP],
        "Amira Haddad, 6, Year 1, mainstream infant school. Autism, language disorder, "
        "sensory differences. B, E and F share one table per area of need; a single "
        "Section H; no Section J; group sessions instead of 1:1.",
    )
    c.single_h = True
    COL_B, COL_E, COL_F = "Needs (Section B)", "Outcomes (Section E)", "Provision (Section F)"
    c.column_sections = {"B": COL_B, "E": COL_E, "F": COL_F}
    c.note = (
        "B, E and F are columns of the same tables, so their headings are the column "
        "headers. The plan has one 'Section H' with no H1/H2 split; it is recorded as H1 "
        "and no section_missing finding is expected for H2."
    )

    # ---- plan provision (Section F column) --------------------------------------
    F_SALT = c.f(
        "Amira will take part in a small-group speech and language session led by a "
        "speech and language therapist, twice weekly for 30 minutes, with up to four "
        "children in the group.",
        True,
        note="Specific: 'up to four children' is a group size, not a hedge on the "
        "amount. Less than recommended: a group instead of 1:1.",
    )
    F_VIS = c.f(
        "All staff will use a visual timetable, a now-and-next board and Makaton signs "
        "with Amira throughout every school day.",
        True,
    )
    F_AA = c.f(
        "Amira will have an Attention Autism session every day for 15 minutes, in a group "
        "of no more than four children, run by a teaching assistant trained in Attention "
        "Autism.",
        True,
    )
    F_FRIENDS = c.f("Opportunities to develop friendships with other children.", False)
    F_ADULT = c.f("Amira will have the support of an adult throughout the day as required.", False)
    F_PLAN = c.f(
        "Amira’s class teacher will tell her about any change to the day’s routine at "
        "morning registration, using her visual timetable, and her teaching assistant "
        "will rehearse the change with her.",
        True,
    )
    F_STATION = c.f(
        "A screened workstation in a quiet corner of the classroom, and a "
        "five-minute movement break led by her teaching assistant every 45 minutes.",
        True,
    )
    F_FINE = c.f(
        "A fine motor programme (dough, tweezers and scissor practice) for 10 minutes "
        "every day, delivered 1:1 by a teaching assistant and reviewed by the SENCo "
        "each half-term.",
        True,
    )
    F_NUM = c.f(
        "Amira will work on early number skills in a group of six with a teaching "
        "assistant, four times a week for 15 minutes.",
        True,
        note="Specific, but a group of six four times a week where 1:1 daily was recommended.",
    )

    # ---- SALT report (.pdf) -----------------------------------------------------
    n_und = c.need(
        SALT,
        "Amira’s understanding of spoken language is at around a three-year "
        "level; she follows instructions with one key word but not with two or more.",
        "communication_interaction",
        "in_b",
        "Amira understands short spoken sentences with one important word, but "
        "instructions with two or more key words are too hard for her.",
    )
    n_echo = c.need(
        SALT,
        "She communicates mainly through single words and learned phrases, "
        "often repeating what an adult has just said (echolalia).",
        "communication_interaction",
        "in_b",
        "Amira mostly talks in single words or phrases she has learned, and often "
        "repeats back the words an adult has just used.",
    )
    n_play = c.need(
        SALT,
        "Amira rarely initiates interaction with other children and plays "
        "alongside rather than with them.",
        "communication_interaction",
        "in_b",
        "Amira does not often start play with other children; she tends to play "
        "next to them rather than with them.",
    )
    n_joint = c.need(
        SALT,
        "Amira has difficulty with joint attention: she does not reliably "
        "follow an adult’s point or look up to share her interest.",
        "communication_interaction",
        "missing_from_b",
        note="In the assessment prose.",
    )
    r_salt = c.rec(
        SALT,
        "Amira requires direct 1:1 speech and language therapy with a speech "
        "and language therapist, twice weekly for 30 minutes, for at least the next "
        "school year.",
        "communication_interaction",
        "less",
        F_SALT,
        note="Group instead of 1:1.",
    )
    r_vis = c.rec(
        SALT,
        "A visual timetable, a now-and-next board and Makaton signing should be "
        "used consistently by all staff throughout the day.",
        "communication_interaction",
        "specific",
        F_VIS,
    )
    G_TRAIN = (
        "The Ravensholt Children’s Therapy Service speech and language therapist will "
        "train the school staff who work with Amira in Attention Autism once a term."
    )
    r_train = c.rec(
        SALT,
        "Staff working with Amira should receive training in Attention Autism "
        "from the speech and language therapist once a term.",
        "communication_interaction",
        "wrong_section",
        G_TRAIN,
        section="G",
    )
    r_aa = c.rec(
        SALT,
        "Amira should have an Attention Autism group daily for 15 minutes, run by "
        "a trained teaching assistant.",
        "communication_interaction",
        "specific",
        F_AA,
    )
    r_parent = c.rec(
        SALT,
        "Amira’s parents are encouraged to attend the Chatter Together "
        "workshops for parents run by the therapy service.",
        "other",
        "not_educational",
        note="Advice for the family.",
    )

    salt_blocks = [
        ("org", "Ravensholt Children’s Therapy Service"),
        (
            "sub",
            "Speech and Language Therapy · Elmstead Clinic, Wharf Road, Ravensholt XT4 9QJ · "
            "01632 960451",
        ),
        ("title", "Speech and Language Therapy Advice"),
        kv(
            [
                ("Name", "Amira Haddad"),
                ("NHS number", "999 000 4417"),
                ("Date of birth", "3 November 2019"),
                ("Setting", "Brookhaven Infant School, Year 1"),
                ("Therapist", "Bethan Lowry, Highly Specialist Speech and Language Therapist"),
                ("Date", "2 February 2026"),
            ]
        ),
        ("h", 1, "Assessment"),
        (
            "p",
            "Amira was seen at school on two occasions, in her classroom and in a quiet room, "
            "and I talked with her class teacher, Mrs Osei, and with her mother.",
        ),
        ("p", n_und + " " + n_echo),
        ("p", "I watched Amira at morning play. " + n_play + " " + n_joint),
        (
            "p",
            "Amira enjoys songs and rhymes and will fill in the last word of a familiar "
            "line, which is a good starting point for therapy.",
        ),
        ("pb",),
        ("h", 1, "Recommendations"),
        ("ul", [r_salt, r_vis, r_aa, r_train]),
        ("h", 1, "For home"),
        ("p", r_parent),
        (
            "sig",
            ["Bethan Lowry", "Highly Specialist Speech and Language Therapist", "HCPC SL041177"],
        ),
    ]
    c.docs.append(
        Doc(
            SALT,
            salt_blocks,
            header="Ravensholt Children’s Therapy Service",
            footer="SALT advice – Amira Haddad",
            author="Ravensholt Children’s Therapy Service",
            title="SALT advice – Amira Haddad",
        )
    )

    # ---- EP advice (.docx) ------------------------------------------------------
    n_change = c.need(
        EP,
        "Amira becomes very distressed when routines change without warning, "
        "sometimes dropping to the floor and screaming for up to twenty minutes.",
        "semh",
        "in_b",
        "Unexpected changes to routine cause Amira great distress, and she may "
        "drop to the floor and scream for a long time.",
    )
    n_noise = c.need(
        EP,
        "She is highly sensitive to noise; in the hall and the dining room she "
        "covers her ears and tries to leave.",
        "sensory_physical",
        "in_b",
        "Loud places such as the hall and the dining room overwhelm Amira, and "
        "she covers her ears and tries to run out.",
    )
    n_num = c.need(
        EP,
        "Amira cannot yet count reliably beyond five or match numerals to quantities.",
        "cognition_learning",
        "in_b",
        "Amira can count to five but not reliably beyond, and she cannot yet match "
        "numerals to amounts.",
    )
    n_move = c.need(
        EP,
        "Amira seeks movement constantly, climbing on furniture and spinning, and "
        "she struggles to stay seated for more than two or three minutes.",
        "sensory_physical",
        "missing_from_b",
        note="F provides movement breaks, but B never describes the need.",
    )
    n_fine = c.need(
        EP,
        "Her fine motor skills are immature: she uses a fisted grip and cannot yet use scissors.",
        "sensory_physical",
        "in_b",
        "Amira holds a pencil in her fist and cannot use scissors yet.",
    )
    r_adult = c.rec(
        EP,
        "Amira will need the support of a trained teaching assistant throughout "
        "the school day, including at lunchtime and playtime, to keep her safe and "
        "help her take part.",
        "semh",
        "not_specific",
        F_ADULT,
    )
    r_station = c.rec(
        EP,
        "It would help her if she had a quiet, low-stimulus workstation in the "
        "classroom and a planned movement break every 45 minutes.",
        "sensory_physical",
        "specific",
        F_STATION,
        note="A recommendation written as 'It would help her if ...'.",
    )
    r_circuit = c.rec(
        EP,
        "A sensory diet devised by an occupational therapist should be put in "
        "place, including a 10-minute sensory circuit each morning.",
        "sensory_physical",
        "missing_from_f",
    )
    r_num = c.rec(
        EP,
        "Amira should be taught early number in a 1:1 session with a teaching "
        "assistant for 15 minutes each day, using concrete apparatus.",
        "cognition_learning",
        "less",
        F_NUM,
    )
    r_bed = c.rec(
        EP,
        "At home, the family may find a picture sequence for the bedtime routine "
        "helpful in settling Amira to sleep.",
        "other",
        "not_educational",
        note="Advice for home.",
    )
    toilet = c.non_need(
        EP,
        "Amira was slow to become toilet trained but has been fully "
        "continent since the age of four.",
        "Resolved; background only.",
    )

    ep_blocks = [
        ("org", "Ravensholt Educational Psychology Team"),
        ("sub", "Civic Offices, Mill Lane, Ravensholt XT1 2PP · eps@ravensholt.example.org"),
        ("title", "Educational Psychology Advice (EHC needs assessment)"),
        kv(
            [
                ("Child", "Amira Haddad"),
                ("Year group", "Year 1"),
                ("School", "Brookhaven Infant School"),
                ("Educational Psychologist", "Dr Tobias Renwick"),
                ("Date of advice", "26 January 2026"),
            ]
        ),
        ("h", 2, "Background"),
        (
            "p",
            "Amira received a diagnosis of autism from the Ravensholt Child Development Centre "
            "in 2024. " + toilet + " She lives with her parents and her older brother, who "
            "is in Year 4 at the junior school next door.",
        ),
        ("h", 2, "Views of Amira"),
        (
            "p",
            "Amira showed me her favourite toy, a red bus, and said “bus go” and “more "
            "bubbles” during our play.",
        ),
        ("h", 2, "Strengths and needs"),
        (
            "p",
            "Amira is affectionate with familiar adults, has a strong visual memory and "
            "enjoys puzzles.",
        ),
        ("ul", [n_change, n_noise, n_num, n_fine]),
        ("p", "Staff describe, and I saw in class, the same pattern. " + n_move),
        ("pb",),
        ("h", 2, "What will help Amira"),
        ("p", r_adult),
        ("p", "Amira’s classroom is bright and busy. " + r_station),
        ("p", r_circuit + " School has not yet had advice from an occupational therapist."),
        ("p", r_num),
        ("p", r_bed),
        (
            "sig",
            [
                "Dr Tobias Renwick",
                "Educational Psychologist",
                "Ravensholt Educational Psychology Team",
            ],
        ),
    ]
    c.docs.append(
        Doc(
            EP,
            ep_blocks,
            header="Ravensholt Educational Psychology Team",
            footer="OFFICIAL – SENSITIVE",
            author="Ravensholt Educational Psychology Team",
            title="EP advice – Amira Haddad",
        )
    )

    # ---- plan (.docx) -----------------------------------------------------------
    H = {
        "A": "Part 1: All about me (Section A)",
        "C": "Part 3: My health needs (Section C)",
        "G": "Part 4: Health provision (Section G)",
        "D": "Part 5: Social care needs (Section D)",
        "H1": "Part 6: Social care provision (Section H)",
        "I": "Part 7: My school (Section I)",
        "K": "Part 8: Advice and information (Section K)",
    }
    E1 = (
        "By July 2027, Amira will follow a two-step instruction in class when it is "
        "shown with pictures."
    )
    s = {
        "A": "I like buses, bubbles, the big slide and my brother Sami.",
        "B": c.plan_of(n_und),
        "C": "Amira was diagnosed with autism in 2024 and is "
        "reviewed by the community paediatrician once a year.",
        "D": "Amira and her family have no assessed social care needs.",
        "E": E1,
        "F": F_VIS,
        "G": "The community paediatrician will review Amira’s development once a year.",
        "H1": "No social care provision is required for Amira at this time.",
        "I": "Brookhaven Infant School, Lark Rise, Ravensholt XT3 8LW – a mainstream "
        "community infant school.",
        "K": "The advice listed below was gathered for the EHC needs assessment.",
    }
    for sid in ("A", "C", "G", "D", "H1", "I", "K"):
        c.sect(sid, H[sid], s[sid])
    for sid, col in c.column_sections.items():
        c.sect(sid, col, s[sid])

    def area_table(rows):
        return ("table", [[COL_B, COL_E, COL_F], *rows], {"widths": [0.34, 0.3, 0.36], "size": 9.5})

    plan_blocks = [
        ("org", "Ravensholt Borough Council"),
        ("sub", "Special Educational Needs Team · Civic Offices, Mill Lane, Ravensholt XT1 2PP"),
        ("title", "My Education, Health and Care Plan"),
        kv(
            [
                ("My name", "Amira Haddad"),
                ("Date of birth", "3 November 2019"),
                ("Parents", "Leila and Karim Haddad"),
                ("Status", "Final"),
                ("Date issued", "16 March 2026"),
                ("Plan co-ordinator", "Sean McAlister"),
            ]
        ),
        ("h", 1, H["A"]),
        ("p", s["A"]),
        (
            "p",
            "My mum and dad say I am funny and loving. They want me to be able to tell people "
            "what I need and to have a friend at school.",
        ),
        (
            "h",
            1,
            "Part 2: What I need, what I will achieve and the help I will get "
            "(Sections B, E and F)",
        ),
        (
            "p",
            "The provision in the right-hand column will be made by Brookhaven Infant School "
            "unless another provider is named.",
        ),
        ("h", 2, "Communication and interaction"),
        area_table(
            [
                [c.plan_of(n_und), E1, F_SALT],
                [
                    c.plan_of(n_echo),
                    "By July 2027, Amira will use three-word phrases to ask for what she wants.",
                    F_VIS,
                ],
                [
                    c.plan_of(n_play),
                    "By the end of Year 2, Amira will take turns in a simple game "
                    "with one other child and an adult.",
                    F_AA,
                ],
                ["", "", F_FRIENDS],
            ]
        ),
        ("h", 2, "Social, emotional and mental health"),
        area_table(
            [
                [
                    c.plan_of(n_change),
                    "By July 2027, Amira will accept a change to her day when it "
                    "is shown on her timetable, without becoming distressed.",
                    F_PLAN,
                ],
                ["", "", F_ADULT],
            ]
        ),
        ("h", 2, "Sensory and physical"),
        area_table(
            [
                [
                    c.plan_of(n_noise),
                    "By July 2027, Amira will eat her lunch in the dining room "
                    "with ear defenders on at least three days a week.",
                    F_STATION,
                ],
                [
                    c.plan_of(n_fine),
                    "By July 2027, Amira will use a tripod grip with a pencil "
                    "grip and cut along a straight line.",
                    F_FINE,
                ],
            ]
        ),
        ("h", 2, "Cognition and learning"),
        area_table(
            [
                [
                    c.plan_of(n_num),
                    "By July 2027, Amira will count ten objects accurately and "
                    "match them to the numeral.",
                    F_NUM,
                ]
            ]
        ),
        ("pb",),
        ("h", 1, H["C"]),
        ("p", s["C"]),
        ("h", 1, H["G"]),
        ("p", s["G"]),
        ("p", G_TRAIN),
        ("h", 1, H["D"]),
        ("p", s["D"]),
        ("h", 1, H["H1"]),
        ("p", s["H1"]),
        ("h", 1, H["I"]),
        ("p", s["I"]),
        ("h", 1, H["K"]),
        ("p", s["K"]),
        (
            "ul",
            [
                "Speech and language therapy advice, Bethan Lowry, 2 February 2026",
                "Educational psychology advice, Dr Tobias Renwick, 26 January 2026",
                "Advice from Amira’s parents, January 2026",
                "Advice from Brookhaven Infant School, January 2026",
            ],
        ),
        (
            "sig",
            ["Sean McAlister, Plan Co-ordinator, for Ravensholt Borough Council", "16 March 2026"],
        ),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan_blocks,
            header="Ravensholt Borough Council – EHC Plan",
            footer="Amira Haddad",
            author="Ravensholt Borough Council",
            title="EHC Plan – Amira Haddad",
        )
    )
    return c


# ===========================================================================
# case-eval-03  Quillbridge City Council
#   DRAFT Word plan. Section headings are short bold paragraphs ("B.", "F.", "H1.")
#   with an italic guidance line under each; a contents page repeats the headings
#   in full; Section F is bullets; Section I is left blank, as a draft allows.
#   Deaf pupil. Teacher of the Deaf report (.pdf), audiology report (.docx).
# ===========================================================================


def case_03() -> Case:
    TOD, AUD, PLAN = "tod_report.pdf", "audiology_report.docx", "draft_plan.docx"
    c = Case(
        "case-eval-03",
        PLAN,
        [TOD, AUD],
        "Tomas Nowak, 13, Year 8, mainstream academy. Moderate to severe bilateral "
        "hearing loss, language and vocabulary gaps, listening fatigue, isolation. Draft "
        "plan with letter-only headings, a contents page and Section I left blank.",
    )
    c.note = (
        "Section I is blank, as the law allows in a draft plan, so it is present and no "
        "section_missing finding is expected for it."
    )

    F_INTRO = "Unless another provider is named, Queensgate Academy will make the provision below."
    F_VOCAB = c.f(
        "A teaching assistant will pre-teach subject vocabulary with Tomas for 30 "
        "minutes each week, using word lists provided by the Qualified Teacher of "
        "the Deaf.",
        True,
        note="Specific, but a TA for 30 minutes where a Teacher of the Deaf for an "
        "hour was recommended.",
    )
    F_RADIO = c.f(
        "Tomas's radio aid will be used in every lesson; the Qualified Teacher of the "
        "Deaf will train all staff who teach him to use it at the start of each "
        "school year and whenever a new teacher joins.",
        True,
    )
    F_SEAT = c.f(
        "Seating near the front and to one side in every lesson, so that Tomas can see "
        "his teacher's face and most of the class.",
        True,
    )
    F_CHECK = c.f("Equipment checks as appropriate.", False)
    F_LUNCH = c.f("Access to a lunchtime club.", False)
    F_EXAMS = c.f("Tomas may benefit from a separate room for tests.", False)
    F_SOUND = c.f(
        "The science laboratory and Tomas's tutor room will be fitted with soundfield "
        "systems before September 2026, funded by the academy, and doors and windows "
        "will be closed during teaching in those rooms.",
        True,
    )
    F_READ = c.f(
        "Three 20-minute reading comprehension sessions a week in a group of no more "
        "than three pupils, taught by the English intervention teacher.",
        True,
    )

    # ---- Teacher of the Deaf report (.pdf) ----------------------------------------
    n_loss = c.need(
        TOD,
        "Tomas has a moderate to severe bilateral sensorineural hearing loss "
        "and wears two behind-the-ear hearing aids.",
        "sensory_physical",
        "in_b",
        "Tomas is deaf: he has a moderate to severe permanent hearing loss in both "
        "ears and wears a hearing aid in each ear.",
    )
    n_noise = c.need(
        TOD,
        "In a typical classroom with background noise, Tomas hears only part of "
        "what the teacher says, and he misses almost all contributions from other "
        "pupils.",
        "sensory_physical",
        "in_b",
        "Background noise in lessons means Tomas misses much of what his teachers "
        "say and nearly everything his classmates say.",
    )
    n_vocab = c.need(
        TOD,
        "His receptive vocabulary is around three years behind his age, "
        "particularly for subject-specific and abstract words.",
        "communication_interaction",
        "in_b",
        "Tomas knows far fewer words than others of his age, especially the "
        "technical and abstract words used in subjects.",
    )
    n_fatigue = c.need(
        TOD,
        "Tomas experiences marked listening fatigue by the afternoon, when he "
        "becomes withdrawn and stops following the lesson.",
        "sensory_physical",
        "missing_from_b",
    )
    n_alone = c.need(
        TOD,
        "He is increasingly isolated at social times because he cannot follow "
        "group conversations in the canteen and playground.",
        "semh",
        "in_b",
        "Tomas finds it hard to join in conversations with groups of friends at "
        "break and lunch, and he often spends these times on his own.",
    )
    n_comp = c.need(
        TOD,
        "Tomas decodes accurately, but his reading comprehension is limited by "
        "his language and he does not understand much of what he reads.",
        "cognition_learning",
        "in_b",
        "Tomas can read words accurately but often does not grasp the meaning of what he has read.",
    )
    n_pretend = c.need(
        TOD,
        "Tomas told me that he pretends to understand so that he does not "
        "look different, which means that gaps in his learning often go "
        "unnoticed.",
        "semh",
        "missing_from_b",
        note="Stated in the pupil's views, not in the summary.",
    )
    r_tod = c.rec(
        TOD,
        "Tomas needs direct teaching from a Qualified Teacher of the Deaf, one hour "
        "per week, to pre-teach subject vocabulary and develop his language.",
        "communication_interaction",
        "less",
        F_VOCAB,
    )
    r_radio = c.rec(
        TOD,
        "A radio aid must be used in every lesson, and all staff should be "
        "trained in its use by the Qualified Teacher of the Deaf at the start of "
        "each school year.",
        "sensory_physical",
        "specific",
        F_RADIO,
    )
    r_seat = c.rec(
        TOD,
        "Tomas should be seated near the front, to one side, where he can see "
        "the teacher's face and the faces of the other pupils.",
        "sensory_physical",
        "specific",
        F_SEAT,
    )
    r_subs = c.rec(
        TOD,
        "Subtitles should be switched on for all video content used in lessons.",
        "sensory_physical",
        "missing_from_f",
    )
    r_check = c.rec(
        TOD,
        "A trained member of staff should check Tomas's hearing aids and radio "
        "aid daily, at the start of the school day.",
        "sensory_physical",
        "not_specific",
        F_CHECK,
    )
    r_lunch = c.rec(
        TOD,
        "It would help Tomas if he had a quiet place to go at lunchtime with a "
        "small group of friends, at least twice a week, supervised by a member of "
        "staff.",
        "semh",
        "not_specific",
        F_LUNCH,
        note="A recommendation written as 'It would help Tomas if ...'.",
    )
    r_mentor = c.rec(
        TOD,
        "Tomas should have a fortnightly mentoring session with a deaf role "
        "model from the Sensory Support Service.",
        "semh",
        "missing_from_f",
    )
    r_read = c.rec(
        TOD,
        "Reading comprehension should be taught explicitly, 3 x 20 mins per week, "
        "in a small group of up to three pupils.",
        "cognition_learning",
        "specific",
        F_READ,
    )

    tod_blocks = [
        ("org", "Quillbridge Sensory Support Service"),
        (
            "sub",
            "Hearing Support Team · The Maltings, Chandler's Yard, Quillbridge ZW6 1NB · "
            "01632 960528",
        ),
        ("title", "Report of the Qualified Teacher of the Deaf"),
        kv(
            [
                ("Pupil", "Tomas Nowak"),
                ("Date of birth", "21 April 2012"),
                ("School and year", "Queensgate Academy, Year 8"),
                ("Author", "Harriet Ekwueme, Qualified Teacher of the Deaf"),
                ("Visits", "12 and 19 January 2026"),
            ]
        ),
        ("h", 1, "Hearing and equipment"),
        (
            "p",
            n_loss + " He has used a radio aid since Year 5. I observed him in maths, "
            "science and English and carried out a listening check in a quiet room.",
        ),
        ("h", 1, "Listening in school"),
        ("p", n_noise + " " + n_fatigue),
        ("h", 1, "Language and literacy"),
        ("p", n_vocab + " " + n_comp),
        ("h", 1, "Social and emotional"),
        ("p", n_alone),
        ("p", "Tomas said that he likes design technology and football. " + n_pretend),
        ("pb",),
        ("h", 1, "Recommendations for school"),
        ("ol", [r_tod, r_radio, r_seat, r_subs, r_check, r_read, r_mentor]),
        ("p", "Tomas is a sociable boy who has lost confidence with his peers. " + r_lunch),
        (
            "sig",
            [
                "Harriet Ekwueme",
                "Qualified Teacher of the Deaf",
                "Quillbridge Sensory Support Service",
            ],
        ),
    ]
    c.docs.append(
        Doc(
            TOD,
            tod_blocks,
            header="Quillbridge Sensory Support Service",
            footer="Tomas Nowak – Teacher of the Deaf report",
            author="Quillbridge Sensory Support Service",
            title="Teacher of the Deaf report – Tomas Nowak",
        )
    )

    # ---- audiology report (.docx) --------------------------------------------------
    n_aids = c.need(
        AUD,
        "Without his hearing aids and radio aid, Tomas can hear very little conversational speech.",
        "sensory_physical",
        "in_b",
        "Without his hearing aids and radio aid Tomas hears almost nothing of "
        "ordinary conversation.",
    )
    ear = c.non_need(
        AUD,
        "Tomas had an ear infection in November 2025, which has now cleared.",
        "A past, resolved infection.",
    )
    G_CLINIC = (
        "Tomas will continue to be seen by the Quillbridge Children's Hearing Service "
        "every six months for hearing tests, hearing aid checks and new ear moulds."
    )
    r_acoustic = c.rec(
        AUD,
        "The classrooms Tomas uses most should have a soundfield system or "
        "acoustic treatment, and doors and windows should be closed during "
        "teaching.",
        "sensory_physical",
        "specific",
        F_SOUND,
    )
    r_clinic = c.rec(
        AUD,
        "Tomas should continue to be reviewed by the paediatric audiology "
        "clinic every six months, with hearing aid checks and new ear moulds as "
        "needed.",
        "health",
        "not_educational",
        G_CLINIC,
        section="G",
        note="Health provision that rightly stands in G.",
    )
    r_home = c.rec(
        AUD,
        "At home, the family should keep the drying box and battery supplies for "
        "the hearing aids topped up; both are free from the clinic.",
        "health",
        "not_educational",
        note="Advice for home.",
    )
    aud_blocks = [
        ("org", "Quillbridge Children's Hearing Service"),
        ("sub", "Paediatric Audiology, St Aldhelm's Health Centre, Quillbridge ZW2 5RD"),
        ("title", "Audiology Report for EHC Needs Assessment"),
        kv(
            [
                ("Patient", "Tomas Nowak"),
                ("Hospital number", "QCH 0047321"),
                ("Clinician", "Dr Samir Oduya, Clinical Scientist (Audiology)"),
                ("Date of appointment", "5 January 2026"),
            ]
        ),
        ("h", 2, "History"),
        (
            "p",
            "Tomas's hearing loss was identified through newborn hearing screening and he was "
            "first fitted with hearing aids at four months. " + ear,
        ),
        ("h", 2, "Results"),
        (
            "table",
            [
                ["Frequency (Hz)", "250", "500", "1000", "2000", "4000"],
                ["Right ear (dB HL)", "45", "55", "60", "70", "75"],
                ["Left ear (dB HL)", "40", "50", "60", "65", "70"],
            ],
            {"widths": [0.3, 0.14, 0.14, 0.14, 0.14, 0.14]},
        ),
        (
            "p",
            "The results show a moderate to severe sensorineural loss in both ears, stable "
            "since the last test. " + n_aids,
        ),
        ("pb",),
        ("h", 2, "Recommendations"),
        ("ul", [r_acoustic, r_clinic, r_home]),
        ("sig", ["Dr Samir Oduya", "Clinical Scientist (Audiology)"]),
    ]
    c.docs.append(
        Doc(
            AUD,
            aud_blocks,
            header="Quillbridge Children's Hearing Service",
            footer="Confidential patient information",
            author="Quillbridge Children's Hearing Service",
            title="Audiology report – Tomas Nowak",
        )
    )

    # ---- draft plan (.docx) ---------------------------------------------------------
    titles = {
        "A": "Views, interests and aspirations",
        "B": "Special educational needs",
        "C": "Health needs",
        "D": "Social care needs",
        "E": "Outcomes",
        "F": "Special educational provision",
        "G": "Health provision",
        "H1": "Social care provision (CSDPA 1970)",
        "H2": "Other social care provision",
        "I": "Placement",
        "J": "Personal budget",
        "K": "Advice and information",
    }
    s = {
        "A": "Tomas would like to be an engineer and design racing bikes.",
        "B": c.plan_of(n_loss),
        "C": "Tomas's permanent hearing loss is monitored by the Quillbridge Children's Hearing "
        "Service.",
        "D": "No social care needs have been identified for Tomas.",
        "E": "By the end of Year 9, Tomas will tell a teacher when he has not heard or "
        "understood, in at least half of his lessons.",
        "F": F_RADIO,
        "G": G_CLINIC,
        "H1": "No provision is required under section 2 of the Chronically Sick and Disabled "
        "Persons Act 1970.",
        "H2": "Tomas does not need any other social care provision.",
        "I": "This section is left blank in the draft plan; the school will be named when the "
        "plan is finalised.",
        "J": "A personal budget has not been requested.",
        "K": "This draft plan was written using the advice listed here.",
    }
    for sid in SECTION_IDS:
        c.sect(sid, f"{sid}.", s[sid])

    def part(sid, guidance, body):
        return [("bh", f"{sid}."), ("i", guidance), *body]

    plan_blocks = [
        ("org", "Quillbridge City Council"),
        ("title", "DRAFT Education, Health and Care Plan"),
        (
            "sub",
            "This is a draft plan. You have 15 days to comment and to ask for a particular "
            "school to be named.",
        ),
        kv(
            [
                ("Name", "Tomas Nowak"),
                ("Date of birth", "21 April 2012"),
                ("Address", "4 Ferrier Terrace, Quillbridge ZW4 7HJ"),
                ("Parent", "Agnieszka Nowak"),
                ("Draft issued", "23 February 2026"),
            ]
        ),
        ("bh", "Contents"),
        *[("p", f"{sid}. {titles[sid]}") for sid in SECTION_IDS],
        ("pb",),
        *part(
            "A",
            titles["A"],
            [
                ("p", "Tomas enjoys football, cycling and design technology. " + s["A"]),
                ("p", "His mum wants teachers to understand how tiring listening is for him."),
            ],
        ),
        *part(
            "B",
            titles["B"],
            [("p", s["B"])]
            + [("p", c.plan_of(n)) for n in (n_aids, n_noise, n_vocab, n_comp, n_alone)],
        ),
        *part("C", titles["C"] + " related to the special educational needs", [("p", s["C"])]),
        *part("D", titles["D"], [("p", s["D"])]),
        *part(
            "E",
            titles["E"],
            [
                (
                    "ul",
                    [
                        s["E"],
                        "By the end of Year 9, Tomas will explain the "
                        "meaning of key words in each new science topic.",
                    ],
                )
            ],
        ),
        ("pb",),
        *part(
            "F",
            titles["F"],
            [
                ("p", F_INTRO),
                ("ul", [F_VOCAB, F_RADIO, F_SEAT, F_SOUND, F_READ, F_CHECK, F_LUNCH, F_EXAMS]),
            ],
        ),
        *part("G", titles["G"], [("p", s["G"])]),
        *part("H1", titles["H1"], [("p", s["H1"])]),
        *part("H2", titles["H2"], [("p", s["H2"])]),
        *part("I", "Name and type of school or other institution", [("p", s["I"])]),
        *part("J", titles["J"], [("p", s["J"])]),
        *part(
            "K",
            titles["K"],
            [
                ("p", s["K"]),
                (
                    "ul",
                    [
                        "Report of the Qualified Teacher of the Deaf, Harriet Ekwueme, "
                        "January 2026",
                        "Audiology report, Dr Samir Oduya, 5 January 2026",
                        "Parental advice, Agnieszka Nowak, December 2025",
                    ],
                ),
            ],
        ),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan_blocks,
            header="DRAFT – Quillbridge City Council",
            footer="Tomas Nowak – draft EHC plan",
            author="Quillbridge City Council",
            title="Draft EHC Plan – Tomas Nowak",
        )
    )
    return c


# ===========================================================================
# case-eval-04  Pennock Vale Council
#   PDF plan; headings in capitals with mixed separators ("SECTION B – ...",
#   "SECTION C: ...", "SECTION D - ..."); numbered paragraphs "F.1"; sub-headings
#   by area. Cerebral palsy: physiotherapy placed in Section G, and an OT programme
#   delivered by a TA where direct OT was recommended. Physiotherapy report (.pdf),
#   OT report (.docx), independent EP report (.pdf) with a test-score table and a
#   Background holding resolved difficulties.
# ===========================================================================


def case_04() -> Case:
    PT, OT, EP, PLAN = "physio_report.pdf", "ot_report.docx", "independent_ep.pdf", "plan.pdf"
    c = Case(
        "case-eval-04",
        PLAN,
        [PT, OT, EP],
        "Freddie Okafor, 9, Year 4, mainstream primary. Spastic diplegic cerebral palsy, "
        "fine motor and dressing, posture, visual perception, self-esteem. Physiotherapy "
        "in Section G; a TA-delivered OT programme instead of direct OT.",
    )

    F_LEAVE = c.f(
        "Freddie will leave each lesson five minutes before the bell, with a teaching "
        "assistant, so that he can move between rooms before the corridors are busy.",
        True,
    )
    F_PE = c.f(
        "In every PE lesson a teaching assistant will support Freddie in an adapted "
        "activity, planned by the PE teacher from the physiotherapist's written advice.",
        True,
    )
    F_OTPROG = c.f(
        "Freddie will follow a fine motor programme devised by an occupational "
        "therapist and delivered by a teaching assistant, three times a week for 20 "
        "minutes, and reviewed by the occupational therapist each term.",
        True,
        note="Specific, but a TA-delivered programme where direct OT was recommended.",
    )
    F_CHAIR = c.f(
        "A chair with arms and a footrest, and a sloped writing board, in every "
        "classroom Freddie uses, set up by the class teacher before September.",
        True,
    )
    F_TA = c.f("Freddie will have support from a teaching assistant when needed.", False)
    F_ELSA = c.f(
        "A 30-minute session each week with the school's trained Emotional Literacy "
        "Support Assistant, for two terms, focusing on self-esteem.",
        True,
    )
    F_DIAG = c.f(
        "In all subjects, worksheets will be given to Freddie with enlarged diagrams "
        "and extra space for setting out, prepared by the class teacher.",
        True,
    )
    F_REST = c.f("Regular rest breaks.", False)

    # ---- physiotherapy report (.pdf) ----------------------------------------------
    n_cp = c.need(
        PT,
        "Freddie has spastic diplegic cerebral palsy (GMFCS level II) affecting both "
        "legs, with tight calf and hamstring muscles.",
        "sensory_physical",
        "in_b",
        "Freddie has cerebral palsy affecting both legs, and the muscles in his "
        "calves and the backs of his thighs are tight.",
    )
    n_walk = c.need(
        PT,
        "He walks independently indoors but tires quickly, and uses a posterior "
        "walker for distances over 50 metres.",
        "sensory_physical",
        "in_b",
        "Freddie walks on his own in the classroom, but he tires quickly and needs "
        "his walking frame for longer distances around school.",
    )
    n_bal = c.need(
        PT,
        "Freddie's balance is poor on uneven ground and in crowded corridors, and "
        "he has fallen in the playground three times this term.",
        "sensory_physical",
        "in_b",
        "Freddie's balance is unsteady, especially outdoors and when the "
        "corridors are busy, and he has had several falls.",
    )
    n_floor = c.need(
        PT,
        "He cannot yet get up from sitting on the floor without holding on to "
        "furniture or an adult.",
        "sensory_physical",
        "missing_from_b",
    )
    G_STRETCH = (
        "Freddie will have a daily 20-minute stretching and strengthening programme "
        "in school, carried out by a teaching assistant trained by the Children's "
        "Physiotherapy Service."
    )
    G_VISITS = (
        "The Children's Physiotherapy Service will visit school fortnightly in the "
        "autumn term and then once each half-term to train staff and update Freddie's "
        "programme."
    )
    G_ORTHO = (
        "The orthotics clinic at Pennock Vale Hospital will review Freddie's night "
        "splints and ankle-foot orthoses every six months."
    )
    r_stretch = c.rec(
        PT,
        "Freddie needs a daily stretching and strengthening programme of 20 "
        "minutes, delivered in school by a teaching assistant trained by the "
        "physiotherapist.",
        "sensory_physical",
        "wrong_section",
        G_STRETCH,
        section="G",
    )
    r_visits = c.rec(
        PT,
        "The physiotherapist should visit school fortnightly during the first "
        "term to train staff and update the programme, and then once a half-term.",
        "sensory_physical",
        "wrong_section",
        G_VISITS,
        section="G",
    )
    r_leave = c.rec(
        PT,
        "Freddie should be allowed to leave lessons five minutes early so that he "
        "can move between rooms before the corridors are busy.",
        "sensory_physical",
        "specific",
        F_LEAVE,
    )
    r_pe = c.rec(
        PT,
        "PE should be adapted using the physiotherapist's advice, with a teaching "
        "assistant supporting Freddie in every PE lesson.",
        "sensory_physical",
        "specific",
        F_PE,
    )
    r_ortho = c.rec(
        PT,
        "Freddie's night splints and ankle-foot orthoses should be reviewed by "
        "the orthotics clinic every six months.",
        "health",
        "not_educational",
        G_ORTHO,
        section="G",
        note="Health provision that rightly stands in G.",
    )
    pt_blocks = [
        ("org", "Pennock Vale Children's Physiotherapy Service"),
        (
            "sub",
            "Bramwell Child Development Centre, Sedge Lane, Pennock Vale VX2 3DF · 01632 960615",
        ),
        ("title", "Physiotherapy Report"),
        kv(
            [
                ("Child", "Freddie Okafor"),
                ("Date of birth", "30 August 2016"),
                ("School", "Hollins Lane Primary School, Year 4"),
                ("Physiotherapist", "Rosalind Achterberg, Clinical Specialist Physiotherapist"),
                ("Date", "14 January 2026"),
            ]
        ),
        ("h", 2, "Diagnosis and history"),
        (
            "p",
            n_cp + " He had bilateral calf lengthening surgery in 2022 and wears ankle-foot "
            "orthoses during the day and night splints.",
        ),
        ("h", 2, "Current function"),
        ("p", n_walk),
        ("p", n_bal + " " + n_floor),
        ("pb",),
        ("h", 2, "Recommendations"),
        ("ul", [r_stretch, r_visits, r_leave, r_pe, r_ortho]),
        ("sig", ["Rosalind Achterberg", "Clinical Specialist Physiotherapist"]),
    ]
    c.docs.append(
        Doc(
            PT,
            pt_blocks,
            header="Pennock Vale Children's Physiotherapy Service",
            footer="Freddie Okafor – physiotherapy report",
            author="Pennock Vale Children's Physiotherapy Service",
            title="Physiotherapy report – Freddie Okafor",
        )
    )

    # ---- OT report (.docx) ------------------------------------------------------------
    n_hand = c.need(
        OT,
        "Freddie's handwriting is slow and poorly formed because of weak hand "
        "strength and poor pencil control.",
        "sensory_physical",
        "in_b",
        "Writing by hand is slow and tiring for Freddie, and his letters are hard "
        "to read because his grip and pencil control are weak.",
    )
    n_dress = c.need(
        OT,
        "He struggles to manage fastenings and to change for PE on his own, "
        "taking over ten minutes.",
        "sensory_physical",
        "in_b",
        "Freddie needs help to change for PE because buttons and zips are difficult for him.",
    )
    n_sit = c.need(
        OT,
        "Freddie has difficulty sitting upright on a standard classroom chair for "
        "more than ten minutes, and his posture slumps as he tires.",
        "sensory_physical",
        "missing_from_b",
        note="F provides a chair with arms and a footrest, but B never describes the need.",
    )
    n_touch = c.need(
        OT,
        "Freddie is over-sensitive to touch, disliking messy play and some "
        "clothing textures, which affects his willingness to take part in art and "
        "cookery.",
        "sensory_physical",
        "in_b",
        "Freddie is bothered by some textures and avoids messy activities such as art and cooking.",
    )
    r_ot = c.rec(
        OT,
        "Freddie requires direct occupational therapy from an occupational "
        "therapist, twice weekly for 30 minutes, to develop his hand strength, pencil "
        "control and dressing skills.",
        "sensory_physical",
        "less",
        F_OTPROG,
        note="Programme devised by the OT and delivered by a TA.",
    )
    r_chair = c.rec(
        OT,
        "A chair with arms and a footrest, and a sloped writing surface, should "
        "be provided in every classroom Freddie uses.",
        "sensory_physical",
        "specific",
        F_CHAIR,
    )
    r_type = c.rec(
        OT,
        "Freddie should be introduced to a laptop for longer pieces of writing, "
        "with daily touch-typing practice of 10 minutes.",
        "sensory_physical",
        "missing_from_f",
    )
    r_home = c.rec(
        OT,
        "At home, Freddie's parents could practise buttons and zips with him when "
        "he gets dressed each morning.",
        "other",
        "not_educational",
        note="Advice for home.",
    )
    ot_blocks = [
        ("org", "Pennock Vale Children's Occupational Therapy"),
        ("sub", "Bramwell Child Development Centre, Sedge Lane, Pennock Vale VX2 3DF"),
        ("title", "Occupational Therapy Assessment"),
        kv(
            [
                ("Name", "Freddie Okafor"),
                ("Year group", "Year 4"),
                ("Therapist", "Kwame Lindgren, Occupational Therapist"),
                ("Seen", "School visit, 20 January 2026"),
            ]
        ),
        ("h", 1, "Findings"),
        ("h", 2, "Fine motor and handwriting"),
        ("p", n_hand + " He wrote 5 words per minute in a copying task."),
        ("h", 2, "Self-care"),
        ("p", n_dress),
        ("h", 2, "Seating and posture"),
        ("p", n_sit),
        ("h", 2, "Sensory processing"),
        ("p", n_touch),
        ("pb",),
        ("h", 1, "Recommendations"),
        ("ol", [r_ot, r_chair, r_type]),
        ("p", r_home),
        ("sig", ["Kwame Lindgren", "Occupational Therapist, HCPC OT61925"]),
    ]
    c.docs.append(
        Doc(
            OT,
            ot_blocks,
            header="Pennock Vale Children's Occupational Therapy",
            footer="Freddie Okafor",
            author="Pennock Vale Children's Occupational Therapy",
            title="OT assessment – Freddie Okafor",
        )
    )

    # ---- independent EP report (.pdf) ---------------------------------------------------
    feed = c.non_need(
        EP,
        "As a toddler Freddie had feeding difficulties, which resolved by the age of three.",
        "Resolved; in the Background.",
    )
    sep = c.non_need(
        EP,
        "He was very anxious about separating from his mother when he started "
        "nursery, but this settled within a term.",
        "Resolved; in the Background.",
    )
    n_vis = c.need(
        EP,
        "Freddie's visual-perceptual skills are a relative weakness (standard "
        "score 79), which affects his copying, his reading of diagrams and his "
        "setting out in maths.",
        "cognition_learning",
        "in_b",
        "Freddie has difficulty making sense of what he sees, which affects copying, "
        "reading diagrams and setting out work in maths.",
    )
    n_esteem = c.need(
        EP,
        "Freddie is aware of being different from his classmates and has "
        "started to say that he is 'rubbish at everything', which indicates low "
        "self-esteem.",
        "semh",
        "in_b",
        "Freddie knows that he is different from other children and is beginning "
        "to lose confidence in himself.",
    )
    n_tired = c.need(
        EP,
        "His attention and working memory are in the average range, but fatigue "
        "in the afternoons greatly reduces his ability to concentrate.",
        "cognition_learning",
        "in_b",
        "Freddie becomes tired by the afternoon, and this makes it much harder for "
        "him to concentrate.",
    )
    r_ta = c.rec(
        EP,
        "Freddie should have 1:1 support from a teaching assistant for 15 hours per "
        "week, deployed to practical lessons, PE and moving around the school.",
        "sensory_physical",
        "not_specific",
        F_TA,
    )
    r_elsa = c.rec(
        EP,
        "Freddie would benefit from a weekly 30-minute session with the school's "
        "ELSA to build his self-esteem.",
        "semh",
        "specific",
        F_ELSA,
    )
    r_diag = c.rec(
        EP,
        "Work should be presented with enlarged diagrams and extra space for "
        "setting out, in all subjects.",
        "cognition_learning",
        "specific",
        F_DIAG,
    )
    ep_blocks = [
        ("org", "Marchbank Psychology"),
        (
            "sub",
            "Independent Educational Psychology · 9 Tanner's Walk, Pennock Vale VX5 1AE · "
            "hello@marchbank.example.org",
        ),
        ("title", "Independent Educational Psychology Report"),
        kv(
            [
                ("Child", "Freddie Okafor"),
                ("Commissioned by", "Mr and Mrs Okafor"),
                ("Psychologist", "Dr Ellen Marchbank, Chartered Educational Psychologist"),
                ("Date of assessment", "28 January 2026"),
            ]
        ),
        ("h", 1, "Background"),
        (
            "p",
            "Freddie was born at 29 weeks and was diagnosed with cerebral palsy at 18 months. "
            + feed
            + " "
            + sep,
        ),
        ("h", 1, "Assessment results"),
        (
            "table",
            [
                ["Scale", "Standard score", "Percentile", "Range"],
                ["Verbal comprehension", "108", "70", "Average"],
                ["Visual-spatial", "79", "8", "Below average"],
                ["Fluid reasoning", "97", "42", "Average"],
                ["Working memory", "94", "34", "Average"],
                ["Processing speed", "81", "10", "Below average (motor-dependent)"],
                ["Single-word reading", "102", "55", "Average"],
            ],
            {"widths": [0.32, 0.2, 0.16, 0.32]},
        ),
        ("h", 1, "Interpretation"),
        (
            "p",
            n_vis + " The processing speed score is depressed by the motor demands of the "
            "tasks and should not be read as slow thinking.",
        ),
        ("p", n_tired),
        ("p", n_esteem),
        ("pb",),
        ("h", 1, "Recommendations"),
        ("p", r_ta + " " + r_elsa),
        ("p", r_diag),
        ("sig", ["Dr Ellen Marchbank", "Chartered Educational Psychologist, HCPC PYL08813"]),
    ]
    c.docs.append(
        Doc(
            EP,
            ep_blocks,
            header="Marchbank Psychology – CONFIDENTIAL",
            footer="Freddie Okafor – independent EP report",
            author="Marchbank Psychology",
            title="Independent EP report",
        )
    )

    # ---- plan (.pdf) --------------------------------------------------------------------
    H = {
        "A": "SECTION A – VIEWS, INTERESTS AND ASPIRATIONS",
        "B": "SECTION B – SPECIAL EDUCATIONAL NEEDS",
        "C": "SECTION C: HEALTH NEEDS",
        "D": "SECTION D - SOCIAL CARE NEEDS",
        "E": "SECTION E – OUTCOMES",
        "F": "SECTION F – SPECIAL EDUCATIONAL PROVISION",
        "G": "SECTION G: HEALTH PROVISION",
        "H1": "SECTION H1 – SOCIAL CARE PROVISION UNDER THE CSDPA 1970",
        "H2": "SECTION H2 – OTHER SOCIAL CARE PROVISION",
        "I": "SECTION I – PLACEMENT",
        "J": "SECTION J - PERSONAL BUDGET",
        "K": "SECTION K – ADVICE AND INFORMATION",
    }
    s = {
        "A": "Freddie says he wants to play wheelchair basketball for England one day.",
        "B": c.plan_of(n_cp),
        "C": "Freddie is under the care of the community paediatrician and the orthotics clinic "
        "for his cerebral palsy.",
        "D": "Freddie receives short breaks through the Pennock Vale Disabled Children's Team.",
        "E": "By July 2027, Freddie will get changed for PE on his own in under five minutes.",
        "F": F_DIAG,
        "G": G_ORTHO,
        "H1": "Freddie attends an after-school sports club for disabled children once a "
        "fortnight, arranged by the Disabled Children's Team.",
        "H2": "No other social care provision is required.",
        "I": "Hollins Lane Primary School, Hollins Lane, Pennock Vale VX3 9GN (mainstream "
        "primary school).",
        "J": "No personal budget has been agreed.",
        "K": "The following advice was considered when this plan was written.",
    }
    for sid in SECTION_IDS:
        c.sect(sid, H[sid], s[sid])

    def nps(prefix, texts):
        return [("np", f"{prefix}.{i}", t) for i, t in enumerate(texts, 1)]

    plan_blocks = [
        ("org", "PENNOCK VALE COUNCIL"),
        (
            "sub",
            "Children's Services – SEND Statutory Team, Guildhall Square, Pennock Vale VX1 1HQ",
        ),
        ("title", "EDUCATION, HEALTH AND CARE PLAN"),
        kv(
            [
                ("Name", "Freddie Okafor"),
                ("Date of birth", "30 August 2016"),
                ("Parents", "Chidi and Hannah Okafor"),
                ("Date of plan", "2 March 2026"),
                ("EHC co-ordinator", "Marcus Penhaligon"),
            ]
        ),
        ("h", 1, H["A"]),
        *nps(
            "A",
            [
                "Freddie loves sport, especially basketball, and he enjoys Lego and "
                "drawing comics.",
                s["A"],
            ],
        ),
        ("h", 1, H["B"]),
        ("h", 3, "PHYSICAL AND SENSORY"),
        *nps(
            "B",
            [
                s["B"],
                c.plan_of(n_walk),
                c.plan_of(n_bal),
                c.plan_of(n_hand),
                c.plan_of(n_dress),
                c.plan_of(n_touch),
            ],
        ),
        ("h", 3, "COGNITION AND LEARNING"),
        ("np", "B.7", c.plan_of(n_vis)),
        ("np", "B.8", c.plan_of(n_tired)),
        ("h", 3, "SOCIAL, EMOTIONAL AND MENTAL HEALTH"),
        ("np", "B.9", c.plan_of(n_esteem)),
        ("h", 1, H["C"]),
        *nps("C", [s["C"]]),
        ("h", 1, H["D"]),
        *nps("D", [s["D"]]),
        ("h", 1, H["E"]),
        *nps(
            "E",
            [
                s["E"],
                "By July 2027, Freddie will write a paragraph of five sentences "
                "legibly in ten minutes.",
                "By July 2027, Freddie will name three things he is proud of.",
            ],
        ),
        ("pb",),
        ("h", 1, H["F"]),
        (
            "p",
            "The school will make the following provision, funded from its notional SEN "
            "budget and top-up funding.",
        ),
        ("h", 3, "PHYSICAL AND SENSORY"),
        *nps("F", [F_LEAVE, F_PE, F_OTPROG, F_CHAIR, F_TA, F_REST]),
        ("h", 3, "COGNITION AND LEARNING"),
        ("np", "F.7", F_DIAG),
        ("h", 3, "SOCIAL, EMOTIONAL AND MENTAL HEALTH"),
        ("np", "F.8", F_ELSA),
        ("h", 1, H["G"]),
        *nps("G", [G_STRETCH, G_VISITS, G_ORTHO]),
        ("h", 1, H["H1"]),
        ("p", s["H1"]),
        ("h", 1, H["H2"]),
        ("p", s["H2"]),
        ("h", 1, H["I"]),
        ("p", s["I"]),
        ("h", 1, H["J"]),
        ("p", s["J"]),
        ("h", 1, H["K"]),
        ("p", s["K"]),
        (
            "ul",
            [
                "Physiotherapy report, Rosalind Achterberg, 14 January 2026",
                "Occupational therapy assessment, Kwame Lindgren, 20 January 2026",
                "Independent educational psychology report, Dr Ellen Marchbank, 28 January "
                "2026 (submitted by parents)",
            ],
        ),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan_blocks,
            header="PENNOCK VALE COUNCIL – EHC PLAN – OFFICIAL",
            footer="Freddie Okafor – final plan",
            author="Pennock Vale Council",
            title="EHC Plan – Freddie Okafor",
        )
    )
    return c


# ===========================================================================
# case-eval-05  Hallowmere Metropolitan Borough Council
#   Word plan for a Year 10 young person, Heading 1 styles "Section B: ...";
#   outcomes grouped under preparation-for-adulthood headings; a Section F with
#   "access to", "as and when required", "up to 3 hours" and "small group".
#   SEMH. CAMHS letter (.pdf), SENCo report (.docx) with a table of support already
#   in place, independent SALT report (.pdf).
# ===========================================================================


def case_05() -> Case:
    CAMHS, SENCO, SALT, PLAN = (
        "camhs_report.pdf",
        "senco_report.docx",
        "independent_salt.pdf",
        "ehc_plan.docx",
    )
    c = Case(
        "case-eval-05",
        PLAN,
        [CAMHS, SENCO, SALT],
        "Jade Whitlock, 15, Year 10, mainstream secondary. Generalised anxiety, panic, "
        "school avoidance, low mood, an unidentified language disorder. Vague Section F "
        "('access to', 'as and when required', 'up to 3 hours', 'small group'); "
        "preparation-for-adulthood outcomes.",
    )

    F_KEY = c.f("Jade will have access to a key adult as and when required.", False)
    F_EXIT = c.f(
        "Jade may use an exit card to leave any lesson and go to the Harbour Room, the "
        "school's supervised quiet space, where a member of the pastoral team will stay "
        "with her until she is ready to return.",
        True,
    )
    F_CATCH = c.f("Jade will attend small group catch-up sessions in maths and English.", False)
    F_CAREERS = c.f(
        "A careers guidance interview with a qualified careers adviser before the end "
        "of the spring term of Year 10, and a 20-minute follow-up meeting with the "
        "same adviser each half-term.",
        True,
    )
    F_EXAMS = c.f(
        "Jade will sit her examinations in a separate room with no more than 15 other "
        "candidates, with 25% extra time.",
        True,
        note="Specific, but a larger room than recommended and no rest breaks.",
    )
    F_SALT = c.f("Up to 3 hours of speech and language therapy per year.", False)
    F_WRITTEN = c.f(
        "Every subject teacher will give Jade written instructions for each homework "
        "task and will check her understanding privately at the start of independent "
        "work in each lesson.",
        True,
    )
    F_NARR = c.f(
        "A teaching assistant will work with Jade on narrative structure using a visual "
        "framework, once a week for 20 minutes.",
        True,
        note="Specific, but once a week where three sessions a week were recommended.",
    )
    F_MENTOR = c.f("Jade will receive mentoring support from the pastoral team.", False)

    # ---- CAMHS letter (.pdf) ------------------------------------------------------------
    n_gad = c.need(
        CAMHS,
        "Jade meets criteria for generalised anxiety disorder, with persistent "
        "worry about her school performance, her health and her family.",
        "semh",
        "in_b",
        "Jade has a diagnosis of generalised anxiety disorder; she worries "
        "constantly about her schoolwork, her health and her family.",
    )
    n_panic = c.need(
        CAMHS,
        "She experiences panic attacks, typically on the way into school or "
        "before lessons in which she may be asked to speak, about three times a "
        "week.",
        "semh",
        "in_b",
        "Jade has panic attacks several times a week, usually when arriving at "
        "school or before lessons where she might have to speak.",
    )
    n_attend = c.need(
        CAMHS,
        "Jade's attendance has fallen to 54% this year, and her absences "
        "follow an emotionally based pattern rather than illness.",
        "semh",
        "in_b",
        "Jade's anxiety has led to her missing nearly half of her school days this year.",
    )
    n_mood = c.need(
        CAMHS,
        "Her mood has been low since the spring, with poor sleep and loss of "
        "interest in activities she used to enjoy.",
        "semh",
        "missing_from_b",
    )
    n_help = c.need(
        CAMHS,
        "Jade tends to avoid asking for help because she fears being judged, "
        "so her difficulties are easily missed in class.",
        "semh",
        "in_b",
        "Jade rarely asks for help in lessons because she is afraid of what others will think.",
    )
    G_CBT = (
        "Jade will continue to receive cognitive behavioural therapy from Hallowmere CAMHS "
        "every two weeks for a further 12 sessions."
    )
    r_cbt = c.rec(
        CAMHS,
        "Jade will continue to receive CBT from CAMHS fortnightly, for a further 12 sessions.",
        "health",
        "not_educational",
        G_CBT,
        section="G",
        note="Health provision that rightly stands in G.",
    )
    r_key = c.rec(
        CAMHS,
        "School should identify a key adult who will meet Jade at the gate each "
        "morning and check in with her for 10 minutes, daily.",
        "semh",
        "not_specific",
        F_KEY,
    )
    r_graded = c.rec(
        CAMHS,
        "Jade needs a planned, graded return to full lessons, reviewed every "
        "two weeks by her key adult and the pastoral lead.",
        "semh",
        "missing_from_f",
    )
    r_exit = c.rec(
        CAMHS,
        "It would help Jade if she had an agreed exit card and a named quiet "
        "room she can go to when she feels panic rising.",
        "semh",
        "specific",
        F_EXIT,
        note="A recommendation written as 'It would help Jade if ...'.",
    )
    r_parents = c.rec(
        CAMHS,
        "Jade's parents may find the CAMHS online workshops on supporting an "
        "anxious teenager helpful.",
        "other",
        "not_educational",
        note="Advice for the family.",
    )
    camhs_blocks = [
        ("org", "Hallowmere Child and Adolescent Mental Health Service"),
        ("sub", "Larchfield House, 2 Beacon Road, Hallowmere JQ7 4TS · 01632 960733"),
        ("title", "CAMHS advice for EHC needs assessment"),
        kv(
            [
                ("Young person", "Jade Whitlock, born 9 July 2010"),
                ("School", "Castlegate High School, Year 10"),
                ("Clinician", "Dr Priyanka Saddler, Clinical Psychologist"),
                ("Date", "11 February 2026"),
            ]
        ),
        ("p", "Dear colleague,"),
        (
            "p",
            "I have been working with Jade since October 2025 following a referral from her "
            "GP. This letter sets out my understanding of her needs and what may help her in "
            "school.",
        ),
        ("h", 2, "Presentation"),
        ("p", n_gad + " " + n_panic),
        ("p", n_attend + " " + n_mood),
        ("p", "In our sessions Jade has been thoughtful and honest. " + n_help),
        ("pb",),
        ("h", 2, "Treatment and advice"),
        ("p", r_cbt + " She is learning to notice and challenge anxious thoughts."),
        ("p", r_key + " " + r_graded),
        ("p", r_exit),
        ("p", r_parents),
        ("p", "Yours sincerely,"),
        ("sig", ["Dr Priyanka Saddler", "Clinical Psychologist, Hallowmere CAMHS"]),
    ]
    c.docs.append(
        Doc(
            CAMHS,
            camhs_blocks,
            header="Hallowmere CAMHS – CONFIDENTIAL",
            footer="Jade Whitlock – CAMHS advice",
            author="Hallowmere CAMHS",
            title="CAMHS advice – Jade Whitlock",
        )
    )

    # ---- SENCo report (.docx) ---------------------------------------------------------
    n_gaps = c.need(
        SENCO,
        "Jade is working below her target grades in English, maths and "
        "science, largely because of the lessons she has missed.",
        "cognition_learning",
        "in_b",
        "Because of the lessons she has missed, Jade has gaps in her learning in "
        "English, maths and science and is working below her target grades.",
    )
    n_group = c.need(
        SENCO,
        "Staff report that Jade finds it very hard to work in groups and will "
        "often refuse to take part in paired or group tasks.",
        "semh",
        "in_b",
        "Jade struggles to take part in group or paired work, and will often decline to join in.",
    )
    n_future = c.need(
        SENCO,
        "Jade has no clear idea of what she would like to do after Year 11 "
        "and becomes anxious when post-16 options are discussed.",
        "other",
        "missing_from_b",
        note="A preparation-for-adulthood need.",
    )
    r_tuition = c.rec(
        SENCO,
        "Jade should have 1:1 catch-up tuition in maths and English from a "
        "qualified teacher, twice weekly for 30 minutes each.",
        "cognition_learning",
        "not_specific",
        F_CATCH,
    )
    r_careers = c.rec(
        SENCO,
        "Jade needs a careers guidance interview with a qualified careers "
        "adviser this year, followed by a half-termly check-in, to plan her "
        "post-16 pathway.",
        "other",
        "specific",
        F_CAREERS,
    )
    r_exams = c.rec(
        SENCO,
        "Jade should take her exams in a small room with no more than eight "
        "candidates, with 25% extra time and rest breaks.",
        "semh",
        "less",
        F_EXAMS,
    )
    mentoring = c.non_need(
        SENCO,
        "Mentoring with the pastoral lead",
        "A row of the table of support already in place, not a recommendation.",
    )
    homework = c.non_need(
        SENCO, "Homework club in the library", "Support already in place, not a recommendation."
    )
    senco_blocks = [
        ("org", "Castlegate High School"),
        ("sub", "Castle Street, Hallowmere JQ2 6BN · senco@castlegate.example.org"),
        ("title", "Educational advice from the school (SENCo report)"),
        kv(
            [
                ("Student", "Jade Whitlock"),
                ("Year", "10"),
                ("Completed by", "Olwen Pryce, SENCo (NASENCO)"),
                ("Date", "4 February 2026"),
            ]
        ),
        ("h", 1, "Attainment and progress"),
        (
            "table",
            [
                ["Subject", "Target grade", "Current working at"],
                ["English", "6", "4"],
                ["Maths", "6", "3"],
                ["Combined science", "5-5", "3-3"],
                ["Art", "7", "6"],
            ],
            {"widths": [0.4, 0.3, 0.3]},
        ),
        ("p", n_gaps),
        ("h", 1, "Support currently in place"),
        (
            "p",
            "The school has provided the following support at SEN Support since the autumn term.",
        ),
        (
            "table",
            [
                ["Support", "How often", "Since"],
                [mentoring, "Weekly, 20 minutes", "September 2025"],
                [homework, "Twice a week after school", "October 2025"],
                ["Exit card to the Harbour Room", "When needed", "November 2025"],
            ],
            {"widths": [0.5, 0.3, 0.2]},
        ),
        ("p", "Despite this support, Jade's attendance has continued to fall."),
        ("h", 1, "Observations from staff"),
        (
            "p",
            n_group + " Her art teacher notes that she works well when she can sit at the "
            "end of a table and has a clear brief.",
        ),
        ("p", n_future),
        ("pb",),
        ("h", 1, "What the school thinks Jade needs"),
        ("ul", [r_tuition, r_careers, r_exams]),
        ("sig", ["Olwen Pryce", "SENCo, Castlegate High School"]),
    ]
    c.docs.append(
        Doc(
            SENCO,
            senco_blocks,
            header="Castlegate High School – SEN",
            footer="Jade Whitlock – educational advice",
            author="Castlegate High School",
            title="SENCo report – Jade Whitlock",
        )
    )

    # ---- independent SALT (.pdf) --------------------------------------------------------
    n_lang = c.need(
        SALT,
        "Jade has a previously unidentified language disorder: her "
        "understanding of complex sentences and figurative language is at the 5th "
        "percentile.",
        "communication_interaction",
        "in_b",
        "Jade has difficulty understanding long, complex sentences and non-literal "
        "language such as idioms and sarcasm.",
    )
    n_narr = c.need(
        SALT,
        "Her narrative skills are weak; she cannot organise an extended spoken "
        "or written account in a logical sequence.",
        "communication_interaction",
        "missing_from_b",
    )
    n_link = c.need(
        SALT,
        "Jade's difficulties understanding classroom language are likely to "
        "add to her anxiety, because she often does not know what she has been "
        "asked to do.",
        "communication_interaction",
        "in_b",
        "Not understanding what she has been asked to do in lessons adds to Jade's anxiety.",
    )
    r_salt = c.rec(
        SALT,
        "Jade requires direct speech and language therapy from a specialist "
        "speech and language therapist in 45-minute sessions each week for two terms, "
        "followed by a review.",
        "communication_interaction",
        "not_specific",
        F_SALT,
    )
    r_written = c.rec(
        SALT,
        "Teachers should give Jade written instructions for every homework "
        "task and check her understanding privately at the start of independent "
        "work.",
        "communication_interaction",
        "specific",
        F_WRITTEN,
    )
    r_narr = c.rec(
        SALT,
        "Jade should be taught narrative structure using a visual framework, "
        "3 x 20 minutes per week, by a teaching assistant trained by the therapist.",
        "communication_interaction",
        "less",
        F_NARR,
    )
    salt_blocks = [
        ("org", "Northlight Speech and Language Therapy"),
        (
            "sub",
            "Independent practice · 14 Chapel Yard, Hallowmere JQ3 8EW · "
            "clinic@northlight.example.org",
        ),
        ("title", "Independent Speech and Language Therapy Report"),
        kv(
            [
                ("Client", "Jade Whitlock (15 years 7 months)"),
                ("Therapist", "Clare Voss-Ellison, Specialist Speech and Language Therapist"),
                ("Instructed by", "Mrs Dawn Whitlock"),
                ("Assessed", "21 January 2026"),
            ]
        ),
        ("h", 1, "1 Summary"),
        ("p", n_lang + " " + n_link),
        ("h", 1, "2 Assessment"),
        (
            "table",
            [
                ["Subtest", "Scaled score", "Percentile"],
                ["Understanding spoken paragraphs", "5", "5"],
                ["Figurative language", "5", "5"],
                ["Formulated sentences", "7", "16"],
                ["Narrative retell", "4", "2"],
            ],
            {"widths": [0.5, 0.25, 0.25]},
        ),
        (
            "p",
            "When asked to retell a short story, Jade gave the ending first and left out the "
            "main problem. " + n_narr,
        ),
        ("pb",),
        ("h", 1, "3 Recommendations"),
        ("p", r_salt),
        ("p", r_written),
        ("p", r_narr),
        (
            "sig",
            [
                "Clare Voss-Ellison",
                "Specialist Speech and Language Therapist, HCPC SL052260",
                "Member of RCSLT",
            ],
        ),
    ]
    c.docs.append(
        Doc(
            SALT,
            salt_blocks,
            header="Northlight Speech and Language Therapy",
            footer="Jade Whitlock – independent SALT report",
            author="Northlight Speech and Language Therapy",
            title="Independent SALT report – Jade Whitlock",
        )
    )

    # ---- plan (.docx) ---------------------------------------------------------------------
    H = {
        "A": "Section A: About me – my views, interests and aspirations",
        "B": "Section B: My special educational needs",
        "C": "Section C: My health needs",
        "D": "Section D: My social care needs",
        "E": "Section E: Outcomes, including preparing for adulthood",
        "F": "Section F: Special educational provision",
        "G": "Section G: Health provision",
        "H1": "Section H1: Social care provision (Chronically Sick and Disabled Persons Act 1970)",
        "H2": "Section H2: Other social care provision",
        "I": "Section I: Educational placement",
        "J": "Section J: Personal budget",
        "K": "Section K: Advice and information",
    }
    s = {
        "A": "I would like to work with animals, maybe as a veterinary nurse.",
        "B": c.plan_of(n_gad),
        "C": "Jade is being seen by Hallowmere CAMHS for anxiety.",
        "D": "Jade and her family are not open to social care.",
        "E": "By the end of Year 11, Jade will have completed one week of work experience in a "
        "setting linked to her interest in animal care.",
        "F": F_WRITTEN,
        "G": G_CBT,
        "H1": "No provision under section 2 of the 1970 Act is needed.",
        "H2": "No other social care provision is needed for Jade.",
        "I": "Castlegate High School, Castle Street, Hallowmere JQ2 6BN (mainstream secondary "
        "school, 11 to 16).",
        "J": "Jade's family have not asked for a personal budget.",
        "K": "This plan draws on the following advice.",
    }
    for sid in SECTION_IDS:
        c.sect(sid, H[sid], s[sid])
    plan_blocks = [
        ("org", "Hallowmere Metropolitan Borough Council"),
        ("sub", "SEND Assessment Service · Town Hall, Hallowmere JQ1 1AA"),
        ("title", "Education, Health and Care Plan"),
        kv(
            [
                ("Name", "Jade Whitlock"),
                ("Date of birth", "9 July 2010"),
                ("School and year", "Castlegate High School, Year 10"),
                ("Parent", "Dawn Whitlock"),
                ("Date of final plan", "10 March 2026"),
                ("Plan writer", "Gareth Illingworth"),
            ]
        ),
        ("h", 1, H["A"]),
        ("p", "I like art, my dog Pepper and going riding at my aunt's stables. " + s["A"]),
        ("p", "I get really anxious in school and sometimes I can't make myself go in."),
        ("h", 1, H["B"]),
        ("h", 2, "Social, emotional and mental health"),
        ("p", s["B"]),
        ("p", c.plan_of(n_panic)),
        ("p", c.plan_of(n_attend)),
        ("p", c.plan_of(n_help)),
        ("p", c.plan_of(n_group)),
        ("h", 2, "Communication and interaction"),
        ("p", c.plan_of(n_lang)),
        ("p", c.plan_of(n_link)),
        ("h", 2, "Cognition and learning"),
        ("p", c.plan_of(n_gaps)),
        ("h", 1, H["C"]),
        ("p", s["C"]),
        ("h", 1, H["D"]),
        ("p", s["D"]),
        ("h", 1, H["E"]),
        ("h", 2, "Employment"),
        ("p", s["E"]),
        ("h", 2, "Independent living"),
        (
            "p",
            "By July 2027, Jade will travel to school on the bus on her own on at least three "
            "days a week.",
        ),
        ("h", 2, "Friends, relationships and community"),
        ("p", "By July 2027, Jade will attend one club or activity outside school each week."),
        ("h", 2, "Good health"),
        (
            "p",
            "By the end of Year 11, Jade will name and use two strategies that help her when "
            "she feels panic rising.",
        ),
        ("pb",),
        ("h", 1, H["F"]),
        ("p", "Castlegate High School will make this provision unless another provider is named."),
        ("h", 2, "Social, emotional and mental health"),
        ("ul", [F_KEY, F_EXIT, F_MENTOR]),
        ("h", 2, "Cognition and learning"),
        ("ul", [F_CATCH, F_EXAMS]),
        ("h", 2, "Communication and interaction"),
        ("ul", [F_SALT, F_WRITTEN, F_NARR]),
        ("h", 2, "Preparing for adulthood"),
        ("ul", [F_CAREERS]),
        ("h", 1, H["G"]),
        ("p", s["G"]),
        ("h", 1, H["H1"]),
        ("p", s["H1"]),
        ("h", 1, H["H2"]),
        ("p", s["H2"]),
        ("h", 1, H["I"]),
        ("p", s["I"]),
        ("h", 1, H["J"]),
        ("p", s["J"]),
        ("h", 1, H["K"]),
        ("p", s["K"]),
        (
            "ul",
            [
                "CAMHS advice, Dr Priyanka Saddler, 11 February 2026",
                "Educational advice, Olwen Pryce, SENCo, 4 February 2026",
                "Independent speech and language therapy report, Clare Voss-Ellison, "
                "21 January 2026",
            ],
        ),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan_blocks,
            header="Hallowmere MBC – EHC Plan – OFFICIAL-SENSITIVE",
            footer="Jade Whitlock",
            author="Hallowmere Metropolitan Borough Council",
            title="EHC Plan – Jade Whitlock",
        )
    )
    return c


# ===========================================================================
# Verification: every quoted text is found once in the text extracted from its
# file (pypdf for PDFs; python-docx body paragraphs and table cells in document
# order for .docx), and plan texts lie inside the right section.
# ===========================================================================


def docx_units(path: Path) -> list[tuple[str, str]]:
    """(text, column header) for each body paragraph and table cell, in order."""
    from docx import Document
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

    d = Document(str(path))
    out: list[tuple[str, str]] = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append((Paragraph(el, d).text, ""))
        elif tag == "tbl":
            table = Table(el, d)
            header: list[str] = []
            for ri, tr in enumerate(el.tr_lst):
                cells = [_Cell(tc, table).text for tc in tr.tc_lst]
                if ri == 0:
                    header = cells
                for ci, text in enumerate(cells):
                    out.append((text, header[ci] if ri and ci < len(header) else ""))
    return out


def pdf_text(path: Path) -> tuple[str, int]:
    import pypdf

    reader = pypdf.PdfReader(str(path))
    return "\n".join(p.extract_text() or "" for p in reader.pages), len(reader.pages)


def verify_case(c: Case, need, lines: list[str]) -> None:
    """Check one case's truth.json against the text extracted from its files."""
    folder = HERE / c.name
    texts: dict[str, str] = {}
    units: dict[str, list[tuple[str, str]]] = {}
    for doc in c.docs:
        path = folder / doc.name
        if doc.name.endswith(".pdf"):
            raw, pages = pdf_text(path)
            texts[doc.name] = fold(raw)
        else:
            units[doc.name] = [(fold(t), fold(h)) for t, h in docx_units(path)]
            texts[doc.name] = " ".join(t for t, _ in units[doc.name])
            with zipfile.ZipFile(path) as z:
                pages = z.read("word/document.xml").decode().count('w:type="page"') + 1
        need(2 <= pages <= 8, f"{c.name}/{doc.name}: {pages} pages")
        lines.append(
            f"  {c.name:13} {doc.name:30} {pages} pages, {len(texts[doc.name].split())} words"
        )
        blob = path.read_bytes()
        if doc.name.endswith(".docx"):
            with zipfile.ZipFile(path) as z:
                blob = b"".join(z.read(n) for n in z.namelist())
        for bad in (b"/home/", b"/tmp/", b"/root/", b"/wo" + b"rk/", b"C:\\"):
            need(bad not in blob, f"{c.name}/{doc.name} holds a machine path")

    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    plan_name = truth["plan"]
    plan = texts[plan_name]
    columns = {sid: fold(h) for sid, h in c.column_sections.items()}

    # heading positions: the last whole paragraph equal to the heading (.docx),
    # or the last occurrence in the text (.pdf); this skips a contents page
    pos: dict[str, int] = {}
    for sid, heading in truth["section_headings"].items():
        if sid in columns:
            continue
        h = fold(heading)
        if plan_name.endswith(".docx"):
            offset, found = 0, -1
            for t, _ in units[plan_name]:
                if t == h:
                    found = offset
                offset += len(t) + 1
            pos[sid] = found
        else:
            pos[sid] = plan.rfind(h)
        need(pos[sid] >= 0, f"{c.name}: heading {heading!r} not found")
    order = sorted(pos, key=lambda k: pos[k])
    spans = {
        sid: (pos[sid], pos[order[i + 1]] if i + 1 < len(order) else len(plan))
        for i, sid in enumerate(order)
    }
    if c.single_h:
        spans["H2"] = spans["H1"]

    def once(doc_name: str, text: str) -> bool:
        return texts[doc_name].count(fold(text)) == 1

    def inside(text: str, sid: str) -> bool:
        t = fold(text)
        if sid in columns:
            return any(t in u and h == columns[sid] for u, h in units[plan_name])
        lo, hi = spans[sid]
        p = plan.find(t, lo)
        return p >= 0 and p + len(t) <= hi

    for sid, sentence in truth["sections"].items():
        need(once(plan_name, sentence), f"{c.name}: {sid} sentence not once: {sentence!r}")
        need(inside(sentence, sid), f"{c.name}: {sid} sentence outside {sid}: {sentence!r}")
    for it in truth["needs"]:
        need(
            once(it["report"], it["text"]),
            f"{c.name}: not once in {it['report']}: {it['text']!r}",
        )
        if it.get("plan_text"):
            need(
                once(plan_name, it["plan_text"]),
                f"{c.name}: plan_text not once: {it['plan_text']!r}",
            )
            need(
                inside(it["plan_text"], it["plan_section"]),
                f"{c.name}: plan_text not in {it['plan_section']}: {it['plan_text']!r}",
            )
    for fp in truth["f_provisions"]:
        need(once(plan_name, fp["text"]), f"{c.name}: F text not once: {fp['text']!r}")
        need(inside(fp["text"], "F"), f"{c.name}: F text outside F: {fp['text']!r}")
    for x in truth["non_needs"]:
        need(fold(x["text"]) in texts[x["report"]], f"{c.name}: non-need absent: {x!r}")
    for fd in truth["expected_findings"]:
        if fd["kind"] == "section_missing":
            need(fd["text"] not in truth["sections"], f"{c.name}: missing section present")
        else:
            need(
                fold(fd["text"]) in texts[fd["document"]],
                f"{c.name}: finding text absent: {fd['text']!r}",
            )
    kinds: dict[str, int] = {}
    for fd in truth["expected_findings"]:
        kinds[fd["kind"]] = kinds.get(fd["kind"], 0) + 1
    n_need = sum(1 for it in truth["needs"] if it["kind"] == "need")
    lines.append(
        f"  {c.name}: {n_need} needs, {len(truth['needs']) - n_need} "
        f"recommendations, {len(truth['f_provisions'])} F provisions, "
        f"findings {json.dumps(kinds, sort_keys=True)}"
    )


def verify(cases: list[Case]) -> bool:
    problems: list[str] = []
    lines: list[str] = []

    def need(ok: bool, msg: str) -> None:
        if not ok:
            problems.append(msg)

    for c in cases:
        verify_case(c, need, lines)
    print("\n".join(lines))
    if problems:
        print("VERIFY FAILED:")
        for p in problems:
            print("  - " + p)
        return False
    print("verify: every quoted text found once, in its file and section")
    return True


def main(argv: list[str]) -> int:
    cases = [build() for build in BUILDERS]
    for c in cases:
        c.check()
        assert sorted(d.name for d in c.docs) == sorted([c.plan, *c.reports]), c.name
        folder = HERE / c.name
        folder.mkdir(exist_ok=True)
        for doc in c.docs:
            target = folder / doc.name
            if doc.name.endswith(".docx"):
                write_docx(doc, target)
            else:
                write_pdf(doc, target)
        with open(folder / "truth.json", "w", encoding="utf-8") as fh:
            json.dump(c.truth(), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print(f"wrote {c.name}")
    if "--no-verify" in argv:
        return 0
    return 0 if verify(cases) else 1


BUILDERS = [case_01, case_02, case_03, case_04, case_05]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
