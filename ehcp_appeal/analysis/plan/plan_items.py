"""Turning plan sections into the statements that are compared: needs in B, provisions in F.

Paragraphs give one statement per sentence, except that in the provision sections a
sentence that continues the one before ("This will be ...") or follows a bare name
("Homework club.") completes it: the name is quoted, the two are judged together. A
provision table gives one statement per row: the text quoted is the Provision cell, but
the whole row (who, how often, how long) travels with it so that it is judged and
compared as a whole.
"""

import re
from dataclasses import dataclass, replace

from ehcp_appeal.analysis.judging.specificity import is_intro
from ehcp_appeal.analysis.plan.plan_records import group_records
from ehcp_appeal.analysis.plan.plan_sections import Plan
from ehcp_appeal.analysis.reading.blocks import Block, sentences
from ehcp_appeal.analysis.roles.report_items import area_heading

PROVISION_SECTIONS = ("F", "G", "H1", "H2")
COMPARED_SECTIONS = ("B", "C", "D", "F", "G", "H1", "H2")
_HEADER_WORDS = re.compile(
    r"^(?:area(?: of need)?|need|needs|provision|support|outcomes?|who|staffing|by whom|"
    r"frequency|how often|duration|how long|review|when|intervention|description|"
    r"strategies|resources|delivered by|provided by|responsible|group size|cost|target|"
    r"identified needs?|evaluation|monitoring|hours|study programme|components?|course|"
    r"part of (?:the |his |her |their )?(?:programme|provision|plan|day|week)|elements?|activity|"
    r"what (?:will be |is |we will )?(?:provided|provide|provision|support|help)|"
    r"why|reasons?|purpose)",
    re.IGNORECASE,
)
_PROVISION_HEADER = re.compile(r"provision|support|intervention|strateg|what", re.IGNORECASE)
_PERIOD_HEADER = re.compile(
    r"\b(?:per|a|each|every) (?P<p>week|day|term|half[- ]term|year)\b|"
    r"\b(?P<a>weekly|daily|termly)\b",
    re.IGNORECASE,
)
_HAS_PERIOD = re.compile(
    r"\b(?:per|a|each|every|an?) (?:[\w-]+ )?"
    r"(?:week|day|term|half[- ]term|year|month|lesson|session)s?\b|"
    r"\b(?:weekly|daily|termly|fortnightly|monthly|annually|once|twice)\b",
    re.IGNORECASE,
)
_ADVERB_PERIOD = {"weekly": "week", "daily": "day", "termly": "term"}


def period_columns(cells: tuple[str, ...]) -> dict[int, str]:
    """{column: "per week"} for header cells that give the period of their column's amounts.

    A costed provision map puts "1 hr (3 x 20 min)" under "Hours per week": the cell
    alone says how much but not how often, and the header says per what.
    """
    found = {}
    for number, cell in enumerate(cells):
        match = _PERIOD_HEADER.search(cell)
        if match:
            period = match.group("p") or _ADVERB_PERIOD[match.group("a").lower()]
            found[number] = f"per {period.lower()}"
    return found


def _with_period(cell: str, period: str | None) -> str:
    """A cell's amount with its column's period, when the cell gives an amount and no period."""
    if period and re.search(r"\d", cell) and not _HAS_PERIOD.search(cell):
        return f"{cell} {period}"
    return cell


@dataclass(frozen=True)
class PlanItem:
    section: str
    text: str
    page: int
    whole: str  # the full table row, or the sentence itself


def _is_label(text: str) -> bool:
    """Sub-headings and area labels ("Communication and interaction", "Monitoring")."""
    words = text.split()
    return len(words) < 4 or (len(words) <= 8 and not re.search(r"[.;:!?]$", text.strip()))


_HEADER_ANYWHERE = re.compile(
    r"provision|provided|who|frequency|how often|how long|staff|outcome|need|delivered|duration|"
    r"why|reason|arrangements?|which|when|where|by whom|responsib",
    re.IGNORECASE,
)
NAME_WORDS = 8
_VERB = re.compile(
    r"\b(?:will|shall|is|are|was|were|be|been|should|must|has|have|had|can|may|might|would|"
    r"could|needs?|receives?|gets?|attends?|sees?|uses?)\b",
    re.IGNORECASE,
)
_CONTINUATION = re.compile(
    r"^(?:this|these|it|they|sessions|each session|the sessions|the programme|the support|"
    r"the (?:emphasis|focus|aim) (?:will|is|should)|its (?:emphasis|focus|aim))\b",
    re.IGNORECASE,
)


def _is_header_row(cells: tuple[str, ...], first_in_table: bool) -> bool:
    """Column titles: short cells, no full stops, and words such as "Provision" or "Who"."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    if len(filled) < 2 or any(len(cell.split()) > 8 for cell in filled):
        return False
    if all(_HEADER_WORDS.match(cell) for cell in filled):
        return True
    return (
        first_in_table
        and not any(cell.endswith(".") for cell in filled)
        and sum(bool(_HEADER_ANYWHERE.search(cell)) for cell in filled) >= 2
    )


_TOTAL = re.compile(r"^(?:total|totals|in total|overall)\b", re.IGNORECASE)


def _is_total_row(cells: tuple[str, ...]) -> bool:
    """A table's total row, whose first cell says so ("Total taught time"): a sum of the
    provision above it, not a provision of its own."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    return bool(filled) and bool(_TOTAL.match(filled[0])) and len(filled[0].split()) <= 5


