"""Phrases of time rewritten into the words the counting patterns read.

Reports and plans say how often and how long in ways the counting patterns would
misread or miss: a clock time is not a duration, a half-day course is 180 minutes,
"20 words a minute" is a target and not a session's length, and a check-in "at the
start and end of each day" happens twice a day. Each is rewritten here, before counting,
so that the counting stays one set of patterns.
"""

import re

from ehcp_appeal.analysis.gated_pattern import GatedPattern

_TRAINING_EVENT = r"(?=(?:[\w-]+ )?(?:session|course|training|workshop))"
_DAY_LENGTHS = (
    (GatedPattern(re.compile(rf"\bhalf[- ]day {_TRAINING_EVENT}", re.I)), "180-minute "),
    (
        GatedPattern(re.compile(rf"\b(?:full|whole|one)[- ]day {_TRAINING_EVENT}", re.I)),
        "300-minute ",
    ),
    (GatedPattern(re.compile(rf"\b(?:two|2)[- ]day {_TRAINING_EVENT}", re.I)), "600-minute "),
    (GatedPattern(re.compile(rf"\b(?:three|3)[- ]day {_TRAINING_EVENT}", re.I)), "900-minute "),
)
_TWICE_DAILY = re.compile(
    r"\b(?:at )?the (?:start|beginning) and (?:at )?(?:the )?end of "
    r"(?:each|every|the) (?:school )?day\b"
    r"|\b(?:(?:each|every) )?morning and (?:(?:each|every) )?afternoon\b",
    re.I,
)
"""Two occasions a day, named by when they fall."""
_TWO_SLOTS = re.compile(
    r"\bfor (\w+) minutes\b([^.;]{1,50}?) and (?:again )?for \1 minutes\b", re.I
)
_DAILY = re.compile(r"\b(?:every|each) (?:school )?(?:day|morning)\b|\bdaily\b", re.I)
"""Two sessions of the same length in one day ("for ten minutes when he arrives and for
ten minutes before he goes home every school day")."""
_RATE = re.compile(r"\b\d+ (?:[a-z-]+ ){1,2}(?:a|per) minute\b", re.I)
"""A target rate ("until he types 20 words a minute"), which is not how long a session is."""


def in_counted_words(text: str) -> str:
    """The text with its phrases of time in the forms the counting patterns read."""
    text = re.sub(r"\b\d{1,2}[.:]\d{2}\s*(?:am|pm)\b", " ", text, flags=re.I)
    text = _TWICE_DAILY.sub("twice a day", _RATE.sub(" ", text))
    if _DAILY.search(text):
        text = _TWO_SLOTS.sub(r"for \1 minutes twice a day\2", text)
    for pattern, minutes in _DAY_LENGTHS:
        text = pattern.sub(minutes, text)
    text = re.sub(r"\b(?:an|one) hour and a half\b", "90 minutes", text, flags=re.I)
    return re.sub(r"\bhalf an hour\b|\bhalf-hour\b", "30 minutes", text, flags=re.I)
