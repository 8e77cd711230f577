"""Putting a database backup back, from the window: the dates, a plain question, then the work.

The backups are the app's own checked copies (one a day when it closes, any made with
the ``backup`` command, and the state kept before each restore). Choosing one asks once,
plainly, what will happen; the restore itself (a check of the copy, a safety copy of the
current state, the copy put back and brought up to this version) runs off the window's
thread, and the window then reloads everything from the restored data.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.db import backups
from ehcp_appeal.progress import Progress
from ehcp_appeal.rules.calendar import format_date
from ui.context import AppContext

EXPLANATION = (
    "The app keeps copies of your cases, notes, dates and findings: one a day when it "
    "closes, and one of what was there before each restore. Putting a copy back replaces "
    "what is in the app now with that copy. What is there now is kept as a backup first, "
    "so you can come back to it from this list."
)
KINDS = {
    backups.AUTO_LABEL: "daily copy",
    "manual": "copy you made",
    "before-restore": "kept before a restore",
}


def when(info: backups.BackupInfo) -> str:
    """'Thursday 3 December 2026 at 14:05', in this computer's time."""
    local = info.made_at.astimezone()
    return f"{format_date(local.date(), weekday=True)} at {local:%H:%M}"


def describe(info: backups.BackupInfo) -> str:
    if info.label in KINDS:
        kind = KINDS[info.label]
    elif info.label.startswith("before-"):
        kind = "made before the app was updated"
    else:
        kind = info.label
    return f"{when(info)}, {kind} ({max(1, info.size // 1024)} KB)"


class RestoreDialog(QDialog):
    """Lists the backups, newest first; ``on_restored`` runs once one has been put back."""

    def __init__(
        self,
        context: AppContext,
        on_restored: Callable[[backups.RestoreReport], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.on_restored = on_restored
        self.working = False
        self.setWindowTitle("Restore from a backup")
        self.setAccessibleName("Restore from a backup")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(EXPLANATION)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.found = backups.list_backups(context.db)
        self.list = QListWidget()
        self.list.setAccessibleName("Backups, newest first")
        self.list.setWordWrap(True)  # long lines wrap: no sideways scrolling
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for info in self.found:
            item = QListWidgetItem(describe(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.message = QLabel(
            ""
            if self.found
            else "There are no backups yet: the app makes one a day when it closes."
        )
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Restore status")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton("&Restore this copy…")
        self.restore_button.setObjectName("primary")
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)  # Return in the list asks about the chosen copy
        self.close_button = QPushButton("Close")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        if self.found:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def restore_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0 or not self.restore_button.isEnabled():
            return
        if self.context.runner.busy:
            self.message.setText(
                "Other work is still running; wait until it finishes, then try again."
            )
            return
        chosen = self.found[row]
        answer = QMessageBox.question(
            self,
            "Restore from a backup",
            f"This replaces what is in the app now with the copy from {when(chosen)}.\n\n"
            "What is in the app now is kept as a backup first, so you can come back to it.\n\n"
            "Put this copy back?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.context.db

        def restore(_progress: Progress) -> backups.RestoreReport:
            return backups.restore_backup(db, chosen.path)

        self._busy(True)
        self.message.setText(f"Putting back the copy from {when(chosen)}…")
        self.context.runner.start(
            restore, on_success=self._restored, on_failure=self._failed, owner=self
        )

    def _restored(self, report: backups.RestoreReport) -> None:
        self._busy(False)
        self.on_restored(report)
        self.accept()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.message.setText(f"⚠ {message}")

    def reject(self) -> None:
        if not self.working:  # Escape must not walk away from a restore half done
            super().reject()

    def _busy(self, busy: bool) -> None:
        self.working = busy
        self.list.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.list.currentRow() >= 0)
        self.close_button.setEnabled(not busy)
