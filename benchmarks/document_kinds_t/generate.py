#!/usr/bin/env python3
"""Write the labelled document-kind set T: an island council across the Solent (Isle of
Wrayle) whose letters carry a tear-off reply slip, a Cheshire salt-town borough
(Brinefield) whose letters open with an "IN SHORT" box, their NHS trusts, the tribunal, the
DWP, a school's governors, two mediation services, forwarded e-mails carrying reports, a
draft plan and a certificate, and papers behind fax and cover sheets.

Every document is invented. `labels.json` records the kind of every file. The output is
byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_t/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_t import extra, others, plans_letters, reports  # noqa: E402

DOCUMENTS: list[dict] = (
    plans_letters.DOCUMENTS + reports.DOCUMENTS + others.DOCUMENTS + extra.DOCUMENTS
)

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
