"""Reading a page set in two or more text columns one column at a time.

Some councils set a plan in landscape with two sections side by side (needs on the
left, provision on the right). Read line by line, each line of the left column runs
into the line beside it, and the two sections' sentences are mixed. Such a page has a
gutter: an x-band that no text crosses over a run of consecutive lines, with wrapped
text on each side. A table has gutters too, and must stay a table (``pdf_columns``
reads it as rows): its cells are narrow or short, and each row starts all its cells on
one baseline, while text columns are wide, their lines wrap to the column's edge, and
their paragraphs start where each column's own text puts them. Only a region that looks
like columns on every count is read as columns; any doubt leaves the page as it was.
"""

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ehcp_appeal.analysis.reading.blocks import is_list_marker, strip_marker
from ehcp_appeal.analysis.reading.pdf_columns import Segment, one_run_a_line

S = TypeVar("S", bound=Segment)

_GUTTER = 1.5  # font sizes: a clear gap this wide between two runs may be a gutter
_MIN_LINES = 3  # lines of text in each column
_MIN_BESIDE = 2  # lines on which two neighbouring columns both have text
_MIN_WIDTH = 12.0  # font sizes: a narrower column of text is a table's column
_FILLED = 0.8  # a wrapped line reaches this share of its column's width
_MIN_FILLED = 2  # wrapped lines in each column
_LEVEL = 0.25  # font sizes within which two lines are level
_NEW_PARAGRAPH_GAP = 1.4  # a gap this many times the column's line pitch starts a paragraph
_SHARED_STARTS = 0.75  # share of paragraph starts level with another column's: a table


@dataclass
class Flow(Generic[S]):
    """Segments read in turn, top to bottom: a column, or the full width above or below.

    ``frame`` is the column's left and right edge, or ``None`` for the page's full width;
    ``area`` (left, bottom, right, top) is the part of the page the flow reads, so that a
    ruled table found elsewhere can be placed in the right flow. ``region`` numbers the
    columned region a column belongs to (-1 for full width).
    """

    segments: list[S]
    area: tuple[float, float, float, float]
    frame: tuple[float, float] | None = None
    region: int = -1


class _TextLine:
    """Segments sharing a baseline band, left to right, with the band's top and bottom."""

    def __init__(self, members: list[Segment]) -> None:
        self.members = members
        self.top = max(seg.top for seg in members)
        self.bottom = min(seg.bottom for seg in members)

    def add(self, seg: Segment) -> None:
        self.members.append(seg)
        self.top, self.bottom = max(self.top, seg.top), min(self.bottom, seg.bottom)


_INF = float("inf")


def text_flows(segments: list[S]) -> list[Flow[S]]:
    """The page's segments as flows in reading order; one flow when there are no columns."""
    whole: Flow[S] = Flow(segments, (-_INF, -_INF, _INF, _INF))
    if one_run_a_line(segments):
        return [whole]
    flows: list[Flow[S]] = []
    rest = _lines(segments)
    area = whole.area
    while rest:
        found = _first_region(rest)
        if found is None:
            break
        start, end, gutters = found
        region = rest[start : end + 1]
        top, bottom = max(line.top for line in region), min(line.bottom for line in region)
        if start:
            flows.append(Flow(_members(rest[:start]), (area[0], top, area[2], area[3])))
        edges = [area[0], *((a + b) / 2 for a, b in gutters), area[2]]
        number = len({flow.region for flow in flows if flow.region >= 0})
        inside = _members(region)
        for left, right in itertools.pairwise(edges):
            members = [seg for seg in inside if left <= (seg.left + seg.right) / 2 < right]
            if not members:
                continue
            frame = (min(seg.left for seg in members), max(seg.right for seg in members))
            flows.append(Flow(members, (left, bottom, right, top), frame, number))
        rest = rest[end + 1 :]
        area = (area[0], area[1], area[2], bottom)
    if not flows:
        return [whole]
    if rest:
        flows.append(Flow(_members(rest), area))
    return flows


def place(flows: list[Flow], x: float, y: float) -> int:
    """The number of the flow whose part of the page holds a point (a table row's)."""
    for number, flow in enumerate(flows):
        left, bottom, right, top = flow.area
        if left <= x < right and bottom <= y <= top:
            return number
    return 0


def _lines(segments: Sequence[Segment]) -> list[_TextLine]:
    """Segments sharing a baseline band, top to bottom (as the line reader groups them)."""
    lines: list[_TextLine] = []
    for seg in sorted(segments, key=lambda seg: (-seg.top, seg.left)):
        middle = (seg.top + seg.bottom) / 2
        for line in lines[-3:]:
            if line.bottom <= middle <= line.top:
                line.add(seg)
                break
        else:
            lines.append(_TextLine([seg]))
    for line in lines:
        line.members.sort(key=lambda seg: seg.left)
    return lines


def _members(lines: list[_TextLine]) -> list[Any]:
    return [seg for line in lines for seg in line.members]


def _gaps(line: _TextLine) -> list[tuple[float, float, float]]:
    """Gaps between a line's runs wide enough to be a gutter: (left, right, least width)."""
    found = []
    right = line.members[0].right
    for seg in line.members[1:]:
        least = _GUTTER * max(seg.size, 6.0)
        if seg.left - right >= least:
            found.append((right, seg.left, least))
        right = max(right, seg.right)
    return found


