#!/usr/bin/env python3
"""Write the tenth labelled document-kind set: London boroughs' and Midlands councils'
plans, decisions and letters (a plan exported by a newer portal with its tabs flattened into
text, plans and drafts whose title page never says "EHC plan" though their sections do, an
annual review decision, a council's letter quoting the tribunal's order it carries out),
reports from professions the earlier sets did not use (a dietitian, a sleep service, a play
therapist, an orthotist, a wheelchair service, a hospital school, a GP), reports sent as
e-mail bodies, school letters about a suspension and a part-time timetable, a mediation
certificate from another service, a parent's own timeline, and scans and phone photographs
with OCR damage in files named as people really save them ("Scan_20260428_1907.pdf",
"RICOH_MPC3004_00117.pdf", "Noah EHCP final FINAL v3.docx", "PXL_20260311_081532.pdf").

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, NHS numbers start 999, e-mail addresses
are at example.org). `labels.json` records the kind of every file. The output is byte-for-
byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_j/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_j import letters, others, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + others.DOCUMENTS

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
