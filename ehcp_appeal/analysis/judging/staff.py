"""Who delivers a provision, and how qualified they are.

A role counts only where the sentence says it delivers: as the subject, after "by",
"with" or "from", or opening a table cell. A role named as the author, reviewer or
trainer of what others carry out ("devised by a therapist", "an occupational therapist
will write and review") does not deliver it; a role said to be trained is raised one step.
The roles and their ranks are data (resources/analysis/quantities.json, "staff").
"""

import re
from functools import cache, lru_cache

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.pattern_index import PatternTable


@cache
def _staff_patterns() -> tuple[list[tuple[re.Pattern[str], int, str]], re.Pattern[str]]:
    staff = lexicon.load("quantities")["staff"]
    roles = [(re.compile(p, re.I), rank, label) for p, rank, label in staff["roles"]]
    return roles, re.compile(staff["not_delivering"], re.I)


@cache
def staff_roles() -> PatternTable:
    """The staff roles indexed by their letters: a text is searched only with roles it names."""
    roles = lexicon.load("quantities")["staff"]["roles"]
    return PatternTable({"roles": [pattern for pattern, _rank, _label in roles]}, re.I)


@lru_cache(maxsize=4096)
def staff_of(text: str) -> tuple[int | None, str]:
    """The most qualified person the text says delivers the provision.

    Roles named only as the author, reviewer or trainer ("devised by a therapist",
    "trained by the OT") do not deliver; "trained" before or after a role raises it.
    """
    roles, not_delivering = _staff_patterns()
    best: tuple[int, str] | None = None
    taken: list[tuple[int, int]] = []
    for number in staff_roles().candidates("roles", text):
        pattern, rank, label = roles[number]
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            before = text[max(0, match.start() - 45) : match.start()]
            if not_delivering.search(before) or not _delivers(text, match):
                continue
            if _REVIEWS_AFTER.match(text[match.end() :]):
                continue  # "with the occupational therapist reviewing it each term"
            after = text[match.end() : match.end() + 25].lower()
            trained = bool(re.search(r"\btrained\b", before[-20:], re.I)) or bool(
                _TRAINED_AFTER.match(after)
            )
            score = rank + (1 if trained and rank in (0, 1) else 0)
            if best is None or score > best[0]:
                named = f"trained {label}" if trained and not label.startswith("trained") else label
                best = (score, named)
    return (best[0], best[1]) if best else (None, "")


_TRAINED_AFTER = re.compile(r"^[\s,(]*(?:who (?:has|have|is|are) (?:been )?)?trained\b")
"""A role said to be trained just after it is named ("a teaching assistant, trained by the
OT", "a teaching assistant who has been trained in the approach")."""
_REVIEWS_AFTER = re.compile(
    r"^[\s,]*(?:reviewing|updating|advising|monitoring|overseeing|supervising|setting|writing|"
    r"designing|checking)\b",
    re.IGNORECASE,
)
"""A role named with what it does besides delivering: it oversees the provision."""
_DELIVERS_BEFORE = re.compile(
    r"(?:\bby|\bfrom|\bwith|\bled by|\brun by|\bdelivered by|\bprovided by|\||;|,|\()\s*"
    r"(?:a|an|the|his|her|their)?\s*(?:[\w'’-]+\s+){0,2}$|^\W*(?:(?:a|an|the|each|every|all)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DELIVERS_AFTER = re.compile(
    r"^[\s,)]*(?:(?:will|should|must)(?! (?:write|review|devise|design|set|plan|monitor|"
    r"advise|oversee|supervise|update|assess)\b)|to (?:deliver|provide|run|lead|work)|,? 1:1)\b",
    re.I,
)
"""A role followed by what it does in person; one that "will write and review" the
programme others carry out is its author, not who delivers it."""


def _delivers(text: str, match: re.Match[str]) -> bool:
    """A role delivers when it is the subject, follows "by/with/from", or opens a cell."""
    before = text[max(0, match.start() - 40) : match.start()]
    return bool(_DELIVERS_BEFORE.search(before) or _DELIVERS_AFTER.match(text[match.end() :]))


THERAPIST, ASSISTANT = 5, 2
"""Staff ranks (resources/analysis/quantities.json): a therapist, a trained assistant."""


def therapist_to_assistant(advice: str, line: str) -> bool:
    """The advice asks for a therapist and the plan line gives the work to an assistant."""
    wanted, given = staff_of(advice)[0], staff_of(line)[0]
    return wanted is not None and given is not None and wanted >= THERAPIST and given <= ASSISTANT
