"""Finding PDF tables drawn without borders from text that lines up in columns.

With no rules to follow, a borderless table is only text placed at a few fixed
x-positions: each line has runs separated by gutters much wider than a word space,
and the runs on consecutive lines start at the same x-positions. Read line by line,
a provision table of that kind would mix its cells into sentences. It is taken as a
table only when the evidence is clear: at least three lines in a block, two or more of
them split by a gutter, and every run in the block starting at one of the columns
found on its split lines. Lines whose first column is empty continue the row above,
as do lines within a row's usual spacing when rows are set further apart.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol, TypeVar

from ehcp_appeal.analysis.reading.blocks import is_list_marker

_ALIGN = 3.0  # points within which two runs start in the same column
_GUTTER = 0.7  # a gap this many font sizes wide separates columns, not words (about 0.25)
_MIN_LINES = 3
_MIN_SPLIT_LINES = 2


class Segment(Protocol):
    """A run of text on a page, as the PDF reader finds it."""

    text: str
    top: float
    bottom: float
    left: float
    right: float
    size: float


S = TypeVar("S", bound=Segment)


@dataclass
class _Run:
    text: str
    left: float
    right: float


@dataclass
class _VisualLine:
    top: float
    middle: float
    runs: list[_Run]
    members: list[Segment]


@dataclass(frozen=True)
class AlignedRow:
    """A row of a borderless table: its top and its cells, left to right."""

    top: float
    cells: tuple[str, ...]


def _visual_lines(segments: Sequence[Segment]) -> list[_VisualLine]:
    """Segments sharing a baseline band, as runs split only at gutters."""
    ordered = sorted(segments, key=lambda seg: (-seg.top, seg.left))
    groups: list[list[Segment]] = []
    for seg in ordered:
        middle = (seg.top + seg.bottom) / 2
        for group in groups[-3:]:
            if min(s.bottom for s in group) <= middle <= max(s.top for s in group):
                group.append(seg)
                break
        else:
            groups.append([seg])
    lines = []
    for group in groups:
        group.sort(key=lambda seg: seg.left)
        runs: list[_Run] = []
        for seg in group:
            gutter = _GUTTER * max(seg.size, 6.0)
            if runs and seg.left - runs[-1].right < gutter:
                runs[-1].text = f"{runs[-1].text} {seg.text.strip()}"
                runs[-1].right = max(runs[-1].right, seg.right)
            else:
                runs.append(_Run(seg.text.strip(), seg.left, seg.right))
        top = max(seg.top for seg in group)
        middle = (top + min(seg.bottom for seg in group)) / 2
        lines.append(_VisualLine(top, middle, runs, list(group)))
    return lines


def _columns(lines: list[_VisualLine]) -> list[float]:
    """Column starts shared by the split lines of a block: each on at least two of them."""
    starts: list[list[float]] = []
    for line in lines:
        if len(line.runs) < 2:
            continue
        for run in line.runs:
            for column in starts:
                if abs(column[0] - run.left) <= _ALIGN:
                    column.append(run.left)
                    break
            else:
                starts.append([run.left])
    return sorted(min(column) for column in starts if len(column) >= _MIN_SPLIT_LINES)


def _fits(line: _VisualLine, columns: list[float]) -> bool:
    """Every run starts at a column and stays clear of the next one, as a cell's text does."""
    for run in line.runs:
        index = next((i for i, col in enumerate(columns) if abs(run.left - col) <= _ALIGN), None)
        if index is None:
            return False
        if index + 1 < len(columns) and run.right > columns[index + 1] - _ALIGN:
            return False
    return True


def _column_of(run: _Run, columns: list[float]) -> int:
    return min(range(len(columns)), key=lambda index: abs(columns[index] - run.left))


def _rows(block: list[_VisualLine], columns: list[float]) -> list[AlignedRow]:
    pitches = [a.middle - b.middle for a, b in pairwise(block)]
    usual = min(pitches) if pitches else 0.0
    spaced = any(pitch > usual * 1.3 for pitch in pitches)
    rows: list[tuple[float, list[list[str]]]] = []
    for index, line in enumerate(block):
        placed: dict[int, str] = {}
        for run in line.runs:
            column = _column_of(run, columns)
            placed[column] = f"{placed.get(column, '')} {run.text}".strip()
        gap = block[index - 1].middle - line.middle if index else 0.0
        continues = rows and (0 not in placed or (spaced and gap <= usual * 1.3))
        if not continues:
            rows.append((line.top, [[] for _ in columns]))
        for column, text in placed.items():
            rows[-1][1][column].append(text)
    return [AlignedRow(top, tuple(" ".join(cell) for cell in cells)) for top, cells in rows]


