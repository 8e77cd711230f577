"""Searching large tables of lexicon patterns quickly, with exactly the results of ``re``.

A cue family such as the words of need holds hundreds of patterns. Compiled as one
alternation, Python's ``re`` still tries every alternative at every position of a
sentence (about 0.2 ms a sentence for that family alone), and the concepts are a
hundred and twenty patterns tried one after another; on a long report that was most
of the plan check's time.

Nearly every pattern names letters that any match must contain: "struggl", "finds it
hard", one of "the level" or "average" after "below". Those literals are read once
from the parsed pattern, and one scan of the lowered sentence for the literals of every
table at once (see literal_scan) picks, for a sentence, the few patterns that could
match it: those with a literal of every set they need ("gap" and " in " and one of
" his" or " her"). Only those are searched, each compiled alone; of their matches the
leftmost wins, the earlier pattern first at the same place, which is the match the
whole alternation finds. Patterns with no such literal are always searched, and a
sentence holding a character that ``re`` folds onto a Latin letter under IGNORECASE
(the long s, the Kelvin sign) is searched with every pattern, so no match is ever lost.
The rules ask the same question of a sentence more than once, so each answer is kept
for the last few sentences. A pattern that is an alternation at its top ("teaching
assistant|\\bta\\b") is held as its alternatives, each with literals of its own.
"""

import re
from collections.abc import Iterator, Mapping, Sequence
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from ehcp_appeal.analysis.literal_scan import SHARED, lowered_or_none
from ehcp_appeal.analysis.pattern_literals import GRAM, alternatives, literal_sets, plain_literal

_UNKNOWN = object()


def _guard(prefix: str, flags: int) -> re.Pattern[str] | None:
    """The prefix compiled alone when it only looks behind (takes no text, holds no
    group), so that it can be checked apart from each pattern; else None."""
    if not prefix:
        return None
    parsed = sre_parse.parse(prefix, flags)
    if parsed.getwidth() != (0, 0) or parsed.state.groups != 1:
        return None
    return re.compile(prefix, flags)


class _Owned:
    """A label's patterns that a literal (of the first set each needs) chooses."""

    __slots__ = ("checked", "simple")

    def __init__(self) -> None:
        self.simple: list[int] = []  # needing no other literal
        self.checked: list[tuple[int, Sequence[frozenset[str]]]] = []  # and their other sets


class _LabelIndex:
    """One label's literals, the patterns each chooses, and its patterns with none."""

    __slots__ = ("always", "literals", "owners")

    def __init__(self) -> None:
        self.literals: frozenset[str] = frozenset()
        self.owners: dict[str, _Owned] = {}
        self.always: list[int] = []

    def owned(self, literal: str) -> _Owned:
        return self.owners.setdefault(literal, _Owned())


