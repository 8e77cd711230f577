"""Plan, report and truth scaffolding shared by evaluation sets F and G."""

# ruff: noqa: E501, N802

from __future__ import annotations

import datetime
import io
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

AREAS = {
    "communication_interaction",
    "cognition_learning",
    "semh",
    "sensory_physical",
    "health",
    "social_care",
    "other",
}
NEED_STATUSES = {"in_b", "missing_from_b"}
REC_STATUSES = {
    "specific",
    "not_specific",
    "less",
    "missing_from_f",
    "wrong_section",
    "not_educational",
}
IDS = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------------------
# Documents. Blocks:
#   ("title", t) ("org", t) ("small", t) ("h1", t) ("h2", t) ("b", t) ("p", t) ("i", t)
#   ("bul", [t, ...])  bullets          ("num", [t, ...], prefix)  literal numbers
#   ("grid", rows, widths)  ruled table, first row is the header
#   ("pb",) page break
# ---------------------------------------------------------------------------


class Doc:
    def __init__(
        self,
        name,
        blocks,
        *,
        header="",
        footer="",
        author="",
        title="",
        sans=False,
        accent="2E5E4E",
    ):
        self.name, self.blocks = name, blocks
        self.header, self.footer = header, footer
        self.author, self.title = author, title
        self.sans, self.accent = sans, accent


FIXED = datetime.datetime(2026, 3, 2, 10, 15, 0)


def _repack(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 2, 10, 15, 0))
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
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = d.styles["Normal"]
    normal.font.name = "Arial" if doc.sans else "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for lvl, size in ((1, 15), (2, 12.5)):
        st = d.styles[f"Heading {lvl}"]
        st.font.size = Pt(size)
        st.font.color.rgb = accent
    cp = d.core_properties
    cp.author = cp.last_modified_by = doc.author
    cp.title = doc.title
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 3
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

    def shade(cell, colour):
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), colour)
        cell._tc.get_or_add_tcPr().append(shd)

    for blk in doc.blocks:
        k = blk[0]
        if k in ("title", "org", "small", "b"):
            para = d.add_paragraph()
            run = para.add_run(blk[1])
            run.bold = k != "small"
            run.font.size = Pt({"title": 17, "org": 12, "small": 8.5, "b": 11.5}[k])
            if k in ("title", "org"):
                run.font.color.rgb = accent
            if k == "b":
                para.paragraph_format.keep_with_next = True
                para.paragraph_format.space_before = Pt(10)
            if k == "small":
                para.paragraph_format.space_after = Pt(0)
        elif k == "h1":
            d.add_heading(blk[1], level=1)
        elif k == "h2":
            d.add_heading(blk[1], level=2)
        elif k == "p":
            d.add_paragraph(blk[1])
        elif k == "i":
            d.add_paragraph().add_run(blk[1]).italic = True
        elif k == "bul":
            for t in blk[1]:
                d.add_paragraph(t, style="List Bullet")
        elif k == "num":
            prefix = blk[2] if len(blk) > 2 else ""
            for i, t in enumerate(blk[1], 1):
                para = d.add_paragraph(f"{prefix}{i}.\t{t}")
                para.paragraph_format.left_indent = Cm(1.0)
                para.paragraph_format.first_line_indent = Cm(-1.0)
        elif k == "grid":
            rows, widths = blk[1], blk[2]
            t = d.add_table(rows=0, cols=len(widths))
            t.style = "Table Grid"
            t.autofit = False
            for ri, cells in enumerate(rows):
                row = t.add_row()
                for ci, text in enumerate(cells):
                    cell = row.cells[ci]
                    cell.width = Cm(16.4 * widths[ci])
                    cell.paragraphs[0].text = ""
                    run = cell.paragraphs[0].add_run(text)
                    run.font.size = Pt(9.5)
                    run.bold = ri == 0
                    if ri == 0:
                        shade(cell, "DCE8E2")
            for ci, w in enumerate(widths):
                t.columns[ci].width = Cm(16.4 * w)
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        else:
            raise ValueError(k)
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
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    reg, bold, ital = (
        ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
        if doc.sans
        else ("Times-Roman", "Times-Bold", "Times-Italic")
    )
    accent = colors.HexColor("#" + doc.accent)

    def style(name, **kw):
        base = {"fontName": reg, "fontSize": 10.5, "leading": 14, "spaceAfter": 6}
        base.update(kw)
        return ParagraphStyle(name, **base)

    st = {
        "title": style(
            "title", fontName=bold, fontSize=16, leading=20, spaceAfter=8, textColor=accent
        ),
        "org": style("org", fontName=bold, fontSize=12.5, textColor=accent, spaceAfter=2),
        "small": style("small", fontSize=8.5, leading=11, spaceAfter=0, textColor=colors.grey),
        "h1": style(
            "h1", fontName=bold, fontSize=13.5, leading=17, spaceBefore=12, textColor=accent
        ),
        "h2": style("h2", fontName=bold, fontSize=11.5, leading=15, spaceBefore=6),
        "b": style("b", fontName=bold, spaceBefore=6),
        "p": style("p"),
        "i": style("i", fontName=ital),
        "bul": style("bul", leftIndent=18, bulletIndent=6, spaceAfter=3),
        "num": style("num", leftIndent=24, bulletIndent=0, spaceAfter=4),
        "cell": style("cell", fontSize=9.5, leading=12, spaceAfter=0),
        "cellb": style("cellb", fontName=bold, fontSize=9.5, leading=12, spaceAfter=0),
    }

    def para(text, s):
        return Paragraph(escape(text), st[s])

    story = []
    for blk in doc.blocks:
        k = blk[0]
        if k in ("title", "org", "small", "h1", "h2", "b", "p", "i"):
            story.append(para(blk[1], k))
        elif k == "bul":
            for t in blk[1]:
                story.append(Paragraph(escape(t), st["bul"], bulletText="\u2022"))
        elif k == "num":
            prefix = blk[2] if len(blk) > 2 else ""
            for i, t in enumerate(blk[1], 1):
                story.append(Paragraph(escape(t), st["num"], bulletText=f"{prefix}{i}."))
        elif k == "grid":
            rows, widths = blk[1], blk[2]
            data = [
                [para(c, "cellb" if ri == 0 else "cell") for c in r] for ri, r in enumerate(rows)
            ]
            tbl = Table(data, colWidths=[w * 16.5 * cm for w in widths], repeatRows=1)
            tbl.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4ECE8")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(tbl)
            story.append(Spacer(1, 8))
        elif k == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(k)

    def decorate(canvas, _doc):
        canvas.saveState()
        canvas.setFont(reg, 8)
        canvas.setFillColor(colors.grey)
        if doc.header:
            canvas.drawString(2.2 * cm, A4[1] - 1.3 * cm, doc.header)
        foot = doc.footer.replace("{n}", str(canvas.getPageNumber())) if doc.footer else ""
        if foot:
            canvas.drawCentredString(A4[0] / 2, 1.2 * cm, foot)
        canvas.restoreState()

    buf = io.BytesIO()
    sd = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
        title=doc.title,
        author=doc.author,
        creator="",
        producer="",
        subject="",
    )
    sd.build(story, onFirstPage=decorate, onLaterPages=decorate)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# Cases and truth
