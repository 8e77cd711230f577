"""Search the documents of every case at once, for advocates who hold many families' papers."""

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ehcp_appeal.services import cases, search
from ehcp_appeal.services.search import SearchHit
from ui.context import AppContext
from ui.models.search_results_model import SearchResultsModel, hit_words
from ui.widgets.document_search import search_as_you_type
from ui.widgets.row_table import row_table, size_columns

Found = tuple[list[SearchHit], dict[str, str]]
COLUMN_WIDTHS = {
    SearchResultsModel.CASE: 170,
    SearchResultsModel.DOCUMENT: 240,
    SearchResultsModel.PAGE: 60,
}


class CaseSearch(QWidget):
    """A search field over every case (archived ones too) and its results, best first.

    Choosing a result emits ``document_opened`` (case id, document id, page); the window
    opens that case and shows the page.
    """

    document_opened = Signal(str, str, int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText('Words, "a phrase" or assess* (archived cases too)')
        heading = QLabel("&Search the documents of every case")
        heading.setStyleSheet("font-weight: 600;")
        heading.setBuddy(self.edit)
        self.edit.setAccessibleName("Search the documents of every case")
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Search results summary")
        self.model = SearchResultsModel()
        self.table = row_table(self.model, "Documents found in every case")
        self.table.setWordWrap(True)
        size_columns(self.table, COLUMN_WIDTHS, (SearchResultsModel.FOUND,))
        self.table.setMinimumHeight(220)
        self.table.setVisible(False)
        column.addWidget(heading)
        column.addWidget(self.edit)
        column.addWidget(self.status)
        column.addWidget(self.table, 1)
        self._timer = search_as_you_type(self.edit, self.run, self)
        self.table.activated.connect(self._open_index)

    def run(self) -> None:
        self._timer.stop()
        query = self.edit.text().strip()
        if not query:
            self._show(None)
            return
        db = self.context.db

        def job(_progress: object) -> Found:
            names = {
                summary.id: summary.name + (" (archived)" if summary.archived else "")
                for summary in cases.list_cases(db, include_archived=True)
            }
            return search.search(db, query), names

        def found(result: Found) -> None:
            if query == self.edit.text().strip():
                self._show(result)

        self.context.runner.start(job, found, self.status.setText, owner=self)

    def _show(self, result: Found | None) -> None:
        hits, names = result or ([], {})
        self.model.set_hits(hits, names)
        self.table.setVisible(bool(hits))
        if result is None:
            self.status.setText("")
        elif not hits:
            self.status.setText("No document in any case contains those words.")
        else:
            in_cases = len({hit.case_id for hit in hits})
            self.status.setText(
                f"Found on {len(hits)} page{'s' * (len(hits) != 1)} in {in_cases} "
                f"case{'s' * (in_cases != 1)}. Press Enter on a result to open it."
            )
            self.table.resizeRowsToContents()
            self.table.selectRow(0)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            hit = self.model.row_item(index.row())
            self.document_opened.emit(hit.case_id, hit.document, hit.page, hit_words(hit.snippet))
