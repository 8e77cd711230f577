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
import unicodedata
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

ROMAN = r"(?:XI{0,2}|IX|IV|VI{0,3}|I{2,3})"
"""Section numerals past "I" (II to XII): "Section I" is left to the letter rules, since it is
also the letter of the placement section; heading_context decides it from the run around it."""
_DECORATION = re.compile(r"^[\s*•#>–—-]+")
_LEADERS = re.compile(r"(?:\s*\.{2,}\s*|\s*…+\s*|\t+\s*|\s{2,})\d{1,3}\s*$")
_LABEL = re.compile(
    r"^(?:(?P<word>section|part|appendix|annex|schedule|step|stage)\s*)?"
    r"(?P<label>\d{1,2}\s?\([a-z]\)(?=\s)|\d{1,2}|H\s?[12]|[A-K]|(?<=\s)" + ROMAN + ")"
    r"(?:(?<=\d) of \d{1,2}(?!\d))?"  # "Step 6 of 12: ...", a form's place in its steps
    r"(?(word)(?![A-Za-z0-9])|(?=\s*[:.\-–—)]|(?<=\))))\s*[:.\-–—)]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"^(?P<rest>.+?)\s*(?:[(\[]\s*(?:(?:section|part)\s*)?(?P<id>H\s?[12]|[A-K])\s*[)\]]"
    r"|[–—:-]\s*(?:section|part)\s*(?P<dashed>H\s?[12]|[A-K]))$",
    re.IGNORECASE,
)
_SPACED_AFTER = re.compile(
    r"^(?P<rest>\S.{0,80}?)\s+(?:Section|SECTION|Part|PART)\s*(?P<id>H\s?[12]|[A-K])$"
)
"""A section's name with its label after it and no mark between ("Outcomes\tSection E",
a band whose tab became a space): a heading only where the name is that section's."""
_DASHED_AFTER = re.compile(r"^(?P<rest>\S.{0,80}?)\s*[–—:-]\s*(?P<id>H\s?[12]|[A-K])$")
"""A section's name with its bare letter after a dash ("Special educational needs – B"): a
heading only where the name is that section's."""
_SUBPART = re.compile(
    r"^(?:(?i:section|part)\s*)?(?P<id>[A-GIJK])\d{1,2}(?!\d)\s*[:.\-–—)]?\s*(?P<rest>\S.*)$"
)
"""A section split by area of need, each part numbered under its letter ("B1 Communication
and interaction", "Section F2: Cognition and learning"): each part is its section. H1 and
H2 are sections of their own, so H is not split this way."""
AREA_PART_WORDS = 8
_INNER_LETTER = re.compile(
    r"^[(\[]\s*(?:(?:section|part)\s*)?(?P<id>H\s?[12]|[A-K])\s*[)\]]\s*[:.\-–—]?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_NUMBER_THEN_LETTER = re.compile(
    r"^\d{1,2}\s?\((?P<id>H\s?[12]|[A-K])\)\s*[:.\-–—]?\s*(?P<rest>\S.*)$"
)
"""A council's number, then the section's capital letter in brackets ("9 (H2) Other social
care provision"): the letter says which section, where "3(a)" would be a sub-paragraph."""
_ID = r"(?:H\s?[12]|[A-K])"
_PART_CODE = re.compile(r"^\d{1,2}(?=(?:H[12]|[A-K])\s+[A-Z])")
"""A part's number joined to the section's letter ("2B Special educational needs", "4H1
Social care provision"), as plans grouped in parts code their sections."""
_FORM_PREFIX = re.compile(
    r"^(?:[A-Za-z]+ ){1,3}\d{1,2}\s*[-–—:.]\s*"
    r"(?P<inner>(?i:section|part)\s*(?:H\s?[12]|[A-K])(?![A-Za-z0-9]).*)$"
)
"""A form's own numbering before the section's label ("Form section 2 - Section B: ...")."""
_WRAPPERS = (
    (re.compile(r"^\[\s*(?P<inner>[^\[\]]{2,120}?)\s*\]$"), ""),  # "[SECTION B - SEN]"
    (re.compile(r"^[_=~.]{5,}\s*(?P<inner>\S.{1,120})$"), ""),  # "________ section b needs"
    # "SEN/B  Needs": the system's code stands where "Section" would
    (re.compile(r"^[A-Z]{2,6}/(?P<inner>(?:H\s?[12]|[A-K])\s+\S.*)$"), "Section "),
)
"""How a case system or a typed template sets a heading apart: in square brackets, at
the end of a typed rule, or after the system's own code for the section."""


_ICONS = re.compile(
    r"\s*[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff"
    r"\U0001f000-\U0001faff]+\s*"
)
"""Arrows, shapes, ticks and pictures a template sets between a label and its name."""
_SHORT_LABEL = re.compile(
    r"^(?:sect|sec)\.?\s*(?=(?:H\s?[12]|[A-K])(?![A-Za-z0-9]))", re.IGNORECASE
)
""""Sect. B" and "Sec B": a label shortened to fit a narrow column or a tab."""


def _undecorated(text: str) -> str:
    """The heading without a template's ornaments: symbols and quotation marks around it
    ("»» SECTION B ««", "📘 Section B") go, symbols inside it part the label from the name
    as a dash would ("B ▸ Special educational needs"), and a shortened label is spelt out.
    A breadcrumb's own marks (">", "›" inside the line) are kept for the trail rule."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or _ornament(text[start])):
        start += 1
    while end > start and (text[end - 1].isspace() or _ornament(text[end - 1])):
        end -= 1
    inner = _ICONS.sub(" – ", text[start:end]).strip(" –")
    return _SHORT_LABEL.sub("Section ", inner)


def _ornament(char: str) -> bool:
    return unicodedata.category(char) in ("So", "Pi", "Pf")


def _set_apart(text: str) -> str | None:
    """The heading inside its brackets, rule or system code, or None."""
    for wrapper, prefix in _WRAPPERS:
        if (found := wrapper.match(text)) is not None:
            return prefix + found.group("inner")
    return None


_BREADCRUMB = re.compile(
    r"^(?:[^>›»]{1,60}\s[>›»]\s){1,6}"
    r"(?P<label>(?i:section|part)\s*(?:H\s?[12]|[A-K]))(?:\s[>›»]\s(?P<title>[^>›»]+))?$"
)
"""A portal's trail of pages before the section ("Needs > Section B > Special educational
needs"): the section is the part that carries the label, named by the part after it."""
_JOINT = re.compile(
    r"^\s*(?i:sections?|parts?)\s+(?P<ids>"
    + _ID
    + r"(?:\s*(?:,|&|\+|/|\band\b)\s*(?:(?i:section|part)\s+)?"
    + _ID
    + r")+)(?![A-Za-z0-9])\s*(?:[:.\-–—]\s*.*)?$"
)
SHORT_TITLE = 10
_NOTE = re.compile(
    r"\s*(?:\((?:regulation|reg\.?|regs?\.?|section|s\.)\s*[\w().,\s]*\)"
    r"|[(\[][^)\]]*[)\]])$",
    re.IGNORECASE,
)
"""A note after a heading's name: "(must be specified)", or the regulation it answers,
whose own brackets nest ("(Regulation 12(1)(b))")."""
_PRESENTER = re.compile(
    r"\s+(?:is|are)\s+(?:as follows|these|this|(?:set out|given|listed|described|specified|shown"
    r"|recorded|detailed|summarised)(?:\s+(?:below|here|overleaf|in this section))?)$"
)
"""The end of a sentence that introduces a section in the regulation's words ("The special
educational needs of the child are set out below.")."""
_INTRO_OPENING = re.compile(r"^(?:the|any|details of(?: any)?)\s+")
_OF_CHILD = re.compile(
    r"\s+(?:of|for)\s+(?:the child|the young person|him|her|them|[a-z][a-z'-]*)$"
)
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
    grouped: bool = False  # a sub-heading ("Needs") under a heading naming several sections


def has_dot_leaders(text: str) -> bool:
    """A contents entry: a heading followed by dot leaders, a tab or a gap, then a page."""
    return bool(_LEADERS.search(text))


def clean_heading(text: str) -> str:
    """The heading without its decoration: asterisks, page numbers, a final full stop."""
    text = fold(_DECORATION.sub("", text))
    text = _LEADERS.sub("", text)
    return text.rstrip(" .:;")


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'").replace("‘", "'")).strip(" .:;?")


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
    if key == "names" and _PRESENTER.search(plain):
        return _introduced(plain)
    return None


def _introduced(plain: str) -> str | None:
    """The section a sentence in the regulation's words introduces, with no heading at all:
    its name is what stands before "is as follows" or "are set out below", less "the"
    and "of the child"."""
    name = _INTRO_OPENING.sub("", _PRESENTER.sub("", plain))
    for candidate in dict.fromkeys((name, _OF_CHILD.sub("", name))):
        for section, pattern in _patterns("names").items():
            if pattern.fullmatch(candidate):
                return section
    return None


def recognise(text: str, hint: bool = False, names: bool = True) -> HeadingMatch | None:
    """The section a line heads, or None when it is not a section heading.

    The long-standing letter rules come first (they know "B." may start a list); then a
    label and a name ("Section 2: ...", "B. The child's special educational needs.");
    then a letter after the title; then, unless ``names`` is False, a name alone.
    """
    stripped = _undecorated(fold(_DECORATION.sub("", text)))
    if (wrapped := _set_apart(stripped)) is not None:
        stripped, hint = wrapped, True  # a bracket, a rule or a system code marks a heading
    if (prefixed := _FORM_PREFIX.match(stripped)) is not None:
        stripped = prefixed.group("inner")  # "Form section 2 - Section B: ..." is Section B
    stripped = _PART_CODE.sub("", stripped)  # "2B Special educational needs": part 2, B
    if (trail := _BREADCRUMB.match(stripped)) is not None:
        stripped = " - ".join(part for part in trail.group("label", "title") if part)
    found = heading_of(stripped, hint)
    if found is not None:
        if _HAS_LETTER.search(stripped):
            return HeadingMatch(found[0], found[1], "letter", LETTER_CONFIDENCE)
        label = _LABEL.match(clean_heading(stripped))
        if label is not None and is_number(label.group("label")):
            return HeadingMatch(found[0], found[1], "number_and_name", NUMBER_AND_NAME_CONFIDENCE)
        return HeadingMatch(found[0], found[1], "name", NAME_CONFIDENCE)
    cleaned = clean_heading(stripped)
    if not cleaned or len(cleaned.split()) > 40:
        return None
    after = _AFTER.match(cleaned)
    if after is not None:
        section = _normal(after.group("id") or after.group("dashed"))
        rest = after.group("rest")
        if len(rest.split()) > SHORT_TITLE and section_named(rest) is None and not hint:
            return None  # a sentence that refers to a section, not a heading set as one
        return HeadingMatch(section, rest, "letter", NAMED_LETTER_CONFIDENCE)
    for trailing in (_SPACED_AFTER, _DASHED_AFTER):  # the label after the section's own name
        label_after = trailing.match(cleaned)
        if label_after is None:
            continue
        label_id, name = _normal(label_after.group("id")), label_after.group("rest")
        if section_named(name) == label_id:
            return HeadingMatch(label_id, name, "letter", NAMED_LETTER_CONFIDENCE)
    part = _SUBPART.match(cleaned)
    if part is not None and area_named(part.group("rest")):
        return HeadingMatch(part.group("id"), part.group("rest"), "letter", NAMED_LETTER_CONFIDENCE)
    numbered = _NUMBER_THEN_LETTER.match(cleaned)  # "2 (B) Special educational needs"
    if numbered is not None:
        section, rest = _normal(numbered.group("id")), numbered.group("rest")
        if section_named(rest) or topic_matches(section, rest):
            return HeadingMatch(section, rest, "letter", NAMED_LETTER_CONFIDENCE)
    bracketed = _INNER_LETTER.match(cleaned)  # "[B] The child's special educational needs"
    if bracketed is not None:
        section, rest = _normal(bracketed.group("id")), bracketed.group("rest")
        if section_named(rest) or topic_matches(section, rest):
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
        worded = hint and label.group("word") and not is_number(raw)
        if named is None and worded and topic_matches(raw, label.group("rest")):
            # a heading set as one ("Section F: The provision we will make."), however long
            return HeadingMatch(raw, label.group("rest"), "letter", NAMED_LETTER_CONFIDENCE)
        if named is None:
            return None
        if is_number(raw):
            return HeadingMatch(
                named, label.group("rest"), "number_and_name", NUMBER_AND_NAME_CONFIDENCE
            )
        section = raw if raw[:1] == named[:1] else named
        return HeadingMatch(section, label.group("rest"), "letter", NAMED_LETTER_CONFIDENCE)
    named = section_named(cleaned) if names else None
    if named is not None:
        return HeadingMatch(named, cleaned, "name", NAME_CONFIDENCE, name_only=True)
    glossed = _GLOSSED.match(cleaned) if names else None
    colon = glossed is not None and glossed.group("sep") is not None
    if (
        glossed is not None
        and (hint or (_short_gloss(glossed.group("gloss")) and not colon))
        and (named := section_named(glossed.group("name"))) is not None
        and not (colon and _qualified_elsewhere(named, glossed.group("gloss")))
    ):
        return HeadingMatch(named, cleaned, "name", NAME_CONFIDENCE, name_only=True)
    named_after = _NAME_IN_BRACKETS.match(cleaned) if names else None
    if (
        named_after is not None
        and _short_gloss(named_after.group("gloss"))
        and (named := section_named(named_after.group("name"))) is not None
    ):  # "Money for support (personal budget)": the council's words, then the statute's
        return HeadingMatch(named, cleaned, "name", NAME_CONFIDENCE, name_only=True)
    bare = _BARE_NUMBER.match(cleaned) if hint and names else None
    if bare is not None and (named := section_named(bare.group("rest"))) is not None:
        # "3 Outcomes", "5 Placement": a number and a space, set as a heading
        return HeadingMatch(
            named, bare.group("rest"), "number_and_name", NUMBER_AND_NAME_CONFIDENCE
        )
    return None


_GLOSSED = re.compile(r"^(?P<name>\S.{1,80}?)(?:\s+[–—-]|(?P<sep>:))\s+(?P<gloss>\S.*)$")
"""A section's name, a spaced dash, then the council's gloss or the section's legal status
("Special educational needs – what Poppy finds hard", "Outcomes - must be specified"): the
name before the dash is the heading's."""
GLOSS_WORDS = 10
_NAME_IN_BRACKETS = re.compile(r"^(?P<gloss>\S[^()]{1,80}?)\s*\((?P<name>[^()]{3,140})\)$")
"""A council's everyday title with the section's statutory name after it in brackets
("Care and family support (social care needs)")."""


def _qualified_elsewhere(section: str, gloss: str) -> bool:
    """ "Needs: health" is Section C, not B: after a colon, words that name other sections'
    topics and not this one's make the name a kind of heading, not the section."""
    if len(gloss.split()) > QUALIFIER_WORDS:
        return False  # a council's description ("the help Maisie will get at school")
    topics = lexicon.compiled("sections", "topics")
    others = [other for other in topics if topic_matches(other, gloss)]
    return bool(others) and section not in others


QUALIFIER_WORDS = 3


def _short_gloss(gloss: str) -> bool:
    """A gloss short enough to be part of a heading not set as one, not a sentence."""
    return len(gloss.split()) <= GLOSS_WORDS and not gloss.rstrip().endswith(".")


_BARE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})?\s+(?P<rest>[A-Z].*)$")
"""A section's number and name with only a space between, as a heading ("3 Outcomes")."""


