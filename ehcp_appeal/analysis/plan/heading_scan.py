"""A first pass over a plan's blocks: which are section headings, and which only look like it.

A heading is judged with its neighbours, not alone. A run of headings with nothing
between them whose sections come again later is a contents list, not the sections; so
is a heading with dot leaders and a page number. A short line of the council's own
("Provision", "Resources") just above a section heading groups sections and belongs to
none. A line that recurs on several pages and names the plan or the page is a running
head or a footer and may sit between a heading and its text. What the person said a
heading is (``overrides``) decides before any rule.
"""

import re
from dataclasses import dataclass

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.plan.heading_context import (
    SKIP,
    joint_subheadings,
    lettered_paragraphs,
    roman_section_one,
    running_heads,
)
from ehcp_appeal.analysis.plan.heading_purpose import purposes_when_unread
from ehcp_appeal.analysis.plan.section_key import keyed_headings
from ehcp_appeal.analysis.plan.section_letters import ANY_HEADING
from ehcp_appeal.analysis.plan.section_names import (
    HeadingMatch,
    area_named,
    clean_heading,
    has_dot_leaders,
    recognise,
)
from ehcp_appeal.analysis.reading.blocks import Block, fold

USER_CONFIDENCE = 1.0
_LABEL = re.compile(
    r"^\s*[*•]?\s*(?:(?P<word>section|part|appendix|annex|schedule)\s*)?(?P<label>\d{1,2}|H\s?[12]|[A-K])"
    r"(?(word)(?![A-Za-z0-9])|(?=\s*[:.\-–—)]|\s*$))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;]$")
CONTENTS_RUN = 3
"""Headings in a row, with no text between them, that make a contents list."""
MAX_HEADING_WORDS = 40
SHORT_HEADING_WORDS = 10
LETTERED_PLAN = 3
"""Sections found by letter from which a plan counts as lettered throughout."""
SEQUENCE_CONFIDENCE = 0.8
NAVIGATION_TABS = 3
"""Separators in a recurring short line from which it is a strip of tabs, not text."""
LETTERED_TITLE = re.compile(
    r"^\s*(?:(?i:section|part)\s*)?(?P<id>H\s?[12]|[A-K])(?:\s*[:.\-–—)]\s*|\s+(?=[A-Z]))"
    r"(?P<title>\S.{0,120})$"
)
"""A line opening with a section's letter and then any title ("E – What we want Ollie to
achieve", "B What Reece finds difficult"): a heading only where its place among the
lettered sections around it says so."""

Decision = HeadingMatch | str | None  # a heading, SKIP, or None for content


@dataclass(frozen=True)
class FoundHeading:
    """A heading as the person sees it, and the section it was taken for (None: none)."""

    text: str
    page: int
    section: str | None
    found_by: str
    confidence: float


def heading_keys(text: str, hint: bool = True) -> set[str]:
    """What a person may call a heading: its whole wording, its label ("2", "B"), or its
    title without the label ("Personal budget" for "J – Personal budget").

    A label or a title names only a line that looks like a heading (set as one, or short
    and unpunctuated), so that "2" is Section 2 and not every paragraph numbered 2.
    """
    keys = {_plain(clean_heading(text))}
    label = _LABEL.match(text)
    if label is not None and (label.group("word") or _heading_like(text, hint)):
        keys.add(label.group("label").replace(" ", "").lower())
        keys.add(_plain(clean_heading(text[label.end() :].lstrip(" :.-–—)"))))
    return {key for key in keys if key}


def _heading_like(text: str, hint: bool) -> bool:
    words = len(text.split())
    return (hint and words <= MAX_HEADING_WORDS) or (
        words <= SHORT_HEADING_WORDS and not _SENTENCE_END.search(text.strip())
    )


def parse_overrides(raw: dict[str, str]) -> dict[str, str]:
    """The person's choices keyed as ``heading_keys`` produces them; "" means "no section"."""
    return {_plain(clean_heading(key)): value.strip().upper() for key, value in raw.items()}


def _plain(text: str) -> str:
    return fold(text.lower().replace("’", "'"))


def user_choice(text: str, overrides: dict[str, str], hint: bool = True) -> Decision | None:
    """The person's choice for this heading: a HeadingMatch, SKIP for "not a heading", or None."""
    if not overrides:
        return None
    for key in heading_keys(text, hint):
        if key in overrides:
            section = overrides[key]
            if section in ("", "-", "NONE"):
                return SKIP
            return HeadingMatch(section, clean_heading(text), "user", USER_CONFIDENCE)
    return None


def _furniture_key(text: str) -> str:
    """A line as it recurs: page numbers vary, and so does the tab marked as the open one."""
    return re.sub(r"\d+", "#", re.sub(r"\[\s*|\s*\]", "", _plain(text)))


