"""Compare the cue rules for sentence roles with a small trained classifier.

Usage: python benchmarks/compare_role_methods.py

The classifier is the app's own (ehcp_appeal/analysis/roles/role_classifier.py): a
multinomial naive Bayes over the sentence's words and word pairs, its heading category
and whether it is a list item. First it decides every role alone, trained on
tests/data/sentence_roles/dev.tsv (leave-one-out for the development figure) and scored on
each other set. Then, as the app ships it trained on every labelled set
(resources/analysis/role_examples.tsv), its held-out figures come from leaving one set out:
for each set, a classifier trained on all the others, alone and inside the app's way
("rules": the cue rules decide whether a sentence is taken, and the classifier names those
not taken unless a sure cue did). Prints the share of roles right and the share right on
whether a sentence is taken (need, recommendation, home).
"""

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ehcp_appeal.analysis.roles import role_classifier
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
    names = sorted(path.stem for path in LABELS.glob("*.tsv") if path.stem != "dev")
    for name in names:
        held_out = load(LABELS / f"{name}.tsv")
        predicted = [model.predict(row) for row in held_out]
        report(f"naive Bayes trained on dev, {name}", held_out, predicted)
    every = {name: load(LABELS / f"{name}.tsv") for name in ["dev", *names]}
    for name, held_out in every.items():
        others = [row for other, rows in every.items() if other != name for row in rows]
        alone = NaiveBayes(others)
        report(f"naive Bayes, all sets but {name}", held_out, [alone.predict(r) for r in held_out])
        with classifier_trained_on(others):
            report(
                f"rules, classifier on all sets but {name}", held_out, [rules(r) for r in held_out]
            )


@contextmanager
def classifier_trained_on(rows: list[Example]) -> Iterator[None]:
    """The app's rules with the classifier trained on ``rows`` instead of every labelled set,
    so that a set's figure is held out although the shipped classifier learned from it."""
    model = Classifier(rows)
    shipped = role_classifier._model
    role_classifier._model = lambda: model  # type: ignore[assignment]
    try:
        yield
    finally:
        role_classifier._model = shipped


if __name__ == "__main__":
    main()