def section_items(plan: Plan, section_id: str) -> list[PlanItem]:
    section = plan.sections.get(section_id)
    if section is None:
        return []
    items: list[PlanItem] = []
    provision_column: int | None = None
    periods: dict[int, str] = {}
    table = -1
    blocks = group_records(section.blocks) if section_id in PROVISION_SECTIONS else section.blocks
    for block in blocks:
        if block.kind == "row":
            first_in_table = block.table != table
            if first_in_table:
                periods = {}
            table = block.table
            if _is_total_row(block.cells):
                continue  # "Total taught time | | 15 hours" adds up the rows above it
            if _is_header_row(block.cells, first_in_table):
                periods = period_columns(block.cells)
                provision_column = next(
                    (i for i, cell in enumerate(block.cells) if _PROVISION_HEADER.search(cell)),
                    None,
                )
                continue
            items.extend(_row_items(block, section_id, provision_column, periods))
        else:
            items.extend(_paragraph_items(block, section_id))
    return items


_CROSS_REFERENCE = re.compile(r"^\(\s*for\s+[BE]\d+(?:\s*(?:,|and|&)\s*[BE]\d+)*\s*\)\s*:?\s*")
"""The needs and outcomes a numbered provision answers ("F3 (for B3, E3): ..."), which
say where it belongs, not what it is."""


def _paragraph_items(block: Block, section_id: str) -> list[PlanItem]:
    block = _without_cross_reference(block)
    if _is_label(block.text) and not block.bullet and not block.number:
        return []
    if block.heading_hint and not re.search(r"[.;!?]$", block.text.strip()):
        return []  # a bold tier or area label ("Targeted (additional to ...)")
    provision = section_id in PROVISION_SECTIONS
    parts = [part for part in sentences(block.text) if not (provision and is_intro(part))]
    found: list[PlanItem] = []
    previous = -1  # the last sentence taken into a statement
    for number, sentence in enumerate(parts):
        follows_name = bool(found) and previous == number - 1 and _names_only(found[-1].whole)
        if found and provision and (_CONTINUATION.match(sentence) or follows_name):
            # "This will be for 30 minutes a week." completes the provision before it, and so
            # does any sentence after a bare name ("Homework club. Tegan is encouraged ...")
            last = found[-1]
            found[-1] = PlanItem(section_id, last.text, last.page, f"{last.whole} {sentence}")
            previous = number
            continue
        named = provision and number + 1 < len(parts) and _names_only(sentence)
        listed = provision and block.bullet and len(parts) == 1  # a bullet: "Careers guidance."
        if len(sentence.split()) < (2 if listed else 3) and not named:
            continue
        found.append(PlanItem(section_id, sentence, block.page, sentence))
        previous = number
    return found


def _without_cross_reference(block: Block) -> Block:
    text = _CROSS_REFERENCE.sub("", block.text)
    return block if text == block.text else replace(block, text=text)


def _names_only(sentence: str) -> bool:
    """A sentence that only names a provision ("Homework club.", "Direct speech and language
    therapy."): short, with no verb, so the sentence after it says what it is."""
    return 0 < len(sentence.split()) <= NAME_WORDS and not _VERB.search(sentence)


def _row_items(
    block: Block, section_id: str, provision_column: int | None, periods: dict[int, str]
) -> list[PlanItem]:
    cells = list(block.cells)
    whole = " | ".join(
        _with_period(cell, periods.get(number)) for number, cell in enumerate(cells) if cell.strip()
    )
    if section_id in PROVISION_SECTIONS:
        if provision_column is not None and provision_column < len(cells):
            text = cells[provision_column]
        else:
            text = max(
                (c for c in cells if not area_heading(c) or len(c.split()) > 6), key=len, default=""
            )
        if not text.strip() or (_is_label(text) and len(cells) < 2) or is_intro(text):
            return []  # a template's guidance box is a row too: not provision
        lines = [line for line in text.split("\n") if line]
        if len(lines) == 1:
            return [PlanItem(section_id, lines[0], block.page, whole)]
        # One cell listing several provisions: each is judged with the row's other cells,
        # not with its neighbours, whose hedges and amounts are not its own.
        others = [
            _with_period(cell, periods.get(number))
            for number, cell in enumerate(cells)
            if cell.strip() and cell != text
        ]
        return [
            PlanItem(section_id, line, block.page, " | ".join([line, *others])) for line in lines
        ]
    found: list[PlanItem] = []
    for cell in cells:
        for line in cell.split("\n"):
            if (area_heading(line) and len(line.split()) <= 6) or _is_label(line):
                continue
            found.extend(
                PlanItem(section_id, sentence, block.page, sentence) for sentence in sentences(line)
            )
    return found
