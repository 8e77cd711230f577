#!/usr/bin/env python3
"""Write the sixth labelled document-kind set: councils in the north of England and on the
coast, academy trusts' letters, SENDIASS letters, a council's notice of decision after its
panel, a draft plan e-mailed with "please find attached" and the draft itself saved under a
name that says nothing, plans whose first page is a cover sheet with a photo caption and a
contact list, private clinics' reports on practice letterheads, NHS discharge summaries,
end-of-year reports to parents, the tribunal's notice of hearing and decision, mediation
companies' certificates, parents' diaries of incidents, a child's drawing with captions,
and files whose names say nothing ("scan.pdf", "doc00123.pdf", "New Microsoft Word
Document.docx").

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, NHS numbers start 999, e-mail
addresses are at example.org). Each entry in the content modules names its file as a
person would have saved it, its kind, and its format; `labels.json` records the kind of
every file. The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_f/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_f import letters, others, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + others.DOCUMENTS

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
