"""The Evidence page: a case's documents to sort, filter, search, preview, correct and import.

All database, file and rendering work runs on the context's task runner, so a forty-file
import or a slow preview never freezes the window; results that arrive after the user
has moved to another case are dropped.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.domain import DOCUMENT_KINDS
from ehcp_appeal.ingest import SUPPORTED_DESCRIPTION, ocr
from ehcp_appeal.progress import Progress
from ehcp_appeal.services import evidence
from ehcp_appeal.services.evidence import DocumentInfo
from ui.context import AppContext
from ui.models.documents_model import DocumentsFilter, DocumentsTableModel
from ui.pages.document_actions import DocumentActions
from ui.widgets.document_details import DocumentDetails
from ui.widgets.document_reader import DocumentReader
from ui.widgets.document_search import DocumentSearch
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.import_progress import ImportProgress
from ui.widgets.notice import Notice
from ui.widgets.page_header import PageHeader
from ui.widgets.row_table import row_table, size_columns

NO_OCR = (
    "Photos and scanned pages are kept, but their words cannot be searched until text "
    "recognition (Tesseract) is installed. The set-up in the README installs it on Linux."
)

COLUMN_WIDTHS = {
    DocumentsTableModel.TITLE: 215,
    DocumentsTableModel.KIND: 150,
    DocumentsTableModel.DATE: 105,
    DocumentsTableModel.AUTHOR: 140,
    DocumentsTableModel.PAGES: 55,
    DocumentsTableModel.TEXT: 80,
}


class EvidencePage(QWidget):
    """Shows the current case's documents; see the module docstring for what it offers.

    ``document_requested`` (document, page, words to highlight) asks the window for the
    large reader: Enter or a double-click on a document or a search hit, or the
    preview's "Open in reader".
    """

    document_requested = Signal(str, int, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.case_id: str | None = None
        self.last_deleted: str | None = None
        self._start_pages: dict[str, tuple[int, str]] = {}  # page and words to preview at
        self._pending: tuple[str, int, str] | None = None  # show_document before the rows came
        self._loading = False
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(
            PageHeader(
                "Evidence",
                f"Reports, letters, e-mails and photos of the case. Add {SUPPORTED_DESCRIPTION} "
                "with “Import files…” or by dragging them here; originals are kept unchanged.",
            )
        )
        self.model = DocumentsTableModel()
        self.proxy = DocumentsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.ocr_notice = Notice("About scanned pages")
        layout.addWidget(self.ocr_notice)
        layout.addLayout(self._build_toolbar())
        layout.addLayout(self._build_message_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list_side())
        splitter.addWidget(self._build_detail_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 440])
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        context.events.documents_changed.connect(self._documents_changed)
        self.actions = DocumentActions(context, self)
        self.actions.message.connect(self.message.setText)
        self.actions.failed.connect(self._failed)
        self.actions.trashed.connect(self._trashed)
        self.actions.restored.connect(self._restored)
        self._check_ocr()
        self._update_actions()

    # Building

    def _build_toolbar(self) -> FlowLayout:
        bar = FlowLayout()
        self.search = DocumentSearch(self.context, self)
        self.search_edit = self.search.edit
        self.hits = self.search.hits
        self.search.matched.connect(self.proxy.set_only_documents)
        self.search.chosen.connect(self._open_at)
        self.search.activated.connect(self.document_requested)
        self.search.failed.connect(self._failed)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by title or author")
        self.filter_edit.setAccessibleName("Filter the list of documents")
        self.filter_edit.setClearButtonEnabled(True)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName("Show one kind of document")
        self.kind_combo.addItem("All kinds", "")
        for key, label in DOCUMENT_KINDS.items():
            self.kind_combo.addItem(label, key)
        self.import_button = QPushButton("&Import files…")
        self.import_button.setObjectName("primary")
        self.import_button.setAccessibleName("Import evidence files")
        self.search_edit.setMinimumWidth(220)
        self.filter_edit.setMinimumWidth(150)
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.filter_edit, 2)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.import_button)
        self.import_button.clicked.connect(
            lambda: self.importer.ask(self.case_id) if self.case_id else None
        )
        return bar

    def _build_message_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.importer = ImportProgress(self.context)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Evidence messages")
        self.undo_button = QPushButton("&Undo")
        self.undo_button.setAccessibleName("Undo the deletion")
        self.undo_button.setVisible(False)
        bar.addWidget(self.importer, 1)
        bar.addWidget(self.message, 3)
        bar.addWidget(self.undo_button)
        self.importer.message.connect(self.message.setText)
        self.importer.imported.connect(self._imported)
        self.importer.running_changed.connect(lambda _running: self._update_actions())
        self.undo_button.clicked.connect(self.undo_delete)
        return bar

    def _build_list_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.table = row_table(self.proxy, "Documents of the case")
        self.table.setSortingEnabled(True)
        size_columns(self.table, COLUMN_WIDTHS)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Direction is in the details form; the list keeps to what a parent scans for.
        self.table.setColumnHidden(DocumentsTableModel.DIRECTION, True)
        self.table.setWordWrap(False)
        self.table.sortByColumn(DocumentsTableModel.DATE, Qt.SortOrder.AscendingOrder)
        column.addWidget(self.table, 3)
        column.addWidget(self.hits, 2)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.kind_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_kind(str(self.kind_combo.currentData()))
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.open_in_reader())
        return side

    def _build_detail_side(self) -> QWidget:
        """The preview above the details; each keeps a usable height and the form scrolls."""
        side = QSplitter(Qt.Orientation.Vertical)
        side.setChildrenCollapsible(False)
        self.preview = DocumentReader(compact=True)
        self.preview.setMinimumHeight(200)
        self.preview.open_requested.connect(self.open_in_reader)
        self.details = DocumentDetails()
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setAccessibleName("Details of the selected document")
        details_scroll.setWidget(self.details)
        details_scroll.setMinimumHeight(120)
        side.addWidget(self.preview)
        side.addWidget(details_scroll)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        self.details.save_requested.connect(self.save_details)
        self.details.delete_requested.connect(self.delete_selected)
        self.details.reread_requested.connect(self.reread_selected)
        return side

    # Loading

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self.last_deleted = None
        self._pending = None
        self.undo_button.setVisible(False)
        self.message.setText("")
        self.model.set_rows([])
        self._start_pages = {}
        self.search.set_case(case_id)
        self.preview.clear()
        self._check_ocr()
        self._update_actions()
        self.reload()

    def _check_ocr(self) -> None:
        """Checked again per case: Tesseract may have been installed while the app ran."""
        self.ocr_notice.say("" if ocr.ocr_available() else NO_OCR)

    def reload(self, select: str | None = None) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def loaded(rows: list[DocumentInfo]) -> None:
            if case_id == self.case_id:
                self._show_rows(rows, select)

        self._loading = True
        self._run(lambda _p: evidence.list_documents(self.context.db, case_id), loaded)

    def _show_rows(self, rows: list[DocumentInfo], select: str | None) -> None:
        keep = select or self.selected_id()
        self._loading = False
        self.model.set_rows(rows)
        if not rows:
            self.message.setText(
                self.message.text() or "No documents yet: import files or drag them here."
            )
        pending, self._pending = self._pending, None
        if pending is not None and self.model.row_of(pending[0]) >= 0:
            self.show_document(*pending)
        elif pending is not None:
            self.message.setText("That document is no longer in this case; it may be in the trash.")
        elif keep:
            self.select_document(keep)
        elif rows:
            self.table.selectRow(0)  # show a real document rather than an empty form
        self._update_actions()

    def _documents_changed(self, case_id: str) -> None:
        if case_id == self.case_id:
            self.reload()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.proxy.data(rows[0], DocumentsTableModel.ID_ROLE))

    def select_document(self, doc_id: str) -> None:
        source_row = self.model.row_of(doc_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def open_in_reader(self) -> None:
        """The selected document in the large reader, at the page and words the preview shows."""
        doc_id = self.selected_id()
        if doc_id is None:
            return
        page = self.preview.current_page() if self.preview.is_showing() else 1
        self.document_requested.emit(doc_id, page, self.preview.find_edit.text())

    def show_document(self, doc_id: str, page: int = 1, words: str = "") -> None:
        """Select ``doc_id`` and preview ``page``, clearing any search or filter hiding it.

        Other pages call this straight after opening a case, while the rows are still
        loading; the request is then kept and carried out when they arrive.
        """
        self.search.clear()
        self.filter_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        if self.model.row_of(doc_id) >= 0:
            self._open_at(doc_id, page, words)
        else:  # not loaded yet, or the list is older than the document
            self._pending = (doc_id, page, words)
            if not self._loading:
                self.reload()

    def _open_at(self, doc_id: str, page: int, words: str = "") -> None:
        if self.selected_id() != doc_id:
            self._start_pages[doc_id] = (page, words)
            self.select_document(doc_id)
        elif self.preview.is_showing():
            self.preview.go_to_page(page)
            if words:
                self.preview.highlight(words, page)
        else:
            self._show_preview(doc_id, page, words)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update_actions()
        doc_id = self.selected_id()
        if doc_id is None:
            self.preview.clear()
            self.details.clear()
            return
        doc = self.model.row_item(self.model.row_of(doc_id))
        self.details.fill(doc, ocr.ocr_available())
        start = self._start_pages.pop(doc_id, None) or (
            self.search.first_pages.get(doc_id, 1),
            self.search.first_words.get(doc_id, ""),
        )
        self._show_preview(doc_id, *start)

    def _show_preview(self, doc_id: str, page: int, words: str = "") -> None:
        self.preview.show_message("Opening…")

        def shown(data: bytes) -> None:
            if self.selected_id() == doc_id:
                self.preview.show_pdf(data, page, words)

        self._run(lambda _p: evidence.render_preview_pdf(self.context.db, doc_id), shown)

    def _update_actions(self) -> None:
        has_case = self.case_id is not None
        self.import_button.setEnabled(has_case and self.importer.task is None)
        self.details.setEnabled(self.selected_id() is not None)

    # Import

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.case_id is not None and any(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> None:
        if self.case_id is not None:
            self.importer.start(self.case_id, paths)

    def _imported(self, case_id: str, first_id: str) -> None:
        if case_id == self.case_id:
            self.reload(select=first_id)

    # Editing, re-reading and deleting

    def save_details(self) -> None:
        doc_id, case_id = self.selected_id(), self.case_id
        if doc_id is not None and case_id is not None:
            self.actions.save(case_id, doc_id, self.details.values())

    def reread_selected(self) -> None:
        doc_id, case_id = self.selected_id(), self.case_id
        if doc_id is not None and case_id is not None:
            self.details.reread_button.setEnabled(False)
            self.actions.reread(case_id, doc_id)

    def delete_selected(self) -> None:
        doc_id, case_id = self.selected_id(), self.case_id
        if doc_id is not None and case_id is not None:
            title = self.model.row_item(self.model.row_of(doc_id)).title
            self.actions.trash(case_id, doc_id, title)

    def undo_delete(self) -> None:
        if self.last_deleted is not None and self.case_id is not None:
            self.actions.restore(self.case_id, self.last_deleted)

    def _trashed(self, doc_id: str) -> None:
        self.last_deleted = doc_id
        self.undo_button.setVisible(True)

    def _restored(self, doc_id: str) -> None:
        self.last_deleted = None
        self.undo_button.setVisible(False)
        self.reload(select=doc_id)

    def _run(self, job: Callable[[Progress], Any], on_success: Callable[[Any], None]) -> None:
        self.context.runner.start(job, on_success, self._failed, owner=self)

    def _failed(self, message: str) -> None:
        self.details.reread_button.setEnabled(True)
        self.message.setText(message)