def _narrowed(
    line: _TextLine, gap: tuple[float, float, float]
) -> tuple[float, float, float] | None:
    """The gap left clear beside a line's runs, or None when the line crosses it."""
    left, right, least = gap
    for seg in line.members:
        if seg.right <= left or seg.left >= right:
            continue
        if seg.left <= left:
            left = seg.right
        elif seg.right >= right:
            right = seg.left
        else:
            return None
    return (left, right, least) if right - left >= least else None


def _first_region(
    lines: list[_TextLine],
) -> tuple[int, int, list[tuple[float, float]]] | None:
    """The topmost run of lines read as columns: (first line, last line, gutters)."""
    tried: set[tuple[int, int]] = set()
    for index, line in enumerate(lines):
        for gap in _gaps(line):
            start = end = index
            clear: tuple[float, float, float] | None = gap
            while clear and start > 0:
                clear = _narrowed(lines[start - 1], clear)
                start -= clear is not None
            clear = gap
            while clear and end + 1 < len(lines):
                clear = _narrowed(lines[end + 1], clear)
                end += clear is not None
            if (start, end) in tried:
                continue
            tried.add((start, end))
            region = lines[start : end + 1]
            gutters = _gutters(region)
            if gutters and _is_columns(region, gutters):
                return start, end, gutters
    return None


def _gutters(region: list[_TextLine]) -> list[tuple[float, float]]:
    """Every x-band that no segment of the region crosses, wide enough to be a gutter."""
    spans = sorted((seg.left, seg.right, seg.size) for line in region for seg in line.members)
    found = []
    reach = spans[0][1]
    for left, right, size in spans[1:]:
        if left - reach >= _GUTTER * max(size, 6.0):
            found.append((reach, left))
        reach = max(reach, right)
    return found


def _is_columns(region: list[_TextLine], gutters: list[tuple[float, float]]) -> bool:
    """Wide columns of wrapped text, side by side, whose paragraphs start independently."""
    edges = [-_INF, *((a + b) / 2 for a, b in gutters), _INF]
    columns: list[list[_TextLine]] = []
    for left, right in itertools.pairwise(edges):
        column = []
        for line in region:
            inside = [seg for seg in line.members if left <= (seg.left + seg.right) / 2 < right]
            if inside:
                column.append(_TextLine(inside))
        columns.append(column)
    sizes = sorted(seg.size for line in region for seg in line.members)
    size = max(sizes[len(sizes) // 2], 6.0)
    if not all(_is_text_column(column, size) for column in columns):
        return False
    for one, other in itertools.pairwise(columns):
        if len(_overlapping(one, other)) < _MIN_BESIDE:
            return False
    return not _starts_level(columns, size)


def _overlapping(one: list[_TextLine], other: list[_TextLine]) -> list[_TextLine]:
    """Lines of one column level with some line of the other."""
    return [
        line
        for line in one
        if any(line.bottom <= (o.top + o.bottom) / 2 <= line.top for o in other)
    ]


def _is_text_column(column: list[_TextLine], size: float) -> bool:
    if len(column) < _MIN_LINES:
        return False
    left = min(seg.left for line in column for seg in line.members)
    right = max(seg.right for line in column for seg in line.members)
    width = right - left
    if width < _MIN_WIDTH * size:
        return False
    filled = sum(
        max(seg.right for seg in line.members) >= left + _FILLED * width for line in column
    )
    return filled >= _MIN_FILLED


def _starts(column: list[_TextLine]) -> list[_TextLine]:
    """Lines where the column's paragraphs start: after a wider gap, a short line, or at a
    list marker."""
    left = min(seg.left for line in column for seg in line.members)
    right = max(seg.right for line in column for seg in line.members)
    pitches = [a.bottom - b.bottom for a, b in itertools.pairwise(column)]
    usual = min((p for p in pitches if p > 0), default=0.0)
    starts = [column[0]]
    for previous, line in itertools.pairwise(column):
        text = line.members[0].text
        short = max(seg.right for seg in previous.members) < left + _FILLED * (right - left)
        _body, number, bullet = strip_marker(text)
        marker = is_list_marker(text) or bool(number) or bullet
        if short or marker or previous.bottom - line.bottom > usual * _NEW_PARAGRAPH_GAP:
            starts.append(line)
    return starts


def _starts_level(columns: list[list[_TextLine]], size: float) -> bool:
    """A table: most paragraph starts (after the first) have another column's start level
    with them. Level is judged by the tops or the bottoms of the lines' text, which vary
    with the letters on the line (capitals, descenders), so within a quarter of the size."""
    starts = [_starts(column) for column in columns]
    near = _LEVEL * size
    level = total = 0
    for number, own in enumerate(starts):
        others = [line for n, col in enumerate(starts) if n != number for line in col]
        for line in own[1:]:
            total += 1
            level += any(
                abs(line.top - other.top) <= near or abs(line.bottom - other.bottom) <= near
                for other in others
            )
    return total > 0 and level >= 2 and level >= _SHARED_STARTS * total
