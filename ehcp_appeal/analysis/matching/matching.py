"""Matching report statements to plan sentences on meaning, not on shared words alone.

Method, chosen to be explainable and to ship with no model file:

1. Concepts. A data lexicon (resources/analysis/concepts.json) names the needs and
   provisions that professionals and councils describe in different words: "working
   memory" and "hold instructions in his head", "literal" and "figures of speech",
   "ear defenders" and "noise-reducing". Each sentence is tagged with the concepts it
   mentions; shared concepts are the main evidence of a match and are what the app
   shows as the reason ("both are about: working memory").
2. Weighted words. Content words, lightly stemmed and weighted by how rare they are in
   this plan and these reports (inverse document frequency), so the child's name and
   "school" count for little and "hypermobility" for a lot.
3. Characters. rapidfuzz's token-set ratio catches near-verbatim copying, as when a
   plan quotes a report.

The score is a weighted sum of the three. A plan line that carries no concept at all
(the lexicon does not cover its wording) is judged on its words in place of concepts,
so that a plain restatement of a recommendation is not outscored by a line that only
shares a setting or a role the recommendation mentions in passing ("on placement
days ... or the job coach"). Statements that carry concepts but share none with a
candidate are penalised, so a recommendation to train staff does not
match a teaching-assistant programme merely because both mention staff. TF-IDF with
keyword rules alone reached an F1 of 0.79 on the development cases and fell apart on
unseen templates; an embedding model would need torch or a shipped vector file and
could not say why two sentences match.
"""

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.matching.candidate_index import (
    SLACK,
    CandidateIndex,
    heavy_words,
    statement_keys,
)
from ehcp_appeal.analysis.matching.concept_weights import ConceptWeights
from ehcp_appeal.analysis.matching.words import tokens
from ehcp_appeal.analysis.pattern_index import PatternTable
from ehcp_appeal.analysis.reading.blocks import normalise_quotes


@cache
def _concept_patterns() -> PatternTable:
    data = lexicon.load("concepts")
    table = {
        name: patterns
        for group in ("needs", "provisions")
        for name, patterns in data[group].items()
    }
    # A pattern starts at a word's start: "math" is not in "aftermath".
    return PatternTable(table, re.IGNORECASE, prefix="(?<![a-z])")


@cache
def _discipline_patterns() -> PatternTable:
    table = lexicon.load("concepts")["disciplines"]
    return PatternTable({name: [pattern] for name, pattern in table.items()}, re.IGNORECASE)


@lru_cache(maxsize=4096)
def token_counts(text: str) -> Counter[str]:
    """A statement's content words, counted (kept: the restatement check reads each
    report item's words before the matching does). Not to be changed by callers."""
    return Counter(tokens(text))


@cache
def _provision_concepts() -> frozenset[str]:
    return frozenset(lexicon.load("concepts")["provisions"])


def provision_kinds(text: str) -> frozenset[str]:
    """The kinds of provision a statement names (training, a small class, ...), not its needs."""
    return concepts(text) & _provision_concepts()


@cache
def _must_share() -> frozenset[str]:
    return frozenset(lexicon.load("concepts").get("must_share", []))


@lru_cache(maxsize=16384)
def concepts(text: str) -> frozenset[str]:
    """The concepts a statement mentions; kept per statement, as roles and matching both ask."""
    return _concept_patterns().labels(normalise_quotes(text))


@lru_cache(maxsize=16384)
def disciplines(text: str) -> frozenset[str]:
    """The professions a statement names (speech and language therapy, physiotherapy, ...)."""
    return _discipline_patterns().labels(normalise_quotes(text))


@dataclass(frozen=True)
class Match:
    index: int
    score: float
    shared: tuple[str, ...]
    words: float = 0.0  # the weighted word overlap alone


