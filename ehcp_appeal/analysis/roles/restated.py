"""A report restating its own earlier need or advice, as a summary table or list does.

Reports often end with a summary that repeats each recommendation in a few words
("Social communication group (up to four)") after arguing it in full in the body. The
repetition is not a second recommendation: taken as one, the plan check reports the
same advice twice, once in the report's full words and once in its shorthand. A line
most of whose words an earlier item of the same kind already holds is that item again.
"""

from ehcp_appeal.analysis.matching.words import tokens

RESTATED = 0.8
"""Share of a line's content words an earlier item must hold for the line to repeat it."""
MIN_WORDS = 2


class Said:
    """The content words of each item a report has given so far, by kind."""

    def __init__(self) -> None:
        self._words: dict[str, list[frozenset[str]]] = {}

    def restates(self, text: str, kind: str) -> bool:
        """Whether ``text`` says again what an earlier item of ``kind`` said; if not, it
        is remembered as said."""
        own = frozenset(tokens(text))
        earlier = self._words.setdefault(kind, [])
        if len(own) >= MIN_WORDS and any(
            len(own & other) >= RESTATED * len(own) for other in earlier
        ):
            return True
        earlier.append(own)
        return False
