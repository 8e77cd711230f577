#!/usr/bin/env python3
"""Write the labelled document-kind set Y: an island council reached by ferry whose letters
open with an "at a glance" box and end with a reply slip, a new town's borough council whose
decisions come as a table and whose papers arrive behind fax headers and cover sheets, a
limestone-valley council whose letters carry a translation panel, their NHS trusts, the DWP,
the tribunal, a mediation service and a school's governors, forwarded e-mails that carry a
report, a draft plan or a certificate in their body, and scans with OCR damage saved under
the names scanners and phones give them.

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, NHS numbers start
999, e-mail addresses are at example.org). `labels.json` records the kind of every file.
The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_y/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_y import extras, letters, others, plans, reports, reports_health  # noqa: E402

DOCUMENTS: list[dict] = (
    plans.DOCUMENTS
    + letters.DOCUMENTS
    + reports.DOCUMENTS
    + reports_health.DOCUMENTS
    + others.DOCUMENTS
    + extras.DOCUMENTS
)

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
