"""The case archive: one sealed file that restores a case exactly, and refuses any damage."""

import datetime as dt
import gc
import hashlib
from pathlib import Path
from typing import Any

import pytest

from ehcp_appeal.cli import main
from ehcp_appeal.db.database import Database, open_database
from ehcp_appeal.db.models import (
    Amendment,
    AnalysisDecision,
    AnalysisRecord,
    DutyException,
    KeyDate,
)
from ehcp_appeal.security import kdf, vault
from ehcp_appeal.services import case_archive, evidence
from ehcp_appeal.services.case_archive import _case_tables
from ehcp_appeal.services.cases import CaseDetails, PersonInfo, create_case
from tests.core.test_evidence_samples import docx_bytes, email_bytes, pdf_bytes, write

SECRET = "hand-over passphrase"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "DEFAULT_COST", kdf.KdfCost(time_cost=1, memory_kib=64, parallelism=1))


def full_case(db: Database, tmp_path: Path) -> str:
    """A case with something in every table that belongs to a case."""
    case_id = create_case(
        db,
        CaseDetails(
            name="Ada Fernsby",
            child_name="Ada Fernsby",
            child_dob=dt.date(2015, 4, 2),
            local_authority="Northshire",
            notes="Prefers mornings",
            people=(PersonInfo(role="advocate", name="Sam Reid", email="sam@example.org"),),
        ),
    ).id
    report = pdf_bytes([["Occupational therapy report", "Fine motor skills"]])
    files = [
        write(tmp_path, "plan.docx", docx_bytes(["Section B", "Ada needs help with reading"])),
        write(tmp_path, "mail.eml", email_bytes("See attached.", attachments=[
            ("OT report.pdf", report, "application/pdf")])),
        write(tmp_path, "photo.pdf", pdf_bytes([["Page one"], ["Page two"]])),
    ]  # fmt: skip
    imported = evidence.import_files(db, case_id, files).imported
    assert len(imported) == 4
    with db.session() as session:
        session.add(KeyDate(case_id=case_id, event="decision_letter", date=dt.date(2026, 3, 1)))
        session.add(DutyException(case_id=case_id, duty_id="final_plan", exception_code="x"))
        session.add(
            AnalysisRecord(case_id=case_id, plan_document_id=imported[0].id, result_json="{}")
        )
        session.add(AnalysisDecision(case_id=case_id, item_key="f1", status="accepted"))
        session.add(Amendment(case_id=case_id, section="F", proposed_text="Weekly OT, 1 hour"))
    return case_id


def table_rows(db: Database, case_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of the case, integer row numbers left out (a new database assigns them)."""
    from ehcp_appeal.services.case_archive import _gather

    with db.engine.connect() as conn:
        tables = _gather(conn, case_id)
    return {
        name: sorted(
            (
                {k: v for k, v in row.items() if not (k == "id" and isinstance(v, int))}
                for row in rows
            ),
            key=repr,
        )
        for name, rows in tables.items()
    }


def hashes(folder: Path) -> dict[str, str]:
    gc.collect()
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_every_table_of_a_case_is_covered() -> None:
    names = {table.name for table in _case_tables()}
    assert {"case", "person", "document", "page", "keydate", "dutyexception"} <= names
    assert {"analysisrecord", "analysisdecision", "amendment", "bundlechoice"} <= names
    assert "rendition" not in names  # a cache shared by cases, rebuilt when needed
    # who works on it and who did what stay with the computer or server they describe
    assert not {"audit_event", "case_assignment"} & names


def test_round_trip_into_an_encrypted_folder_restores_the_case_exactly(
    db: Database, tmp_path: Path
) -> None:
    case_id = full_case(db, tmp_path)
    before = table_rows(db, case_id)
    out = tmp_path / "ada.ehcpcase"
    summary = case_archive.export_case(db, case_id, out, SECRET)
    assert (summary.case_id, summary.documents) == (case_id, 4)

    other = tmp_path / "elsewhere"
    vault.create_vault(other, "the solicitor's own passphrase")
    target = open_database(other, "the solicitor's own passphrase")
    try:
        restored = case_archive.import_case(target, out, SECRET)
        assert restored == summary
        assert table_rows(target, case_id) == before
        for doc in evidence.list_documents(target, case_id):
            data = evidence.document_bytes(target, doc.id)[0]
            assert data == evidence.document_bytes(db, doc.id)[0]
            assert hashlib.sha256(data).hexdigest() == doc.sha256
        assert search_titles(target, case_id, "motor") == search_titles(db, case_id, "motor") != []

        unchanged = hashes(other)
        with pytest.raises(case_archive.DuplicateError, match="already in this data folder"):
            case_archive.import_case(target, out, SECRET)
        assert hashes(other) == unchanged
    finally:
        target.close()


def search_titles(db: Database, case_id: str, query: str) -> list[str]:
    from ehcp_appeal.services.search import search

    return sorted(hit.title for hit in search(db, query, case_id=case_id))


def damaged_copies(archive: Path) -> dict[str, bytes]:
    data = archive.read_bytes()
    flips = {"header": 20, "start of contents": 200, "middle": len(data) // 2, "last byte": -1}
    copies = {}
    for where, at in flips.items():
        changed = bytearray(data)
        changed[at] ^= 0x01
        copies[f"one bit changed in the {where}"] = bytes(changed)
    copies["cut in half"] = data[: len(data) // 2]
    copies["last byte missing"] = data[:-1]
    copies["bytes added"] = data + b"\0"
    copies["empty"] = b""
    return copies


def test_damaged_archives_are_refused_and_change_nothing(
    data_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = open_database(tmp_path / "source")
    case_id = full_case(source, tmp_path)
    archive = tmp_path / "ada.ehcpcase"
    case_archive.export_case(source, case_id, archive, SECRET)
    source.close()

    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", "folder passphrase")
    monkeypatch.setenv("EHCP_APPEAL_ARCHIVE_PASSPHRASE", SECRET)
    assert main(["init", "--encrypt"]) == 0
    assert main(["case", "new", "Someone else"]) == 0
    before = hashes(data_home)
    for what, data in damaged_copies(archive).items():
        bad = tmp_path / "bad.ehcpcase"
        bad.write_bytes(data)
        capsys.readouterr()
        assert main(["case", "import", str(bad)]) == 2, what
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "nothing" in err, (what, err)
        assert hashes(data_home) == before, what

    monkeypatch.setenv("EHCP_APPEAL_ARCHIVE_PASSPHRASE", "not the one")
    assert main(["case", "import", str(archive)]) == 2
    assert capsys.readouterr().err.startswith("wrong passphrase")
    assert hashes(data_home) == before

    monkeypatch.setenv("EHCP_APPEAL_ARCHIVE_PASSPHRASE", SECRET)
    assert main(["case", "import", str(archive)]) == 0
    assert "Ada Fernsby" in capsys.readouterr().out


def test_cli_export_then_import_elsewhere_keeps_the_hashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    db = open_database(first)
    case_id = full_case(db, tmp_path)
    expected = sorted(d.sha256 for d in evidence.list_documents(db, case_id))
    db.close()
    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", SECRET)
    out = tmp_path / "case.ehcpcase"
    monkeypatch.setenv("EHCP_APPEAL_HOME", str(first))
    assert main(["case", "export", "--case", case_id, "--out", str(out)]) == 0
    monkeypatch.setenv("EHCP_APPEAL_HOME", str(second))
    assert main(["case", "import", str(out)]) == 0
    capsys.readouterr()
    assert main(["documents", "--case", case_id, "--json"]) == 0
    listed = capsys.readouterr().out
    assert all(sha in listed for sha in expected)
