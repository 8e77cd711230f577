#!/usr/bin/env python3
"""Write the seventh labelled document-kind set: councils in the south-west and East
Anglia, London boroughs' portals and hubs (a plan exported as text, a draft downloaded as
"Document_Download (3).pdf", a refusal sent by a no-reply address, a notification that only
says a message is waiting), a children's hospital trust's therapy and clinic reports, an
independent special school's annual review, therapy and termly reports, a health visitor,
a designated medical officer, a virtual school's personal education plan and its head's
e-mail, an EAL service's advice, a youth justice service's report, a further education
college's review paperwork, a council's "amendment notice", a mediation certificate
pasted into an e-mail, a parent's forward of a long e-mail thread, scans and phone photos
with OCR damage, and files named by scanners and phones ("SCAN_20251219_0001.pdf",
"CCF000123.pdf", "EPSON001.pdf", "HP Scan (2).pdf", "image0001.pdf", "CamScanner
15-04-2026 19.02.pdf", "IMG_5120.pdf").

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, NHS numbers start 999, e-mail
addresses are at example.org). Each entry in the content modules names its file as a
person would have saved it, its kind, and its format; `labels.json` records the kind of
every file. The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_g/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_g import letters, others, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + others.DOCUMENTS

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
