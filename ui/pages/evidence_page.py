"""The Evidence page: a case's documents to sort, filter, search, preview, correct and import.

All database, file and rendering work runs on the context's task runner, so a forty-file
import or a slow preview never freezes the window; results that arrive after the user
has moved to another case are dropped.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.domain import DIRECTIONS, DOCUMENT_KINDS
from ehcp_appeal.ingest import SUPPORTED_DESCRIPTION
from ehcp_appeal.progress import Progress
from ehcp_appeal.services import evidence, search
from ehcp_appeal.services.evidence import DocumentInfo, ImportReport
from ui.context import AppContext
from ui.models.documents_model import DocumentsFilter, DocumentsTableModel
from ui.tasks import Task
from ui.widgets.document_preview import DocumentPreview
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.page_header import PageHeader

FILE_FILTER = "Evidence (*.pdf *.docx *.txt *.eml *.jpg *.jpeg *.png);;All files (*)"
SEARCH_DELAY_MS = 300

COLUMN_WIDTHS = {
    DocumentsTableModel.TITLE: 215,
    DocumentsTableModel.KIND: 150,
    DocumentsTableModel.DATE: 105,
    DocumentsTableModel.AUTHOR: 140,
    DocumentsTableModel.PAGES: 55,
    DocumentsTableModel.TEXT: 80,
}


def import_summary(report: ImportReport) -> str:
    """One short paragraph a parent can read at a glance; details follow line by line."""
    parts = [f"Imported {len(report.imported)} document{'s' * (len(report.imported) != 1)}."]
    if report.duplicates:
        parts.append(f"{len(report.duplicates)} already in this case.")
    if report.failures:
        parts.append(f"{len(report.failures)} could not be imported:")
    if report.cancelled:
        parts.append("Stopped at your request; the documents imported so far are kept.")
    lines = [" ".join(parts)]
    lines += [f"• {Path(f.file).name}: {f.message}" for f in report.failures]
    return "\n".join(lines)


class EvidencePage(QWidget):
    """Shows the current case's documents; see the module docstring for what it offers."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.case_id: str | None = None
        self.import_task: Task | None = None
        self.last_deleted: str | None = None
        self._hit_pages: dict[str, int] = {}
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
        layout.addLayout(self._build_toolbar())
        layout.addLayout(self._build_message_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list_side())
        splitter.addWidget(self._build_detail_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 340])
        layout.addWidget(splitter, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.run_search)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        context.events.documents_changed.connect(self._documents_changed)
        self._update_actions()

    # Building

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText('Search the words of every document: "phrase", assess*')
        self.search_edit.setAccessibleName("Search the documents' text")
        self.search_edit.setClearButtonEnabled(True)
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
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.filter_edit, 2)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.import_button)
        self.import_button.clicked.connect(self._ask_files)
        return bar

    def _build_message_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Import progress")
        self.progress.setVisible(False)
        self.cancel_button = QPushButton("&Cancel import")
        self.cancel_button.setVisible(False)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Evidence messages")
        self.undo_button = QPushButton("&Undo")
        self.undo_button.setAccessibleName("Undo the deletion")
        self.undo_button.setVisible(False)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.message, 3)
        bar.addWidget(self.undo_button)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.undo_button.clicked.connect(self.undo_delete)
        return bar

    def _build_list_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.model = DocumentsTableModel()
        self.proxy = DocumentsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Documents of the case")
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(50)
        for section, width in COLUMN_WIDTHS.items():
            header.resizeSection(section, width)
        # Direction is in the details form; the list keeps to what a parent scans for.
        self.table.setColumnHidden(DocumentsTableModel.DIRECTION, True)
        self.table.setWordWrap(False)
        self.table.sortByColumn(DocumentsTableModel.DATE, Qt.SortOrder.AscendingOrder)
        self.hits = QListWidget()
        self.hits.setAccessibleName("Search results")
        self.hits.setWordWrap(True)
        self.hits.setVisible(False)
        column.addWidget(self.table, 3)
        column.addWidget(self.hits, 2)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.kind_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_kind(str(self.kind_combo.currentData()))
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.hits.itemActivated.connect(self._hit_chosen)
        self.hits.itemClicked.connect(self._hit_chosen)
        return side

    def _build_detail_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.preview = DocumentPreview()
        column.addWidget(self.preview, 3)
        box = QGroupBox("Details")
        form = QFormLayout(box)
        self.title_edit = QLineEdit()
        self.kind_edit = QComboBox()
        for key, label in DOCUMENT_KINDS.items():
            self.kind_edit.addItem(label, key)
        self.date_edit = OptionalDateEdit("Document date")
        self.author_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.direction_edit = QComboBox()
        self.direction_edit.addItem("Not a letter or e-mail", "")
        for key, label in DIRECTIONS.items():
            self.direction_edit.addItem(label, key)
        for label, widget in (
            ("&Title", self.title_edit),
            ("&Kind", self.kind_edit),
            ("Da&te", self.date_edit),
            ("&Author", self.author_edit),
            ("&Role", self.role_edit),
            ("&From / to", self.direction_edit),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        self.save_button = QPushButton("&Save details")
        self.delete_button = QPushButton("&Delete")
        self.delete_button.setAccessibleName("Move the document to the trash")
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)
        column.addWidget(box)
        self.details_box = box
        self.save_button.clicked.connect(self.save_details)
        self.delete_button.clicked.connect(self.delete_selected)
        return side

    # Loading

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self.last_deleted = None
        self.undo_button.setVisible(False)
        self.message.setText("")
        self.model.set_rows([])
        self._clear_search()
        self.preview.clear()
        self._update_actions()
        self.reload()

    def reload(self, select: str | None = None) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def loaded(rows: list[DocumentInfo]) -> None:
            if case_id == self.case_id:
                self._show_rows(rows, select)

        self._run(lambda _p: evidence.list_documents(self.context.db, case_id), loaded)

    def _show_rows(self, rows: list[DocumentInfo], select: str | None) -> None:
        keep = select or self.selected_id()
        self.model.set_rows(rows)
        if not rows:
            self.message.setText(
                self.message.text() or "No documents yet: import files or drag them here."
            )
        if keep:
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

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._update_actions()
        doc_id = self.selected_id()
        if doc_id is None:
            self.preview.clear()
            return
        doc = self.model.document(self.model.row_of(doc_id))
        self._fill_form(doc)
        self._show_preview(doc_id, self._hit_pages.get(doc_id, 1))

    def _show_preview(self, doc_id: str, page: int) -> None:
        self.preview.show_message("Opening…")

        def shown(data: bytes) -> None:
            if self.selected_id() == doc_id:
                self.preview.show_pdf(data, page)

        self._run(lambda _p: evidence.render_preview_pdf(self.context.db, doc_id), shown)

    def _fill_form(self, doc: DocumentInfo) -> None:
        self.title_edit.setText(doc.title)
        self.kind_edit.setCurrentIndex(max(0, self.kind_edit.findData(doc.kind)))
        self.date_edit.set_value(doc.date)
        self.author_edit.setText(doc.author)
        self.role_edit.setText(doc.author_role)
        self.direction_edit.setCurrentIndex(max(0, self.direction_edit.findData(doc.direction)))

    def _update_actions(self) -> None:
        has_case = self.case_id is not None
        has_doc = self.selected_id() is not None
        importing = self.import_task is not None
        self.import_button.setEnabled(has_case and not importing)
        self.save_button.setEnabled(has_doc)
        self.details_box.setEnabled(has_doc)
        self.delete_button.setEnabled(has_doc)
        self.search_edit.setEnabled(has_case)

    # Search

    def run_search(self) -> None:
        self._search_timer.stop()
        case_id, query = self.case_id, self.search_edit.text().strip()
        if case_id is None or not query:
            self._clear_search()
            return

        def found(hits: list[search.SearchHit]) -> None:
            if case_id == self.case_id and query == self.search_edit.text().strip():
                self._show_hits(hits)

        self._run(lambda _p: search.search(self.context.db, query, case_id), found)

    def _show_hits(self, hits: list[search.SearchHit]) -> None:
        self.hits.clear()
        self._hit_pages = {}
        for hit in hits:
            self._hit_pages.setdefault(hit.document, hit.page)
            snippet = hit.snippet.replace(search.HIT_START, "«").replace(search.HIT_END, "»")
            item = QListWidgetItem(f"{hit.title}, page {hit.page}\n{snippet}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.document, hit.page))
            self.hits.addItem(item)
        if not hits:
            self.hits.addItem(QListWidgetItem("No document contains those words."))
        self.hits.setVisible(True)
        self.proxy.set_only_documents(frozenset(self._hit_pages))

    def _clear_search(self) -> None:
        self.hits.clear()
        self.hits.setVisible(False)
        self._hit_pages = {}
        self.proxy.set_only_documents(None)

    def _hit_chosen(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        doc_id, page = target
        if self.selected_id() == doc_id and self.preview.document.pageCount() > 0:
            self.preview.go_to_page(page)
            return
        self._hit_pages[doc_id] = page
        self.select_document(doc_id)

    # Import

    def _ask_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Import evidence", "", FILE_FILTER)
        if names:
            self.import_paths([Path(name) for name in names])

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
        case_id = self.case_id
        if case_id is None or self.import_task is not None:
            return
        self.progress.setRange(0, max(1, len(paths)))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.message.setText("Importing…")

        def done(report: ImportReport) -> None:
            self.message.setText(import_summary(report))
            if report.imported:
                self.context.events.documents_changed.emit(case_id)
                if case_id == self.case_id:
                    self.reload(select=report.imported[0].id)

        def step(done_count: int, total: int, name: str) -> None:
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done_count)
            if name:
                self.message.setText(f"Reading {name} ({done_count + 1} of {total})…")

        self.import_task = self.context.runner.start(
            lambda progress: evidence.import_files(
                self.context.db, case_id, paths, progress=progress
            ),
            done,
            self._failed,
            step,
            owner=self,
        )
        self.import_task.signals.finished.connect(self._import_finished)
        self._update_actions()

    def cancel_import(self) -> None:
        if self.import_task is not None:
            self.import_task.cancel()
            self.message.setText("Stopping after the current file…")

    def _import_finished(self) -> None:
        self.import_task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._update_actions()

    # Editing and deleting

    def save_details(self) -> None:
        doc_id, case_id = self.selected_id(), self.case_id
        if doc_id is None or case_id is None:
            return
        fields: dict[str, Any] = {
            "title": self.title_edit.text(),
            "kind": self.kind_edit.currentData(),
            "date": self.date_edit.value(),
            "author": self.author_edit.text().strip(),
            "author_role": self.role_edit.text().strip(),
            "direction": self.direction_edit.currentData(),
        }

        def saved(doc: DocumentInfo) -> None:
            self.message.setText(f"Saved the details of '{doc.title}'.")
            self.context.events.documents_changed.emit(case_id)

        self._run(lambda _p: evidence.update_metadata(self.context.db, doc_id, **fields), saved)

    def delete_selected(self) -> None:
        doc_id, case_id = self.selected_id(), self.case_id
        if doc_id is None or case_id is None:
            return
        title = self.model.document(self.model.row_of(doc_id)).title

        def moved(_ids: list[str]) -> None:
            self.last_deleted = doc_id
            self.message.setText(f"Moved '{title}' to the trash.")
            self.undo_button.setVisible(True)
            self.context.events.documents_changed.emit(case_id)

        self._run(lambda _p: evidence.move_to_trash(self.context.db, doc_id), moved)

    def undo_delete(self) -> None:
        doc_id, case_id = self.last_deleted, self.case_id
        if doc_id is None or case_id is None:
            return

        def restored(_ids: list[str]) -> None:
            self.last_deleted = None
            self.undo_button.setVisible(False)
            self.message.setText("The document is back.")
            self.context.events.documents_changed.emit(case_id)
            self.reload(select=doc_id)

        self._run(lambda _p: evidence.restore_from_trash(self.context.db, doc_id), restored)

    # Plumbing

    def _run(self, job: Callable[[Progress], Any], on_success: Callable[[Any], None]) -> None:
        self.context.runner.start(job, on_success, self._failed, owner=self)

    def _failed(self, message: str) -> None:
        self.message.setText(message)
