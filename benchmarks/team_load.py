"""Benchmark: a team of caseworkers at once, on a PostgreSQL server and on one SQLite folder.

Run: .venv/bin/python benchmarks/team_load.py [--workers 20] [--cases 2000]
         [--pages 100000] [--seconds 180] [--engine both|postgresql|sqlite]
         [--server postgresql://HOST/DB]

Each worker is its own process with its own connection, as each caseworker's app is. For
``--seconds`` they all do a realistic mix, chosen at random with these weights:

- search (40): words, a phrase or a prefix, across all cases or within one case
- open a case (25): its details and its list of documents
- list deadlines (15): the case's deadlines and the next one due
- edit (15): append a line to a case's notes (read, then save, as the window does) or
  correct a key date; notes are edited on a small set of shared cases, so that two
  caseworkers do save the same case at the same moment
- import (5): a small new letter (read in its sandbox process, stored, indexed)

It prints, per engine: search median and 95th percentile, imports per minute, errors (by
kind), deadlocks, and lost updates: a note line whose save returned without error but
which is missing from the case at the end. Without ``--server`` a throwaway cluster is
started (as the tests do, but with PostgreSQL's durable settings) and removed after.
"""

import argparse
import datetime as dt
import multiprocessing
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.search_latency import vocabulary  # noqa: E402

QUERIES = [
    "therapy",
    "occupational therapy",
    '"speech and language"',
    "assess*",
    "transport anxiety",
    "zebracrossing",
]
WEIGHTS = {"search": 40, "open": 25, "deadlines": 15, "edit": 15, "import": 5}
DOCUMENTS_PER_CASE = 5
SHARED_CASES = 20
STALE_RETRIES = 20
"""A save refused because a colleague saved first is reloaded and made again, as the window
offers; only a save that went through is expected in the notes at the end."""
EVENTS = ("request_received", "decision_letter", "draft_plan_served")


@dataclass
class Tally:
    """What one worker did; summed over workers at the end."""

    timings: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    deadlocks: int = 0
    imports: int = 0
    stale_refused: int = 0
    saved_notes: list[tuple[str, str]] = field(default_factory=list)


