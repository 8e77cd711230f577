#!/usr/bin/env python3
"""Regenerate every evaluation set into a temporary folder and compare it, byte for byte,
with the committed files.

    python benchmarks/evaluation_kit/check_identical.py            # every set
    python benchmarks/evaluation_kit/check_identical.py _c _k      # some sets (folder suffix)
    python benchmarks/evaluation_kit/check_identical.py --verify   # also run each verifier

The committed documents and truth.json files are what the scores in benchmarks/README.md
were measured on, so a change to the kit (styles.py, sectioned.py, dataset.py) or to a
set's data must leave them unchanged unless the change means to alter a set; this shows
which files moved. Exit 0 when every file is identical, 1 otherwise.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent


def is_source(p: Path) -> bool:
    """A set's inputs: its Python (generator, case modules) and its cases.json."""
    return p.suffix == ".py" or p.name == "cases.json"


def set_folders(suffixes: list[str]) -> list[Path]:
    """Every folder with a generator that uses the kit, or those named by suffix."""
    found = sorted(p.parent for p in BENCH.glob("*/generate.py"))
    kit_users = [p for p in found if p.name.startswith(("evaluation_cases", "document_kinds"))]
    if not suffixes:
        return kit_users
    return [p for p in kit_users if any(p.name.endswith(s) for s in suffixes)]


def outputs(folder: Path) -> dict[str, bytes]:
    """Generated files below folder (relative path -> bytes): all but sources and notes."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and not is_source(p)
        and p.name != "README.md"
        and "__pycache__" not in p.parts
    }


def check(folder: Path, tmp: Path, verify: bool) -> list[str]:
    """Regenerate one set under tmp and list the files that differ from the committed ones."""
    copy = tmp / folder.name
    copy.mkdir()
    for p in folder.iterdir():
        if p.is_file() and is_source(p):
            shutil.copy2(p, copy / p.name)
    args = [sys.executable, str(copy / "generate.py")] + ([] if verify else ["--no-verify"])
    run = subprocess.run(args, capture_output=True, text=True, cwd=tmp)
    if run.returncode != 0:
        return [f"generator failed ({run.returncode}): {(run.stdout + run.stderr)[-600:]}"]
    old, new = outputs(folder), outputs(copy)
    problems = [f"missing: {n}" for n in sorted(set(old) - set(new))]
    problems += [f"extra: {n}" for n in sorted(set(new) - set(old))]
    problems += [f"differs: {n}" for n in sorted(set(old) & set(new)) if old[n] != new[n]]
    return problems


def check_sets(suffixes: list[str], tmp: Path, verify: bool = False) -> dict[str, list[str]]:
    """Regenerate the named sets (all when none) under tmp: folder name -> differences."""
    shutil.copytree(BENCH / "evaluation_kit", tmp / "evaluation_kit")
    return {folder.name: check(folder, tmp, verify) for folder in set_folders(suffixes)}


def main(argv: list[str]) -> int:
    verify = "--verify" in argv
    with tempfile.TemporaryDirectory() as name:
        results = check_sets([a for a in argv if not a.startswith("--")], Path(name), verify)
    for folder, problems in results.items():
        count = len(outputs(BENCH / folder))
        print(f"{folder:22} {count:4} files  {'identical' if not problems else 'CHANGED'}")
        for p in problems:
            print(f"    {p}")
    failed = sum(1 for problems in results.values() if problems)
    print(f"{len(results) - failed} of {len(results)} sets byte-identical")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
