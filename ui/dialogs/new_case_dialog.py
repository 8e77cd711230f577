"""The new-case dialog: the few details needed to start, the rest can wait."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ehcp_appeal.errors import AppError
from ehcp_appeal.services import cases
from ui.context import AppContext
from ui.widgets.case_form import CaseForm
from ui.widgets.dialog_parts import problem_label, show_problem


class NewCaseDialog(QDialog):
    """Creates the case in the core; shows the core's plain message if input is wrong."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created_id: str | None = None
        self.setWindowTitle("New case")
        self.setAccessibleName("New case")
        layout = QVBoxLayout(self)
        intro = QLabel("Only the case name is needed now. You can fill in the rest at any time.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = CaseForm(with_people=False)
        layout.addWidget(self.form)
        self.error_label = problem_label("Problem with the details")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Create case")
        ok.setObjectName("primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.name.setFocus()

    def accept(self) -> None:
        try:
            created = cases.create_case(self.context.db, self.form.details())
        except AppError as error:
            show_problem(self.error_label, error.message)
            return
        self.created_id = created.id
        self.context.events.case_saved.emit(created.id)
        super().accept()
