"""Reading a PDF into paragraphs and table rows from the positions of its text and borders."""

import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from ehcp_appeal.analysis.reading.blocks import Block, fold, strip_marker, unwrap_numbered_row
from ehcp_appeal.analysis.reading.pdf_columns import aligned_tables
from ehcp_appeal.analysis.reading.pdf_runs import page_runs
from ehcp_appeal.analysis.reading.pdf_tables import Cell, Grid, Rule, find_grids, page_rules
from ehcp_appeal.analysis.reading.pdf_text import BoundedText
from ehcp_appeal.analysis.reading.pdf_text_columns import place, text_flows
from ehcp_appeal.pdf_pages import page_as_shown

_STARTS_SECTION = re.compile(r"^\s*(?:section|part)\s+(?:[A-K]|H\s?[12])\b", re.IGNORECASE)
_CONTENTS_ENTRY = re.compile(r"(?:\.{3,}|…)\s*\d{1,3}$")
CAPITAL_WORDS = 3
RUNNING_SHARE = 0.75
"""Share of pages a line must recur on, at a page's edge, to be a header or footer: a
council's running head is on (nearly) every page, while an area-of-need heading that
happens to open three pages of five is the plan's text."""
_NEAR_X = 2.0  # points: a line starting further left than a bullet is not its continuation
_UNDERLINE_DROP = 0.35  # an underline sits at most this share of a line's height below it


@dataclass
class _Line:
    text: str
    top: float
    bottom: float
    left: float
    right: float
    size: float = 0.0
    bold: bool = False
    order: int = 0  # the text flow read in turn: a column, or the full width
    frame: tuple[float, float] | None = None  # the column's edges; None: the page's width
    region: int = -1  # the columned region the line's column belongs to

    @property
    def height(self) -> float:
        return self.top - self.bottom

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class _Row:
    """A table row placed on the page: its top and its cells' text, left to right."""

    top: float
    cells: tuple[str, ...]
    table: int
    order: int = 0


def read_pdf_pages(pdf: Any) -> list[Block]:
    """Blocks for every page, with running headers and footers removed."""
    pages: list[tuple[list[_Line], list[_Row]]] = []
    table_no = 0
    for index in range(len(pdf)):
        page = page_as_shown(pdf, index)
        textpage = page.get_textpage()
        segments = _segments(textpage)
        page_lines = page_rules(page)
        grids = find_grids(page, page_lines)
        boxes = [grid.box for grid in grids]
        rows: list[_Row] = []
        placed: list[tuple[_Row, Cell]] = []
        for grid, box in zip(grids, boxes, strict=True):
            table_no += 1
            placed += [(row, box) for row in _grid_rows(grid, segments, textpage, table_no)]
        free = [
            s for s in segments if not any(b.holds((s.left + s.right) / 2, s.middle) for b in boxes)
        ]
        flows = text_flows(free)
        for row, box in placed:
            row.order = place(flows, (box.left + box.right) / 2, row.top) if len(flows) > 1 else 0
            rows.append(row)
        lines = []
        for order, flow in enumerate(flows):
            aligned, rest = aligned_tables(flow.segments)
            for table in aligned:
                table_no += 1
                rows += [_Row(row.top, row.cells, table_no, order) for row in table]
            for line in _group_lines(rest):
                line.order, line.frame, line.region = order, flow.frame, flow.region
                lines.append(line)
        _mark_underlined(lines, [rule for rule in page_lines if rule.horizontal])
        pages.append((lines, rows))
    cleaned = _drop_running_lines([lines for lines, _rows in pages])
    blocks: list[Block] = []
    for page_no, (lines, (_old, rows)) in enumerate(zip(cleaned, pages, strict=True), start=1):
        blocks.extend(_join_lines(lines, rows, page_no))
    return blocks


def _segments(textpage: Any) -> list[_Line]:
    """pdfium's text rectangles: runs of text on one line, with their font size."""
    segments = []
    bounded = BoundedText(textpage)
    for run in page_runs(bounded, textpage.count_rects()):
        left, bottom, right, top = run.box
        if run.text.strip():
            char = run.char
            for step in range(FONT_TRIES if char is None else 0):
                # a small glyph (an asterisk, a quotation mark) may miss the run's middle
                char = bounded.char_at(left + 0.5 + 3 * step, (top + bottom) / 2, 2, 2)
                if char is not None and char >= 0:
                    break
            size, bold = _run_font(bounded, char, len(run.text))
            flat = run.text.replace("\r", " ").replace("\n", " ")
            segments.append(_Line(flat, top, bottom, left, right, size, bold))
    return segments


FONT_TRIES = 4
"""Characters of a run read for its font when the first gives none."""


def _run_font(bounded: BoundedText, char: int | None, length: int) -> tuple[float, bool]:
    """A run's font size and weight, from its first character that has them: pdfium gives
    some characters (an asterisk or a quotation mark opening a line, in some fonts) a size
    of 0 and no weight, which would make a heading look like body text."""
    if char is None or char < 0:
        return 0.0, False
    for index in range(char, char + min(FONT_TRIES, max(length, 1))):
        size, bold = bounded.font(index)
        if size > 0:
            return size, bold
    return 0.0, False


