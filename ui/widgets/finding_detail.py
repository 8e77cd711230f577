"""The plan check's detail pane: everything about the selected item, in words on screen.

Keyboard and screen-reader users get what used to be only in a tooltip: what the problem
is, the report's sentence beside the plan's passage, the legal basis, how sure the check
is (when the analysis says), the decision buttons, and the source page with the
sentence highlighted in the document reader.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.domain import finding_label
from ehcp_appeal.services import evidence
from ui.context import AppContext
from ui.models.findings_model import (
    DECISION_TEXT,
    REPORT_SIDE,
    Entry,
    item_text,
    plan_passage,
    source_text,
    status_label,
    why_it_matters,
)
from ui.widgets.document_reader import DocumentReader
from ui.widgets.flow_layout import FlowLayout

NOTHING = "Choose a finding or a need on the left to see it explained here."


def sides(entry: Entry, result: Entry | None) -> tuple[str, str]:
    """(what the report says with its source, what the plan says) for one item."""
    kind = entry.get("kind", "")
    if kind in ("need", "recommendation") or kind in REPORT_SIDE:
        report = f"“{item_text(entry)}”\n{source_text(entry)}"
        if kind in REPORT_SIDE:
            section = "B" if kind == "need_missing_from_b" else "F"
            return report, f"Nothing in Section {section} matches it."
        return report, plan_passage(entry)
    if kind == "section_missing":
        return "Not about one report.", f"Section {entry.get('text', '')} is missing or empty."
    needs = {n.get("id"): n for n in (result or {}).get("needs", [])}
    need = needs.get(entry.get("need"))
    report = (
        f"“{item_text(need)}”\n{source_text(need)}"
        if need
        else "No report sentence is linked to this finding."
    )
    section = entry.get("section") or ""
    where = f"Section {section}" + (f", page {entry['page']}" if entry.get("page") else "")
    return report, f"{where}: “{item_text(entry)}”"


def confidence_text(entry: Entry) -> str:
    """ "Fairly sure (72%): ..." from the analysis's optional ``confidence`` and ``why``."""
    value, why = entry.get("confidence"), str(entry.get("why") or "").strip()
    if not isinstance(value, int | float):
        return why
    words = "Sure" if value >= 0.8 else "Fairly sure" if value >= 0.5 else "Unsure"
    return f"{words} ({round(value * 100)}%)" + (f": {why}" if why else "")


def _box(title: str) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setObjectName("detailBox")
    column = QVBoxLayout(frame)
    column.setContentsMargins(8, 6, 8, 6)
    heading = QLabel(title)
    heading.setObjectName("detailHeading")
    heading.setWordWrap(True)  # lets the two boxes sit side by side in a narrow pane
    text = QLabel("")
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    text.setAccessibleName(title)
    column.addWidget(heading)
    column.addWidget(text, 1)
    return frame, text