@dataclass(frozen=True)
class _Words:
    """A statement's words as the word score uses them, worked out once per statement."""

    counts: Counter[str]
    unique: set[str]  # never changed: the set the score intersects
    total: float  # the sum of the words' weights
    starts: dict[str, list[str]]  # five-letter start -> the words of five letters or more


class Matcher:
    """Scores statements against a fixed set of plan sentences."""

    WORDS, CONCEPTS, CHARS = 0.4, 0.45, 0.15
    FEW_WORDS = 0.08
    """Weighted word overlap below which one shared concept alone is too little to match."""
    CORE_SHARED = 2
    """Words of the provision itself (see provision_core) two lines share to be the same."""
    MANY_WORDS = 0.3
    """Weighted word overlap at which advice and a provision line say the same thing in
    the same words, whatever topics the lexicon tags in each: advice that names its
    purpose ("so that she can join in when her sight is poor") tags the purpose's topics,
    while the plan line that restates the provision word for word ("On-body signs ... a
    tap on both shoulders") tags others."""

    def __init__(
        self, candidates: list[str], corpus: list[str], provisions: list[bool] | None = None
    ) -> None:
        """``provisions`` marks the provision lines (see ConceptWeights.overlap)."""
        self.candidates = candidates
        self._provisions = provisions or [False] * len(candidates)
        # The statements' counted words are kept: scoring asks for them again.
        documents = [set(token_counts(text)) for text in corpus + candidates]
        frequency: Counter[str] = Counter()
        for document in documents:
            frequency.update(document)
        total = len(documents) or 1
        self._idf = {
            word: math.log((1 + total) / (1 + count)) + 0.1 for word, count in frequency.items()
        }
        self._default_idf = math.log(1 + total) + 0.1
        self._words: dict[str, _Words] = {}  # per statement, for this plan and these reports
        self._cand_tokens = [self._words_of(text, Counter(tokens(text))) for text in candidates]
        self._cand_concepts = [concepts(text) for text in candidates]
        self._cand_roles = [disciplines(text) for text in candidates]
        self._concepts = ConceptWeights(concepts(text) for text in corpus + candidates)
        self._index = CandidateIndex(
            statement_keys(words.unique, found, provision)
            for words, found, provision in zip(
                self._cand_tokens, self._cand_concepts, self._provisions, strict=False
            )
        )
        self._sharing: dict[str, tuple[frozenset[int], float]] = {}
        self._scores: dict[tuple[str, int], Match] = {}  # pairing, assessing and rating re-ask
        self._terms: dict[
            tuple[frozenset[str], int],
            tuple[frozenset[str], float, float | None, tuple[float, ...]],
        ]
        self._terms = {}
        self._lowered = [text.lower() for text in candidates]

    def line_concepts(self, index: int) -> frozenset[str]:
        """The concepts of plan line ``index``."""
        return self._cand_concepts[index]

    def _words_of(self, text: str, counts: Counter[str] | None = None) -> _Words:
        found = self._words.get(text)
        if found is None or counts is not None:
            counts = token_counts(text) if counts is None else counts
            starts: dict[str, list[str]] = {}
            for word in counts:
                if len(word) >= 5:
                    starts.setdefault(word[:5], []).append(word)
            idf, default = self._idf, self._default_idf  # looked up, not called, per word
            found = _Words(counts, set(counts), sum(idf.get(w, default) for w in counts), starts)
            self._words.setdefault(text, found)
        return found

    def _word_score(self, a: _Words, b: _Words) -> float:
        """IDF-weighted Dice overlap; words sharing their first five letters count half."""
        common = a.unique & b.unique
        near: set[str] = set()
        if any(  # most pairs share word starts only through the words they share
            any(word not in common for word in a.starts[start])
            and any(other not in common for other in b.starts[start])
            for start in a.starts.keys() & b.starts.keys()
        ):
            near = {
                word
                for word in a.unique - common
                if len(word) >= 5
                and any(other not in common for other in b.starts.get(word[:5], ()))
            }
        total = a.total + b.total
        idf, default = self._idf, self._default_idf
        shared = sum(idf.get(w, default) for w in common) + 0.5 * sum(
            idf.get(w, default) for w in near
        )
        return 2 * shared / total if total else 0.0

    def could_match(self, text: str) -> tuple[frozenset[int], float]:
        """The plan lines sharing a heavier word, word start, concept or family with
        ``text``, and the ceiling every other line scores at most (see candidate_index)."""
        found = self._sharing.get(text)
        if found is None:
            words = self._words_of(text)
            idf, default = self._idf, self._default_idf
            weights = {word: idf.get(word, default) for word in words.unique}
            heavy, ceiling = heavy_words(
                weights, words.total, self.WORDS + self.CONCEPTS, self.CHARS
            )
            keys = statement_keys(heavy, concepts(text))
            found = self._sharing[text] = (self._index.sharing(keys), ceiling)
        return found

    def score(self, text: str, index: int) -> Match:
        found = self._score(text, index)
        assert found is not None  # no floor: always scored
        return found

    def _score(self, text: str, index: int, floor: float | None = None) -> Match | None:
        """The score; with ``floor``, None as soon as the line cannot reach it.

        Every penalty depends on words and concepts alone, so the most the character
        score can add is known before rapidfuzz is asked for it.
        """
        if floor is None and (known := self._scores.get((text, index))) is not None:
            return known
        other = self._cand_concepts[index]
        shared, concept, disjoint, leading = self._concept_terms(concepts(text), index)
        words = self._word_score(self._words_of(text), self._cand_tokens[index])
        if not other:
            concept = words  # a line the lexicon does not cover is judged on its words
        same_words = (
            disjoint is not None
            and words >= self.MANY_WORDS
            and self._provisions[index]
            and self._same_provision_words(text, index)
        )
        factors = [disjoint] if disjoint is not None and not same_words else []
        factors.extend(leading)
        if len(shared) == 1 and words < self.FEW_WORDS:
            factors.append(0.85)  # one shared topic and almost no shared words: a near miss
        own_roles, other_roles = disciplines(text), self._cand_roles[index]
        if own_roles and other_roles and not own_roles & other_roles:
            factors.append(0.6)  # another profession's provision
        if floor is not None:
            most = self.WORDS * words + self.CONCEPTS * concept + self.CHARS
            if math.prod(factors) * most < floor - SLACK:
                return None
        chars = fuzz.token_set_ratio(text.lower(), self._lowered[index]) / 100.0
        value = self.WORDS * words + self.CONCEPTS * concept + self.CHARS * chars
        for factor in factors:  # in the order they always were applied
            value *= factor
        found = Match(
            index=index, score=round(value, 3), shared=tuple(sorted(shared)), words=round(words, 3)
        )
        self._scores[(text, index)] = found
        return found

    def _same_provision_words(self, text: str, index: int) -> bool:
        """Whether the two share words of the provision itself, not only who delivers it
        and how often ("with a teaching assistant for 10 minutes every day")."""
        from ehcp_appeal.analysis.matching.provision_core import core_tokens  # imports this

        return len(core_tokens(text) & core_tokens(self.candidates[index])) >= self.CORE_SHARED

    def _concept_terms(
        self, own_concepts: frozenset[str], index: int
    ) -> tuple[frozenset[str], float, float | None, tuple[float, ...]]:
        """(shared concepts, concept overlap, the penalty for naming only other topics
        (waived for the same words), the other penalties that depend on concepts alone,
        in the order they are applied) for a statement's concepts against line ``index``.

        Kept: many statements name the same few concepts, and each is scored against
        many lines.
        """
        key = (own_concepts, index)
        found = self._terms.get(key)
        if found is not None:
            return found
        other = self._cand_concepts[index]
        shared = own_concepts & other
        concept = self._concepts.overlap(own_concepts, other, self._provisions[index])
        factors: list[float] = []
        disjoint = None
        if own_concepts and other and not shared:
            if self._provisions[index]:
                related = bool(self._concepts.related(own_concepts, other))
            else:  # a need the line names only through its condition ("autistic")
                related = bool(self._concepts.covered(own_concepts, other))
            disjoint = 0.8 if related else 0.6
        own_kinds = own_concepts & _provision_concepts()
        if own_kinds and shared and not shared & own_kinds:
            factors.append(0.8)  # same need, but none of the kinds of provision asked for
        if (own_concepts ^ other) & _must_share():
            factors.append(0.5)
        found = self._terms[key] = (shared, concept, disjoint, tuple(factors))
        return found

    def best(
        self, text: str, allowed: list[int] | None = None, floor: float | None = None
    ) -> Match | None:
        """The best-scoring line of ``allowed`` (the first of equals), as if all were scored.

        With ``floor``, that line only if it scores at least ``floor``, else None. Lines
        that could match are scored first; the rest only when none of those scores
        above the ceiling of the others and the floor does not settle it.
        """
        indices = allowed if allowed is not None else range(len(self.candidates))
        possible, ceiling = self.could_match(text)
        if floor is not None and floor > ceiling:
            return self._best_above(text, [index for index in indices if index in possible], floor)
        top = self._first_best(text, [index for index in indices if index in possible], floor)
        if top is not None and top.score > ceiling:
            return top if floor is None or top.score >= floor else None
        found = self._first_best(text, indices, floor)
        return found if found is None or floor is None or found.score >= floor else None

    def _first_best(self, text: str, indices: Sequence[int], floor: float | None) -> Match | None:
        """The first of the best-scoring lines, or, with ``floor``, one at or below it when
        none reaches it. A line that cannot reach the best so far (or the floor) cannot be
        the first of the best, so its characters are not compared."""
        found: Match | None = None
        for index in indices:
            match = self._scores.get((text, index))
            if match is None:
                bar = max(found.score if found is not None else 0.0, floor or 0.0)
                match = self._score(text, index, bar if found is not None or floor else None)
                if match is None:
                    continue
            if found is None or match.score > found.score:
                found = match
        return found

    def _best_above(self, text: str, indices: list[int], floor: float) -> Match | None:
        """The best line if it reaches ``floor``; lines that cannot are not scored in full."""
        found: Match | None = None
        for index in indices:
            match = self._score(text, index, floor)
            if match is not None and (found is None or match.score > found.score):
                found = match
        return found if found is not None and found.score >= floor else None

    def most_words(self, text: str, indices: Sequence[int]) -> Match | None:
        """The line of ``indices`` sharing the most weighted words with ``text`` (the first
        of equals), scored in full."""
        own = self._words_of(text)
        found: tuple[float, int] | None = None
        for index in indices:
            words = self._word_score(own, self._cand_tokens[index])
            if found is None or words > found[0]:
                found = (words, index)
        return self.score(text, found[1]) if found is not None else None

    def best_statement(self, statements: Sequence[str], index: int) -> tuple[Match, int] | None:
        """The statement that scores best against plan line ``index`` (the first of equals)."""
        scored = []
        ceiling = 0.0  # the highest any statement not scored can reach
        for number, text in enumerate(statements):
            possible, own_ceiling = self.could_match(text)
            if index in possible:
                scored.append((self.score(text, index), number))
            else:
                ceiling = max(ceiling, own_ceiling)
        top = max(scored, key=lambda pair: pair[0].score, default=None)
        if top is not None and top[0].score > ceiling:
            return top
        found: tuple[Match, int] | None = None  # the first of the best so far
        for number, text in enumerate(statements):
            match = self._scores.get((text, index))
            if match is None:  # as in ``best``: one that cannot reach the best so far is left
                match = self._score(text, index, found[0].score if found is not None else None)
                if match is None:
                    continue
            if found is None or match.score > found[0].score:
                found = (match, number)
        return found
