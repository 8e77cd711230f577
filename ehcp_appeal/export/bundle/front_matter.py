"""The cover and the index: what a solicitor or judge reads first, drawn with reportlab.

The index is drawn line by line (not flowed) so that each entry's rectangle is known and
can be made a link once the bundle is assembled. Page numbers here are the stamped bundle
numbers; the front matter itself is numbered in roman so the documents start at page 1.
"""

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

LEFT = 20 * mm
RIGHT = A4[0] - 20 * mm
TOP = A4[1] - 20 * mm
BOTTOM = 22 * mm
BODY = "Helvetica"
BOLD = "Helvetica-Bold"
COLUMNS = (  # title, x offset from LEFT, width
    ("No.", 0, 26),
    ("Document", 26, 222),
    ("Date", 252, 62),
    ("Author", 318, 104),
    ("Pages", 424, 60),
)


@dataclass(frozen=True)
class IndexEntry:
    """One row: a section heading (``number`` empty) or a document."""

    number: str
    title: str
    date: str
    author: str
    pages: str
    target: int  # index into the bundle's numbered pages (0 = page 1)
    heading: bool = False


@dataclass(frozen=True)
class CoverFacts:
    heading: str
    lines: tuple[tuple[str, str], ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class LinkSpot:
    front_page: int
    rect: tuple[float, float, float, float]
    target: int


@dataclass(frozen=True)
class FrontMatter:
    pdf: bytes
    pages: int
    links: tuple[LinkSpot, ...]


def build(cover: CoverFacts, entries: Sequence[IndexEntry], left_out: Sequence[str]) -> FrontMatter:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(cover.heading)
    _cover(canvas, cover)
    canvas.showPage()
    links = _index(canvas, entries, left_out)
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(data)).pages)
    return FrontMatter(data, pages, tuple(links))


def _cover(canvas: Canvas, cover: CoverFacts) -> None:
    y = TOP - 30 * mm
    canvas.setFont(BODY, 11)
    canvas.drawString(LEFT, y, "First-tier Tribunal (Health, Education and Social Care Chamber)")
    y -= 15
    canvas.drawString(LEFT, y, "Special Educational Needs and Disability")
    y -= 36
    canvas.setFont(BOLD, 24)
    for line in simpleSplit(cover.heading, BOLD, 24, RIGHT - LEFT):
        canvas.drawString(LEFT, y, line)
        y -= 30
    y -= 14
    canvas.setLineWidth(0.8)
    canvas.line(LEFT, y + 10, RIGHT, y + 10)
    y -= 12
    for label, value in cover.lines:
        canvas.setFont(BOLD, 12)
        canvas.drawString(LEFT, y, label)
        canvas.setFont(BODY, 12)
        for line in simpleSplit(value or "-", BODY, 12, RIGHT - LEFT - 150):
            canvas.drawString(LEFT + 150, y, line)
            y -= 17
        y -= 5
    y -= 10
    canvas.setFont(BODY, 10)
    for note in cover.notes:
        for line in simpleSplit(note, BODY, 10, RIGHT - LEFT):
            canvas.drawString(LEFT, y, line)
            y -= 13
        y -= 5


def _row_lines(entry: IndexEntry) -> list[list[str]]:
    font = BOLD if entry.heading else BODY
    values = (entry.number, entry.title, entry.date, entry.author, entry.pages)
    return [
        simpleSplit(value, font, 10, width - 6) or [""]
        for value, (_, _, width) in zip(values, COLUMNS, strict=True)
    ]


def _index_header(canvas: Canvas, continued: bool) -> float:
    y = TOP
    canvas.setFont(BOLD, 16)
    canvas.drawString(LEFT, y, "Index (continued)" if continued else "Index")
    y -= 24
    canvas.setFont(BOLD, 10)
    for title, offset, _ in COLUMNS:
        canvas.drawString(LEFT + offset, y, title)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, y - 4, RIGHT, y - 4)
    return y - 18


def _index(
    canvas: Canvas, entries: Sequence[IndexEntry], left_out: Sequence[str]
) -> list[LinkSpot]:
    links: list[LinkSpot] = []
    page = 1  # the cover is front page 0
    y = _index_header(canvas, continued=False)
    for entry in entries:
        lines = _row_lines(entry)
        height = 12.5 * max(len(column) for column in lines) + (8 if entry.heading else 4)
        if y - height < BOTTOM:
            canvas.showPage()
            page += 1
            y = _index_header(canvas, continued=True)
        if entry.heading:
            y -= 4
        canvas.setFont(BOLD if entry.heading else BODY, 10)
        if not entry.heading:
            canvas.setFillColorRGB(0.05, 0.2, 0.55)  # link colour; the underline says the same
        top = y
        for column, (_, offset, _) in zip(lines, COLUMNS, strict=True):
            line_y = y
            for line in column:
                canvas.drawString(LEFT + offset, line_y, line)
                line_y -= 12.5
        if not entry.heading:
            width = min(canvas.stringWidth(lines[1][0], BODY, 10), COLUMNS[1][2] - 6)
            canvas.setLineWidth(0.4)
            canvas.setStrokeColorRGB(0.05, 0.2, 0.55)
            canvas.line(LEFT + COLUMNS[1][1], y - 1.5, LEFT + COLUMNS[1][1] + width, y - 1.5)
            canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setFillColorRGB(0, 0, 0)
        bottom = top - 12.5 * max(len(column) for column in lines) + 8
        links.append(LinkSpot(page, (LEFT - 2, bottom - 2, RIGHT, top + 10), entry.target))
        y -= height
    if left_out:
        y -= 10
        if y - 14 * (len(left_out) + 2) < BOTTOM:
            canvas.showPage()
            page += 1
            y = TOP
        canvas.setFont(BOLD, 11)
        canvas.drawString(LEFT, y, "Left out of this bundle")
        y -= 16
        canvas.setFont(BODY, 10)
        for note in left_out:
            for line in simpleSplit(note, BODY, 10, RIGHT - LEFT):
                if y < BOTTOM:
                    canvas.showPage()
                    page += 1
                    y = TOP
                    canvas.setFont(BODY, 10)
                canvas.drawString(LEFT, y, line)
                y -= 13
    return links
