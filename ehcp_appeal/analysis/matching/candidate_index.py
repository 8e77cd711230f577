"""Which plan lines a statement could match at all, so that only those are scored.

A long report has thousands of statements, and scoring each against every line of the
plan (and every free plan line against every recommendation) was most of the plan
check's time. A line that shares with a statement no content word, no five-letter
word start, no concept and (for a provision line, whose concepts earn credit for
neighbours) no family of concepts scores on characters alone: at most the weight of
the character score, ``Matcher.CHARS``. So the lines that share a key are scored
first, and when the best of them scores above that ceiling it is the best of all
lines, the same one scoring every line would pick; otherwise every line is scored.
"""

from collections.abc import Iterable

from ehcp_appeal.analysis.matching.concept_weights import family_of

PREFIX = 5
"""Letters of a word start that make two words near (see Matcher's word score)."""


def statement_keys(
    words: Iterable[str], concepts: Iterable[str], families: bool = True
) -> frozenset[str]:
    """The keys a statement is filed under: its words, word starts, concepts and families.

    ``families`` is false for a plan line that is not provision: needs earn no credit
    for a neighbouring concept, so a shared family alone cannot raise their score.
    """
    words, concepts = list(words), list(concepts)
    keys = {f"w:{word}" for word in words}
    keys.update(f"p:{word[:PREFIX]}" for word in words if len(word) >= PREFIX)
    keys.update(f"c:{concept}" for concept in concepts)
    if families:
        table = family_of()
        keys.update(f"f:{table[concept]}" for concept in concepts if concept in table)
    return frozenset(keys)


class CandidateIndex:
    """From each key to the plan lines filed under it."""

    def __init__(self, lines: Iterable[frozenset[str]]) -> None:
        self._postings: dict[str, list[int]] = {}
        for number, keys in enumerate(lines):
            for key in keys:
                self._postings.setdefault(key, []).append(number)

    def sharing(self, keys: Iterable[str]) -> frozenset[int]:
        """The lines that share at least one key with a statement."""
        found: set[int] = set()
        for key in keys:
            found.update(self._postings.get(key, ()))
        return frozenset(found)
