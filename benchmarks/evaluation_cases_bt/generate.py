#!/usr/bin/env python3
"""Write evaluation set BT from its data (cases.py), then verify it.

python benchmarks/evaluation_cases_bt/generate.py [--no-verify]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from cases import CASES  # noqa: E402
from evaluation_kit.dataset import run  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:], CASES, HERE))
