"""Qt table model of the case list; holds rows a page gives it and never queries the database."""

from dataclasses import dataclass

from PySide6.QtCore import Qt

from ehcp_appeal.domain import APPEAL_TYPES_SHORT
from ehcp_appeal.rules.status import NextDeadline
from ehcp_appeal.services.cases import CaseSummary
from ehcp_appeal.wording import count as wc
from ui.models.rows_model import Index, RowsTableModel, short_date


@dataclass(frozen=True)
class CaseRow:
    summary: CaseSummary
    next_deadline: NextDeadline | None = None


def describe_deadline(deadline: NextDeadline | None) -> str:
    if deadline is None:
        return "No dates recorded"
    if deadline.days_left < 0:
        return f"Overdue by {wc(-deadline.days_left, 'day')}: {deadline.title}"
    if deadline.days_left == 0:
        return f"Today: {deadline.title}"
    return f"{wc(deadline.days_left, 'day')} left: {deadline.title} ({short_date(deadline.date)})"


class CasesTableModel(RowsTableModel[CaseRow]):
    HEADERS = ("Case", "Council", "Appeal", "Next deadline", "Hearing", "Documents")
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def case_id(self, row: int) -> str:
        return self.rows[row].summary.id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        case = row.summary
        column = index.column()
        if role == self.ID_ROLE:
            return case.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{case.name}\nCase id {case.id}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(row, column) or None
        if role == self.SORT_ROLE:
            if column == 3:
                deadline = row.next_deadline
                return deadline.days_left if deadline else 10**6
            if column == 4:
                return case.hearing_date.isoformat() if case.hearing_date else "9999"
            if column == 5:
                return case.documents
            return self._text(row, column).lower()
        return None

    def _text(self, row: CaseRow, column: int) -> str:
        case = row.summary
        if column == 0:
            suffix = " (archived)" if case.archived else ""
            child = (
                f" – {case.child_name}" if case.child_name and case.child_name != case.name else ""
            )
            return f"{case.name}{child}{suffix}"
        if column == 1:
            return case.local_authority
        if column == 2:
            label = APPEAL_TYPES_SHORT.get(case.appeal_type, "")
            reference = f"\n{case.tribunal_reference}" if case.tribunal_reference else ""
            return f"{label}{reference}"
        if column == 3:
            return describe_deadline(row.next_deadline)
        if column == 4:
            return short_date(case.hearing_date)
        return str(case.documents)
