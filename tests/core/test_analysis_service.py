"""The plan check of a saved case: plan choice, stored result, decisions kept across runs."""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ehcp_appeal.db.models import AnalysisRecord
from ehcp_appeal.errors import InvalidInputError, NotFoundError
from ehcp_appeal.services import analysis
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.analysis_fixtures.builders import write_txt
from tests.core.analysis_fixtures.cases import add_document, build_case

ROOT = Path(__file__).resolve().parents[2]


_add = add_document


@pytest.fixture
def case(db, tmp_path: Path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    case_id = create_case(db, CaseDetails(name="Leo")).id
    plan, reports = build_case(tmp_path)
    old_plan = write_txt(
        tmp_path / "old_plan.txt", "Section B\n\nAn older plan that should not be used.\n"
    )
    _add(db, case_id, old_plan, "ehcp_final", dt.date(2023, 1, 1))
    deleted = write_txt(tmp_path / "deleted_plan.txt", "Section B\n\nA deleted plan.\n")
    _add(db, case_id, deleted, "ehcp_final", dt.date(2026, 1, 1), deleted=True)
    plan_id = _add(db, case_id, plan, "ehcp_final", dt.date(2025, 6, 1))
    _add(db, case_id, reports[0], "salt_report")
    _add(db, case_id, reports[1], "ep_report")
    return case_id, plan_id


def test_run_uses_latest_live_final_plan_and_stores_result(db, case) -> None:  # type: ignore[no-untyped-def]
    case_id, plan_id = case
    result = analysis.run_case_analysis(db, case_id)
    assert result["plan"]["document"] == "leo_plan.docx"
    assert result["plan"]["document_id"] == plan_id
    assert any(f["kind"] == "section_missing" and f["text"] == "K" for f in result["findings"])
    first = next(n for n in result["needs"] if n.get("document"))
    assert first["document_id"] and first["document_title"]
    with db.session() as session:
        record = session.get(AnalysisRecord, case_id)
        assert record is not None and record.plan_document_id == plan_id
        assert json.loads(record.result_json)["schema"] == "ehcp-appeal/analysis/1"


def test_decisions_survive_a_rerun(db, case) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = case
    result = analysis.run_case_analysis(db, case_id)
    finding = next(f for f in result["findings"] if f["kind"] == "provision_not_specific")
    need = next(n for n in result["needs"] if n["kind"] == "need")
    analysis.set_decision(
        db, case_id, finding["item_key"], "accepted", "Leo will use a laptop in every lesson."
    )
    analysis.set_decision(db, case_id, need["item_key"], "dismissed")
    analysis.relink(
        db,
        case_id,
        need["item_key"],
        "B",
        "Leo finds it very hard to follow long spoken explanations.",
    )
    key = analysis.add_need(db, case_id, "Leo cannot use the toilet without help.", "health")

    rerun = analysis.run_case_analysis(db, case_id)
    again = next(f for f in rerun["findings"] if f["item_key"] == finding["item_key"])
    assert (
        again["decision"] == "accepted"
        and again["edited_text"] == "Leo will use a laptop in every lesson."
    )
    need_again = next(n for n in rerun["needs"] if n["item_key"] == need["item_key"])
    assert need_again["decision"] == "dismissed"
    assert need_again["match"]["section"] == "B" and need_again["match"]["user_linked"]
    added = next(n for n in rerun["needs"] if n.get("user_added"))
    assert added["item_key"] == key and added["area"] == "health"
    assert analysis.get_case_analysis(db, case_id) == rerun


def test_bad_requests(db, case) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = case
    with pytest.raises(InvalidInputError):
        analysis.set_decision(db, case_id, "x", "maybe")
    with pytest.raises(InvalidInputError):
        analysis.add_need(db, case_id, "  ", "health")
    with pytest.raises(InvalidInputError):
        analysis.relink(db, case_id, "x", "Z", "text")
    empty = create_case(db, CaseDetails(name="No plan")).id
    with pytest.raises(NotFoundError, match="no EHC plan"):
        analysis.run_case_analysis(db, empty)
    assert analysis.get_case_analysis(db, empty) is None


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EHCP_APPEAL_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "ehcp_appeal", "analyse", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_file_form_writes_only_the_json(tmp_path: Path, data_home: Path) -> None:
    plan, reports = build_case(tmp_path)
    out = tmp_path / "out" / "result.json"
    out.parent.mkdir()
    done = _cli(
        data_home,
        "--plan",
        str(plan),
        *[a for r in reports for a in ("--report", str(r))],
        "--json",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert list(out.parent.iterdir()) == [out]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "ehcp-appeal/analysis/1" and data["findings"]


def test_cli_bad_input_is_one_line_and_exit_2(tmp_path: Path, data_home: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    out = tmp_path / "out.json"
    done = _cli(data_home, "--plan", str(bad), "--json", str(out))
    assert done.returncode == 2
    assert "broken.pdf" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_cli_case_form_prints_the_same_shape(db, case, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = case
    done = _cli(data_home, "--case", case_id, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["schema"] == "ehcp-appeal/analysis/1"
    assert {"plan", "needs", "findings"} <= set(data)
    unknown = _cli(data_home, "--case", "zzzzzzzz", "--json")
    assert unknown.returncode == 2 and "zzzzzzzz" in unknown.stderr
