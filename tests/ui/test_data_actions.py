"""File > Restore from a backup and File > Change passphrase, as a user reaches them."""

import gc
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ehcp_appeal.db import backups
from ehcp_appeal.db.database import Database, open_database
from ehcp_appeal.security import kdf, vault
from ehcp_appeal.services import cases
from ehcp_appeal.services.cases import CaseDetails
from ui.context import AppContext, AppEvents
from ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from ui.dialogs.restore_dialog import RestoreDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def test_restore_lists_backups_asks_plainly_then_reloads_the_window(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = context.db
    cases.create_case(db, CaseDetails(name="Before"))
    older = backups.make_backup(db, "manual")
    newer = backups.make_backup(db)
    after = cases.create_case(db, CaseDetails(name="After"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.open_case(after.id)
    assert "&Restore from a backup…" in file_menu_texts(window)
    assert "Change &passphrase…" not in file_menu_texts(window)  # a clear folder has none

    restored: list[backups.RestoreReport] = []
    dialog = RestoreDialog(context, lambda r: (restored.append(r), window.data_restored(r)))
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(rows) == 2 and "daily copy" in rows[0] and "copy you made" in rows[1]
    assert str(older.made_at.astimezone().year) in rows[1] and " at " in rows[1]
    assert dialog.list.hasFocus() or dialog.focusWidget() is dialog.list

    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def answer(_parent, _title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.waitUntil(lambda: not context.runner.busy, timeout=20_000)  # the pages' loading
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)  # the older, manual copy, by keyboard
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert len(asked) == 1 and not restored  # "No" changes nothing
    assert sorted(c.name for c in cases.list_cases(db)) == ["After", "Before"]
    assert "replaces what is in the app now with the copy from" in asked[0]
    assert "kept as a backup first" in asked[0]

    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(restored), timeout=20_000)
    assert restored[0].restored_from == older.path and newer.path.exists()
    assert [c.name for c in cases.list_cases(db)] == ["Before"]
    assert window.case_id is None and window.current_page_key() == "cases"
    assert "kept as a backup" in window.statusBar().currentMessage()
    labels = [b.label for b in backups.list_backups(db)]
    assert "before-restore" in labels  # the replaced state, to come back to


def test_change_passphrase_rewrites_only_the_key_file(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kdf, "DEFAULT_COST", kdf.KdfCost(time_cost=1, memory_kib=64, parallelism=1))
    root = tmp_path / "locked"
    vault.create_vault(root, "old passphrase")
    db = open_database(root, "old passphrase")
    stored = db.store.put_bytes(b"The child's report")
    cases.create_case(db, CaseDetails(name="Ruby"))
    context = AppContext(db=db, runner=TaskRunner(), events=AppEvents())
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert "Change &passphrase…" in file_menu_texts(window)
    before = hashes(root)

    dialog = ChangePassphraseDialog(context, window)  # closed with the window
    dialog.show()
    assert all(
        f.echoMode() == f.EchoMode.Password for f in (dialog.current, dialog.first, dialog.second)
    )
    dialog.current.setText("old passphrase")
    dialog.first.setText("new passphrase")
    dialog.second.setText("new passphrase?")
    dialog.change_button.click()
    assert "differ" in dialog.error_label.text()
    dialog.current.setText("not the old one")
    dialog.second.setText("new passphrase")
    dialog.change_button.click()
    qtbot.waitUntil(lambda: "not your current" in dialog.error_label.text(), timeout=10_000)
    assert hashes(root) == before and dialog.isVisible()

    dialog.current.setText("old passphrase")
    dialog.change_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    after = hashes(root)
    assert {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)} == {
        vault.VAULT_FILE
    }
    context.runner.wait_for_all()
    db.close()
    with pytest.raises(vault.WrongPassphraseError):
        open_database(root, "old passphrase")
    reopened = open_database(root, "new passphrase")
    try:
        assert reopened.store.read_bytes(stored.sha256) == b"The child's report"
        assert [c.name for c in cases.list_cases(reopened)] == ["Ruby"]
    finally:
        reopened.close()


def hashes(folder: Path) -> dict[str, str]:
    gc.collect()
    QApplication.processEvents()
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_the_menu_items_are_reachable_from_the_keyboard(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    context = AppContext(db=db, runner=TaskRunner(), events=AppEvents())
    window = MainWindow(context)
    qtbot.addWidget(window)
    texts = file_menu_texts(window)
    restore = next(t for t in texts if "Restore" in t)
    assert "&R" in restore and window.menuBar().actions()[0].text() == "&File"
