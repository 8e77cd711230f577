"""Finding ruled tables on a PDF page from their drawn borders, so a cell's words stay together.

A PDF has no tables, only text and lines. Read line by line, a row of a six-column
provision table becomes one line mixing six cells. Councils' plans are mostly made
in Word or a form tool that draws cell borders, so the borders are the most reliable
evidence of the grid: thin horizontal and vertical path objects (or stroked boxes)
that meet. Each band between two horizontal rules is a row; the vertical rules that
cross that band divide it into cells, which keeps horizontally merged cells whole.
"""

import ctypes
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_THIN = 2.5  # points: thicker shapes are fills (cell shading), not borders
_MIN_LENGTH = 6.0
_NEAR = 2.0  # points within which two rules are the same line or touch


@dataclass(frozen=True)
class Rule:
    """A border line: ``at`` is its y (horizontal) or x (vertical); ``start``-``end`` its span."""

    horizontal: bool
    at: float
    start: float
    end: float


@dataclass(frozen=True)
class Cell:
    left: float
    bottom: float
    right: float
    top: float

    def holds(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.bottom <= y <= self.top


@dataclass
class Grid:
    """One ruled table: rows top to bottom, each a list of cells left to right."""

    rows: list[list[Cell]] = field(default_factory=list)

    @property
    def box(self) -> Cell:
        cells = [cell for row in self.rows for cell in row]
        return Cell(
            min(c.left for c in cells),
            min(c.bottom for c in cells),
            max(c.right for c in cells),
            max(c.top for c in cells),
        )

    def locate(self, x: float, y: float) -> tuple[int, int] | None:
        for row_no, row in enumerate(self.rows):
            for col_no, cell in enumerate(row):
                if cell.holds(x, y):
                    return row_no, col_no
        return None


def page_rules(page: Any) -> list[Rule]:
    """Thin path objects as rules, plus the four sides of any stroked box."""
    import pypdfium2.raw as pdfium_c

    rules: list[Rule] = []
    edges = [ctypes.c_float() for _ in range(4)]
    refs = [ctypes.byref(edge) for edge in edges]
    for obj in _path_objects(page, pdfium_c):
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            raise _pdfium_error("Failed to locate pageobject.")
        left, bottom, right, top = (edge.value for edge in edges)
        width, height = right - left, top - bottom
        if height <= _THIN and width >= _MIN_LENGTH:
            rules.append(Rule(True, (top + bottom) / 2, left, right))
        elif width <= _THIN and height >= _MIN_LENGTH:
            rules.append(Rule(False, (left + right) / 2, bottom, top))
        elif width >= _MIN_LENGTH and height >= _MIN_LENGTH and _stroked(obj, pdfium_c):
            rules += [
                Rule(True, top, left, right),
                Rule(True, bottom, left, right),
                Rule(False, left, bottom, top),
                Rule(False, right, bottom, top),
            ]
    return rules


_MAX_DEPTH = 15  # forms within forms followed, as pypdfium2's get_objects does


def _path_objects(page: Any, pdfium_c: Any) -> Iterator[Any]:
    """The page's path objects, those inside forms too, in the order of ``get_objects``.

    Walked with pdfium's own calls: ``page.get_objects`` builds a Python object for
    every text run on the page as well, which cost more than reading the borders.
    """

    def walk(parent: Any, count: Any, get: Any, level: int) -> Iterator[Any]:
        total = count(parent)
        if total < 0:
            raise _pdfium_error("Failed to get number of pageobjects.")
        for number in range(total):
            obj = get(parent, number)
            if not obj:
                raise _pdfium_error("Failed to get pageobject.")
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                yield obj
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < _MAX_DEPTH - 1:
                count_in, get_in = pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject
                yield from walk(obj, count_in, get_in, level + 1)

    yield from walk(page.raw, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, 0)


def _pdfium_error(message: str) -> Exception:
    from pypdfium2 import PdfiumError

    return PdfiumError(message)


def _stroked(obj: Any, pdfium_c: Any) -> bool:
    fill, stroke = ctypes.c_int(0), ctypes.c_int(0)
    if not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)):
        return False
    return bool(stroke.value)


def _touch(a: Rule, b: Rule) -> bool:
    """A horizontal and a vertical rule that cross or meet belong to one table."""
    h, v = (a, b) if a.horizontal else (b, a)
    return h.start - _NEAR <= v.at <= h.end + _NEAR and v.start - _NEAR <= h.at <= v.end + _NEAR


def _components(rules: list[Rule]) -> list[list[Rule]]:
    """Rules joined by crossings, found with union-find."""
    parent = list(range(len(rules)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(rules):
        for j in range(i + 1, len(rules)):
            b = rules[j]
            if a.horizontal != b.horizontal and _touch(a, b):
                parent[root(i)] = root(j)
    groups: dict[int, list[Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(root(i), []).append(rule)
    return list(groups.values())


def _distinct(values: list[float]) -> list[float]:
    merged: list[float] = []
    for value in sorted(values):
        if not merged or value - merged[-1] > _NEAR:
            merged.append(value)
    return merged


def _grid(rules: list[Rule]) -> Grid | None:
    """Rows from the horizontal rules; each row's cells from the vertical rules crossing it."""
    ys = _distinct([r.at for r in rules if r.horizontal])[::-1]
    verticals = [r for r in rules if not r.horizontal]
    grid = Grid()
    for top, bottom in itertools.pairwise(ys):
        middle = (top + bottom) / 2
        xs = _distinct([v.at for v in verticals if v.start - _NEAR <= middle <= v.end + _NEAR])
        row = [Cell(a, bottom, b, top) for a, b in itertools.pairwise(xs)]
        if row:
            grid.rows.append(row)
    return grid if any(len(row) >= 2 for row in grid.rows) else None


def find_grids(page: Any, rules: list[Rule] | None = None) -> list[Grid]:
    """Every table on the page with at least two columns somewhere; boxes alone are not tables.
    ``rules`` are the page's rules when the caller has read them already."""
    rules = page_rules(page) if rules is None else rules
    if len(rules) < 4 or len(rules) > 1500:
        return []
    grids = (_grid(group) for group in _components(rules) if len(group) >= 4)
    return [grid for grid in grids if grid is not None]
