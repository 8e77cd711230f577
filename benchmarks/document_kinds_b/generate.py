#!/usr/bin/env python3
"""Write the second labelled document-kind set: what a family's folder holds after a year
of dealing with a council, saved the way people save things.

Every document is invented (councils, people, schools and services do not exist; phone
numbers are in the 01632 960xxx range, e-mail addresses at example.org). Each entry in the
content modules names its file as a person would have saved it, its kind, and its format;
`labels.json` records the kind of every file. The output is byte-for-byte repeatable:
reportlab invariant mode, fixed zip timestamps and core properties, fixed e-mail headers
and MIME boundaries, and OCR damage drawn from a generator seeded per document.

    python benchmarks/document_kinds_b/generate.py
    python benchmarks/score_kinds.py benchmarks/document_kinds_b
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_b import family, letters, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + family.DOCUMENTS

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
