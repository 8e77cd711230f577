"""The literals every match of a regular expression must contain, read from its parse.

A pattern table (pattern_index) searches a sentence only with the patterns whose
literals the sentence holds, so what is read here must be certain: a literal is
required only when every way the pattern can match passes through it. Sequences,
non-repeated groups, alternatives that each require one of a set, and repeats of at
least one are followed; anything else (a class, an optional part, a lookaround) ends a
literal and requires nothing.
"""

import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

GRAM = 3
"""Letters of a literal that key the index; shorter literals make a pattern always searched."""


_SPECIAL = frozenset(".^$*+?{}[]\\|()")
"""The characters that mean anything to ``re`` outside verbose mode."""


def plain_literal(pattern: str) -> str | None:
    """The lowered pattern when it is a plain ASCII word or phrase, matching only itself
    (case aside), else None: what ``literal_sets`` would read from its parse."""
    if pattern and pattern.isascii() and _SPECIAL.isdisjoint(pattern):
        return pattern.lower()
    return None


def alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives when it is an alternation at its top ("a|b|c"), else the
    pattern alone.

    Searched as a label's alternation, "a|b" and the two patterns "a" and "b" find the
    same matches, and each alternative has literals of its own to be skipped by (a "\\bta\\b"
    beside "teaching assistant" made the whole pattern searched in every sentence). A
    pattern that numbers groups (whose numbers would change), refers back to one, sets
    flags for the whole of itself or holds a comment is kept whole.
    """
    if "|" not in pattern:
        return [pattern]
    pieces: list[str] = []
    depth = start = index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if pattern[index + 1 : index + 2].isdigit():
                return [pattern]  # a reference back to a group
            index += 2
            continue
        if char == "[":  # a class: its "|" and brackets are plain characters
            index += 1
            if pattern.startswith("^", index):
                index += 1
            if pattern.startswith("]", index):
                index += 1
            while index < len(pattern) and pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
            index += 1
            continue
        if char == "(":
            if not pattern.startswith("?", index + 1) or pattern[index + 2 : index + 3] in (
                "P",
                "#",
                "(",
            ):
                return [pattern]  # a numbered or named group, a comment, a condition
            if _GLOBAL_FLAGS.match(pattern, index):
                return [pattern]
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(pattern[start:index])
            start = index + 1
        index += 1
    if depth != 0 or index != len(pattern):
        return [pattern]
    pieces.append(pattern[start:])
    return pieces


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
"""Flags set for the whole pattern ("(?i)"), which an alternative alone would lose."""


def required_literals(pattern: str, flags: int = 0, gram: int = GRAM) -> frozenset[str] | None:
    """Lowercase literals one of which every match of ``pattern`` contains, or None.

    None means no such set of literals of at least ``gram`` letters was found, and the
    pattern must be tried on every text.
    """
    sets = required_literal_sets(pattern, flags, gram)
    return sets[0] if sets else None


def required_literal_sets(pattern: str, flags: int = 0, gram: int = GRAM) -> list[frozenset[str]]:
    """Every set of literals of at least ``gram`` letters a match must hold one of, best first.

    "gaps? in (?:his|her)" needs "gap", and " in ", and one of " his" or " her": each
    set alone rules out some texts, all of them together rule out more.
    """
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return []
    return literal_sets(parsed, gram)


def literal_sets(parsed: object, gram: int = GRAM) -> list[frozenset[str]]:
    """``required_literal_sets`` of a pattern already parsed (``re._parser.parse``)."""
    found = [
        choice
        for choice in _choices(list(parsed))  # type: ignore[call-overload]
        if min(len(literal) for literal in choice) >= gram
    ]
    return sorted(found, key=_shortest, reverse=True)  # stable: the first best stays first


def _shortest(choice: frozenset[str]) -> int:
    return min(len(literal) for literal in choice)


def _flatten(items: Iterable[tuple[object, object]]) -> Iterable[tuple[object, object]]:
    """A group that is neither repeated nor alternative is part of its sequence."""
    for op, av in items:
        if op is sre.SUBPATTERN:
            yield from _flatten(av[3])  # type: ignore[index]
        else:
            yield op, av


def _required(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """The best of the literal sets a sequence of parsed items requires."""
    choices = _choices(items)
    if not choices:
        return None
    return max(choices, key=_shortest)


def _choices(items: list[tuple[object, object]]) -> list[frozenset[str]]:
    """The literal sets a sequence of parsed items requires, each on its own."""
    choices: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            choices.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in _flatten(items):
        if op is sre.LITERAL and isinstance(av, int) and av < 128:
            run.append(chr(av).lower())
            continue
        close()
        if op is sre.BRANCH:
            branches = [_required(list(branch)) for branch in av[1]]  # type: ignore[index]
            if branches and all(branch is not None for branch in branches):
                choices.append(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
            inner = _required(list(av[2]))  # type: ignore[index]
            if inner is not None:
                choices.append(inner)
    close()
    return choices
