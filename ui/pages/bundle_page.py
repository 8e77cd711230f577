"""The Bundle page: choose and order the documents, watch the page budget, make the PDF.

Everything heavy (reading page counts, converting Word files, writing the PDF, checking
the council's bundle) runs on the task runner with progress and Cancel.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.export.bundle.budget import BudgetLine
from ehcp_appeal.export.bundle.rules import load_rules
from ehcp_appeal.export.bundle.selection import Selection
from ehcp_appeal.progress import Progress
from ehcp_appeal.services import bundle, bundle_check, cases, evidence
from ehcp_appeal.services.bundle import BadDocumentsError, BundleResult
from ehcp_appeal.services.bundle_check import BundleCheck
from ui.context import AppContext
from ui.file_names import suggested_file_name
from ui.tasks import Job, Task
from ui.widgets.budget_panel import BudgetPanel
from ui.widgets.bundle_tree import BundleTree
from ui.widgets.document_preview import DocumentPreview
from ui.widgets.page_header import PageHeader


class BundlePage(QWidget):
    document_requested = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.case_id: str | None = None
        self.case_name = ""
        self.task: Task | None = None
        self.profiles = load_rules().profiles
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(
            PageHeader(
                "Tribunal bundle",
                "One PDF of the case's documents with a cover, a linked index, bookmarks and "
                "a page number stamped on every page. Tick or untick documents, move them with "
                "Alt+Up and Alt+Down or by dragging, and watch the page limits on the right.",
            )
        )
        top = QHBoxLayout()
        profile_label = QLabel("Bundle &type:")
        self.profile_box = QComboBox()
        for profile in self.profiles:
            self.profile_box.addItem(profile.title, profile.id)
        self.profile_box.setAccessibleName("Which bundle to make")
        profile_label.setBuddy(self.profile_box)
        self.profile_about = QLabel(self.profiles[0].about)
        self.profile_about.setWordWrap(True)
        self.profile_about.setObjectName("pageIntro")
        top.addWidget(profile_label)
        top.addWidget(self.profile_box)
        top.addWidget(self.profile_about, 1)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = BundleTree()
        left_layout.addWidget(self.tree, 1)
        moves = QHBoxLayout()
        self.up_button = QPushButton("Move &up")
        self.down_button = QPushButton("Move &down")
        self.reset_button = QPushButton("&Reset to date order")
        for button, name in (
            (self.up_button, "Move the chosen document up"),
            (self.down_button, "Move the chosen document down"),
            (self.reset_button, "Put every document back in its section, in date order"),
        ):
            button.setAccessibleName(name)
            moves.addWidget(button)
        moves.addStretch(1)
        left_layout.addLayout(moves)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.budget = BudgetPanel()
        budget_scroll = QScrollArea()
        budget_scroll.setWidgetResizable(True)
        budget_scroll.setWidget(self.budget)
        budget_scroll.setMinimumHeight(160)
        right_layout.addWidget(budget_scroll, 1)
        self.preview = DocumentPreview()
        right_layout.addWidget(self.preview, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        actions = QHBoxLayout()
        self.make_button = QPushButton("&Make bundle…")
        self.make_button.setObjectName("primary")
        self.make_button.setAccessibleName("Make the bundle PDF")
        self.check_button = QPushButton("Check council's &bundle…")
        self.check_button.setAccessibleName(
            "Check the bundle the council sent for each of the family's documents"
        )
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress")
        self.progress.setVisible(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setVisible(False)
        self.working_document_box = QCheckBox("With a new &working document")
        self.working_document_box.setAccessibleName(
            "Write the next working document version from the amendments and add it to the "
            "core documents"
        )
        actions.addWidget(self.working_document_box)
        actions.addWidget(self.make_button)
        actions.addWidget(self.check_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Bundle messages")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        self.tree.arrangement_changed.connect(self._save_arrangement)
        self.tree.inclusion_changed.connect(self._save_inclusion)
        self.tree.currentItemChanged.connect(self._show_preview)
        self.tree.itemActivated.connect(self._open_document)
        self.up_button.clicked.connect(self._move_up)
        self.down_button.clicked.connect(self._move_down)
        self.reset_button.clicked.connect(self._reset)
        self.make_button.clicked.connect(self.make_bundle)
        self.check_button.clicked.connect(self.check_council_bundle)
        self.cancel_button.clicked.connect(self._cancel)
        context.events.documents_changed.connect(self._case_changed)
        context.events.case_saved.connect(self._case_changed)
        self._set_enabled(False)

    @property
    def profile_id(self) -> str:
        return str(self.profile_box.currentData())

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self.message.setText("")
        self.preview.clear()
        self.reload()

    def _case_changed(self, case_id: str) -> None:
        if case_id == self.case_id:
            self.reload()

    def _profile_changed(self) -> None:
        self.profile_about.setText(self.profiles[self.profile_box.currentIndex()].about)
        self.reload()

    def reload(self) -> None:
        case_id, profile_id = self.case_id, self.profile_id
        if case_id is None:
            self.tree.clear()
            self._set_enabled(False)
            return
        db = self.context.db

        def job(_progress: object) -> tuple[str, Selection, list[BudgetLine]]:
            return (
                cases.get_case(db, case_id).name,
                bundle.selection(db, case_id, profile_id),
                bundle.budget(db, case_id, profile_id),
            )

        def loaded(result: tuple[str, Selection, list[BudgetLine]]) -> None:
            if (case_id, profile_id) != (self.case_id, self.profile_id):
                return
            self.case_name, chosen, lines = result
            self.tree.fill(chosen, {})
            self.budget.show_lines(lines)
            has_documents = bool(chosen.included_items())
            self._set_enabled(has_documents)
            if not any(section.items for section in chosen.sections):
                self.message.setText(
                    "No documents for this bundle yet: import them on the Evidence page."
                )

        self.context.runner.start(job, loaded, self.message.setText, owner=self)

    def _set_enabled(self, has_documents: bool) -> None:
        busy = self.task is not None
        for widget in (self.up_button, self.down_button, self.reset_button, self.profile_box):
            widget.setEnabled(not busy and self.case_id is not None)
        self.make_button.setEnabled(not busy and has_documents)
        self.check_button.setEnabled(not busy and self.case_id is not None)

    def _save_arrangement(self, arrangement: list[tuple[str, list[str]]]) -> None:
        case_id, profile_id = self.case_id, self.profile_id
        if case_id is None:
            return
        db = self.context.db
        self.context.runner.start(
            lambda _p: bundle.set_order(db, case_id, profile_id, arrangement),
            lambda _r: self.reload(),
            self.message.setText,
            owner=self,
        )

    def _save_inclusion(self, document_id: str, included: bool) -> None:
        case_id, profile_id = self.case_id, self.profile_id
        if case_id is None:
            return
        db = self.context.db
        self.context.runner.start(
            lambda _p: bundle.set_included(db, case_id, profile_id, document_id, included),
            lambda _r: self.reload(),
            self.message.setText,
            owner=self,
        )

    def _move_up(self) -> None:
        self.tree.move_current(-1)

    def _move_down(self) -> None:
        self.tree.move_current(1)

    def _reset(self) -> None:
        case_id, profile_id = self.case_id, self.profile_id
        if case_id is None:
            return
        answer = QMessageBox.question(
            self,
            "Reset the bundle?",
            "Put every document back in its usual section in date order, and include them "
            "all again? Your own order for this bundle type is forgotten.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.context.db
        self.context.runner.start(
            lambda _p: bundle.reset(db, case_id, profile_id),
            lambda _r: self.reload(),
            self.message.setText,
            owner=self,
        )

    def _show_preview(self) -> None:
        document_id = self.tree.current_document_id()
        if document_id is None:
            self.preview.clear()
            return
        db = self.context.db
        self.context.runner.start(
            lambda _p: evidence.render_preview_pdf(db, document_id),
            self._preview_loaded(document_id),
            self.preview.show_message,
            owner=self,
        )

    def _preview_loaded(self, document_id: str) -> Callable[[bytes], None]:
        def show(data: bytes) -> None:
            if self.tree.current_document_id() == document_id:
                self.preview.show_pdf(data)

        return show

    def _open_document(self) -> None:
        document_id = self.tree.current_document_id()
        if document_id is not None:
            self.document_requested.emit(document_id, 1)

    def _run(self, job: Job, done: Callable[[Any], None], label: str) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(True)
        self.message.setText(label)

        def progressed(step: int, total: int, text: str) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(step)
            self.progress.setFormat(text or "%p%")

        def finished() -> None:
            self.task = None
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)
            self._set_enabled(True)

        def failed(message: str) -> None:
            finished()
            self.message.setText(message)

        def succeeded(result: object) -> None:
            finished()
            done(result)

        self.task = self.context.runner.start(job, succeeded, failed, progressed, owner=self)
        self.task.signals.cancelled.connect(lambda: failed("Stopped; nothing was written."))
        self._set_enabled(True)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def make_bundle(self, out: Path | None = None, skip_bad: bool = False) -> None:
        case_id, profile_id = self.case_id, self.profile_id
        if case_id is None:
            return
        if out is None:
            title = self.profile_box.currentText()
            suggested = str(Path.home() / suggested_file_name(title, self.case_name, ".pdf"))
            name, _ = QFileDialog.getSaveFileName(self, "Save the bundle", suggested, "PDF (*.pdf)")
            if not name:
                return
            out = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
        db = self.context.db
        target = out
        with_working_document = self.working_document_box.isChecked()

        def job(progress: Progress) -> BundleResult | BadDocumentsError:
            try:
                return bundle.build_bundle(
                    db,
                    case_id,
                    target,
                    profile_id,
                    new_working_document=with_working_document,
                    skip_bad=skip_bad,
                    progress=progress,
                )
            except BadDocumentsError as error:  # asked about on the GUI thread
                return error

        def made(result: BundleResult | BadDocumentsError) -> None:
            if isinstance(result, BadDocumentsError):
                self._ask_to_skip(result, target)
                return
            converters = ", ".join(sorted({d.converter for d in result.bundle.documents}))
            text = (
                f"Saved version {result.version} to {target}: {result.bundle.total_pages} pages "
                f"({len(result.bundle.documents)} documents). Pages made by: {converters}."
            )
            if result.left_out:
                text += " Left out: " + "; ".join(
                    f"{bad.document.title} ({bad.reason})" for bad in result.left_out
                )
            self.message.setText(text)

        self._run(job, made, "Making the bundle…")

    def _ask_to_skip(self, error: BadDocumentsError, out: Path) -> None:
        names = "\n".join(f"• {bad.document.title}: {bad.reason}" for bad in error.bad)
        answer = QMessageBox.question(
            self,
            "Some documents cannot be added",
            f"These documents could not be turned into bundle pages:\n{names}\n\n"
            "Make the bundle without them? The index will say they were left out. "
            "(Or choose No, then replace them on the Evidence page.)",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.make_bundle(out, skip_bad=True)
        else:
            self.message.setText("Nothing was written. " + error.message.split(" Replace")[0])

    def check_council_bundle(self, path: Path | None = None) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "The bundle the council sent", str(Path.home()), "PDF (*.pdf)"
            )
            if not name:
                return
            path = Path(name)
        db = self.context.db
        source = path

        def job(progress: Progress) -> BundleCheck:
            return bundle_check.check_council_bundle(db, case_id, source, progress)

        self._run(
            job,
            lambda report: self.message.setText(report.summary()),
            "Reading the council's bundle…",
        )
