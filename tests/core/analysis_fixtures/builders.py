"""Write small .docx, .pdf and .txt documents so tests cover many templates, not just one."""

from collections.abc import Sequence
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

# Each entry is ("heading", text) | ("para", text) | ("bold", text) | ("bullet", text)
# | ("underline", text) (PDF only: plain type with a drawn underline)
# | ("table", [[cell, ...], ...]) | ("merged_table", title, [[cell, ...], ...]) | ("page",)
Item = tuple


def write_docx(path: Path, items: Sequence[Item]) -> Path:
    document = docx.Document()
    for item in items:
        kind = item[0]
        if kind == "heading":
            document.add_heading(item[1], level=1)
        elif kind == "para":
            document.add_paragraph(item[1])
        elif kind == "bold":
            document.add_paragraph().add_run(item[1]).bold = True
        elif kind == "bullet":
            document.add_paragraph(item[1], style="List Bullet")
        elif kind == "page":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("table", "merged_table"):
            rows = item[2] if kind == "merged_table" else item[1]
            columns = max(len(row) for row in rows)
            extra = 1 if kind == "merged_table" else 0
            table = document.add_table(rows=len(rows) + extra, cols=columns)
            if kind == "merged_table":
                merged = table.rows[0].cells[0].merge(table.rows[0].cells[columns - 1])
                merged.text = item[1]
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.rows[r + extra].cells[c].text = value
    document.save(str(path))
    return path


def write_pdf(
    path: Path,
    pages: Sequence[Sequence[Item]],
    header: str | Sequence[str] = "",
    footer: str = "",
) -> Path:
    """One list of items per page; headings are drawn larger, bullets with a glyph. A list
    of headers gives each page its own."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    height = A4[1]
    for number, items in enumerate(pages, start=1):
        top = header if isinstance(header, str) else header[number - 1]
        if top:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(60, height - 30, top)
        if footer:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(250, 25, f"{footer} | Page {number}")
        y = height - 70
        for item in items:
            kind, text = item[0], item[1]
            size = 14 if kind == "heading" else 10
            font = "Helvetica-Bold" if kind in ("heading", "bold") else "Helvetica"
            indent = 80 if kind == "bullet" else 60
            if kind == "bullet":
                pdf.setFont("Helvetica", size)
                pdf.drawString(66, y, "\u2022")
            lines = _wrap(text, 95 if kind != "heading" else 70)
            for line in lines:
                pdf.setFont(font, size)
                pdf.drawString(indent, y, line)
                if kind == "underline":  # a heading set in plain type, underlined
                    pdf.line(indent, y - 1.5, indent + pdf.stringWidth(line, font, size), y - 1.5)
                y -= size + 4
            if item[2:] != ("tight",):  # "tight" items sit on the next line, with no gap
                y -= 8
        pdf.showPage()
    pdf.save()
    return path


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + len(word) + 1 > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines


def write_txt(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
