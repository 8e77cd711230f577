"""The page budget warns in words with what to do; the BagIt hand-over verifies; the CLI
keeps the contract (manifest shape, exit 2 for bad input)."""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.export.bundle.handover import write_bag
from ehcp_appeal.services import bundle, cases, evidence
from tests.core.bundle_fixtures import files

pytestmark = pytest.mark.both_engines


def _case(db: Database, tmp_path: Path, appeal_type: str = "refusal_to_assess") -> str:
    case_id = cases.create_case(db, cases.CaseDetails(name="Budget", appeal_type=appeal_type)).id
    big = files.pdf(tmp_path / "expert.pdf", "EXPERT", pages=40)
    views = files.pdf(tmp_path / "views.pdf", "VIEWS", pages=38)
    plan = files.pdf(tmp_path / "plan.pdf", "PLAN", pages=2)
    for path, kind in ((big, "independent_report"), (views, "parent_views"), (plan, "ehcp_final")):
        evidence.import_files(db, case_id, [path], kind=kind, date=dt.date(2026, 2, 1))
    return case_id


def _evidence_line(db: Database, case_id: str, profile: str) -> bundle.BudgetLine:
    lines = bundle.budget(db, case_id, profile)
    return next(line for line in lines if line.label == "Appellant's evidence")


def test_budget_counts_against_the_appeal_types_limits(db: Database, tmp_path: Path) -> None:
    case_id = _case(db, tmp_path)
    lines = {line.label: line for line in bundle.budget(db, case_id, "evidence")}
    evidence_line = lines["Appellant's evidence"]
    assert (evidence_line.used, evidence_line.limit) == (78, 75)  # refusal to assess: 75
    assert evidence_line.status == "over"
    assert evidence_line.summary == "78 of 75 pages: 3 over"
    assert "SEND7" in evidence_line.advice and "Trim" in evidence_line.advice
    expert = next(line for label, line in lines.items() if "expert report" in label)
    assert (expert.used, expert.limit, expert.status) == (40, 15, "over")
    statement = next(line for label, line in lines.items() if "witness statement" in label)
    assert (statement.used, statement.limit) == (38, 10)

    cases.update_case(db, cases.CaseDetails(
        id=case_id, name="Budget", appeal_type="contents"))  # fmt: skip
    evidence_line = _evidence_line(db, case_id, "evidence")
    assert (evidence_line.limit, evidence_line.status, evidence_line.advice) == (100, "ok", "")


def test_budget_follows_the_users_selection(db: Database, tmp_path: Path) -> None:
    case_id = _case(db, tmp_path)
    expert = next(d for d in evidence.list_documents(db, case_id) if d.kind == "independent_report")
    bundle.set_included(db, case_id, "evidence", expert.id, False)
    line = _evidence_line(db, case_id, "evidence")
    assert (line.used, line.status) == (38, "ok")
    full = _evidence_line(db, case_id, "full")
    assert full.used == 78  # other profiles keep their own choices


def test_bagit_package_verifies_and_detects_tampering(db: Database, tmp_path: Path) -> None:
    import bagit

    case_id = _case(db, tmp_path)
    result = bundle.build_bundle(db, case_id, tmp_path / "bundle.pdf")
    bag_dir = write_bag(db, case_id, result, tmp_path / "handover")
    bag = bagit.Bag(str(bag_dir))
    bag.validate()
    payload = set(bag.payload_entries())
    assert "data/bundle.pdf" in payload and "data/manifest.json" in payload
    originals = [p for p in payload if p.startswith("data/originals/")]
    assert len(originals) == 3
    stored = {d.sha256 for d in evidence.list_documents(db, case_id)}
    assert {bag.entries[p]["sha256"] for p in originals} == stored
    assert bag.info["Bundle-SHA256"] == result.bundle.sha256

    tampered = bag_dir / originals[0]
    tampered.write_bytes(tampered.read_bytes() + b"x")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(bag_dir)).validate()

    zipped = write_bag(db, case_id, result, tmp_path / "handover.zip")
    assert zipped.stat().st_size > 0


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ehcp_appeal", *args],
        capture_output=True,
        text=True,
        env={"EHCP_APPEAL_HOME": str(home), "PATH": "/usr/bin:/bin", "EHCP_APPEAL_SOFFICE": ""},
        check=False,
    )


@pytest.mark.sqlite_only  # its command runs with a bare environment (no server named)
@pytest.mark.slow
def test_cli_bundle_manifest_and_check(db: Database, data_home: Path, tmp_path: Path) -> None:
    case_id = _case(db, tmp_path, appeal_type="contents")
    db.close()
    out, manifest = tmp_path / "bundle.pdf", tmp_path / "manifest.json"
    made = _cli("bundle", "--case", case_id[:6], "--out", str(out), "--manifest", str(manifest),
                "--profile", "full", home=data_home)  # fmt: skip
    assert made.returncode == 0, made.stderr
    data = json.loads(manifest.read_text())
    assert set(data) >= {"pages", "documents"}
    assert [set(d) >= {"id", "title", "section", "first_page", "last_page", "sha256"}
            for d in data["documents"]] == [True, True, True]  # fmt: skip

    checked = _cli("bundle-check", "--case", case_id, str(out), "--json", home=data_home)
    assert checked.returncode == 0, checked.stderr
    rows = json.loads(checked.stdout)
    assert {row["status"] for row in rows} == {"found"}
    assert all(set(row) >= {"document", "title", "status", "bundle_pages"} for row in rows)

    for bad in (
        ("bundle", "--case", "nosuchcase", "--out", str(out)),
        ("bundle", "--case", case_id, "--out", str(tmp_path / "missing" / "b.pdf")),
        ("bundle", "--case", case_id, "--out", str(tmp_path / "b.docx")),
        ("bundle-check", "--case", case_id, str(tmp_path / "absent.pdf")),
    ):
        refused = _cli(*bad, home=data_home)
        assert refused.returncode == 2, bad
        assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr


def test_the_working_document_joins_the_core_documents_and_its_limit(
    db: Database, tmp_path: Path
) -> None:
    case_id = _case(db, tmp_path, appeal_type="contents")
    working = files.pdf(tmp_path / "wd.pdf", "WORKINGDOC", pages=27)
    result = bundle.build_bundle(db, case_id, tmp_path / "bundle.pdf", working_document=working)
    core = [d for d in result.bundle.documents if d.section == "core"]
    assert [(d.title, d.last_page - d.first_page + 1) for d in core] == [("Working document", 27)]
    budget = {line["label"]: line for line in result.manifest()["budget"]}  # type: ignore[union-attr]
    assert (budget["Working document"]["used"], budget["Working document"]["limit"]) == (27, 25)
    assert budget["Working document"]["status"] == "over"
