"""Walking a Word document's XML as a person reads the page, through the wrappers Word adds.

Councils' plan templates are forms: whole sections sit inside content controls ("Click or
tap here to enter text"), a table cell may be one, tracked changes wrap inserted and moved
text, and a text box is stored twice (a drawing for current Word and a fallback copy for
old versions). A reader that only looks at the body's own paragraphs and tables misses
what the controls hold and reads a text box twice; both the evidence store's text and the
plan check read through these functions, so both see the same words.
"""

from collections.abc import Iterator
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
CONTAINERS = frozenset(
    f"{W}{tag}" for tag in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo")
)
"""Elements that only wrap the paragraphs, tables, rows or cells inside them."""
_NOT_ON_THE_PAGE = frozenset({f"{_MC}Fallback", f"{W}moveFrom", f"{W}del", f"{W}sdtPr"})
"""A text box's copy for old Word, text moved away or deleted, a control's settings."""


def body_parts(parent: Any) -> Iterator[Any]:
    """The paragraphs (w:p) and tables (w:tbl) under a body or cell, in reading order, with
    content controls and tracked insertions opened."""
    for child in parent.iterchildren():
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag in CONTAINERS:
            yield from body_parts(child)


def table_cells(row: Any) -> Iterator[Any]:
    """A table row's cells (w:tc), including cells that are content controls."""
    for child in row.iterchildren():
        if child.tag == f"{W}tc":
            yield child
        elif child.tag in CONTAINERS:
            yield from table_cells(child)


def table_rows(table: Any) -> Iterator[Any]:
    """Every row of a table, nested tables' rows included, in reading order."""
    yield from on_the_page(table, f"{W}tr")


def on_the_page(element: Any, *tags: str) -> Iterator[Any]:
    """Descendants with these tags that a reader sees: not a text box's fallback copy, not
    text a tracked change moved away or deleted."""
    for child in element.iterchildren():
        if child.tag in _NOT_ON_THE_PAGE:
            continue
        if child.tag in tags:
            yield child
        yield from on_the_page(child, *tags)
