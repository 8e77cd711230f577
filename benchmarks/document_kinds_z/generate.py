#!/usr/bin/env python3
"""Write the labelled document-kind set Z: an island unitary council in the Solent (Isle of
Sarrow), a Cheshire salt-plain borough (Wychmere) and a Bedfordshire brickfields council
(Marston Vale), with forwarded e-mails that carry a report, a draft plan or a certificate
in their body, letters from bodies other than the council (the DWP, NHS trusts, the
tribunal, a school's governors, mediation services), and documents whose first page is a
cover sheet or a fax header.

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, NHS numbers start
999, e-mail addresses are at example.org). `labels.json` records the kind of every file.
The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_z/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_z import extras, letters, others, plans, reports, reports_health  # noqa: E402

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
