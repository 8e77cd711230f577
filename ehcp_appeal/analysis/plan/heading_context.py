"""Headings that only their neighbours reveal: what a line is depends on the lines around it.

- Roman numerals: "Section I" is the placement section by its letter, or the first of a run
  of sections numbered "Section II", "Section III"... In a plan whose sections are numbered
  in roman numerals (three or more numerals past I), "Section I" is a number too, and its
  name decides the section ("Section I: Views, interests and aspirations" is A); with no
  name it is left for the person to say.
- Paragraph numbers that carry a section's letter (B1, F2.1, H1.1): the heading-like line
  just before the first paragraph numbered for a section is that section's heading, however
  the council worded it ("What I find difficult" before B1). Only where no heading was found
  there already.
- A heading naming several sections ("Sections B, E and F – needs, outcomes and provision by
  area of need") is followed by sub-headings named as a merged table's columns are ("Needs",
  "Outcomes", "Provision"), once per area of need: each is its section, and the area's own
  label above them ("Cognition and learning") is no text of any section.
- A page header repeated at the top of each page ("Council EHC Plan: NAME") may carry the
  section in force ("... Section F - Provision"): that line is a running head, never a
  statement of the plan. Where no other heading names that section (a council that starts
  each of B, E and F on a new page and marks it only in the page header, above sub-headings
  by area of need), the header is the section's heading on the first page it names it.
"""

import re
from typing import Final

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.plan.section_names import (
    NAME_CONFIDENCE,
    ROMAN,
    HeadingMatch,
    joint_sections,
    labelled_heading,
    recognise,
    section_named,
)
from ehcp_appeal.analysis.reading.blocks import Block

Decision = HeadingMatch | str | None
SKIP: Final = "skip"
ROMAN_RUN = 3
"""Numerals past "I" from which a plan counts as numbered in roman numerals."""
NUMBERED_SECTIONS = 4
"""Sections named in paragraph numbers from which the numbers are read as the sections'."""
PARAGRAPH_CONFIDENCE = 0.8
SUBHEADING_WORDS = 6
RUNNING_HEAD_WORDS = 4
_ROMAN_LABEL = re.compile(
    r"^\s*(?:section|part)\s+(?P<numeral>" + ROMAN + r")(?![A-Za-z0-9])", re.IGNORECASE
)
_SECTION_I = re.compile(r"^(?P<label>\s*(?:section|part)\s+)I(?![A-Za-z0-9'’])", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?:(?P<h>H[12])(?=\.\d)|(?P<id>[A-K]))\.?\d")
_SENTENCE_END = re.compile(r"[.!?;]$")


def roman_section_one(texts: list[str], decisions: list[Decision], pinned: set[int]) -> None:
    """ "Section I" in a plan numbered in roman numerals is the first section by number, not
    the placement section: the name after it decides."""
    numerals = {
        match.group("numeral").upper()
        for text, decision in zip(texts, decisions, strict=True)
        if isinstance(decision, HeadingMatch) and (match := _ROMAN_LABEL.match(text))
    }
    if len(numerals) < ROMAN_RUN:
        return
    for index, text in enumerate(texts):
        if index in pinned or not isinstance(decisions[index], HeadingMatch):
            continue
        one = _SECTION_I.match(text)
        if one is not None:
            decisions[index] = recognise(one.group("label") + "1" + text[one.end() :], hint=True)


def _heading_like(block: Block, text: str) -> bool:
    words = len(text.split())
    return (block.heading_hint and words <= 15) or (
        0 < words <= SUBHEADING_WORDS and not _SENTENCE_END.search(text.strip())
    )


