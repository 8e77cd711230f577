"""Finding sections A to K in any council's EHC plan, whatever its heading style."""

import re
from dataclasses import dataclass, field

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.blocks import Block, fold
from ehcp_appeal.analysis.plan_columns import ColumnLayout, column_layout, split_row

_ID = r"(?P<id>H\s?[12]|[A-K])"
_PREFIXED = re.compile(
    r"^\s*(?i:section|part)\s*" + _ID + r"(?![A-Za-z0-9])\s*(?:[:.\-–—)]\s*)?(?P<title>.*)$"
)
_LETTER = re.compile(r"^\s*" + _ID + r"\s*[:.\-–—)]\s*(?P<title>\S.*)$")
_SPACED = re.compile(r"^\s*" + _ID + r"\s+(?P<title>[A-Z][^.]*)$")
_LONE = re.compile(r"^\s*" + _ID + r"\s*[:.]?\s*$")
_TRAILING = re.compile(r"^(?P<title>.+?)\s*[(\[]\s*(?i:section|part)\s+" + _ID + r"\s*[)\]]\s*$")
_ANY_HEADING = re.compile(r"(?i:section|part)\s+(?:H\s?[12]|[A-K])(?![A-Za-z0-9])")
_PAGE_NUMBER = re.compile(r"(?:\s*\.{2,}\s*|\s+)\d{1,3}$")
_DRAFT = re.compile(r"\bdraft\b", re.IGNORECASE)


@dataclass(frozen=True)
class PlanSection:
    """One section: where it lies and the blocks of content under its heading."""

    id: str
    title: str
    blocks: tuple[Block, ...]
    heading_page: int

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


def _has_words(text: str) -> bool:
    """Any wording at all ("N/A" included); a bare page number is not content."""
    return bool(re.search(r"[A-Za-z]", text))


def _normal_id(raw: str) -> str:
    return raw.replace(" ", "").upper()


def _topic_matches(section_id: str, title: str) -> bool:
    topics = lexicon.compiled("sections", "topics")
    pattern = topics.get(section_id) or topics.get(section_id[:1])
    return bool(pattern and pattern.search(title))


def _looks_like_sentence(title: str) -> bool:
    words = title.split()
    return title.rstrip().endswith(".") and len(words) > 6


def heading_of(text: str, hint: bool = False) -> tuple[str, str] | None:
    """The section a heading names, with its title, or None if the text is not a heading.

    Letters alone are weak evidence ("B." may start a list), so a heading must also
    carry the section's topic words, be typographically a heading, or stand alone.
    A line naming two sections is a contents entry, not a heading.
    """
    text = fold(text)
    if not text or len(text) > 180 or len(_ANY_HEADING.findall(text)) > 1:
        return None
    text = _PAGE_NUMBER.sub("", text) if len(text) > 3 else text
    patterns = ((_PREFIXED, False), (_TRAILING, True), (_LETTER, True), (_SPACED, True))
    for pattern, strict in patterns:
        match = pattern.match(text)
        if not match:
            continue
        section_id = _normal_id(match.group("id"))
        title = fold(match.group("title")).strip(" :-–—")
        title = re.sub(r"^(?:part|section)\s+\d+\s*[:.\-–—]\s*", "", title, flags=re.IGNORECASE)
        if _looks_like_sentence(title):
            return None
        if not title or _topic_matches(section_id, title) or (hint and not strict):
            return section_id, title
        return None
    match = _LONE.match(text)
    if match:
        return _normal_id(match.group("id")), ""
    if hint or len(text.split()) <= 12:
        lowered = text.lower().rstrip(":")
        for section_id, pattern in lexicon.compiled("sections", "title_only").items():
            if pattern.search(lowered):
                return section_id, text
    return None


def _row_heading(block: Block) -> tuple[tuple[str, str], Block | None] | None:
    """A table row whose first filled cell is a heading; the rest of the row is content."""
    cells = [cell for cell in block.cells if cell.strip()]
    if not cells:
        return None
    found = heading_of(cells[0].split("\n")[0], hint=block.heading_hint or len(cells) > 1)
    if not found:
        return None
    rest_of_first = cells[0].split("\n")[1:]
    rest = tuple(c for c in (["\n".join(rest_of_first)] if rest_of_first else []) + cells[1:] if c)
    if not rest:
        return found, None
    content = Block(
        text=" | ".join(rest), page=block.page, kind="row", cells=rest, table=block.table
    )
    return found, content


def _with_number(block: Block) -> str:
    """A section letter read as a paragraph number ("H1. Social care") is put back."""
    if re.fullmatch(r"H[12]|[A-K]", block.number):
        return f"{block.number}. {block.text}"
    return block.text


