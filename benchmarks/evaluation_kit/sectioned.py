"""Plan, report and truth scaffolding shared by every evaluation set: one writer for .docx
and .pdf (its look per set in ``evaluation_kit.styles``), the case bookkeeping that
derives truth.json, and the verifier that checks each quoted text in the written files."""

# ruff: noqa: N803

from __future__ import annotations

import datetime
import html
import io
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from evaluation_kit.styles import HEAD, STYLES

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
#   ("grid", rows, widths)    ruled table, first row is the header; a fourth element
#                             True also fixes the column widths in a .docx's table grid
#   ("kv", [(k, v), ...])     two-column ruled table without a header row; a third element,
#                             the two column widths, fixes them and shades the first
#                             column as a sidebar of labels
#   ("initial", "B Name")     shaded band, the first word drawn as a large initial
#   ("pb",)                   explicit page break
#   ("u", text)               underlined plain paragraph (a heading typed by hand)
#   ("run", text)             PDF only: "{section}" in the header becomes text from
#                             the next page on (a running section head)
#   ("gap",)                  vertical space
#   ("num", [text, ...])      numbered list (Word's List Number style in .docx)
#   ("onum", [text, ...], prefix)   numbers written into the text: "1.", "R1." (prefix "R")
#   ("np", label, text)       paragraph with its own number or label ("B3.")
#   ("field", label, value)   form field: bold label, value below (none: a blank space)
#   ("mgrid", rows, widths)   ruled table whose string rows span every column
#   ("table", rows, opts)     ruled table; opts: header (True), widths, size, bold_col0
#   ("lettertable", letter, heading, [(label, text), ...])
#                             a plan section as a two-column table, letter on the left
#                             (.pdf only)
#   ("sig", [line, ...])      signature block
#   ("margin", label, [text, ...])  a label in a narrow left column beside its paragraphs,
#                             as on a form (.pdf only); a rule above each label
#   ("runin", label, text)    paragraph opening with a bold run-in label
#   ("sub", text) ("bh", text)  italic sub-line and bold sub-heading of the lettered style
#   ("amend", [(mark, text), ...], note)   a paragraph of an amended plan: pieces joined
#                             by spaces, mark "s" struck through (deleted wording), "u"
#                             underlined (new wording), "" plain; the note ("Amended ...")
#                             stands beside it in a narrow column
#   ("twocol", [block, ...], [block, ...])   two page columns side by side, as a landscape
#                             plan sets needs beside provision (.pdf only; paragraph kinds
#                             only, and the pair must fit on one page)
# One-line kinds (org, small, title, b, sub, bh) are drawn as the document's style says.
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
        style: str = "sectioned",
        watermark: str = "",
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
        self.style = style  # a name in evaluation_kit.styles.STYLES
        # PDF only: a large pale diagonal word on every page, as a council's template
        # stamps "DRAFT" across a plan; a .docx has no such layer here.
        self.watermark = watermark


