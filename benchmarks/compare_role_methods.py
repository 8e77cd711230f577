"""Compare the cue rules for sentence roles with a small trained classifier.

Usage: python benchmarks/compare_role_methods.py

The classifier is a multinomial naive Bayes over the sentence's words and word pairs
plus its heading category and whether it is a list item, written out here so that
the comparison needs no new dependency. It is trained on
tests/data/sentence_roles/dev.tsv (leave-one-out for the development figure) and
scored on the held-out sets test.tsv, test2.tsv, test3.tsv and test4.tsv; the rules
are scored on all of them. Prints the share of roles right and the share right on whether a sentence
is taken (need, recommendation, home).
"""

import itertools
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ehcp_appeal.analysis.roles.report_items import heading_category
from ehcp_appeal.analysis.roles.sentence_roles import assign_role

LABELS = Path(__file__).resolve().parents[1] / "tests" / "data" / "sentence_roles"
TAKEN = {"need", "recommendation", "home"}
Row = tuple[str, str, bool, str, str]  # role, heading, listed, child, text


def load(path: Path) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            role, heading, listed, child, text = line.split("\t")
            rows.append((role, heading, listed == "1", child, text))
    return rows


def features(row: Row) -> list[str]:
    _, heading, listed, child, text = row
    words = re.findall(r"[a-z']+", text.lower().replace(child.lower(), "child"))
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    category = heading_category(heading) if heading else None
    return [*words, *pairs, f"H={category}", f"L={listed}"]


class NaiveBayes:
    def __init__(self, rows: list[Row]) -> None:
        self.priors = Counter(row[0] for row in rows)
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        for row in rows:
            self.counts[row[0]].update(features(row))
        self.vocabulary = {f for counter in self.counts.values() for f in counter}

    def predict(self, row: Row) -> str:
        def log_probability(role: str) -> float:
            counter = self.counts[role]
            total = sum(counter.values()) + len(self.vocabulary)
            score = math.log(self.priors[role])
            return score + sum(math.log((counter[f] + 1) / total) for f in features(row))

        return max(self.priors, key=log_probability)


def rules(row: Row) -> str:
    _, heading, listed, child, text = row
    return assign_role(text, heading_category(heading) if heading else None, listed, child).role


def report(name: str, rows: list[Row], predicted: list[str]) -> None:
    right = sum(guess == row[0] for guess, row in zip(predicted, rows, strict=True))
    taken = sum(
        (guess in TAKEN) == (row[0] in TAKEN) for guess, row in zip(predicted, rows, strict=True)
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
    for name in ("test", "test2", "test3", "test4"):
        held_out = load(LABELS / f"{name}.tsv")
        report(f"rules, {name}", held_out, [rules(row) for row in held_out])
        predicted = [model.predict(row) for row in held_out]
        report(f"naive Bayes trained on dev, {name}", held_out, predicted)


if __name__ == "__main__":
    main()
