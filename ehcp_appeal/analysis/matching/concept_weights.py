"""Concept overlap weighted by rarity within the case, with part credit for related concepts.

A concept that every report and plan sentence of a case mentions ("hearing" in a
deaf child's case) says little about which sentence matches which, just as a common
word does; a rare one ("pre-teaching") says a lot. And professionals and councils
often describe one provision with neighbouring concepts of the same area of need (a
report's "movement break" against a plan's "sensory circuit"), which deserves some
credit rather than the penalty for sharing nothing. Needs get no such credit: a
Section B that describes handwriting does not describe the child's dressing. A need
gets part credit only from the condition it comes with ("autistic" for a report's
difficulty taking turns in conversation), which plans often name in its place.
"""

import math
from collections import Counter
from collections.abc import Iterable
from functools import cache

from ehcp_appeal.analysis import lexicon

RELATED_CREDIT = 0.5


@cache
def umbrella_needs() -> dict[str, frozenset[str]]:
    """The needs each condition covers when a plan names the condition instead."""
    table: dict[str, list[str]] = lexicon.load("concepts").get("umbrellas", {})
    return {umbrella: frozenset(needs) for umbrella, needs in table.items()}


@cache
def _umbrellas() -> dict[str, frozenset[str]]:
    """Each need's conditions: umbrella_needs turned round."""
    covers: dict[str, set[str]] = {}
    for umbrella, needs in umbrella_needs().items():
        for need in needs:
            covers.setdefault(need, set()).add(umbrella)
    return {need: frozenset(umbrellas) for need, umbrellas in covers.items()}


@cache
def family_of() -> dict[str, str]:
    """Each concept's family (its area of need), from concepts.json."""
    families: dict[str, list[str]] = lexicon.load("concepts").get("families", {})
    return {concept: family for family, members in families.items() for concept in members}


def share_an_area(own: frozenset[str], other: frozenset[str]) -> bool:
    """Unless both name their topics and no topic of one is in the other's area of need.

    "Robin finds it hard to follow instructions" shares its words with "Robin finds
    reading hard" but not its area: wording alone does not make those one need.
    """
    if not own or not other:
        return True
    families = family_of()
    return bool({families.get(c, c) for c in own} & {families.get(c, c) for c in other})


class ConceptWeights:
    """Rarity weights for the concepts of one case's sentences."""

    def __init__(self, documents: Iterable[frozenset[str]]) -> None:
        frequency: Counter[str] = Counter()
        total = 0
        for document in documents:
            frequency.update(document)
            total += 1
        self._weights = {
            concept: 1.0 + 0.5 * math.log((1 + total) / (1 + count))
            for concept, count in frequency.items()
        }
        self._default = 1.0 + 0.5 * math.log(1 + total)

    def weight(self, concept: str) -> float:
        return self._weights.get(concept, self._default)

    def _sum(self, concepts: Iterable[str]) -> float:
        return sum(self.weight(concept) for concept in concepts)

    def related(self, own: frozenset[str], other: frozenset[str]) -> set[str]:
        """Concepts of ``own`` not in ``other`` whose family ``other`` also mentions."""
        families = family_of()
        other_families = {families.get(concept) for concept in other - own} - {None}
        return {c for c in own - other if families.get(c) in other_families}

    def covered(self, own: frozenset[str], other: frozenset[str]) -> set[str]:
        """Needs of ``own`` that ``other`` names only through their condition."""
        umbrellas = _umbrellas()
        return {c for c in own - other if umbrellas.get(c, frozenset()) & other}

    def overlap(self, own: frozenset[str], other: frozenset[str], contain: bool) -> float:
        """Weighted Dice; for a provision line, half Dice and half containment of the smaller.

        A short provision line ("Equipment checks as appropriate") names one thing; a
        report's recommendation names that thing along with who, when and why. Dice
        alone punishes the short line for the detail it lacks, which is the very
        vagueness to be reported. Needs are not treated so: "no physical difficulties"
        must not cover a report's joint pain merely because both mention physical
        difficulty.
        """
        if not own or not other:
            return 0.0
        shared = self._sum(own & other)
        if contain:
            own_related = self._sum(self.related(own, other))
            other_related = self._sum(self.related(other, own))
        else:  # a need earns credit only from the condition the line names (``covered``)
            own_related, other_related = self._sum(self.covered(own, other)), 0.0
        own_total, other_total = self._sum(own), self._sum(other)
        dice = (2 * shared + RELATED_CREDIT * (own_related + other_related)) / (
            own_total + other_total
        )
        if not contain:
            return dice
        if own_total <= other_total:
            smaller, related = own_total, own_related
        else:
            smaller, related = other_total, other_related
        return 0.5 * dice + 0.5 * (shared + RELATED_CREDIT * related) / smaller
