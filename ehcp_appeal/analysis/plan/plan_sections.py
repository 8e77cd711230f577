"""Finding sections A to K in any council's EHC plan, whatever its heading style."""

import re
from dataclasses import dataclass, field, replace

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.plan.amendment_notes import drop_amendment_notes
from ehcp_appeal.analysis.plan.form_tables import (
    FORM_LABEL_WORDS,
    FORM_PURPOSE_WORDS,
    form_tables,
)
from ehcp_appeal.analysis.plan.heading_purpose import purpose_heading
from ehcp_appeal.analysis.plan.heading_scan import (
    SKIP,
    USER_CONFIDENCE,
    Decision,
    FoundHeading,
    candidates,
    parse_overrides,
    scan,
    user_choice,
    with_number,
)
from ehcp_appeal.analysis.plan.inline_amendments import apply_inline_amendments
from ehcp_appeal.analysis.plan.margin_labels import merge_margin_labels
from ehcp_appeal.analysis.plan.merged_tables import (
    chosen_layout,
    joint_layout,
    looks_like_header,
    named_layout,
)
from ehcp_appeal.analysis.plan.plan_columns import ColumnLayout, column_layout, split_row
from ehcp_appeal.analysis.plan.row_numbers import drop_row_numbers
from ehcp_appeal.analysis.plan.run_in_headings import split_run_in_headings
from ehcp_appeal.analysis.plan.section_letters import heading_of
from ehcp_appeal.analysis.plan.section_names import HeadingMatch, joint_sections, recognise
from ehcp_appeal.analysis.plan.section_presence import missing_sections
from ehcp_appeal.analysis.plan.section_registers import section_registers
from ehcp_appeal.analysis.reading.blocks import Block, fold

__all__ = ["Plan", "PlanSection", "heading_of", "missing_sections", "split_sections"]

AREA_LABEL_WORDS = 8
BAND_CELLS = 4
BAND_CELL_WORDS = 16
"""A heading band is a row of at most this many cells, each no longer than a title."""
_DRAFT = re.compile(r"\bdraft\b", re.IGNORECASE)


@dataclass(frozen=True)
class PlanSection:
    """One section: where it lies and the blocks of content under its heading."""

    id: str
    title: str
    blocks: tuple[Block, ...]
    heading_page: int
    found_by: str = "letter"
    confidence: float = 0.95

    @property
    def first_page(self) -> int:
        return min([self.heading_page, *(block.page for block in self.blocks)])

    @property
    def last_page(self) -> int:
        return max([self.heading_page, *(block.page for block in self.blocks)])

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)

    @property
    def has_content(self) -> bool:
        return any(_has_words(block.text) for block in self.blocks)


@dataclass(frozen=True)
class Plan:
    document: str
    sections: dict[str, PlanSection]
    draft: bool
    preamble: tuple[Block, ...] = field(default_factory=tuple)
    headings: tuple[FoundHeading, ...] = field(default_factory=tuple)


def _has_words(text: str) -> bool:
    """Any wording at all ("N/A" included); a bare page number is not content."""
    return bool(re.search(r"[A-Za-z]", text))


def _row_heading(
    block: Block, overrides: dict[str, str], form: bool = False
) -> tuple[Decision, list[Block]]:
    """A table row whose first filled cell is a heading; the rest of the row is content.

    A council's name alone heads a row only in a row of its own or in a form table
    (``form``), where the rows around it are headed by their sections' labels. Content
    in one cell beside the label is that section's paragraphs, one a line; content in
    several cells stays a row, so that its who and how-often cells stay together.
    """
    cells = [cell for cell in block.cells if cell.strip()]
    if not cells:
        return None, [block]
    first = cells[0].split("\n")[0]
    found = user_choice(first, overrides)
    if found is None:
        hint = block.heading_hint or len(cells) > 1
        found = recognise(first, hint=hint, names=len(cells) == 1 or form)
        longest = FORM_PURPOSE_WORDS if len(cells) > 1 else FORM_LABEL_WORDS  # beside content
        if found is None and form and len(first.split()) <= longest:
            found = purpose_heading(first)  # "Care needs", "Provision", "Advice"
    if not isinstance(found, HeadingMatch):
        band = _band_heading(block, cells)
        return (band, []) if band is not None else (None, [block])
    rest_of_first = cells[0].split("\n")[1:]
    rest = tuple(c for c in (["\n".join(rest_of_first)] if rest_of_first else []) + cells[1:] if c)
    if len(rest) == 1:
        lines = [line.strip() for line in rest[0].split("\n") if line.strip()]
        return found, [Block(text=line, page=block.page, table=block.table) for line in lines]
    if not rest:
        return found, []
    content = Block(
        text=" | ".join(rest), page=block.page, kind="row", cells=rest, table=block.table
    )
    return found, [content]


