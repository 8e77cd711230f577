"""How sure the plan check is that a Section F line is vague.

Shared by the confidence of a "not specific" finding and by the checker, which still
compares the amounts of a line that is only doubtfully vague with the advice it answers.
"""

import re
from collections.abc import Sequence

from ehcp_appeal.analysis.judging.quantities import measure
from ehcp_appeal.analysis.roles.report_items import area_heading

_AMOUNT_HEDGES = frozenset(
    {"up to", "as appropriate", "as required", "as needed", "where possible", "as agreed"}
)
"""Hedges that leave the amount itself open, however much else a provision names."""
_STANDING_RULE = re.compile(
    r"\b(?:no|never) (?:teacher|adult|member of staff|one)s? (?:will|should|is to)\b|"
    r"\bwill (?:never|not) be (?:asked|made|expected|required)\b|"
    r"\b(?:may|can) \w+\b[^.]{0,80}\b(?:in|for|during) (?:all|every|each) (?:[\w-]+ )?"
    r"(?:lessons?|sessions?|assessments?|examinations?|exams?|tests?)\b|"
    r"^where\b[^,]{5,80}, [^.]{0,40}\bmay\b|"
    r"\b(?:told|warned|prepared|informed) (?:of|about|for) (?:any|every) changes?\b",
    re.IGNORECASE,
)
"""An adjustment that always applies ("no teacher will ask him to read aloud"), or a
permission that holds wherever it is stated to ("Jordan may answer in writing in all
lessons and assessments"), or a warning given of every change ("Isla will be told of any
change to her timetable")."""
_WHENEVER = re.compile(
    r"^(?:when|whenever|if|instead of)\b[^,]{5,80}, [^.]{0,60}\b(?:will|should|is to|are to)\b|"
    r"^(?:all|every) (?:[\w-]+ ){0,4}(?:adults?|staff|materials?|resources|photographs|books|"
    r"worksheets|symbols|video material)\b[^.]{0,80}\b(?:will|to be|are to)\b",
    re.IGNORECASE,
)
"""How something is always done, said with no hedge: on a condition ("When Poppy needs to
be corrected, adults will speak to her privately") or for everything of a kind ("All
photographs and symbols used with Maya will be large and uncluttered"). No amount is
missing from such a rule: it holds every time the occasion comes."""


def vague_certainty(text: str, terms: Sequence[str], whole: str | None = None) -> tuple[float, str]:
    """How sure a vague verdict on a Section F line is, and why: a line with no amount at
    all is surely vague; one that names who, how often and how long may be specific
    enough, unless a hedge leaves the amount itself open ("up to")."""
    heading = area_heading(text) and not text.rstrip().endswith(".")
    if heading and len(text.split()) <= 5 and not terms:  # a sentence ends "."
        return 0.3, "It reads like a heading for an area of need, not a provision."
    if _STANDING_RULE.search(text) or (not terms and _WHENEVER.search(text)):
        return 0.4, "It is a rule that applies every time, which may be specific enough."
    quantity = measure(whole or text)
    named = [
        label
        for label, present in (
            ("how often", quantity.sessions_per_week is not None),
            ("how long", quantity.minutes_per_session is not None or quantity.minutes_per_week),
            ("who", quantity.staff_rank is not None),
        )
        if present
    ]
    if not named:
        return 0.9, "No frequency, duration or staff could be read from it."
    if set(terms) & _AMOUNT_HEDGES:
        return 0.85, f"Its amount is left open ({', '.join(terms)})."
    if (
        set(terms) == {"small group"}
        and quantity.minutes_per_session is not None
        and (quantity.sessions_per_week is not None)
    ):
        return 0.4, "It names how often and how long; only the size of the group is left open."
    if len(named) < 3:
        return 0.8, f"It names {', '.join(named)} but not everything an amount needs."
    hedged = f", though it uses {', '.join(terms)}" if terms else ""
    return 0.4, f"It names how often, how long and who{hedged}: it may be specific enough."
