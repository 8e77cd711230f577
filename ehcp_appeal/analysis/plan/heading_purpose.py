"""Sections by what their headings are for, when a plan's headings match no known name.

Regulation 12 requires each section to be separately identified, not lettered, and
councils word their headings freely: "Health - what Owen needs", "What help will Niamh
get with her education?", "Part Four: What we are aiming for", "Care needs". Such a
heading says two things the names list cannot enumerate: which agency the section is
for (education, health, social care) and what it holds (needs, provision, outcomes, the
views, the placement, the budget, the advice). This reading is a second pass, used only
when the names missed Section B or Section F, so that in a plan the reader
already understands a sub-heading such as "Sensory needs" inside Section F is never
taken for Section B.
"""

import re
from collections.abc import Sequence

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.plan.section_names import HeadingMatch
from ehcp_appeal.analysis.reading.blocks import Block

PURPOSE_CONFIDENCE = 0.6
"""How sure a section found by its heading's purpose is: below a name, above a guess."""
MIN_SECTIONS = 5
"""Distinct sections the purposes must give a plan before any is believed: a run of
headings, not one line that happens to say "needs"."""

_BY_AGENCY = {
    "needs": {"education": "B", "health": "C", "social": "D"},
    "provision": {"education": "F", "health": "G", "social": "H2"},
}
_HELP = re.compile(r"\b(?:help|support)\b")
"""Words that make a heading naming a school its provision ("Support from college"), not
its placement."""
_SINGLE = {"views": "A", "outcomes": "E", "placement": "I", "budget": "J", "advice": "K"}
_AGENCY_WORDS = ("social", "health", "section_two", "letterhead")
"""Labels of the purposes table (resources/analysis/section_names.json) that are not
purposes: who a section is for, the 1970 Act, a letterhead."""


_ENDS_IN_NEEDS = re.compile(r"\b(?:support|help|care)(?: and (?:support|help|care))? needs$")


def purpose_section(text: str) -> str | None:
    """The section a heading is for, by its agency and purpose; None when it names no
    purpose or several ("Needs and outcomes" groups two sections)."""
    plain = re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip(" .:;?")
    plain = re.sub(r"[a-z-]+'s\b", "the child's", plain)
    table = lexicon.compiled("section_names", "purposes")
    if not plain or len(plain.split()) > 20 or table["letterhead"].search(plain):
        return None
    purposes = {
        purpose
        for purpose, pattern in table.items()
        if purpose not in _AGENCY_WORDS and pattern.search(plain)
    }
    if purposes == {"placement", "provision"}:
        # "the school or other institution to be attended"; "Support from college"
        purposes = {"provision" if _HELP.search(plain) else "placement"}
    if purposes in ({"needs", "provision"}, {"needs", "placement"}):
        # "What I find hard and the help I need"; "What Kayden needs help with at school";
        # but support named as a kind of need is needs ("Care and support needs")
        named = "needs" if _ENDS_IN_NEEDS.search(plain) else _first(table, purposes, plain)
        purposes = {named}
    if len(purposes) != 1:
        return None
    purpose = purposes.pop()
    if purpose in _SINGLE:
        return _SINGLE[purpose]
    if table["social"].search(plain):
        agency = "social"
    elif table["health"].search(plain):
        agency = "health"
    else:
        agency = "education"
    section = _BY_AGENCY[purpose][agency]
    if section == "H2" and table["section_two"].search(plain):
        return "H1"
    return section


def purpose_heading(text: str) -> HeadingMatch | None:
    """The heading a line is by its purpose (see ``purpose_section``), found by name."""
    section = purpose_section(text)
    return HeadingMatch(section, text.strip(), "name", PURPOSE_CONFIDENCE) if section else None


def _first(table: dict[str, re.Pattern[str]], purposes: set[str], plain: str) -> str:
    """Of two purposes, the one named first: a heading's head noun comes before its rest."""
    places = {p: match.start() for p in purposes if (match := table[p].search(plain))}
    return min(places, key=lambda purpose: places[purpose])


def purposes_when_unread(
    blocks: Sequence[Block], decisions: list[HeadingMatch | str | None], pinned: set[int]
) -> None:
    """When the headings' names missed Section B or Section F, read every heading
    left undecided by what it is for, and keep the result only if it is a plan's run of
    sections (at least ``MIN_SECTIONS`` of them, B or F among them)."""
    found = {d.section for d in decisions if isinstance(d, HeadingMatch)}
    if "B" in found and "F" in found:
        return
    guesses: dict[int, HeadingMatch] = {}
    for index, block in enumerate(blocks):
        if index in pinned or decisions[index] is not None or block.kind != "para":
            continue
        if not block.heading_hint:
            continue
        if (match := purpose_heading(block.text)) is not None:
            guesses[index] = match
    sections = {match.section for match in guesses.values()} | found
    if len(sections) < MIN_SECTIONS or not {"B", "F"} & sections:
        return
    for index, match in guesses.items():
        decisions[index] = match
