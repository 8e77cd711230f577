"""Benchmark: ranked search over indexed pages (goals: under 50 ms per query at 10,000
pages; under 30 ms worst median at 50,000, an advocate's library over a few years).

Run: .venv/bin/python benchmarks/search_latency.py [--pages N]   (default 10,000)

The pages belong to 20 cases; one document in twenty is in the trash, as in real use,
so that filtering by case and trash is measured along with the ranking.
"""

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

if TYPE_CHECKING:
    from ehcp_appeal.db.database import Database

QUERIES = [
    "therapy",
    "occupational therapy",
    '"speech and language"',
    "assess*",
    "transport anxiety",
    "zebracrossing",
]
COMMON_TEXT = (
    "the and of to a in for is that with on as be by this at are from it was have not "
    "support needs school child provision plan review council teacher assessment therapy "
    "speech language occupational sensory anxiety transport reading writing maths"
)
COMMON = COMMON_TEXT.split()


def vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return COMMON + ["".join(rng.choices(letters, k=rng.randint(4, 10))) for _ in range(size)]


def build(db: "Database", pages: int, rng: random.Random) -> list[str]:
    """Fill a data folder with ``pages`` pages in 20 cases; returns the case ids."""
    from ehcp_appeal.db.models import Document, Page
    from ehcp_appeal.services.cases import CaseDetails, create_case

    words = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    case_ids = [create_case(db, CaseDetails(name=f"Family {n}")).id for n in range(20)]
    per_doc = 20
    trashed = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with db.session() as session:
        for number in range(pages // per_doc):
            doc = Document(
                case_id=case_ids[number % len(case_ids)],
                title=f"Document {number}",
                sha256=f"{number:064x}",
                pages=per_doc,
                deleted_at=trashed if number % 17 == 16 else None,
            )
            session.add(doc)
            session.flush()
            for page_no in range(1, per_doc + 1):
                text = " ".join(rng.choices(words, weights=weights, k=330))
                session.add(Page(document_id=doc.id, page_no=page_no, text=text))
    return case_ids


def main() -> None:
    parser = argparse.ArgumentParser(description="Search speed.")
    parser.add_argument("size", nargs="?", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--pages", type=int, default=10_000, help="pages to index")
    parser.add_argument(
        "--folder", type=Path, help="keep the indexed data folder here and reuse it next time"
    )
    args = parser.parse_args()
    pages = args.size or args.pages
    goal = 30 if pages >= 50_000 else 50
    with tempfile.TemporaryDirectory() as scratch:
        home = args.folder or Path(scratch)
        os.environ["EHCP_APPEAL_HOME"] = str(home)
        from ehcp_appeal.db.database import open_database
        from ehcp_appeal.services.cases import list_cases
        from ehcp_appeal.services.search import search

        reuse = paths_exist(home)
        db = open_database(home)
        if reuse:
            case_ids = sorted(case.id for case in list_cases(db, include_archived=True))
            print(f"reusing the {pages}-page index in {home}")
        else:
            started = time.perf_counter()
            case_ids = sorted(build(db, pages, random.Random(11)))
            print(f"indexed {pages} pages x 330 words in {time.perf_counter() - started:.1f} s")
        worst = 0.0
        for query in QUERIES:
            for scope in (None, case_ids[0]):
                times = []
                hits = []
                for _ in range(15):
                    started = time.perf_counter()
                    hits = search(db, query, scope, limit=20)
                    times.append((time.perf_counter() - started) * 1000)
                median = statistics.median(times)
                worst = max(worst, median)
                where = "all cases" if scope is None else "one case"
                print(f"{query!r:28} {where:9}  median {median:6.1f} ms  "
                      f"max {max(times):6.1f} ms  {len(hits)} hits")  # fmt: skip
        db.close()
    print(
        f"goal under {goal} ms per query: {'met' if worst < goal else 'NOT met'} "
        f"(worst median {worst:.1f} ms)"
    )


def paths_exist(home: Path) -> bool:
    from ehcp_appeal import paths

    return paths.database_path(home).exists()


if __name__ == "__main__":
    main()
