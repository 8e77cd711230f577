"""Time the plan check per case (goal: under 2 seconds), cold and warm.

Usage: python benchmarks/analysis_speed.py [CORPUS_DIR] [REPEATS]
"""

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ehcp_appeal.analysis.result import analyse_files


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/corpus")
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    for folder in sorted(p for p in corpus.iterdir() if (p / "truth.json").exists()):
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        plan = folder / truth["plan"]
        reports = [folder / name for name in truth["reports"]]
        timings = []
        for _ in range(repeats):
            started = time.perf_counter()
            analyse_files(plan, reports)
            timings.append(time.perf_counter() - started)
        print(
            f"{folder.name}: first run {timings[0]:.2f} s, "
            f"median {statistics.median(timings):.2f} s, "
            f"max {max(timings):.2f} s over {repeats} runs"
        )


if __name__ == "__main__":
    main()
