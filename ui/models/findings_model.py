"""How plan check results read in the window: words for statuses and kinds, and two models.

``FindingsModel`` groups the findings by kind under a header with its count ("Needs
missing from Section B (3)"), and the analysis's unsure items under "Worth a look", so a
parent sees the shape of the problems before the detail. ``NeedsModel`` is the flat
table of what the reports say beside what the plan says.
"""

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel

from ui.models.rows_model import Index, RowsTableModel

Entry = dict[str, Any]
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_TEXT = {
    "in_b": "In Section B",
    "missing_from_b": "Missing from Section B",
    "specific": "In Section F, specific",
    "not_specific": "In Section F, but vague",
    "less": "Less than recommended",
    "missing_from_f": "Missing from Section F",
    "wrong_section": "In the wrong section",
    "not_educational": "Home, health or classroom adjustment: no finding",
    "placement": "A school or placement (Section I names it): no finding",
    "section_not_found": "Not checked: that section of the plan was not found",
    "added": "Added by you",
}
GROUP_TEXT = {
    "need_missing_from_b": "Needs missing from Section B",
    "provision_missing_from_f": "Provision missing from Section F",
    "provision_not_specific": "Provision that is not specific",
    "provision_less_than_recommended": "Less provision than recommended",
    "provision_in_wrong_section": "Provision in the wrong section",
    "section_missing": "Sections missing from the plan",
}
WORTH_A_LOOK = "Worth a look (the check is unsure)"
REPORT_SIDE = ("need_missing_from_b", "provision_missing_from_f")
DECISION_TEXT = {"accepted": "Accepted", "dismissed": "Dismissed", "open": "To decide"}


def status_label(entry: Entry) -> str:
    """The status in words, with the user's decision when there is one."""
    status = str(entry.get("status", ""))
    text = STATUS_TEXT.get(status, status)
    decision = entry.get("decision", "open")
    return text if decision == "open" else f"{text} ({DECISION_TEXT[decision].lower()})"


def plan_passage(entry: Entry) -> str:
    match = entry.get("match")
    if not match:
        return "Not in the plan"
    page = f", page {match['page']}" if match.get("page") else ""
    return f"Section {match['section']}{page}: {match['text']}"


def source_text(entry: Entry) -> str:
    """Where an item comes from, by the document's title: "EP advice, page 3"."""
    if entry.get("user_added"):
        return "Added by you"
    title = entry.get("document_title") or entry.get("document") or ""
    return f"{title}, page {entry['page']}" if entry.get("page") else title


def why_it_matters(entry: Entry) -> str:
    """The finding's reason without the file name the analysis puts in front of it.

    The source already has its own place (the detail pane, "Source"); repeating
    "ep_report.pdf (page 1)" in every row only hides the reason.
    """
    kind = entry.get("kind", "")
    if kind == "need_missing_from_b":
        return "A report gives this need, and nothing in Section B matches it."
    if kind == "provision_missing_from_f":
        return "A report recommends this, and nothing in Section F matches it."
    detail = str(entry.get("detail", ""))
    document = str(entry.get("document", ""))
    if document and detail.startswith(document):
        detail = re.sub(r"^\s*(\(page \d+\))?\s*", "", detail[len(document) :])
        detail = detail[:1].upper() + detail[1:]
    return detail


def item_text(entry: Entry) -> str:
    if entry.get("kind") == "section_missing":
        return f"Section {entry.get('text', '')}"
    return str(entry.get("edited_text") or entry.get("text", ""))


class FindingsModel(QStandardItemModel):
    """Findings under one header per kind, with counts; each item row holds its entry."""

    HEADERS = ("Finding", "Why it matters", "Decision")

    def __init__(self, decision_icon: Callable[[Entry], QIcon]) -> None:
        super().__init__()
        self._decision_icon = decision_icon
        self.entries: list[Entry] = []
        self.setHorizontalHeaderLabels(list(self.HEADERS))

    def set_result(self, result: Entry | None) -> None:
        self.removeRows(0, self.rowCount())
        findings = list(result.get("findings", [])) if result else []
        possible = list(result.get("possible") or []) if result else []
        self.entries = findings + possible
        for kind, label in GROUP_TEXT.items():
            self._group(label, [f for f in findings if f.get("kind") == kind])
        self._group(WORTH_A_LOOK, possible)
        known = set(GROUP_TEXT)
        self._group("Other findings", [f for f in findings if f.get("kind") not in known])

    def _group(self, label: str, entries: list[Entry]) -> None:
        if not entries:
            return
        header = QStandardItem(f"{label} ({len(entries)})")
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        header.setAccessibleText(f"{label}: {len(entries)}")
        row = [header, QStandardItem(""), QStandardItem("")]
        for cell in row:
            cell.setEditable(False)
        for entry in entries:
            cells = [
                QStandardItem(item_text(entry)),
                QStandardItem(why_it_matters(entry)),
                QStandardItem(DECISION_TEXT.get(entry.get("decision", "open"), "To decide")),
            ]
            cells[2].setIcon(self._decision_icon(entry))
            for cell in cells:
                cell.setEditable(False)
                cell.setData(entry, ENTRY_ROLE)
                cell.setToolTip(cell.text())
            header.appendRow(cells)
        self.appendRow(row)

    def group_labels(self) -> list[str]:
        return [str(self.item(row, 0).text()) for row in range(self.rowCount())]


class NeedsModel(RowsTableModel[Entry]):
    """What each report says, where it came from, what the plan says and the status."""

    HEADERS = ("From the reports", "Source", "In the plan", "Status")

    def __init__(self, status_icon: Callable[[Entry], QIcon | None]) -> None:
        super().__init__()
        self._status_icon = status_icon

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            cells = (item_text(entry), source_text(entry), plan_passage(entry), status_label(entry))
            return cells[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 3:
            return self._status_icon(entry)
        if role == ENTRY_ROLE:
            return entry
        return None


def entry_indexes(model: QAbstractItemModel) -> list[QModelIndex]:
    """Every index in column 0 that holds an entry, groups included, in display order."""
    found: list[QModelIndex] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if isinstance(index.data(ENTRY_ROLE), dict):
                found.append(index)
            walk(index)

    walk(QModelIndex())
    return found
