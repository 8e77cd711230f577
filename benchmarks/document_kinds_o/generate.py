#!/usr/bin/env python3
"""Write the fifteenth labelled document-kind set (O): an island unitary council (the Isle
of Wrayland, with its ferries, a banded plan form and a decision notice in boxes), a
Cheshire salt-towns borough (Salterford and Wychbury, a family portal's text and sidebar
tables), a Thames-estuary marshland borough (Marshbrook, plans in numbered paragraphs), and
what their families' inboxes hold: fax cover sheets and a records team's batch cover sheet
before a plan or a report, forwarded e-mails carrying a report, a draft plan or a
mediation certificate in their body, and letters from bodies other than the council (the
DWP, NHS trusts, the tribunal, a school's governors, a mediation service, SENDIASS).

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, NHS numbers start
999, e-mail addresses are at example.org). `labels.json` records the kind of every file.
The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_o/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_o import letters, others, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + others.DOCUMENTS

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
