"""The amendments page: the changes asked for in sections B, F and I, and the papers from them.

A list of the case's amendments with a form to add, change or delete one (deletion can be
undone), the plan's wording beside the proposed wording shown exactly as it will print
(bold, italic, underline, strikethrough: the tribunal's key), and buttons that write the
working document and the reasons for appeal, or import the council's own document. All
database and file work runs on the task runner so the window never freezes.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.progress import Progress
from ehcp_appeal.services import amendments as service
from ehcp_appeal.services import working_documents
from ui.context import AppContext
from ui.pages.amendment_rows import PageData, label, load_page_data
from ui.widgets.amendment_form import AmendmentForm
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.markup_view import MarkupView
from ui.widgets.page_header import PageHeader

SIDE_BY_SIDE_WIDTH = 900  # below this the list and the form stack, as do the two views
KEY_TEXT = (
    "How it prints (the tribunal's key): normal = the plan's wording; bold = your additions; "
    "bold struck through = your deletions; italic = the council's changes; underlined = "
    "agreed by both. Each change's evidence becomes a footnote."
)


class AmendmentsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.case_id: str | None = None
        self.data: PageData | None = None
        self.last_deleted: service.AmendmentInfo | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(
            PageHeader(
                "Amendments",
                "The changes you ask for in sections B, F and I, each with its evidence. "
                "Drafts come from the plan check findings you accepted; change any wording "
                "before you use it. Nothing is sent anywhere from here.",
            )
        )
        layout.addLayout(self._edit_bar())
        top = self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setAccessibleName("Amendments")
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(160)
        self.form = AmendmentForm()
        top.addWidget(self.list)
        top.addWidget(self.form)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        key = QLabel(KEY_TEXT)
        key.setWordWrap(True)
        key.setAccessibleName("Key to the type styles")
        previews = self.preview_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.original_view = MarkupView("The plan's wording")
        self.proposed_view = MarkupView("Proposed wording as it will print")
        previews.addWidget(self._titled("The plan's wording", self.original_view))
        previews.addWidget(self._titled("Proposed wording, as it will print", self.proposed_view))
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(top)
        body.addWidget(previews)
        body.setSizes([300, 420])
        layout.addWidget(body, 1)
        layout.addWidget(key)
        layout.addLayout(self._export_bar())
        self.list.currentRowChanged.connect(self._selected)
        context.events.analysis_changed.connect(self._changed_elsewhere)
        self._update_actions()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when there is room; one above the other on a small screen."""
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        self.top_splitter.setOrientation(orientation)
        self.preview_splitter.setOrientation(orientation)

    @staticmethod
    def _titled(title: str, view: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setBuddy(view)
        column.addWidget(label)
        column.addWidget(view, 1)
        return box

    def _edit_bar(self) -> FlowLayout:
        bar = FlowLayout()
        self.draft_button = QPushButton("Draft from &accepted findings")
        self.draft_button.setAccessibleName("Draft amendments from the accepted findings")
        self.new_button = QPushButton("&New")
        self.new_button.setAccessibleName("Start a new amendment")
        self.save_button = QPushButton("&Save")
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName("Save the amendment")
        self.delete_button = QPushButton("&Delete")
        self.delete_button.setAccessibleName("Delete the selected amendment")
        self.undo_button = QPushButton("&Undo delete")
        self.undo_button.setAccessibleName("Undo the deletion")
        self.undo_button.setVisible(False)
        for button in (self.draft_button, self.new_button, self.save_button, self.delete_button):
            bar.addWidget(button)
        bar.addWidget(self.undo_button)
        self.draft_button.clicked.connect(self.draft_from_findings)
        self.new_button.clicked.connect(self.new_amendment)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        return bar

    def _export_bar(self) -> FlowLayout:
        bar = FlowLayout()
        self.import_button = QPushButton("&Import council's document…")
        self.import_button.setAccessibleName("Import the council's Word working document")
        self.wd_button = QPushButton("Write &working document…")
        self.wd_button.setAccessibleName("Write the working document as a Word file")
        self.reasons_button = QPushButton("Write r&easons for appeal…")
        self.reasons_button.setAccessibleName("Write the reasons for appeal as a Word file")
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Amendments messages")
        for button in (self.import_button, self.wd_button, self.reasons_button):
            bar.addWidget(button)
        bar.addWidget(self.message, 1)
        self.import_button.clicked.connect(self._ask_import)
        self.wd_button.clicked.connect(self._ask_working_document)
        self.reasons_button.clicked.connect(self._ask_reasons)
        return bar

    # Loading

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self.data = None
        self.last_deleted = None
        self.undo_button.setVisible(False)
        self.message.setText("")
        self.list.clear()
        self.form.clear()
        self.original_view.show_markup(None)
        self.proposed_view.show_markup(None)
        self._update_actions()
        self.reload()

    def reload(self, select: int | None = None) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        db = self.context.db
        self._run(lambda _p: load_page_data(db, case_id), lambda data: self._loaded(data, select))

    def _loaded(self, data: PageData, select: int | None) -> None:
        self.data = data
        self.form.set_documents(list(data.documents))
        self.list.blockSignals(True)
        self.list.clear()
        for amendment in data.amendments:
            item = QListWidgetItem(label(amendment))
            item.setData(Qt.ItemDataRole.UserRole, amendment.id)
            item.setToolTip(amendment.proposed_text or amendment.original_text)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.original_view.show_markup(data.markup, original_only=True)
        self.proposed_view.show_markup(data.markup)
        if data.problem:
            self.message.setText(data.problem)
        elif data.markup is not None and data.markup.unplaced:
            self.message.setText(" ".join(data.markup.unplaced))
        elif not data.amendments and not self.message.text():
            self.message.setText(
                "No amendments yet: accept findings in the plan check and press Draft from "
                "accepted findings, or write a change in the form and press Save."
            )
        ids = [a.id for a in data.amendments]
        if select in ids:
            self.list.setCurrentRow(ids.index(select))
        elif not data.amendments:
            self.form.clear()
        self._update_actions()

    def _changed_elsewhere(self, case_id: str) -> None:
        if case_id == self.case_id:
            self.reload()

    # Actions

    def selected(self) -> service.AmendmentInfo | None:
        row = self.list.currentRow()
        if self.data is None or not 0 <= row < len(self.data.amendments):
            return None
        return self.data.amendments[row]

    def _selected(self, _row: int) -> None:
        amendment = self.selected()
        if amendment is not None:
            self.form.show_amendment(amendment)
        self._update_actions()

    def new_amendment(self) -> None:
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.form.clear()
        self.form.original.setFocus()
        self._update_actions()

    def save(self) -> None:
        case_id, current, values = self.case_id, self.selected(), self.form.values()
        if case_id is None:
            return
        db = self.context.db

        def job(_progress: Progress) -> service.AmendmentInfo:
            if current is not None:
                return service.edit_amendment(db, current.id, current.version, **values)
            return service.add_amendment(
                db,
                case_id,
                str(values.pop("section")),
                str(values.pop("action")),
                **values,  # type: ignore[arg-type]
            )

        self._run(job, lambda made: self._done(f"Saved amendment {made.id}.", made.id))

    def delete_selected(self) -> None:
        current = self.selected()
        if current is None:
            return
        db = self.context.db

        def done(gone: service.AmendmentInfo) -> None:
            self.last_deleted = gone
            self.undo_button.setVisible(True)
            self._done("Deleted the amendment. Press Undo delete to bring it back.", None)

        self._run(lambda _p: service.delete_amendment(db, current.id), done)

    def undo_delete(self) -> None:
        gone = self.last_deleted
        if gone is None:
            return
        db = self.context.db

        def done(back: service.AmendmentInfo) -> None:
            self.last_deleted = None
            self.undo_button.setVisible(False)
            self._done("Brought the amendment back.", back.id)

        self._run(lambda _p: service.restore_amendment(db, gone), done)

    def draft_from_findings(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        db = self.context.db

        def done(added: list[service.AmendmentInfo]) -> None:
            text = (
                f"Drafted {len(added)} amendments from the accepted findings: check each one."
                if added
                else "No accepted findings without an amendment. Accept findings in the plan check."
            )
            self._done(text, added[0].id if added else None)

        self._run(lambda _p: service.draft_from_accepted(db, case_id), done)

    def write_working_document(self, path: Path) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        db = self.context.db

        def job(progress: Progress) -> working_documents.WrittenDocument:
            return working_documents.write_working_document(db, case_id, path, progress=progress)

        def done(written: working_documents.WrittenDocument) -> None:
            warning = " It is over the 25-page limit." if written.pages.over_limit else ""
            self.message.setText(
                f"Saved WD{written.version} to {written.path}: {written.pages.describe()}.{warning}"
            )

        self.wd_button.setEnabled(False)
        self._run(job, done)

    def write_reasons(self, path: Path) -> None:
        from ehcp_appeal.export.appeal_reasons import write_reasons

        case_id = self.case_id
        if case_id is None:
            return
        db = self.context.db
        self._run(
            lambda _p: write_reasons(db, case_id, path),
            lambda grounds: self.message.setText(
                f"Saved the reasons for appeal to {path} "
                f"({sum(len(g.points) for g in grounds)} points). Edit them before sending."
            ),
        )

    def import_council(self, path: Path) -> None:
        from ehcp_appeal.services.council_import import import_council_document

        case_id = self.case_id
        if case_id is None:
            return
        db = self.context.db

        def done(summary: Any) -> None:
            self._done(
                f"Imported {path.name}: {summary.council} council changes (italic), "
                f"{summary.parent} of yours, {summary.agreed} agreed.",
                None,
            )

        self._run(lambda _p: import_council_document(db, case_id, path), done)

    def _ask_working_document(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the working document", "working-document.docx", "Word document (*.docx)"
        )
        if name:
            self.write_working_document(Path(name))

    def _ask_reasons(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the reasons for appeal", "reasons-for-appeal.docx", "Word document (*.docx)"
        )
        if name:
            self.write_reasons(Path(name))

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "The council's working document", "", "Word document (*.docx)"
        )
        if name:
            self.import_council(Path(name))

    # Helpers

    def _done(self, text: str, select: int | None) -> None:
        self.message.setText(text)
        self.reload(select=select)

    def _update_actions(self) -> None:
        has_case = self.case_id is not None
        has_plan = self.data is not None and self.data.markup is not None
        for widget in (self.draft_button, self.new_button, self.save_button, self.import_button):
            widget.setEnabled(has_case)
        self.delete_button.setEnabled(self.selected() is not None)
        self.wd_button.setEnabled(has_plan)
        self.reasons_button.setEnabled(has_case)

    def _run(self, job: Callable[[Progress], Any], on_success: Callable[[Any], None]) -> None:
        self.context.runner.start(job, on_success, self._failed, owner=self)

    def _failed(self, message: str) -> None:
        self.message.setText(message)
        self._update_actions()
