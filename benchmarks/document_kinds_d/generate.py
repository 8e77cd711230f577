#!/usr/bin/env python3
"""Write the fourth labelled document-kind set: Midlands and northern councils, academy
trusts' letterheads, plans issued after a tribunal order, drafts carrying "proposed
amendments" after an annual review, reports set out only as tables, letters whose decision
comes at the end, e-mails under long signature blocks and disclaimers, scans whose first
lines were cut off, and a local offer web page printed from a browser.

Every document is invented (councils, people, schools and services do not exist; phone
numbers are in the 01632 960xxx range, e-mail addresses at example.org). Each entry in the
content modules names its file as a person would have saved it, its kind, and its format;
`labels.json` records the kind of every file. The output is byte-for-byte repeatable:
reportlab invariant mode, fixed zip timestamps and core properties, fixed e-mail headers
and MIME boundaries, and OCR damage drawn from a generator seeded per document.

    python benchmarks/document_kinds_d/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_d import letters, others, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + others.DOCUMENTS

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
