#!/usr/bin/env python3
"""Write the ninth labelled document-kind set: Yorkshire and Lincolnshire councils, Thames
Valley portals (a plan exported with a cover page and contents, a record export as text), a
specialist college, an adult social care team (an occupational therapist, a Care Act
assessment), a clinical genetics clinic, an AAC service, a job coach and a supported
internship, a national charity, a children's hospice, a short breaks unit, annual review
paperwork at 19 and over, a council proposing to cease a plan at 21, the tribunal's
directions and decision on a young person's own appeal, drafts called "working copy" and
"v0.2", a letter that quotes the whole plan it amends, and scans and phone photographs with
OCR damage in files named by devices and apps ("IMG_0913.pdf", "KM_C300i_0151.pdf",
"Canon_iR_0032.pdf", "20260826_101544.pdf", "WhatsApp Image 2026-03-03 at 16.22.05.pdf").

Every document is invented (councils, people, schools, colleges, trusts, clinics, charities
and services do not exist; phone numbers are in the 01632 960xxx range, NHS numbers start
999, e-mail addresses are at example.org). `labels.json` records the kind of every file.
The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_i/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_i import letters, others, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + others.DOCUMENTS

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
