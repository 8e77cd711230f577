"""The role classifier scores every role in one pass exactly as summing role by role does."""

import math
from collections import Counter

from ehcp_appeal.analysis.roles.report_items import heading_category
from ehcp_appeal.analysis.roles.role_classifier import (
    Example,
    NaiveBayes,
    features,
    read_examples,
)
from ehcp_appeal.paths import resources_dir


def _examples() -> list[Example]:
    path = resources_dir() / "analysis" / "role_examples.tsv"
    return read_examples(path.read_text(encoding="utf-8"), heading_category)


def _reference_scores(examples: list[Example], found: list[str]) -> dict[str, float]:
    """Naive Bayes as written in a textbook: each role's prior plus, feature by feature,
    its add-one smoothed log-probability (an unseen feature gets the role's unseen one)."""
    priors = Counter(example.role for example in examples)
    counts: dict[str, Counter[str]] = {role: Counter() for role in priors}
    for example in examples:
        counts[example.role].update(
            features(example.text, example.heading, example.listed, example.child)
        )
    vocabulary = {feature for counter in counts.values() for feature in counter}
    scores = {}
    for role, counter in counts.items():
        total = sum(counter.values()) + len(vocabulary)
        table = {f: math.log((n + 1) / total) for f, n in counter.items()}
        unseen = math.log(1 / total)
        prior = math.log(priors[role] / len(examples))
        scores[role] = prior + sum(table.get(feature, unseen) for feature in found)
    return scores


def test_one_pass_scores_equal_role_by_role_sums_to_the_last_bit() -> None:
    examples = _examples()
    model = NaiveBayes(examples)
    sentences = [
        ("On the BPVS-3 her standard score was 78, at the 7th percentile.", "assessment", False),
        ("Sam was born at 30 weeks and spent a month in hospital.", None, False),
        ("Zyxqv plorb wuggle.", None, True),  # no word the examples hold
        *((e.text, e.heading, e.listed) for e in examples[::7]),
    ]
    for text, heading, listed in sentences:
        found = features(text, heading, listed, "Sam")
        expected = _reference_scores(examples, found)
        assert model.scores(found) == expected
        assert model.best(found) == max(expected, key=expected.__getitem__)


def test_the_choice_is_limited_to_the_roles_asked_about() -> None:
    model = NaiveBayes(_examples())
    found = features("Sam needs a speech and language therapist weekly.", "needs", True, "Sam")
    among = frozenset(model.roles) - {model.best(found)}
    assert model.best(found, among) in among
