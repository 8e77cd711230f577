"""The phrase tables behind every guess, and how a phrase is found in a document.

The tables live in ``resources/evidence/kinds.json`` so they can be tuned without
touching code; kind, date, title and direction guessing all read them, and all match a
phrase as whole words in text folded the same way.
"""

import functools
import json
import re
from typing import Any

from ehcp_appeal.paths import resources_dir

BODY_CHARS = 30_000
HEAD_CHARS = 1500  # a document's title, addresses and opening lines
TOP_LINES = 40
SIGN_OFF = re.compile(
    r"yours\s*(?:s[il]nc[ec]rely|faithfully|truly)|\b(?:kind|best|warm|warmest) regards\b|"
    r"best wishes|\b(?:many|with) thanks\b",
    re.I,
)
"""A letter's close; "Yoursfaithfully" too, as a scan's text often runs the words together,
and "Yours slncerely" as a faint scan reads it.
A family's short letters close with "Many thanks" as often as with "Yours sincerely"."""


@functools.cache
def kind_tables() -> dict[str, Any]:
    with (resources_dir() / "evidence" / "kinds.json").open(encoding="utf-8") as handle:
        tables: dict[str, Any] = json.load(handle)
    return tables


@functools.cache
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")


def has_phrase(phrase: str, text: str) -> bool:
    """The phrase as whole words. Most phrases are absent from most documents, and a plain
    substring test rules them out some fifty times faster than the word-boundary pattern."""
    return phrase in text and phrase_pattern(phrase).search(text) is not None


_OCR_O = re.compile(r"(?<=[a-z])0(?=[a-z])|(?<![0-9])0(?=[a-z]{2})|\b0(?=f\b)")
_OCR_L = re.compile(r"(?<=[a-z])1(?=[a-z])|(?<![0-9])1(?=[a-z]{3})")
_OCR_S = re.compile(r"(?<![0-9a-z])5(?=[a-z]{3})")
"""A scan's digits read for letters inside words ("0ccupational", "f0r", "1anguage",
"5peech", "0f")."""


_OCR_H = re.compile(r"\b(?:tb(?=e\b|at\b|is\b|ey\b)|wb(?=ich\b|en\b|o\b)|b(?=as (?!\d)|ave\b))")
"""A faint scan's "h" read as "b" in the commonest short words ("tbe", "tbat", "bas decided"),
where no real word is spelt so."""


def unscan(lowered: str) -> str:
    """Lower-case text with the commonest misreadings of a scan's letters put right."""
    lowered = _OCR_S.sub("s", _OCR_L.sub("l", _OCR_O.sub("o", lowered)))
    return _OCR_H.sub(lambda match: match.group(0)[:-1] + "h", lowered)


_OCR_CAPITAL_I = re.compile(r"(?<=[A-Z])l(?=[A-Z])")
"""A scan's capital I read as a small l inside a word in capitals ("ANNUAL REVlEW")."""


def squash(text: str) -> str:
    """The text folded for phrase matching: lower case, one kind of apostrophe, single
    spaces, and the commonest misreadings of a scan's letters put right."""
    text = _OCR_CAPITAL_I.sub("I", text)
    return unscan(" ".join(text.lower().replace("’", "'").split()))


def first_lines(text: str, count: int) -> list[str]:
    """The first ``count`` lines that hold anything: a document's title and top."""
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
            if len(lines) == count:
                break
    return lines