def _repack(data: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
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

    sty = STYLES[doc.style]
    accent = RGBColor.from_string(doc.accent)
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(sty.margin_lr)
    if sty.margin_tb is not None:
        sec.top_margin = sec.bottom_margin = Cm(sty.margin_tb)
    normal = d.styles["Normal"]
    normal.font.name = sty.sans if doc.sans else sty.serif
    normal.font.size = Pt(sty.size)
    normal.paragraph_format.space_after = Pt(sty.space_after)
    for lvl, size in sty.heading_sizes:
        st = d.styles[f"Heading {lvl}"]
        st.font.size = Pt(size)
        st.font.color.rgb = accent

    cp = d.core_properties
    cp.author = cp.last_modified_by = doc.author
    cp.title = doc.title
    cp.created = cp.modified = cp.last_printed = datetime.datetime(*sty.fixed)
    cp.revision = sty.revision
    cp.comments = cp.keywords = cp.subject = cp.category = ""

    if doc.header:
        hp = sec.header.paragraphs[0]
        hp.text = doc.header
        hp.runs[0].font.size = Pt(8)
    if doc.footer:
        fp = sec.footer.paragraphs[0]
        fp.text = doc.footer
        fp.runs[0].font.size = Pt(8)
        fp.alignment = getattr(WD_ALIGN_PARAGRAPH, sty.footer_align)

    def shade(cell, colour: str) -> None:
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), colour)
        tc_pr.append(shd)

    def put(cell, text: str, bold=False, size: float | None = None, white=False) -> None:
        cell.paragraphs[0].text = ""
        for i, part in enumerate(text.split("\n")):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            if sty.cell_after is not None:
                para.paragraph_format.space_after = Pt(sty.cell_after)
            run = para.add_run(part)
            run.bold = bold
            run.font.size = Pt(sty.cell_size if size is None else size)
            if white:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    def numbered(label: str, text: str, indent: float) -> None:
        para = d.add_paragraph(f"{label}\t{text}")
        para.paragraph_format.left_indent = Cm(indent)
        para.paragraph_format.first_line_indent = Cm(-indent)

    width = 21.0 - 2 * sty.margin_lr
    for blk in doc.blocks:
        kind = blk[0]
        if kind in sty.looks:
            look = sty.looks[kind]
            para = d.add_paragraph()
            run = para.add_run(blk[1])
            run.bold = look["bold"]
            if "italic" in look:
                run.italic = look["italic"]
            run.font.size = Pt(look["size"])
            if look.get("accent"):
                run.font.color.rgb = accent
            if "after" in look:
                para.paragraph_format.space_after = Pt(look["after"])
            if look.get("keep"):
                para.paragraph_format.keep_with_next = True
            if "before" in look:
                para.paragraph_format.space_before = Pt(look["before"])
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
        elif kind == "num":
            for t in blk[1]:
                d.add_paragraph(t, style="List Number")
        elif kind == "onum":
            prefix = blk[2] if len(blk) > 2 else ""
            for i, t in enumerate(blk[1], 1):
                numbered(f"{prefix}{i}.", t, sty.onum_indent)
        elif kind == "lab":
            para = d.add_paragraph()
            para.paragraph_format.left_indent = Cm(0.6)
            para.paragraph_format.space_after = Pt(2)
            para.add_run(f"{blk[1]}: ").bold = True
            para.add_run(blk[2])
        elif kind in ("grid", "kv"):
            side = kind == "kv" and len(blk) > 2
            if kind == "grid":
                rows, widths, head = blk[1], blk[2], True
            else:
                rows, widths, head = [list(r) for r in blk[1]], [0.32, 0.68], False
                if side:
                    widths = blk[2]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            for ri, cells in enumerate(rows):
                row = t.add_row()
                for ci, text in enumerate(cells):
                    is_head = head and ri == 0
                    put(row.cells[ci], text, bold=is_head or (kind == "kv" and ci == 0))
                    row.cells[ci].width = Cm(width * widths[ci])
                    if is_head or (side and ci == 0):
                        shade(row.cells[ci], sty.head_fill)
            if (kind == "grid" and len(blk) > 3 and blk[3]) or side:
                # Also write the widths into the table grid: LibreOffice sizes columns from
                # the grid, Word from the cells, and a narrow column must be narrow in both.
                for ci, w in enumerate(widths):
                    t.columns[ci].width = Cm(width * w)
            d.add_paragraph()
        elif kind == "table":
            rows, opts = blk[1], blk[2]
            ncols = len(rows[0])
            widths = opts.get("widths") or [1 / ncols] * ncols
            t = d.add_table(rows=0, cols=ncols)
            t.style = "Table Grid"
            t.autofit = False
            for ri, cells in enumerate(rows):
                row = t.add_row()
                head = opts.get("header", True) and ri == 0
                for ci, text in enumerate(cells):
                    bold = head or (opts.get("bold_col0") and ci == 0)
                    put(row.cells[ci], text, bold=bold, size=opts.get("size", sty.cell_size))
                    row.cells[ci].width = Cm(width * widths[ci])
                    if head:
                        shade(row.cells[ci], sty.head_fill)
            d.add_paragraph()
        elif kind == "np":
            numbered(blk[1], blk[2], sty.np_indent)
        elif kind == "field":
            para = d.add_paragraph()
            para.paragraph_format.space_after = Pt(1)
            para.add_run(blk[1]).bold = True
            if blk[2]:
                vp = d.add_paragraph(blk[2])
                vp.paragraph_format.left_indent = Cm(0.4)
        elif kind == "mgrid":
            rows, widths = blk[1], blk[2]
            ncol = len(widths)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            t.autofit = False
            for ri, cells in enumerate(rows):
                row = t.add_row()
                if isinstance(cells, str):
                    merged = row.cells[0].merge(row.cells[ncol - 1])
                    put(merged, cells, bold=True, size=10.5)
                    shade(merged, "E2EFDA")
                    continue
                for ci, text in enumerate(cells):
                    put(row.cells[ci], text, bold=ri == 0)
                    row.cells[ci].width = Cm(width * widths[ci])
                    if ri == 0:
                        shade(row.cells[ci], sty.head_fill)
            d.add_paragraph()
        elif kind == "initial":
            initial_band_docx(d, blk[1], doc.accent, Cm(width))
        elif kind == "runin":
            para = d.add_paragraph()
            para.add_run(blk[1] + " ").bold = True
            para.add_run(blk[2])
        elif kind == "u":
            # A heading typed as an underlined plain paragraph, not a heading style.
            para = d.add_paragraph()
            para.add_run(blk[1]).underline = True
            para.paragraph_format.keep_with_next = True
        elif kind == "amend":
            amend_docx(d, blk[1], blk[2] if len(blk) > 2 else "", width)
        elif kind == "run":
            pass  # a running page head changes only in PDFs (see write_pdf)
        elif kind == "pb":
            d.add_page_break()
        elif kind == "gap":
            d.add_paragraph()
        elif kind == "sig":
            for line in blk[1]:
                d.add_paragraph(line).paragraph_format.space_after = Pt(0)
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
    path.write_bytes(_repack(buf.getvalue(), sty.fixed))


