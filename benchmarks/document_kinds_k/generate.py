#!/usr/bin/env python3
"""Write the eleventh labelled document-kind set: north-west and Merseyside councils, Kent
and Sussex councils, Devon and Cornwall; an NHS audiology department, a tissue viability
nurse, a community paediatrician's clinic summary, a CAMHS eating disorder team, a
neurodevelopmental pathway's diagnosis letter, a SENDIASS service, an independent special
school's offer, a council's consultation with a school and the school's reply, transport
and personal budget papers, the tribunal's notice of hearing and decision, a council's
response to an appeal, a phase-transfer amended plan, a plan printed as a web page, drafts
called "Proposed amended plan", and scans and phone photographs with OCR damage in files
named as people save them.

Every document is invented (councils, people, schools, trusts, clinics and services do not
exist; phone numbers are in the 01632 960xxx range, mobiles 07700 900xxx, NHS numbers
start 999, e-mail addresses are at example.org). `labels.json` records the kind of every
file. The output is byte-for-byte repeatable (the evaluation kit's writers).

    python benchmarks/document_kinds_k/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_k import letters, others, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + others.DOCUMENTS

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
