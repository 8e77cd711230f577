"""A report restating its own earlier need or advice, as a summary table or list does.

Reports often end with a summary that repeats each recommendation in a few words
("Social communication group (up to four)") after arguing it in full in the body. The
repetition is not a second recommendation: taken as one, the plan check reports the
same advice twice, once in the report's full words and once in its shorthand. A line
most of whose words an earlier item of the same kind already holds is that item again.
"""

import math

from ehcp_appeal.analysis.matching.matching import token_counts

RESTATED = 0.8
"""Share of a line's content words an earlier item must hold for the line to repeat it."""
MIN_WORDS = 2


class Said:
    """The content words of each item a report has given so far, by kind.

    Each word keeps the list of earlier items holding it. An item holding at least
    ``needed`` of a line's ``n`` words lacks at most ``n - needed`` of them, so it holds
    one of any ``n - needed + 1`` of them: the items on the lists of the line's rarest
    words that many are every item that could qualify, and only those are compared
    with the line (a long report has hundreds of items, and most lines share their
    common words with most of them).
    """

    def __init__(self) -> None:
        self._holding: dict[str, dict[str, list[int]]] = {}
        self._said: dict[str, list[frozenset[str]]] = {}

    def restates(self, text: str, kind: str) -> bool:
        """Whether ``text`` says again what an earlier item of ``kind`` said; if not, it
        is remembered as said."""
        own = frozenset(token_counts(text))
        holding = self._holding.setdefault(kind, {})
        said = self._said.setdefault(kind, [])
        if len(own) >= MIN_WORDS:
            share = RESTATED * len(own)
            rarest = sorted(own, key=lambda word: len(holding.get(word, ())))
            probed = rarest[: len(own) - math.ceil(share) + 1]
            earlier = {number for word in probed for number in holding.get(word, ())}
            if any(len(own & said[number]) >= share for number in earlier):
                return True
        for word in own:
            holding.setdefault(word, []).append(len(said))
        said.append(own)
        return False
