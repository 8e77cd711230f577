"""The council report: lateness per duty, plans with problems and outcomes, and its exports."""

import csv
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.export.council_report import CSV_COLUMNS, build_csv, build_pdf, write_csv
from ehcp_appeal.rules.status import OVERDUE, DeadlineStatus
from ehcp_appeal.services import councils, deadlines
from ehcp_appeal.services.councils import NOT_RECORDED, council_report, days_late
from tests.core.council_cases import CASE_NAMES, CHILDREN, REFERENCES, TODAY, build_caseload
from tests.core.test_cli_cases import run_cli

pytestmark = pytest.mark.both_engines


def _by_name(report: councils.CouncilReport) -> dict[str, councils.CouncilSummary]:
    return {council.council: council for council in report.councils}


def test_lateness_per_council_counts_on_time_as_zero_and_overdue_up_to_today(
    db: Database,
) -> None:
    build_caseload(db)
    report = council_report(db, TODAY)
    found = _by_name(report)
    assert list(found) == ["Westmere Council", "Eastbrook", NOT_RECORDED]
    assert report.cases == 7
    westmere = found["Westmere Council"].duty("final_plan")
    assert westmere is not None
    assert sorted(westmere.days_late) == [0, 28, 133]
    assert (westmere.met_on_time, westmere.done_late, westmere.overdue) == (1, 1, 1)
    assert westmere.not_yet_due == 1  # the request of May 2026 is not due yet
    assert (westmere.median_weeks, westmere.worst_weeks) == (4.0, 19.0)
    assert westmere.legal_limit == "20 weeks"
    eastbrook = found["Eastbrook"].duty("final_plan")
    assert eastbrook is not None
    assert (eastbrook.median_weeks, eastbrook.worst_weeks) == (3.5, 6.0)  # median of 7 and 42 days
    assert found[NOT_RECORDED].duties == ()


def test_overdue_duties_keep_growing_with_the_date_counted_to(db: Database) -> None:
    build_caseload(db)
    later = _by_name(council_report(db, TODAY + dt.timedelta(weeks=2)))
    duty = later["Westmere Council"].duty("final_plan")
    assert duty is not None and duty.worst_weeks == 21.0
    assert duty.median_weeks == 4.0  # the late plan, done, does not move


def test_plans_are_counted_once_and_dismissed_findings_not_at_all(db: Database) -> None:
    build_caseload(db)
    found = _by_name(council_report(db, TODAY))
    westmere, eastbrook = found["Westmere Council"], found["Eastbrook"]
    assert westmere.plans_checked == 2
    assert westmere.plans_needs_missing_from_b == 1  # two findings in one plan
    assert westmere.plans_vague_provision == 2
    assert (eastbrook.plans_checked, eastbrook.plans_needs_missing_from_b) == (1, 0)


def test_outcomes_are_counted_per_council(db: Database) -> None:
    build_caseload(db)
    found = _by_name(council_report(db, TODAY))
    assert dict(found["Westmere Council"].outcomes) == {
        "conceded": 1,
        "consent_order": 0,
        "won": 1,
        "partly_won": 0,
        "lost": 0,
        "withdrawn": 0,
        "": 2,
    }
    assert found["Eastbrook"].outcome_count("consent_order") == 1
    assert found["Eastbrook"].outcome_count("lost") == 1
    assert found[NOT_RECORDED].outcome_count("withdrawn") == 1


