"""A single regular expression that skips texts holding none of the literals it needs.

The amounts, the sentence shapes and the staff roles are single patterns asked of
most sentences; most sentences hold none of the words they need ("percentile",
"minutes", "however"), so they are not searched at all. See pattern_literals for
which literals a pattern needs, and literal_scan for the scan they are read from.
"""

import re
from collections.abc import Iterator

from ehcp_appeal.analysis.literal_scan import SHARED, lowered_or_none
from ehcp_appeal.analysis.pattern_literals import required_literals


class GatedPattern:
    """A compiled pattern that skips texts holding none of the literals its matches need.

    Offers the ``re.Pattern`` methods the quantities use, with their results: a text
    without any of the literals cannot match, so searching it is skipped. Texts with a
    character ``re`` folds onto a Latin letter are always searched, as in PatternTable.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        # Two letters are enough here ("hr" of "hrs"): a single pattern has no other
        # literals to fall back on, and an amount with no literal was searched always.
        self._literals = required_literals(pattern.pattern, pattern.flags, gram=2)
        if self._literals is not None:
            SHARED.add(self._literals)

    def could_match(self, text: str) -> bool:
        """Whether ``text`` holds one of the literals: read from the shared scan when the
        text was scanned already (a sentence the tables have seen), else looked for."""
        literals = self._literals
        if literals is None:
            return True
        lowered = lowered_or_none(text)
        if lowered is None:
            return True
        present = SHARED.known(lowered)
        if present is not None:
            return not literals.isdisjoint(present)
        return any(literal in lowered for literal in literals)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.search(text, pos) if self.could_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.could_match(text) else None

    def split(self, text: str) -> list[str]:
        """What ``re.split`` gives: the text alone when the pattern matches nowhere."""
        return self.pattern.split(text) if self.could_match(text) else [text]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.could_match(text) else iter(())

    def findall(self, text: str) -> list[object]:
        return self.pattern.findall(text) if self.could_match(text) else []

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.could_match(text) else text
