"""Which plan lines a statement could match at all, so that only those are scored.

A long report has thousands of statements, and scoring each against every line of the
plan (and every free plan line against every recommendation) was most of the plan
check's time. A line that shares with a statement no concept, (for a provision line,
whose concepts earn credit for neighbours) no family of concepts, and none of the
statement's heavier words or their five-letter starts, nor names the condition a need
comes with ("dyslexia" for reading; see concept_weights), can score only on characters
and on the statement's light words (the child's name, "school"): at most a ceiling
worked out from those words' weights. So the lines that share a key are scored first;
when the best of them scores above the ceiling it is the best of all lines, the same
one scoring every line would pick, and when the caller only wants a line above a floor
that the ceiling is below, no other line can be it. Otherwise every line is scored.
"""

from collections.abc import Iterable, Mapping

from ehcp_appeal.analysis.matching.concept_weights import family_of, umbrella_needs

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
    covered = umbrella_needs()  # a condition ("dyslexia") is filed under the needs it covers
    keys.update(f"c:{need}" for concept in concepts for need in covered.get(concept, ()))
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


LIGHT_SHARE = 0.12
"""How much of a statement's score its light words may bring at most (ceiling 0.27
with the character weight, below the match threshold of 0.31)."""
SLACK = 0.001
"""Scores are rounded to three places; the ceiling is kept above any rounding."""


def heavy_words(
    weights: Mapping[str, float], total: float, word_share: float, chars_share: float
) -> tuple[list[str], float]:
    """The words to file a statement under, and the most a line sharing none can score.

    The lightest words are left out while the score they could bring (``word_share``
    times the Dice overlap they alone make, ``2 * light / total`` at most) stays within
    LIGHT_SHARE; the ceiling is that plus the whole character score.
    """
    light = 0.0
    heavy: list[str] = []
    for weight, word in sorted([(weight, word) for word, weight in weights.items()]):
        if not heavy and total and word_share * 2 * (light + weight) / total <= LIGHT_SHARE:
            light += weight
        else:
            heavy.append(word)
    bound = word_share * 2 * light / total if total else 0.0
    return heavy, chars_share + bound + SLACK