def _band_heading(block: Block, cells: list[str]) -> HeadingMatch | None:
    """A heading band of a few short cells whose label is not in the first cell ("Education |
    Section B | Kieran's special educational needs"): the first cell names who leads the
    section, the bare label says which section it is, and the cell after it is its title."""
    if not block.heading_hint or len(cells) > BAND_CELLS:
        return None
    if any(len(cell.split()) > BAND_CELL_WORDS for cell in cells):
        return None
    for position, cell in enumerate(cells[1:], start=1):
        found = recognise(cell, hint=True, names=False)
        if isinstance(found, HeadingMatch) and found.found_by == "letter" and not found.title:
            title = cells[position + 1] if position + 1 < len(cells) else ""
            return replace(found, title=title)
    return None


@dataclass
class _Span:
    section: str
    title: str
    page: int
    body: list[Block]
    found_by: str
    confidence: float
    heading: str = ""


def split_sections(
    blocks: list[Block], document: str, overrides: dict[str, str] | None = None
) -> Plan:
    """Assign every block to the section whose heading last preceded it.

    A heading with nothing under it before the next heading (a cover list) opens an
    empty span that is dropped, so the heading that is followed by content wins; a
    section that recurs (a table per page, "F continued") is merged. ``overrides``
    maps headings (their wording or label, see heading_scan) to the section the person
    chose, or to "" for "not a section heading".
    """
    choices = parse_overrides(overrides or {})
    blocks = merge_margin_labels(
        split_run_in_headings(
            apply_inline_amendments(drop_amendment_notes(drop_row_numbers(blocks)))
        )
    )
    decisions = scan(blocks, choices)
    forms = form_tables(blocks)
    registers = section_registers(blocks, decisions)
    spans: list[_Span] = []
    preamble: list[Block] = []
    headings: list[tuple[int, FoundHeading]] = []
    layout: ColumnLayout | None = None
    first_row = False
    resume: _Span | None = None
    titles: dict[str, str] = {}
    joint: tuple[str, ...] = ()  # the sections a heading named together, for the tables below
    for index, (block, decision) in enumerate(zip(blocks, decisions, strict=True)):
        if layout is not None and block.kind == "row" and block.table == layout.table:
            chosen = {section for section in layout.chosen if section}
            for column_id, cell in split_row(block, layout, first_row):
                how, sure = (
                    ("user", USER_CONFIDENCE) if column_id in chosen else ("table_column", 0.8)
                )
                title = titles.get(column_id, "")
                spans.append(_Span(column_id, title, block.page, [cell], how, sure))
            first_row = False
            continue
        if layout is not None:
            layout = None
            if resume is not None:  # text after the table continues the section around it
                spans.append(
                    _Span(
                        resume.section,
                        resume.title,
                        block.page,
                        [],
                        resume.found_by,
                        resume.confidence,
                    )
                )
        if decision == SKIP:
            continue
        unchosen = decision is None or (
            isinstance(decision, HeadingMatch) and decision.found_by != "user"
        )
        if block.kind == "para" and unchosen and (named := joint_sections(block.text)):
            joint = named  # "Sections B and F – Needs and provision" heads tables, not one section
            continue
        current = spans[-1].section if spans else None
        columns = _columns(blocks, index, choices, current, joint)
        if columns is not None:
            layout, first_row = columns, True
            resume = spans[-1] if spans else None
            if resume is not None and index and _area_label(resume.body, blocks[index - 1]):
                resume.body.pop()  # "Communication and interaction" names the table below
            headings += [(index, found) for found in _column_headings(block, columns, titles)]
            continue
        content: list[Block] = []
        if block.kind == "row" and index in registers:
            found, content = None, [block]  # a table listing the sections, not opening them
        elif block.kind == "row":
            found, content = _row_heading(block, choices, block.table in forms)
            if found is None and _header_place(blocks, index) and looks_like_header(block):
                headings += [(index, cell) for cell in _header_candidates(block, headings)]
        else:
            found = decision
            if _outcome_under_provision(found, current):
                found = None
            content = [] if found else [block]
        if isinstance(found, HeadingMatch):
            joint = ()
            spans.append(
                _Span(found.section, found.title, block.page, [], found.found_by, found.confidence)
            )
            text = block.cells[0].split("\n")[0] if block.kind == "row" else with_number(block)
            headings.append(
                (
                    index,
                    FoundHeading(
                        fold(text), block.page, found.section, found.found_by, found.confidence
                    ),
                )
            )
        (spans[-1].body if spans else preamble).extend(content)
    headings.extend(candidates(blocks, decisions))
    headings.sort(key=lambda pair: pair[0])
    return _plan(document, spans, preamble, blocks, [heading for _i, heading in headings])


