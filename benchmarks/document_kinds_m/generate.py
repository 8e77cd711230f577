#!/usr/bin/env python3
"""Write the thirteenth labelled document-kind set: an island council (plans exported from
its portal, the final and the draft under nearly the same file name, a ferry to the
mainland hospital), an English council on the Welsh border whose families see a bilingual
Welsh health board, a Cheshire council with plans in numbered parts, a north-west council's
family portal, academy trusts' letterheads, letters that quote the previous letter at
length, reports with no title at all, forwarded e-mail chains that carry a document of
another kind, phone photographs and scans saved as "IMG_4471.pdf", "Scan 3.pdf" and
"document(3).pdf", and plain file names that mislead ("EHCP stuff.pdf" is a letter, "final
plan.pdf" a draft, "school report.docx" an annual review).

Every document is invented (councils, people, schools, trusts, health boards, clinics,
practices and services do not exist; phone numbers are in the 01632 960xxx range, NHS
numbers start 999, e-mail addresses are at example.org). `labels.json` records the kind of
every file. The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_m/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_m import letters, others, plans, reports, reports_health  # noqa: E402

DOCUMENTS: list[dict] = (
    plans.DOCUMENTS
    + letters.DOCUMENTS
    + reports.DOCUMENTS
    + reports_health.DOCUMENTS
    + others.DOCUMENTS
)

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
