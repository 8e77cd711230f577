#!/usr/bin/env python3
"""Write the eighth labelled document-kind set: north-east and Cumbrian councils (a
"notice of intention to cease to maintain", a plan with numbered sections), Midlands
portals (a plan exported as text, a "proposed plan" download), a youth justice service and
its speech and language therapist, a secure children's home's education unit, an armed
forces unit welfare officer's letter and a service children's education adviser, a grammar
school, an independent EP practice and an independent speech therapist, a private tutor,
neurology, rheumatology and tic clinics, the tribunal's orders, directions and a bundle
index, a draft plan marked only in its Word header, an independent special school's annual
review, e-mails whose signatures and disclaimers are longer than their bodies, and files
named by scanners, phones and scanning apps ("Scan_0007.pdf", "SCAN0042.pdf",
"Brother_MFC_0098.pdf", "doc00412820260420.pdf", "Genius Scan - 2026-07-03.pdf",
"IMG_4471.pdf", "IMG_20260318_091522.pdf", "PXL_20260211_143356.pdf").

Every document is invented (councils, people, schools, trusts, clinics, clubs and services
do not exist; phone numbers are in the 01632 960xxx range, NHS numbers start 999, e-mail
addresses are at example.org). Each entry in the content modules names its file as a
person would have saved it, its kind, and its format; `labels.json` records the kind of
every file. The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_h/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_h import letters, others, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + others.DOCUMENTS

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
