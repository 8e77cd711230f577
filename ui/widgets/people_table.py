"""Editable table of the people involved in a case (caseworker, SENCo, advocate, solicitor)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.domain import PERSON_ROLES
from ehcp_appeal.services.cases import PersonInfo

TEXT_COLUMNS = ("name", "organisation", "email", "phone")


class PeopleTable(QWidget):
    """A small grid the user types into; it is form input, so a table widget is enough."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 1 + len(TEXT_COLUMNS))
        self.table.setHorizontalHeaderLabels(["Role", "Name", "Organisation", "Email", "Phone"])
        self.table.setAccessibleName("People involved in the case")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("Add person")
        self.add_button.setAccessibleName("Add a person to the case")
        self.remove_button = QPushButton("Remove person")
        self.remove_button.setAccessibleName("Remove the selected person")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add_blank)
        self.remove_button.clicked.connect(self._remove_selected)
        self.table.itemChanged.connect(self.changed)

    def _add_blank(self) -> None:
        self.add_person(PersonInfo(role="la_caseworker"))
        self.table.setCurrentCell(self.table.rowCount() - 1, 1)

    def add_person(self, person: PersonInfo) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        combo.setAccessibleName(f"Role of person {row + 1}")
        for key, label in PERSON_ROLES.items():
            combo.addItem(label, key)
        combo.setCurrentIndex(max(0, combo.findData(person.role)))
        self.table.setCellWidget(row, 0, combo)
        combo.currentIndexChanged.connect(self.changed)
        for column, field in enumerate(TEXT_COLUMNS, start=1):
            self.table.setItem(row, column, QTableWidgetItem(getattr(person, field)))

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.currentRow()]:
            if row >= 0:
                self.table.removeRow(row)
        self.changed.emit()

    def set_people(self, people: tuple[PersonInfo, ...]) -> None:
        self.table.setRowCount(0)
        for person in people:
            self.add_person(person)

    def people(self) -> tuple[PersonInfo, ...]:
        result = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            assert isinstance(combo, QComboBox)
            values = {}
            for column, field in enumerate(TEXT_COLUMNS, start=1):
                item = self.table.item(row, column)
                values[field] = item.text().strip() if item else ""
            if any(values.values()):
                result.append(PersonInfo(role=str(combo.currentData()), **values))
        return tuple(result)
