"""Benchmark: a 1,000-page bundle from about 40 documents, beside qpdf's plain merge.

Goal (stamped, labelled, bookmarked and linked): within 1.5 times `qpdf --empty --pages
... --` merging the same PDFs, measured in the same run. Prints wall times (medians of
runs), peak memory of the bundle process and the output's size against the inputs' sum.

Run: .venv/bin/python benchmarks/bundle_export.py [RUNS]
"""

import datetime as dt
import io
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS_TEXT = (
    "Sam needs support with speech language communication sensory processing anxiety "
    "attention reading writing maths transport occupational therapy assessment provision "
    "teaching assistant small group weekly termly outcomes review school council plan"
)
WORDS = WORDS_TEXT.split()
KINDS = ("ep_report", "salt_report", "ot_report", "independent_report", "correspondence",
         "school_report", "medical_report", "parent_views")  # fmt: skip


def make_pdf(pages: int, seed: int, landscape_every: int = 0, photo: bytes = b"") -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number in range(pages):
        size = landscape(A4) if landscape_every and number % landscape_every == 0 else A4
        pdf.setPageSize(size)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(50, size[1] - 40, f"Document {seed} - page {number + 1}")
        for line in range(int((size[1] - 80) / 16)):
            pdf.drawString(50, size[1] - 60 - 16 * line, " ".join(rng.choices(WORDS, k=14)))
        if photo and number % 10 == 3:
            pdf.drawImage(ImageReader(io.BytesIO(photo)), 60, 80, 300, 220)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_docx(path: Path, pages: int, seed: int) -> None:
    import docx

    rng = random.Random(seed)
    document = docx.Document()
    document.add_heading(f"Word report {seed}", 1)
    for number in range(pages):
        for _ in range(5):
            document.add_paragraph(" ".join(rng.choices(WORDS, k=60)))
        if number < pages - 1:
            document.add_page_break()
    document.save(str(path))


def photo_jpeg() -> bytes:
    from PIL import Image

    rng = random.Random(3)
    image = Image.new("RGB", (900, 660))
    image.putdata([(rng.randrange(256), 120, 90) for _ in range(900 * 660)])
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def timed(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and the child's peak RSS in MB (Linux ru_maxrss is in kB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) // 1024


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    qpdf = shutil.which("qpdf")
    with tempfile.TemporaryDirectory() as scratch:
        home, sources = Path(scratch) / "data", Path(scratch) / "sources"
        sources.mkdir()
        os.environ["EHCP_APPEAL_HOME"] = str(home)
        from ehcp_appeal.db.database import open_database
        from ehcp_appeal.services import bundle, evidence
        from ehcp_appeal.services.cases import CaseDetails, create_case

        photo = photo_jpeg()
        sizes = [3, 5, 8, 12, 20, 30, 45, 60] * 5  # 40 documents, 915 pages
        files: list[Path] = []
        for number, pages in enumerate(sizes):
            path = sources / f"doc{number:02d}.pdf"
            path.write_bytes(make_pdf(pages, number, 7 if number % 5 == 0 else 0,
                                      photo if number % 4 == 0 else b""))  # fmt: skip
            files.append(path)
        for number in range(4):  # Word documents: about 85 more pages once laid out
            path = sources / f"word{number}.docx"
            make_docx(path, 20, 100 + number)
            files.append(path)
        db = open_database(home)
        case_id = create_case(db, CaseDetails(name="Benchmark", child_name="Sam")).id
        for number, path in enumerate(files):
            report = evidence.import_files(
                db, case_id, [path], kind=KINDS[number % len(KINDS)],
                date=dt.date(2025, 1, 1) + dt.timedelta(days=7 * number),
            )  # fmt: skip
            assert not report.failures, report.failures
        started = time.perf_counter()
        first = bundle.build_bundle(db, case_id, Path(scratch) / "first.pdf")
        first_wall = time.perf_counter() - started
        converters = sorted({d.converter for d in first.bundle.documents})
        in_process = []
        for _ in range(runs):
            started = time.perf_counter()
            bundle.build_bundle(db, case_id, Path(scratch) / "again.pdf")
            in_process.append(time.perf_counter() - started)
        db.close()

        # The same PDFs qpdf would merge: every original, and the Word files' kept PDFs.
        from sqlmodel import select

        from ehcp_appeal.db.models import Rendition

        db = open_database(home)
        merged_inputs = []
        with db.session() as session:
            renditions = {r.source_sha256: r.pdf_sha256 for r in session.exec(select(Rendition))}
        for doc in first.bundle.documents:
            sha = renditions.get(doc.sha256, doc.sha256)
            merged_inputs.append(str(db.store_dir / sha[:2] / sha))
        db.close()
        inputs_bytes = sum(Path(p).stat().st_size for p in merged_inputs)

        env = dict(os.environ)
        ours_cmd = [sys.executable, "-m", "ehcp_appeal", "bundle", "--case", case_id,
                    "--out", str(Path(scratch) / "bundle.pdf")]  # fmt: skip
        qpdf_cmd = [qpdf or "qpdf", "--empty", "--pages", *merged_inputs, "--",
                    str(Path(scratch) / "qpdf.pdf")]  # fmt: skip
        ours, theirs, peaks = [], [], []
        for _ in range(runs):
            wall, peak = timed(ours_cmd, env)
            ours.append(wall)
            peaks.append(peak)
            if qpdf:
                theirs.append(timed(qpdf_cmd, env)[0])
        out_bytes = (Path(scratch) / "bundle.pdf").stat().st_size
        total_pages = first.bundle.total_pages

    print(f"Bundle of {len(files)} documents, {total_pages} pages ({converters})")
    print(f"  first export in-process, converting the Word files: {first_wall:.2f} s")
    print(f"  in-process export, Word PDFs kept, median of {runs}: "
          f"{statistics.median(in_process):.2f} s")  # fmt: skip
    print(f"  bundle command, whole process, median of {runs}: {statistics.median(ours):.2f} s "
          f"(min {min(ours):.2f}, max {max(ours):.2f})")  # fmt: skip
    if theirs:
        print(f"  qpdf --empty --pages merge, median of {runs}: {statistics.median(theirs):.2f} s")
        ratio = statistics.median(ours) / statistics.median(theirs)
        work = statistics.median(in_process) / statistics.median(theirs)
        print(f"  ratio bundle command / qpdf merge: {ratio:.2f} (goal: at most 1.5)")
        print(f"  ratio in-process export / qpdf merge: {work:.2f}")
    else:
        print("  qpdf is not installed: no baseline (apt-get install qpdf)")
    print(f"  peak memory of the bundle process: {max(peaks)} MB (largest of the runs)")
    print(f"  output {out_bytes / 1e6:.1f} MB against inputs' sum {inputs_bytes / 1e6:.1f} MB "
          f"({out_bytes / inputs_bytes:.2f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
