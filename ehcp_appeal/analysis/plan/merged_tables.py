"""Tables whose column headers name plan sections in words: Needs | Outcomes | Provision.

Some councils set out each area of need as one table holding Sections B, E and F side
by side, with no letters anywhere; the header's names say which section each column
is. A provision table with an outcome column (Outcome | Provision | Who) is all
Section F: the outcomes there only say what each provision is for. A table of needs
and provision inside Section F is F's own table and is left to the provision rules.
Where a heading names the sections a table holds ("Sections B and F – Needs and
provision") and the header's own words are the council's ("What Zara needs"), the
columns are those sections in the heading's order. What the person chose for a header
cell decides before any of this.
"""

import re

from ehcp_appeal.analysis.plan.heading_scan import SKIP, user_choice
from ehcp_appeal.analysis.plan.plan_columns import ColumnLayout, cell_reference, fill_right
from ehcp_appeal.analysis.plan.section_names import HeadingMatch, section_named
from ehcp_appeal.analysis.reading.blocks import Block, fold

MAX_HEADER_WORDS = 8
_ID = r"(?:H\s?[12]|[A-K])"
_LETTERED = re.compile(
    r"^(?:(?i:section|part)\s*)?(?P<id>H\s?[12]|[A-K])\s*[:.\-–—]\s*(?P<rest>\S.*)$"
)
_JOINT = re.compile(
    r"^\s*(?i:sections?|parts?)\s+(?P<ids>"
    + _ID
    + r"(?:\s*(?:,|&|\+|/|\band\b)\s*(?:(?i:section|part)\s+)?"
    + _ID
    + r")+)(?![A-Za-z0-9])\s*(?:[:.\-–—]\s*.*)?$"
)
_SENTENCE_END = re.compile(r"[.!?;]$")


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
    return ColumnLayout(block.table, fill_right(own), block.cells)


def joint_sections(text: str) -> tuple[str, ...]:
    """The sections a heading names together ("Sections B and F – Needs and provision")."""
    match = _JOINT.match(fold(text))
    if match is None:
        return ()
    found = tuple(
        dict.fromkeys(raw.replace(" ", "") for raw in re.findall(_ID, match.group("ids")))
    )
    return found if len(found) > 1 else ()


def looks_like_header(block: Block) -> bool:
    """Short cells without a sentence's full stop, in two columns or more."""
    cells = [fold(cell) for cell in block.cells if cell.strip()]
    return len(cells) > 1 and all(
        len(cell.split()) <= MAX_HEADER_WORDS and not _SENTENCE_END.search(cell) for cell in cells
    )


def joint_layout(block: Block, joint: tuple[str, ...]) -> ColumnLayout | None:
    """A table under a joint heading whose header has one column per section named."""
    if not joint or len(block.cells) != len(joint) or not looks_like_header(block):
        return None
    if not all(cell.strip() for cell in block.cells):
        return None
    return ColumnLayout(block.table, joint, block.cells)


def chosen_layout(
    block: Block,
    choices: dict[str, str],
    automatic: ColumnLayout | None,
    current: str | None = None,
) -> ColumnLayout | None:
    """A header row as the person corrected it, or ``automatic`` when they chose nothing.

    A cell they named goes to that section, one they said is no section joins the column
    on its left, and the other cells keep the section their words give. A choice for the
    first cell alone, beside cells naming no section, is a row heading ("I: Placement |
    the school's name"), left to the row rules. Choices are kept by wording, so a choice
    made for a heading elsewhere ("Provision" = F) that only names the section an
    ordinary table already sits in (``current``) leaves that table whole.
    """
    picks = [user_choice(fold(cell), choices) if cell.strip() else None for cell in block.cells]
    if all(pick is None for pick in picks) or not (automatic or looks_like_header(block)):
        return automatic
    if automatic is None and all(
        pick is None or (isinstance(pick, HeadingMatch) and pick.section == current)
        for pick in picks
    ):
        return None
    own: list[str | None] = []
    for cell, pick in zip(block.cells, picks, strict=True):
        if isinstance(pick, HeadingMatch):
            own.append(pick.section)
        else:
            own.append(None if pick == SKIP else header_section(fold(cell)))
    named = [section for section in own if section]
    if not named or (len(named) < 2 and all(pick is None for pick in picks[1:])):
        return None
    chosen = tuple(
        pick.section if isinstance(pick, HeadingMatch) else "" if pick == SKIP else None
        for pick in picks
    )
    return ColumnLayout(block.table, fill_right(own), block.cells, chosen)


def header_section(text: str) -> str | None:
    """The section a header cell names by letter or in words, else None."""
    if len(text.split()) > MAX_HEADER_WORDS:
        return None
    return cell_reference(text) or _column_section(text)


def _column_section(text: str) -> str | None:
    """ "Needs" is B; "B – Needs" is B by its letter, whatever the words after it."""
    lettered = _LETTERED.match(text)
    if lettered is not None and len(lettered.group("rest").split()) <= MAX_HEADER_WORDS // 2:
        return lettered.group("id").replace(" ", "").upper()
    return section_named(text, "columns")
