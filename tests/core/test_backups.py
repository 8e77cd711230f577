"""Database backups: checked copies that rotate, stay encrypted, and can be put back."""

from pathlib import Path

import pytest

from ehcp_appeal.cli import main
from ehcp_appeal.db import backups
from ehcp_appeal.db.database import Database, open_database
from ehcp_appeal.errors import AppError
from ehcp_appeal.security import kdf, vault
from ehcp_appeal.services import cases
from ehcp_appeal.services.cases import CaseDetails


def names(db: Database) -> list[str]:
    return sorted(c.name for c in cases.list_cases(db, include_archived=True))


def test_a_backup_put_back_restores_that_state_and_keeps_the_replaced_one(db: Database) -> None:
    cases.create_case(db, CaseDetails(name="Before"))
    made = backups.make_backup(db, "manual")
    cases.create_case(db, CaseDetails(name="After"))
    report = backups.restore_backup(db, made.path)
    assert names(db) == ["Before"]
    assert report.missing_originals == 0
    backups.restore_backup(db, report.safety_copy)
    assert names(db) == ["After", "Before"]


def test_automatic_backups_are_daily_and_the_newest_ten_are_kept(db: Database) -> None:
    assert backups.backup_if_due(db) is not None
    assert backups.backup_if_due(db) is None  # not due again the same day
    for _ in range(12):
        backups.make_backup(db)
    kept = [b for b in backups.list_backups(db) if b.label == backups.AUTO_LABEL]
    assert len(kept) == backups.KEEP_AUTOMATIC
    assert not list(kept[0].path.parent.glob(".tmp-*"))


@pytest.mark.parametrize("damage", ["cut short", "header overwritten"])
def test_a_damaged_backup_is_refused_and_nothing_changes(db: Database, damage: str) -> None:
    cases.create_case(db, CaseDetails(name="Kept"))
    made = backups.make_backup(db, "manual")
    data = made.path.read_bytes()
    data = data[: len(data) // 3] if damage == "cut short" else b"\xff" * 100 + data[100:]
    made.path.write_bytes(data)
    cases.create_case(db, CaseDetails(name="Newer"))
    with pytest.raises(AppError, match=r"damaged|does not open"):
        backups.restore_backup(db, made.path)
    assert names(db) == ["Kept", "Newer"]


def test_an_encrypted_folder_backs_up_encrypted_and_restores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(kdf, "DEFAULT_COST", kdf.KdfCost(time_cost=1, memory_kib=64, parallelism=1))
    root = tmp_path / "locked"
    vault.create_vault(root, "pw")
    db = open_database(root, "pw")
    cases.create_case(db, CaseDetails(name="Lumley Hartigan"))
    made = backups.make_backup(db)
    assert b"Lumley" not in made.path.read_bytes()
    assert not made.path.read_bytes().startswith(b"SQLite format 3")
    cases.create_case(db, CaseDetails(name="Second"))
    backups.restore_backup(db, made.path)
    assert names(db) == ["Lumley Hartigan"]
    db.close()

    monkeypatch.setenv("EHCP_APPEAL_HOME", str(root))
    monkeypatch.setenv("EHCP_APPEAL_PASSPHRASE", "pw")
    assert main(["backup"]) == 0 and main(["restore"]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and "auto" in listing and "before-restore" in listing