# ---------------------------------------------------------------------------


class Case:
    def __init__(self, name, summary, plan, reports, headings, note=None, missing=()):
        self.name, self.summary = name, summary
        self.plan, self.reports = plan, reports
        self.headings = headings  # {sid: heading text}, document order
        self.missing = list(missing)  # absent section ids
        self.note = note
        self.docs: list[Doc] = []
        self.items: list[dict] = []
        self.fprov: list[dict] = []
        self.sections: dict[str, str] = {}
        self.where: dict[str, str] = {}  # plan sentence -> section id
        self.non_needs: list[dict] = []

    # plan sentences
    def S(self, sid, text):
        """A plan sentence that stands in section sid (also the section's sample)."""
        self.where[text] = sid
        self.sections.setdefault(sid, text)
        return text

    def P(self, sid, text):
        self.where[text] = sid
        return text

    def F(self, text, specific, note=None):
        self.where[text] = "F"
        self.sections.setdefault("F", text)
        item = {"text": text, "specific": specific}
        if note:
            item["note"] = note
        self.fprov.append(item)
        return text

    # report items
    def N(self, report, text, area, status, plan_text=None, note=None):
        return self._item(report, "need", text, area, status, plan_text, note)

    def R(self, report, text, area, status, plan_text=None, note=None):
        return self._item(report, "recommendation", text, area, status, plan_text, note)

    def _item(self, report, kind, text, area, status, plan_text, note):
        assert area in AREAS, area
        assert status in (NEED_STATUSES if kind == "need" else REC_STATUSES), status
        assert report in self.reports, report
        it = {
            "report": report,
            "kind": kind,
            "text": text,
            "area": area,
            "plan_status": status,
            "plan_text": plan_text,
        }
        if note:
            it["note"] = note
        self.items.append(it)
        return text

    def X(self, report, text, why):
        self.non_needs.append({"report": report, "text": text, "why": why})
        return text

    def findings(self):
        out, seen = [], set()

        def add(kind, text, document):
            if (kind, text) not in seen:
                seen.add((kind, text))
                out.append({"kind": kind, "text": text, "document": document})

        fmap = {f["text"]: f for f in self.fprov}
        for it in self.items:
            s = it["plan_status"]
            if s == "missing_from_b":
                add("need_missing_from_b", it["text"], it["report"])
            elif s == "missing_from_f":
                add("provision_missing_from_f", it["text"], it["report"])
        for f in self.fprov:
            if not f["specific"]:
                add("provision_not_specific", f["text"], self.plan)
        for it in self.items:
            s = it["plan_status"]
            if s == "less":
                assert fmap[it["plan_text"]]["specific"], it["plan_text"]
                add("provision_less_than_recommended", it["plan_text"], self.plan)
            elif s == "wrong_section":
                add("provision_in_wrong_section", it["plan_text"], self.plan)
        for sid in self.missing:
            add("section_missing", sid, self.plan)
        return out

    def check(self):
        for it in self.items:
            s, pt = it["plan_status"], it["plan_text"]
            if s in ("in_b", "specific", "not_specific", "less", "wrong_section"):
                assert pt, (self.name, it["text"])
            if pt:
                assert pt in self.where, (self.name, pt)
                sid = self.where[pt]
                it["plan_section"] = sid
                if s == "in_b":
                    assert sid == "B", pt
                if s in ("specific", "not_specific", "less"):
                    assert sid == "F", pt
                    f = next(f for f in self.fprov if f["text"] == pt)
                    assert f["specific"] == (s != "not_specific"), (self.name, pt)
                if s == "wrong_section":
                    assert sid in ("C", "D", "G", "H1", "H2"), pt
            else:
                it["plan_section"] = None
        for sid in self.headings:
            assert sid in self.sections, (self.name, sid)
        kinds = [i["kind"] for i in self.items]
        assert 8 <= kinds.count("need") <= 20, (self.name, kinds.count("need"))
        assert 6 <= kinds.count("recommendation") <= 15, self.name

    def truth(self):
        t = {
            "case": self.name,
            "summary": self.summary,
            "plan": self.plan,
            "reports": self.reports,
            "sections": {sid: self.sections[sid] for sid in IDS if sid in self.sections},
            "section_headings": dict(self.headings),
            "needs": [{k: v for k, v in it.items()} for it in self.items],
            "f_provisions": self.fprov,
            "expected_findings": self.findings(),
            "non_needs": self.non_needs,
        }
        if self.note:
            t["note"] = self.note
        return t