class FindingDetail(QSplitter):
    """Shows one result entry: the words above (scrolling), the source page below.

    The source page keeps its own share of the height, so the highlighted sentence is
    in sight however long the explanation. The page wires the buttons to its decisions.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.context = context
        self.entry: Entry | None = None
        self._source: tuple[str, bytes] | None = None  # the last document read, kept
        self.setChildrenCollapsible(False)
        self.setAccessibleName("Details of the selected item")
        self.words = QScrollArea()
        self.words.setWidgetResizable(True)
        self.words.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words.setFrameShape(QFrame.Shape.NoFrame)
        self.words.setAccessibleName("What the selected item is about")
        self.words.setMinimumHeight(120)
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 0, 4, 0)
        self.heading = QLabel(NOTHING)
        self.heading.setObjectName("emptyTitle")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName("Selected item")
        self.problem = self._label("What the problem is")
        self.confidence = self._label("How sure the check is")
        self.legal = self._label("Legal basis")
        report_box, self.report = _box("The report says")
        plan_box, self.plan = _box("The plan says")
        side_by_side = QHBoxLayout()
        side_by_side.addWidget(report_box, 1)
        side_by_side.addWidget(plan_box, 1)
        self.texts = QWidget()
        texts = QVBoxLayout(self.texts)
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.problem)
        texts.addLayout(side_by_side)
        texts.addWidget(self.legal)
        texts.addWidget(self.confidence)
        layout.addWidget(self.heading)
        layout.addWidget(self.texts)
        layout.addLayout(self._build_buttons())
        layout.addStretch(1)
        self.words.setWidget(body)
        self.source = DocumentReader(compact=True)
        self.source.setMinimumHeight(170)
        self.source.setAccessibleName("The source page")
        self.source.open_button.setVisible(False)  # "Open source" above does the same
        self.addWidget(self.words)
        self.addWidget(self.source)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.show_entry(None, None)

    def _label(self, name: str) -> QLabel:
        label = QLabel("")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    def _build_buttons(self) -> FlowLayout:
        grid = FlowLayout()
        self.accept_button = QPushButton("&Accept")
        self.dismiss_button = QPushButton("&Dismiss")
        self.reopen_button = QPushButton("Re&open")
        self.edit_button = QPushButton("&Edit wording…")
        self.relink_button = QPushButton("Re-&link…")
        self.open_button = QPushButton("Open &source")
        self.accept_button.setAccessibleName("Accept the selected item")
        self.dismiss_button.setAccessibleName("Dismiss the selected item")
        self.reopen_button.setAccessibleName("Reopen the selected item: decide later")
        self.edit_button.setAccessibleName("Edit the wording of the selected item")
        self.relink_button.setAccessibleName("Link the selected item to another plan passage")
        self.open_button.setAccessibleName("Open the source document in the reader")
        buttons = (
            self.accept_button,
            self.dismiss_button,
            self.reopen_button,
            self.edit_button,
            self.relink_button,
            self.open_button,
        )
        for button in buttons:
            grid.addWidget(button)
        return grid

    def show_entry(self, entry: Entry | None, result: Entry | None) -> None:
        self.entry = entry
        self.texts.setVisible(entry is not None)
        if entry is None:
            self.heading.setText(NOTHING)
            self.source.clear()
            self._update_buttons()
            return
        kind = entry.get("kind", "")
        if kind in ("need", "recommendation"):
            title = f"{'Need' if kind == 'need' else 'Recommendation'}: {status_label(entry)}"
            problem = status_label(entry) + "."
        else:
            decision = DECISION_TEXT.get(entry.get("decision", "open"), "To decide")
            title = f"{finding_label(kind)} ({decision.lower()})"
            problem = " ".join(
                part for part in (why_it_matters(entry), entry.get("explanation", "")) if part
            )
        self.heading.setText(title)
        self.problem.setText(problem)
        report, plan = sides(entry, result)
        self.report.setText(report)
        self.plan.setText(plan)
        legal = entry.get("legal_basis", "")
        self.legal.setText(f"Legal basis: {legal}" if legal else "")
        self.legal.setVisible(bool(legal))
        sure = confidence_text(entry)
        self.confidence.setText(f"How sure the check is: {sure}" if sure else "")
        self.confidence.setVisible(bool(sure))
        self._update_buttons()
        self._show_source(entry)

    def _update_buttons(self) -> None:
        entry = self.entry
        for button in (self.accept_button, self.dismiss_button, self.reopen_button):
            button.setEnabled(entry is not None)
        self.edit_button.setEnabled(entry is not None)
        self.relink_button.setEnabled(entry is not None and "status" in entry)
        self.open_button.setEnabled(bool(entry and entry.get("document_id")))

    def _show_source(self, entry: Entry) -> None:
        doc_id = entry.get("document_id")
        if not doc_id:
            self.source.show_message("This item has no source page to show.")
            return
        page = int(entry.get("page") or 1)
        words = "" if entry.get("kind") == "section_missing" else str(entry.get("text", ""))
        if self._source is not None and self._source[0] == doc_id:
            self.source.show_pdf(self._source[1], page, words)
            return
        self.source.show_message("Opening the source page…")
        db = self.context.db

        def loaded(data: bytes) -> None:
            self._source = (str(doc_id), data)
            if self.entry is entry:
                self.source.show_pdf(data, page, words)

        self.context.runner.start(
            lambda _p: evidence.render_preview_pdf(db, doc_id),
            loaded,
            self.source.show_message,
            owner=self,
        )

    def details(self) -> dict[str, Any]:
        """What the pane says, for tests and for reading aloud in one go."""
        return {
            "heading": self.heading.text(),
            "problem": self.problem.text(),
            "report": self.report.text(),
            "plan": self.plan.text(),
            "legal": self.legal.text() if self.legal.isVisibleTo(self) else "",
            "confidence": self.confidence.text() if self.confidence.isVisibleTo(self) else "",
        }
