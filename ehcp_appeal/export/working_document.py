"""The tribunal working document as Word: the key, sections B, F and I marked up, footnotes.

The format follows the tribunal's practice: black 12-point text on A4, numbered
paragraphs, the type-style key at the top, the evidence for every change as a real
footnote, and no tracked changes or comments (the styles carry all the meaning, so the
file reads the same in any word processor and in print).
"""

import io
import math
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from ehcp_appeal.errors import AppError
from ehcp_appeal.export import office
from ehcp_appeal.export.docx_footnotes import Footnotes
from ehcp_appeal.export.wd_markup import KEY, STYLE_FORMAT, Markup, Run
from ehcp_appeal.scratch import private_folder

FONT = "Arial"
BODY_PT = 12
PAGE_LIMIT = 25
BLACK = RGBColor(0, 0, 0)


@dataclass(frozen=True)
class Heading:
    """What the top of the document says about the case."""

    child_name: str = ""
    council: str = ""
    tribunal_reference: str = ""
    version: int = 1
    date_text: str = ""


@dataclass(frozen=True)
class PageCount:
    pages: int
    exact: bool

    def describe(self) -> str:
        limit = f"the limit is {PAGE_LIMIT}"
        if self.exact:
            return f"{self.pages} pages ({limit})"
        return (
            f"about {self.pages} pages ({limit}); this is an estimate, because LibreOffice "
            "is not installed to lay the document out and count them exactly"
        )

    @property
    def over_limit(self) -> bool:
        return self.pages > PAGE_LIMIT


def _styled(paragraph: DocxParagraph, run: Run, size: int = BODY_PT) -> None:
    bold, italic, underline, strike = STYLE_FORMAT[run.style]
    piece = paragraph.add_run(run.text)
    piece.bold, piece.italic, piece.underline = bold, italic, underline
    piece.font.strike = strike
    piece.font.size = Pt(size)
    piece.font.color.rgb = BLACK


def _set_up(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(25))
    for name in ("Normal", "List Number"):
        style = document.styles[name]
        style.font.name = FONT
        style.font.size = Pt(BODY_PT)
        style.font.color.rgb = BLACK
    document.styles["Normal"].paragraph_format.space_after = Pt(6)
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ").font.size = Pt(10)
    field = footer.add_run()
    field.font.size = Pt(10)
    for xml in (
        '<w:fldChar w:fldCharType="begin"/>',
        '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
        '<w:fldChar w:fldCharType="end"/>',
    ):
        field._r.append(_w(xml))


def _w(xml: str) -> BaseOxmlElement:
    """Parse a WordprocessingML fragment written with the ``w:`` prefix."""
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    tag_end = xml.index(" ") if " " in xml.split(">", 1)[0] else xml.index(">")
    return parse_xml(f"{xml[:tag_end]} {namespace}{xml[tag_end:]}")


def _plain(document: DocxDocument, text: str, size: int = BODY_PT, before: int = 0) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(before)
    _styled(paragraph, Run(text), size)


def _key(document: DocxDocument) -> None:
    _plain(document, "Key", 14, before=6)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Type style", "Meaning"), strict=True):
        _styled(cell.paragraphs[0], Run(text))
    for style, name, meaning in KEY:
        cells = table.add_row().cells
        _styled(cells[0].paragraphs[0], Run(name, style))
        _styled(cells[1].paragraphs[0], Run(meaning))
    _plain(
        document,
        "The evidence for each proposed change is given in a footnote. "
        "Paragraphs are numbered for reference.",
        before=6,
    )


def build_docx(markup: Markup, heading: Heading) -> bytes:
    """The working document as .docx bytes."""
    document = Document()
    _set_up(document)
    footnotes = Footnotes(document)
    _plain(document, "Working document", 16)
    details = [
        f"Child or young person: {heading.child_name}" if heading.child_name else "",
        f"Local authority: {heading.council}" if heading.council else "",
        f"Tribunal reference: {heading.tribunal_reference}" if heading.tribunal_reference else "",
        f"Version: WD{heading.version}" + (f", {heading.date_text}" if heading.date_text else ""),
    ]
    for line in filter(None, details):
        _plain(document, line)
    _key(document)
    for section in markup.sections:
        _plain(document, section.title, 14, before=12)
        if not section.paragraphs:
            _plain(document, "(This section is empty in the plan.)")
        for paragraph in section.paragraphs:
            if paragraph.heading:
                target = document.add_paragraph()
                target.paragraph_format.space_before = Pt(6)
                target.paragraph_format.keep_with_next = True
            else:
                target = document.add_paragraph(style="List Number")
            for run in paragraph.runs:
                _styled(target, run)
                if run.footnote:
                    footnotes.add(target, run.footnote, FONT)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_CHARS_PER_LINE = 78
_LINES_PER_PAGE = 42
_FRONT_MATTER_LINES = 22  # title, details, key table and note


def estimate_pages(markup: Markup) -> int:
    """Pages by line arithmetic for A4, 25 mm margins and 12-point Arial, when LibreOffice
    is not there to lay the document out; footnotes count at their smaller size."""
    lines = float(_FRONT_MATTER_LINES)
    for section in markup.sections:
        lines += 2.5
        for paragraph in section.paragraphs:
            lines += math.ceil(max(1, len(paragraph.text)) / _CHARS_PER_LINE) + 0.5
            for run in paragraph.runs:
                if run.footnote:
                    lines += 0.8 * math.ceil(len(run.footnote) / (_CHARS_PER_LINE * 1.2))
    return max(1, math.ceil(lines / _LINES_PER_PAGE))


def count_pages(docx_path: Path, markup: Markup, timeout: float = 120.0) -> PageCount:
    """The page count after LibreOffice lays the document out, else an estimate."""
    if office.libreoffice_available():
        from pypdf import PdfReader

        with private_folder("ehcp-wd-pages-") as folder:
            try:
                made = office.convert_to_pdf([docx_path], Path(folder), timeout)
            except AppError:
                made = {}
            pdf = made.get(docx_path.resolve())
            if pdf is not None:
                return PageCount(len(PdfReader(str(pdf)).pages), True)
    return PageCount(estimate_pages(markup), False)
