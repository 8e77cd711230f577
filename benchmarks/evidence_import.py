"""Benchmark: import and index a generated 300-page PDF (goal: under 10 s on 2 cores).

Run: .venv/bin/python benchmarks/evidence_import.py [PAGES]
"""

import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS_TEXT = (
    "Sam needs support with speech language communication sensory processing anxiety "
    "attention reading writing maths transport occupational therapy assessment provision "
    "teaching assistant small group weekly termly outcomes review school council plan"
)
WORDS = WORDS_TEXT.split()


def make_pdf(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(7)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number in range(pages):
        pdf.setFont("Helvetica", 10)
        pdf.drawString(60, 800, f"Educational Psychology Advice - page {number + 1}")
        for line in range(45):
            pdf.drawString(60, 770 - 16 * line, " ".join(rng.choices(WORDS, k=14)))
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as home:
        os.environ["EHCP_APPEAL_HOME"] = home
        from ehcp_appeal.db.database import open_database
        from ehcp_appeal.services import evidence, search
        from ehcp_appeal.services.cases import CaseDetails, create_case

        started = time.perf_counter()
        data = make_pdf(pages)
        generated = time.perf_counter() - started
        source = Path(home) / "report.pdf"
        source.write_bytes(data)
        db = open_database(Path(home))
        case_id = create_case(db, CaseDetails(name="Benchmark")).id
        started = time.perf_counter()
        report = evidence.import_files(db, case_id, [source])
        imported = time.perf_counter() - started
        assert report.failures == [], report.failures
        started = time.perf_counter()
        hits = search.search(db, "occupational therapy", case_id)
        searched = time.perf_counter() - started
        db.close()
    doc = report.imported[0]
    print(f"generated {pages}-page PDF ({len(data) / 1e6:.1f} MB) in {generated:.2f} s")
    print(f"import + index: {imported:.2f} s ({imported / pages * 1000:.1f} ms/page), "
          f"{doc.pages} pages stored, kind {doc.kind}")  # fmt: skip
    print(f"first search: {searched * 1000:.1f} ms, {len(hits)} hits")
    print(f"goal under 10 s: {'met' if imported < 10 else 'NOT met'}")


if __name__ == "__main__":
    main()