def test_a_status_the_report_does_not_know_is_never_counted_late(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = build_caseload(db)
    real = deadlines.council_duties

    def with_unknown(db_: Database, case_id: str, today: dt.date) -> list[DeadlineStatus]:
        statuses = real(db_, case_id, today)
        return [
            dataclasses.replace(s, status="not_applicable") if s.status == OVERDUE else s
            for s in statuses
        ]

    monkeypatch.setattr(deadlines, "council_duties", with_unknown)
    duty = _by_name(council_report(db, TODAY))["Westmere Council"].duty("final_plan")
    assert duty is not None
    assert sorted(duty.days_late) == [0, 28] and duty.overdue == 0
    unknown = dataclasses.replace(real(db, ids[2], TODAY)[0], status="something_new")
    assert days_late(unknown) is None


def test_no_cases_gives_an_empty_report_and_a_one_page_pdf(db: Database) -> None:
    report = council_report(db, TODAY)
    assert report.councils == () and report.cases == 0
    assert build_csv(report).splitlines() == [",".join(CSV_COLUMNS)]
    assert len(pdfium.PdfDocument(build_pdf(report))) == 1


def test_csv_has_a_row_per_council_and_duty_and_no_child(db: Database, tmp_path: Path) -> None:
    build_caseload(db)
    report = council_report(db, TODAY)
    out = write_csv(report, tmp_path / "councils.csv")
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert set(CSV_COLUMNS) == set(rows[0])
    keyed = {(row["council"], row["duty_id"]): row for row in rows}
    final = keyed[("Westmere Council", "final_plan")]
    assert (final["median_weeks_late"], final["worst_weeks_late"]) == ("4.0", "19.0")
    assert (final["measured"], final["overdue"], final["appeals_won"]) == ("3", "1", "1")
    assert keyed[(NOT_RECORDED, "")]["appeals_withdrawn"] == "1"
    duties = {row["duty_id"] for row in rows if row["council"] == "Eastbrook"}
    assert duties == {d.duty_id for d in _by_name(report)["Eastbrook"].duties}
    for secret in (*CHILDREN, *CASE_NAMES, *REFERENCES):
        assert secret.lower() not in text.lower()


def test_a_council_named_like_a_formula_is_quoted_in_the_csv(db: Database) -> None:
    from ehcp_appeal.services.cases import CaseDetails, create_case

    create_case(db, CaseDetails(name="A", local_authority="=HYPERLINK(1)"))
    rows = list(csv.reader(io.StringIO(build_csv(council_report(db, TODAY)))))
    assert rows[1][1] == "'=HYPERLINK(1)"


def test_pdf_is_one_page_with_the_figures_and_no_child(db: Database) -> None:
    build_caseload(db)
    document = pdfium.PdfDocument(build_pdf(council_report(db, TODAY)))
    assert len(document) == 1
    text = document[0].get_textpage().get_text_range()
    for expected in ("Westmere Council", "Eastbrook", "4.0", "19.0", "3.5", "20 weeks"):
        assert expected in text
    for secret in (*CHILDREN, *CASE_NAMES, *REFERENCES):
        assert secret.lower() not in text.lower()
        for word in secret.split()[:1]:
            assert word.lower() not in text.lower()


def test_pdf_stays_one_page_with_many_councils_and_long_names(db: Database) -> None:
    from ehcp_appeal.services.cases import CaseDetails, create_case

    for number in range(30):
        council = f"The Royal Borough of Somewhere Quite Long Indeed Number {number}"
        case = create_case(db, CaseDetails(name=f"Case {number}", local_authority=council))
        deadlines.record_key_date(db, case.id, "request_received", dt.date(2025, 9, 1))
    data = build_pdf(council_report(db, TODAY))
    document = pdfium.PdfDocument(data)
    assert len(document) == 1
    assert "more councils" in document[0].get_textpage().get_text_range()


def test_cli_writes_both_files_and_json(data_home: Path, tmp_path: Path) -> None:
    from ehcp_appeal.db.database import open_database

    db = open_database(data_home)
    build_caseload(db)
    db.close()
    out_csv, out_pdf = tmp_path / "c.csv", tmp_path / "c.pdf"
    result = run_cli(
        "councils", "--csv", str(out_csv), "--pdf", str(out_pdf), "--json",
        "--today", TODAY.isoformat(), home=data_home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["today"] == "2026-06-01" and data["cases"] == 7
    westmere = data["councils"][0]
    final = next(d for d in westmere["duties"] if d["duty_id"] == "final_plan")
    assert (final["median_weeks_late"], final["worst_weeks_late"]) == (4.0, 19.0)
    assert out_csv.stat().st_size > 0 and out_pdf.read_bytes().startswith(b"%PDF")
    for secret in CHILDREN:
        assert secret not in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("councils", "--today", "2026-02-30"),
        ("councils", "--csv", "/no/such/folder/out.csv"),
        ("councils", "--pdf", "report.txt"),
        ("councils", "--bogus"),
    ],
)
def test_cli_bad_input_exits_2_with_one_plain_line(data_home: Path, args: tuple[str, ...]) -> None:
    result = run_cli(*args, home=data_home)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
