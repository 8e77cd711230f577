"""The Chronology page: every document of the case in date order, to read, open and export."""

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.export.chronology import write_chronology
from ehcp_appeal.services import cases, evidence
from ehcp_appeal.services.evidence import ChronologyEntry
from ui.context import AppContext
from ui.file_names import suggested_file_name
from ui.models.chronology_model import ChronologyModel
from ui.widgets.page_header import PageHeader
from ui.widgets.row_table import row_table, size_columns

COLUMN_WIDTHS = {
    ChronologyModel.DATE: 110,
    ChronologyModel.WHAT: 180,
    ChronologyModel.FROM_TO: 240,
    ChronologyModel.PAGES: 60,
}


class ChronologyPage(QWidget):
    """The case's story at a glance; opening a row asks the window for the Evidence page."""

    document_requested = Signal(str, int)  # document id, page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.case_id: str | None = None
        self.case_name = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(
            PageHeader(
                "Chronology",
                "Every document of the case in date order, undated ones last. Press Enter or "
                "double-click a row to open the document; export the list to Word for the "
                "tribunal or your adviser.",
            )
        )
        tools = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by date, title, author or subject")
        self.filter_edit.setAccessibleName("Filter the chronology")
        self.filter_edit.setClearButtonEnabled(True)
        self.export_button = QPushButton("&Export to Word…")
        self.export_button.setObjectName("primary")
        self.export_button.setAccessibleName("Export the chronology to a Word document")
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.export_button)
        layout.addLayout(tools)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Chronology messages")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        self.model = ChronologyModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = row_table(self.proxy, "Chronology of the case's documents")
        self.table.setWordWrap(True)  # a chronology is read, so show whole titles
        size_columns(self.table, COLUMN_WIDTHS, (ChronologyModel.TITLE, ChronologyModel.SUBJECT))
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents()
        )
        layout.addWidget(self.table, 1)

        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.activated.connect(self._open_index)
        self.export_button.clicked.connect(self.export)
        context.events.documents_changed.connect(self._case_changed)
        context.events.case_saved.connect(self._case_changed)
        self._update_actions()

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self.case_name = ""
        self.model.set_rows([])
        self.filter_edit.clear()
        self.message.setText("")
        self._update_actions()
        self.reload()

    def _case_changed(self, case_id: str) -> None:
        if case_id == self.case_id:
            self.reload()

    def reload(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        db = self.context.db

        def job(_progress: object) -> tuple[str, list[ChronologyEntry]]:
            return cases.get_case(db, case_id).name, evidence.chronology(db, case_id)

        def loaded(result: tuple[str, list[ChronologyEntry]]) -> None:
            if case_id != self.case_id:
                return
            self.case_name, entries = result
            self.model.set_rows(entries)
            self.table.resizeRowsToContents()
            if not entries:
                self.message.setText("No documents yet: import them on the Evidence page.")
            elif self.message.text().startswith("No documents"):
                self.message.setText("")
            self._update_actions()

        self.context.runner.start(job, loaded, self.message.setText, owner=self)

    def _update_actions(self) -> None:
        self.export_button.setEnabled(self.case_id is not None and self.model.rowCount() > 0)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.document_requested.emit(str(index.data(ChronologyModel.ID_ROLE)), 1)

    def export(self) -> None:
        """Ask where to save, then write the Word file off the GUI thread."""
        case_id = self.case_id
        if case_id is None:
            return
        suggested = str(Path.home() / suggested_file_name("Chronology", self.case_name, ".docx"))
        name, _ = QFileDialog.getSaveFileName(
            self, "Export the chronology", suggested, "Word document (*.docx)"
        )
        if not name:
            return
        out = Path(name) if name.lower().endswith(".docx") else Path(f"{name}.docx")
        self.export_button.setEnabled(False)
        self.message.setText("Writing the chronology…")

        def written(count: int) -> None:
            self.message.setText(
                f"Saved the chronology of {count} document{'s' * (count != 1)} to {out}."
            )
            self._update_actions()

        def failed(message: str) -> None:
            self.message.setText(message)
            self._update_actions()

        db = self.context.db
        self.context.runner.start(
            lambda _p: write_chronology(db, case_id, out), written, failed, owner=self
        )
