"""Benchmark: ranked search over 10,000 indexed pages (goal: under 50 ms per query).

Run: .venv/bin/python benchmarks/search_latency.py [PAGES]
"""

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rng = random.Random(11)
    words = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    with tempfile.TemporaryDirectory() as home:
        os.environ["EHCP_APPEAL_HOME"] = home
        from ehcp_appeal.db.database import open_database
        from ehcp_appeal.db.models import Document, Page
        from ehcp_appeal.services.cases import CaseDetails, create_case
        from ehcp_appeal.services.search import search

        db = open_database(Path(home))
        case_ids = [create_case(db, CaseDetails(name=f"Family {n}")).id for n in range(20)]
        started = time.perf_counter()
        per_doc = 20
        with db.session() as session:
            for number in range(pages // per_doc):
                doc = Document(
                    case_id=case_ids[number % len(case_ids)],
                    title=f"Document {number}",
                    sha256=f"{number:064x}",
                    pages=per_doc,
                )
                session.add(doc)
                session.flush()
                for page_no in range(1, per_doc + 1):
                    text = " ".join(rng.choices(words, weights=weights, k=330))
                    session.add(Page(document_id=doc.id, page_no=page_no, text=text))
        built = time.perf_counter() - started
        print(f"indexed {pages} pages x 330 words in {built:.1f} s")
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
        f"goal under 50 ms per query: {'met' if worst < 50 else 'NOT met'} "
        f"(worst median {worst:.1f} ms)"
    )


if __name__ == "__main__":
    main()
