"""The plan check page: each need and recommendation beside the plan passage that covers it.

Shows what the reports say next to what the plan says (or "Not in the plan"), a status in
words and an icon (never colour alone), and the findings an appeal would raise, each with
its legal basis. The user accepts, dismisses, rewords or re-links items, or adds a need;
those decisions are stored and survive a re-run. All database work runs on the task runner.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.domain import AREAS_OF_NEED, FINDING_LABELS
from ehcp_appeal.services import analysis as service
from ehcp_appeal.wording import count as wc
from ui.context import AppContext
from ui.models.rows_model import Index, RowsTableModel
from ui.widgets.page_header import PageHeader
from ui.widgets.row_table import row_table

Pixmap = QStyle.StandardPixmap

STATUS_TEXT = {
    "in_b": ("In Section B", Pixmap.SP_DialogApplyButton),
    "missing_from_b": ("Missing from Section B", Pixmap.SP_MessageBoxWarning),
    "specific": ("In Section F, specific", Pixmap.SP_DialogApplyButton),
    "not_specific": ("In Section F, but vague", Pixmap.SP_MessageBoxWarning),
    "less": ("Less than recommended", Pixmap.SP_MessageBoxWarning),
    "missing_from_f": ("Missing from Section F", Pixmap.SP_MessageBoxCritical),
    "wrong_section": ("In the wrong section", Pixmap.SP_MessageBoxWarning),
    "not_educational": ("Home or health advice: no finding", Pixmap.SP_MessageBoxInformation),
    "added": ("Added by you", Pixmap.SP_FileIcon),
}
FINDING_TEXT = FINDING_LABELS
DECISION_TEXT = {"accepted": "Accepted", "dismissed": "Dismissed", "open": "To decide"}


def status_label(entry: dict[str, Any]) -> str:
    """The status in words, with the user's decision when there is one."""
    text = STATUS_TEXT.get(entry.get("status", ""), (entry.get("status", ""), None))[0]
    decision = entry.get("decision", "open")
    return text if decision == "open" else f"{text} ({DECISION_TEXT[decision].lower()})"


def plan_passage(entry: dict[str, Any]) -> str:
    match = entry.get("match")
    if not match:
        return "Not in the plan"
    page = f", page {match['page']}" if match.get("page") else ""
    return f"Section {match['section']}{page}: {match['text']}"


