"""Benchmark: import hundreds of hostile files per format and report what got through.

Run: .venv/bin/python benchmarks/fuzz_import.py [--per-format N] [--seed S]

For each format (PDF, Word, e-mail, PNG, JPEG, and files found on this machine that
nobody here wrote) a separate process imports N mutated files plus the crafted attacks
of tests/fuzz_inputs.py into a fresh data folder, in batches through
evidence.import_files, after three valid documents were stored. It prints per format:
files, imported, refused with a message, crashes (an exception other than the importer's
own reaching the caller, or a message with a traceback or more than one line), hangs
(a file taking longer than the wall-clock limit plus a margin), the slowest file, the
peak memory of the importing process and of its reader processes, and whether the
database passed ``integrity_check`` with every stored original matching its SHA-256 and
the three earlier documents unchanged. The same seed gives the same files.
"""

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fuzz_inputs import FORMATS, Sample, mutate, samples, seed_file

HANG_MARGIN_SECONDS = 10.0
GENERIC_MESSAGE = "damaged or not in the format its name suggests"
REAL_PNG_SAMPLE = 150
REAL_MUTATIONS_EACH = 4


@dataclass
class Tally:
    files: int = 0
    imported: int = 0
    refused: int = 0
    duplicates: int = 0
    reader_errors: int = 0
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")
    parent_peak_mib: float = 0.0
    children_peak_mib: float = 0.0
    seconds: float = 0.0
    sound: bool = False
    earlier_unchanged: bool = False
    messages: dict[str, int] = field(default_factory=dict)


def real_files(seed: int) -> list[Sample]:
    """Files on this machine that nobody here wrote, as found and cut or damaged.

    No library in the environment ships broken test files (pypdf, pdfminer and Pillow
    install without their test suites), so the real files are what is there: PDF manuals
    under /usr/share/doc, python-docx's template, Qt's PNG images and its JPEG thumbnail.
    """
    rng = random.Random(f"real-{seed}")
    found = sorted(Path("/usr/share/doc").rglob("*.pdf"))
    site = Path(sys.prefix) / "lib"
    found += sorted(site.rglob("docx/templates/default.docx"))
    found += sorted(site.rglob("docx/templates/**/*.jpeg"))
    pngs = sorted(site.rglob("PySide6/**/*.png"))
    found += rng.sample(pngs, min(REAL_PNG_SAMPLE, len(pngs)))
    out = []
    for number, path in enumerate(found):
        suffix = ".jpg" if path.suffix == ".jpeg" else path.suffix
        data = path.read_bytes()
        out.append(Sample(f"real-{number:03}-{path.stem}{suffix}", data, "real"))
        if path.suffix == ".png" and number % 6:
            continue  # a few PNGs damaged are enough; the PDFs and Word file all are
        for extra in range(REAL_MUTATIONS_EACH):
            broken, how = mutate(data, rng)
            out.append(
                Sample(f"real-{number:03}-{extra}-{how}-{path.stem}{suffix}", broken, "real")
            )
    return out


def write_files(fmt: str, per_format: int, seed: int, folder: Path) -> None:
    """Generate the format's files here, so the importing process's memory is its own."""
    files = real_files(seed) if fmt == "real" else samples(fmt, per_format, seed)
    for sample in files:
        (folder / sample.name).write_bytes(sample.data)


def run_format(folder: Path, batch: int, wall: float) -> Tally:
    """Import the folder's files into a fresh data folder; runs in its own process."""
    import os

    tally = Tally()
    with tempfile.TemporaryDirectory() as work:
        home = Path(work) / "data"
        os.environ["EHCP_APPEAL_HOME"] = str(home)
        from ehcp_appeal.db.database import open_database
        from ehcp_appeal.db.integrity import check_folder
        from ehcp_appeal.errors import AppError
        from ehcp_appeal.ingest.sandbox import Limits
        from ehcp_appeal.services import evidence
        from ehcp_appeal.services.cases import CaseDetails, create_case

        limits = Limits(wall_seconds=wall)
        files = sorted(folder.iterdir())
        tally.files = len(files)
        db = open_database(home)
        case_id = create_case(db, CaseDetails(name="Fuzz")).id
        earlier = _store_earlier(db, case_id, Path(work))
        started = time.perf_counter()
        for first in range(0, len(files), batch):
            paths = files[first : first + batch]
            marks: list[tuple[float, str]] = []

            def mark(done: int, total: int, name: str, marks: list = marks) -> None:
                marks.append((time.perf_counter(), name))

            from ehcp_appeal.progress import Progress

            try:
                report = evidence.import_files(
                    db, case_id, paths, progress=Progress(mark), limits=limits
                )
                reports = [report]
            except Exception as error:
                reports = _one_by_one(db, case_id, paths, limits, tally, error, AppError)
            _times(marks, tally, wall)
            for report in reports:
                tally.imported += len(report.imported)
                tally.duplicates += len(report.duplicates)
                for failure in report.failures:
                    tally.refused += 1
                    _check_message(failure.describe(), failure.file, tally)
        tally.seconds = time.perf_counter() - started
        health = check_folder(db)
        tally.sound = health.sound
        tally.earlier_unchanged = _earlier_unchanged(db, earlier)
        db.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    tally.parent_peak_mib = round(own / 1024, 1)
    tally.children_peak_mib = round(children / 1024, 1)
    return tally


