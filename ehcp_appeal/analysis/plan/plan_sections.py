"""Finding sections A to K in any council's EHC plan, whatever its heading style."""

import re
from dataclasses import dataclass, field, replace

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.plan.heading_scan import (
    SKIP,
    Decision,
    FoundHeading,
    candidates,
    parse_overrides,
    scan,
    user_choice,
    with_number,
)
from ehcp_appeal.analysis.plan.merged_tables import named_layout
from ehcp_appeal.analysis.plan.plan_columns import ColumnLayout, column_layout, split_row
from ehcp_appeal.analysis.plan.section_letters import heading_of
from ehcp_appeal.analysis.plan.section_names import HeadingMatch, recognise
from ehcp_appeal.analysis.plan.section_presence import missing_sections
from ehcp_appeal.analysis.reading.blocks import Block, fold

__all__ = ["Plan", "PlanSection", "heading_of", "missing_sections", "split_sections"]

AREA_LABEL_WORDS = 8
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


def _row_heading(block: Block, overrides: dict[str, str]) -> tuple[Decision, Block | None]:
    """A table row whose first filled cell is a heading; the rest of the row is content."""
    cells = [cell for cell in block.cells if cell.strip()]
    if not cells:
        return None, block
    first = cells[0].split("\n")[0]
    found = user_choice(first, overrides)
    if found is None:
        # a council's name alone heads a table only as a row of its own, not as a column header
        found = recognise(first, hint=block.heading_hint or len(cells) > 1, names=len(cells) == 1)
    if not isinstance(found, HeadingMatch):
        return None, block
    rest_of_first = cells[0].split("\n")[1:]
    rest = tuple(c for c in (["\n".join(rest_of_first)] if rest_of_first else []) + cells[1:] if c)
    if not rest:
        return found, None
    content = Block(
        text=" | ".join(rest), page=block.page, kind="row", cells=rest, table=block.table
    )
    return found, content


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
    decisions = scan(blocks, choices)
    spans: list[_Span] = []
    preamble: list[Block] = []
    headings: list[tuple[int, FoundHeading]] = []
    layout: ColumnLayout | None = None
    first_row = False
    resume: _Span | None = None
    titles: dict[str, str] = {}
    for index, (block, decision) in enumerate(zip(blocks, decisions, strict=True)):
        if layout is not None and block.kind == "row" and block.table == layout.table:
            for column_id, cell in split_row(block, layout, first_row):
                title = titles.get(column_id, "")
                spans.append(_Span(column_id, title, block.page, [cell], "table_column", 0.8))
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
        current = spans[-1].section if spans else None
        if block.kind == "row" and (
            (columns := column_layout(block) or named_layout(block, current)) is not None
        ):
            layout, first_row = columns, True
            resume = spans[-1] if spans else None
            if resume is not None and index and _area_label(resume.body, blocks[index - 1]):
                resume.body.pop()  # "Communication and interaction" names the table below
            for named, header in zip(columns.sections, columns.header, strict=True):
                if named is not None:
                    titles.setdefault(named, _column_title(header))
                    found_column = FoundHeading(
                        fold(header), block.page, named, "table_column", 0.8
                    )
                    headings.append((index, found_column))
            continue
        content: Block | None = None
        if block.kind == "row":
            found, content = _row_heading(block, choices)
        else:
            found = decision
            if _outcome_under_provision(found, current):
                found = None
            content = None if found else block
        if isinstance(found, HeadingMatch):
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
        if content is not None:
            (spans[-1].body if spans else preamble).append(content)
    headings.extend(candidates(blocks, decisions))
    headings.sort(key=lambda pair: pair[0])
    return _plan(document, spans, preamble, blocks, [heading for _i, heading in headings])


def _area_label(body: list[Block], previous: Block) -> bool:
    """A short line just above a merged table labels it (an area of need); it is not text of
    the section before."""
    if not body or body[-1] is not previous:
        return False
    text = previous.text.strip()
    return len(text.split()) <= AREA_LABEL_WORDS and not re.search(r"[.;!?]$", text)


def _outcome_under_provision(found: Decision, current: str | None) -> bool:
    """Provision listed under each outcome is Section F: an outcome's name opens no E there."""
    return (
        isinstance(found, HeadingMatch)
        and found.section == "E"
        and found.found_by == "name"
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
