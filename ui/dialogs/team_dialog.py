"""The team dialog (team server only): add a person, and assign the open case to someone.

The same services as ``team add-user`` and ``case assign``; the server decides who may
do what, and its refusal is shown in plain words.
"""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.errors import AppError
from ehcp_appeal.services import team
from ui.context import AppContext


class TeamDialog(QDialog):
    def __init__(
        self, context: AppContext, case_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.setWindowTitle("Team")
        self.setAccessibleName("Team")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("People in the team:"))
        self.people = QListWidget()
        self.people.setAccessibleName("People in the team")
        layout.addWidget(self.people)

        adding = QGroupBox("Add a person (the server's administrator only)")
        form = QFormLayout(adding)
        self.name = QLineEdit()
        self.name.setAccessibleName("Sign-in name of the new person")
        self.name.setPlaceholderText("for example jsmith")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password for the new sign-in")
        self.supervisor = QCheckBox("&Supervisor: sees and assigns every case")
        self.add_button = QPushButton("&Add person")
        self.add_button.setAccessibleName("Add the person to the team")
        form.addRow("&Name:", self.name)
        form.addRow("&Password:", self.password)
        form.addRow(self.supervisor)
        form.addRow(self.add_button)
        layout.addWidget(adding)

        assigning = QGroupBox("Assign the open case")
        assign_form = QFormLayout(assigning)
        self.assignee = QComboBox()
        self.assignee.setAccessibleName("Person to assign the open case to")
        self.only = QCheckBox("&Only this person (take it from anyone else)")
        self.assign_button = QPushButton("A&ssign")
        self.assign_button.setAccessibleName("Assign the open case")
        assign_form.addRow("&To:", self.assignee)
        assign_form.addRow(self.only)
        assign_form.addRow(self.assign_button)
        assigning.setEnabled(case_id is not None)
        layout.addWidget(assigning)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Team messages")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.add_person)
        self.assign_button.clicked.connect(self.assign)
        self.refresh()

    def refresh(self) -> None:
        self.people.clear()
        self.assignee.clear()
        try:
            members = team.members(self.context.db)
            assigned = team.assigned_to(self.context.db, self.case_id) if self.case_id else []
        except AppError as error:
            self.message.setText(f"⚠ {error.message}")
            return
        for person in members:
            role = "supervisor" if person.supervisor else "caseworker"
            here = ", works on the open case" if person.name in assigned else ""
            self.people.addItem(f"{person.name} ({role}{here})")
            self.assignee.addItem(person.name)

    def add_person(self) -> None:
        try:
            added = team.add_user(
                self.context.db,
                self.name.text(),
                self.password.text() or None,
                supervisor=self.supervisor.isChecked(),
            )
        except AppError as error:
            self.message.setText(f"⚠ {error.message}")
            return
        self.password.clear()
        self.name.clear()
        self.message.setText(f"✓ {added.name} is in the team.")
        self.refresh()

    def assign(self) -> None:
        if self.case_id is None or not self.assignee.currentText():
            return
        name = self.assignee.currentText()
        try:
            team.assign_case(self.context.db, self.case_id, name, only=self.only.isChecked())
        except AppError as error:
            self.message.setText(f"⚠ {error.message}")
            return
        self.message.setText(f"✓ The open case is now assigned to {name}.")
        self.refresh()