def split_sections(blocks: list[Block], document: str) -> Plan:
    """Assign every block to the section whose heading last preceded it.

    A heading with nothing under it before the next heading (a contents page, a cover
    list) opens an empty span that is dropped, so the heading that is followed by
    content wins; a section that recurs (a table per page, "F continued") is merged.
    """
    spans: list[tuple[str, str, int, list[Block]]] = []
    preamble: list[Block] = []
    layout: ColumnLayout | None = None
    first_row = False
    resume: tuple[str, str, int, list[Block]] | None = None
    titles: dict[str, str] = {}
    for block in blocks:
        if layout is not None and block.kind == "row" and block.table == layout.table:
            for column_id, cell in split_row(block, layout, first_row):
                spans.append((column_id, titles.get(column_id, ""), block.page, [cell]))
            first_row = False
            continue
        if layout is not None:
            layout = None
            if resume is not None:  # text after the table continues the section around it
                spans.append((resume[0], resume[1], block.page, []))
        found: tuple[str, str] | None
        content: Block | None = None
        if block.kind == "row" and (columns := column_layout(block)) is not None:
            layout, first_row = columns, True
            resume = spans[-1] if spans else None
            for named, header in zip(columns.sections, columns.header, strict=True):
                if named is not None:
                    titles.setdefault(named, _column_title(header))
            continue
        if block.kind == "row":
            row = _row_heading(block)
            found, content = (row[0], row[1]) if row else (None, block)
        elif _ANY_HEADING.match(block.text) and len(_ANY_HEADING.findall(block.text)) > 1:
            continue  # a contents entry naming several sections
        else:
            found = heading_of(_with_number(block), block.heading_hint)
            content = None if found else block
        if found:
            spans.append((found[0], found[1], block.page, []))
        if content is not None:
            (spans[-1][3] if spans else preamble).append(content)

    merged: dict[str, PlanSection] = {}
    for section_id, title, page, body in spans:
        if not any(_has_words(b.text) for b in body):
            continue
        if section_id == "H" and "H1" not in merged:
            section_id = "H1"
        previous = merged.get(section_id)
        if previous is None:
            default = lexicon.load("sections")["titles"].get(section_id, "")
            merged[section_id] = PlanSection(section_id, title or default, tuple(body), page)
        else:
            merged[section_id] = PlanSection(
                section_id, previous.title, previous.blocks + tuple(body), previous.heading_page
            )
    order = lexicon.load("sections")["order"]
    ordered = {key: merged[key] for key in order if key in merged}
    head = " ".join(block.text for block in (preamble or blocks)[:12])
    draft = bool(_DRAFT.search(head)) and "final" not in head.lower()
    return Plan(document=document, sections=ordered, draft=draft, preamble=tuple(preamble))


def _column_title(header: str) -> str:
    """ "Needs (Section B)" gives the title "Needs"."""
    return fold(
        re.sub(r"[(\[][^)\]]*[)\]]|(?i:section|part)\s*(?:H\s?[12]|[A-K])\b", "", header)
    ).strip(" :-–—")


def missing_sections(plan: Plan) -> list[str]:
    """Sections the law requires (reg 12; CoP 9.62) that are absent or empty.

    A single combined H section stands for H1 and H2; Section I may be blank only in a
    draft plan, when the parent has not yet been asked for a preference.
    """
    missing = []
    present = {key for key, section in plan.sections.items() if not _only_field_labels(section)}
    for section_id in lexicon.load("sections")["order"]:
        if section_id in present:
            continue
        if section_id == "H2" and "H1" in present and _combined_h(plan):
            continue
        if section_id == "I" and plan.draft:
            continue
        missing.append(section_id)
    return missing


def _only_field_labels(section: PlanSection) -> bool:
    """A form's section left blank: nothing under the heading but a label restating it.

    Portal exports print each section's field label ("Social care needs relating to
    SEN") whether or not a value was entered. A label is a short line without sentence
    punctuation that names the section's own topic; an entry as brief as "None" or
    "N/A" is a value, so it still counts as content.
    """
    if not section.blocks or any(block.kind == "row" for block in section.blocks):
        return False
    return all(
        len(block.text.split()) <= 10
        and not re.search(r"[.;!?\d]", block.text)
        and not re.match(r"(?i)\s*(?:none|no|not|nil|n/?a)\b", block.text)
        and _topic_matches(section.id, block.text)
        for block in section.blocks
    )


def _combined_h(plan: Plan) -> bool:
    section = plan.sections["H1"]
    return not re.search(r"section 2|chronically sick|CSDPA", section.title, re.IGNORECASE)