class PatternTable:
    """``{label: [pattern, ...]}``, each label's patterns searched as one alternation.

    ``search(label, text)`` gives what ``re.compile(prefix + "(?:" + "|".join(
    "(?:p)" ...) + ")", flags).search(text)`` gives; ``labels(text)`` the labels with
    any match. Each pattern is compiled the first time a text could match it.
    """

    RECENT = 64
    """Texts whose literals and reached labels are kept: the role rules ask many labels
    of one sentence in a row, then move on."""
    REMEMBERED = 4096
    """Answers kept (a few dozen sentences' worth of labels)."""

    def __init__(self, table: Mapping[str, Sequence[str]], flags: int, prefix: str = "") -> None:
        self._guard = _guard(prefix, flags)
        alone = "" if self._guard else prefix  # a guard is checked apart (see _find)
        # Each label's patterns as their top-level alternatives ("pieces", see
        # pattern_literals.alternatives), in order, with the pattern each came from.
        self._table: dict[str, list[str]] = {}
        self._origin: dict[str, list[int]] = {}
        for label, patterns in table.items():
            split = [(n, piece) for n, p in enumerate(patterns) for piece in alternatives(p)]
            self._table[label] = [piece for _n, piece in split]
            self._origin[label] = [n for n, _piece in split]
        self._sources = {
            label: [f"{alone}(?:{p})" for p in pieces] for label, pieces in self._table.items()
        }
        self._flags = flags
        self._prefix = prefix
        self._alternations: dict[tuple[str, tuple[int, ...]], re.Pattern[str]] = {}
        self._compiled: dict[tuple[str, int], re.Pattern[str]] = {}
        self._parsed: dict[tuple[str, int], object] = {}  # until compiled
        self._may_be_empty: set[tuple[str, int]] = set()
        # Each label's patterns by the literals of the first set each needs; the numbers
        # are appended in table order, which is the order a label's matches are ranked in.
        self._by_label = {label: _LabelIndex() for label in table}
        every: set[str] = set()
        for label, sources in self._sources.items():
            index = self._by_label[label]
            for number in range(len(sources)):
                sets = self._parse(label, number)
                if not sets:
                    index.always.append(number)
                    continue
                for literal in sorted(sets[0]):
                    owned = index.owned(literal)
                    if len(sets) == 1:
                        owned.simple.append(number)
                    else:
                        owned.checked.append((number, sets[1:]))
                every.update(*sets)
        # Each literal -> the labels it gives a pattern to with nothing more needed, and
        # (label, the other sets) for the patterns that need more.
        labels_of: dict[str, set[str]] = {}
        checked_of: dict[str, list[tuple[str, Sequence[frozenset[str]]]]] = {}
        for label, index in self._by_label.items():
            index.literals = frozenset(index.owners)
            for literal, owned in index.owners.items():
                if owned.simple:
                    labels_of.setdefault(literal, set()).add(label)
                checked_of.setdefault(literal, []).extend(
                    (label, others) for _number, others in owned.checked
                )
        self._literal_labels = {literal: frozenset(found) for literal, found in labels_of.items()}
        self._literal_checked = {literal: found for literal, found in checked_of.items() if found}
        self._literals = frozenset(labels_of) | frozenset(self._literal_checked)
        self._labels = frozenset(table)
        self._always_labels = frozenset(
            label for label, index in self._by_label.items() if index.always
        )
        self._reach: dict[str, tuple[frozenset[str] | None, frozenset[str]]] = {}
        SHARED.add(every)
        # Answers already given for a (label, text): the rules ask the same label of one
        # sentence several times. Forgotten, all at once, when there are many.
        self._found: dict[tuple[str, str], re.Match[str] | None] = {}
        self._any: dict[tuple[str, str], bool] = {}

    def _parse(self, label: str, number: int) -> list[frozenset[str]]:
        """The literal sets of one pattern as searched, its parse kept for compiling.

        Parsing is half the work of compiling a pattern, and a long report compiles
        hundreds of them the first time; each is parsed once, here. A plain word or
        phrase (no character that means anything to ``re``) is its own literal, and
        is not parsed until it is compiled.
        """
        plain = plain_literal(self._table[label][number])
        if plain is not None and (not self._prefix or self._guard is not None):
            return [frozenset([plain])] if len(plain) >= GRAM else []
        try:
            parsed = sre_parse.parse(self._sources[label][number], int(self._flags))
        except re.error:
            self._may_be_empty.add((label, number))
            return []  # searched always, and compiling it says what is wrong
        self._parsed[(label, number)] = parsed
        if parsed.getwidth()[0] == 0:
            self._may_be_empty.add((label, number))
        return literal_sets(parsed)

    def _pattern(self, label: str, number: int) -> re.Pattern[str]:
        key = (label, number)
        compiled = self._compiled.get(key)
        if compiled is None:
            parsed = self._parsed.pop(key, None)
            if parsed is None:
                compiled = re.compile(self._sources[label][number], self._flags)
            else:  # what re.compile does after parsing
                compiled = sre_compile.compile(parsed, int(self._flags))
            self._compiled[key] = compiled
        return compiled

    def _find(self, label: str, number: int, text: str) -> re.Match[str] | None:
        """What ``prefix(?:pattern)`` finds in ``text``.

        With a guard (a lookbehind every match starts with), the pattern is searched
        alone and each place it matches is checked with the guard, the leftmost place
        passing it being the prefixed pattern's match. The lookbehind sees the text
        before the place just as it would in the whole pattern; in front of the
        pattern it kept ``re`` from skipping ahead to the pattern's first letter, and
        searched at half the speed.
        """
        pattern = self._pattern(label, number)
        guard = self._guard
        if guard is None:
            return pattern.search(text)
        position = 0
        while (match := pattern.search(text, position)) is not None:
            start = match.start()
            if guard.match(text, start):
                return match
            if start >= len(text):
                break
            position = start + 1
        return None

    def _label_candidates(self, label: str, present: frozenset[str] | None) -> Sequence[int]:
        """The numbers of the label's patterns that could match a text holding the literals
        ``present`` (None: every pattern), in table order: those with a literal of every
        set they need, and those that need none."""
        if present is None:
            return range(len(self._sources[label]))
        index = self._by_label[label]
        hits = index.literals.intersection(present)
        if len(hits) == 1 and not index.always:
            owned = index.owners[next(iter(hits))]
            if not owned.checked:
                return owned.simple  # in table order already
        chosen = set(index.always)
        for literal in hits:
            owned = index.owners[literal]
            chosen.update(owned.simple)
            for number, others in owned.checked:
                if all(not choice.isdisjoint(present) for choice in others):
                    chosen.add(number)
        return sorted(chosen)

    def _reaching(self, text: str) -> tuple[frozenset[str] | None, frozenset[str]]:
        """The literals in ``text`` (None: search every pattern) and the labels that have
        a pattern to search in it (a literal of every set it needs is there). Most labels
        have none: asking one of them costs two look-ups."""
        lowered = lowered_or_none(text)
        if lowered is None:
            found: tuple[frozenset[str] | None, frozenset[str]] = (None, self._labels)
        else:
            present = SHARED.present(lowered)
            reached = set(self._always_labels)
            for literal in self._literals.intersection(present):
                reached.update(self._literal_labels.get(literal, ()))
                for label, others in self._literal_checked.get(literal, ()):
                    if label not in reached and all(not c.isdisjoint(present) for c in others):
                        reached.add(label)
            found = (present, frozenset(reached))
        if len(self._reach) >= self.RECENT:
            self._reach.clear()
        self._reach[text] = found
        return found

    def _remember(self) -> None:
        if len(self._found) + len(self._any) >= self.REMEMBERED:
            self._found.clear()
            self._any.clear()

    def candidates(self, label: str, text: str) -> Sequence[int]:
        """The numbers of the label's patterns that could match ``text``, in table order.

        A pattern left out cannot match: ``text`` holds none of its literals.
        """
        pieces = self._pieces(label, text)
        origin = self._origin[label]
        return sorted({origin[piece] for piece in pieces}) if pieces else ()

    def _pieces(self, label: str, text: str) -> Sequence[int]:
        """The numbers of the label's pieces that could match ``text``, in order."""
        present, reached = self._reach.get(text) or self._reaching(text)
        return self._label_candidates(label, present) if label in reached else ()

    def search(self, label: str, text: str) -> re.Match[str] | None:
        """The leftmost match of the label's alternation, the earlier pattern first."""
        present, reached = self._reach.get(text) or self._reaching(text)
        if label not in reached:
            return None
        key = (label, text)
        found = self._found.get(key, _UNKNOWN)
        if found is not _UNKNOWN:
            return found  # type: ignore[return-value]
        best: re.Match[str] | None = None
        for number in self._label_candidates(label, present):
            match = self._find(label, number, text)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        self._remember()
        self._found[key] = best
        return best

    def any(self, label: str, text: str) -> bool:
        """Whether any of the label's patterns occurs in ``text``."""
        present, reached = self._reach.get(text) or self._reaching(text)
        if label not in reached:
            return False
        key = (label, text)
        found = self._found.get(key, _UNKNOWN)
        if found is not _UNKNOWN:
            return found is not None
        known = self._any.get(key)
        if known is None:
            known = any(
                self._find(label, number, text) for number in self._label_candidates(label, present)
            )
            self._remember()
            self._any[key] = known
        return known

    def count(self, label: str, text: str) -> int:
        """How many times the label's alternation matches, as ``len(findall)`` counts.

        Patterns whose literals are not in the text match nowhere in it, so the
        alternation of the others finds the same matches at the same places.
        """
        numbers = self._pieces(label, text)
        if not numbers:
            return 0
        if self._alone(label, numbers):
            return sum(1 for _match in self._matches(label, numbers, text))
        return len(self._alternation(label, tuple(numbers)).findall(text))

    def sub(self, label: str, replacement: str, text: str) -> str:
        """What ``sub`` of the label's alternation gives.

        As in ``count``: patterns that match nowhere in the text replace nothing, so the
        alternation of the others replaces the same places, and runs far sooner.
        """
        numbers = self._pieces(label, text)
        if not numbers:
            return text
        if "\\" not in replacement and self._alone(label, numbers):  # taken as it stands
            pieces: list[str] = []
            end = 0
            for match in self._matches(label, numbers, text):
                pieces += (text[end : match.start()], replacement)
                end = match.end()
            return "".join([*pieces, text[end:]]) if pieces else text
        return self._alternation(label, tuple(numbers)).sub(replacement, text)

    def _alone(self, label: str, numbers: Sequence[int]) -> bool:
        """Whether the alternation's matches can be found with its patterns alone: none
        can match empty text (whose following match ``re`` places by rules of its own)
        and no prefix stands before them."""
        return not self._prefix and not any((label, n) in self._may_be_empty for n in numbers)

    def _matches(self, label: str, numbers: Sequence[int], text: str) -> Iterator[re.Match[str]]:
        """The matches ``finditer`` of the alternation of ``numbers`` gives, in order.

        From each place, the alternation's match is the leftmost of its patterns'
        matches, the earlier pattern first where two start together; the next is
        sought from its end. A pattern's match that starts beyond that end is still
        its next one, so only the others are searched again. Compiling the
        alternation of each set of candidates (the staff roles, the areas' words)
        cost more than these searches.
        """
        found: dict[int, re.Match[str] | None] = {}
        position = 0
        while True:
            best: re.Match[str] | None = None
            for number in numbers:
                if number not in found or (
                    (earlier := found[number]) is not None and earlier.start() < position
                ):
                    found[number] = self._pattern(label, number).search(text, position)
                match = found[number]
                if match is not None and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                return
            yield best
            position = best.end()

    def _alternation(self, label: str, numbers: tuple[int, ...]) -> re.Pattern[str]:
        key = (label, numbers)
        compiled = self._alternations.get(key)
        if compiled is None:
            if len(self._alternations) >= 1024:
                self._alternations.clear()
            table = self._table[label]
            joined = "|".join(f"(?:{table[number]})" for number in numbers)
            compiled = re.compile(f"{self._prefix}(?:{joined})", self._flags)
            self._alternations[key] = compiled
        return compiled

    def labels(self, text: str) -> frozenset[str]:
        """The labels any of whose patterns occurs in ``text``."""
        present, reached = self._reach.get(text) or self._reaching(text)
        return frozenset(
            label
            for label in reached
            if any(
                self._find(label, number, text) for number in self._label_candidates(label, present)
            )
        )
