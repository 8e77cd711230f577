"""Tables whose columns are plan sections ("Needs (Section B)" | "Outcomes (E)" | "Provision (F)").

Some councils set out each area of need as one table with the needs, the outcomes and
the provision side by side. The section is then named by the column header, not by a
heading above the text, so each cell must be sent to its column's section. A column
without a section reference ("Who", "How often") belongs with the section column on
its left, so that the staffing and frequency cells stay with the provision they
describe.
"""

import re
from dataclasses import dataclass

from ehcp_appeal.analysis.reading.blocks import Block, fold

_REFERENCE = re.compile(
    r"(?i:section|part)\s*(?P<id>H\s?[12]|[A-K])(?![A-Za-z0-9])|[(\[](?P<bare>H\s?[12]|[A-K])[)\]]"
)


@dataclass(frozen=True)
class ColumnLayout:
    """The section of each column of one table, and the header cells naming them."""

    table: int
    sections: tuple[str | None, ...]
    header: tuple[str, ...]
    chosen: tuple[str | None, ...] = ()  # per column: the person's section, "" none, None unasked


def cell_reference(text: str) -> str | None:
    """The one section a header cell names by letter ("Needs (Section B)"), else None."""
    found = {
        (match.group("id") or match.group("bare")).replace(" ", "")
        for match in _REFERENCE.finditer(text)
    }
    return found.pop() if len(found) == 1 else None


def fill_right(own: list[str | None]) -> tuple[str | None, ...]:
    """A column without a section of its own ("Who", "How often") joins the one on its left."""
    sections: list[str | None] = []
    for section in own:
        sections.append(section or (sections[-1] if sections else None))
    return tuple(sections)


def column_layout(block: Block) -> ColumnLayout | None:
    """A header row naming a different section in at least two of its columns."""
    if block.kind != "row" or len(block.cells) < 2:
        return None
    own: list[str | None] = []
    for cell in block.cells:
        text = fold(cell)
        found = {
            (match.group("id") or match.group("bare")).replace(" ", "")
            for match in _REFERENCE.finditer(text)
        }
        if len(text.split()) > 12 or len(found) > 1:
            return None
        own.append(found.pop() if found else None)
    if len({section for section in own if section}) < 2:
        return None
    return ColumnLayout(block.table, fill_right(own), block.cells)


def split_row(block: Block, layout: ColumnLayout, first: bool) -> list[tuple[str, Block]]:
    """The row's cells as content for each column's section.

    A section with one column gets each cell paragraph as a paragraph; a section with
    several columns gets a row of its own cells, preceded on the table's first row by
    the matching header cells so the provision column can be told from the others.
    """
    groups: dict[str, list[int]] = {}
    for index, section in enumerate(layout.sections):
        if section is not None and index < len(block.cells):
            groups.setdefault(section, []).append(index)
    content: list[tuple[str, Block]] = []
    for section, columns in groups.items():
        cells = tuple(block.cells[i] for i in columns)
        if first and len(columns) > 1:
            header = tuple(layout.header[i] for i in columns)
            content.append((section, _row(header, block)))
        if not any(cell.strip() for cell in cells):
            continue
        if len(columns) == 1:
            content.extend(
                (section, Block(text=fold(line), page=block.page, table=block.table))
                for line in cells[0].split("\n")
                if line.strip()
            )
            continue
        content.append((section, _row(cells, block)))
    return content


def _row(cells: tuple[str, ...], like: Block) -> Block:
    text = " | ".join(cell for cell in cells if cell.strip())
    return Block(text=text, page=like.page, kind="row", cells=cells, table=like.table)