def plan_blocks(c: Case, style: str, body: dict) -> list:
    """Headings in c.headings order, each followed by body[sid] blocks."""
    out = []
    for sid, h in c.headings.items():
        out.append((style, h))
        out.extend(body[sid])
    return out


def pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [pg.extract_text() or "" for pg in PdfReader(str(path)).pages]


def docx_units(path: Path) -> list[str]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = Document(str(path))
    out = []
    for el in d.element.body.iterchildren():
        if el.tag.endswith("}p"):
            out.append(Paragraph(el, d).text)
        elif el.tag.endswith("}tbl"):
            seen: list = []  # keep the elements alive: ids of lxml proxies are reused
            for row in Table(el, d).rows:
                for cell in row.cells:
                    if any(cell._tc is e for e in seen):
                        continue
                    seen.append(cell._tc)
                    out.append(cell.text)
    return out


def verify_case(c: Case, problems: list[str], lines: list[str], here: Path) -> None:
    """Check one written case: page counts, no machine paths, each quote once in place."""
    folder = here / c.name
    texts, units = {}, {}
    for doc in c.docs:
        path = folder / doc.name
        if doc.name.endswith(".pdf"):
            pages = pdf_pages(path)
            texts[doc.name] = fold("\n".join(pages))
            n = len(pages)
        else:
            units[doc.name] = [fold(t) for t in docx_units(path)]
            texts[doc.name] = " ".join(units[doc.name])
            with zipfile.ZipFile(path) as z:
                n = z.read("word/document.xml").decode().count('w:type="page"') + 1
            blob = b"".join(zipfile.ZipFile(path).read(m) for m in zipfile.ZipFile(path).namelist())
            for bad in (b"/tmp/", b"/home/", b"/work/", b"/root/"):
                if bad in blob:
                    problems.append(f"{c.name}/{doc.name}: machine path")
        lines.append(f"  {c.name} {doc.name:32} {n} pages, {len(texts[doc.name].split())} words")
        if not 1 <= n <= 8:
            problems.append(f"{c.name}/{doc.name}: {n} pages")

    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    plan = texts[c.plan]
    pos, cursor = {}, 0
    for sid, h in c.headings.items():
        h = fold(h)
        found = -1
        if c.plan.endswith(".docx"):
            off = 0
            for t in units[c.plan]:
                if t == h and off >= cursor:
                    found = off
                    break
                off += len(t) + 1
        else:
            found = plan.find(h, cursor)
        if found < 0:
            problems.append(f"{c.name}: heading {h!r} not found in order")
            return
        pos[sid] = found
        cursor = found + len(h)
    sids = list(c.headings)
    spans = {
        s: (pos[s], ([pos[x] for x in sids[i + 1 :]] or [len(plan)])[0]) for i, s in enumerate(sids)
    }

    def once(name, text):
        n = texts[name].count(fold(text))
        if n != 1:
            problems.append(f"{c.name}: {n}x in {name}: {text!r}")

    def inside(text, sid):
        lo, hi = spans[sid]
        p = plan.find(fold(text), lo)
        if not (p >= 0 and p + len(fold(text)) <= hi):
            problems.append(f"{c.name}: not inside {sid}: {text!r}")

    for sid, sentence in truth["sections"].items():
        once(c.plan, sentence)
        inside(sentence, sid)
    for it in truth["needs"]:
        once(it["report"], it["text"])
        if it["plan_text"]:
            once(c.plan, it["plan_text"])
            inside(it["plan_text"], it["plan_section"])
    for f in truth["f_provisions"]:
        once(c.plan, f["text"])
        inside(f["text"], "F")
    for nn in truth["non_needs"]:
        once(nn["report"], nn["text"])
    for fd in truth["expected_findings"]:
        if fd["kind"] != "section_missing":
            once(fd["document"], fd["text"])
    for sid in c.missing:
        if sid in truth["sections"]:
            problems.append(f"{c.name}: missing section {sid} has a sentence")
        if re.search(rf"\b(Section|Part|SECTION) {sid}\b", plan):
            problems.append(f"{c.name}: missing section {sid} is mentioned in the plan")