def _group_lines(segments: list[_Line]) -> list[_Line]:
    """Segments that share a baseline band become one visual line, top to bottom."""
    ordered = sorted(segments, key=lambda seg: (-seg.top, seg.left))
    lines: list[_Line] = []
    for seg in ordered:
        for line in lines[-3:]:
            if line.bottom <= seg.middle <= line.top:
                line.text = (
                    f"{line.text} {seg.text}"
                    if seg.left >= line.left
                    else f"{seg.text} {line.text}"
                )
                line.left, line.right = min(line.left, seg.left), max(line.right, seg.right)
                line.top, line.bottom = max(line.top, seg.top), min(line.bottom, seg.bottom)
                line.bold = line.bold and seg.bold
                break
        else:
            lines.append(
                _Line(seg.text, seg.top, seg.bottom, seg.left, seg.right, seg.size, seg.bold)
            )
    for line in lines:
        line.text = fold(line.text)
    return lines


def _mark_underlined(lines: list[_Line], rules: list[Rule]) -> None:
    """An underlined line is emphasised as a bold one is: councils that do not set their
    headings in bold underline them, and the underline is a drawn rule just below the text,
    about as wide as it. A rule far wider than the line (a separator) does not count."""
    for line in lines:
        width = line.right - line.left
        if line.bold or width <= 0:
            continue
        for rule in rules:
            below = line.bottom - _UNDERLINE_DROP * line.height <= rule.at <= line.middle
            covers = rule.start <= line.left + 0.1 * width and rule.end >= line.right - 0.1 * width
            if below and covers and rule.end - rule.start <= width * 1.2 + 2:
                line.bold = True
                break


def _grid_rows(grid: Grid, segments: list[_Line], textpage: Any, table: int) -> list[_Row]:
    """Each row's cells as text; a run of text crossing a border is cut at the border."""
    pieces: dict[tuple[int, int], list[_Line]] = {}
    box = grid.box
    for seg in segments:
        if not box.holds((seg.left + seg.right) / 2, seg.middle):
            continue
        for row_no, row in enumerate(grid.rows):
            for col_no, cell in enumerate(row):
                left, right = max(seg.left, cell.left), min(seg.right, cell.right)
                if right - left < 1 or not cell.bottom <= seg.middle <= cell.top:
                    continue
                whole = left <= seg.left + 0.5 and right >= seg.right - 0.5
                text = (
                    seg.text
                    if whole
                    else textpage.get_text_bounded(left, seg.bottom, right, seg.top)
                )
                if text.strip():
                    clipped = _Line(fold(text), seg.top, seg.bottom, left, right, seg.size)
                    pieces.setdefault((row_no, col_no), []).append(clipped)
    rows = []
    for row_no, row in enumerate(grid.rows):
        cells = tuple(_cell_text(pieces.get((row_no, col), [])) for col in range(len(row)))
        if any(cells):
            rows.append(_Row(row[0].top, cells, table))
    return rows


def _cell_text(segments: list[_Line]) -> str:
    """A cell's lines re-joined; a marker or a wider gap starts a new paragraph (one per line)."""
    lines = _group_lines(segments)
    if not lines:
        return ""
    pitches = [a.middle - b.middle for a, b in pairwise(lines)]
    usual = min(pitches) if pitches else 0.0
    paragraphs: list[list[str]] = []
    for index, line in enumerate(lines):
        body, number, bullet = strip_marker(line.text)
        gap = lines[index - 1].middle - line.middle if index else 0.0
        if not paragraphs or number or bullet or gap > usual * 1.5:
            paragraphs.append([body])
        else:
            paragraphs[-1].append(body)
    return "\n".join(fold(" ".join(p)) for p in paragraphs)


def _line_key(line: str) -> str:
    return re.sub(r"\d+", "#", fold(line)).lower()


def _edge_lines(lines: list[_Line]) -> list[_Line]:
    """The three top and three bottom lines of a page. Lines come top to bottom, except on
    a page read column by column, where a header or footer beside a column would be read
    with it: there they are taken by their place on the page."""
    if any(line.order for line in lines):
        lines = sorted(lines, key=lambda line: -line.top)
    return lines[:3] + lines[-3:]


