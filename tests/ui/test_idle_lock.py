"""The idle lock hides the windows of an encrypted folder and forgets its keys until unlocked."""

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ehcp_appeal.db import backups
from ehcp_appeal.db.database import open_database
from ehcp_appeal.progress import Progress
from ehcp_appeal.security import kdf, vault
from ehcp_appeal.services import cases
from ehcp_appeal.services.cases import CaseDetails
from ui.context import AppContext, AppEvents
from ui.idle_lock import RETRY_DROP_MS, SETTING, IdleLock
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def locked_app(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, IdleLock, AppContext]]:
    monkeypatch.setattr(kdf, "DEFAULT_COST", kdf.KdfCost(time_cost=1, memory_kib=64, parallelism=1))
    root = tmp_path / "locked"
    vault.create_vault(root, "open sesame")
    db = open_database(root, "open sesame")
    cases.create_case(db, CaseDetails(name="Ruby"))
    context = AppContext(db=db, runner=TaskRunner(), events=AppEvents())
    window = MainWindow(context)
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    lock = IdleLock(window, context, settings)
    window.show()
    yield window, lock, context
    context.runner.wait_for_all()
    context.db.close()


def live_keys(root: Path) -> list[vault.FolderKeys]:
    """Key objects of this folder still holding its database key (other tests' differ)."""
    probe = vault.unlock(root, "open sesame")
    wanted = bytes(probe.database)
    probe.wipe()
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, vault.FolderKeys) and o.database == wanted]


def test_lock_hides_the_window_and_drops_the_keys_until_the_passphrase_is_given(  # type: ignore[no-untyped-def]
    qtbot, locked_app
) -> None:
    window, lock, context = locked_app
    db = context.db
    assert lock.timer.isActive() and lock.timer.interval() == 10 * 60_000
    lock.set_minutes(3)
    assert lock.settings.value(SETTING) in (3, "3") and lock.timer.interval() == 3 * 60_000
    engine = db.engine

    lock.timer.timeout.emit()  # as if three idle minutes had passed
    assert lock.locked and not window.isVisible()
    qtbot.waitUntil(lambda: db.locked, timeout=10_000)
    assert db.keys is None and db.engine is not engine and engine.pool.checkedin() == 0
    del engine
    assert live_keys(db.root) == []
    assert [b.label for b in backups.list_backups(db)] == [backups.AUTO_LABEL]  # made first

    dialog = lock.dialog
    assert dialog is not None
    dialog.field.setText("wrong")
    dialog.unlock_button.click()
    assert lock.locked and not window.isVisible() and "did not open" in dialog.error_label.text()
    assert db.locked
    dialog.field.setText("open sesame")
    dialog.unlock_button.click()
    assert not lock.locked and window.isVisible() and lock.timer.isActive()
    assert not db.locked and db.keys is not None
    assert [c.name for c in cases.list_cases(db)] == ["Ruby"]  # read with the new keys
    labels = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Lock now" in labels and "Lock &after…" in labels


def test_the_keys_are_kept_until_running_work_finishes(qtbot, locked_app) -> None:  # type: ignore[no-untyped-def]
    window, lock, context = locked_app
    assert len(live_keys(context.db.root)) == 1  # the check sees keys that are there
    release = threading.Event()
    done: list[str] = []

    def long_work(_progress: Progress) -> str:
        release.wait(10)
        return cases.create_case(context.db, CaseDetails(name="Made while locking")).name

    context.runner.start(long_work, on_success=done.append, owner=window)
    lock.lock_now()
    qtbot.wait(3 * RETRY_DROP_MS)  # the lock looked again more than once
    assert lock.locked and not context.db.locked  # the running work is not cut off
    release.set()
    qtbot.waitUntil(lambda: context.db.locked, timeout=10_000)
    assert done == ["Made while locking"] and live_keys(context.db.root) == []