def one_run_a_line(segments: Sequence[Segment]) -> bool:
    """True when no two segments share a line, so no line can be split into cells.

    Most report pages set each line as one run of text; their lines are grouped the way
    ``_visual_lines`` groups them, but without building anything, so such a page costs a
    sort and one pass instead of the table search.
    """
    recent: list[tuple[float, float]] = []
    for seg in sorted(segments, key=lambda seg: (-seg.top, seg.left)):
        middle = (seg.top + seg.bottom) / 2
        for bottom, top in recent:
            if bottom <= middle <= top:
                return False
        recent.append((seg.bottom, seg.top))
        del recent[:-3]
    return True


def aligned_tables(segments: list[S]) -> tuple[list[list[AlignedRow]], list[S]]:
    """(tables found, segments left over as running text)."""
    if one_run_a_line(segments):
        return [], segments
    lines = _visual_lines(segments)
    found: list[tuple[list[_VisualLine], list[float]]] = []
    alone: list[list[_VisualLine]] = []
    start = 0
    while start < len(lines):
        end = start
        while end + 1 < len(lines) and _near(lines[end], lines[end + 1]):
            end += 1
        block = lines[start : end + 1]
        tables_here = _blocks_in(block)
        found += tables_here
        if not tables_here:
            alone.append(block)
        start = end + 1
    known = [columns for _lines, columns in found]
    tables = [_rows(table_lines, columns) for table_lines, columns in found]
    for block in alone:
        columns = next((columns for columns in known if _one_row(block, columns)), None)
        if columns is not None:
            tables.append([_joined(block, columns)])
            found.append((block, columns))
    tables.sort(key=lambda rows: -rows[0].top)
    used = {
        id(seg) for table_lines, _columns in found for line in table_lines for seg in line.members
    }
    return tables, [seg for seg in segments if id(seg) not in used]


def _joined(block: list[_VisualLine], columns: list[float]) -> AlignedRow:
    """All the lines of a block as one row, each cell's text in reading order."""
    cells: list[list[str]] = [[] for _ in columns]
    for line in block:
        for run in line.runs:
            cells[_column_of(run, columns)].append(run.text)
    return AlignedRow(block[0].top, tuple(" ".join(cell) for cell in cells))


def _one_row(block: list[_VisualLine], columns: list[float]) -> bool:
    """A block set apart from a table on the page, in the table's columns: one of its rows.

    A form's row whose answer is one line ("None.") under a label that wraps over five
    has a single split line, too little to find columns by; the columns found in the
    rest of the table place it.
    """
    return (
        len(block[0].runs) >= 2
        and all(_fits(line, columns) for line in block)
        and not _is_list(block, columns)
    )


def _near(upper: _VisualLine, lower: _VisualLine) -> bool:
    """Consecutive lines of one block: no wider gap than about two blank lines."""
    height = max(seg.top - seg.bottom for seg in upper.members)
    return upper.middle - lower.middle <= 3.2 * max(height, 1.0)


def _is_list(table: list[_VisualLine], columns: list[float]) -> bool:
    """Markers hung in a margin ("1.", "•") make a list, which is read as paragraphs."""
    first = [run.text for line in table for run in line.runs if _column_of(run, columns) == 0]
    return all(is_list_marker(text) for text in first)


def _blocks_in(block: list[_VisualLine]) -> list[tuple[list[_VisualLine], list[float]]]:
    """The runs of lines in a block that fit one set of shared columns."""
    found = []
    index = 0
    while index < len(block):
        if len(block[index].runs) < 2:
            index += 1
            continue
        provisional = [run.left for run in block[index].runs]
        end = index
        while end + 1 < len(block) and _fits(block[end + 1], provisional):
            end += 1
        table = block[index : end + 1]
        columns = _columns(table)
        split = sum(len(line.runs) >= 2 for line in table)
        if (
            len(table) >= _MIN_LINES
            and split >= _MIN_SPLIT_LINES
            and len(columns) >= 2
            and all(_fits(line, columns) for line in table)
            and not _is_list(table, columns)
        ):
            found.append((table, columns))
            index = end + 1
        else:
            index += 1
    return found