def write_pdf(doc: Doc, path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        Flowable,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    sty = STYLES[doc.style]
    reg, bold, ital = "Times-Roman", "Times-Bold", "Times-Italic"
    if doc.sans:
        reg, bold, ital = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    accent = colors.HexColor("#" + doc.accent)
    pagesize = landscape(A4) if doc.landscape else A4
    fonts = {"reg": reg, "bold": bold, "ital": ital}

    def colour(value: str):
        if value == "accent":
            return accent
        if value.startswith("#"):
            return colors.HexColor(value)
        return getattr(colors, value)

    def style(name: str, kw: dict) -> ParagraphStyle:
        base = {"fontName": reg, **sty.pdf_base}
        for key, value in kw.items():
            if key == "fontName":
                value = fonts[value]
            elif key == "textColor":
                value = colour(value)
            base[key] = value
        return ParagraphStyle(name, **base)

    running = {"head": ""}  # "{section}" in the header: the last "run" block drawn

    class RunningMark(Flowable):
        """Sets the running head from the next page on, as a Word header field would."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

        def wrap(self, *_args) -> tuple[int, int]:
            return 0, 0

        def draw(self) -> None:
            running["head"] = self.text

    st = {name: style(name, kw) for name, kw in sty.pdf_styles.items()}

    def esc(t: str) -> str:
        return html.escape(t, quote=False).replace("\n", "<br/>")

    avail = pagesize[0] - sty.pdf_avail_less * cm

    def col_widths(widths: list[float]) -> list[float]:
        if sty.pdf_grid_width is not None:
            return [w * sty.pdf_grid_width * cm for w in widths]
        return [avail * w for w in widths]

    def rules(head: bool) -> list:
        """The style's table commands, the header background where it stands (or none)."""
        out = []
        for cmd in sty.pdf_rules:
            if cmd == HEAD:
                if head:
                    out.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(sty.pdf_head_bg)))
            elif cmd[0] == "GRID":
                out.append((*cmd[:4], colour(cmd[4])))
            else:
                out.append(cmd)
        return out

    def text(value: str, kind: str):
        para = Paragraph(esc(value), st[kind])
        return KeepTogether([para]) if sty.pdf_keep_paragraphs else para

    def story(blocks: list | None = None) -> list:
        out: list = []
        for blk in doc.blocks if blocks is None else blocks:
            kind = blk[0]
            if kind in ("org", "small", "title", "b", "p", "i", "sub", "bh"):
                out.append(text(blk[1], kind))
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
            elif kind == "num":
                out.extend(
                    Paragraph(esc(t), st["np"], bulletText=f"{i}.") for i, t in enumerate(blk[1], 1)
                )
            elif kind == "onum":
                prefix = blk[2] if len(blk) > 2 else ""
                out.extend(
                    Paragraph(esc(t), st["onum"], bulletText=f"{prefix}{i}.")
                    for i, t in enumerate(blk[1], 1)
                )
            elif kind == "lab":
                out.append(Paragraph(f"<b>{esc(blk[1])}:</b> {esc(blk[2])}", st["lab"]))
            elif kind in ("grid", "kv", "table"):
                if kind == "grid":
                    rows, widths, head, bold0, repeat = blk[1], blk[2], True, False, 1
                elif kind == "kv":
                    rows, widths, head = [list(r) for r in blk[1]], [0.3, 0.7], False
                    bold0, repeat = True, 0
                    if len(blk) > 2:
                        widths = blk[2]
                else:
                    rows, opts, repeat = blk[1], blk[2], 0
                    widths = opts.get("widths") or [1 / len(rows[0])] * len(rows[0])
                    head, bold0 = opts.get("header", True), opts.get("bold_col0")
                data = [
                    [
                        Paragraph(
                            esc(c),
                            st["cellb"]
                            if (head and ri == 0) or (bold0 and ci == 0)
                            else st["cell"],
                        )
                        for ci, c in enumerate(cells)
                    ]
                    for ri, cells in enumerate(rows)
                ]
                t = Table(data, colWidths=col_widths(widths), repeatRows=repeat)
                t.setStyle(TableStyle(rules(head)))
                if kind == "kv" and len(blk) > 2:  # the label column as a shaded sidebar
                    t.setStyle(
                        TableStyle(
                            [("BACKGROUND", (0, 0), (0, -1), colors.HexColor(sty.pdf_head_bg))]
                        )
                    )
                out += [t, Spacer(1, sty.pdf_table_gap)]
            elif kind == "lettertable":
                _, letter, heading, paras = blk
                data = [[Paragraph(esc(letter), st["letter"]), Paragraph(esc(heading), st["h2"])]]
                data += [
                    [Paragraph(esc(lab), st["cell"]), Paragraph(esc(t), st["p"])]
                    for lab, t in paras
                ]
                t = Table(data, colWidths=[avail * 0.1, avail * 0.9])
                t.setStyle(
                    TableStyle(
                        [
                            *rules(False),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF3EF")),
                            ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#DCE8DF")),
                        ]
                    )
                )
                out += [t, Spacer(1, 10)]
            elif kind == "np":
                out.append(Paragraph(esc(blk[2]), st["np"], bulletText=blk[1]))
            elif kind == "runin":
                out.append(Paragraph(f"<b>{esc(blk[1])}</b> {esc(blk[2])}", st["p"]))
            elif kind == "margin":
                # One row per paragraph so that a long section can break between pages.
                label = Paragraph(esc(blk[1]), st["cellb"])
                data = [
                    [label if i == 0 else "", Paragraph(esc(t), st["p"])]
                    for i, t in enumerate(blk[2])
                ]
                t = Table(data, colWidths=[avail * 0.2, avail * 0.8])
                t.setStyle(
                    TableStyle(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (0, -1), 8),
                            ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                            ("LINEABOVE", (0, 0), (-1, 0), 0.6, accent),
                            ("TOPPADDING", (0, 0), (-1, 0), 5),
                        ]
                    )
                )
                out += [t, Spacer(1, 6)]
            elif kind == "field":
                out.append(Paragraph(esc(blk[1]), st["flab"]))
                if blk[2]:
                    out.append(Paragraph(esc(blk[2]), st["fval"]))
                else:
                    out.append(Spacer(1, 10))
            elif kind == "mgrid":
                rows, widths = blk[1], blk[2]
                ncol = len(widths)
                data, spans = [], []
                for ri, cells in enumerate(rows):
                    if isinstance(cells, str):
                        data.append([Paragraph(esc(cells), st["cellb"])] + [""] * (ncol - 1))
                        spans += [
                            ("SPAN", (0, ri), (-1, ri)),
                            (
                                "BACKGROUND",
                                (0, ri),
                                (-1, ri),
                                colors.HexColor("#E2EFDA"),
                            ),
                        ]
                    else:
                        data.append(
                            [Paragraph(esc(c), st["cellb" if ri == 0 else "cell"]) for c in cells]
                        )
                t = Table(data, colWidths=col_widths(widths), repeatRows=1)
                t.setStyle(TableStyle(rules(False) + spans + rules(True)[-1:]))
                out += [t, Spacer(1, sty.pdf_table_gap)]
            elif kind == "initial":
                out += initial_band_pdf(blk[1], bold, accent, avail)
            elif kind == "u":
                out.append(Paragraph(f"<u>{esc(blk[1])}</u>", st["u"]))
            elif kind == "twocol":
                t = Table([[story(blk[1]), story(blk[2])]], colWidths=[avail / 2, avail / 2])
                t.setStyle(
                    TableStyle(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEAFTER", (0, 0), (0, -1), 0.6, accent),
                            ("LEFTPADDING", (0, 0), (0, -1), 0),
                            ("RIGHTPADDING", (0, 0), (0, -1), 10),
                            ("LEFTPADDING", (1, 0), (1, -1), 10),
                        ]
                    )
                )
                out.append(t)
            elif kind == "amend":
                out += amend_pdf(blk[1], blk[2] if len(blk) > 2 else "", st["p"], avail)
            elif kind == "run":
                out.append(RunningMark(blk[1]))
            elif kind == "pb":
                out.append(PageBreak())
            elif kind == "gap":
                out.append(Spacer(1, 14))
            elif kind == "sig":
                out.append(Spacer(1, 8))
                out.append(KeepTogether([Paragraph(esc(x), st["sig"]) for x in blk[1]]))
            elif kind == "cover":
                out.append(Spacer(1, 5 * cm))
                out.append(KeepTogether([Paragraph(esc(x), st["cover"]) for x in blk[1]]))
                out.append(PageBreak())
            else:
                raise ValueError(kind)
        return out

    def build(target, total: int) -> int:
        count = [0]
        running["head"] = ""

        def on_page(canvas, _doc) -> None:
            count[0] += 1
            canvas.saveState()
            if doc.watermark:
                canvas.saveState()
                canvas.setFont(bold, 90)
                canvas.setFillColor(colors.HexColor("#E6E6E6"))
                canvas.translate(pagesize[0] / 2, pagesize[1] / 2)
                canvas.rotate(45)
                canvas.drawCentredString(0, -30, doc.watermark)
                canvas.restoreState()
            canvas.setFont(sty.furniture_font or reg, sty.furniture_size)
            canvas.setFillColor(colour(sty.furniture_colour))
            header = doc.header.replace("{section}", running["head"])
            if header and sty.format_header:
                header = header.format(n=count[0], m=total)
            if header:
                side, x, y = sty.header_at
                if side == "right":
                    canvas.drawRightString(pagesize[0] - x * cm, pagesize[1] - y * cm, header)
                else:
                    canvas.drawString(x * cm, pagesize[1] - y * cm, header)
            if doc.footer:
                footer = doc.footer.format(n=count[0], m=total)
                side, y = sty.footer_at
                if side == "left":
                    canvas.drawString(sty.pdf_margin_lr * cm, y * cm, footer)
                else:
                    canvas.drawCentredString(pagesize[0] / 2, y * cm, footer)
            canvas.restoreState()

        extra = {} if sty.pdf_producer is None else {"producer": sty.pdf_producer}
        SimpleDocTemplate(
            target,
            pagesize=pagesize,
            leftMargin=sty.pdf_margin_lr * cm,
            rightMargin=sty.pdf_margin_lr * cm,
            topMargin=sty.pdf_margin_tb * cm,
            bottomMargin=sty.pdf_margin_tb * cm,
            title=doc.title,
            author=doc.author,
            subject="",
            creator="",
            **extra,
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
        self.columns: dict[str, int] = {}  # section id -> column of the shared B/E/F table
        self.layout = ""  # the plan's layout, written to truth.json when set
        self.body_start = ""  # text after which the sections begin (skips a contents list)
        self.heading_search = "first"  # "last": each heading's last occurrence counts
        self.same_span: dict[str, str] = {}  # section id -> section whose span it shares
        self.missing: list[str] = []  # section ids the plan must not name

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
        elif status == "not_educational" and plan_text:
            assert section, f"name the section of the plan line this answers (G, H1...): {text}"
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
        vague = {fp["text"] for fp in self.fprov if not fp["specific"]}
        for it in self.items:
            if it["plan_status"] == "less" and it["plan_text"] not in vague:
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
        if self.layout:
            data["layout"] = self.layout
        if self.note:
            data["note"] = self.note
        return data


# ---------------------------------------------------------------------------
# Helpers shared by the cases
# ---------------------------------------------------------------------------


def simple_sections(c: Case, H: dict, head, texts: dict) -> list:
    """Heading block plus one paragraph for each section id in texts (in order)."""
    out: list = []
    for sid, text in texts.items():
        out.append(head(H[sid]))
        if isinstance(text, list):
            out.append(("p", c.sect(sid, text[0])))
            out.extend(("p", t) for t in text[1:])
        else:
            out.append(("p", c.sect(sid, text)))
    return out


# ---------------------------------------------------------------------------
# Writing and verification
# ---------------------------------------------------------------------------


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


def docx_column_cells(path: Path) -> list[tuple[int, str]]:
    """(column index, text) for each cell of a table row that is not merged."""
    from docx import Document

    d = Document(str(path))
    out: list[tuple[int, str]] = []
    for tbl in d.tables:
        width = len(tbl._tbl.tblGrid.gridCol_lst)
        for tr in tbl._tbl.tr_lst:
            if len(tr.tc_lst) != width:
                continue
            for ci, tc in enumerate(tr.tc_lst):
                text = "\n".join(
                    "".join(
                        t.text or ""
                        for t in p.iter(
                            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
                        )
                    )
                    for p in tc.iterchildren(
                        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
                    )
                )
                out.append((ci, fold(text)))
    return out


def pdf_pages(path: Path) -> list[str]:
    import pypdf

    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def section_spans(order: list[str], starts: list[int], end: int) -> dict:
    """Each section's spans, one per heading, each running to the next heading.

    A plan laid out by area of need heads its needs, outcomes and provision once per area,
    so a section can have several spans; a text is inside the section if inside any.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    for sid, lo, hi in zip(order, starts, [*starts[1:], end], strict=True):
        spans.setdefault(sid, []).append((lo, hi))
    return spans


def initial_band_pdf(text: str, bold: str, accent, avail: float) -> list:
    """A band: the first word (the section letter) large in a dark cell, the name beside it
    in a shaded one."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    letter, _, name = text.partition(" ")
    big = ParagraphStyle(
        "initial", fontName=bold, fontSize=26, leading=30, textColor=colors.white, alignment=1
    )
    small = ParagraphStyle("initname", fontName=bold, fontSize=12, leading=15)
    t = Table(
        [[Paragraph(html.escape(letter), big), Paragraph(html.escape(name, quote=False), small)]],
        colWidths=[2.2 * 28.35, avail - 2.2 * 28.35],
    )
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, 0), accent),
                ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#DDE6EE")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [Spacer(1, 10), t, Spacer(1, 6)]


