"""Reports' readings kept between plan checks: the same answer, read again only when needed.

A check reads each report and gives every sentence a role; that reading is kept in the
data folder, so a check after a new letter or a corrected heading only compares. These
tests make reading a report fail after the first check, so a check that still succeeds
can only have used what was kept.
"""

import datetime as dt
import zlib
from pathlib import Path

import pytest

from ehcp_appeal.analysis import result as analysis_result
from ehcp_appeal.analysis import version
from ehcp_appeal.analysis.roles import saved_reading
from ehcp_appeal.analysis.roles.report_items import read_report
from ehcp_appeal.cli import main
from ehcp_appeal.db.database import Database, open_database
from ehcp_appeal.security import kdf
from ehcp_appeal.security.blobs import MAGIC
from ehcp_appeal.services import analysis, evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.analysis_fixtures.cases import add_document, build_case

PASSPHRASE = "correct horse battery staple"


def _case(db: Database, folder: Path) -> tuple[str, list[str]]:
    case_id = create_case(db, CaseDetails(name="Leo")).id
    plan, reports = build_case(folder)
    add_document(db, case_id, plan, "ehcp_final", dt.date(2025, 6, 1))
    ids = [
        add_document(db, case_id, reports[0], "salt_report"),
        add_document(db, case_id, reports[1], "ep_report"),
    ]
    return case_id, ids


def _compared(result: dict) -> tuple:
    """What a check answers, without when it ran."""
    return (result["needs"], result["findings"], result["possible"], result["roles"])


@pytest.fixture
def reading_counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every report the check reads afresh, by name."""
    read: list[str] = []

    def counted(blocks, document):  # type: ignore[no-untyped-def]
        read.append(document)
        return read_report(blocks, document)

    monkeypatch.setattr(analysis_result, "read_report", counted)
    return read


def _refuse_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(blocks, document):  # type: ignore[no-untyped-def]
        raise AssertionError(f"{document} was read again")

    monkeypatch.setattr(analysis_result, "read_report", refuse)


def test_a_second_check_uses_the_kept_readings_and_answers_the_same(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id, _ = _case(db, tmp_path)
    first = analysis.run_case_analysis(db, case_id)
    assert first["findings"] and first["roles"]
    _refuse_reading(monkeypatch)
    assert _compared(analysis.run_case_analysis(db, case_id)) == _compared(first)


def test_changed_rules_read_every_report_again(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reading_counted: list[str]
) -> None:
    case_id, _ = _case(db, tmp_path)
    analysis.run_case_analysis(db, case_id)
    assert sorted(reading_counted) == ["ep.pdf", "salt.txt"]
    analysis.run_case_analysis(db, case_id)
    assert len(reading_counted) == 2
    monkeypatch.setattr(version, "fingerprint", lambda: "rules of another version")
    analysis.run_case_analysis(db, case_id)
    assert len(reading_counted) == 4


def test_a_damaged_kept_reading_is_read_again_not_trusted(
    db: Database, tmp_path: Path, reading_counted: list[str]
) -> None:
    case_id, _ = _case(db, tmp_path)
    first = analysis.run_case_analysis(db, case_id)
    kept = [p for p in (db.root / "cache").rglob("*") if p.is_file()]
    assert len(kept) == 2
    kept[0].write_bytes(zlib.compress(b'{"items": [{"kind": "need"}], "records": []}'))
    kept[1].write_bytes(b"not a reading at all")
    assert _compared(analysis.run_case_analysis(db, case_id)) == _compared(first)
    assert len(reading_counted) == 4


def test_a_kept_reading_is_data_that_round_trips_and_refuses_anything_else(
    tmp_path: Path,
) -> None:
    _, reports = build_case(tmp_path)
    from ehcp_appeal.analysis.reading.reading import read_path

    reading = read_report(read_path(reports[1]), reports[1].name)
    assert reading[0] and reading[1]
    assert saved_reading.load(saved_reading.dump(reading)) == reading
    for bad in (b"", zlib.compress(b"[]"), zlib.compress(b'{"items": [1], "records": []}')):
        with pytest.raises(ValueError):
            saved_reading.load(bad)


def test_an_import_reads_new_reports_so_the_check_only_compares(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = create_case(db, CaseDetails(name="Leo")).id
    plan, reports = build_case(tmp_path)
    evidence.import_files(db, case_id, [plan], kind="ehcp_final")
    imported = evidence.import_files(db, case_id, reports, kind="ep_report")
    assert len(imported.imported) == 2
    _refuse_reading(monkeypatch)
    result = analysis.run_case_analysis(db, case_id)
    assert {need["document"] for need in result["needs"]} == {"salt.txt", "ep.pdf"}


def test_emptying_the_trash_forgets_the_readings_of_what_it_deletes(
    db: Database, tmp_path: Path
) -> None:
    case_id, (salt_id, _) = _case(db, tmp_path)
    analysis.run_case_analysis(db, case_id)
    cache = db.reading_cache
    assert cache is not None
    folders = sorted(p.name for p in cache.root.iterdir())
    salt_sha = evidence.get_document(db, salt_id).sha256
    assert salt_sha in folders and len(folders) == 2
    evidence.move_to_trash(db, salt_id)
    evidence.empty_trash(db, case_id)
    assert sorted(p.name for p in cache.root.iterdir()) == [f for f in folders if f != salt_sha]


def test_in_an_encrypted_folder_kept_readings_are_sealed(
    data_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(kdf, "DEFAULT_COST", kdf.KdfCost(time_cost=1, memory_kib=64, parallelism=1))
    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--encrypt"]) == 0
    capsys.readouterr()
    db = open_database(data_home, PASSPHRASE)
    try:
        case_id, (salt_id, _) = _case(db, tmp_path)
        first = analysis.run_case_analysis(db, case_id)
        kept = [p for p in (data_home / "cache").rglob("*") if p.is_file()]
        assert len(kept) == 2
        salt_sha = evidence.get_document(db, salt_id).sha256
        for path in kept:
            data = path.read_bytes()
            assert data.startswith(MAGIC) and salt_sha not in str(path)
            with pytest.raises(zlib.error):
                zlib.decompress(data)
        _refuse_reading(monkeypatch)
        assert _compared(analysis.run_case_analysis(db, case_id)) == _compared(first)
    finally:
        db.close()


def test_a_folder_with_kept_readings_can_still_be_encrypted(
    data_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = open_database(data_home)
    try:
        case_id, _ = _case(db, tmp_path)
        analysis.run_case_analysis(db, case_id)
    finally:
        db.close()
    assert (data_home / "cache").is_dir()
    monkeypatch.setattr(kdf, "DEFAULT_COST", kdf.KdfCost(time_cost=1, memory_kib=64, parallelism=1))
    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--encrypt"]) == 0, capsys.readouterr().err
    assert not (data_home / "cache").exists()  # clear readings go with the clear folder
    db = open_database(data_home, PASSPHRASE)
    try:
        assert analysis.run_case_analysis(db, case_id)["findings"]
    finally:
        db.close()
