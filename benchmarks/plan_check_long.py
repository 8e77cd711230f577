"""Time the plan check on long reports against extracting their text with pypdfium2.

Builds, from a fixed seed, long report PDFs about the child of a development-corpus
case (its real plan is the plan checked): 200 and 500 pages in total across a few
reports, written the way reports are (headings, background prose, observations,
assessment, needs and recommendations), and a dense variant of 200 pages in which
nearly every line is a need or a recommendation. The sentences are those of the
corpus's reports, each varied (a clause, an opening, other numbers) so that no two
are the same and no cache sees a repeat.

For each variant it prints the time to extract the reports' text with pypdfium2 in
this process (median), the plan check's time (what ``analyse_files`` does: reading the
files, then checking) with the reading and checking parts apart, and the ratio of the
check to the extraction, all measured in the same run. The first run of the check is
the figure that counts (each variant is new to the process); the median of the
repeats is printed too, and is lower because the sentences' work is then cached.

Then the same files as the app holds them: imported into a case of a fresh data folder
(an import reads each new report for the check while its progress shows), then "Check
the plan" as the window runs it (``run_case_analysis``: the plan read from the store, the
reports' readings kept since the import). It prints the import's time, the check's time
and its ratio to pypdfium2, and whether the check's findings are those of the first run.

Usage: python benchmarks/plan_check_long.py [--repeats N] [--only NAME ...]
           [--profile] [--case case-dev-01] [--out DIR]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ehcp_appeal.analysis.reading.reading import read_path  # noqa: E402
from ehcp_appeal.analysis.result import SourceDocument, analyse_documents  # noqa: E402
from tests.core.analysis_fixtures.builders import write_pdf  # noqa: E402

CORPUS = Path("/work/shared/corpus")
SEED = 12


@dataclass(frozen=True)
class Variant:
    key: str
    name: str
    reports: int
    pages_each: int
    dense: bool


VARIANTS = (
    Variant("200", "200 pages", 4, 50, False),
    Variant("500", "500 pages", 5, 100, False),
    Variant("dense", "200 pages, dense", 4, 50, True),
)

OPENINGS = (
    "",
    "In class, ",
    "At school, ",
    "During the observation, ",
    "Across the day, ",
    "In my view, ",
    "According to staff, ",
    "Most of the time, ",
)
CLAUSES = (
    "",
    " during literacy lessons",
    " in the afternoon sessions",
    " when the classroom is noisy",
    " at break and lunch times",
    " in mathematics lessons",
    " when routines change without warning",
    " in unfamiliar settings",
    " in small-group work",
    " during whole-class teaching",
    " on the playground",
    " when tasks are timed",
    " in the dining hall",
    " at the start of the day",
    " in practical subjects",
    " when working with a supply teacher",
)
HEADINGS = (
    "Background information",
    "Observations in class",
    "Assessment results",
    "Views of school staff",
    "Summary of needs",
    "Recommendations",
    "Communication and interaction",
    "Cognition and learning",
    "Social, emotional and mental health",
    "Sensory and physical",
    "Progress since the last review",
    "Outcomes sought",
)


def harvest(case: Path) -> tuple[str, list[str], list[tuple[str, str]], set[str]]:
    """(child, prose sentences, (kind, need or recommendation), names) from the corpus."""
    from ehcp_appeal.analysis.reading.blocks import sentences
    from ehcp_appeal.analysis.roles.report_items import child_name, is_heading

    truth = json.loads((case / "truth.json").read_text(encoding="utf-8"))
    child = re.match(r"[A-Z][a-z]+", truth["needs"][0]["text"]).group(0)
    prose: list[str] = []
    asks: list[tuple[str, str]] = []
    names: set[str] = set()
    for folder in sorted(p for p in CORPUS.iterdir() if (p / "truth.json").exists()):
        data = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        for name in data["reports"]:
            blocks = read_path(folder / name)
            names.add(child_name(blocks))
            for block in blocks:
                if block.kind == "para" and not is_heading(block):
                    prose.extend(s for s in sentences(block.text) if len(s.split()) >= 6)
        asks.extend((need["kind"], need["text"]) for need in data["needs"])
    names.discard("")
    return child, sorted(set(prose)), asks, names


def vary(text: str, child: str, names: set[str], rng: random.Random) -> str:
    """One sentence made new: the case's child, another opening, a clause, other numbers."""
    for name in names:
        text = re.sub(rf"\b{re.escape(name)}\b", child, text)
    text = re.sub(r"\d+", lambda m: str(rng.randint(2, 60)), text)
    opening = rng.choice(OPENINGS)
    if opening and text[:1].isupper() and not text.startswith(child):
        text = opening + text[0].lower() + text[1:]
    clause = rng.choice(CLAUSES)
    if clause and text.endswith("."):
        text = text[:-1] + clause + "."
    return text


def report_pages(
    rng: random.Random, pages: int, dense: bool, material: tuple[str, list[str], list, set[str]]
) -> list[list[tuple[str, str]]]:
    """Pages of headings, paragraphs and bullets, filled to a page's height."""
    child, prose, asks, names = material
    out: list[list[tuple[str, str]]] = []
    for _ in range(pages):
        page: list[tuple[str, str]] = [("heading", rng.choice(HEADINGS))]
        height = 20
        while height < 640:
            if dense:
                _kind, text = rng.choice(asks)
                sentence = vary(text, child, names, rng)
                item = ("bullet" if rng.random() < 0.5 else "para", sentence)
            elif rng.random() < 0.2:
                item = ("bullet", vary(rng.choice(asks)[1], child, names, rng))
            else:
                count = rng.randint(2, 4)
                item = (
                    "para",
                    " ".join(vary(rng.choice(prose), child, names, rng) for _ in range(count)),
                )
            lines = len(item[1]) // 90 + 1
            height += lines * 14 + 8
            page.append(item)
        out.append(page)
    return out


