"""One scan of a sentence for the literals of every pattern table at once.

Each pattern table (see pattern_index) picks the patterns worth searching in a sentence
by the literals the sentence holds. The role rules ask several tables about the same
sentence (the role cues, the report cues, the concepts, the areas, the staff roles), so
scanning once per table repeated the same work; and a scan written as a regular
expression cost about 25 microseconds a sentence and a table, most of the plan check
on a long report. An Aho-Corasick automaton (pyahocorasick, in C) over the literals of
every table finds every occurrence of every literal, nested and overlapping ones
included, in one pass, and the set it gives is kept for the last few sentences: each
table then reads from it only the literals it owns.
"""

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from operator import itemgetter

import ahocorasick


@cache
def folding_characters() -> frozenset[str]:
    """Characters beyond ASCII that ``re`` matches to an ASCII letter when ignoring case."""
    letter = re.compile("[a-z]", re.IGNORECASE)  # one scan of them all, not one call each
    return frozenset(letter.findall("".join(map(chr, range(128, 0x10000)))))


@lru_cache(maxsize=64)
def lowered_or_none(text: str) -> str | None:
    """The lowered text, or None when a folding character is in it.

    Kept for the last few sentences only: each sentence is searched with many tables
    one after another, then never again.
    """
    if not text.isascii() and not folding_characters().isdisjoint(text):
        return None
    return text.lower()


_SECOND = itemgetter(1)


class _Generation:
    """The literals registered so far, their automaton and the texts scanned with it.

    Registering literals starts a new generation rather than changing this one, so a
    scan running in another thread meanwhile (checks run in worker threads) finishes
    with the automaton it started with and keeps its answer with that generation only:
    no text is ever answered without literals registered before it was asked about.
    """

    __slots__ = ("automaton", "literals", "recent")

    def __init__(self, literals: frozenset[str]) -> None:
        self.literals = literals
        self.automaton: ahocorasick.Automaton | None = None  # built at the first scan
        self.recent: dict[str, frozenset[str]] = {}


class LiteralScan:
    """The literals of every registered table, and which of them a lowered text holds."""

    RECENT = 256
    """Texts whose literals are kept: a sentence is asked about by every table in a row,
    and its clauses (the need after "but", the text without denials) in between."""

    def __init__(self) -> None:
        self._generation = _Generation(frozenset())

    def add(self, literals: Iterable[str]) -> None:
        """Register a table's literals; the automaton is rebuilt at the next scan.

        Tables are built when first used, one after another, so each new literal
        forgets what earlier scans found (they did not look for it).
        """
        known = self._generation.literals
        new = set(literals) - known
        if new:
            self._generation = _Generation(known | new)

    def known(self, lowered: str) -> frozenset[str] | None:
        """The literals of a text scanned lately, or None: a few plain look-ups cost less
        than scanning a text no table asks about."""
        return self._generation.recent.get(lowered)

    def present(self, lowered: str) -> frozenset[str]:
        """Every registered literal that occurs in ``lowered`` (already lower case)."""
        generation = self._generation
        found = generation.recent.get(lowered)
        if found is not None:
            return found
        if not generation.literals:
            return frozenset()  # an automaton with no words cannot scan
        automaton = generation.automaton
        if automaton is None:
            automaton = generation.automaton = _automaton(generation.literals)
        found = frozenset(map(_SECOND, automaton.iter(lowered)))  # no Python loop
        if len(generation.recent) >= self.RECENT:
            generation.recent.clear()
        generation.recent[lowered] = found
        return found


def _automaton(literals: Iterable[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for literal in literals:
        automaton.add_word(literal, literal)
    automaton.make_automaton()
    return automaton


SHARED = LiteralScan()
"""The one scan every pattern table of the process registers with."""
