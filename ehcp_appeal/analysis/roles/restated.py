"""A report restating its own earlier need or advice, as a summary table or list does.

Reports often end with a summary that repeats each recommendation in a few words
("Social communication group (up to four)") after arguing it in full in the body. The
repetition is not a second recommendation: taken as one, the plan check reports the
same advice twice, once in the report's full words and once in its shorthand. A line
most of whose words an earlier item of the same kind already holds is that item again.
"""

from collections import Counter

from ehcp_appeal.analysis.matching.matching import token_counts

RESTATED = 0.8
"""Share of a line's content words an earlier item must hold for the line to repeat it."""
MIN_WORDS = 2


class Said:
    """The content words of each item a report has given so far, by kind.

    Kept as a list of the earlier items holding each word: a line can repeat only an
    item it shares a word with (it must share at least two), so counting the shared
    words through those lists gives the overlap of every item that could qualify
    without comparing the line with every earlier item (a long report has hundreds).
    """

    def __init__(self) -> None:
        self._holding: dict[str, dict[str, list[int]]] = {}
        self._count: dict[str, int] = {}

    def restates(self, text: str, kind: str) -> bool:
        """Whether ``text`` says again what an earlier item of ``kind`` said; if not, it
        is remembered as said."""
        own = frozenset(token_counts(text))
        holding = self._holding.setdefault(kind, {})
        if len(own) >= MIN_WORDS:
            shared: Counter[int] = Counter()
            for word in own:
                shared.update(holding.get(word, ()))
            if shared and max(shared.values()) >= RESTATED * len(own):
                return True
        number = self._count.get(kind, 0)
        self._count[kind] = number + 1
        for word in own:
            holding.setdefault(word, []).append(number)
        return False
