#!/usr/bin/env python3
"""Write the labelled document-kind set X: an island council off the south coast whose
plans put every section in a shaded sidebar table behind a cover sheet and whose letters
open with a boxed summary of the decision, a post-war new town whose plans are written
outcome by outcome and whose family portal e-mails plans, a Lancashire-style mill-valley
borough whose letters carry a tear-off reply slip and whose SEN section still faxes plans
to schools; letters from bodies other than the council (the DWP, NHS trusts' PALS, the
tribunal, a school's governors, two mediation services); forwarded e-mails carrying plans,
reports and certificates in their bodies; and scans with cover sheets and fax headers.

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, NHS numbers start
999, e-mail addresses are at example.org). `labels.json` records the kind of every file.
The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_x/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_x import extras, letters, others, plans, reports, reports_health  # noqa: E402

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
