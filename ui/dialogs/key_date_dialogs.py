"""Dialogs about a case's key dates: asking before a recorded date changes, and the history of
every recording, correction, removal and undo."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.rules.calendar import format_date
from ehcp_appeal.services.key_dates import KeyDateChangeInfo, KeyDateInfo

REPLACE = "replace"
NEW_ROUND = "new_round"


def ask_date_change(
    parent: QWidget, existing: KeyDateInfo, date: dt.date, repeats: bool
) -> str | None:
    """REPLACE, NEW_ROUND (for an event that repeats), or None: keep the date (the default)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Change a recorded date?")
    old, new = format_date(existing.date), format_date(date)
    box.setText(f"{existing.label} is already recorded as {old}.")
    new_round = None
    if repeats:
        box.setInformativeText(
            f"Is {new} a new one (the next round), or a correction of {old}? Either can be undone."
        )
        new_round = box.addButton("Add a new round", QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(f"Replace it with {new}? You can undo this.")
    replace = box.addButton(
        f"Correct it to {new}" if repeats else f"Replace with {new}",
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(f"Keep {old}", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return REPLACE
    if new_round is not None and clicked is new_round:
        return NEW_ROUND
    return None


class KeyDateHistoryDialog(QDialog):
    """Lists the changes the page loaded, newest first; read-only (undo is on the page)."""

    def __init__(self, changes: list[KeyDateChangeInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("History of the key dates")
        self.setAccessibleName("History of the key dates")
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Every date recorded, corrected or removed in this case, newest first. "
            "Use Undo last change on the Deadlines page to put back the dates as they were."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName("Changes to the key dates")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for change in changes:
            local = change.changed_at.astimezone()
            when = f"{format_date(local.date())}, {local:%H:%M}"
            self.list.addItem(f"{when}: {change.describe()}")
        if not changes:
            self.list.addItem("No changes yet.")
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
