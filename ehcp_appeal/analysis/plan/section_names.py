"""Recognising a section heading by its letter, by a number and a name, or by its name alone.

Regulation 12 of the SEND Regulations 2014 fixes what each section holds, not how it is
labelled, so councils number the sections ("Section 2: Special educational needs"),
name them with the regulation's own sentence ("Section B: The child or young person's
special educational needs."), or put the letter after the title ("Special educational
needs (B)"). The names councils use live in resources/analysis/section_names.json with
the letter each stands for; this module only strips the decoration around a heading
and looks the name up. A name must cover the whole heading, so a sentence that merely
mentions "special educational needs" is never taken for one.
"""

import re
from dataclasses import dataclass
from functools import cache

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.plan.section_letters import heading_of, topic_matches
from ehcp_appeal.analysis.reading.blocks import fold

LETTER_CONFIDENCE = 0.95
NAMED_LETTER_CONFIDENCE = 0.9
NUMBER_AND_NAME_CONFIDENCE = 0.85
NAME_CONFIDENCE = 0.75
"""How sure a heading's section is, by how it was found: a letter is what the law asks
for; a name the regulation uses is nearly as good; a council's own number adds nothing
that the name does not already say."""

_DECORATION = re.compile(r"^[\s*•#>–—-]+")
_LEADERS = re.compile(r"(?:\s*\.{2,}\s*|\s*…+\s*|\t+\s*|\s{2,})\d{1,3}\s*$")
_LABEL = re.compile(
    r"^(?:(?P<word>section|part)\s*)?(?P<label>\d{1,2}|H\s?[12]|[A-K])"
    r"(?(word)(?![A-Za-z0-9])|(?=\s*[:.\-–—)]))\s*[:.\-–—)]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"^(?P<rest>.+?)\s*(?:[(\[]\s*(?:(?:section|part)\s*)?(?P<id>H\s?[12]|[A-K])\s*[)\]]"
    r"|[–—:-]\s*(?:section|part)\s*(?P<dashed>H\s?[12]|[A-K]))$",
    re.IGNORECASE,
)
_INNER_LETTER = re.compile(
    r"^[(\[]\s*(?:(?:section|part)\s*)?(?P<id>H\s?[12]|[A-K])\s*[)\]]\s*[:.\-–—]?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
SHORT_TITLE = 10
_NOTE = re.compile(r"\s*[(\[][^)\]]*[)\]]$")
_HAS_LETTER = re.compile(
    r"^\s*(?:(?:section|part)\s*)?(?:H\s?[12]|[A-K])(?![A-Za-z0-9'’])"
    r"|[(\[]\s*(?:(?:section|part)\s*)?(?:H\s?[12]|[A-K])\s*[)\]]\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class HeadingMatch:
    """The section a heading stands for, its title, and how that was decided."""

    section: str
    title: str
    found_by: str  # letter | number_and_name | name | user
    confidence: float
    name_only: bool = False  # found by a council's name alone, with no label or layout rule


def has_dot_leaders(text: str) -> bool:
    """A contents entry: a heading followed by dot leaders, a tab or a gap, then a page."""
    return bool(_LEADERS.search(text))


def clean_heading(text: str) -> str:
    """The heading without its decoration: asterisks, page numbers, a final full stop."""
    text = fold(_DECORATION.sub("", text))
    text = _LEADERS.sub("", text)
    return text.rstrip(" .:;")


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'").replace("‘", "'")).strip(" .:;")


@cache
def _patterns(key: str) -> dict[str, re.Pattern[str]]:
    data = lexicon.load("section_names")
    who = data["who"]
    return {
        section: re.compile("|".join(f"(?:{p.replace('{who}', who)})" for p in patterns))
        for section, patterns in data[key].items()
    }


def section_named(text: str, key: str = "names") -> str | None:
    """The section whose name is the whole text; ``key`` picks the list: "names",
    "labelled" (names that need a section label before them) or "columns" (headers)."""
    plain = _plain(text)
    if not plain or len(plain) > 260:
        return None
    bare = _NOTE.sub("", plain)  # "Special educational provision (must be specified)"
    for section, pattern in _patterns(key).items():
        if pattern.fullmatch(plain) or (bare and pattern.fullmatch(bare)):
            return section
    return None


def recognise(text: str, hint: bool = False, names: bool = True) -> HeadingMatch | None:
    """The section a line heads, or None when it is not a section heading.

    The long-standing letter rules come first (they know "B." may start a list); then a
    label and a name ("Section 2: ...", "B. The child's special educational needs.");
    then a letter after the title; then, unless ``names`` is False, a name alone.
    """
    stripped = fold(_DECORATION.sub("", text))
    found = heading_of(stripped, hint)
    if found is not None:
        if _HAS_LETTER.search(stripped):
            return HeadingMatch(found[0], found[1], "letter", LETTER_CONFIDENCE)
        label = _LABEL.match(clean_heading(stripped))
        if label is not None and label.group("label").isdigit():
            return HeadingMatch(found[0], found[1], "number_and_name", NUMBER_AND_NAME_CONFIDENCE)
        return HeadingMatch(found[0], found[1], "name", NAME_CONFIDENCE)
    cleaned = clean_heading(stripped)
    if not cleaned or len(cleaned.split()) > 40:
        return None
    after = _AFTER.match(cleaned)
    if after is not None:
        section = _normal(after.group("id") or after.group("dashed"))
        rest = after.group("rest")
        if len(rest.split()) > SHORT_TITLE and section_named(rest) is None:
            return None  # a sentence that refers to a section, not a heading
        return HeadingMatch(section, rest, "letter", NAMED_LETTER_CONFIDENCE)
    label = _LABEL.match(cleaned)
    if label is not None and label.group("rest"):
        inner = _INNER_LETTER.match(label.group("rest"))
        if inner is not None and section_named(inner.group("rest")):
            section = _normal(inner.group("id"))
            return HeadingMatch(section, inner.group("rest"), "letter", NAMED_LETTER_CONFIDENCE)
        # a child's own name for a section ("My school") counts only after its label
        named = section_named(label.group("rest")) or section_named(label.group("rest"), "labelled")
        raw = _normal(label.group("label"))
        worded = hint and label.group("word") and not raw.isdigit()
        if named is None and worded and topic_matches(raw, label.group("rest")):
            # a heading set as one ("Section F: The provision we will make."), however long
            return HeadingMatch(raw, label.group("rest"), "letter", NAMED_LETTER_CONFIDENCE)
        if named is None:
            return None
        if raw.isdigit():
            return HeadingMatch(
                named, label.group("rest"), "number_and_name", NUMBER_AND_NAME_CONFIDENCE
            )
        section = raw if raw[:1] == named[:1] else named
        return HeadingMatch(section, label.group("rest"), "letter", NAMED_LETTER_CONFIDENCE)
    named = section_named(cleaned) if names else None
    if named is not None:
        return HeadingMatch(named, cleaned, "name", NAME_CONFIDENCE, name_only=True)
    return None


def _normal(raw: str) -> str:
    return raw.replace(" ", "").upper()