class _RowsModel(RowsTableModel[dict[str, Any]]):
    """Rows of result entries; ``columns`` turns one entry into its cells."""

    def __init__(
        self,
        headers: tuple[str, ...],
        columns: Callable[[dict[str, Any]], tuple[str, ...]],
        icon: Callable[[dict[str, Any]], QIcon | None],
        tooltip: Callable[[dict[str, Any]], str],
    ) -> None:
        super().__init__()
        self._headers, self._columns, self._icon, self._tooltip = headers, columns, icon, tooltip

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._columns(entry)[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == len(self._headers) - 1:
            return self._icon(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry) or None
        return None


class PlanCheckPage(QWidget):
    """The plan check of one case: needs beside the plan, findings, and the user's decisions."""

    document_requested = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.case_id: str | None = None
        self.result: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
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
        self.summary = QLabel("Choose a case to check its plan.")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary of the plan check")
        top.addWidget(self.run_button)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)

        self.needs_model = _RowsModel(
            ("From the reports", "Source", "In the plan", "Status"),
            lambda e: (
                e.get("edited_text") or e["text"],
                _source(e),
                plan_passage(e),
                status_label(e),
            ),
            self._status_icon,
            lambda e: (e.get("match") or {}).get("text", "") and _why(e),
        )
        self.findings_model = _RowsModel(
            ("Problem", "Text", "Why it matters", "Decision"),
            lambda e: (
                FINDING_TEXT.get(e["kind"], e["kind"]),
                e.get("edited_text") or e["text"],
                e.get("detail", ""),
                DECISION_TEXT.get(e.get("decision", "open"), "To decide"),
            ),
            self._decision_icon,
            lambda e: "\n".join(x for x in (e.get("explanation"), e.get("legal_basis")) if x),
        )
        self.tabs = QTabWidget()
        self.needs_view = self._table(
            self.needs_model, "Needs and recommendations from the reports"
        )
        self.findings_view = self._table(self.findings_model, "Findings to raise in the appeal")
        self.tabs.addTab(self.needs_view, "&Needs and recommendations")
        self.tabs.addTab(self.findings_view, "&Findings")
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._action_bar())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Result of the last action")
        layout.addWidget(self.message)

        self.run_button.clicked.connect(self.run_check)
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        context.events.analysis_changed.connect(self._changed_elsewhere)
        context.events.documents_changed.connect(self._documents_changed)
        self._update_actions()

    def _table(self, model: _RowsModel, name: str) -> QTableView:
        view = row_table(model, name)
        view.setWordWrap(True)
        # Whole sentences matter here: rows grow to show the wrapped text.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            model.columnCount() - 1, QHeaderView.ResizeMode.ResizeToContents
        )
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        view.doubleClicked.connect(lambda _i: self.open_selected())
        return view

    def _action_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.accept_button = QPushButton("&Accept")
        self.dismiss_button = QPushButton("&Dismiss")
        self.reopen_button = QPushButton("Re&open")
        self.edit_button = QPushButton("&Edit wording…")
        self.relink_button = QPushButton("Re-&link…")
        self.open_button = QPushButton("Open &source")
        self.add_button = QPushButton("Add a &need…")
        self.accept_button.setAccessibleName("Accept the selected item")
        self.dismiss_button.setAccessibleName("Dismiss the selected item")
        self.relink_button.setAccessibleName("Link the selected item to another plan passage")
        self.open_button.setAccessibleName("Open the document the selected item comes from")
        for button in (
            self.accept_button,
            self.dismiss_button,
            self.reopen_button,
            self.edit_button,
            self.relink_button,
            self.open_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        self.accept_button.clicked.connect(lambda: self.decide("accepted"))
        self.dismiss_button.clicked.connect(lambda: self.decide("dismissed"))
        self.reopen_button.clicked.connect(lambda: self.decide("open"))
        self.edit_button.clicked.connect(self._ask_edit)
        self.relink_button.clicked.connect(self._ask_relink)
        self.open_button.clicked.connect(self.open_selected)
        self.add_button.clicked.connect(self._ask_add_need)
        return bar

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
        self._run(
            lambda progress: service.run_case_analysis(self.context.db, case_id, progress),
            self._checked,
            progress=lambda done, total, text: self.summary.setText(text),
        )

    def _checked(self, result: dict[str, Any]) -> None:
        self._show(result)
        if self.case_id:
            self.context.events.analysis_changed.emit(self.case_id)

    def _show(self, result: dict[str, Any] | None) -> None:
        self.result = result
        self.needs_model.set_rows(list(result["needs"]) if result else [])
        self.findings_model.set_rows(list(result["findings"]) if result else [])
        if self.case_id is None:
            self.summary.setText("Choose a case to check its plan.")
        elif result is None:
            self.summary.setText(
                "Not checked yet. Import the plan and the reports, then press Check the plan."
            )
        else:
            missing = sum(1 for n in result["needs"] if not n.get("match"))
            self.summary.setText(
                f"{result['plan']['document']}: {len(result['needs'])} needs and "
                f"recommendations from the reports, {missing} not in the plan; "
                f"{wc(len(result['findings']), 'finding')}."
            )
            skipped = result.get("skipped") or []
            if skipped:
                names = ", ".join(entry["document"] for entry in skipped)
                self.message.setText(
                    f"Not checked, because no words could be read from them: {names}. "
                    "A clearer scan or the original file will let the check include them."
                )
        self.run_button.setEnabled(self.case_id is not None)
        self._update_actions()

    def _changed_elsewhere(self, case_id: str) -> None:
        if case_id == self.case_id:
            self.reload()

    def _documents_changed(self, case_id: str) -> None:
        if case_id == self.case_id and self.result is not None:
            self.message.setText("The evidence has changed: press Check the plan to update.")

    # Actions on the selected item

    def selected(self) -> dict[str, Any] | None:
        view = self.tabs.currentWidget()
        if not isinstance(view, QTableView):
            return None
        rows = view.selectionModel().selectedRows()
        model = view.model()
        return model.rows[rows[0].row()] if rows and isinstance(model, _RowsModel) else None

    def select_row(self, tab: int, row: int) -> None:
        self.tabs.setCurrentIndex(tab)
        view = self.tabs.currentWidget()
        assert isinstance(view, QTableView)
        view.selectRow(row)

    def decide(self, status: str, edited_text: str | None = None) -> None:
        entry, case_id = self.selected(), self.case_id
        if entry is None or case_id is None:
            return
        key = entry["item_key"]
        self._save(lambda: service.set_decision(self.context.db, case_id, key, status, edited_text))

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
            self.document_requested.emit(entry["document_id"], int(entry.get("page") or 1))

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
        if entry is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, "Edit wording", "Your wording:", entry.get("edited_text") or entry["text"]
        )
        if ok and text.strip():
            self.decide("accepted", text)

    def _ask_relink(self) -> None:
        if self.selected() is None or self.result is None:
            return
        sections = [s["id"] for s in self.result["plan"]["sections"]]
        section, ok = QInputDialog.getItem(self, "Re-link", "Plan section:", sections, 0, False)
        if not ok:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, "Re-link", f"The passage in Section {section} that covers it:"
        )
        if ok:
            self.relink(section, text)

    def _ask_add_need(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, "Add a need", "Describe the need:")
        if not ok or not text.strip():
            return
        labels = list(AREAS_OF_NEED.values())
        label, ok = QInputDialog.getItem(self, "Add a need", "Area of need:", labels, 0, False)
        if ok:
            self.add_need(text, list(AREAS_OF_NEED)[labels.index(label)])

    # Helpers

    def _run(
        self,
        job: Callable[[Any], Any],
        on_success: Callable[[Any], None],
        progress: Callable[[int, int, str], None] | None = None,
    ) -> None:
        self.context.runner.start(job, on_success, self._failed, progress, owner=self)

    def _failed(self, message: str) -> None:
        self.message.setText(message)
        self.run_button.setEnabled(self.case_id is not None)
        self._show(self.result)
        self.message.setText(message)

    def _update_actions(self) -> None:
        entry = self.selected()
        for button in (self.accept_button, self.dismiss_button, self.reopen_button):
            button.setEnabled(entry is not None)
        self.edit_button.setEnabled(entry is not None)
        self.relink_button.setEnabled(entry is not None and "status" in entry)
        self.open_button.setEnabled(bool(entry and entry.get("document_id")))
        self.add_button.setEnabled(self.case_id is not None)

    def _status_icon(self, entry: dict[str, Any]) -> QIcon | None:
        pixmap = STATUS_TEXT.get(entry.get("status", ""), ("", None))[1]
        return self.style().standardIcon(pixmap) if pixmap is not None else None

    def _decision_icon(self, entry: dict[str, Any]) -> QIcon:
        pixmap = {
            "accepted": Pixmap.SP_DialogApplyButton,
            "dismissed": Pixmap.SP_DialogCancelButton,
        }.get(entry.get("decision", "open"), Pixmap.SP_MessageBoxQuestion)
        return self.style().standardIcon(pixmap)


def _source(entry: dict[str, Any]) -> str:
    if entry.get("user_added"):
        return "Added by you"
    title = entry.get("document_title") or entry.get("document") or ""
    return f"{title}, page {entry['page']}" if entry.get("page") else title


def _why(entry: dict[str, Any]) -> str:
    shared = (entry.get("match") or {}).get("shared") or []
    if not shared:
        return "Matched on shared wording."
    return "Both are about: " + ", ".join(s.replace("_", " ") for s in shared) + "."
