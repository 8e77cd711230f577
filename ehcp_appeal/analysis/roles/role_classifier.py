"""Which kind of "not a need or advice" a report sentence is, learned from labelled ones.

The cue rules decide what matters for the findings: whether a sentence is a current
need or advice (taken) or not. Among the sentences not taken, they tell an assessment
from background, a strength, support in place or a comment on the plan only by a few
cue words, and fall back on "other"; on report sentences written by other hands they
named that kind right little more than half the time. A small naive Bayes over the
sentence's words and word pairs, its heading's kind and whether it is a list item,
trained on the labelled sentences in ``resources/analysis/role_examples.tsv``, names it
right far more often (benchmarks/compare_role_methods.py). It never decides whether a
sentence is taken, so it changes no finding; it only names what the window and the JSON
show for the rest.
"""

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ehcp_appeal.paths import resources_dir

TAKEN = frozenset({"need", "recommendation", "home"})
_WORD = re.compile(r"[a-z']+")


@dataclass(frozen=True)
class Example:
    """A labelled sentence: its role and what the classifier reads of it."""

    role: str
    heading: str | None  # the heading's kind (report_items.heading_category), or None
    listed: bool
    child: str
    text: str


def features(text: str, heading: str | None, listed: bool, child: str) -> list[str]:
    """Words and word pairs (the child's name as "child"), the heading's kind, listing."""
    lowered = text.lower().replace("’", "'")
    if child:
        lowered = lowered.replace(child.lower(), "child")
    words = _WORD.findall(lowered)
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    return [*words, *pairs, f"H={heading}", f"L={listed}"]


class NaiveBayes:
    """Multinomial naive Bayes with add-one smoothing, its log tables worked out once."""

    def __init__(self, examples: list[Example]) -> None:
        priors = Counter(example.role for example in examples)
        counts: dict[str, Counter[str]] = {role: Counter() for role in priors}
        for example in examples:
            counts[example.role].update(
                features(example.text, example.heading, example.listed, example.child)
            )
        vocabulary = {feature for counter in counts.values() for feature in counter}
        self.roles = tuple(priors)
        self._prior = {role: math.log(priors[role] / len(examples)) for role in priors}
        self._log: dict[str, dict[str, float]] = {}
        self._unseen: dict[str, float] = {}
        for role, counter in counts.items():
            total = sum(counter.values()) + len(vocabulary)
            self._log[role] = {f: math.log((n + 1) / total) for f, n in counter.items()}
            self._unseen[role] = math.log(1 / total)

    def best(self, found: list[str], among: frozenset[str] | None = None) -> str:
        """The likeliest role for these features, among ``among`` when given."""

        def score(role: str) -> float:
            table, unseen = self._log[role], self._unseen[role]
            return self._prior[role] + sum(table.get(feature, unseen) for feature in found)

        roles = [role for role in self.roles if among is None or role in among]
        return max(roles, key=score)


def read_examples(text: str, heading_kind: Callable[[str], str | None]) -> list[Example]:
    """Labelled rows ``role, heading, listed, child, text`` (tab-separated; # comments)."""
    examples = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            role, heading, listed, child, sentence = line.split("\t")
            kind = heading_kind(heading) if heading else None
            examples.append(Example(role, kind, listed == "1", child, sentence))
    return examples


@cache
def _model() -> NaiveBayes:
    from ehcp_appeal.analysis.roles.report_items import heading_category

    path = resources_dir() / "analysis" / "role_examples.tsv"
    return NaiveBayes(read_examples(path.read_text(encoding="utf-8"), heading_category))


def untaken_role(text: str, heading: str | None, listed: bool, child: str) -> str:
    """The likeliest role of a sentence the rules did not take, among those not taken."""
    return _model().best(features(text, heading, listed, child), _NOT_TAKEN)


_NOT_TAKEN = frozenset(
    {"reason", "assessment", "history", "resolved", "strength", "plan_comment", "in_place", "other"}
)
