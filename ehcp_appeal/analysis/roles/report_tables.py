"""Tables in reports: which rows are recommendations, and which cell of a row to quote.

A therapy plan or provision table (Target | Approach | Frequency | By whom) is advice
by its columns, whatever heading it stands under: a column naming the provision
beside a column for how often or by whom. Each row is one recommendation, quoted
from its provision cell and compared with its other cells. Any other table yields
one item per row, from its longest cell, under a recommendations heading; elsewhere
its prose cells ("Behaviour | He bites when the room is noisy.") are read sentence by
sentence like any paragraph, because observation tables state needs in prose.
"""

import re
from dataclasses import dataclass

from ehcp_appeal.analysis.reading.blocks import Block, sentences

_PROVISION = re.compile(
    r"^(?:approach|provision|intervention|support|strateg|recommend|action|what|advice|"
    r"programme|therapy|activity|method)",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"frequency|how often|how long|duration|by whom|who|staff|delivered|when|dose|amount",
    re.IGNORECASE,
)


_REASON = re.compile(
    r"^(?:reasons?|why|rationale|purpose|aims?|outcomes?|intended outcomes?|evidence|"
    r"justification|because|what (?:it|this) will)",
    re.IGNORECASE,
)


def _header(cells: tuple[str, ...]) -> tuple[int, bool] | None:
    """(provision column, has an amount column) when the row reads as column titles."""
    filled = [cell.strip() for cell in cells]
    if sum(bool(cell) for cell in filled) < 2:
        return None
    if any(len(cell.split()) > 5 or cell.endswith(".") for cell in filled):
        return None
    provision = next((i for i, cell in enumerate(filled) if _PROVISION.match(cell)), None)
    if provision is None:
        return None
    amount = any(_AMOUNT.search(cell) for i, cell in enumerate(filled) if i != provision)
    return provision, amount


_RECOMMENDED = re.compile(
    r"^(?:recommendations?|what (?:we|i) recommend)(?:$|\s+for\b)", re.IGNORECASE
)


def _recommended_column(cells: tuple[str, ...]) -> int | None:
    """A column titled as the advice itself ("Recommendation for 2026/27"): its cells are
    advice under any heading, even beside a column of the support in place now."""
    return next((i for i, cell in enumerate(cells) if _RECOMMENDED.match(cell.strip())), None)


def _reason_columns(cells: tuple[str, ...]) -> frozenset[int]:
    """Columns that say why or to what end ("Reason", "Outcome"), not what to provide."""
    return frozenset(i for i, cell in enumerate(cells) if _REASON.match(cell.strip()))


_PROSE_WORDS = 6


@dataclass(frozen=True)
class RowItems:
    """What one table row gives: texts to classify and how to read them."""

    texts: list[str]
    advice: bool = False  # advice by its table's columns
    listed: bool = True  # a list entry (one per row) rather than running prose
    reasons: tuple[str, ...] = ()  # cells of a reason or outcome column, kept for their role
    header: bool = False  # the table's header row, which names its columns
    settled: tuple[str, str] | None = None  # (role, cue) every cell has, by its table


_LOG_HEADER = re.compile(
    r"^(?:date|when|date and time|date/time|date of (?:incident|visit))$", re.I
)
"""The first column of a dated log: each row an event on a day (an incident, a visit)."""
_PERIOD_FIRST = re.compile(
    r"^(?:terms?|half[- ]terms?|year|academic year|period|month|(?:apdr |review )?cycle)$", re.I
)
_TRIED_COLUMN = re.compile(
    r"^(?:review|impact|evaluation|progress|result|effect|what happened|did it work)\b", re.I
)
"""A record of support tried, term by term, with how each went ("Term | Provision | Review:
impact"): what the school did and what came of it, not what it advises now."""


_TARGET_FIRST = re.compile(r"^(?:outcomes?|targets?|aims?|goals?)\b", re.I)
"""A review of last year's outcomes ("Outcome in the current plan | Progress this year"):
what was achieved, not what is advised."""
_NEXT_COLUMN = re.compile(r"next|recommend|provision|support|action|advice|plan\b", re.I)


_STEP_FIRST = re.compile(r"^(?:weeks?|steps?|stages?|phases?)(?: \w+)?$", re.I)
"""A phased timetable's first column ("Week | Hours in school | What happens"): its rows
are the steps of one recommendation (a phased return), not recommendations each."""


_LOG_ROW = ("history", "a row of a dated log")
_STEP_ROW = ("other", "a step of a phased timetable")


def _settled_role(cells: tuple[str, ...]) -> tuple[str, str] | None:
    """The role every cell of a table has by the table's kind: a dated log's rows are what
    happened, a phased timetable's the steps of one recommendation."""
    if _is_log(cells):
        return _LOG_ROW
    if cells and _STEP_FIRST.match(cells[0].strip()):
        return _STEP_ROW
    return None


def _is_log(cells: tuple[str, ...]) -> bool:
    first = cells[0].strip() if cells else ""
    if _LOG_HEADER.match(first):
        return True
    tried = any(_TRIED_COLUMN.match(cell.strip()) for cell in cells[1:])
    if _TARGET_FIRST.match(first):  # a review of outcomes, unless it also gives next steps
        return tried and not any(_NEXT_COLUMN.search(cell) for cell in cells[1:])
    return bool(_PERIOD_FIRST.match(first)) and tried


def _prose(cell: str) -> bool:
    cell = cell.strip()
    return len(cell.split()) >= _PROSE_WORDS and cell.endswith((".", "!", "?"))


class TableReader:
    """Remembers each table's header row while a report's blocks are read in order."""

    def __init__(self) -> None:
        self._table = -2
        self._column: int | None = None
        self._reasons: frozenset[int] = frozenset()
        self._advice = False
        self._recommended = False  # a column titled as the advice itself
        self._settled: tuple[str, str] | None = None

    def items(self, block: Block, category: str | None) -> RowItems:
        if block.table != self._table:
            self._table = block.table
            self._settled = _settled_role(block.cells)
            if self._settled is not None:
                return RowItems([], header=True)
            header = _header(block.cells)
            self._reasons = _reason_columns(block.cells) if header else frozenset()
            recommended = _recommended_column(block.cells) if header else None
            # A provision column beside an amount column is advice under any heading;
            # beside a reason or outcome column it is the cell to quote.
            self._column = header[0] if header and (header[1] or self._reasons) else None
            self._advice = bool(header and header[1])
            self._recommended = recommended is not None
            if recommended is not None:
                self._column, self._advice = recommended, True
            if header is not None:
                return RowItems([], header=True)
        cells = [cell for cell in block.cells if cell.strip()]
        if self._settled is not None:
            texts = [cell.strip() for cell in cells[1:]]
            return RowItems(texts, listed=False, settled=self._settled)
        if category == "in_place" and not self._recommended:  # its role shows; it feeds nothing
            return RowItems([max(cells, key=len)] if cells else [])
        if self._column is not None and self._column < len(block.cells):
            cell = block.cells[self._column].strip()
            reasons = tuple(
                block.cells[i].strip()
                for i in sorted(self._reasons)
                if i < len(block.cells) and block.cells[i].strip()
            )
            advice = self._advice or category == "recommendations"
            return RowItems([cell] if cell else [], advice=advice, reasons=reasons)
        if category == "recommendations" and cells:
            return RowItems([max(cells, key=len)])
        prose = [piece for cell in cells if _prose(cell) for piece in sentences(cell)]
        return RowItems(prose, listed=False)
