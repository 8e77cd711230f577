"""Section headings by their letter: "Section B", "B. Special educational needs", "(Part B)".

Letters alone are weak evidence ("B." may start a list), so the letter rules also weigh
the section's topic words and the heading's typography; names without letters are
recognised in section_names.
"""

import re

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.reading.blocks import fold

_ID = r"(?P<id>H\s?[12]|[A-K])"
_MARK = r"[:.\-–—)•·▪|]"
"""What stands between a section's letter and its name ("B. ", "B – ", "B • ", "B | ")."""
_PREFIXED = re.compile(
    r"^\s*(?i:section|part|box)\s*"
    + _ID
    + r"(?![A-Za-z0-9])\s*(?:"
    + _MARK
    + r"\s*)?(?P<title>.*)$"
)
_LETTER = re.compile(r"^\s*" + _ID + r"\s*" + _MARK + r"\s*(?P<title>\S.*)$")
_SPACED = re.compile(r"^\s*" + _ID + r"\s+(?P<title>[A-Z][^.]*)$")
_LONE = re.compile(r"^\s*" + _ID + r"\s*[:.]?\s*$")
_TRAILING = re.compile(
    r"^(?P<title>.+?)\s*[(\[]\s*(?i:section|part|box)\s+" + _ID + r"\s*[)\]]\s*$"
)
ANY_HEADING = re.compile(r"(?i:section|part|box)\s+(?:H\s?[12]|[A-K])(?![A-Za-z0-9])")
_PAGE_NUMBER = re.compile(r"(?:\s*\.{2,}\s*|\s+)\d{1,3}$")


def _normal_id(raw: str) -> str:
    return raw.replace(" ", "").upper()


def topic_matches(section_id: str, title: str) -> bool:
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
    if not text or len(text) > 180 or len(ANY_HEADING.findall(text)) > 1:
        return None
    text = _PAGE_NUMBER.sub("", text) if len(text) > 3 else text
    patterns = ((_PREFIXED, False), (_TRAILING, True), (_LETTER, True), (_SPACED, True))
    for pattern, strict in patterns:
        match = pattern.match(text)
        if not match:
            continue
        section_id = _normal_id(match.group("id"))
        title = fold(match.group("title")).strip(" :-–—•·▪|")
        title = re.sub(r"^(?:part|section)\s+\d+\s*[:.\-–—]\s*", "", title, flags=re.IGNORECASE)
        if _looks_like_sentence(title):
            return None
        if not title or topic_matches(section_id, title) or (hint and not strict):
            return section_id, title
        return None
    match = _LONE.match(text)
    if match:
        return _normal_id(match.group("id")), ""
    if (hint or len(text.split()) <= 12) and not _looks_like_sentence(text):
        lowered = text.lower().rstrip(":")
        for section_id, pattern in lexicon.compiled("sections", "title_only").items():
            if pattern.search(lowered):
                return section_id, text
    return None