def _furniture(blocks: list[Block]) -> set[int]:
    """Running heads and footers: page numbers, short lines about the plan on many pages,
    and a portal's strip of tabs printed on every page ("Summary | [ Needs ] | ...")."""
    data = lexicon.load("section_names")
    page_line = re.compile("|".join(data["furniture"]), re.IGNORECASE)
    plan_words = re.compile(rf"\b(?:{data['furniture_words']})\b", re.IGNORECASE)
    keys = [_furniture_key(b.text) if b.kind == "para" else "" for b in blocks]
    pages: dict[str, set[int]] = {}
    for key, block in zip(keys, blocks, strict=True):
        if key:
            pages.setdefault(key, set()).add(block.page)
    found = set()
    for index, block in enumerate(blocks):
        if block.kind != "para":
            continue
        text = block.text.strip()
        if page_line.fullmatch(text) or (
            len(pages.get(keys[index], ())) >= 3
            and len(re.findall(r"\w+", text)) <= 15
            and (plan_words.search(text) or text.count("|") >= NAVIGATION_TABS)
        ):
            found.add(index)
    return found


def scan(blocks: list[Block], overrides: dict[str, str]) -> list[Decision]:
    """A decision for every paragraph block; table rows are left to the row rules (None)."""
    decisions: list[Decision] = [None] * len(blocks)
    furniture = _furniture(blocks)
    pinned: set[int] = set()  # the person decided these; no later rule changes them
    for index, block in enumerate(blocks):
        if block.kind == "row" and _contents_row(block):
            decisions[index] = SKIP
            continue
        if block.kind != "para":
            continue
        if index in furniture:
            decisions[index] = SKIP
            continue
        text = with_number(block)
        chosen = user_choice(text, overrides, block.heading_hint)
        if chosen is not None:
            decisions[index] = chosen if chosen != SKIP else None
            pinned.add(index)
            continue
        if ANY_HEADING.match(block.text) and len(ANY_HEADING.findall(block.text)) > 1:
            decisions[index] = SKIP  # a contents entry naming several sections
            continue
        decisions[index] = recognise(text, block.heading_hint)
    texts = [with_number(block) for block in blocks]
    roman_section_one(texts, decisions, pinned)
    keyed_headings(blocks, decisions, pinned)
    _drop_contents(blocks, decisions, pinned)
    _letters_in_sequence(blocks, decisions, pinned)
    _labels_win(decisions)
    lettered_paragraphs(blocks, texts, decisions)
    joint_subheadings(blocks, texts, decisions, pinned)
    running_heads(blocks, texts, decisions)
    _drop_grouping(blocks, decisions, pinned)
    purposes_when_unread(blocks, decisions, pinned)
    return decisions


def _letters_in_sequence(blocks: list[Block], decisions: list[Decision], pinned: set[int]) -> None:
    """A line set as a heading whose letter falls between the sections around it is that
    section, whatever its title ("E – What we want Ollie to achieve" between D and F).

    Letters alone are weak evidence, so this needs a plan lettered throughout and a
    heading's typography, and the letter must fit the order of its neighbours.
    """
    order = lexicon.load("sections")["order"]
    rank = {section: number for number, section in enumerate(order)}
    rank["H"] = rank["H1"]
    found = [
        (index, rank[d.section])
        for index, d in enumerate(decisions)
        if isinstance(d, HeadingMatch) and d.found_by == "letter" and d.section in rank
    ]
    if len({position for _index, position in found}) < LETTERED_PLAN + 1:
        return
    for index, block in enumerate(blocks):
        if decisions[index] is not None or block.kind != "para" or not block.heading_hint:
            continue
        match = None if index in pinned else LETTERED_TITLE.match(with_number(block))
        section = match.group("id").replace(" ", "").upper() if match else ""
        if section not in rank:
            continue
        before = max((r for i, r in found if i < index), default=-1)
        after = min((r for i, r in found if i > index), default=len(order))
        if before < rank[section] < after:
            title = match.group("title") if match else ""
            decisions[index] = HeadingMatch(section, title, "letter", SEQUENCE_CONFIDENCE)


def _contents_row(block: Block) -> bool:
    """A contents table's row: a section heading and a page number, nothing else."""
    cells = [fold(cell) for cell in block.cells if cell.strip()]
    if len(cells) < 2 or len(cells) > 3 or not re.fullmatch(r"\d{1,3}", cells[-1]):
        return False
    return recognise(" ".join(cells[:-1]), hint=True) is not None


