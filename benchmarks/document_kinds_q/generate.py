#!/usr/bin/env python3
"""Write the seventeenth labelled document-kind set (Q): an island council off the south
coast with first, middle and high schools, a Cheshire salt-town borough council whose
panel writes an outcome notification with tick boxes, a Thames estuary borough whose SEN
casework hub answers from a ticketing system, NHS trusts, the tribunal, a school's
governors and mediation services, and the forwarded e-mails, fax headers, cover sheets and
phone photographs a family's inbox really holds.

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, NHS numbers start
999, e-mail addresses are at example.org). `labels.json` records the kind of every file.
The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_q/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_q import extras, health, letters, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = (
    plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + health.DOCUMENTS + extras.DOCUMENTS
)

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
