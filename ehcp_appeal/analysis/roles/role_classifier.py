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
    """Multinomial naive Bayes with add-one smoothing, its log tables worked out once.

    Each feature maps to one row holding its log-probability under every role, so one
    look-up per feature of a sentence serves every role (scoring role by role looked
    each feature up once per role, most of the classifier's time on a long report). A
    feature no role has seen gets the row of each role's unseen weight: it still counts,
    since that weight differs between roles. Each role's weights are then added in the
    sentence's order, as summing role by role added them, so the scores are the same to
    the last bit and so is the role chosen.
    """

    def __init__(self, examples: list[Example]) -> None:
        priors = Counter(example.role for example in examples)
        counts: dict[str, Counter[str]] = {role: Counter() for role in priors}
        for example in examples:
            counts[example.role].update(
                features(example.text, example.heading, example.listed, example.child)
            )
        vocabulary = {feature for counter in counts.values() for feature in counter}
        self.roles = tuple(priors)
        self._prior = tuple(math.log(priors[role] / len(examples)) for role in self.roles)
        totals = [sum(counts[role].values()) + len(vocabulary) for role in self.roles]
        self._unseen = tuple(math.log(1 / total) for total in totals)
        rows = {feature: list(self._unseen) for feature in vocabulary}
        for column, (role, total) in enumerate(zip(self.roles, totals, strict=True)):
            for feature, n in counts[role].items():
                rows[feature][column] = math.log((n + 1) / total)
        self._rows = {feature: tuple(row) for feature, row in rows.items()}

    def scores(self, found: list[str]) -> dict[str, float]:
        """Each role's log-likelihood of these features (its prior included)."""
        rows = [self._rows.get(feature, self._unseen) for feature in found]
        columns = zip(*rows, strict=True)
        return {
            role: prior + sum(column)
            for role, prior, column in zip(self.roles, self._prior, columns, strict=True)
        }

    def best(self, found: list[str], among: frozenset[str] | None = None) -> str:
        """The likeliest role for these features, among ``among`` when given."""
        scores = self.scores(found)
        roles = [role for role in self.roles if among is None or role in among]
        return max(roles, key=scores.__getitem__)


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
