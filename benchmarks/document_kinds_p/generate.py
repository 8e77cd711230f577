#!/usr/bin/env python3
"""Write the sixteenth labelled document-kind set (P): an island council reached by ferry
whose plans quote the regulation's wording in every heading after a contents list, a
Cheshire salt-plain borough whose decision letters open with a boxed decision summary, a
post-war new town whose SEN panel writes memos with a tear-off reply slip, letters from
bodies other than councils (the DWP, NHS trusts, the tribunal, a school's governing
board, mediation services), e-mails that forward a report, a draft plan or a certificate
in their body, and scans whose first page is a fax header, a compliments slip or a cover
sheet.

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, NHS numbers start
999, e-mail addresses are at example.org). `labels.json` records the kind of every file.
The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_p/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_p import letters, others, plans, reports, reports_health  # noqa: E402

DOCUMENTS: list[dict] = (
    plans.DOCUMENTS
    + letters.DOCUMENTS
    + reports.DOCUMENTS
    + reports_health.DOCUMENTS
    + others.DOCUMENTS
)

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