def _drop_running_lines(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Remove headers and footers: lines near a page edge that recur on nearly every page."""
    if len(pages) < 2:
        return pages
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_line_key(line.text) for line in _edge_lines(lines)})
    threshold = max(2, math.ceil(len(pages) * RUNNING_SHARE))
    running = {key for key, count in counts.items() if count >= threshold}
    cleaned = []
    for lines in pages:
        edge = {id(line) for line in _edge_lines(lines)}
        cleaned.append(
            [line for line in lines if not (id(line) in edge and _line_key(line.text) in running)]
        )
    return cleaned


def _join_lines(lines: list[_Line], rows: list[_Row], page_no: int) -> list[Block]:
    """Re-join lines wrapped by the layout into paragraphs, using the page geometry.

    A paragraph ends where the vertical gap to the next line is clearly wider than the
    usual gap between wrapped lines, where the font size changes, where the next line
    starts with a bullet or a paragraph number, where a wholly bold line meets a regular
    one (a tier or area label set in bold or underlined above its text), where a line in
    capitals meets
    one in ordinary case (a heading set in capitals, as wide as the text, above its
    text), where a line starts left of the bullet of the item above it (a sub-heading after
    a list), or where a table row comes between. On a page read column by column, each
    column is read to its foot before the next; a paragraph runs on into the next column
    only when the column's last line is full and does not end a sentence.
    Larger or bold text is a heading hint.
    """
    if not lines and not rows:
        return []
    heights = sorted(line.height for line in lines) or [10.0]
    body_height = heights[len(heights) // 2]
    pitches = sorted(
        round(a.middle - b.middle, 1)
        for a, b in pairwise(lines)
        if 0 < a.middle - b.middle < 3 * body_height
    )
    usual_pitch = pitches[len(pitches) // 4] if pitches else body_height * 1.4
    widest = max((line.right for line in lines), default=0.0)
    sizes = sorted(line.size for line in lines) or [0.0]
    body_size = sizes[len(sizes) // 2]
    all_bold = all(line.bold for line in lines)
    blocks: list[Block] = []
    current: list[_Line] = []
    number = ""
    bullet = False

    def flush() -> None:
        if current:
            text = fold(" ".join(line.text for line in current))
            big = min(line.size for line in current) > body_size * 1.1
            bold = all(line.bold for line in current) and not all_bold
            blocks.append(
                Block(
                    text=text, page=page_no, number=number, bullet=bullet, heading_hint=big or bold
                )
            )
            current.clear()

    flow: list[_Line | _Row] = sorted([*lines, *rows], key=_reading_order)
    previous: _Line | None = None
    previous_capitals = False
    for item in flow:
        if isinstance(item, _Row):
            flush()
            previous = None
            row = Block(
                text=" | ".join(c for c in item.cells if c),
                page=page_no,
                kind="row",
                cells=item.cells,
                table=item.table,
            )
            blocks.append(unwrap_numbered_row(row))
            continue
        line = item
        stripped, line_number, line_bullet = strip_marker(line.text)
        capitals = _capitals(line.text)
        origin, edge = previous.frame if previous and previous.frame else (0.0, widest)
        new_para = previous is None or (
            previous.middle - line.middle > usual_pitch * 1.18 * _scale(line, body_size)
            or (previous.middle - line.middle < 0 and not _runs_on(previous, line))
            or line_number
            or line_bullet
            or _STARTS_SECTION.match(line.text)
            or _CONTENTS_ENTRY.search(previous.text)
            or previous.right - origin < (edge - origin) * 0.6
            or _size_changes(previous.size, line.size)
            or previous.bold != line.bold
            or (bullet and bool(current) and line.left < current[0].left - _NEAR_X)
            or previous_capitals != capitals
            or (
                previous.right - origin < (edge - origin) * 0.85
                and previous.text.rstrip().endswith((".", ":", "?", "!"))
            )
        )
        if new_para:
            flush()
            number, bullet = line_number, line_bullet
        current.append(
            _Line(stripped, line.top, line.bottom, line.left, line.right, line.size, line.bold)
        )
        previous, previous_capitals = line, capitals
    flush()
    return blocks


def _size_changes(before: float, after: float) -> bool:
    """The font size changes between two lines; a size pdfium could not read (0, as for a
    line opening with a quotation mark in some fonts) changes nothing."""
    if before <= 0 or after <= 0:
        return False
    return abs(before - after) > 0.1 * max(before, after)


def _capitals(text: str) -> bool:
    """A line of several words set wholly in capitals ("SECTION A - VIEWS AND WISHES")."""
    # Letters first: an ordinary line fails at its first lower-case letter.
    if not all(char.isupper() for char in text if char.isalpha()):
        return False
    words = [word for word in text.split() if any(char.isalpha() for char in word)]
    return len(words) >= CAPITAL_WORDS


def _scale(line: _Line, body_size: float) -> float:
    """Larger text is set with wider line spacing, so a wrapped heading stays one paragraph."""
    return max(1.0, line.size / body_size) if body_size else 1.0


def _reading_order(item: "_Line | _Row") -> tuple[int, float]:
    """Flow by flow (one column after another), each top to bottom."""
    return item.order, -item.top


def _runs_on(previous: _Line, line: _Line) -> bool:
    """A sentence carried from the foot of one column to the head of the next: the last
    line is full to the column's edge and does not end a sentence."""
    if previous.frame is None or line.region != previous.region:
        return False
    left, right = previous.frame
    full = previous.right - left >= (right - left) * 0.85
    ended = previous.text.rstrip().endswith((".", ":", "?", "!"))
    return line.order == previous.order + 1 and full and not ended
