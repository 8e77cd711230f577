"""Locking forgets the keys; the sweep spares what backups still point at."""

import gc
import os
import time
from pathlib import Path

import pytest

from ehcp_appeal.db import backups
from ehcp_appeal.db.database import LockedError, open_database
from ehcp_appeal.ingest.importer import import_files
from ehcp_appeal.security import kdf, vault
from ehcp_appeal.services import cases
from ehcp_appeal.services.cases import CaseDetails
from ehcp_appeal.services.evidence import list_documents

PASSPHRASE = "lock me up"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "DEFAULT_COST", kdf.KdfCost(time_cost=1, memory_kib=64, parallelism=1))


def live_keys(root: Path) -> list[vault.FolderKeys]:
    """Key objects still holding this folder's keys (other tests' folders have others)."""
    probe = vault.unlock(root, PASSPHRASE)
    wanted = (bytes(probe.database), bytes(probe.file_content), bytes(probe.file_names))
    probe.wipe()
    gc.collect()
    return [
        obj
        for obj in gc.get_objects()
        if isinstance(obj, vault.FolderKeys)
        and (bytes(obj.database), bytes(obj.file_content), bytes(obj.file_names)) == wanted
    ]


def test_lock_drops_the_keys_and_unlock_derives_them_again(tmp_path: Path) -> None:
    root = tmp_path / "locked"
    vault.create_vault(root, PASSPHRASE)
    db = open_database(root, PASSPHRASE)
    stored = db.store.put_bytes(b"Report on the child")
    cases.create_case(db, CaseDetails(name="Kept"))
    keys, old_engine = db.keys, db.engine
    assert keys is not None and live_keys(root) == [keys]

    db.lock()
    assert db.locked and db.encrypted and db.keys is None
    assert not any(keys.database + keys.file_content + keys.file_names)  # overwritten
    assert db.engine is not old_engine and old_engine.pool.checkedin() == 0
    del keys, old_engine
    assert live_keys(root) == []
    with pytest.raises(LockedError):
        db.store.read_bytes(stored.sha256)
    with pytest.raises(LockedError):
        cases.list_cases(db)
    with pytest.raises(LockedError):
        backups.make_backup(db, "manual")

    with pytest.raises(vault.WrongPassphraseError):
        db.unlock("not it")
    assert db.locked and db.keys is None
    db.unlock(PASSPHRASE)
    assert not db.locked and db.keys is not None
    assert db.store.read_bytes(stored.sha256) == b"Report on the child"
    assert [c.name for c in cases.list_cases(db)] == ["Kept"]
    db.close()


def test_locking_a_clear_folder_changes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    db.lock()
    assert not db.locked and not db.encrypted
    cases.create_case(db, CaseDetails(name="Still open"))


def test_originals_a_backup_points_at_survive_the_start_up_sweep(
    data_home: Path, tmp_path: Path
) -> None:
    """Restore an older copy, restart, then put the newer state back: nothing is missing."""
    db = open_database(data_home)
    case_id = cases.create_case(db, CaseDetails(name="Two reports")).id
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("The first report.")
    second.write_text("The second report, imported after the backup.")
    import_files(db, case_id, [first])
    older = backups.make_backup(db, "manual")
    import_files(db, case_id, [second])
    report = backups.restore_backup(db, older.path)
    assert [d.original_name for d in list_documents(db, case_id)] == ["first.txt"]
    db.close()
    long_ago = time.time() - 86_400
    for stored in (data_home / "store").rglob("*"):
        os.utime(stored, (long_ago, long_ago))

    db = open_database(data_home)  # the start-up sweep runs here
    try:
        back = backups.restore_backup(db, report.safety_copy)
        assert back.missing_originals == 0
        names = sorted(d.original_name for d in list_documents(db, case_id))
        assert names == ["first.txt", "second.txt"]
        assert all(db.store.read_bytes(d.sha256) for d in list_documents(db, case_id))
    finally:
        db.close()
