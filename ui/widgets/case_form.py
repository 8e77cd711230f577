"""The case's details as a form, shared by the new-case dialog and the case page."""

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.domain import APPEAL_OUTCOMES, APPEAL_TYPES
from ehcp_appeal.services.cases import CaseDetails
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.people_table import PeopleTable


class CaseForm(QWidget):
    """Reads and writes a CaseDetails; validation stays in the core."""

    edited = Signal()

    def _emit_edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def __init__(self, with_people: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        child_box = QGroupBox("The child")
        child = QFormLayout(child_box)
        self.name = self._line("Case name", "Usually the child's name, e.g. Ruby Okafor")
        self.child_name = self._line("Child's full name", "")
        self.child_dob = OptionalDateEdit("Date of birth")
        self.year_group = self._line("Year group", "e.g. Year 5")
        self.school = self._line("School or setting", "")
        child.addRow("Case &name", self.name)
        child.addRow("Child's full na&me", self.child_name)
        child.addRow("Date of &birth", self.child_dob)
        child.addRow("&Year group", self.year_group)
        child.addRow("S&chool or setting", self.school)
        self.boxes = boxes = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        boxes.addWidget(child_box, 1)

        appeal_box = QGroupBox("The appeal")
        appeal = QFormLayout(appeal_box)
        self.local_authority = self._line("Local authority", "The council, e.g. Westmere Council")
        self.appeal_type = QComboBox()
        self.appeal_type.setAccessibleName("Appeal type")
        self.appeal_type.addItem("Not decided yet", "")
        for key, label in APPEAL_TYPES.items():
            self.appeal_type.addItem(label, key)
        self.reference = self._line("Tribunal reference", "e.g. EH123/26/00001")
        self.hearing_date = OptionalDateEdit("Hearing date")
        self.outcome = QComboBox()
        self.outcome.setAccessibleName("Outcome of the appeal")
        self.outcome.addItem("Not decided yet", "")
        for key, label in APPEAL_OUTCOMES.items():
            self.outcome.addItem(label, key)
        appeal.addRow("&Local authority", self.local_authority)
        appeal.addRow("Appeal &type", self.appeal_type)
        appeal.addRow("Tribunal &reference", self.reference)
        appeal.addRow("Hearing &date", self.hearing_date)
        appeal.addRow("Outcom&e", self.outcome)
        boxes.addWidget(appeal_box, 1)
        self._boxes: tuple[QGroupBox, ...] = (child_box, appeal_box)
        layout.addLayout(boxes)

        self.people = PeopleTable()
        self._with_people = with_people
        if with_people:
            people_box = QGroupBox("Key people")
            QVBoxLayout(people_box).addWidget(self.people)
            layout.addWidget(people_box)
        else:
            self.people.hide()

        notes_box = QGroupBox("Notes")
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName("Notes")
        self.notes.setPlaceholderText("Anything worth remembering about the case")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        QVBoxLayout(notes_box).addWidget(self.notes)
        layout.addWidget(notes_box)
        self._base = CaseDetails(name="")
        self._loading = False

        for edit in (self.name, self.child_name, self.year_group, self.school):
            edit.textEdited.connect(self._emit_edited)
        for edit in (self.local_authority, self.reference):
            edit.textEdited.connect(self._emit_edited)
        self.appeal_type.currentIndexChanged.connect(self._emit_edited)
        self.outcome.currentIndexChanged.connect(self._emit_edited)
        self.child_dob.changed.connect(self._emit_edited)
        self.hearing_date.changed.connect(self._emit_edited)
        self.notes.textChanged.connect(self._emit_edited)
        self.people.changed.connect(self._emit_edited)

    def fit_to(self, width: int) -> None:
        """Side by side when ``width`` holds both groups, one above the other when not.

        Decided by the caller's width, not the form's own: inside a scroll area the form
        is never narrower than its side-by-side minimum, so it would never fold.
        """
        needed = sum(box.minimumSizeHint().width() for box in self._boxes) + self.boxes.spacing()
        wide = width >= needed
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.boxes.direction() != direction:
            self.boxes.setDirection(direction)

    @staticmethod
    def _line(accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def set_details(self, details: CaseDetails) -> None:
        self._loading = True
        try:
            self._fill(details)
        finally:
            self._loading = False

    def _fill(self, details: CaseDetails) -> None:
        self._base = details
        self.name.setText(details.name)
        self.child_name.setText(details.child_name)
        self.child_dob.set_value(details.child_dob)
        self.year_group.setText(details.year_group)
        self.school.setText(details.school)
        self.local_authority.setText(details.local_authority)
        self.appeal_type.setCurrentIndex(max(0, self.appeal_type.findData(details.appeal_type)))
        self.reference.setText(details.tribunal_reference)
        self.hearing_date.set_value(details.hearing_date)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(details.outcome)))
        self.notes.setPlainText(details.notes)
        self.people.set_people(details.people)

    def details(self) -> CaseDetails:
        return replace(
            self._base,
            name=self.name.text(),
            child_name=self.child_name.text().strip(),
            child_dob=self.child_dob.value(),
            year_group=self.year_group.text().strip(),
            school=self.school.text().strip(),
            local_authority=self.local_authority.text().strip(),
            appeal_type=str(self.appeal_type.currentData()),
            tribunal_reference=self.reference.text(),
            hearing_date=self.hearing_date.value(),
            outcome=str(self.outcome.currentData()),
            notes=self.notes.toPlainText(),
            people=self.people.people() if self._with_people else self._base.people,
        )
