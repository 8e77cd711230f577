"""A plan that names its sections only in a key at the start, then heads its parts in words.

Some councils number a plan's parts with Word's own list numbering ("1.0 About me",
"2.0 My needs"), which is not in the document's text, and give the regulation's letters
only in a key table at the start ("1.0 | A: views, interests and aspirations"). The key
then reads as a run of lettered headings with nothing under them, and the parts' own
headings ("My needs", "What help I will get at school") as names the reader does not
know. When the parts that follow the key are headed in one style, one heading for each
section the key lists, each heading is taken for its section in the key's order: the
key is the plan's own statement of which part is which. A heading whose name already
says a different section stops this, as the key and the parts then do not line up.
"""

import re
from collections import Counter

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.plan.heading_context import SKIP, Decision
from ehcp_appeal.analysis.plan.section_names import HeadingMatch
from ehcp_appeal.analysis.reading.blocks import Block

KEY_SECTIONS = 8
"""Sections a key must list, in order, to be read as the plan's key."""
KEY_CONFIDENCE = 0.8
_ROW_SECTIONS = re.compile(r"^\s*((?:H\s?[12]|[A-K])(?:\s*(?:and|&|,)\s*(?:H\s?[12]|[A-K]))*)\s*:")
_ID = re.compile(r"H\s?[12]|[A-K]")


def keyed_headings(blocks: list[Block], decisions: list[Decision], pinned: set[int]) -> None:
    """Take the parts' headings for the sections a key before them lists, in order."""
    key, sections = _key(blocks, decisions)
    if not key:
        return
    after = key[-1] + 1
    styles = Counter(
        block.style for block in blocks[after:] if _styled_heading(block) and block.style
    )
    if not styles:
        return
    style = styles.most_common(1)[0][0]
    heads = [i for i in range(after, len(blocks)) if blocks[i].style == style]
    if len(heads) != len(sections) or any(i in pinned for i in heads):
        return
    for index, section in zip(heads, sections, strict=True):
        found = decisions[index]
        if isinstance(found, HeadingMatch) and found.section != section:
            return
    for index in key:
        if index not in pinned:
            decisions[index] = SKIP
    for index, section in zip(heads, sections, strict=True):
        decisions[index] = HeadingMatch(section, blocks[index].text, "letter", KEY_CONFIDENCE)


def _styled_heading(block: Block) -> bool:
    return block.kind == "para" and block.heading_hint


def _key(blocks: list[Block], decisions: list[Decision]) -> tuple[list[int], list[str]]:
    """The blocks of the first run that lists at least KEY_SECTIONS sections in order."""
    order = lexicon.load("sections")["order"]
    run: list[int] = []
    sections: list[str] = []
    for index, (block, decision) in enumerate(zip(blocks, decisions, strict=True)):
        named = _listed(block, decision)
        in_order = named and (not sections or order.index(named[0]) > order.index(sections[-1]))
        if named and in_order:
            run.append(index)
            sections.extend(named)
            continue
        if len(sections) >= KEY_SECTIONS:
            return run, sections
        run, sections = ([index], list(named)) if named else ([], [])
    return (run, sections) if len(sections) >= KEY_SECTIONS else ([], [])


def _listed(block: Block, decision: Decision) -> list[str]:
    """The sections a line of the key names: a lettered heading, or a row's "H1 and H2:"."""
    if isinstance(decision, HeadingMatch) and decision.found_by == "letter":
        return [decision.section]
    if block.kind == "row":
        for cell in block.cells:
            if (found := _ROW_SECTIONS.match(cell)) is not None:
                return [raw.replace(" ", "") for raw in _ID.findall(found.group(1))]
    return []
