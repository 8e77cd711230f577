#!/usr/bin/env python3
"""Write the nineteenth labelled document-kind set (S): a forest county council whose plans
set each section in a coloured band with a "golden thread" outcome table and whose letters
open with a "key facts" box or a memo table, an estuary borough council that sends plans by
fax and pastes them into e-mails, a mediation charity, the tribunal's letters, orders and
a fax, a school's governors, the DWP, NHS trusts' clinics (a stammering centre, orthoptics,
audiology, a diabetes team, a postural management clinic, family therapy), independent
experts, and scans and photographs saved under the names scanners and phones give them.

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, NHS numbers start 999, e-mail
addresses are at example.org). `labels.json` records the kind of every file. The output is
byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_s/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_s import extras, letters, others, plans, reports, reports_health  # noqa: E402

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