def _columns(
    blocks: list[Block],
    index: int,
    choices: dict[str, str],
    current: str | None,
    joint: tuple[str, ...],
) -> ColumnLayout | None:
    """The sections a table row's columns hold, when the row is a merged table's header.

    Letters in the header come first, then the header's names, then a joint heading
    above the table; the person's choices for the header's cells decide over all three.
    """
    block = blocks[index]
    if block.kind != "row":
        return None
    found = column_layout(block) or named_layout(block, current)
    if not _header_place(blocks, index):
        return found
    return chosen_layout(block, choices, found or joint_layout(block, joint), current)


def _header_place(blocks: list[Block], index: int) -> bool:
    """A table's first row, or the row under a title row spanning the table."""
    block = blocks[index]
    before = blocks[index - 1] if index else None
    if before is None or before.kind != "row" or before.table != block.table:
        return True
    first = (
        index - 1 == 0 or blocks[index - 2].kind != "row" or blocks[index - 2].table != block.table
    )
    return first and len({fold(cell) for cell in before.cells if cell.strip()}) == 1


def _column_headings(
    block: Block, columns: ColumnLayout, titles: dict[str, str]
) -> list[FoundHeading]:
    """A merged table's header cells as headings, each with its column's section."""
    found = []
    for number, (named, header) in enumerate(zip(columns.sections, columns.header, strict=True)):
        pick = columns.chosen[number] if columns.chosen else None
        if named is not None:
            titles.setdefault(named, _column_title(header))
        if pick is not None:
            found.append(
                FoundHeading(fold(header), block.page, pick or None, "user", USER_CONFIDENCE)
            )
        elif named is not None:
            found.append(FoundHeading(fold(header), block.page, named, "table_column", 0.8))
    return found


def _header_candidates(
    block: Block, headings: list[tuple[int, FoundHeading]]
) -> list[FoundHeading]:
    """A table header's cells that name no section, offered to the person once each, so a
    council's own header ("What Zara needs | How this will be met") can be given its
    sections."""
    listed = {found.text for _index, found in headings}
    cells = dict.fromkeys(fold(cell) for cell in block.cells if cell.strip())
    return [FoundHeading(cell, block.page, None, "", 0.0) for cell in cells if cell not in listed]


def _area_label(body: list[Block], previous: Block) -> bool:
    """A short line just above a merged table labels it (an area of need); it is not text of
    the section before."""
    if not body or body[-1] is not previous:
        return False
    text = previous.text.strip()
    return len(text.split()) <= AREA_LABEL_WORDS and not re.search(r"[.;!?]$", text)


_PART_LABEL = re.compile(r"^(?:part|section|step|stage)\s+\w+\s*[:.–—-]", re.IGNORECASE)
"""A heading labelled as a part of the plan ("Part Four: What we are aiming for"), as its
neighbours are: a section of its own, even where it follows the provision."""


def _outcome_under_provision(found: Decision, current: str | None) -> bool:
    """Provision listed under each outcome is Section F: an outcome's name opens no E there."""
    return (
        isinstance(found, HeadingMatch)
        and found.section == "E"
        and found.found_by == "name"
        and not found.grouped
        and not _PART_LABEL.match(found.title)
        and current == "F"
    )


def _plan(
    document: str,
    spans: list[_Span],
    preamble: list[Block],
    blocks: list[Block],
    headings: list[FoundHeading],
) -> Plan:
    merged: dict[str, PlanSection] = {}
    for span in spans:
        if not any(_has_words(b.text) for b in span.body):
            continue
        section_id = "H1" if span.section == "H" and "H1" not in merged else span.section
        previous = merged.get(section_id)
        if previous is None:
            default = lexicon.load("sections")["titles"].get(section_id, "")
            merged[section_id] = PlanSection(
                section_id,
                span.title or default,
                tuple(span.body),
                span.page,
                span.found_by,
                span.confidence,
            )
        else:
            merged[section_id] = replace(previous, blocks=previous.blocks + tuple(span.body))
    order = lexicon.load("sections")["order"]
    ordered = {key: merged[key] for key in order if key in merged}
    head = " ".join(block.text for block in (preamble or blocks)[:12])
    draft = bool(_DRAFT.search(head)) and "final" not in head.lower()
    return Plan(
        document=document,
        sections=ordered,
        draft=draft,
        preamble=tuple(preamble),
        headings=tuple(headings),
    )


def _column_title(header: str) -> str:
    """ "Needs (Section B)" gives the title "Needs"."""
    return fold(
        re.sub(r"[(\[][^)\]]*[)\]]|(?i:section|part)\s*(?:H\s?[12]|[A-K])\b", "", header)
    ).strip(" :-–—")
