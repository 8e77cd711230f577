"""Qt table model of a case's chronology: what happened, when, from whom, in date order."""

from PySide6.QtCore import Qt

from ehcp_appeal.domain import DOCUMENT_KINDS
from ehcp_appeal.services.evidence import ChronologyEntry
from ui.models.documents_model import UNDATED
from ui.models.rows_model import Index, RowsTableModel, short_date


class ChronologyModel(RowsTableModel[ChronologyEntry]):
    """Holds the entries in the order the core gives them (by date, undated last)."""

    HEADERS = ("Date", "What", "Title", "From / to or author", "Subject", "Pages")
    DATE, WHAT, TITLE, FROM_TO, SUBJECT, PAGES = range(6)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == self.ID_ROLE:
            return entry.document_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.title}\n{self._text(entry, self.FROM_TO)}".strip()
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.PAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: ChronologyEntry, column: int) -> str:
        if column == self.DATE:
            return short_date(entry.date, UNDATED)
        if column == self.WHAT:
            return DOCUMENT_KINDS.get(entry.kind, entry.kind)
        if column == self.TITLE:
            return entry.title
        if column == self.FROM_TO:
            return entry.from_to
        if column == self.SUBJECT:
            return entry.subject
        return str(entry.pages)