def initial_band_docx(d, text: str, accent: str, width) -> None:
    """The .docx form of initial_band_pdf: one shaded cell, large letter, tab, name."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    letter, _, name = text.partition(" ")
    t = d.add_table(rows=1, cols=1)
    t.autofit = False
    cell = t.rows[0].cells[0]
    cell.width = width
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "DDE6EE")
    cell._tc.get_or_add_tcPr().append(shd)
    para = cell.paragraphs[0]
    big = para.add_run(letter)
    big.bold = True
    big.font.size = Pt(26)
    big.font.color.rgb = RGBColor.from_string(accent)
    para.add_run("\t")
    small = para.add_run(name)
    small.bold = True
    small.font.size = Pt(12)
    d.add_paragraph()


AMEND_MARKUP = {"s": ("<strike>", "</strike>"), "u": ("<u>", "</u>"), "": ("", "")}


def amend_pdf(pieces: list, note: str, body, avail: float) -> list:
    """An amended paragraph as an amended plan prints it: deleted wording still shown
    struck through, new wording underlined, the amendment note in a narrow column beside."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    text = " ".join(
        AMEND_MARKUP[mark][0] + html.escape(t, quote=False) + AMEND_MARKUP[mark][1]
        for mark, t in pieces
    )
    side = ParagraphStyle("amendnote", parent=body, fontName=body.fontName, fontSize=8, leading=10)
    side.textColor = colors.HexColor("#555555")
    t = Table(
        [[Paragraph(text, body), Paragraph(f"<i>{html.escape(note, quote=False)}</i>", side)]],
        colWidths=[avail * 0.8, avail * 0.2],
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 6),  # the frame's own padding: text aligns
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [t]


