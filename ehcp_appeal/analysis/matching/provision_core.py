"""What a provision is, set apart from who delivers it and how often.

A plan's table row and a report's recommendation nearly always share delivery words
("15 minutes every day", "a speech and language therapist", "a teaching assistant")
whatever they provide. Two lines that share only those, and no kind of provision,
describe different provision: a daily language programme does not answer a request
for speech sound practice because both are set by the therapist.
"""

import re
from functools import lru_cache

from ehcp_appeal.analysis.gated_pattern import GatedPattern
from ehcp_appeal.analysis.judging.staff import staff_roles
from ehcp_appeal.analysis.matching.matching import tokens

_AMOUNT = r"\b(?:\d+|[a-z]+)(?:\s*(?:-|to|–)\s*\d+)?[\s-]*(?:minutes?|mins?|hours?|weeks?)\b"
_OTHER_TIMING = (
    r"\b(?:once|twice|\w+ times)\b|\b(?:a|per|each|every|weekly|daily|termly)\b"
    r"(?: (?:school )?(?:day|week|term|half[- ]term|lesson|session|morning|afternoon))?|"
    r"\b(?:sessions?|delivered|set|run|led|devised|written|planned|trained|shown|supervised|"
    r"reviewed|provided|individually|1:1|practice|programme|activities|work)\b"
)
_TIMING = re.compile(f"{_AMOUNT}|{_OTHER_TIMING}", re.IGNORECASE)
_TIMING_NO_AMOUNT = re.compile(_OTHER_TIMING, re.IGNORECASE)
_UNITS = GatedPattern(re.compile(r"minutes?|mins?|hours?|weeks?", re.IGNORECASE))
"""An amount needs one of these words; without them the first alternative of _TIMING
matches nowhere, and the rest, much cheaper to run, removes just the same words."""


@lru_cache(maxsize=4096)
def core_tokens(text: str) -> frozenset[str]:
    """Content words of a provision once its staff, timing and delivery words are gone."""
    # The alternation of every role is slow to run: only the roles the text could name.
    without_roles = staff_roles().sub("roles", " ", text)
    timing = _TIMING if _UNITS.could_match(without_roles) else _TIMING_NO_AMOUNT
    return frozenset(tokens(timing.sub(" ", without_roles)))
