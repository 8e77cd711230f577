#!/usr/bin/env python3
"""Write the labelled document-kind set U: an island unitary council reached by ferry, a
borough on a tidal bay whose letters carry a tear-off reply slip, a wolds county whose
plans open with a document-control table and whose letters open with an "In short" box;
letters from bodies other than the council (DWP, NHS trusts, the tribunal, a school's
governors, a mediation service, a ferry company, SENDIASS); forwarded e-mails that carry a
report, a draft plan or a certificate in their body; and documents whose first page is a
fax header or a mailroom cover sheet.

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, NHS numbers start
999, e-mail addresses are at example.org). `labels.json` records the kind of every file.
The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_u/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_u import letters, others, plans, reports, reports2  # noqa: E402

DOCUMENTS: list[dict] = (
    plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + reports2.DOCUMENTS + others.DOCUMENTS
)

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
