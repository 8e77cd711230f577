#!/usr/bin/env python3
"""Write the fourteenth labelled document-kind set (N): a Weald county council whose plans
merge needs, outcomes and provision into one table per area of need and whose decision
letters are written in an easy-read question-and-answer form, a Home Counties council
whose plans open with a one-page profile, a Surrey hills council that pastes plans and
letters into e-mails, a chalk-downs city council, a children's neurodisability service, a
mental health support team in schools, messages exported from a phone, an MP's
caseworker, and scans and photographs saved under the names scanners and phones give them.

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, NHS numbers start
999, e-mail addresses are at example.org). `labels.json` records the kind of every file.
The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_n/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_n import letters, others, plans, reports, reports_health  # noqa: E402

DOCUMENTS: list[dict] = (
    plans.DOCUMENTS
    + letters.DOCUMENTS
    + reports.DOCUMENTS
    + reports_health.DOCUMENTS
    + others.DOCUMENTS
)

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
