#!/usr/bin/env python3
# ruff: noqa: N806  (upper-case names inside the case builders mark file names)
"""Generate the second evaluation set (case-evalb-01 .. case-evalb-05) for the plan check.

The plan templates and report styles here differ from both the development corpus
and the first evaluation set: headings that are only a section title, "Need n:"
sub-headings with What / Who / When / How long lines, a landscape plan with a ruled
provision table, a Section H split into H1 and H2 under one heading, and section
headings drawn as shaded bands. Every child, family, council, school, service and
professional is invented; postcodes use areas that do not exist and phone numbers
are in the 01632 960xxx range.

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
STATUSES = ("specific", "not_specific", "less", "missing_from_f", "wrong_section")


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------------------
# Documents
#
# Blocks:
#   ("cover", [line, ...])    cover page: large centred lines, then a page break
#   ("org", text)             letterhead line (bold, coloured)
#   ("small", text)           small grey line (addresses, references)
#   ("title", text)           document title
#   ("h", level, text)        heading (Word heading style in .docx)
#   ("band", text)            heading drawn as a shaded full-width band
#   ("b", text)               bold paragraph used as a sub-heading
#   ("p", text) ("i", text)   paragraph, italic paragraph
#   ("bul", [text, ...])      bullets
#   ("lab", label, text)      labelled line: bold "What:" then the text
#   ("grid", rows, widths)    ruled table, first row is the header
#   ("kv", [(k, v), ...])     two-column ruled table without a header row
#   ("pb",)                   explicit page break
#   ("gap",)                  vertical space
# ---------------------------------------------------------------------------


class Doc:
    def __init__(
        self,
        name: str,
        blocks: list,
        *,
        header: str = "",
        footer: str = "",
        author: str = "",
        title: str = "",
        sans: bool = False,
        landscape: bool = False,
        accent: str = "1F4E79",
    ) -> None:
        self.name = name
        self.blocks = blocks
        self.header = header
        self.footer = footer
        self.author = author
        self.title = title
        self.sans = sans
        self.landscape = landscape
        self.accent = accent


FIXED = datetime.datetime(2026, 5, 11, 9, 30, 0)


def _repack(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 11, 9, 30, 0))
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

    accent = RGBColor.from_string(doc.accent)
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    normal = d.styles["Normal"]
    normal.font.name = "Arial" if doc.sans else "Cambria"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    for lvl, size in ((1, 14), (2, 12), (3, 11)):
        st = d.styles[f"Heading {lvl}"]
        st.font.size = Pt(size)
        st.font.color.rgb = accent

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
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def shade(cell, colour: str) -> None:
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), colour)
        tc_pr.append(shd)

    def put(cell, text: str, bold: bool = False, size: float = 9.5, white=False) -> None:
        cell.paragraphs[0].text = ""
        for i, part in enumerate(text.split("\n")):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            para.paragraph_format.space_after = Pt(2)
            run = para.add_run(part)
            run.bold = bold
            run.font.size = Pt(size)
            if white:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    width = 16.6
    for blk in doc.blocks:
        kind = blk[0]
        if kind in ("org", "small", "title", "b"):
            para = d.add_paragraph()
            run = para.add_run(blk[1])
            run.bold = kind != "small"
            run.font.size = Pt({"org": 12, "small": 8.5, "title": 16, "b": 11}[kind])
            if kind in ("org", "title"):
                run.font.color.rgb = accent
            if kind == "small":
                para.paragraph_format.space_after = Pt(0)
            if kind == "b":
                para.paragraph_format.keep_with_next = True
                para.paragraph_format.space_before = Pt(8)
        elif kind == "h":
            d.add_heading(blk[2], level=blk[1])
        elif kind == "band":
            t = d.add_table(rows=1, cols=1)
            t.autofit = False
            cell = t.rows[0].cells[0]
            cell.width = Cm(width)
            put(cell, blk[1], bold=True, size=12, white=True)
            shade(cell, doc.accent)
        elif kind == "p":
            d.add_paragraph(blk[1])
        elif kind == "i":
            d.add_paragraph().add_run(blk[1]).italic = True
        elif kind == "bul":
            for t in blk[1]:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "lab":
            para = d.add_paragraph()
            para.paragraph_format.left_indent = Cm(0.6)
            para.paragraph_format.space_after = Pt(2)
            para.add_run(f"{blk[1]}: ").bold = True
            para.add_run(blk[2])
        elif kind in ("grid", "kv"):
            if kind == "grid":
                rows, widths, head = blk[1], blk[2], True
            else:
                rows, widths, head = [list(r) for r in blk[1]], [0.32, 0.68], False
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            for ri, cells in enumerate(rows):
                row = t.add_row()
                for ci, text in enumerate(cells):
                    is_head = head and ri == 0
                    put(row.cells[ci], text, bold=is_head or (kind == "kv" and ci == 0))
                    row.cells[ci].width = Cm(width * widths[ci])
                    if is_head:
                        shade(row.cells[ci], "D9E2F3")
            d.add_paragraph()
        elif kind == "pb":
            d.add_page_break()
        elif kind == "gap":
            d.add_paragraph()
        elif kind == "cover":
            for line in blk[1]:
                para = d.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                para.add_run(line).font.size = Pt(16)
            d.add_page_break()
        else:
            raise ValueError(f"block {kind} is not supported in .docx")

    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(_repack(buf.getvalue()))


def write_pdf(doc: Doc, path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
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

    reg, bold, ital = "Times-Roman", "Times-Bold", "Times-Italic"
    if doc.sans:
        reg, bold, ital = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    accent = colors.HexColor("#" + doc.accent)
    pagesize = landscape(A4) if doc.landscape else A4

    def style(name: str, **kw) -> ParagraphStyle:
        base = {"fontName": reg, "fontSize": 10.5, "leading": 14, "spaceAfter": 6}
        base.update(kw)
        return ParagraphStyle(name, **base)

    st = {
        "org": style("org", fontName=bold, fontSize=13, textColor=accent, spaceAfter=2),
        "small": style("small", fontSize=8.5, leading=11, spaceAfter=0, textColor=colors.grey),
        "title": style("title", fontName=bold, fontSize=16, leading=20, spaceBefore=8),
        "h1": style(
            "h1",
            fontName=bold,
            fontSize=14,
            leading=18,
            spaceBefore=12,
            textColor=accent,
        ),
        "h2": style("h2", fontName=bold, fontSize=12, leading=15, spaceBefore=8),
        "h3": style("h3", fontName=bold, fontSize=11, leading=14, spaceBefore=6),
        "b": style("b", fontName=bold, spaceBefore=6),
        "p": style("p"),
        "i": style("i", fontName=ital),
        "bul": style("bul", leftIndent=16, bulletIndent=4, spaceAfter=3),
        "lab": style("lab", leftIndent=14, spaceAfter=2),
        "band": style("band", fontName=bold, fontSize=12, leading=15, textColor=colors.white),
        "cell": style("cell", fontSize=9.5, leading=12, spaceAfter=0),
        "cellb": style("cellb", fontName=bold, fontSize=9.5, leading=12, spaceAfter=0),
        "cover": style("cover", fontName=bold, fontSize=20, leading=28, alignment=TA_CENTER),
    }
    for k in ("h1", "h2", "h3", "b"):
        st[k].keepWithNext = 1

    def esc(t: str) -> str:
        return html.escape(t, quote=False).replace("\n", "<br/>")

    avail = pagesize[0] - 4.4 * cm
    ruled = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#505050")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]

    def story() -> list:
        out: list = []
        for blk in doc.blocks:
            kind = blk[0]
            if kind in ("org", "small", "title", "b", "p", "i"):
                out.append(Paragraph(esc(blk[1]), st[kind]))
            elif kind == "h":
                out.append(Paragraph(esc(blk[2]), st[f"h{blk[1]}"]))
            elif kind == "band":
                t = Table([[Paragraph(esc(blk[1]), st["band"])]], colWidths=[avail])
                t.setStyle(
                    TableStyle(
                        [
                            ("BACKGROUND", (0, 0), (-1, -1), accent),
                            ("TOPPADDING", (0, 0), (-1, -1), 4),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                        ]
                    )
                )
                out += [Spacer(1, 8), t, Spacer(1, 6)]
            elif kind == "bul":
                out.extend(Paragraph(esc(t), st["bul"], bulletText="•") for t in blk[1])
            elif kind == "lab":
                out.append(Paragraph(f"<b>{esc(blk[1])}:</b> {esc(blk[2])}", st["lab"]))
            elif kind in ("grid", "kv"):
                if kind == "grid":
                    rows, widths, head = blk[1], blk[2], True
                else:
                    rows, widths, head = [list(r) for r in blk[1]], [0.3, 0.7], False
                data = [
                    [
                        Paragraph(
                            esc(c),
                            st["cellb"]
                            if (head and ri == 0) or (not head and ci == 0)
                            else st["cell"],
                        )
                        for ci, c in enumerate(cells)
                    ]
                    for ri, cells in enumerate(rows)
                ]
                t = Table(
                    data,
                    colWidths=[avail * w for w in widths],
                    repeatRows=1 if head else 0,
                )
                extra = (
                    [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))] if head else []
                )
                t.setStyle(TableStyle(ruled + extra))
                out += [t, Spacer(1, 10)]
            elif kind == "pb":
                out.append(PageBreak())
            elif kind == "gap":
                out.append(Spacer(1, 14))
            elif kind == "cover":
                out.append(Spacer(1, 5 * cm))
                out.append(KeepTogether([Paragraph(esc(x), st["cover"]) for x in blk[1]]))
                out.append(PageBreak())
            else:
                raise ValueError(kind)
        return out

    def build(target, total: int) -> int:
        count = [0]

        def on_page(canvas, _doc) -> None:
            count[0] += 1
            canvas.saveState()
            canvas.setFont(reg, 8)
            canvas.setFillColor(colors.HexColor("#555555"))
            if doc.header:
                canvas.drawString(2.2 * cm, pagesize[1] - 1.2 * cm, doc.header)
            if doc.footer:
                canvas.drawCentredString(
                    pagesize[0] / 2, 1.1 * cm, doc.footer.format(n=count[0], m=total)
                )
            canvas.restoreState()

        SimpleDocTemplate(
            target,
            pagesize=pagesize,
            leftMargin=2.2 * cm,
            rightMargin=2.2 * cm,
            topMargin=2.0 * cm,
            bottomMargin=2.0 * cm,
            title=doc.title,
            author=doc.author,
            subject="",
            creator="",
        ).build(story(), onFirstPage=on_page, onLaterPages=on_page)
        return count[0]

    pages = build(io.BytesIO(), 0)
    build(str(path), pages)


# ---------------------------------------------------------------------------
# Case bookkeeping (the truth.json format and derivation rules of the corpus README)
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
        self.order: list[str] = []  # section ids in the order their headings appear
        self.non_needs: list[dict] = []
        self.docs: list[Doc] = []
        self.note = ""

    def heading(self, sid: str, text: str) -> str:
        self.headings[sid] = text
        self.order.append(sid)
        return text

    def sect(self, sid: str, sentence: str) -> str:
        self.sections[sid] = sentence
        return sentence

    def f(self, text: str, specific: bool, note: str | None = None) -> str:
        self.fprov.append(dict(text=text, specific=specific, note=note))
        return text

    def need(self, report, text, area, plan_text=None, note=None) -> str:
        assert area in AREAS, area
        self.items.append(
            dict(
                report=report,
                kind="need",
                text=text,
                area=area,
                plan_status="in_b" if plan_text else "missing_from_b",
                plan_text=plan_text,
                plan_section="B" if plan_text else None,
                note=note,
            )
        )
        return text

    def rec(self, report, text, area, status, plan_text=None, section=None, note=None) -> str:
        assert area in AREAS, area
        assert status in (*STATUSES, "not_educational"), status
        if status in ("specific", "not_specific", "less"):
            assert plan_text, text
            section = "F"
        elif status == "wrong_section":
            assert plan_text and section in WRONG_PLACES, text
        elif status == "missing_from_f":
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

    def non_need(self, report: str, text: str, why: str) -> str:
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
            if it["plan_status"] == "missing_from_b":
                add("need_missing_from_b", it["text"], it["report"])
        for it in self.items:
            if it["plan_status"] == "missing_from_f":
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
            if sid not in self.sections:
                add("section_missing", sid, self.plan)
        return out

    def check(self) -> None:
        fmap = {fp["text"]: fp for fp in self.fprov}
        for it in self.items:
            status = it["plan_status"]
            if status in ("specific", "less"):
                assert it["plan_text"] in fmap and fmap[it["plan_text"]]["specific"], it["text"]
            if status == "not_specific":
                assert it["plan_text"] in fmap and not fmap[it["plan_text"]]["specific"], it
            if status == "wrong_section":
                assert it["plan_text"] not in fmap, it["text"]
        n_need = sum(1 for it in self.items if it["kind"] == "need")
        n_rec = len(self.items) - n_need
        assert 8 <= n_need <= 20, (self.name, n_need)
        assert 6 <= n_rec <= 15, (self.name, n_rec)
        texts = [it["text"] for it in self.items]
        assert len(texts) == len(set(texts)), "duplicate need or recommendation text"
        assert set(self.sections) <= set(self.headings), self.name

    def truth(self) -> dict:
        def clean(d: dict) -> dict:
            return {k: v for k, v in d.items() if v is not None or k == "plan_text"}

        data = {
            "case": self.name,
            "summary": self.summary,
            "plan": self.plan,
            "reports": list(self.reports),
            "sections": {k: self.sections[k] for k in SECTION_IDS if k in self.sections},
            "section_headings": {k: self.headings[k] for k in SECTION_IDS if k in self.headings},
            "needs": [clean(it) for it in self.items],
            "f_provisions": [clean(fp) for fp in self.fprov],
            "expected_findings": self.findings(),
            "non_needs": [clean(x) for x in self.non_needs],
        }
        if self.note:
            data["note"] = self.note
        return data


# @@CASES@@
# ===========================================================================
# case-evalb-01  Brindlecombe County Council
#   PDF plan in a sans-serif face with a cover page and a signatures page. Every
#   section heading is the section TITLE only, with no letter ("Special educational
#   needs", "Placement"). Vision impairment (albinism, nystagmus). Reports: a
#   specialist teacher for vision impairment (reg 6(2)) as PDF, and a paediatric
#   clinic letter as .docx.
# ===========================================================================


def case_01() -> Case:
    QTVI, PAED, PLAN = "qtvi_report.pdf", "paediatric_letter.docx", "plan.pdf"
    c = Case(
        "case-evalb-01",
        PLAN,
        [QTVI, PAED],
        "Orla Pennyworth, 10, Year 5, mainstream primary. Albinism with nystagmus: poor "
        "distance and near vision, glare, fatigue. Plan headings are section titles "
        "without letters; habilitation training sits in Other social care provision.",
    )
    h = {
        sid: c.heading(sid, text)
        for sid, text in [
            ("A", "Views, interests and aspirations"),
            ("B", "Special educational needs"),
            ("C", "Health needs"),
            ("D", "Social care needs"),
            ("E", "Outcomes"),
            ("F", "Special educational provision"),
            ("G", "Health provision"),
            (
                "H1",
                "Social care provision under the Chronically Sick and Disabled Persons Act 1970",
            ),
            ("H2", "Other social care provision"),
            ("I", "Placement"),
            ("J", "Personal budget"),
            ("K", "Advice and information"),
        ]
    }

    # ---- plan sentences ---------------------------------------------------------------
    PB_DIST = (
        "Orla cannot see the whiteboard, classroom displays or demonstrations from an ordinary "
        "seat because her distance vision is very poor."
    )
    PB_NEAR = "Orla can read print only when it is very large and held close to her eyes."
    PB_GLARE = (
        "Bright light and glare make it harder for Orla to see, and she reads more slowly in "
        "brightly lit places."
    )
    PB_REC = (
        "Orla's handwriting is large and difficult to read, and she cannot yet type, so she "
        "records much less than she knows."
    )
    PB_DX = "Orla has oculocutaneous albinism and nystagmus (involuntary movement of the eyes)."
    PB_TIRED = (
        "Her vision becomes worse when she is tired or anxious, particularly in the afternoons."
    )
    PB_MOVE = "Orla is worried about the move to secondary school in September 2027."

    F_TYPE = c.f(
        "A teaching assistant will teach Orla touch-typing for 20 minutes once a week, "
        "using a typing course agreed with the QTVI.",
        True,
        note="Specific, but once a week where three sessions a week were recommended.",
    )
    F_ENLARGE = c.f(
        "Every worksheet, reading book and test paper will be enlarged to 24 point Arial "
        "on matt cream paper by a named teaching assistant, who will prepare it the day "
        "before it is needed.",
        True,
    )
    F_SSS = c.f(
        "The sensory support service will provide advice and training to school as appropriate.",
        False,
    )
    F_TABLET = c.f(
        "Orla will have her own tablet with screen-magnification software and a camera "
        "linked to the class whiteboard, supplied by the sensory support service and "
        "checked each term by the QTVI.",
        True,
    )
    F_TESTS = c.f("Orla will be allowed extra time and rest breaks in tests where needed.", False)
    F_PLAY = c.f("Opportunities to join in playground games with adult encouragement.", False)
    F_VISITS = c.f(
        "Three additional visits to her secondary school in the summer term of Year 6, each "
        "lasting at least an hour and accompanied by a teaching assistant Orla knows well.",
        True,
    )
    F_AWARE = c.f(
        "Before September 2026, every adult who teaches or supports Orla will attend the "
        "sensory support service's 90-minute vision awareness session.",
        True,
    )
    F_REVIEW = c.f(
        "Orla's class teacher, her parents and the QTVI will meet once a term for 30 minutes "
        "to review her progress towards the outcomes in this plan.",
        True,
    )
    G_CLINIC = (
        "Orla will be reviewed in the eye clinic every six months, and her glasses prescription "
        "will be updated by the hospital optometrist."
    )
    H2_HAB = (
        "The habilitation specialist from the sensory team will give Orla six sessions of "
        "route training around her new secondary school during the summer term of Year 6."
    )

    # ---- QTVI report (.pdf) -----------------------------------------------------------
    n_dist = c.need(
        QTVI,
        "Orla's corrected distance acuity is 0.90 logMAR in each eye, so she cannot see the "
        "whiteboard or classroom displays from her seat.",
        "sensory_physical",
        PB_DIST,
    )
    n_near = c.need(
        QTVI,
        "Her near vision is reduced: she reads comfortably only at 24 point or larger, with "
        "the text about 10 cm from her eyes.",
        "sensory_physical",
        PB_NEAR,
    )
    n_glare = c.need(
        QTVI,
        "Orla is very sensitive to glare, and her reading slows markedly when she sits on the "
        "window side of the classroom.",
        "sensory_physical",
        PB_GLARE,
    )
    n_rec = c.need(
        QTVI,
        "She has not yet learned to touch-type, and her handwriting is large and hard to read, "
        "which limits how much she can record.",
        "sensory_physical",
        PB_REC,
    )
    n_fatigue = c.need(
        QTVI,
        "Because she holds her head very close to the page, Orla tires quickly and complains "
        "of neck ache after about twenty minutes of writing.",
        "sensory_physical",
        note="Stated in the observation prose only; B does not mention fatigue or posture.",
    )
    n_play = c.need(
        QTVI,
        "At break Orla stood at the edge of a game of tag because she could not see where the "
        "other children were running, and she is becoming isolated from her classmates at "
        "playtimes.",
        "semh",
        note="Stated in the observation prose only; B does not mention play or isolation.",
    )
    r_type = c.rec(
        QTVI,
        "Orla should be taught touch-typing by a teaching assistant trained by the QTVI, for "
        "20 minutes three times a week, until she reaches 25 words per minute.",
        "sensory_physical",
        "less",
        F_TYPE,
    )
    r_enlarge = c.rec(
        QTVI,
        "All printed material should be enlarged to 24 point Arial on matt cream paper and "
        "prepared in advance by a named teaching assistant.",
        "sensory_physical",
        "specific",
        F_ENLARGE,
    )
    r_visit = c.rec(
        QTVI,
        "A QTVI should visit school twice each half-term to teach Orla to use her magnifier "
        "and monocular and to advise her teachers.",
        "sensory_physical",
        "not_specific",
        F_SSS,
    )
    r_tablet = c.rec(
        QTVI,
        "Orla needs her own tablet with screen-magnification software and a camera that links "
        "to the class whiteboard.",
        "sensory_physical",
        "specific",
        F_TABLET,
    )
    r_seat = c.rec(
        QTVI,
        "Orla should sit at the front of the class, to one side and away from the window, "
        "with her back to the light.",
        "sensory_physical",
        "missing_from_f",
    )
    r_hab = c.rec(
        QTVI,
        "Before she transfers, a habilitation specialist should give Orla six sessions of "
        "mobility training so that she learns her routes around the secondary school site.",
        "sensory_physical",
        "wrong_section",
        H2_HAB,
        "H2",
        note="Habilitation teaches Orla to move about independently, so it educates or "
        "trains and belongs in F.",
    )
    r_trans = c.rec(
        QTVI,
        "It would help Orla to make three extra visits to her secondary school in the summer "
        "term of Year 6, with an adult she trusts.",
        "semh",
        "specific",
        F_VISITS,
    )
    r_lamp = c.rec(
        QTVI,
        "At home, a reading lamp with a daylight bulb would make homework easier for Orla.",
        "sensory_physical",
        "not_educational",
    )

    # ---- paediatric clinic letter (.docx) --------------------------------------------------
    n_dx = c.need(
        PAED,
        "Orla has oculocutaneous albinism with nystagmus, which is a lifelong condition.",
        "sensory_physical",
        PB_DX,
    )
    squint = c.non_need(
        PAED,
        "Orla had surgery for a squint at the age of three, and the squint has not come back.",
        "Resolved in early childhood.",
    )
    n_tired = c.need(
        PAED,
        "Her nystagmus increases when she is tired or anxious, and her vision is noticeably "
        "worse late in the school day.",
        "sensory_physical",
        PB_TIRED,
    )
    n_move = c.need(
        PAED,
        "She has recently become anxious about moving to secondary school next year and has "
        "had difficulty getting to sleep.",
        "semh",
        PB_MOVE,
    )
    r_exams = c.rec(
        PAED,
        "I would recommend that Orla is given 25% extra time in tests, with a five-minute "
        "rest break in any activity lasting longer than 30 minutes.",
        "sensory_physical",
        "not_specific",
        F_TESTS,
    )
    r_clinic = c.rec(
        PAED,
        "Orla should continue to be seen in the eye clinic every six months for refraction "
        "and review.",
        "health",
        "not_educational",
        G_CLINIC,
        "G",
    )

    # ---- plan (.pdf) --------------------------------------------------------------------
    plan = [
        (
            "cover",
            [
                "Education, Health and Care Plan",
                "Orla Pennyworth",
                "Brindlecombe County Council",
                "Final plan issued 18 May 2026",
            ],
        ),
        ("title", "About this plan"),
        (
            "kv",
            [
                ("Child's name", "Orla Pennyworth"),
                ("Date of birth", "3 October 2015"),
                ("Year group", "Year 5"),
                ("Parents", "Denise and Rhodri Pennyworth"),
                ("Plan reference", "BCC-EHC-20417"),
                (
                    "Plan coordinator",
                    (
                        "Marguerite Oyelaran, SEND Casework Officer, 01632 960231, "
                        "send.casework@example.org"
                    ),
                ),
            ],
        ),
        (
            "p",
            "This plan describes what Orla finds difficult, what she is working towards, and the "
            "help she must receive. It was written with Orla and her parents.",
        ),
        ("h", 1, h["A"]),
        (
            "p",
            c.sect(
                "A",
                (
                    "Orla would like to be a radio presenter because, as she says, 'nobody needs "
                    "to see you on the radio.'"
                ),
            ),
        ),
        (
            "p",
            "She loves singing in the school choir, listening to audiobooks and baking with her "
            "grandmother. Her parents want her to be as independent as her friends by the time "
            "she leaves primary school.",
        ),
        ("h", 1, h["B"]),
        (
            "p",
            c.sect("B", "Orla is a chatty, determined girl who enjoys music and drama."),
        ),
        ("h", 3, "Vision"),
        ("p", f"{PB_DX} {PB_DIST}"),
        ("p", f"{PB_NEAR} {PB_GLARE} {PB_TIRED}"),
        ("h", 3, "Recording and independence"),
        ("p", PB_REC),
        ("h", 3, "Emotional wellbeing"),
        (
            "p",
            f"{PB_MOVE} She has told her parents that she is frightened of getting lost.",
        ),
        ("h", 1, h["C"]),
        (
            "p",
            c.sect(
                "C",
                (
                    "Orla's eye condition is managed by the ophthalmology clinic at Brindlecombe "
                    "General Hospital."
                ),
            ),
        ),
        (
            "p",
            "Her skin is very sensitive to the sun and she needs sun cream and a hat outdoors.",
        ),
        ("h", 1, h["D"]),
        (
            "p",
            c.sect(
                "D",
                (
                    "The family has not asked for a social care assessment and no social care "
                    "needs have been identified."
                ),
            ),
        ),
        ("h", 1, h["E"]),
        (
            "bul",
            [
                c.sect(
                    "E",
                    "By July 2027, Orla will touch-type at 25 words per minute with 90% accuracy.",
                ),
                "By the end of Year 6, Orla will use her monocular to read the whiteboard "
                "independently in every lesson.",
                "By October 2027, Orla will find her way between her form room, the dining hall "
                "and the library at secondary school without an adult.",
            ],
        ),
        ("h", 1, h["F"]),
        (
            "p",
            c.sect(
                "F",
                (
                    "The provision below will be made by St Aldric's Church of England Primary "
                    "School unless another provider is named."
                ),
            ),
        ),
        ("h", 3, "Vision and access to learning"),
        ("bul", [F_ENLARGE, F_TABLET, F_SSS, F_AWARE]),
        ("h", 3, "Recording"),
        ("bul", [F_TYPE, F_TESTS]),
        ("h", 3, "Friendships and moving on"),
        ("bul", [F_PLAY, F_VISITS]),
        ("h", 3, "Reviewing progress"),
        ("bul", [F_REVIEW]),
        ("h", 1, h["G"]),
        ("p", c.sect("G", G_CLINIC)),
        ("h", 1, h["H1"]),
        (
            "p",
            c.sect(
                "H1",
                "Orla does not receive any services under section 2 of that Act at present.",
            ),
        ),
        ("h", 1, h["H2"]),
        ("p", c.sect("H2", H2_HAB)),
        ("h", 1, h["I"]),
        (
            "p",
            c.sect(
                "I",
                (
                    "St Aldric's Church of England Primary School, Vicarage Lane, Brindlecombe QX4"
                    " 2HD (mainstream voluntary aided primary school)."
                ),
            ),
        ),
        ("h", 1, h["J"]),
        ("p", c.sect("J", "Orla's parents have not requested a personal budget.")),
        ("h", 1, h["K"]),
        (
            "bul",
            [
                "Views of Orla and her parents, 12 February 2026.",
                c.sect(
                    "K",
                    (
                        "Advice from the Qualified Teacher of Children and Young People with "
                        "Vision Impairment, Brindlecombe Sensory Support Service, 9 March 2026."
                    ),
                ),
                "Medical advice from the community paediatrician, 2 March 2026.",
                "Educational advice from the head teacher of St Aldric's, 20 February 2026.",
            ],
        ),
        ("pb",),
        ("title", "Signatures"),
        ("p", "Signed on behalf of Brindlecombe County Council"),
        ("gap",),
        ("p", "Marguerite Oyelaran, SEND Casework Officer"),
        ("p", "Date: 18 May 2026"),
        ("gap",),
        (
            "p",
            "Agreed by the Designated Clinical Officer, Brindlecombe Integrated Care Board",
        ),
        ("gap",),
        ("p", "Dr Priya Halloran-Wicks, 15 May 2026"),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan,
            sans=True,
            author="Brindlecombe County Council",
            title="Education, Health and Care Plan",
            footer="Orla Pennyworth  |  EHC Plan  |  Brindlecombe County Council  |  {n}",
            accent="00665E",
        )
    )

    qtvi = [
        ("org", "Brindlecombe Sensory Support Service: Vision Team"),
        (
            "small",
            (
                "The Old Library, Market Row, Brindlecombe QX4 1AA  ·  01632 960214  ·  "
                "vision.team@example.org"
            ),
        ),
        (
            "title",
            "Advice for an Education, Health and Care Needs Assessment: Vision Impairment",
        ),
        (
            "kv",
            [
                ("Pupil", "Orla Pennyworth"),
                ("Date of birth", "3 October 2015 (10 years)"),
                ("School", "St Aldric's Church of England Primary School, Year 5"),
                ("Seen", "24 February and 3 March 2026"),
                (
                    "Advice given by",
                    (
                        "Imogen Strachan-Vey, Qualified Teacher of Children and Young People with "
                        "Vision Impairment (QTVI)"
                    ),
                ),
            ],
        ),
        ("h", 2, "1. Background"),
        (
            "p",
            "Orla has been known to the vision team since she was eighteen months old. She "
            "wears tinted glasses and uses a hand-held magnifier, which she keeps in her bag "
            "because she does not want to look different.",
        ),
        ("h", 2, "2. Functional vision assessment"),
        (
            "p",
            "Distance acuity on the Keeler crowded logMAR test was 0.90 in each eye with her "
            "glasses. Near acuity was N24 at 10 cm. Contrast sensitivity was reduced. Orla "
            "closed her eyes and turned away when the blinds were opened during the assessment.",
        ),
        ("h", 2, "3. Observation in class and at play"),
        (
            "p",
            "I watched Orla during a literacy lesson. She copied the date from a sheet on her "
            f"desk, as she could not read the board. {n_fatigue} {n_play}",
        ),
        ("h", 2, "4. Summary of needs"),
        ("bul", [n_dist, n_near, n_glare, n_rec]),
        ("h", 2, "5. Recommendations for school"),
        ("bul", [r_enlarge, r_tablet, r_visit, r_seat, r_type, r_hab]),
        ("p", f"Orla moves to secondary school in September 2027. {r_trans}"),
        ("h", 2, "6. Advice for home"),
        (
            "p",
            f"{r_lamp} Orla's parents may also like to join the vision team's family group, "
            "which meets each half-term.",
        ),
        ("gap",),
        ("p", "Imogen Strachan-Vey, QTVI, 9 March 2026"),
    ]
    c.docs.append(
        Doc(
            QTVI,
            qtvi,
            author="Imogen Strachan-Vey",
            title="Vision impairment advice",
            footer="Brindlecombe Sensory Support Service  ·  Orla Pennyworth  ·  page {n} of {m}",
            accent="4B2E83",
        )
    )

    paed = [
        ("org", "Brindlecombe Children's Centre: Community Paediatrics"),
        ("small", "Ferrier Road, Brindlecombe QX4 7JN"),
        ("small", "Telephone 01632 960277  ·  paediatrics.admin@example.org"),
        ("gap",),
        (
            "p",
            "SEND Assessment Team, Brindlecombe County Council, County Hall, Brindlecombe QX4 1ZZ",
        ),
        ("p", "2 March 2026"),
        (
            "b",
            "Re: Orla Pennyworth, date of birth 3 October 2015, hospital number BCH-448213",
        ),
        ("p", "Dear colleagues,"),
        (
            "p",
            "Thank you for asking me for medical advice as part of Orla's needs assessment. I "
            "saw Orla with her mother in clinic on 26 February 2026.",
        ),
        ("p", f"{n_dx} {squint}"),
        (
            "p",
            f"{n_tired} {n_move} Her mother tells me that Orla lies awake going over what the "
            "new school will be like.",
        ),
        (
            "p",
            "She is otherwise well. Her growth is normal and she takes no regular medicines.",
        ),
        ("p", f"{r_exams} {r_clinic}"),
        ("p", "Please do not hesitate to contact me if you need anything further."),
        ("p", "Yours sincerely,"),
        ("gap",),
        ("p", "Dr Anselm Kettering-Bose"),
        ("p", "Consultant Community Paediatrician"),
        ("p", "cc: Mr and Mrs Pennyworth; Dr Lindiwe Farrant, GP"),
    ]
    c.docs.append(Doc(PAED, paed, author="Dr Anselm Kettering-Bose", title="Clinic letter"))
    return c


# ===========================================================================
# case-evalb-02  Tallowby Borough Council
#   .docx plan with Heading 1 "Section F: Special Educational Provision"; B, E and F
#   are grouped under "Need 1: ..." sub-headings, and each provision is a block of
#   labelled lines "What: / Who: / When: / How long:". Typographic apostrophes, as
#   Word types them. Language disorder, motor and sensory needs. Reports: an NHS
#   SALT report (.pdf) whose direct therapy became a consultation model, and an
#   independent OT report (.docx) with a Recommendation | Frequency | Delivered by
#   table.
# ===========================================================================


def case_02() -> Case:
    SALT, OT, PLAN = "salt_report.pdf", "independent_ot_report.docx", "ehcp_final.docx"
    c = Case(
        "case-evalb-02",
        PLAN,
        [SALT, OT],
        "Reuben Castellane, 8, Year 3, mainstream primary. Developmental language "
        "disorder, low tone, handwriting, noise sensitivity. Provision as What / Who / "
        "When / How long lines under 'Need n' sub-headings; direct SALT turned into a "
        "termly consultation; 1:1 language work turned into a group of six.",
    )
    c.note = (
        "Each Section F provision is a block of four labelled lines. f_provisions.text is the "
        "text of the 'What:' line without its label, as a list marker is left out; "
        "specificity is judged on the whole block (What, Who, When, How long)."
    )
    h = {
        sid: c.heading(sid, text)
        for sid, text in [
            ("A", "Section A: All About Me (Views, Interests and Aspirations)"),
            ("B", "Section B: Special Educational Needs"),
            ("C", "Section C: Health Needs Related to SEN"),
            ("D", "Section D: Social Care Needs"),
            ("E", "Section E: Outcomes"),
            ("F", "Section F: Special Educational Provision"),
            ("G", "Section G: Health Provision"),
            (
                "H1",
                (
                    "Section H1: Social Care Provision (Chronically Sick and Disabled Persons Act "
                    "1970)"
                ),
            ),
            ("H2", "Section H2: Other Social Care Provision"),
            ("I", "Section I: Educational Placement"),
            ("J", "Section J: Personal Budget"),
            ("K", "Section K: Advice and Information Gathered"),
        ]
    }
    PB_UND = "Reuben understands much less of what he hears than other children of his age."
    PB_INSTR = (
        "He can follow a short instruction but loses track when it has several parts or uses words"
        " about time, such as ‘before’ and ‘after’."
    )
    PB_EXPR = (
        "Reuben speaks in short sentences, often misses word endings, and finds it hard to tell a "
        "story or explain events in order."
    )
    PB_VOC = (
        "Reuben knows fewer words than his classmates, particularly the words used in topic "
        "lessons, and he does not yet have ways of learning new words."
    )
    PB_HAND = (
        "Reuben holds his pencil awkwardly and writes slowly, producing about half as much as his "
        "classmates in the same time."
    )
    PB_TONE = (
        "Reuben has low muscle tone in his upper body and finds it tiring to sit upright on the "
        "carpet or at a table."
    )
    PB_NOISE = (
        "Reuben is very sensitive to noise and becomes distressed in assembly and in the dining "
        "hall."
    )

    blocks_f: dict[str, list] = {}

    def prov(key, what, who, when, long, specific, note=None):
        c.f(what, specific, note)
        blocks_f[key] = [
            ("lab", "What", what),
            ("lab", "Who", who),
            ("lab", "When", when),
            ("lab", "How long", long),
            ("gap",),
        ]
        return what

    F_SALT = prov(
        "salt",
        (
            "A speech and language therapy programme written by a speech and language therapist "
            "and shared with school staff"
        ),
        "Speech and language therapist from Tallowby Children’s Therapy Service",
        "One school visit each term",
        "One hour per visit, including a review with the class teacher",
        True,
        "Specific, but a termly consultation where weekly direct 1:1 therapy was recommended.",
    )
    F_GROUP = prov(
        "group",
        "Small-group language sessions following the therapist’s programme",
        "Teaching assistant",
        "Three times each week",
        "20 minutes, in a group of six pupils",
        True,
        "Specific, but a group of six where 1:1 work was recommended.",
    )
    F_VOCAB = prov(
        "vocab",
        "Pre-teaching of topic vocabulary",
        "Class staff",
        "As appropriate",
        "Flexible",
        False,
    )
    prov(
        "timetable",
        "A visual timetable kept on Reuben’s desk",
        "His teaching assistant, who updates it",
        "At the start of each morning and each afternoon",
        "Throughout the school day",
        True,
    )
    F_HAND = prov(
        "hand",
        "Handwriting programme (Write from the Start)",
        "Teaching assistant trained by the occupational therapist",
        "Monday, Wednesday and Friday mornings",
        "15 minutes each session",
        True,
    )
    F_BOARD = prov(
        "board",
        "A sloping writing board and an angled seat wedge",
        "Class teacher to check they are in place",
        "Every lesson that involves writing",
        "For the duration of this plan",
        True,
    )
    F_LUNCH = prov(
        "lunch",
        "Access to a quieter space at lunchtime",
        "Lunchtime staff",
        "When needed",
        "To be agreed",
        False,
    )
    F_OTADV = prov(
        "otadv",
        "Occupational therapy advice to school",
        "Occupational therapist",
        "Up to three visits a year",
        "As required",
        False,
    )
    F_MOVE = prov(
        "move",
        "Heavy-work movement breaks, such as carrying the register or stacking chairs",
        "Teaching assistant",
        "After every 45 minutes of seated work",
        "5 minutes",
        True,
        "The What line has no figures, but the When and How long lines make the block specific.",
    )
    G_TRAIN = (
        "The speech and language therapist will deliver two hours of training on "
        "developmental language disorder to Reuben’s class teacher and teaching assistants "
        "in the autumn term."
    )

    # ---- SALT report (.pdf) -----------------------------------------------------------------
    n_und = c.need(
        SALT,
        "Reuben's understanding of spoken language is well below the expected range for his "
        "age (CELF-5 Receptive Language Index 68).",
        "communication_interaction",
        PB_UND,
    )
    n_instr = c.need(
        SALT,
        "He finds it hard to follow instructions containing more than two key words, "
        "especially when they include concepts of time such as 'before' and 'after'.",
        "communication_interaction",
        PB_INSTR,
    )
    n_expr = c.need(
        SALT,
        "His expressive language is disorganised: he uses short sentences, leaves out "
        "grammatical endings and struggles to retell events in order.",
        "communication_interaction",
        PB_EXPR,
    )
    n_voc = c.need(
        SALT,
        "Reuben has a limited vocabulary for school subjects and has no strategies for "
        "learning new words.",
        "communication_interaction",
        PB_VOC,
    )
    n_play = c.need(
        SALT,
        "When the rules of a group game changed, Reuben could not work out what was expected "
        "of him and walked away; he struggles to join in and keep up with other children's play.",
        "communication_interaction",
        note="Stated in the observation prose only.",
    )
    speech = c.non_need(
        SALT,
        "Reuben's speech sound errors, treated in 2023, have resolved and his speech is now clear.",
        "Resolved; discharged from speech sound work.",
    )
    r_direct = c.rec(
        SALT,
        "Reuben needs direct speech and language therapy from a speech and language therapist, "
        "in 1:1 sessions of 45 minutes each week for at least two terms.",
        "communication_interaction",
        "less",
        F_SALT,
    )
    r_ta = c.rec(
        SALT,
        "Between therapy sessions, a teaching assistant trained by the therapist should carry "
        "out Reuben's language targets with him 1:1, three times a week for 20 minutes.",
        "communication_interaction",
        "less",
        F_GROUP,
    )
    r_vocab = c.rec(
        SALT,
        "Key vocabulary for each new topic should be pre-taught to Reuben in the week before "
        "the topic starts, using word maps.",
        "communication_interaction",
        "not_specific",
        F_VOCAB,
    )
    r_train = c.rec(
        SALT,
        "All staff who teach Reuben should attend the therapy service's two-hour training on "
        "developmental language disorder.",
        "communication_interaction",
        "wrong_section",
        G_TRAIN,
        "G",
    )
    r_social = c.rec(
        SALT,
        "Reuben would benefit from a social communication group, run by a trained adult, once "
        "a week for 30 minutes with no more than four children.",
        "communication_interaction",
        "missing_from_f",
    )
    r_book = c.rec(
        SALT,
        "Reuben's parents may find it helpful to share a picture book with him each evening "
        "and talk about what happened in the story.",
        "communication_interaction",
        "not_educational",
    )

    # ---- independent OT report (.docx) ---------------------------------------------------------
    n_hand = c.need(
        OT,
        "Reuben’s pencil grip is immature and his handwriting is slow: he writes 6 words per "
        "minute, against an expected 12 to 15 for his age.",
        "sensory_physical",
        PB_HAND,
    )
    n_tone = c.need(
        OT,
        "He has low muscle tone around his shoulders and trunk and slumps on the carpet and "
        "at his desk after a few minutes.",
        "sensory_physical",
        PB_TONE,
    )
    n_noise = c.need(
        OT,
        "Reuben is over-responsive to noise; he covers his ears and leaves the room during "
        "assembly and in the dining hall.",
        "sensory_physical",
        PB_NOISE,
    )
    n_dress = c.need(
        OT,
        "He cannot yet fasten buttons or zips, so he needs an adult to help him change for PE.",
        "sensory_physical",
    )
    feeding = c.non_need(
        OT,
        "Reuben’s early feeding difficulties resolved by the age of two.",
        "Resolved.",
    )
    r_hand = c.rec(
        OT,
        "Fine motor and handwriting programme (Write from the Start)",
        "sensory_physical",
        "specific",
        F_HAND,
    )
    r_board = c.rec(
        OT,
        "Sloping writing board and angled seat wedge for all written work",
        "sensory_physical",
        "specific",
        F_BOARD,
    )
    r_lunch = c.rec(
        OT,
        "Ear defenders, and a quiet place to eat lunch away from the main hall",
        "sensory_physical",
        "not_specific",
        F_LUNCH,
    )
    r_direct_ot = c.rec(
        OT,
        "Direct occupational therapy to work on core stability and bilateral coordination",
        "sensory_physical",
        "not_specific",
        F_OTADV,
        note="F gives only advice, 'up to' three visits, 'as required': vague, and so "
        "provision_not_specific only.",
    )
    r_move = c.rec(
        OT,
        "Heavy-work movement breaks (for example carrying books or wiping tables)",
        "sensory_physical",
        "specific",
        F_MOVE,
    )
    r_dress = c.rec(
        OT,
        "Dressing practice for PE using a step-by-step picture sequence",
        "sensory_physical",
        "missing_from_f",
    )

    # ---- plan (.docx) --------------------------------------------------------------------
    plan = [
        ("org", "Tallowby Borough Council"),
        (
            "small",
            "SEND Statutory Assessment Team, Civic Offices, Bridge Street, Tallowby ZB3 1AA",
        ),
        ("small", "01632 960318  ·  send.team@example.org"),
        ("title", "Education, Health and Care Plan – Final"),
        (
            "kv",
            [
                ("Name", "Reuben Castellane"),
                ("Date of birth", "19 June 2017"),
                ("School year", "Year 3"),
                ("Date of this plan", "27 April 2026"),
                ("EHC coordinator", "Joss Amberley-Nwosu"),
            ],
        ),
        ("h", 1, h["A"]),
        (
            "p",
            c.sect(
                "A",
                (
                    "Reuben loves dinosaurs, trains and building dens in the garden with his big "
                    "sister."
                ),
            ),
        ),
        (
            "p",
            "Reuben says: “I like it when Miss shows me pictures. I don’t like it when it’s loud.” "
            "His parents would like him to be able to tell them about his day.",
        ),
        ("h", 1, h["B"]),
        (
            "p",
            c.sect(
                "B",
                "Reuben is a friendly and energetic boy who is keen to please adults.",
            ),
        ),
        ("h", 2, "Need 1: Communication and language"),
        ("p", f"{PB_UND} {PB_INSTR}"),
        ("p", f"{PB_EXPR} {PB_VOC}"),
        ("h", 2, "Need 2: Physical and sensory development"),
        ("p", f"{PB_HAND} {PB_TONE}"),
        ("p", PB_NOISE),
        ("h", 1, h["C"]),
        (
            "p",
            c.sect("C", "Reuben is generally healthy and takes no regular medication."),
        ),
        ("h", 1, h["D"]),
        (
            "p",
            c.sect(
                "D",
                "No social care needs have been identified for Reuben or his family.",
            ),
        ),
        ("h", 1, h["E"]),
        ("h", 2, "Need 1: Communication and language"),
        (
            "p",
            c.sect(
                "E",
                (
                    "By the end of Year 4, Reuben will follow a three-part classroom instruction "
                    "without a reminder on four occasions out of five."
                ),
            ),
        ),
        (
            "p",
            "By July 2027, Reuben will retell a short story in the right order using a story "
            "planner.",
        ),
        ("h", 2, "Need 2: Physical and sensory development"),
        (
            "p",
            "By July 2027, Reuben will copy two lines of text legibly in five minutes.",
        ),
        (
            "p",
            "By the end of Year 4, Reuben will eat his lunch in the dining hall with his class "
            "on most days.",
        ),
        ("h", 1, h["F"]),
        (
            "p",
            c.sect(
                "F",
                (
                    "Each provision below is set out as what will be provided, who will provide "
                    "it, when, and for how long."
                ),
            ),
        ),
        ("h", 2, "Need 1: Communication and language"),
        *blocks_f["salt"],
        *blocks_f["group"],
        *blocks_f["vocab"],
        *blocks_f["timetable"],
        ("h", 2, "Need 2: Physical and sensory development"),
        *blocks_f["hand"],
        *blocks_f["board"],
        *blocks_f["move"],
        *blocks_f["lunch"],
        *blocks_f["otadv"],
        ("h", 1, h["G"]),
        (
            "p",
            c.sect(
                "G",
                (
                    "Reuben’s hearing was checked by the audiology service in January 2026 and was"
                    " normal; no further review is planned."
                ),
            ),
        ),
        ("p", G_TRAIN),
        ("h", 1, h["H1"]),
        ("p", c.sect("H1", "Reuben has no social care provision under the 1970 Act.")),
        ("h", 1, h["H2"]),
        (
            "p",
            c.sect(
                "H2",
                "Reuben’s family receives no other social care support and none is needed.",
            ),
        ),
        ("h", 1, h["I"]),
        (
            "p",
            c.sect(
                "I",
                (
                    "Millbrook Lane Primary School, Canal Street, Tallowby ZB3 7QP (mainstream "
                    "community primary school)."
                ),
            ),
        ),
        ("h", 1, h["J"]),
        ("p", c.sect("J", "A personal budget has not been requested.")),
        ("h", 1, h["K"]),
        ("p", "Parental advice, 8 January 2026."),
        (
            "p",
            (
                "Speech and language therapy advice, Tallowby Children’s Therapy Service, 29 "
                "January 2026."
            ),
        ),
        (
            "p",
            c.sect(
                "K",
                (
                    "Independent occupational therapy report, Rushwick Paediatric Therapy, 14 "
                    "January 2026."
                ),
            ),
        ),
        (
            "p",
            "Educational advice from Millbrook Lane Primary School, 3 February 2026.",
        ),
    ]
    # page breaks before C and before G
    plan.insert(plan.index(("h", 1, h["C"])), ("pb",))
    plan.insert(plan.index(("h", 1, h["F"])), ("pb",))
    plan.insert(plan.index(("h", 1, h["G"])), ("pb",))
    c.docs.append(
        Doc(
            PLAN,
            plan,
            sans=True,
            author="Tallowby Borough Council",
            title="Education, Health and Care Plan",
            accent="7A1F3D",
            footer="Reuben Castellane – EHC Plan – Tallowby Borough Council",
        )
    )

    salt = [
        ("org", "Tallowby Children's Therapy Service"),
        (
            "small",
            (
                "Speech and Language Therapy  ·  Orchard Clinic, Pit Lane, Tallowby ZB3 9TT  ·  "
                "01632 960352"
            ),
        ),
        ("title", "Speech and Language Therapy Advice for EHC Needs Assessment"),
        (
            "kv",
            [
                ("Name", "Reuben Castellane"),
                ("Date of birth", "19/06/2017"),
                ("School", "Millbrook Lane Primary School"),
                (
                    "Therapist",
                    "Bethan Oduya-Lisle, Highly Specialist Speech and Language Therapist",
                ),
                ("Date of report", "29/01/2026"),
            ],
        ),
        ("h", 2, "Reason for referral"),
        (
            "p",
            "Reuben was referred by his school in September 2025 because of concerns about his "
            f"understanding and his ability to explain himself. {speech}",
        ),
        ("h", 2, "Assessment results"),
        (
            "grid",
            [
                ["Assessment", "Score", "Description"],
                ["CELF-5 Receptive Language Index", "68", "Well below average"],
                ["CELF-5 Expressive Language Index", "72", "Below average"],
                [
                    "Renfrew Bus Story, information",
                    "Age equivalent 5;2",
                    "Well below age",
                ],
                [
                    "British Picture Vocabulary Scale 3",
                    "Standard score 74",
                    "Below average",
                ],
            ],
            [0.45, 0.2, 0.35],
        ),
        ("h", 2, "Observation in school"),
        (
            "p",
            "I observed Reuben in a maths lesson and at lunchtime play on 15 January 2026. In "
            f"class he watched his partner closely and copied what he did. {n_play}",
        ),
        ("h", 2, "Clinical impressions"),
        (
            "p",
            "Reuben presents with a developmental language disorder affecting both "
            "understanding and expression.",
        ),
        ("bul", [n_und, n_instr, n_expr, n_voc]),
        ("h", 2, "Recommendations"),
        ("bul", [r_direct, r_ta, r_vocab, r_train, r_social]),
        ("h", 2, "Ideas for home"),
        ("p", r_book),
        ("gap",),
        ("p", "Bethan Oduya-Lisle, Highly Specialist Speech and Language Therapist"),
    ]
    c.docs.append(
        Doc(
            SALT,
            salt,
            author="Bethan Oduya-Lisle",
            title="SLT advice",
            header="Tallowby Children's Therapy Service – CONFIDENTIAL",
            footer="Page {n} of {m}",
            accent="2F5D8A",
        )
    )

    ot = [
        ("org", "Rushwick Paediatric Therapy"),
        (
            "small",
            (
                "Independent Occupational Therapy  ·  4 Tanners Yard, Rushwick ZB9 2LS  ·  "
                "hello@example.org"
            ),
        ),
        ("title", "Independent Occupational Therapy Report"),
        (
            "kv",
            [
                ("Child", "Reuben Castellane (8 years 6 months)"),
                ("Commissioned by", "Mr and Mrs Castellane"),
                (
                    "Assessed at",
                    "Millbrook Lane Primary School and at home, 9 January 2026",
                ),
                ("Therapist", "Fenella Marchbank-Osei, BSc (Hons) OT, HCPC registered"),
            ],
        ),
        ("h", 2, "Background"),
        ("p", f"Reuben was born at 36 weeks and walked at 17 months. {feeding}"),
        ("h", 2, "Assessment findings"),
        ("p", f"Movement ABC-2: total score at the 9th percentile. {n_hand}"),
        ("p", n_tone),
        (
            "p",
            f"Sensory Profile 2 (school companion) shows a ‘much more than others’ pattern for "
            f"auditory sensitivity. {n_noise}",
        ),
        ("h", 2, "Self-care"),
        ("p", f"{n_dress} He can put on his coat and shoes with Velcro fastenings."),
        ("pb",),
        ("h", 2, "Recommendations"),
        (
            "p",
            "I recommend the following provision, which should be written into Section F of "
            "Reuben’s plan.",
        ),
        (
            "grid",
            [
                ["Recommendation", "Frequency", "Delivered by"],
                [
                    r_hand,
                    "3 x 15 minutes per week",
                    "Teaching assistant trained by the OT",
                ],
                [r_board, "Daily", "Class teacher to ensure in place"],
                [r_lunch, "Daily", "Lunchtime supervisor"],
                [
                    r_direct_ot,
                    "Six sessions of 45 minutes, one each half-term",
                    "Occupational therapist",
                ],
                [r_move, "Every 45 minutes of seated work", "Class staff"],
                [r_dress, "Before each PE lesson, 10 minutes", "Teaching assistant"],
            ],
            [0.5, 0.25, 0.25],
        ),
        ("p", "Fenella Marchbank-Osei, Occupational Therapist, 14 January 2026"),
    ]
    c.docs.append(
        Doc(
            OT,
            ot,
            author="Fenella Marchbank-Osei",
            title="Independent OT report",
            accent="3B6E3B",
        )
    )
    return c


# ===========================================================================
# case-evalb-03  Carnhollow City Council
#   Landscape PDF plan for a young person of 17 at a further education college.
#   Headings are shaded bands "B: Special Educational Needs" (letter and colon, no
#   word "Section"); Section E is grouped under preparation-for-adulthood
#   headings; Section F is a four-column ruled table with multi-line cells.
#   **No Section D.** Reports: an EP report (.docx) and a CAMHS letter (.pdf).
# ===========================================================================


def case_03() -> Case:
    EP, CAMHS, PLAN = "ep_report.docx", "camhs_letter.pdf", "ehc_plan.pdf"
    c = Case(
        "case-evalb-03",
        PLAN,
        [EP, CAMHS],
        "Callum Fairweather, 17, first year of a Level 1 catering course at an FE college. "
        "Autism, learning difficulties, anxiety; preparation for adulthood (travel, money, "
        "work). Landscape plan with a ruled four-column Section F table; no Section D.",
    )
    h = {
        sid: c.heading(sid, text)
        for sid, text in [
            ("A", "A: My Views, Interests and Aspirations"),
            ("B", "B: Special Educational Needs"),
            ("C", "C: Health Needs"),
            ("E", "E: Outcomes (Preparing for Adulthood)"),
            ("F", "F: Special Educational Provision"),
            ("G", "G: Health Provision"),
            ("H1", "H1: Social Care Provision under Section 2 of the CSDPA 1970"),
            ("H2", "H2: Other Social Care Provision"),
            ("I", "I: Name and Type of Educational Institution"),
            ("J", "J: Personal Budget"),
            ("K", "K: Advice and Information"),
        ]
    }
    PB_SLOW = (
        "Callum learns new skills slowly and needs tasks broken into small steps and practised "
        "many times."
    )
    PB_READ = (
        "Callum's reading is well below that of his peers, and he cannot understand the written "
        "recipes and safety sheets on his course without help."
    )
    PB_MONEY = (
        "Callum cannot yet manage money, such as working out his change or whether he can afford "
        "something."
    )
    PB_LIT = (
        "Callum takes language literally and misunderstands jokes and banter, which causes "
        "friction with other students."
    )
    PB_TRAVEL = (
        "Callum has never travelled on his own and becomes very distressed when transport is late "
        "or changes route."
    )
    PB_AUT = (
        "Callum is autistic, which affects how he communicates and how he makes sense of other "
        "people."
    )
    PB_ANX = (
        "Callum has high levels of anxiety and worries most evenings about the next day at college."
    )
    PB_SLEEP = "Callum sleeps badly and is often tired in morning sessions."

    F_TRAVEL = c.f(
        "Independent travel training on the route from home to college",
        True,
        "Specific, but 10 sessions where two a week for a whole term were recommended.",
    )
    F_WORK = c.f("Work experience opportunities as part of the study programme", False)
    F_MATHS = c.f(
        "Functional maths on money and budgeting, in a group of no more than six students",
        True,
    )
    F_TEXTS = c.f(
        "Course recipes and safety sheets rewritten in simple language with photographs, and "
        "read through with Callum before each practical lesson",
        True,
    )
    F_KEY = c.f(
        "Every college day at 9.00 am, Callum will meet his named learning support assistant "
        "to go through the day's timetable",
        True,
    )
    F_KITCHEN = c.f("Support in the kitchen", False)
    F_BANTER = c.f(
        "Sessions on understanding banter and workplace language",
        False,
        "Six sessions in a 'small group' of unstated size: the group size is not specified.",
    )
    F_EXAMS = c.f("Exam access arrangements: 25% extra time and a reader in all assessments", True)
    f_rows = [
        [
            "Provision",
            "Delivered by",
            "How often and for how long",
            "Outcome supported",
        ],
        [
            F_TRAVEL,
            "Travel trainer,\nCarnhollow City Council\ntravel training team",
            "10 sessions of 1 hour\nover the autumn term",
            "Independent travel",
        ],
        [F_WORK, "College", "As arranged by the college", "Employment"],
        [
            F_MATHS,
            "Maths lecturer",
            "2 hours each week,\nterm time",
            "Independent living",
        ],
        [
            F_TEXTS,
            "Learning support assistant\n(Level 3, trained in autism)",
            "Before every practical\nlesson, 15 minutes",
            "Employment",
        ],
        [F_KEY, "Named learning support\nassistant", "Daily, 15 minutes", "Wellbeing"],
        [F_KITCHEN, "Learning support assistant", "As required", "Employment"],
        [
            F_BANTER,
            "Speech and language\ntherapist",
            "Six sessions of 45 minutes\nin a small group",
            "Friendships and community",
        ],
        [F_EXAMS, "College exams officer", "Every assessment", "Employment"],
    ]
    G_CBT = (
        "Callum will be offered eight sessions of autism-adapted cognitive behavioural therapy "
        "at the CAMHS clinic, starting in June 2026."
    )
    G_SCALE = (
        "The CAMHS learning disability nurse will deliver a one-hour session for college staff "
        "on using a five-point anxiety scale with Callum."
    )

    # ---- EP report (.docx) -------------------------------------------------------------
    n_slow = c.need(
        EP,
        "Callum's general ability is in the extremely low range (General Ability Index 66), "
        "and he learns new routines best when they are broken into small steps and practised "
        "many times.",
        "cognition_learning",
        PB_SLOW,
    )
    n_read = c.need(
        EP,
        "His reading comprehension is at about a nine-year-old level, so he cannot follow the "
        "written recipes and safety sheets used on his course without help.",
        "cognition_learning",
        PB_READ,
    )
    n_money = c.need(
        EP,
        "Callum struggles to handle money: he cannot work out change from £10 or judge whether "
        "he has enough money for a purchase.",
        "cognition_learning",
        PB_MONEY,
    )
    n_lit = c.need(
        EP,
        "He interprets language literally and misses sarcasm and banter, which has led to "
        "misunderstandings with other students in the kitchen.",
        "communication_interaction",
        PB_LIT,
    )
    n_travel = c.need(
        EP,
        "Callum has never travelled alone; he becomes distressed if a bus is late or takes a "
        "different route.",
        "other",
        PB_TRAVEL,
    )
    n_change = c.need(
        EP,
        "Callum finds unexpected changes very hard to cope with; when his tutor changed the "
        "plan for a practical session, he left the kitchen and sat in the corridor for twenty "
        "minutes.",
        "semh",
        note="Stated in the observation prose only.",
    )
    n_career = c.need(
        EP,
        "He has no clear idea yet of the work he would like to do and has never had any work "
        "experience.",
        "other",
        note="A preparation-for-adulthood need that B leaves out.",
    )
    r_travel = c.rec(
        EP,
        "Callum should have a travel training programme with a qualified travel trainer, two "
        "sessions a week for a whole term, until he can travel from home to college alone.",
        "other",
        "less",
        F_TRAVEL,
    )
    r_job = c.rec(
        EP,
        "A job coach should support Callum on a work placement in a catering setting for one "
        "day a week from January 2027.",
        "other",
        "not_specific",
        F_WORK,
    )
    r_maths = c.rec(
        EP,
        "Functional maths teaching on money, in a group of no more than six students, for two "
        "hours each week.",
        "cognition_learning",
        "specific",
        F_MATHS,
    )
    r_texts = c.rec(
        EP,
        "Written course materials should be rewritten in simplified language with pictures "
        "and read through with Callum by a learning support assistant before each practical "
        "lesson.",
        "cognition_learning",
        "specific",
        F_TEXTS,
    )
    r_key = c.rec(
        EP,
        "Callum would benefit from a named key worker at college whom he meets for 15 minutes "
        "at the start of each day.",
        "semh",
        "specific",
        F_KEY,
    )
    r_shops = c.rec(
        EP,
        "His parents might practise paying for small items in shops with him at weekends.",
        "other",
        "not_educational",
    )

    # ---- CAMHS letter (.pdf) -------------------------------------------------------------------
    n_aut = c.need(
        CAMHS,
        "Callum has a diagnosis of autism spectrum condition, made by this service in 2019.",
        "communication_interaction",
        PB_AUT,
    )
    n_anx = c.need(
        CAMHS,
        "He currently has significant anxiety, scoring 19 on the GAD-7, and describes "
        "worrying every evening about the next day at college.",
        "semh",
        PB_ANX,
    )
    n_sleep = c.need(
        CAMHS,
        "His sleep is poor; he usually falls asleep after 1 am and is then tired during "
        "morning sessions.",
        "health",
        PB_SLEEP,
    )
    mood = c.non_need(
        CAMHS,
        "The low mood Callum experienced in Year 10 has lifted, and he no longer takes the "
        "antidepressant he was prescribed at that time.",
        "Resolved.",
    )
    r_cbt = c.rec(
        CAMHS,
        "Callum will be offered eight sessions of cognitive behavioural therapy adapted for "
        "autism at our clinic.",
        "health",
        "not_educational",
        G_CBT,
        "G",
    )
    r_scale = c.rec(
        CAMHS,
        "College staff should be taught how to use a five-point anxiety scale with Callum, "
        "through a one-hour session delivered by our learning disability nurse.",
        "semh",
        "wrong_section",
        G_SCALE,
        "G",
        note="Training college staff to support his learning is educational provision.",
    )
    r_room = c.rec(
        CAMHS,
        "Callum needs a quiet room he can go to at break times, and a card to show staff when "
        "he needs to leave a lesson.",
        "semh",
        "missing_from_f",
    )

    # ---- plan (.pdf, landscape) -----------------------------------------------------------
    plan = [
        ("org", "Carnhollow City Council  ·  Education, Health and Care Plan"),
        (
            "small",
            (
                "SEND Service, Guildhall Annexe, Carnhollow XJ6 1AA  ·  01632 960405  ·  "
                "send.service@example.org"
            ),
        ),
        (
            "kv",
            [
                ("Young person", "Callum Fairweather"),
                ("Date of birth", "2 February 2009 (17)"),
                ("Plan issued", "5 May 2026 (amended after annual review)"),
                ("Caseworker", "Nadia Penhaligon-Ward"),
            ],
        ),
        ("band", h["A"]),
        (
            "p",
            c.sect(
                "A",
                "I want to work in a café kitchen and one day have my own flat with my cat.",
            ),
        ),
        (
            "p",
            "Callum's mother says he is happiest when he is cooking for the family, and that "
            "she worries about how he will manage when she is not there.",
        ),
        ("band", h["B"]),
        (
            "p",
            c.sect(
                "B",
                "Callum is a kind and hard-working young man who takes great pride in his cooking.",
            ),
        ),
        (
            "bul",
            [PB_AUT, PB_SLOW, PB_READ, PB_MONEY, PB_LIT, PB_TRAVEL, PB_ANX, PB_SLEEP],
        ),
        ("band", h["C"]),
        (
            "p",
            c.sect("C", "Callum's autism was diagnosed by Carnhollow CAMHS in 2019."),
        ),
        ("p", "His anxiety and sleep are being assessed by CAMHS."),
        ("band", h["E"]),
        ("b", "Employment"),
        (
            "p",
            "By July 2027, Callum will complete a work placement in a catering kitchen and "
            "follow a recipe card with no more than one prompt.",
        ),
        ("b", "Independent living"),
        (
            "p",
            "By July 2027, Callum will buy his own lunch each day and check his change.",
        ),
        ("b", "Independent travel"),
        (
            "p",
            c.sect(
                "E",
                (
                    "By July 2027, Callum will travel from home to college by bus on his own on at"
                    " least four days a week."
                ),
            ),
        ),
        ("b", "Friendships, relationships and community"),
        ("p", "By July 2027, Callum will take part in a college club each week."),
        ("pb",),
        ("band", h["F"]),
        (
            "p",
            c.sect(
                "F",
                (
                    "Carnhollow College will deliver the provision in the table below during term "
                    "time, 36 weeks a year."
                ),
            ),
        ),
        ("grid", f_rows, [0.38, 0.2, 0.22, 0.2]),
        ("band", h["G"]),
        ("p", c.sect("G", G_CBT)),
        ("p", G_SCALE),
        ("band", h["H1"]),
        (
            "p",
            c.sect("H1", "Callum receives no services under section 2 of the 1970 Act."),
        ),
        ("band", h["H2"]),
        (
            "p",
            c.sect(
                "H2",
                (
                    "Callum attends the Friday evening youth club run by Carnhollow Short Breaks, "
                    "funded by children's social care for two hours each week."
                ),
            ),
        ),
        ("band", h["I"]),
        (
            "p",
            c.sect(
                "I",
                (
                    "Carnhollow College of Further Education, Wharf Road, Carnhollow XJ6 3PE "
                    "(general further education college), Foundation Catering Level 1, 2025 to "
                    "2027."
                ),
            ),
        ),
        ("band", h["J"]),
        ("p", c.sect("J", "Callum has not asked for a personal budget.")),
        ("band", h["K"]),
        (
            "bul",
            [
                "Views of Callum and his mother, February 2026.",
                c.sect(
                    "K",
                    "Educational psychology advice, Dr Tobias Wenlock-Achebe, 16 March 2026.",
                ),
                "Letter from Carnhollow CAMHS, 23 February 2026.",
                "Annual review report, Carnhollow College, 10 March 2026.",
            ],
        ),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan,
            landscape=True,
            sans=True,
            author="Carnhollow City Council",
            title="EHC Plan",
            accent="8A4B08",
            header="Carnhollow City Council  |  EHC Plan  |  Callum Fairweather",
            footer="Page {n}",
        )
    )

    ep = [
        ("org", "Carnhollow Educational Psychology Service"),
        (
            "small",
            "Guildhall Annexe, Carnhollow XJ6 1AA  ·  01632 960418  ·  eps@example.org",
        ),
        ("title", "Educational Psychology Advice: Preparing for Adulthood"),
        (
            "kv",
            [
                ("Young person", "Callum Fairweather, aged 17"),
                (
                    "College",
                    "Carnhollow College of Further Education, Foundation Catering Level 1",
                ),
                (
                    "Psychologist",
                    "Dr Tobias Wenlock-Achebe, HCPC registered educational psychologist",
                ),
                ("Date", "16 March 2026"),
            ],
        ),
        ("h", 2, "Callum's views"),
        (
            "p",
            "Callum told me that he wants to be a chef and that he likes college 'when it is "
            "calm'. He does not like the canteen because it is too loud.",
        ),
        ("h", 2, "Assessment"),
        (
            "grid",
            [
                ["Measure", "Result"],
                ["WAIS-IV General Ability Index", "66"],
                ["WIAT-III Reading Comprehension", "Age equivalent 9:3"],
                ["WIAT-III Numerical Operations", "Age equivalent 8:10"],
            ],
            [0.6, 0.4],
        ),
        ("h", 2, "Observation at college"),
        (
            "p",
            f"I observed Callum in a practical kitchen session on 4 March 2026. {n_change} "
            "He returned when a support assistant he knows came to find him.",
        ),
        ("h", 2, "Summary of needs"),
        ("bul", [n_slow, n_read, n_money, n_lit, n_travel, n_career]),
        ("pb",),
        ("h", 2, "Recommended provision"),
        ("bul", [r_travel, r_job, r_maths, r_texts, r_key]),
        ("h", 2, "At home"),
        ("p", r_shops),
        ("p", "Dr Tobias Wenlock-Achebe, Educational Psychologist"),
    ]
    c.docs.append(
        Doc(
            EP,
            ep,
            author="Dr Tobias Wenlock-Achebe",
            title="EP advice",
            accent="2E5E4E",
        )
    )

    camhs = [
        ("org", "Carnhollow CAMHS"),
        (
            "small",
            "Neurodevelopmental and Learning Disability Team, Elm House, Carnhollow XJ6 8RD",
        ),
        ("small", "Telephone 01632 960462"),
        ("gap",),
        ("p", "Ms Nadia Penhaligon-Ward, SEND Service, Carnhollow City Council"),
        ("p", "23 February 2026"),
        ("p", "Dear Ms Penhaligon-Ward,"),
        ("b", "Callum Fairweather, born 02.02.2009"),
        (
            "p",
            f"I am writing following Callum's review appointment on 17 February 2026. {n_aut}",
        ),
        ("p", f"{n_anx} {n_sleep} {mood}"),
        ("p", f"{r_cbt} {r_scale} {r_room}"),
        ("p", "I would be happy to discuss Callum's needs with the college."),
        ("p", "Yours sincerely,"),
        ("gap",),
        ("p", "Dr Miriam Ashgrove-Tennant"),
        ("p", "Consultant Child and Adolescent Psychiatrist"),
    ]
    c.docs.append(
        Doc(
            CAMHS,
            camhs,
            author="Dr Miriam Ashgrove-Tennant",
            title="Clinic letter",
            accent="005A8C",
            footer="Carnhollow CAMHS  ·  {n}",
        )
    )
    return c


# ===========================================================================
# case-evalb-04  Glimmerdale Council
#   .docx plan in which each heading is the bare label "SECTION B" on its own line,
#   with the section title as a separate bold line underneath. One "SECTION H"
#   holds sub-headings "H1 – ..." and "H2 – ...". Section K is a list of appended
#   reports. Dyspraxia and spelling. Reports: a school annual review (.docx) with
#   "What's working" / "What's not working" / agreed actions, and an EP report (.pdf).
# ===========================================================================


def case_04() -> Case:
    AR, EP, PLAN = "annual_review.docx", "ep_report.pdf", "amended_plan.docx"
    c = Case(
        "case-evalb-04",
        PLAN,
        [AR, EP],
        "Idris Pemberton-Lowe, 12, Year 7, mainstream secondary academy. Developmental "
        "coordination disorder, spelling, organisation, anxiety. Bare 'SECTION B' headings "
        "with the title on the next line; H1 and H2 inside one SECTION H; an OT programme "
        "placed in Section G.",
    )
    c.note = (
        "The annual review's 'What's working' list describes things that are going well; "
        "only 'What's not working' holds current needs. The section headings are the bare "
        "'SECTION X' lines; H1 and H2 are the sub-headings inside SECTION H."
    )
    titles = {
        "A": "Views, interests and aspirations of Idris and his parents",
        "B": "Special educational needs",
        "C": "Health needs",
        "D": "Social care needs",
        "E": "Outcomes",
        "F": "Special educational provision",
        "G": "Health provision",
        "I": "Placement",
        "J": "Personal budget",
        "K": "Advice and information",
    }

    def head(sid: str) -> list:
        return [("h", 1, c.heading(sid, f"SECTION {sid}")), ("b", titles[sid])]

    PB_COPY = (
        "Idris cannot copy accurately from the board and often forgets the equipment he needs for "
        "lessons."
    )
    PB_HAND = (
        "His handwriting is slow and becomes unreadable when he hurries, so he rarely finishes "
        "written work."
    )
    PB_PE = (
        "Idris's poor coordination makes PE difficult, and being laughed at has affected his "
        "confidence with other pupils."
    )
    PB_DCD = "Idris has developmental coordination disorder (dyspraxia)."
    PB_SPELL = (
        "Idris's spelling is well below the level expected for his age, and he uses a small set of"
        " words he is sure of."
    )
    PB_VMI = (
        "Idris finds it hard to coordinate what he sees with how he moves his hand, which makes "
        "copying, drawing and using maths equipment difficult."
    )
    PB_PHON = (
        "He reads unfamiliar words slowly because he finds it hard to work with the sounds in "
        "words."
    )

    F_HW = c.f(
        "Idris will be given a printed copy of each homework task by the class teacher at the "
        "end of the lesson in which it is set.",
        True,
    )
    F_LAPTOP = c.f("Idris will have access to a laptop where appropriate.", False)
    F_SPELL = c.f(
        "Idris will take part in a spelling intervention in a group of four pupils, led by a "
        "teaching assistant, for 30 minutes twice a week.",
        True,
        "Specific, but a group led by a teaching assistant where 1:1 teaching by an SpLD "
        "specialist teacher for 45 minutes was recommended.",
    )
    F_EXAMS = c.f(
        "In all internal tests and public examinations Idris will have 25% extra time and use "
        "a word processor, arranged by the exams officer.",
        True,
    )
    F_EQUIP = c.f("Adapted maths equipment will be provided.", False)
    F_TUTOR = c.f(
        "Each Monday morning Idris will meet his form tutor for 10 minutes to plan his week.",
        True,
    )
    F_ORG = c.f("Idris will receive support with organisation as needed.", False)
    G_OT = (
        "Idris will be referred to the children's occupational therapy service, which will "
        "assess his motor skills and set a daily motor skills programme for school, reviewed "
        "each half-term."
    )

    # ---- annual review (.docx) ----------------------------------------------------------
    friends = c.non_need(
        AR,
        "Idris's friendship worries from Year 6 have settled, and he now has a steady group of "
        "friends in his form.",
        "Listed under What's working: no longer a need.",
    )
    typing = c.non_need(
        AR,
        "He is using the school laptop in English and his written work there has improved.",
        "Listed under What's working.",
    )
    n_copy = c.need(
        AR,
        "Idris still cannot copy homework from the board accurately and often arrives at "
        "lessons without the right equipment.",
        "cognition_learning",
        PB_COPY,
    )
    n_hand = c.need(
        AR,
        "His handwriting becomes illegible when he has to write quickly, and he cannot finish "
        "written tasks in most lessons.",
        "sensory_physical",
        PB_HAND,
    )
    n_pe = c.need(
        AR,
        "Idris has been upset in PE because he cannot catch or kick a ball and other pupils "
        "laugh at him.",
        "semh",
        PB_PE,
    )
    n_lost = c.need(
        AR,
        "He is finding the moves between classrooms hard: he has been late to lessons and has "
        "got lost on the upper corridor several times.",
        "cognition_learning",
    )
    r_hw = c.rec(
        AR,
        "Idris should be given a printed homework sheet at the end of each lesson by the class "
        "teacher.",
        "cognition_learning",
        "specific",
        F_HW,
    )
    r_laptop = c.rec(
        AR,
        "Idris should have a laptop for all extended writing, with touch-typing lessons of 30 "
        "minutes twice a week from a teaching assistant until he types 20 words per minute.",
        "sensory_physical",
        "not_specific",
        F_LAPTOP,
    )
    r_route = c.rec(
        AR,
        "A member of staff should walk the timetable route with Idris for the first two weeks "
        "of each term and give him a colour-coded map.",
        "cognition_learning",
        "missing_from_f",
    )

    # ---- EP report (.pdf) --------------------------------------------------------------
    n_dcd = c.need(
        EP,
        "Idris meets the criteria for developmental coordination disorder; his total score on "
        "the Movement ABC-2 is at the 2nd percentile.",
        "sensory_physical",
        PB_DCD,
    )
    n_spell = c.need(
        EP,
        "His spelling is at the 5th percentile and he relies on a small bank of words he knows "
        "well.",
        "cognition_learning",
        PB_SPELL,
    )
    n_vmi = c.need(
        EP,
        "Idris's visual-motor integration is weak (standard score 74), which affects copying, "
        "drawing and using rulers and protractors in maths.",
        "sensory_physical",
        PB_VMI,
    )
    n_phon = c.need(
        EP,
        "Idris's phonological processing is a relative weakness, and he reads unfamiliar words "
        "slowly.",
        "cognition_learning",
        PB_PHON,
    )
    n_worry = c.need(
        EP,
        "He worries a great deal about getting things wrong, and he described lying awake "
        "before days with PE or science practicals.",
        "semh",
        note="Stated in the section on Idris's views; B does not mention anxiety.",
    )
    r_spell = c.rec(
        EP,
        "A specialist teacher with a level 7 qualification in specific learning difficulties "
        "should teach Idris a structured spelling programme, 1:1, for 45 minutes twice a week.",
        "cognition_learning",
        "less",
        F_SPELL,
    )
    r_ot = c.rec(
        EP,
        "An occupational therapist should assess Idris's motor skills and provide a programme "
        "to be carried out in school daily, reviewed each half-term.",
        "sensory_physical",
        "wrong_section",
        G_OT,
        "G",
    )
    r_exams = c.rec(
        EP,
        "Idris should have 25% extra time and a word processor in all tests and examinations.",
        "cognition_learning",
        "specific",
        F_EXAMS,
    )
    r_equip = c.rec(
        EP,
        "In maths and science, Idris needs adapted equipment, such as a large-handled ruler "
        "and a compass with a locking arm.",
        "sensory_physical",
        "not_specific",
        F_EQUIP,
    )
    r_home = c.rec(
        EP,
        "Idris might find it helpful to use a checklist at home for packing his bag each evening.",
        "cognition_learning",
        "not_educational",
    )

    # ---- plan (.docx) ----------------------------------------------------------------
    plan = [
        ("org", "Glimmerdale Council  –  Education, Health and Care Plan"),
        (
            "small",
            (
                "Children's Services, Lantern House, Glimmerdale QV7 1AA  ·  01632 960509  ·  "
                "ehc.plans@example.org"
            ),
        ),
        (
            "kv",
            [
                ("Name", "Idris Pemberton-Lowe"),
                ("Date of birth", "11 November 2013"),
                ("Year group", "Year 7"),
                ("Status", "Amended plan following annual review on 12 March 2026"),
                ("Date issued", "20 April 2026"),
            ],
        ),
        *head("A"),
        (
            "p",
            c.sect(
                "A",
                (
                    "Idris wants to design computer games and would like to learn to ride a bike "
                    "this summer."
                ),
            ),
        ),
        (
            "p",
            "His parents want him to feel confident at secondary school and to stop dreading PE.",
        ),
        *head("B"),
        (
            "p",
            c.sect(
                "B",
                "Idris is a thoughtful, funny boy with a strong interest in computing.",
            ),
        ),
        ("p", f"{PB_DCD} {PB_VMI} {PB_HAND}"),
        ("p", f"{PB_SPELL} {PB_PHON}"),
        ("p", f"{PB_COPY} {PB_PE}"),
        *head("C"),
        (
            "p",
            c.sect(
                "C",
                (
                    "Idris was diagnosed with developmental coordination disorder by the community"
                    " paediatrician in 2022."
                ),
            ),
        ),
        *head("D"),
        (
            "p",
            c.sect(
                "D",
                (
                    "Idris has no social care needs relating to his special educational needs or "
                    "disability."
                ),
            ),
        ),
        *head("E"),
        (
            "bul",
            [
                c.sect(
                    "E",
                    (
                        "By the end of Year 8, Idris will type at 20 words per minute and use a "
                        "laptop for all extended writing."
                    ),
                ),
                "By July 2027, Idris will spell 80% of the Year 7 subject word lists correctly.",
                (
                    "By the end of Year 7, Idris will bring the right equipment to lessons on four"
                    " days out of five."
                ),
            ],
        ),
        ("pb",),
        *head("F"),
        (
            "p",
            c.sect(
                "F",
                "Glimmerdale Academy will make the following provision, overseen by the SENCo.",
            ),
        ),
        ("i", "Cognition and learning"),
        ("bul", [F_SPELL, F_EXAMS, F_LAPTOP]),
        ("i", "Physical development"),
        ("bul", [F_EQUIP]),
        ("i", "Organisation and independence"),
        ("bul", [F_HW, F_TUTOR, F_ORG]),
        *head("G"),
        ("p", c.sect("G", G_OT)),
        ("h", 1, "SECTION H"),
        ("b", "Social care provision"),
        (
            "h",
            2,
            c.heading(
                "H1",
                (
                    "H1 – Provision under section 2 of the Chronically Sick and Disabled Persons "
                    "Act 1970"
                ),
            ),
        ),
        (
            "p",
            c.sect(
                "H1",
                "Idris has not been assessed as needing any services under this Act.",
            ),
        ),
        ("h", 2, c.heading("H2", "H2 – Any other social care provision")),
        (
            "p",
            c.sect("H2", "Idris does not need any other social care provision at present."),
        ),
        *head("I"),
        (
            "p",
            c.sect(
                "I",
                (
                    "Glimmerdale Academy, Kestrel Road, Glimmerdale QV7 5RN (mainstream secondary "
                    "academy, ages 11 to 16)."
                ),
            ),
        ),
        *head("J"),
        ("p", c.sect("J", "No personal budget has been requested by Idris's parents.")),
        *head("K"),
        ("p", "The following reports are appended to this plan:"),
        (
            "bul",
            [
                "Appendix 1: Parental advice, Mr and Mrs Pemberton-Lowe, 2 February 2026.",
                c.sect(
                    "K",
                    (
                        "Appendix 2: Educational psychology advice, Dr Harriet Quenby-Salt, 9 "
                        "February 2026."
                    ),
                ),
                "Appendix 3: Annual review report, Glimmerdale Academy, 12 March 2026.",
                "Appendix 4: Medical advice, Glimmerdale Community Paediatrics, 2022.",
            ],
        ),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan,
            author="Glimmerdale Council",
            title="EHC Plan (amended)",
            accent="0B5563",
            header="Glimmerdale Council – EHC Plan – Idris Pemberton-Lowe – OFFICIAL-SENSITIVE",
        )
    )

    ar = [
        ("org", "Glimmerdale Academy"),
        (
            "small",
            "Kestrel Road, Glimmerdale QV7 5RN  ·  01632 960533  ·  senco@example.org",
        ),
        ("title", "Annual Review Report: Year 7"),
        (
            "kv",
            [
                ("Pupil", "Idris Pemberton-Lowe"),
                ("Date of review meeting", "12 March 2026"),
                (
                    "Present",
                    (
                        "Idris; Mrs Pemberton-Lowe; Ms Clemency Ravel-Hart (SENCo); Mr Dawit "
                        "Orrell (form tutor)"
                    ),
                ),
            ],
        ),
        ("h", 2, "Idris's views"),
        (
            "p",
            "Idris said that he likes computing and his form group, and that he hates PE and "
            "'running around the building trying to find rooms'.",
        ),
        ("h", 2, "What's working"),
        (
            "bul",
            [
                friends,
                typing,
                "Idris has joined the coding club and helps younger pupils there.",
            ],
        ),
        ("h", 2, "What's not working"),
        ("bul", [n_copy, n_hand, n_pe, n_lost]),
        ("h", 2, "Agreed actions"),
        (
            "grid",
            [
                ["Action", "Who", "By when"],
                [r_hw, "All subject teachers", "From the summer term"],
                [r_laptop, "SENCo", "May 2026"],
                [r_route, "Form tutor", "Start of each term"],
            ],
            [0.6, 0.2, 0.2],
        ),
        ("p", "Ms Clemency Ravel-Hart, SENCo, 13 March 2026"),
    ]
    c.docs.append(
        Doc(
            AR,
            ar,
            sans=True,
            author="Clemency Ravel-Hart",
            title="Annual review",
            accent="5B2C6F",
        )
    )

    ep = [
        ("org", "Glimmerdale Educational Psychology Service"),
        ("small", "Lantern House, Glimmerdale QV7 1AA  ·  01632 960547"),
        ("title", "Psychological Advice"),
        (
            "kv",
            [
                ("Child", "Idris Pemberton-Lowe, 12 years 3 months"),
                ("School", "Glimmerdale Academy, Year 7"),
                ("Psychologist", "Dr Harriet Quenby-Salt, Educational Psychologist"),
                ("Date", "9 February 2026"),
            ],
        ),
        ("h", 2, "Reason for involvement"),
        (
            "p",
            "I was asked to give psychological advice for a review of Idris's plan after his "
            "move to secondary school.",
        ),
        ("h", 2, "Assessment results"),
        (
            "grid",
            [
                ["Test", "Standard score", "Percentile"],
                ["BAS3 Verbal Ability", "104", "61"],
                ["BAS3 Spatial Ability", "82", "12"],
                ["WIAT-III Spelling", "75", "5"],
                ["Beery VMI", "74", "4"],
                ["CTOPP-2 Phonological Awareness", "85", "16"],
            ],
            [0.5, 0.25, 0.25],
        ),
        ("h", 2, "Areas of need"),
        ("p", n_dcd),
        ("p", f"{n_spell} {n_phon}"),
        ("p", n_vmi),
        ("h", 2, "Idris's views"),
        ("p", f"Idris was chatty and keen to show me his coding projects. {n_worry}"),
        ("h", 2, "Recommendations"),
        ("bul", [r_spell, r_ot, r_exams, r_equip]),
        ("p", f"For home: {r_home}"),
        ("gap",),
        ("p", "Dr Harriet Quenby-Salt, HCPC registered practitioner psychologist"),
    ]
    c.docs.append(
        Doc(
            EP,
            ep,
            author="Dr Harriet Quenby-Salt",
            title="Psychological advice",
            accent="6B4226",
            footer="Glimmerdale EPS  –  Idris Pemberton-Lowe  –  {n}/{m}",
        )
    )
    return c


# ===========================================================================
# case-evalb-05  Wrenfield Moor Metropolitan Borough Council
#   .docx plan whose section headings are shaded one-cell table bands
#   ("Section B: Special Educational Needs (SEN)"), with ordinary paragraphs
#   below them. Section F is prose under area sub-headings, some provisions in
#   unusual word order. Autism, age 6. Reports: an EP report (.pdf) whose
#   recommendations are a two-column table, and a SALT report (.docx).
# ===========================================================================


def case_05() -> Case:
    EP, SALT, PLAN = "ep_advice.pdf", "salt_advice.docx", "ehcp.docx"
    c = Case(
        "case-evalb-05",
        PLAN,
        [EP, SALT],
        "Mateo Quigley, 6, Year 1, mainstream infant school with an autism base. Autism, "
        "very early language, sensory seeking, restricted eating. Headings in shaded "
        "table bands; 'up to 25 hours', 'as appropriate', 'opportunities'; direct SALT "
        "turned into two consultation visits a year.",
    )
    h = {
        sid: c.heading(sid, text)
        for sid, text in [
            ("A", "Section A: Mateo's Views, Interests and Aspirations"),
            ("B", "Section B: Special Educational Needs (SEN)"),
            ("C", "Section C: Health Needs Related to SEN"),
            ("D", "Section D: Social Care Needs"),
            ("E", "Section E: Outcomes Sought"),
            ("F", "Section F: Special Educational Provision"),
            ("G", "Section G: Health Provision"),
            (
                "H1",
                (
                    "Section H1: Social Care Provision (Section 2, Chronically Sick and Disabled "
                    "Persons Act 1970)"
                ),
            ),
            ("H2", "Section H2: Other Social Care Provision"),
            ("I", "Section I: Placement"),
            ("J", "Section J: Personal Budget"),
            ("K", "Section K: Advice and Information"),
        ]
    }
    PB_WORDS = (
        "Mateo communicates mostly with single words and gestures and often repeats phrases he has"
        " heard on television."
    )
    PB_ATTEND = (
        "He does not always respond when his name is called and finds it very hard to listen "
        "during whole-class teaching."
    )
    PB_CHANGE = (
        "Changes between activities upset Mateo, and he may drop to the floor or run out of the "
        "room."
    )
    PB_NUMBER = (
        "Mateo can count to five but does not yet understand that numbers stand for amounts."
    )
    PB_PRESSURE = (
        "Mateo seeks deep pressure and bumps into furniture and other children, which can be "
        "unsafe."
    )
    PB_UNDERST = (
        "Mateo understands single words in familiar routines but not instructions given outside "
        "those routines."
    )
    PB_POINT = "Mateo does not yet point to ask for things or to show others what interests him."

    F_ADULT = c.f("Mateo will be supported by an adult for up to 25 hours each week.", False)
    F_WORK = c.f(
        "Mateo will work at a workstation for three 15-minute sessions each day with his "
        "teaching assistant, who will have completed TEACCH training.",
        True,
    )
    F_NOWNEXT = c.f(
        "For every change of activity, Mateo's teaching assistant will show him his "
        "now-and-next board.",
        True,
    )
    F_AA = c.f(
        "Mateo will join an Attention Autism group led by a trained teaching assistant, for "
        "20 minutes three times a week.",
        True,
        "Specific, but three times a week where a daily group was recommended.",
    )
    F_OUTREACH = c.f("Advice from the autism outreach team as appropriate.", False)
    F_SALT = c.f(
        "Speech and language therapy will be provided by the therapist on a consultative "
        "basis, with two visits a year to set targets for school staff.",
        True,
        "Specific, but two consultation visits a year where weekly direct therapy was recommended.",
    )
    F_PECS = c.f(
        "A speech and language therapist will train Mateo's teaching assistants in PECS "
        "phases 1 to 3 in a half-day session in the autumn term.",
        True,
    )
    F_SENSORY = c.f("Opportunities for sensory breaks throughout the day.", False)
    F_CIRCUIT = c.f(
        "Twice a day, at 10.30 am and 2.00 pm, a teaching assistant will take Mateo through a "
        "10-minute heavy-work circuit in the resource base.",
        True,
    )

    # ---- EP advice (.pdf) -------------------------------------------------------------
    n_words = c.need(
        EP,
        "Mateo communicates mainly with single words and gestures, and he uses echoed phrases "
        "from television when he is excited.",
        "communication_interaction",
        PB_WORDS,
    )
    n_attend = c.need(
        EP,
        "He rarely responds to his name in a busy room and finds it very hard to attend to "
        "whole-class teaching on the carpet.",
        "communication_interaction",
        PB_ATTEND,
    )
    n_change = c.need(
        EP,
        "Mateo becomes distressed by transitions between activities and may drop to the floor "
        "or run out of the classroom.",
        "semh",
        PB_CHANGE,
    )
    n_number = c.need(
        EP,
        "His early number skills are emerging: he can count to five but does not yet match "
        "numbers to quantities.",
        "cognition_learning",
        PB_NUMBER,
    )
    n_eat = c.need(
        EP,
        "He eats a very narrow range of foods and gags at wet textures, so lunchtimes are a "
        "daily difficulty for him.",
        "sensory_physical",
        note="Stated in the observation prose only.",
    )
    n_pressure = c.need(
        EP,
        "Mateo seeks deep pressure and crashes into furniture, which puts him and other "
        "children at risk.",
        "sensory_physical",
        PB_PRESSURE,
    )
    grommets = c.non_need(
        EP,
        "Mateo had grommets fitted in 2024, and his hearing is now within normal limits.",
        "Resolved.",
    )
    r_adult = c.rec(
        EP,
        "Mateo needs a consistent, trained adult with him for the whole school day, including "
        "breaks and lunchtime.",
        "semh",
        "not_specific",
        F_ADULT,
    )
    r_work = c.rec(
        EP,
        "Structured teaching at a TEACCH-style workstation, for at least three 15-minute "
        "sessions a day.",
        "cognition_learning",
        "specific",
        F_WORK,
    )
    r_nownext = c.rec(
        EP,
        "An individual visual timetable and a now-and-next board, used at every transition.",
        "semh",
        "specific",
        F_NOWNEXT,
    )
    r_aa = c.rec(
        EP,
        "A daily Attention Autism group of 20 minutes, with no more than four children and two "
        "trained adults.",
        "communication_interaction",
        "less",
        F_AA,
    )
    r_outreach = c.rec(
        EP,
        "Advice and modelling from the autism outreach team, with visits at least twice a term.",
        "communication_interaction",
        "not_specific",
        F_OUTREACH,
    )
    r_circuit = c.rec(
        EP,
        "A short heavy-work circuit twice a day, led by an adult who knows his sensory needs.",
        "sensory_physical",
        "specific",
        F_CIRCUIT,
    )

    # ---- SALT advice (.docx) -----------------------------------------------------------
    n_underst = c.need(
        SALT,
        "Mateo's receptive language is at around the 18-month level; he understands single "
        "words in familiar routines but not instructions out of context.",
        "communication_interaction",
        PB_UNDERST,
    )
    n_point = c.need(
        SALT,
        "He does not yet use pointing to share interest or to request.",
        "communication_interaction",
        PB_POINT,
    )
    n_stop = c.need(
        SALT,
        "Mateo has no reliable way of saying 'stop' or 'no', and he hits out when he cannot get "
        "away from something he dislikes.",
        "communication_interaction",
    )
    r_direct = c.rec(
        SALT,
        "Mateo should receive direct speech and language therapy, 30 minutes weekly, to "
        "introduce the Picture Exchange Communication System.",
        "communication_interaction",
        "less",
        F_SALT,
    )
    r_ii = c.rec(
        SALT,
        "All adults working with Mateo should use Intensive Interaction for at least 10 minutes "
        "twice daily.",
        "communication_interaction",
        "missing_from_f",
    )
    r_pecs = c.rec(
        SALT,
        "A speech and language therapist should train Mateo's teaching assistants in PECS "
        "phases 1 to 3 in a half-day session.",
        "communication_interaction",
        "specific",
        F_PECS,
    )
    r_home = c.rec(
        SALT,
        "Parents are encouraged to use the same symbols at home at mealtimes and bedtime.",
        "communication_interaction",
        "not_educational",
    )

    # ---- plan (.docx) ---------------------------------------------------------------
    plan = [
        ("org", "Wrenfield Moor Metropolitan Borough Council"),
        (
            "small",
            "Special Educational Needs Team, Moorgate House, Wrenfield Moor ZT2 1AA",
        ),
        ("small", "01632 960611  ·  sen.team@example.org"),
        ("title", "Education, Health and Care Plan"),
        (
            "kv",
            [
                ("Child", "Mateo Quigley"),
                ("Date of birth", "7 August 2019"),
                ("Setting", "Larkspur Infant School, Year 1"),
                ("Date of final plan", "1 June 2026"),
            ],
        ),
        ("band", h["A"]),
        (
            "p",
            c.sect(
                "A",
                "Mateo loves water play, spinning tops and the song 'Wheels on the Bus'.",
            ),
        ),
        (
            "p",
            "His parents hope that he will be able to tell them what he wants and that he will "
            "have a friend to play with.",
        ),
        ("band", h["B"]),
        (
            "p",
            c.sect(
                "B",
                "Mateo is a lively, affectionate boy who enjoys being with familiar adults.",
            ),
        ),
        ("b", "Communication and interaction"),
        ("p", f"{PB_WORDS} {PB_UNDERST} {PB_POINT} {PB_ATTEND}"),
        ("b", "Social, emotional and mental health"),
        ("p", PB_CHANGE),
        ("b", "Cognition and learning"),
        ("p", PB_NUMBER),
        ("b", "Sensory and physical"),
        ("p", PB_PRESSURE),
        ("band", h["C"]),
        (
            "p",
            c.sect(
                "C",
                (
                    "Mateo was diagnosed with autism by the Wrenfield Moor child development "
                    "centre in October 2024."
                ),
            ),
        ),
        ("p", "He has difficulty settling to sleep."),
        ("band", h["D"]),
        (
            "p",
            c.sect(
                "D",
                (
                    "Mateo's parents find evenings and weekends very demanding because he sleeps "
                    "little and needs constant supervision."
                ),
            ),
        ),
        ("band", h["E"]),
        (
            "p",
            c.sect(
                "E",
                (
                    "By July 2027, Mateo will use a picture to ask an adult for a snack or a toy "
                    "without being prompted."
                ),
            ),
        ),
        (
            "p",
            "By July 2027, Mateo will move from one activity to the next with his now-and-next "
            "board without becoming distressed on most occasions.",
        ),
        (
            "p",
            "By the end of Year 2, Mateo will match numbers to groups of objects up to five.",
        ),
        ("pb",),
        ("band", h["F"]),
        (
            "p",
            c.sect(
                "F",
                (
                    "All staff named below will be employed or commissioned by Larkspur Infant "
                    "School unless stated otherwise."
                ),
            ),
        ),
        ("b", "Communication and interaction"),
        ("p", f"{F_SALT} {F_PECS}"),
        ("p", F_AA),
        ("p", F_OUTREACH),
        ("b", "Social, emotional and mental health"),
        ("p", f"{F_ADULT} {F_NOWNEXT}"),
        ("b", "Cognition and learning"),
        ("p", F_WORK),
        ("b", "Sensory and physical"),
        ("p", f"{F_CIRCUIT} {F_SENSORY}"),
        ("band", h["G"]),
        (
            "p",
            c.sect(
                "G",
                (
                    "Mateo is prescribed melatonin by the community paediatrician, who reviews it "
                    "every six months."
                ),
            ),
        ),
        ("band", h["H1"]),
        (
            "p",
            c.sect(
                "H1",
                (
                    "Mateo receives 12 hours a month of short breaks with a registered childminder"
                    " under section 2 of the 1970 Act."
                ),
            ),
        ),
        ("band", h["H2"]),
        (
            "p",
            c.sect(
                "H2",
                (
                    "The family will receive a carer's assessment from the disabled children's "
                    "team by September 2026."
                ),
            ),
        ),
        ("band", h["I"]),
        (
            "p",
            c.sect(
                "I",
                (
                    "Larkspur Infant School, Foundry Lane, Wrenfield Moor ZT2 8HL (mainstream "
                    "infant school with an autism resource base)."
                ),
            ),
        ),
        ("band", h["J"]),
        (
            "p",
            c.sect(
                "J",
                "Mateo's parents receive a direct payment for the short breaks described above.",
            ),
        ),
        ("band", h["K"]),
        ("p", "Parental contribution, 30 January 2026."),
        ("p", "Educational psychology advice, 23 February 2026."),
        (
            "p",
            c.sect(
                "K",
                (
                    "Speech and language therapy advice, Wrenfield Moor Children's Therapies, 2 "
                    "March 2026."
                ),
            ),
        ),
        ("p", "Medical advice, community paediatrician, 11 February 2026."),
    ]
    c.docs.append(
        Doc(
            PLAN,
            plan,
            sans=True,
            author="Wrenfield Moor MBC",
            title="EHCP",
            accent="3C3B6E",
            footer="Mateo Quigley  ·  Education, Health and Care Plan  ·  Wrenfield Moor MBC",
        )
    )

    ep = [
        ("org", "Wrenfield Moor Educational Psychology Team"),
        (
            "small",
            "Moorgate House, Wrenfield Moor ZT2 1AA  ·  01632 960624  ·  ep.team@example.org",
        ),
        ("title", "Educational Psychology Advice"),
        (
            "kv",
            [
                ("Child", "Mateo Quigley (6 years 6 months)"),
                ("Setting", "Larkspur Infant School, Year 1"),
                (
                    "Psychologist",
                    "Saoirse Blackwood-Ilori, Senior Educational Psychologist",
                ),
                ("Date", "23 February 2026"),
            ],
        ),
        ("h", 2, "Background"),
        (
            "p",
            "Mateo lives with his parents and his baby brother. He started at Larkspur in "
            f"September 2024 and spends part of each day in the resource base. {grommets}",
        ),
        ("h", 2, "Observation"),
        (
            "p",
            "I observed Mateo in the classroom, in the resource base and at lunch on 10 "
            "February 2026. At lunch he ate only dry crackers and pushed his plate away. "
            f"{n_eat}",
        ),
        ("h", 2, "What I found"),
        ("p", f"{n_words} {n_attend}"),
        ("p", f"{n_change} {n_number}"),
        ("p", n_pressure),
        ("h", 2, "Provision to meet Mateo's needs"),
        ("p", "In my view Mateo needs the following provision."),
        (
            "grid",
            [
                ["Area", "Recommended provision"],
                ["Support", r_adult],
                ["Learning", r_work],
                ["Transitions", r_nownext],
                ["Attention and interaction", r_aa],
                ["Staff development", r_outreach],
                ["Sensory regulation", r_circuit],
            ],
            [0.3, 0.7],
        ),
        (
            "p",
            "Saoirse Blackwood-Ilori, Senior Educational Psychologist, HCPC registered",
        ),
    ]
    c.docs.append(
        Doc(
            EP,
            ep,
            author="Saoirse Blackwood-Ilori",
            title="EP advice",
            accent="1D5C4D",
            header="OFFICIAL-SENSITIVE  ·  Wrenfield Moor EP Team  ·  Mateo Quigley",
            footer="{n}",
        )
    )

    salt = [
        ("org", "Wrenfield Moor Children's Therapies"),
        (
            "small",
            "Speech and Language Therapy, Beacon Health Centre, Wrenfield Moor ZT2 4QE",
        ),
        ("title", "Speech and Language Therapy Advice"),
        (
            "p",
            "Child: Mateo Quigley    Date of birth: 07/08/2019    Report date: 2 March 2026",
        ),
        (
            "p",
            "Therapist: Ewan Tregothnan-Mills, Specialist Speech and Language Therapist",
        ),
        ("h", 2, "Communication profile"),
        (
            "grid",
            [
                ["Skill", "What Mateo does now"],
                [
                    "Understanding",
                    "Follows 'coat on' and 'shoes off' in the cloakroom routine",
                ],
                ["Expression", "About 20 single words, some echoed phrases"],
                ["Interaction", "Leads adults by the hand to what he wants"],
                ["Play", "Lines up cars; enjoys cause-and-effect toys"],
            ],
            [0.3, 0.7],
        ),
        ("h", 2, "Summary of communication needs"),
        ("bul", [n_underst, n_point, n_stop]),
        ("h", 2, "Recommendations"),
        ("p", r_direct),
        ("p", r_ii),
        ("p", r_pecs),
        ("h", 2, "At home"),
        ("p", r_home),
        ("p", "Ewan Tregothnan-Mills, Specialist Speech and Language Therapist"),
    ]
    c.docs.append(
        Doc(
            SALT,
            salt,
            author="Ewan Tregothnan-Mills",
            title="SLT advice",
            accent="8C2D19",
        )
    )
    return c


# ===========================================================================
# Verification: every quoted text is found once in the text extracted from its
# file (pypdf for PDFs; python-docx body paragraphs and table cells in document
# order for .docx), and plan texts lie inside the right section.
# ===========================================================================


def docx_units(path: Path) -> list[str]:
    """Each body paragraph and table cell, in document order."""
    from docx import Document
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

    d = Document(str(path))
    out: list[str] = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            table = Table(el, d)
            for tr in el.tr_lst:
                out.extend(_Cell(tc, table).text for tc in tr.tc_lst)
    return out


def pdf_pages(path: Path) -> list[str]:
    import pypdf

    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def verify_case(c: Case, need, lines: list[str]) -> None:
    folder = HERE / c.name
    texts: dict[str, str] = {}
    units: dict[str, list[str]] = {}
    for doc in c.docs:
        path = folder / doc.name
        if doc.name.endswith(".pdf"):
            pages = pdf_pages(path)
            texts[doc.name] = fold("\n".join(pages))
            count = len(pages)
        else:
            units[doc.name] = [fold(t) for t in docx_units(path)]
            texts[doc.name] = " ".join(units[doc.name])
            with zipfile.ZipFile(path) as z:
                count = z.read("word/document.xml").decode().count('w:type="page"') + 1
        need(1 <= count <= 8, f"{c.name}/{doc.name}: {count} pages")
        lines.append(
            f"  {c.name:14} {doc.name:28} {count} pages, {len(texts[doc.name].split())} words"
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

    # Headings are searched in document order, each after the one before it. In a
    # .docx a heading must be a whole paragraph or table cell.
    pos: dict[str, int] = {}
    cursor = 0
    for sid in c.order:
        h = fold(c.headings[sid])
        if plan_name.endswith(".docx"):
            offset, found = 0, -1
            for t in units[plan_name]:
                if t == h and offset >= cursor:
                    found = offset
                    break
                offset += len(t) + 1
        else:
            found = plan.find(h, cursor)
        need(found >= 0, f"{c.name}: heading {h!r} not found in order")
        pos[sid] = found
        cursor = max(cursor, found + 1)
    ends = [pos[s] for s in c.order[1:]] + [len(plan)]
    spans = {sid: (pos[sid], end) for sid, end in zip(c.order, ends, strict=True)}

    def once(doc_name: str, text: str) -> bool:
        return texts[doc_name].count(fold(text)) == 1

    def inside(text: str, sid: str) -> bool:
        t = fold(text)
        lo, hi = spans[sid]
        p = plan.find(t, lo)
        return p >= 0 and p + len(t) <= hi

    for sid, sentence in truth["sections"].items():
        need(
            once(plan_name, sentence),
            f"{c.name}: {sid} sentence not once: {sentence!r}",
        )
        need(
            inside(sentence, sid),
            f"{c.name}: {sid} sentence outside {sid}: {sentence!r}",
        )
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
        need(once(x["report"], x["text"]), f"{c.name}: non-need not once: {x['text']!r}")
    for fd in truth["expected_findings"]:
        if fd["kind"] == "section_missing":
            need(
                fd["text"] not in truth["sections"],
                f"{c.name}: missing section present",
            )
        else:
            need(
                fold(fd["text"]) in texts[fd["document"]],
                f"{c.name}: finding absent: {fd!r}",
            )
    kinds: dict[str, int] = {}
    for fd in truth["expected_findings"]:
        kinds[fd["kind"]] = kinds.get(fd["kind"], 0) + 1
    n_need = sum(1 for it in truth["needs"] if it["kind"] == "need")
    lines.append(
        f"  {c.name}: {n_need} needs, {len(truth['needs']) - n_need} recommendations, "
        f"{len(truth['f_provisions'])} F provisions, findings {json.dumps(kinds, sort_keys=True)}"
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
