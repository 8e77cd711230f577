"""Score sentence roles against a labelled set of report sentences.

Usage: python benchmarks/score_roles.py [FILE.tsv ...]
       (default: tests/data/sentence_roles/dev.tsv and test.tsv)

Each line is ``role<TAB>heading<TAB>listed (0/1)<TAB>child<TAB>sentence``; lines that
start with "#" are comments. Prints the share of roles right, the share right on
whether a sentence is taken (need / recommendation / home advice) and every miss.
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ehcp_appeal.analysis.roles.report_items import heading_category
from ehcp_appeal.analysis.roles.role_classifier import TAKEN, read_examples
from ehcp_appeal.analysis.roles.sentence_roles import assign_role

LABELS = Path(__file__).resolve().parents[1] / "tests" / "data" / "sentence_roles"


def score(path: Path) -> None:
    right = taken_right = total = 0
    confusions: Counter[tuple[str, str]] = Counter()
    for example in read_examples(path.read_text(encoding="utf-8"), heading_category):
        truth = example.role
        role = assign_role(example.text, example.heading, example.listed, example.child)
        total += 1
        right += role.role == truth
        taken_right += (role.kind is not None) == (truth in TAKEN)
        if role.role != truth:
            confusions[(truth, role.role)] += 1
            print(f"    {truth:>14} -> {role.role:<14} [{role.cue}] {example.text[:80]}")
    print(
        f"{path.name}: roles {right}/{total} = {right / total:.1%}; "
        f"taken or not {taken_right}/{total} = {taken_right / total:.1%}"
    )
    for (truth, got), count in confusions.most_common():
        print(f"    {count} x {truth} read as {got}")


def main() -> None:
    paths = [Path(arg) for arg in sys.argv[1:]] or [LABELS / "dev.tsv"]
    for path in paths:
        score(path)


if __name__ == "__main__":
    main()
