"""The plan check page: the findings an appeal would raise, grouped, with a detail pane.

Opens on the findings, grouped by kind with counts; the needs and recommendations from
the reports, beside the plan passage that covers them, are the second tab. The detail
pane says in words what a tooltip used to hide and shows the source page with the
sentence highlighted. The user accepts, dismisses, rewords or re-links items, or adds a
need; those decisions are stored and survive a re-run. Database work runs on the runner.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.errors import NotAPlanError
from ehcp_appeal.progress import Progress
from ehcp_appeal.services import analysis as service
from ui.context import AppContext
from ui.dialogs.plan_sections_dialog import PlanSectionsDialog
from ui.models.findings_model import (
    ENTRY_ROLE,
    Entry,
    FindingsModel,
    NeedsModel,
    entry_indexes,
)
from ui.pages.plan_check_dialogs import ask_add_need, ask_edit, ask_relink
from ui.pages.plan_check_follow_ups import accept_and_draft, ask_which_plan_and_check_again
from ui.widgets.finding_detail import FindingDetail
from ui.widgets.page_header import PageHeader
from ui.widgets.row_table import row_table

Pixmap = QStyle.StandardPixmap
STATUS_ICON = {
    "in_b": Pixmap.SP_DialogApplyButton,
    "missing_from_b": Pixmap.SP_MessageBoxWarning,
    "specific": Pixmap.SP_DialogApplyButton,
    "not_specific": Pixmap.SP_MessageBoxWarning,
    "less": Pixmap.SP_MessageBoxWarning,
    "missing_from_f": Pixmap.SP_MessageBoxCritical,
    "wrong_section": Pixmap.SP_MessageBoxWarning,
    "not_educational": Pixmap.SP_MessageBoxInformation,
    "placement": Pixmap.SP_MessageBoxInformation,
    "section_not_found": Pixmap.SP_MessageBoxQuestion,
    "added": Pixmap.SP_FileIcon,
}
FINDINGS_TAB, NEEDS_TAB = 0, 1
SIDE_BY_SIDE_WIDTH = 760
WHY_COLUMN_WIDTH = 900  # below this page width "Why it matters" is left to the detail pane


class PlanCheckPage(QWidget):
    """The plan check of one case: findings, needs beside the plan, and the user's decisions."""

    document_requested = Signal(str, int, str)  # document, page, the sentence to highlight
    amendment_requested = Signal(int)  # the amendment an accepted finding proposed

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.case_id: str | None = None
        self.result: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.addWidget(
            PageHeader(
                "Plan check",
                "Checks the EHC plan against the professional reports: needs left out of "
                "Section B, provision missing, vague or reduced in Section F, and therapy in the "
                "wrong section. Not legal advice: check the findings with an adviser.",
            )
        )
        top = QHBoxLayout()
        self.run_button = QPushButton("&Check the plan")
        self.run_button.setObjectName("primary")
        self.run_button.setAccessibleName("Check the plan against the reports")
        self.add_button = QPushButton("Add a &need…")
        self.add_button.setAccessibleName("Add a need the reports missed")
        self.summary = QLabel("Choose a case to check its plan.")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary of the plan check")
        self.sections_button = QPushButton("Plan sec&tions…")
        self.sections_button.setAccessibleName(
            "See which heading was taken for each section of the plan, and correct it"
        )
        top.addWidget(self.run_button)
        top.addWidget(self.summary, 1)
        top.addWidget(self.sections_button)
        top.addWidget(self.add_button)
        layout.addLayout(top)

        self.findings_model = FindingsModel(self._decision_icon)
        self.needs_model = NeedsModel(self._status_icon)
        self.findings_view = self._tree(self.findings_model)
        self.needs_view = self._table(self.needs_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.findings_view, "F&indings")
        self.tabs.addTab(self.needs_view, "From the &reports")
        self.detail = FindingDetail(context)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([540, 460])
        self.tabs.setMinimumWidth(260)
        self.detail.setMinimumWidth(300)
        layout.addWidget(splitter, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Result of the last action")
        self.amendment_button = QPushButton("Open its a&mendment")
        self.amendment_button.setAccessibleName("Open the amendment this finding proposes")
        self.amendment_button.setVisible(False)
        self.amendment_id: int | None = None
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.amendment_button)
        layout.addLayout(bottom)

        detail = self.detail
        detail.accept_button.clicked.connect(lambda: self.decide("accepted"))
        detail.dismiss_button.clicked.connect(lambda: self.decide("dismissed"))
        detail.reopen_button.clicked.connect(lambda: self.decide("open"))
        detail.edit_button.clicked.connect(self._ask_edit)
        detail.relink_button.clicked.connect(self._ask_relink)
        detail.open_button.clicked.connect(self.open_selected)
        detail.source.open_requested.connect(self.open_selected)
        self.run_button.clicked.connect(self.run_check)
        self.sections_button.clicked.connect(self._ask_sections)
        self.amendment_button.clicked.connect(self._open_amendment)
        self.add_button.clicked.connect(self._ask_add_need)
        self.tabs.currentChanged.connect(lambda _i: self._selection_changed())
        context.events.analysis_changed.connect(self._changed_elsewhere)
        context.events.documents_changed.connect(self._documents_changed)
        self._selection_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The detail pane goes below the list when the two will not fit side by side."""
        super().resizeEvent(event)
        width = event.size().width()
        wide = width >= SIDE_BY_SIDE_WIDTH
        self.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        # Beside the detail pane, which says the same at length, a third column would
        # leave each a few letters wide.
        self.findings_view.setColumnHidden(1, wide and width < WHY_COLUMN_WIDTH)

    def _tree(self, model: FindingsModel) -> QTreeView:
        view = QTreeView()
        view.setModel(model)
        view.setAccessibleName("Findings to raise in the appeal, grouped by kind")
        view.setAlternatingRowColors(True)
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._watch(view)
        return view

    def _table(self, model: NeedsModel) -> QTableView:
        view = row_table(model, "Needs and recommendations from the reports")
        view.setWordWrap(True)
        # Whole sentences matter here: rows grow to show the wrapped text.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self._watch(view)
        return view

    def _watch(self, view: QTreeView | QTableView) -> None:
        view.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        view.doubleClicked.connect(lambda _i: self.open_selected())

    # Loading

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self._show(None)
        if case_id is not None:
            self.reload()

    def reload(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        self._run(lambda _p: service.get_case_analysis(self.context.db, case_id), self._show)

    def run_check(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        self.summary.setText("Checking the plan against the reports…")
        self.run_button.setEnabled(False)
        db = self.context.db

        def job(progress: Progress) -> dict[str, Any] | NotAPlanError:
            try:
                return service.run_case_analysis(db, case_id, progress)
            except NotAPlanError as error:  # asked about on the GUI thread
                return error

        self._run(job, self._checked, progress=lambda done, total, text: self.summary.setText(text))

    def _checked(self, result: dict[str, Any] | NotAPlanError) -> None:
        if isinstance(result, NotAPlanError):
            ask_which_plan_and_check_again(self, result)
            return
        self._show(result)
        if self.case_id:
            self.context.events.analysis_changed.emit(self.case_id)

    def _show(self, result: dict[str, Any] | None) -> None:
        keep = self.selected()
        self.result = result
        self.needs_model.set_rows(list(result["needs"]) if result else [])
        self.findings_model.set_result(result)
        for row in range(self.findings_model.rowCount()):  # group headers span the row
            self.findings_view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.findings_view.expandAll()
        if self.case_id is None:
            self.summary.setText("Choose a case to check its plan.")
        elif result is None:
            self.summary.setText(
                "Not checked yet. Import the plan and the reports, then press Check the plan."
            )
        else:
            self.summary.setText(_summary(result))
            reading = result.get("reading") or {}
            if reading.get("status", "read") != "read":
                self.message.setText(
                    f"{reading['message']} Use Plan sections to say which heading it is."
                )
            skipped = result.get("skipped") or []
            if skipped:
                names = ", ".join(entry["document"] for entry in skipped)
                self.message.setText(
                    f"Not checked, because no words could be read from them: {names}. "
                    "A clearer scan or the original file will let the check include them."
                )
        self.run_button.setEnabled(self.case_id is not None)
        self.add_button.setEnabled(self.case_id is not None)
        self.sections_button.setEnabled(result is not None)
        if keep is None or not self._reselect(keep["item_key"]):
            self._select_first()
        self._selection_changed()

    def _changed_elsewhere(self, case_id: str) -> None:
        if case_id == self.case_id:
            self.reload()

    def _documents_changed(self, case_id: str) -> None:
        if case_id == self.case_id and self.result is not None:
            self.message.setText("The evidence has changed: press Check the plan to update.")

    # The selected item

    def selected(self) -> Entry | None:
        view = self.tabs.currentWidget()
        if not isinstance(view, QTreeView | QTableView):
            return None
        index = view.selectionModel().currentIndex()
        if not view.selectionModel().isSelected(index):
            rows = view.selectionModel().selectedRows()
            index = rows[0] if rows else QModelIndex()
        entry = index.siblingAtColumn(0).data(ENTRY_ROLE) if index.isValid() else None
        return entry if isinstance(entry, dict) else None

    def select_item(self, tab: int, text: str) -> bool:
        """Select the item whose sentence is ``text`` on ``tab``; False if there is none."""
        self.tabs.setCurrentIndex(tab)
        view = self.tabs.currentWidget()
        assert isinstance(view, QTreeView | QTableView)
        for index in entry_indexes(view.model()):
            if index.data(ENTRY_ROLE).get("text") == text:
                view.setCurrentIndex(index)
                return True
        return False

    def _reselect(self, key: str) -> bool:
        view = self.tabs.currentWidget()
        assert isinstance(view, QTreeView | QTableView)
        for index in entry_indexes(view.model()):
            if index.data(ENTRY_ROLE).get("item_key") == key:
                view.setCurrentIndex(index)
                return True
        return False

    def _select_first(self) -> None:
        """Show a real finding in the detail pane rather than an empty one."""
        view = self.tabs.currentWidget()
        assert isinstance(view, QTreeView | QTableView)
        indexes = entry_indexes(view.model())
        if indexes:
            view.setCurrentIndex(indexes[0])

    def _selection_changed(self) -> None:
        self.detail.show_entry(self.selected(), self.result)

    def decide(self, status: str, edited_text: str | None = None) -> None:
        entry, case_id = self.selected(), self.case_id
        if entry is None or case_id is None:
            return
        key, db = entry["item_key"], self.context.db
        if status == "accepted":
            accept_and_draft(self, key, edited_text)
        else:
            self._save(lambda: service.set_decision(db, case_id, key, status, edited_text))

    def _open_amendment(self) -> None:
        if self.amendment_id is not None:
            self.amendment_requested.emit(self.amendment_id)

    def _ask_sections(self) -> None:
        if self.case_id is not None:
            PlanSectionsDialog(self.context, self.case_id, self).exec()

    def relink(self, section: str, text: str) -> None:
        entry, case_id = self.selected(), self.case_id
        if entry is None or case_id is None:
            return
        key = entry["item_key"]
        self._save(lambda: service.relink(self.context.db, case_id, key, section, text))

    def add_need(self, text: str, area: str) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        self._save(lambda: service.add_need(self.context.db, case_id, text, area))

    def open_selected(self) -> None:
        entry = self.selected()
        if entry and entry.get("document_id"):
            words = "" if entry.get("kind") == "section_missing" else str(entry.get("text", ""))
            self.document_requested.emit(entry["document_id"], int(entry.get("page") or 1), words)

    def _save(self, action: Callable[[], object]) -> None:
        case_id = self.case_id

        def job(_progress: object) -> dict[str, Any] | None:
            action()
            return service.get_case_analysis(self.context.db, case_id) if case_id else None

        self._run(job, self._saved)

    def _saved(self, result: dict[str, Any] | None) -> None:
        self._show(result)
        self.message.setText("Saved.")

    def _ask_edit(self) -> None:
        entry = self.selected()
        text = ask_edit(self, entry) if entry else None
        if text:
            self.decide("accepted", text)

    def _ask_relink(self) -> None:
        if self.selected() is not None and self.result is not None:
            answer = ask_relink(self, [s["id"] for s in self.result["plan"]["sections"]])
            if answer:
                self.relink(*answer)

    def _ask_add_need(self) -> None:
        answer = ask_add_need(self)
        if answer:
            self.add_need(*answer)

    # Helpers

    def _run(
        self,
        job: Callable[[Any], Any],
        on_success: Callable[[Any], None],
        progress: Callable[[int, int, str], None] | None = None,
    ) -> None:
        self.context.runner.start(job, on_success, self._failed, progress, owner=self)

    def _failed(self, message: str) -> None:
        self.run_button.setEnabled(self.case_id is not None)
        self._show(self.result)
        self.message.setText(message)

    def _status_icon(self, entry: Entry) -> QIcon | None:
        pixmap = STATUS_ICON.get(entry.get("status", ""))
        return self.style().standardIcon(pixmap) if pixmap is not None else None

    def _decision_icon(self, entry: Entry) -> QIcon:
        pixmap = {
            "accepted": Pixmap.SP_DialogApplyButton,
            "dismissed": Pixmap.SP_DialogCancelButton,
        }.get(entry.get("decision", "open"), Pixmap.SP_MessageBoxQuestion)
        return self.style().standardIcon(pixmap)


def _summary(result: Entry) -> str:
    missing = sum(1 for n in result["needs"] if not n.get("match"))
    possible = len(result.get("possible") or [])
    extra = f", and {possible} worth a look" if possible else ""
    return (
        f"{len(result['findings'])} findings{extra}. {len(result['needs'])} needs and "
        f"recommendations from the reports, {missing} not in the plan "
        f"({result['plan'].get('document_title') or result['plan']['document']})."
    )
