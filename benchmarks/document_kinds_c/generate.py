#!/usr/bin/env python3
"""Write the third labelled document-kind set: other councils, services and layouts than
the first two (London borough and Welsh-border councils, NHS trust clinic letters with "cc:"
lists, council portal printouts, plans behind covering letters, phone photographs read by
OCR with heavy noise, short e-mails forwarding attachments), saved the way people save things.

Every document is invented (councils, people, schools and services do not exist; phone
numbers are in the 01632 960xxx range, e-mail addresses at example.org). Each entry in the
content modules names its file as a person would have saved it, its kind, and its format;
`labels.json` records the kind of every file. The output is byte-for-byte repeatable:
reportlab invariant mode, fixed zip timestamps and core properties, fixed e-mail headers
and MIME boundaries, and OCR damage drawn from a generator seeded per document.

    python benchmarks/document_kinds_c/generate.py
    python benchmarks/score_kinds.py benchmarks/document_kinds_c
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_c import letters, others, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + others.DOCUMENTS

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
