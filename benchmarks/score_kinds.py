"""Score the guessing of document kinds against a labelled set, through the public CLI.

Usage: python benchmarks/score_kinds.py [SET_DIR]   (default benchmarks/document_kinds;
       benchmarks/document_kinds_b is the second set)

Each file named in SET_DIR/labels.json is imported, with no --kind, into a new case in a
temporary data folder (EHCP_APPEAL_HOME), exactly as a user would import it; the kinds the
app guessed are read back with `documents --json`. Prints accuracy overall, on the kinds
the plan check relies on (plans, decision letters and reports), per kind, and every
confusion (file, labelled kind, guessed kind).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

DEFAULT_SET = Path(__file__).resolve().parent / "document_kinds"
PLAN_CHECK_KINDS = {
    "ehcp_final",
    "ehcp_draft",
    "decision_letter",
    "ep_report",
    "salt_report",
    "ot_report",
    "physio_report",
    "medical_report",
    "camhs_report",
    "school_report",
    "independent_report",
}


def cli(home: str, *args: str) -> str:
    env = dict(os.environ, EHCP_APPEAL_HOME=home)
    done = subprocess.run(
        [sys.executable, "-m", "ehcp_appeal", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"ehcp_appeal {args[0]} failed: {done.stderr.strip()}")
    return done.stdout


def guess_kinds(folder: Path, files: list[str]) -> dict[str, str]:
    """The kind the app gives each file when it is imported with nothing else said."""
    with tempfile.TemporaryDirectory() as home:
        case = json.loads(cli(home, "case", "new", "Kinds", "--json"))["id"]
        cli(home, "import", "--case", case, *[str(folder / f) for f in files], "--json")
        listed = json.loads(cli(home, "documents", "--case", case, "--json"))
    return {d["original_name"]: d["kind"] for d in listed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "set_dir",
        nargs="?",
        type=Path,
        default=DEFAULT_SET,
        help="a folder holding labels.json and its files (default: benchmarks/document_kinds)",
    )
    folder = parser.parse_args().set_dir
    labels: dict[str, str] = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    guessed = guess_kinds(folder, sorted(labels))
    total, right = Counter(), Counter()
    confusions: list[tuple[str, str, str]] = []
    for name, kind in sorted(labels.items()):
        got = guessed.get(name, "(not imported)")
        total[kind] += 1
        if got == kind:
            right[kind] += 1
        else:
            confusions.append((name, kind, got))
    n, ok = sum(total.values()), sum(right.values())
    pc_n = sum(v for k, v in total.items() if k in PLAN_CHECK_KINDS)
    pc_ok = sum(v for k, v in right.items() if k in PLAN_CHECK_KINDS)
    print(f"OVERALL: {ok}/{n} right ({ok / n:.1%})")
    print(f"PLAN-CHECK KINDS: {pc_ok}/{pc_n} right ({pc_ok / pc_n:.1%})")
    for kind in sorted(total):
        print(f"  {kind:22} {right[kind]}/{total[kind]} ({right[kind] / total[kind]:.0%})")
    print("CONFUSIONS (file: labelled -> guessed):")
    for name, kind, got in confusions:
        print(f"  {name}: {kind} -> {got}")
    pairs = Counter((kind, got) for _, kind, got in confusions)
    print("CONFUSION PAIRS:")
    for (kind, got), count in pairs.most_common():
        print(f"  {kind} -> {got}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