def generate(db: object, cases: int, pages: int, seed: int = 7) -> list[str]:
    """Cases in 40 councils, five documents each, ``pages`` pages of 330 words in all."""
    from sqlalchemy import insert

    from ehcp_appeal.db.models import Case, Document, KeyDate, Page, new_id

    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    case_rows, doc_rows, date_rows = [], [], []
    now = dt.datetime.now(dt.UTC)
    for n in range(cases):
        case_id = new_id()
        case_rows.append(
            {"id": case_id, "name": f"Family {n}", "child_name": f"Child {n}",
             "year_group": "", "school": "", "local_authority": f"Council {n % 40}",
             "appeal_type": "", "tribunal_reference": "", "outcome": "", "notes": "",
             "archived": False, "created_at": now, "updated_at": now}
        )  # fmt: skip
        start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
        date_rows.append({"case_id": case_id, "event": "request_received", "round": 1,
                          "date": start, "note": ""})  # fmt: skip
        for _ in range(DOCUMENTS_PER_CASE):
            doc_rows.append(_document(Document, case_id, len(doc_rows), now) | {"id": new_id()})
    per_doc = max(1, pages // max(1, len(doc_rows)))
    engine = db.engine  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(insert(Case), case_rows)
        conn.execute(insert(KeyDate), date_rows)
        conn.execute(insert(Document), [r | {"pages": per_doc} for r in doc_rows])
    batch: list[dict[str, object]] = []
    for doc in doc_rows:
        for page_no in range(1, per_doc + 1):
            text = " ".join(rng.choices(words, weights=weights, k=330))
            batch.append({"document_id": doc["id"], "page_no": page_no, "text": text, "ocr": False})
            if len(batch) >= 2000:
                with engine.begin() as conn:
                    conn.execute(insert(Page), batch)
                batch = []
    if batch:
        with engine.begin() as conn:
            conn.execute(insert(Page), batch)
    return [row["id"] for row in case_rows]


def _document(model: object, case_id: str, number: int, now: dt.datetime) -> dict[str, object]:
    return {"case_id": case_id, "parent_id": None, "title": f"Report {number}", "kind": "other",
            "date": None, "sha256": f"{number:064x}", "original_name": f"report{number}.pdf",
            "file_type": "pdf", "size_bytes": 100_000, "author": "", "author_role": "",
            "direction": "", "sender": "", "recipient": "", "subject": "",
            "text_status": "ok", "status_detail": "", "in_bundle": True, "imported_at": now,
            "deleted_at": None}  # fmt: skip


def worker(
    number: int, env: dict[str, str], case_ids: list[str], seconds: float, start_at: float,
    results: "multiprocessing.Queue[Tally]",
) -> None:  # fmt: skip
    os.environ.update(env)
    from ehcp_appeal.db.database import open_database

    tally = Tally()
    rng = random.Random(number)
    scratch = Path(tempfile.mkdtemp(prefix=f"team-load-{number}-"))
    db = open_database()
    try:
        time.sleep(max(0.0, start_at - time.time()))
        deadline = time.time() + seconds
        actions, weights = zip(*WEIGHTS.items(), strict=True)
        sequence = 0
        while time.time() < deadline:
            action = rng.choices(actions, weights)[0]
            sequence += 1
            started = time.perf_counter()
            try:
                _act(action, db, rng, case_ids, tally, scratch, f"w{number}-{sequence}")
            except Exception as error:  # counted, never fatal: the figures are the point
                kind = f"{action}: {type(error).__name__}: {str(error).splitlines()[0][:90]}"
                tally.errors[kind] += 1
                if "deadlock" in str(error).lower():
                    tally.deadlocks += 1
                if os.environ.get("TEAM_LOAD_TRACE"):
                    traceback.print_exc()
                continue
            tally.timings.setdefault(action, []).append(time.perf_counter() - started)
    finally:
        db.close()
        shutil.rmtree(scratch, ignore_errors=True)
        results.put(tally)


def _act(
    action: str, db: object, rng: random.Random, case_ids: list[str], tally: Tally,
    scratch: Path, token: str,
) -> None:  # fmt: skip
    from ehcp_appeal.services import cases, deadlines, evidence, key_dates, search
    from ehcp_appeal.services.edit_versions import StaleEditError

    case_id = rng.choice(case_ids)
    today = dt.date(2026, 12, 4)
    if action == "search":
        search.search(db, rng.choice(QUERIES), None if rng.random() < 0.5 else case_id, 20)  # type: ignore[arg-type]
    elif action == "open":
        cases.get_case(db, case_id)  # type: ignore[arg-type]
        evidence.list_documents(db, case_id)  # type: ignore[arg-type]
    elif action == "deadlines":
        deadlines.deadline_statuses(db, case_id, today)  # type: ignore[arg-type]
        deadlines.next_deadline(db, case_id, today)  # type: ignore[arg-type]
    elif action == "edit" and rng.random() < 0.6:
        shared = rng.choice(case_ids[:SHARED_CASES])
        for _ in range(STALE_RETRIES):  # refused as stale: reload, add the line again
            details = cases.get_case(db, shared)  # type: ignore[arg-type]
            try:
                cases.update_case(db, replace(details, notes=f"{details.notes}\n{token}".strip()))  # type: ignore[arg-type]
            except StaleEditError:
                tally.stale_refused += 1
                continue
            tally.saved_notes.append((shared, token))
            break
    elif action == "edit":
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
        key_dates.record_key_date(db, case_id, rng.choice(EVENTS), day, replace=True)  # type: ignore[arg-type]
    elif action == "import":
        letter = scratch / f"{token}.txt"
        body = " ".join(rng.choice(QUERIES).strip('"*') for _ in range(40))
        letter.write_text(f"Dear parent,\n\nLetter {token}. {body}\n", encoding="utf-8")
        report = evidence.import_files(db, case_id, [letter])  # type: ignore[arg-type]
        if not report.imported:
            raise RuntimeError(f"import refused: {report}")
        tally.imports += 1


def run(label: str, env: dict[str, str], case_ids: list[str], args: argparse.Namespace) -> None:
    context = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[Tally] = context.Queue()
    start_at = time.time() + 5 + args.workers * 0.5  # every worker connected first
    processes = [
        context.Process(
            target=worker, args=(n, env, case_ids, args.seconds, start_at, results)
        )  # not daemonic: an import reads its file in a child process of its own
        for n in range(args.workers)
    ]
    for process in processes:
        process.start()
    tallies = [results.get() for _ in processes]
    for process in processes:
        process.join()
    report(label, tallies, env, args)


def report(label: str, tallies: list[Tally], env: dict[str, str], args: argparse.Namespace) -> None:
    os.environ.update(env)
    from ehcp_appeal.db.database import open_database
    from ehcp_appeal.services.cases import get_case

    timings: dict[str, list[float]] = {}
    errors: Counter[str] = Counter()
    for tally in tallies:
        for action, values in tally.timings.items():
            timings.setdefault(action, []).extend(values)
        errors.update(tally.errors)
    db = open_database()
    notes = {case_id: get_case(db, case_id).notes.split("\n") for case_id in
             {case for tally in tallies for case, _ in tally.saved_notes}}  # fmt: skip
    db.close()
    saved = [(case, token) for tally in tallies for case, token in tally.saved_notes]
    lost = sum(1 for case, token in saved if token not in notes[case])
    minutes = args.seconds / 60
    print(f"\n== {label}: {args.workers} workers, {args.seconds:.0f} s ==")
    for action in WEIGHTS:
        values = sorted(timings.get(action, []))
        if values:
            p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
            median = statistics.median(values) * 1000
            print(f"{action:10} {len(values):6} done  median {median:7.1f} ms"
                  f"  p95 {p95 * 1000:7.1f} ms")  # fmt: skip
    search_times = sorted(timings.get("search", [0.0]))
    p95 = search_times[min(len(search_times) - 1, int(len(search_times) * 0.95))]
    print(f"search p95 {p95 * 1000:.1f} ms; imports per minute "
          f"{sum(t.imports for t in tallies) / minutes:.1f}; errors {sum(errors.values())}; "
          f"deadlocks {sum(t.deadlocks for t in tallies)}; "
          f"lost updates {lost} of {len(saved)} note saves; stale saves refused and "
          f"made again {sum(t.stale_refused for t in tallies)}")  # fmt: skip
    for kind, count in errors.most_common(8):
        print(f"   {count:5} x {kind}")


def prepare(label: str, env: dict[str, str], args: argparse.Namespace) -> list[str]:
    os.environ.update(env)
    from ehcp_appeal.db.database import open_database

    started = time.perf_counter()
    db = open_database()
    case_ids = generate(db, args.cases, args.pages)
    print(f"{label}: {args.cases} cases, {args.pages} pages generated in "
          f"{time.perf_counter() - started:.0f} s")  # fmt: skip
    if db.is_server:
        print_sizes(db, args.pages)
    print_quiet_search(db, case_ids)
    db.close()
    return case_ids


def print_quiet_search(db: object, case_ids: list[str]) -> None:
    """Search with nobody else working: the worst median over the queries and scopes."""
    from ehcp_appeal.services.search import search

    worst = 0.0
    for query in QUERIES:
        for scope in (None, case_ids[0]):
            times = []
            for _ in range(5):
                started = time.perf_counter()
                search(db, query, scope, 20)  # type: ignore[arg-type]
                times.append(time.perf_counter() - started)
            worst = max(worst, statistics.median(times))
    print(f"search alone: worst median {worst * 1000:.1f} ms")


def print_sizes(db: object, pages: int) -> None:
    """What a page of text costs on the server: its row, its search column and index."""
    from sqlalchemy import text

    with db.engine.connect() as conn:  # type: ignore[attr-defined]
        conn.execute(text("ANALYZE page"))
        table, index, whole = conn.execute(
            text("SELECT pg_total_relation_size('page'), pg_relation_size('ix_page_text_search'),"
                 " pg_database_size(current_database())")
        ).one()  # fmt: skip
    print(f"page text, search column and indexes: {table / pages / 1024:.1f} KB a page "
          f"(GIN {index / pages / 1024:.1f} KB); database {whole / 2**20:.0f} MB")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description="Team load on PostgreSQL and on SQLite.")
    parser.add_argument("--workers", type=int, default=20)
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--engine", choices=("both", "postgresql", "sqlite"), default="both")
    parser.add_argument("--server", help="an existing, empty PostgreSQL database to use")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="team-load-"))
    cluster = None
    try:
        if args.engine in ("both", "sqlite"):
            env = {"EHCP_APPEAL_HOME": str(scratch / "sqlite"), "EHCP_APPEAL_DATABASE_URL": ""}
            run("SQLite, one data folder", env, prepare("SQLite", env, args), args)
        if args.engine in ("both", "postgresql"):
            url = args.server
            if url is None:
                from tests.pg_server import start_cluster

                cluster = start_cluster(scratch / "cluster", durable=True)
                url = cluster.url(cluster.create_database())
            env = {"EHCP_APPEAL_HOME": str(scratch / "pg"), "EHCP_APPEAL_DATABASE_URL": url}
            run("PostgreSQL server", env, prepare("PostgreSQL", env, args), args)
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
