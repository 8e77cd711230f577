"""Score the plan check on evaluation sets, grouped by the plan layout each case names.

Usage: python benchmarks/score_layouts.py SET_DIR [SET_DIR ...]

Each case's truth.json names its plan's layout under "layout" (cases without one count as
"unnamed"). Prints, per layout: the cases, sections found, needs found, and findings
precision, recall and F1 over those cases, then the same over everything scored, then the
same again by how each plan's Sections B and F were found (by their letter, or by a number
and name, a name alone or a table's column): plans without letters should do no worse.
"""

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ehcp_appeal.analysis.scoring import score_corpus


def _line(label: str, rows: list) -> str:
    tp = sum(r.true_positive for r in rows)
    expected = sum(r.expected for r in rows)
    predicted = sum(r.predicted for r in rows)
    p = tp / predicted if predicted else 1.0
    r = tp / expected if expected else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    sf, st = sum(x.sections_found for x in rows), sum(x.sections_total for x in rows)
    nf, nt = sum(x.needs_found for x in rows), sum(x.needs_total for x in rows)
    return (
        f"{label:24} cases {len(rows)}; sections {sf}/{st} ({sf / st:.0%}); "
        f"needs {nf}/{nt} ({nf / nt:.0%}); findings P {p:.3f} R {r:.3f} F1 {f1:.3f}"
    )


def main() -> None:
    by_layout: dict[str, list] = defaultdict(list)
    by_heading: dict[str, list] = defaultdict(list)
    every: list = []
    if len(sys.argv) < 2:
        sys.exit("usage: python benchmarks/score_layouts.py SET_DIR [SET_DIR ...]")
    for arg in sys.argv[1:]:
        folder = Path(arg)
        cases, _ = score_corpus(folder)
        for case in cases:
            truth = json.loads((folder / case.name / "truth.json").read_text(encoding="utf-8"))
            by_layout[truth.get("layout", "unnamed")].append(case)
            way = "B and F by letter" if case.found_by == "letter" else "not by letter"
            by_heading[way].append(case)
            every.append(case)
    for layout in sorted(by_layout):
        print(_line(layout, by_layout[layout]))
    print(_line("ALL", every))
    for way in sorted(by_heading):
        print(_line(way, by_heading[way]))


if __name__ == "__main__":
    main()
