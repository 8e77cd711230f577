"""Benchmark: import and index documents.

Run: .venv/bin/python benchmarks/evidence_import.py [PAGES]
     .venv/bin/python benchmarks/evidence_import.py --many [FILES]

The first form imports one generated PAGES-page PDF (default 300; goal under 10 s on 2
cores). ``--many`` imports FILES one-page PDFs (default 100) and, in the same run, one
FILES-page PDF, and prints their ratio (goal: within 3 times): the cost a family pays
for a folder of scanned letters against the cost of one long report.
"""

import argparse
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


def make_pdf(pages: int, seed: int = 7) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
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


def timed_import(home: Path, files: list[Path]) -> float:
    """Seconds to import ``files`` into a new case of a new data folder."""
    from ehcp_appeal.db.database import open_database
    from ehcp_appeal.services import evidence
    from ehcp_appeal.services.cases import CaseDetails, create_case

    db = open_database(home)
    try:
        case_id = create_case(db, CaseDetails(name="Benchmark")).id
        started = time.perf_counter()
        report = evidence.import_files(db, case_id, files)
        elapsed = time.perf_counter() - started
        assert report.failures == [], report.failures
        assert len(report.imported) == len(files)
    finally:
        db.close()
    return elapsed


def one_long(pages: int) -> None:
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


def many_small(count: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        letters = root / "letters"
        letters.mkdir()
        for number in range(count):
            (letters / f"letter-{number:03}.pdf").write_bytes(make_pdf(1, seed=number))
        report = root / "report.pdf"
        report.write_bytes(make_pdf(count))
        small_times, long_times = [], []
        for round_no in range(rounds):
            small_times.append(timed_import(root / f"small-{round_no}", sorted(letters.iterdir())))
            long_times.append(timed_import(root / f"long-{round_no}", [report]))
    small, long = min(small_times), min(long_times)
    ratio = small / long
    print(f"{count} one-page files: {small:.2f} s ({small / count * 1000:.0f} ms a file)")
    print(f"one {count}-page file: {long:.2f} s")
    print(f"ratio {ratio:.1f} (goal within 3): {'met' if ratio <= 3 else 'NOT met'}")
    print(f"(best of {rounds} rounds each, taken in turn)")


def main() -> None:
    parser = argparse.ArgumentParser(description="Import speed.")
    parser.add_argument("size", nargs="?", type=int, help="pages, or files with --many")
    parser.add_argument("--many", action="store_true", help="many one-page files against one")
    parser.add_argument("--rounds", type=int, default=3, help="rounds with --many")
    args = parser.parse_args()
    if args.many:
        many_small(args.size or 100, args.rounds)
    else:
        one_long(args.size or 300)


if __name__ == "__main__":
    main()