def amend_docx(d, pieces: list, note: str, width: float) -> None:
    """The .docx form of amend_pdf: a borderless row, the marked text and the note beside."""
    from docx.shared import Cm, Pt

    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    body, side = t.rows[0].cells
    body.width, side.width = Cm(width * 0.8), Cm(width * 0.2)
    para = body.paragraphs[0]
    for i, (mark, text) in enumerate(pieces):
        if i:
            para.add_run(" ")
        run = para.add_run(text)
        run.font.strike = mark == "s"
        run.underline = mark == "u"
    if note:
        run = side.paragraphs[0].add_run(note)
        run.italic = True
        run.font.size = Pt(8)


def verify_case(c: Case, need, lines: list[str], here: Path) -> None:
    """Check one written case: page counts, no machine paths, each quote once in place."""
    folder = here / c.name
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
    starts: list[int] = []  # one per heading, so a section may be headed more than once
    cursor = plan.find(fold(c.body_start)) if c.body_start else 0
    need(cursor >= 0, f"{c.name}: body start {c.body_start!r} not found")
    order = c.order
    if c.heading_search == "last":
        # Each heading at its last whole-paragraph match (.docx) or last occurrence (.pdf),
        # which skips a contents page; sections then follow in the order found.
        for sid in c.order:
            if sid in c.columns:
                continue
            h = fold(c.headings[sid])
            if plan_name.endswith(".docx"):
                offset, found = 0, -1
                for t in units[plan_name]:
                    if t == h:
                        found = offset
                    offset += len(t) + 1
            else:
                found = plan.rfind(h)
            need(found >= 0, f"{c.name}: heading {h!r} not found")
            pos[sid] = found
        order = sorted(pos, key=lambda sid: pos[sid])
        starts = [pos[sid] for sid in order]
    else:
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
            starts.append(found)
            cursor = max(cursor, found + 1)
    spans = section_spans(order, starts, len(plan))
    for sid, other in c.same_span.items():  # one heading stands for two sections
        spans[sid] = spans[other]

    def once(doc_name: str, text: str) -> bool:
        return texts[doc_name].count(fold(text)) == 1

    col_cells = docx_column_cells(folder / plan_name) if c.columns else []

    def inside(text: str, sid: str) -> bool:
        t = fold(text)
        if sid in c.columns:
            return any(ci == c.columns[sid] and t in cell for ci, cell in col_cells)
        for lo, hi in spans[sid]:
            p = plan.find(t, lo)
            if p >= 0 and p + len(t) <= hi:
                return True
        return False

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
    for sid in c.missing:  # an absent section must not be named in the plan either
        need(
            not re.search(rf"\b(Section|Part|SECTION) {sid}\b", plan),
            f"{c.name}: missing section {sid} is mentioned in the plan",
        )
    kinds: dict[str, int] = {}
    for fd in truth["expected_findings"]:
        kinds[fd["kind"]] = kinds.get(fd["kind"], 0) + 1
    n_need = sum(1 for it in truth["needs"] if it["kind"] == "need")
    lines.append(
        f"  {c.name}: {n_need} needs, {len(truth['needs']) - n_need} recommendations, "
        f"{len(truth['f_provisions'])} F provisions, findings {json.dumps(kinds, sort_keys=True)}"
    )


def verify(cases: list[Case], here: Path) -> bool:
    """Verify every case so one failure does not hide the others."""
    problems: list[str] = []
    lines: list[str] = []

    def need(ok: bool, msg: str) -> None:
        if not ok:
            problems.append(msg)

    for c in cases:
        verify_case(c, need, lines, here)
    print("\n".join(lines))
    if problems:
        print("VERIFY FAILED:")
        for p in problems:
            print("  - " + p)
        return False
    print("verify: every quoted text found once, in its file and section")
    return True


def main(argv: list[str], builders: list[Callable[[], Case]], here: Path) -> int:
    """Write each case folder and truth.json, then verify unless --no-verify."""
    cases = [build() for build in builders]
    for c in cases:
        c.check()
        assert sorted(d.name for d in c.docs) == sorted([c.plan, *c.reports]), c.name
        folder = here / c.name
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
    return 0 if verify(cases, here) else 1
