#!/usr/bin/env python3
"""Write evaluation set A from its data (cases.json), then verify it.

python benchmarks/evaluation_cases/generate.py [--no-verify]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.dataset import run_file  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(run_file(sys.argv[1:], HERE / "cases.json", HERE))
