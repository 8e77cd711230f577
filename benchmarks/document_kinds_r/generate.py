#!/usr/bin/env python3
"""Write the eighteenth labelled document-kind set (R): a Cheshire salt-plain borough whose
plans open with a version-control table and whose letters open with an "In short" box, a
New Forest heathland council whose plans set each section as a lettered table, an island
council whose papers arrive by fax, by ferry post and in subject access disclosures, and
the letters families get from bodies other than the council (the DWP, NHS trusts, the
tribunal, a school's governors, a mediation service), forwarded e-mails carrying reports,
plans and certificates in their bodies, and scans behind cover sheets and fax headers.

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, NHS numbers start
999, e-mail addresses are at example.org). `labels.json` records the kind of every file.
The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_r/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_r import letters, others, plans, reports, reports_health  # noqa: E402

DOCUMENTS: list[dict] = (
    plans.DOCUMENTS
    + letters.DOCUMENTS
    + reports.DOCUMENTS
    + reports_health.DOCUMENTS
    + others.DOCUMENTS
)

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