def _store_earlier(db: object, case_id: str, work: Path) -> dict[str, str]:
    """Valid documents stored before the attack: each id to its original's hash and text."""
    from ehcp_appeal.services import evidence

    folder = work / "earlier"
    folder.mkdir()
    paths = []
    for fmt in ("pdf", "docx", "eml"):
        path = folder / f"earlier.{fmt}"
        path.write_bytes(seed_file(fmt))
        paths.append(path)
    report = evidence.import_files(db, case_id, paths)  # type: ignore[arg-type]
    assert not report.failures, report.failures
    return {doc.id: _snapshot(db, doc.id) for doc in report.imported}


def _snapshot(db: object, doc_id: str) -> str:
    from sqlmodel import select

    from ehcp_appeal.db.models import Document, Page

    with db.session() as session:  # type: ignore[attr-defined]
        document = session.get(Document, doc_id)
        pages = session.exec(select(Page.text).where(Page.document_id == doc_id)).all()
        original = db.store.read_bytes(document.sha256)  # type: ignore[attr-defined]
        return hashlib.sha256(original).hexdigest() + document.sha256 + "\f".join(pages)


def _earlier_unchanged(db: object, earlier: dict[str, str]) -> bool:
    return all(_snapshot(db, doc_id) == snap for doc_id, snap in earlier.items())


def _one_by_one(db, case_id, paths, limits, tally, error, app_error):  # type: ignore[no-untyped-def]
    """A batch raised: import its files one at a time to name the file(s) responsible."""
    from ehcp_appeal.services import evidence

    reports = []
    for path in paths:
        try:
            reports.append(evidence.import_files(db, case_id, [path], limits=limits))
        except app_error as refused:
            tally.crashes.append(f"{path.name}: escaped as {type(refused).__name__}")
        except Exception as escaped:
            tally.crashes.append(f"{path.name}: {type(escaped).__name__}: {escaped}"[:300])
    if not tally.crashes:
        tally.crashes.append(f"batch failed once only: {type(error).__name__}: {error}"[:300])
    return reports


def _times(marks: list[tuple[float, str]], tally: Tally, wall: float) -> None:
    ends = [stamp for stamp, _name in marks[1:]]
    for (stamp, name), end in zip(marks, ends, strict=False):
        spent = end - stamp
        if spent > tally.slowest[0]:
            tally.slowest = (round(spent, 2), name)
        if spent > wall + HANG_MARGIN_SECONDS:
            tally.hangs.append(f"{name}: {spent:.1f} s")


def _check_message(text: str, file: str, tally: Tally) -> None:
    """A message is one line naming its file once; tally its reason for the summary."""
    name = Path(file.split(" › ")[-1]).name
    if "\n" in text or "Traceback" in text or text.count(name) != 1:
        tally.crashes.append(f"bad message: {text[:300]!r}")
    if GENERIC_MESSAGE in text:
        tally.reader_errors += 1  # the reader raised something it did not expect
    reason = text[text.index(name) + len(name) :].lstrip(": ") if name in text else text
    key = reason[:60]
    tally.messages[key] = tally.messages.get(key, 0) + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-format", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--wall-seconds", type=float, default=90.0, help="the sandbox limit")
    parser.add_argument("--formats", default=",".join((*FORMATS, "real")))
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--generate", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        write_files(args.generate, args.per_format, args.seed, Path(args.folder))
        return
    if args.folder and not args.generate:
        tally = run_format(Path(args.folder), args.batch, args.wall_seconds)
        print(json.dumps(asdict(tally)))
        return
    print(
        "format  files imported refused unexpected crashes hangs slowest_s "
        "parent_MiB readers_MiB sound"
    )
    for fmt in args.formats.split(","):
        with tempfile.TemporaryDirectory() as folder:
            # Each step in its own process: a process started from a large one inherits
            # its peak memory figure, and generating a bomb is large.
            generate = [
                f"--generate={fmt}",
                f"--per-format={args.per_format}",
                f"--seed={args.seed}",
            ]
            subprocess.run([sys.executable, __file__, *generate, f"--folder={folder}"], check=True)
            command = [sys.executable, __file__, f"--folder={folder}", *_passed(args)]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"{fmt:6}  the run itself failed:\n{done.stderr[-2000:]}")
            continue
        tally = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{fmt:6} {tally['files']:6} {tally['imported']:8} {tally['refused']:7} "
            f"{tally['reader_errors']:10} "
            f"{len(tally['crashes']):8} {len(tally['hangs']):5} {tally['slowest'][0]:9} "
            f"{tally['parent_peak_mib']:10} {tally['children_peak_mib']:11} "
            f"{'yes' if tally['sound'] and tally['earlier_unchanged'] else 'NO'}"
            f"   ({tally['seconds']:.0f} s; {tally['duplicates']} duplicates; "
            f"slowest {tally['slowest'][1]})"
        )
        for line in tally["crashes"][:10] + tally["hangs"][:10]:
            print(f"    {line}")
        common = sorted(tally["messages"].items(), key=lambda item: -item[1])[:6]
        for reason, count in common:
            print(f"    {count:5} x {reason}")


def _passed(args: argparse.Namespace) -> list[str]:
    return [f"--batch={args.batch}", f"--wall-seconds={args.wall_seconds}"]


if __name__ == "__main__":
    main()
