#!/usr/bin/env python3
"""Write the fifth labelled document-kind set: councils on the Welsh border and London
boroughs, NHS letters carrying hospital and NHS numbers, plans exported from an online
portal as field labels, drafts marked only in a footer or a file name, decision letters
that quote the Children and Families Act 2014, the tribunal's papers and the index pages of
two hearing bundles, annual review reports written by schools and a college, school letters
on trusts' letterheads that mention a plan in passing, one-line e-mails forwarding
attachments, local offer pages, and files named by phones and scanners.

Every document is invented (councils, people, schools, trusts and services do not exist;
phone numbers are in the 01632 960xxx and 020 7946 0xxx ranges, NHS numbers start 999,
e-mail addresses are at example.org). Each entry in the content modules names its file as a
person would have saved it, its kind, and its format; `labels.json` records the kind of
every file. The output is byte-for-byte repeatable: reportlab invariant mode, fixed zip
timestamps and core properties, fixed e-mail headers and MIME boundaries, and OCR damage
drawn from a generator seeded per document.

    python benchmarks/document_kinds_e/generate.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from evaluation_kit.kinds_writer import run  # noqa: E402

from document_kinds_e import letters, others, plans, reports  # noqa: E402

DOCUMENTS: list[dict] = plans.DOCUMENTS + letters.DOCUMENTS + reports.DOCUMENTS + others.DOCUMENTS

if __name__ == "__main__":
    raise SystemExit(run(HERE, DOCUMENTS))