def build(variant: Variant, out: Path, case: Path) -> list[Path]:
    """Write the variant's reports (once; the seed makes them the same every run)."""
    folder = out / variant.key
    paths = [folder / f"report_{number}.pdf" for number in range(1, variant.reports + 1)]
    if all(path.exists() for path in paths):
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{SEED}-{variant.name}")
    material = harvest(case)
    for number, path in enumerate(paths, start=1):
        pages = report_pages(rng, variant.pages_each, variant.dense, material)
        write_pdf(path, pages, header=f"Report {number} | CONFIDENTIAL", footer=f"Report {number}")
    return paths


def extract(paths: list[Path]) -> int:
    """Every page's text with pypdfium2, as the fastest plain reader would."""
    import pypdfium2 as pdfium

    characters = 0
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        for page in pdf:
            characters += len(page.get_textpage().get_text_range())
        pdf.close()
    return characters


def timed(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def as_app(plan: Path, paths: list[Path], expected: list[str]) -> None:
    """In a process of its own (no sentence seen before): import into a fresh data folder,
    then check as the window does; print the figures.

    The plan alone is checked first, as a window that has checked any case before has
    loaded the analysis and compiled its patterns; that start-up is not the check's.
    """
    import os

    from ehcp_appeal.db.database import open_database
    from ehcp_appeal.ingest.importer import import_files
    from ehcp_appeal.services import analysis
    from ehcp_appeal.services.cases import CaseDetails, create_case

    with tempfile.TemporaryDirectory() as home:
        os.environ["EHCP_APPEAL_HOME"] = home
        db = open_database(Path(home))
        try:
            case_id = create_case(db, CaseDetails(name="Benchmark")).id
            import_files(db, case_id, [plan], kind="ehcp_final")
            analysis.run_case_analysis(db, case_id)
            extraction = timed(lambda: extract(paths), 3)
            started = time.perf_counter()
            report = import_files(db, case_id, paths, kind="ep_report")
            imported = time.perf_counter() - started
            started = time.perf_counter()
            analysis.keep_readings(db, [info.id for info in report.imported])
            kept = time.perf_counter() - started
            started = time.perf_counter()
            checked = analysis.run_case_analysis(db, case_id)
            check = time.perf_counter() - started
        finally:
            db.close()
    same = [f["text"] for f in checked["findings"]] == expected
    print(
        f"  as the app holds them: import {imported:.2f} s, then reading the reports for the "
        f"check {kept:.2f} s; the check {check:.2f} s, {check / extraction:.1f} times "
        f"pypdfium2 ({extraction:.2f} s); the same findings: {'yes' if same else 'NO'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", nargs="*", help="variants by name: 200, 500, dense")
    parser.add_argument("--profile", action="store_true", help="print where the check spends")
    parser.add_argument("--case", default="case-dev-01")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "plan_long")
    parser.add_argument("--as-app", help=argparse.SUPPRESS)
    args = parser.parse_args()
    case = CORPUS / args.case
    plan = case / json.loads((case / "truth.json").read_text(encoding="utf-8"))["plan"]
    if args.as_app:
        folder = args.out / args.as_app
        expected = json.loads((folder / "findings.json").read_text(encoding="utf-8"))
        as_app(plan, sorted(folder.glob("report_*.pdf")), expected)
        return
    chosen = [variant for variant in VARIANTS if not args.only or variant.key in args.only]
    print(f"plan: {plan}; median of {args.repeats}")
    for variant in chosen:
        paths = build(variant, args.out, case)
        extraction = timed(lambda p=paths: extract(p), args.repeats)
        read_times: list[float] = []
        check_times: list[float] = []
        result: dict = {}
        for _ in range(args.repeats):
            started = time.perf_counter()
            plan_doc = SourceDocument(plan.name, read_path(plan))
            docs = [SourceDocument(p.name, read_path(p)) for p in paths]
            read_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            result = analyse_documents(plan_doc, docs)
            check_times.append(time.perf_counter() - started)
        # The first run is the honest one: later runs find the sentences' cached work.
        first = read_times[0] + check_times[0]
        total = statistics.median(r + c for r, c in zip(read_times, check_times, strict=True))
        print(
            f"{variant.name}: {len(result['needs'])} needs and recommendations, "
            f"{len(result['roles'])} sentences; pypdfium2 text {extraction:.2f} s; "
            f"plan check, first run {first:.2f} s (reading {read_times[0]:.2f} s, checking "
            f"{check_times[0]:.2f} s), {first / extraction:.1f} times pypdfium2; "
            f"median {total:.2f} s, {total / extraction:.1f} times"
        )
        command = [sys.executable, __file__, "--as-app", variant.key, "--case", args.case]
        expected = args.out / variant.key / "findings.json"
        expected.write_text(json.dumps([f["text"] for f in result["findings"]]), encoding="utf-8")
        print(
            subprocess.run(
                [*command, "--out", str(args.out)], capture_output=True, text=True, check=True
            ).stdout.rstrip()
        )
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            analyse_documents(plan_doc, docs)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
