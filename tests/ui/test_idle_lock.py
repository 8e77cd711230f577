"""The idle lock hides the window of an encrypted folder until the passphrase is typed."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ehcp_appeal.db.database import open_database
from ehcp_appeal.security import kdf, vault
from ui.context import AppContext, AppEvents
from ui.idle_lock import SETTING, IdleLock
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def test_lock_hides_the_window_until_the_passphrase_is_given(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kdf, "DEFAULT_COST", kdf.KdfCost(time_cost=1, memory_kib=64, parallelism=1))
    root = tmp_path / "locked"
    vault.create_vault(root, "open sesame")
    db = open_database(root, "open sesame")
    context = AppContext(db=db, runner=TaskRunner(), events=AppEvents())
    window = MainWindow(context)
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    lock = IdleLock(window, root, settings)
    window.show()
    assert lock.timer.isActive() and lock.timer.interval() == 10 * 60_000
    lock.set_minutes(3)
    assert settings.value(SETTING) in (3, "3") and lock.timer.interval() == 3 * 60_000

    lock.timer.timeout.emit()  # as if three idle minutes had passed
    assert lock.locked and not window.isVisible()
    dialog = lock.dialog
    assert dialog is not None
    dialog.field.setText("wrong")
    dialog.unlock_button.click()
    assert lock.locked and not window.isVisible() and "did not open" in dialog.error_label.text()
    dialog.field.setText("open sesame")
    dialog.unlock_button.click()
    assert not lock.locked and window.isVisible() and lock.timer.isActive()
    labels = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Lock now" in labels and "Lock &after…" in labels
    context.runner.wait_for_all()
    db.close()
