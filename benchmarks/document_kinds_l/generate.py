#!/usr/bin/env python3
"""Write the twelfth labelled document-kind set: Northumberland and Tyneside, Shropshire and
Herefordshire, Essex and Suffolk councils (invented), a paediatric neurology clinic, a
hearing support service's annual report, a virtual school's personal education plan, a
child development centre's multi-agency report, a school nurse's letter, a residential
special school's termly report, a further education college's offer letter, a council's
panel decision minutes and notice of a needs assessment, an EHC plan printed from a
supplier's portal with field labels, a plan converted from a Statement of special
educational needs, drafts marked "Draft for parental comment", a tribunal bundle's index
pages, mediation certificates by e-mail, a parent's timeline, a young person's own letter,
and scans and phone photographs with OCR damage in files named as people save them.

Every document is invented (councils, people, schools, colleges, trusts, clinics and
services do not exist; phone numbers are in the 01632 960xxx range, NHS numbers start 999,
e-mail addresses are at example.org). `labels.json` records the kind of every file. The
output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_l/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_l import letters, others, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + others.DOCUMENTS

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