def main(argv: list[str], builders: list[Callable[[], Case]], here: Path) -> int:
    """Write each case folder and truth.json, then verify unless --no-verify."""
    cases = [b() for b in builders]
    for c in cases:
        c.check()
        assert sorted(d.name for d in c.docs) == sorted([c.plan, *c.reports]), c.name
        folder = here / c.name
        folder.mkdir(exist_ok=True)
        for doc in c.docs:
            (write_docx if doc.name.endswith(".docx") else write_pdf)(doc, folder / doc.name)
        t = c.truth()
        with open(folder / "truth.json", "w", encoding="utf-8") as fh:
            json.dump(t, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        kinds: dict[str, int] = {}
        for f in t["expected_findings"]:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
        nn = [i for i in t["needs"] if i["kind"] == "need"]
        print(
            f"wrote {c.name}: needs {len(nn)} ({sum(i['plan_status'] == 'missing_from_b' for i in nn)} missing), "
            f"recs {len(t['needs']) - len(nn)}, F {len(t['f_provisions'])} "
            f"({sum(not f['specific'] for f in t['f_provisions'])} vague), findings {len(t['expected_findings'])} {kinds}"
        )
    if "--no-verify" in argv:
        return 0
    problems: list[str] = []
    lines: list[str] = []
    for c in cases:
        verify_case(c, problems, lines, here)
    print("\n".join(lines))
    if problems:
        print("VERIFY FAILED:")
        for p in problems:
            print("  - " + p)
        return 1
    print("verify: every quoted text found once, in its file and section")
    return 0
