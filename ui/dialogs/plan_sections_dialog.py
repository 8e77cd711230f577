"""The "Plan sections" dialog: the plan's headings, the section each was taken for, and a fix.

Councils lay plans out in many ways, and when the reader takes a heading for the wrong
section (or for none) the check is wrong with it. The person sees every heading found,
chooses the right section with the keyboard, and the choice is saved with the plan and
the check re-run. The dialog holds no analysis logic: it lists what the core found and
hands the choices back to the core.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.errors import AppError
from ehcp_appeal.services import analysis, plan_sections
from ui.context import AppContext
from ui.widgets.dialog_parts import problem_label, show_problem

NOT_A_SECTION = "Not a section heading"
HOW = {
    "letter": "its letter",
    "number_and_name": "its number and name",
    "name": "its name",
    "table_column": "a table column",
    "user": "your choice",
    "": "",
}
_SECTION_ROLE = Qt.ItemDataRole.UserRole


def section_label(section: str) -> str:
    """ "B – Special educational needs", or the words for no section."""
    if not section:
        return NOT_A_SECTION
    from ehcp_appeal.analysis import lexicon  # the plan check loads when first used

    titles = lexicon.load("sections")["titles"]
    title = titles.get(section) or titles.get(f"{section}1", "Social care provision")
    if section == "H":
        title = "Social care provision"
    return f"{section} – {title[:60]}"


class PlanSectionsDialog(QDialog):
    """Lists the plan's headings; saving stores the changed ones and checks the plan again."""

    def __init__(self, context: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.setWindowTitle("Plan sections")
        self.setAccessibleName("Plan sections")
        self.resize(860, 500)
        self._original: dict[int, str] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            "These are the headings found in the plan and the section each was taken for. "
            "A heading at the top of a table's column stands for the whole column. "
            "If one is wrong, choose it in the list and pick the right section below."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reading_label = QLabel()
        self.reading_label.setWordWrap(True)
        self.reading_label.setAccessibleName("How well the plan was read")
        self.reading_label.hide()
        layout.addWidget(self.reading_label)

        self.headings = QTreeWidget()
        self.headings.setHeaderLabels(["Heading", "Page", "Taken for", "Found by"])
        self.headings.setRootIsDecorated(False)
        self.headings.setAccessibleName("Headings in the plan")
        self.headings.setColumnWidth(0, 360)
        self.headings.setColumnWidth(1, 50)
        self.headings.setColumnWidth(2, 260)
        layout.addWidget(self.headings, 1)

        form = QFormLayout()
        self.section_box = QComboBox()
        self.section_box.setAccessibleName("Section for the chosen heading")
        self.section_box.addItem(NOT_A_SECTION, "")
        from ehcp_appeal.analysis import lexicon

        for section in (*lexicon.load("sections")["order"], "H"):
            self.section_box.addItem(section_label(section), section)
        form.addRow("&Section for this heading:", self.section_box)
        layout.addLayout(form)

        self.error_label = problem_label("Problem")
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("Save and check again")
        self.save_button.setObjectName("primary")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.headings.currentItemChanged.connect(self._show_choice)
        self.section_box.currentIndexChanged.connect(self._choose)
        self._load()

    def _load(self) -> None:
        result = analysis.get_case_analysis(self.context.db, self.case_id)
        try:
            found = plan_sections.plan_headings(self.context.db, self.case_id, result)
        except AppError as error:
            self._problem(error.message)
            self.save_button.setEnabled(False)
            return
        reading: dict[str, Any] = (result or {}).get("reading") or {}
        if reading.get("status", "read") != "read":
            self.reading_label.setText(f"⚠ {reading['message']}")
            self.reading_label.show()
        for number, heading in enumerate(found):
            item = QTreeWidgetItem(
                [heading.text, str(heading.page), "", HOW.get(heading.found_by, "")]
            )
            item.setToolTip(0, heading.text)
            item.setData(3, _SECTION_ROLE, heading.found_by)
            self._set_section(item, heading.section)
            self._original[number] = heading.section
            self.headings.addTopLevelItem(item)
        if found:
            self.headings.setCurrentItem(self.headings.topLevelItem(0))
        self.headings.setFocus()

    def _set_section(self, item: QTreeWidgetItem, section: str) -> None:
        item.setData(2, _SECTION_ROLE, section)
        item.setText(2, section_label(section))

    def _show_choice(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        index = self.section_box.findData(current.data(2, _SECTION_ROLE))
        self.section_box.blockSignals(True)
        self.section_box.setCurrentIndex(max(index, 0))
        self.section_box.blockSignals(False)
        column = current.data(3, _SECTION_ROLE) == "table_column"
        self.section_box.setToolTip(
            "A table's column header: the section chosen is the one its column holds."
            if column
            else ""
        )

    def _choose(self, _index: int) -> None:
        item = self.headings.currentItem()
        if item is not None:
            self._set_section(item, str(self.section_box.currentData()))
            item.setText(3, HOW["user"])

    def choices(self) -> dict[str, str]:
        """The headings whose section the person changed, and the section chosen."""
        changed = {}
        for number in range(self.headings.topLevelItemCount()):
            item = self.headings.topLevelItem(number)
            section = str(item.data(2, _SECTION_ROLE))
            if section != self._original.get(number, ""):
                changed[item.text(0)] = section
        return changed

    def save(self) -> None:
        """Store the choices with the plan, then check the plan again in the background."""
        choices = self.choices()
        if not choices:
            self.reject()
            return
        try:
            document_id = plan_sections.case_plan_document(self.context.db, self.case_id)
            plan_sections.set_section_choices(self.context.db, document_id, choices)
        except AppError as error:
            self._problem(error.message)
            return
        self.save_button.setEnabled(False)
        self.reading_label.setText("Checking the plan again with your choices…")
        self.reading_label.show()
        case_id = self.case_id
        self.context.runner.start(
            lambda progress: analysis.run_case_analysis(self.context.db, case_id, progress),
            self._checked,
            self._failed,
            owner=self,
        )

    def _checked(self, _result: object) -> None:
        self.context.events.analysis_changed.emit(self.case_id)
        self.accept()

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self._problem(message)

    def _problem(self, message: str) -> None:
        show_problem(self.error_label, message)
