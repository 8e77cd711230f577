"""A date field that can also be left empty ("not known yet"), which QDateEdit cannot."""

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

UNSET = QDate(1900, 1, 1)


class OptionalDateEdit(QWidget):
    """Shows "Not known" rather than a made-up date until the user ticks Known."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox("Known")
        self.known.setAccessibleName(f"{label} is known")
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        self.edit.setMinimumDate(UNSET)
        self.edit.setSpecialValueText("Not known")
        self.edit.setAccessibleName(label)
        self.edit.setDate(UNSET)
        self.edit.setEnabled(False)
        self.edit.setMinimumWidth(180)
        layout.addWidget(self.known)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.known.toggled.connect(self._known_toggled)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.known)

    def _known_toggled(self, known: bool) -> None:
        self.edit.setEnabled(known)
        if known and self.edit.date() == UNSET:
            self.edit.setDate(QDate.currentDate())
        if not known:
            self.edit.setDate(UNSET)
        self.changed.emit()

    def value(self) -> dt.date | None:
        if not self.known.isChecked():
            return None
        qdate = self.edit.date()
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.known.setChecked(False)
            self.edit.setDate(UNSET)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))
            self.known.setChecked(True)