def lettered_paragraphs(blocks: list[Block], texts: list[str], decisions: list[Decision]) -> None:
    """The heading before a section's first lettered paragraph number (B1, F1.1) is its own."""
    numbered: list[tuple[int, str]] = []
    for index, block in enumerate(blocks):
        match = _NUMBERED.match(block.number) if block.kind == "para" else None
        if match is not None:
            numbered.append((index, match.group("h") or match.group("id")))
    firsts = {section: index for index, section in reversed(numbered)}
    if len(firsts) < NUMBERED_SECTIONS:
        return
    for section, index in firsts.items():
        start = max((i for i, _section in numbered if i < index), default=-1) + 1
        gap = range(start, index)
        if any(isinstance(decisions[i], HeadingMatch) or blocks[i].kind == "row" for i in gap):
            continue  # a heading of its own, or a table that may hold it
        lines = [i for i in gap if decisions[i] is None and _heading_like(blocks[i], texts[i])]
        if not lines:
            continue
        pick = lines[0] if start > 0 else lines[-1]  # before the first: the nearest line
        decisions[pick] = HeadingMatch(section, texts[pick], "letter", PARAGRAPH_CONFIDENCE)


def joint_subheadings(
    blocks: list[Block], texts: list[str], decisions: list[Decision], pinned: set[int]
) -> None:
    """Sub-headings "Needs", "Outcomes", "Provision" under a heading naming those sections."""
    joint: tuple[str, ...] = ()
    for index, block in enumerate(blocks):
        decision = decisions[index]
        if block.kind == "para" and decision is None and (named := joint_sections(texts[index])):
            joint = named
            continue
        if not joint or index in pinned:
            continue
        if isinstance(decision, HeadingMatch) and decision.section not in joint:
            joint = ()  # the next section's own heading ends the group
            continue
        if block.kind != "para" or not _heading_like(block, texts[index]):
            continue
        section = section_named(texts[index], "columns")
        if section in joint:
            decisions[index] = HeadingMatch(
                section, texts[index], "name", NAME_CONFIDENCE, grouped=True
            )
            above = index - 1
            if above >= 0 and decisions[above] is None and _area_label(blocks[above], texts[above]):
                decisions[above] = SKIP  # "Cognition and learning" names the area, not a section


def _area_label(block: Block, text: str) -> bool:
    return (
        block.kind == "para"
        and not joint_sections(text)
        and section_named(text, "columns") is None
        and _heading_like(block, text)
    )


def running_heads(blocks: list[Block], texts: list[str], decisions: list[Decision]) -> None:
    """A page's first line that repeats another page's first line about the plan, with
    nothing after it but the wording of a heading of the plan (the section in force), is a
    running head. Anything else after it may be the page's text, and is kept."""
    plan_words = re.compile(
        rf"\b(?:{lexicon.load('section_names')['furniture_words']})\b", re.IGNORECASE
    )
    headings = {
        _plain(texts[index])
        for index, decision in enumerate(decisions)
        if isinstance(decision, HeadingMatch)
    }
    tops: dict[int, int] = {}
    for index, block in enumerate(blocks):
        if block.kind == "para":
            tops.setdefault(block.page, index)
    found = {decision.section for decision in decisions if isinstance(decision, HeadingMatch)}
    words = {index: blocks[index].text.split() for index in tops.values()}
    for index, own in words.items():
        for other, theirs in words.items():
            shared = _shared_prefix(own, theirs) if other != index else 0
            if shared < RUNNING_HEAD_WORDS or not plan_words.search(" ".join(own[:shared])):
                continue
            carried = _carried_section(blocks[index].text)
            rest = _plain(" ".join(own[shared:]))
            if carried is not None and carried.section not in found:
                decisions[index] = carried
                found.add(carried.section)
            elif not rest or rest in headings - {_plain(texts[index])} or carried is not None:
                decisions[index] = SKIP
            else:
                continue
            break


_HEAD_PART = re.compile(r"\s+[|•–—]\s+|\s+-\s+")


def _carried_section(text: str) -> HeadingMatch | None:
    """The section a running head names in its last part ("Name | EHC plan | Section B")."""
    parts = _HEAD_PART.split(text.strip())
    if len(parts) < 2:
        return None
    for start in range(len(parts) - 1, 0, -1):  # "... | Section F - Provision" is two parts
        found = labelled_heading(" - ".join(parts[start:]))
        if found is not None:
            return HeadingMatch(found.section, found.title, found.found_by, PARAGRAPH_CONFIDENCE)
    return None


def _plain(text: str) -> str:
    return " ".join(text.lower().split())


def _shared_prefix(one: list[str], two: list[str]) -> int:
    count = 0
    for first, second in zip(one, two, strict=False):
        if first != second:
            break
        count += 1
    return count
