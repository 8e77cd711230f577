"""Write the plan check's full result for every known case, to prove a change alters nothing.

A speed-up of the plan check must leave its findings, needs, roles and sections exactly as
they were. This runs ``analyse_files`` (reading and checking, as the app does) over the
development corpus, every ``benchmarks/evaluation_cases*/`` case and the long generated
reports of ``plan_check_long.py``, and writes one JSON file per case (keys sorted, so two
runs compare byte for byte). A case whose plan is refused is written as its message.

Take a snapshot before the change, then compare after it:

    python benchmarks/analysis_snapshot.py --out /tmp/before
    python benchmarks/analysis_snapshot.py --out /tmp/after --compare /tmp/before

With ``--compare`` it prints every case whose result differs and exits 1 if any does.
``--no-long`` leaves out the long reports (they take most of the time).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ehcp_appeal.analysis.result import analyse_files  # noqa: E402
from ehcp_appeal.errors import AppError  # noqa: E402

CORPUS = Path("/work/shared/corpus")


def cases() -> list[tuple[str, Path, list[Path]]]:
    """(name, plan, reports) of every case with a truth.json, corpus first."""
    folders = [CORPUS, *sorted(ROOT.glob("benchmarks/evaluation_cases*"))]
    found = []
    for folder in folders:
        for case in sorted(p for p in folder.iterdir() if (p / "truth.json").exists()):
            truth = json.loads((case / "truth.json").read_text(encoding="utf-8"))
            name = f"{folder.name}__{case.name}"
            found.append((name, case / truth["plan"], [case / r for r in truth["reports"]]))
    return found


def long_cases(out: Path) -> list[tuple[str, Path, list[Path]]]:
    """The long benchmark's reports (built once, from its fixed seed) with its plan."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import plan_check_long as bench

    case = CORPUS / "case-dev-01"
    plan = case / json.loads((case / "truth.json").read_text(encoding="utf-8"))["plan"]
    return [
        (f"long__{variant.key}", plan, bench.build(variant, out, case))
        for variant in bench.VARIANTS
    ]


def snapshot(plan: Path, reports: list[Path]) -> str:
    try:
        result: object = analyse_files(plan, reports)
    except AppError as error:
        result = {"refused": error.message}
    return json.dumps(result, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for one JSON per case")
    parser.add_argument("--compare", type=Path, help="a folder of an earlier snapshot")
    parser.add_argument("--no-long", action="store_true", help="leave out the long reports")
    parser.add_argument("--long-dir", type=Path, default=Path(tempfile.gettempdir()) / "plan_long")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    chosen = cases() + ([] if args.no_long else long_cases(args.long_dir))
    differ: list[str] = []
    started = time.perf_counter()
    for name, plan, reports in chosen:
        text = snapshot(plan, reports)
        (args.out / f"{name}.json").write_text(text, encoding="utf-8")
        if args.compare is not None:
            earlier = args.compare / f"{name}.json"
            if not earlier.exists() or earlier.read_text(encoding="utf-8") != text:
                differ.append(name)
                print(f"DIFFERS: {name}")
    print(f"{len(chosen)} cases in {time.perf_counter() - started:.1f} s")
    if args.compare is not None:
        print(f"{len(differ)} differ" if differ else "all identical")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
