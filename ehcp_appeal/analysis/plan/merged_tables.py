"""Tables whose column headers name plan sections in words: Needs | Outcomes | Provision.

Some councils set out each area of need as one table holding Sections B, E and F side
by side, with no letters anywhere; the header's names say which section each column
is. A provision table with an outcome column (Outcome | Provision | Who) is all
Section F: the outcomes there only say what each provision is for. A table of needs
and provision inside Section F is F's own table and is left to the provision rules.
"""

import re

from ehcp_appeal.analysis.plan.plan_columns import ColumnLayout
from ehcp_appeal.analysis.plan.section_names import section_named
from ehcp_appeal.analysis.reading.blocks import Block, fold

MAX_HEADER_WORDS = 8
_LETTERED = re.compile(
    r"^(?:(?i:section|part)\s*)?(?P<id>H\s?[12]|[A-K])\s*[:.\-–—]\s*(?P<rest>\S.*)$"
)


def named_layout(block: Block, current: str | None) -> ColumnLayout | None:
    """The sections a header row's names give its columns, or None for an ordinary table.

    ``current`` is the section the table sits in: a table inside Section F is F's own
    provision table, whatever context columns (Need, Outcome) it carries.
    """
    if block.kind != "row" or len(block.cells) < 2 or current == "F":
        return None
    own: list[str | None] = []
    for cell in block.cells:
        text = fold(cell)
        if len(text.split()) > MAX_HEADER_WORDS:
            return None
        own.append(_column_section(text) if text else None)
    named = {section for section in own if section}
    if named == {"E", "F"}:
        return ColumnLayout(block.table, tuple("F" for _ in own), block.cells)
    if not ({"B", "E"} <= named or (named == {"B", "F"} and current != "B")):
        return None
    sections: list[str | None] = []
    for section in own:
        sections.append(section or (sections[-1] if sections else None))
    return ColumnLayout(block.table, tuple(sections), block.cells)


def _column_section(text: str) -> str | None:
    """ "Needs" is B; "B – Needs" is B by its letter, whatever the words after it."""
    lettered = _LETTERED.match(text)
    if lettered is not None and len(lettered.group("rest").split()) <= MAX_HEADER_WORDS // 2:
        return lettered.group("id").replace(" ", "").upper()
    return section_named(text, "columns")