def area_named(text: str) -> bool:
    """A short name of an area of need ("Communication and interaction"), not a sentence."""
    if len(text.split()) > AREA_PART_WORDS or text.rstrip().endswith("."):
        return False
    patterns = lexicon.indexed("areas", "headings")
    return any(patterns.any(area, text) for area in lexicon.load("areas")["headings"])


def labelled_heading(text: str) -> HeadingMatch | None:
    """The section a line heads by its letter or by a number and name, never by a name
    alone: a name before a colon ("Primary need: ...") or in a table cell is too common
    inside sections to open one, where a label is not."""
    found = recognise(text, hint=True)
    return found if found is not None and found.found_by in ("letter", "number_and_name") else None


def joint_sections(text: str) -> tuple[str, ...]:
    """The sections a heading names together ("Sections B and F – Needs and provision")."""
    match = _JOINT.match(fold(text))
    if match is None:
        return ()
    found = tuple(
        dict.fromkeys(raw.replace(" ", "") for raw in re.findall(_ID, match.group("ids")))
    )
    return found if len(found) > 1 else ()


def is_number(label: str) -> bool:
    """A council's own numbering, which says nothing of the section: "2", "3(a)", "VI"."""
    return bool(re.fullmatch(r"\d{1,2}(?:\s?\([a-z]\))?|" + ROMAN, label, re.IGNORECASE))


def _normal(raw: str) -> str:
    return raw.replace(" ", "").upper()
