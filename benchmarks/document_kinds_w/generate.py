#!/usr/bin/env python3
"""Write the labelled document-kind set W: an island unitary council (Isle of Orrin) whose
plans lay each section out as a two-column form with a shaded sidebar, whose letters reach
schools by fax, and whose families cross to a mainland children's hospital by ferry; a
borough on a salt plain (Dane Vale: Salterwich, Nantbury) whose plans number every
paragraph and whose letters open with a reference block and a summary box; forwarded
e-mails carrying plans, reports and certificates in their bodies; letters from the DWP,
NHS trusts, the tribunal, a school's governing board and mediation services; and scans
behind fax and copier headers.

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, NHS numbers start
999, e-mail addresses are at example.org). `labels.json` records the kind of every file.
The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_w/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_w import extras, letters, others, plans, reports, reports_more  # noqa: E402

DOCUMENTS: list[dict] = (
    plans.DOCUMENTS
    + letters.DOCUMENTS
    + reports.DOCUMENTS
    + reports_more.DOCUMENTS
    + others.DOCUMENTS
    + extras.DOCUMENTS
)

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
