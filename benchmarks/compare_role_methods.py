"""Compare the cue rules for sentence roles with a small trained classifier.

Usage: python benchmarks/compare_role_methods.py

The classifier is the app's own (ehcp_appeal/analysis/roles/role_classifier.py): a
multinomial naive Bayes over the sentence's words and word pairs, its heading category
and whether it is a list item. Here it decides every role alone: trained on
tests/data/sentence_roles/dev.tsv (leave-one-out for the development figure) and scored
on test.tsv to test7.tsv, then trained on dev and test to test5 (what the app ships,
resources/analysis/role_examples.tsv) and scored on test6 and test7, which it never saw.
"rules" is what the app does: the cue rules decide whether a sentence is taken, and the
classifier names those not taken unless a sure cue did. Prints the share of roles right
and the share right on whether a sentence is taken (need, recommendation, home).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ehcp_appeal.analysis.roles.report_items import heading_category
from ehcp_appeal.analysis.roles.role_classifier import TAKEN, Example, features, read_examples
from ehcp_appeal.analysis.roles.role_classifier import NaiveBayes as Classifier
from ehcp_appeal.analysis.roles.sentence_roles import assign_role

LABELS = Path(__file__).resolve().parents[1] / "tests" / "data" / "sentence_roles"


def load(path: Path) -> list[Example]:
    return read_examples(path.read_text(encoding="utf-8"), heading_category)


class NaiveBayes:
    """The classifier alone, deciding every role (taken or not) from its training rows."""

    def __init__(self, rows: list[Example]) -> None:
        self.model = Classifier(rows)

    def predict(self, row: Example) -> str:
        return self.model.best(features(row.text, row.heading, row.listed, row.child))


def rules(row: Example) -> str:
    return assign_role(row.text, row.heading, row.listed, row.child).role


def report(name: str, rows: list[Example], predicted: list[str]) -> None:
    right = sum(guess == row.role for guess, row in zip(predicted, rows, strict=True))
    taken = sum(
        (guess in TAKEN) == (row.role in TAKEN) for guess, row in zip(predicted, rows, strict=True)
    )
    print(
        f"{name}: roles {right}/{len(rows)} = {right / len(rows):.1%}; "
        f"taken or not {taken}/{len(rows)} = {taken / len(rows):.1%}"
    )


def main() -> None:
    dev = load(LABELS / "dev.tsv")
    report("rules, dev", dev, [rules(row) for row in dev])
    loo = [NaiveBayes(dev[:i] + dev[i + 1 :]).predict(row) for i, row in enumerate(dev)]
    report("naive Bayes, dev (leave one out)", dev, loo)
    model = NaiveBayes(dev)
    for name in ("test", "test2", "test3", "test4", "test5", "test6", "test7"):
        held_out = load(LABELS / f"{name}.tsv")
        report(f"rules, {name}", held_out, [rules(row) for row in held_out])
        predicted = [model.predict(row) for row in held_out]
        report(f"naive Bayes trained on dev, {name}", held_out, predicted)
    # with every set written before them to learn from, on the two newest voices
    earlier = dev + [
        row
        for name in ("test", "test2", "test3", "test4", "test5")
        for row in load(LABELS / f"{name}.tsv")
    ]
    wider = NaiveBayes(earlier)
    for name in ("test6", "test7"):
        held_out = load(LABELS / f"{name}.tsv")
        predicted = [wider.predict(row) for row in held_out]
        report(f"naive Bayes trained on dev and test to test5, {name}", held_out, predicted)


if __name__ == "__main__":
    main()
