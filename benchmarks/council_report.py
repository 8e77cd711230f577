"""Benchmark: the council report over an advocate's caseload, and its CSV and PDF.

Cases spread over 20 councils, each with a request date and most with a final plan; a
third with a stored plan check. Prints seconds for the report (every case's duties and
plan check are read through the services) and for each export.

Run: .venv/bin/python benchmarks/council_report.py [CASES]
"""

import datetime as dt
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ehcp_appeal.db.database import open_database
from ehcp_appeal.db.models import AnalysisRecord
from ehcp_appeal.domain import APPEAL_OUTCOMES
from ehcp_appeal.export.council_report import build_csv, build_pdf
from ehcp_appeal.services import cases, deadlines
from ehcp_appeal.services.councils import council_report


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(7)
    councils = [f"Council number {n}" for n in range(20)]
    outcomes = ["", *APPEAL_OUTCOMES]
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder))
        start = time.perf_counter()
        for number in range(count):
            case = cases.create_case(
                db,
                cases.CaseDetails(
                    name=f"Case {number}",
                    local_authority=rng.choice(councils),
                    outcome=rng.choice(outcomes),
                ),
            )
            received = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 700))
            deadlines.record_key_date(db, case.id, "request_received", received)
            if rng.random() < 0.7:
                issued = received + dt.timedelta(days=rng.randint(90, 300))
                deadlines.record_key_date(db, case.id, "final_plan_issued", issued)
            if number % 3 == 0:
                kind = rng.choice(["need_missing_from_b", "provision_not_specific"])
                result = {"plan": {}, "needs": [], "findings": [{"kind": kind, "text": "x"}]}
                with db.session() as session:
                    session.add(AnalysisRecord(case_id=case.id, result_json=json.dumps(result)))
        print(f"{count} cases made in {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        report = council_report(db, dt.date(2026, 6, 1))
        print(f"report over {report.cases} cases, {len(report.councils)} councils: "
              f"{time.perf_counter() - start:.2f} s")  # fmt: skip
        start = time.perf_counter()
        csv_text = build_csv(report)
        print(f"CSV, {len(csv_text.splitlines()) - 1} rows: {time.perf_counter() - start:.3f} s")
        start = time.perf_counter()
        pdf = build_pdf(report)
        print(f"PDF, {len(pdf) // 1024} KB: {time.perf_counter() - start:.2f} s")
        db.close()


if __name__ == "__main__":
    main()
