"""Score the plan check against a corpus of cases with truth.json files.

Usage: python benchmarks/score_corpus.py [CORPUS_DIR]   (default /work/shared/corpus)

Prints, per case and overall: findings precision/recall/F1 (a finding matches when its
kind and whitespace-folded text match), the share of truth `sections` sentences found
inside the right section, the share of truth needs and recommendations found as items,
and the seconds the analysis took.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ehcp_appeal.analysis.scoring import score_corpus

DEFAULT_CORPUS = Path("/work/shared/corpus")


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    cases, overall = score_corpus(corpus)
    for case in cases:
        print(
            f"{case.name}: findings F1 {case.f1:.3f} ({case.true_positive}/{case.expected} found, "
            f"{case.predicted} reported); sections {case.sections_found}/{case.sections_total}; "
            f"needs found {case.needs_found}/{case.needs_total}; {case.seconds:.2f} s"
        )
        if case.refused:
            print(f"    refused: {case.refused}")
        for kind, text in case.missed:
            print(f"    missed  {kind}: {text[:90]}")
        for kind, text in case.extra:
            print(f"    extra   {kind}: {text[:90]}")
    print(
        f"OVERALL: findings P {overall['precision']:.3f} R {overall['recall']:.3f} "
        f"F1 {overall['f1']:.3f}; "
        f"sections {overall['sections']:.1%}; needs found {overall['needs']:.1%}; "
        f"{overall['seconds_per_case']:.2f} s per case"
    )


if __name__ == "__main__":
    main()