def _labels_win(decisions: list[Decision]) -> None:
    """Where a section has a labelled heading ("Section 2: ...", "B."), a line that only
    shares its name ("Needs" above a table in F) is a sub-heading inside another section;
    in a plan lettered throughout, so is a numbered paragraph that shares it."""
    matches = [d for d in decisions if isinstance(d, HeadingMatch)]
    labelled = {d.section for d in matches if not d.name_only and d.found_by != "name"}
    lettered = {d.section for d in matches if d.found_by == "letter"}
    for index, decision in enumerate(decisions):
        if not isinstance(decision, HeadingMatch):
            continue
        if decision.name_only and decision.section in labelled:
            decisions[index] = None
        elif (
            decision.found_by == "number_and_name"
            and len(lettered) >= LETTERED_PLAN
            and decision.section in lettered
        ):
            decisions[index] = None  # "3. Special educational needs" inside a lettered plan


def with_number(block: Block) -> str:
    """A section letter or number read as a paragraph number ("H1. Social care") put back,
    and a section's part by area of need ("B1 Communication and interaction"); a paragraph
    numbered within a section ("D1. Isla has no social care needs.") keeps its text. A
    heading lettered in lower case, as the regulation letters its list, is that section."""
    if re.fullmatch(r"H[12]|[A-K]|\d{1,2}", block.number) or (
        re.fullmatch(r"[A-K]\d{1,2}", block.number) and area_named(block.text)
    ):
        return f"{block.number}. {block.text}"
    if block.heading_hint and re.fullmatch(r"[a-k]", block.number):
        return f"{block.number.upper()}. {block.text}"  # "(a)" to "(k)", as regulation 12(1)
    return block.text


def _is_content(block: Block, decision: Decision) -> bool:
    if decision is not None:
        return False
    return block.kind == "row" or bool(re.search(r"[A-Za-z]", block.text))


def _drop_contents(blocks: list[Block], decisions: list[Decision], pinned: set[int]) -> None:
    """Headings listed before the sections (a contents page) are not the sections."""
    runs: list[list[int]] = [[]]
    for index, (block, decision) in enumerate(zip(blocks, decisions, strict=True)):
        if isinstance(decision, HeadingMatch):
            runs[-1].append(index)
        elif _is_content(block, decision):
            runs.append([])
    for whole in runs:
        run = _before_repeat(whole, decisions)
        if not run:
            continue
        later = {d.section for d in decisions[run[-1] + 1 :] if isinstance(d, HeadingMatch)}
        sections = [d.section for i in run if isinstance(d := decisions[i], HeadingMatch)]
        recurring = [s for s in sections if s in later]
        if len(run) >= CONTENTS_RUN and len(recurring) * 2 >= len(run):
            for index in run:
                if index not in pinned:
                    decisions[index] = SKIP
            continue
        for index in run:
            decision = decisions[index]
            assert isinstance(decision, HeadingMatch)
            leaders = has_dot_leaders(blocks[index].text) and index not in pinned
            if leaders and decision.section in later:
                decisions[index] = SKIP


def _before_repeat(run: list[int], decisions: list[Decision]) -> list[int]:
    """The run up to a section it already named: the contents list ends where the first
    section's own heading follows it directly. The same section twice in a row is one
    entry written over two lines, not the start of the sections."""
    seen: set[str] = set()
    previous = ""
    for position, index in enumerate(run):
        decision = decisions[index]
        assert isinstance(decision, HeadingMatch)
        if decision.section in seen and decision.section != previous:
            return run[:position]
        seen.add(decision.section)
        previous = decision.section  # an entry over two lines ("Section A" / its title)
    return run


def _drop_grouping(blocks: list[Block], decisions: list[Decision], pinned: set[int]) -> None:
    """A council's own grouping heading ("Provision") just above a section heading or a table
    labels what follows and belongs to no section."""
    grouping = re.compile("|".join(lexicon.load("section_names")["grouping"]), re.IGNORECASE)
    next_is_heading = False
    for index in range(len(blocks) - 1, -1, -1):
        block, decision = blocks[index], decisions[index]
        if decision == SKIP:
            continue
        if (
            decision is None
            and block.kind == "para"
            and index not in pinned
            and next_is_heading
            and grouping.fullmatch(clean_heading(block.text))
        ):
            decisions[index] = SKIP
            continue
        next_is_heading = isinstance(decision, HeadingMatch) or block.kind == "row"


def candidates(blocks: list[Block], decisions: list[Decision]) -> list[tuple[int, FoundHeading]]:
    """Lines that look like headings though no section was recognised in them, by position."""
    found = []
    for index, (block, decision) in enumerate(zip(blocks, decisions, strict=True)):
        if decision is not None or block.kind != "para":
            continue
        text = with_number(block).strip()
        words = len(text.split())
        heading_like = (block.heading_hint and words <= 15) or (
            words <= SHORT_HEADING_WORDS
            and not _SENTENCE_END.search(text)
            and block.text.strip()[:1].isupper()
        )
        if heading_like and not block.bullet:
            found.append((index, FoundHeading(text, block.page, None, "", 0.0)))
    return found
