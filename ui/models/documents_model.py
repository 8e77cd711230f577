"""Qt table model of a case's documents, and the proxy that sorts and filters it."""

from PySide6.QtCore import QSortFilterProxyModel, Qt

from ehcp_appeal.domain import DIRECTIONS, DOCUMENT_KINDS
from ehcp_appeal.services.evidence import DocumentInfo
from ui.models.rows_model import Index, RowsTableModel, short_date

UNDATED = "Undated"

_TEXT_STATUS = {
    "ok": "Searchable",
    "ocr": "Searchable (recognised)",
    "needs_ocr": "Picture only",
    "empty": "No text",
}


class DocumentsTableModel(RowsTableModel[DocumentInfo]):
    """Holds rows the page gives it; never queries the database itself."""

    HEADERS = ("Title", "Kind", "Date", "Author", "From / to", "Pages", "Text")
    TITLE, KIND, DATE, AUTHOR, DIRECTION, PAGES, TEXT = range(7)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    KIND_ROLE = Qt.ItemDataRole.UserRole + 3

    def row_of(self, doc_id: str) -> int:
        for number, doc in enumerate(self.rows):
            if doc.id == doc_id:
                return number
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        doc = self.rows[index.row()]
        column = index.column()
        if role == self.ID_ROLE:
            return doc.id
        if role == self.KIND_ROLE:
            return doc.kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(doc, column)
        if role == self.SORT_ROLE:
            if column == self.DATE:
                return doc.date.isoformat() if doc.date else "9999-99-99"
            if column == self.PAGES:
                return doc.pages
            return self._text(doc, column).lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [doc.title, f"File: {doc.original_name}"]
            if doc.status_detail:
                lines.append(doc.status_detail)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, doc: DocumentInfo, column: int) -> str:
        if column == self.TITLE:
            return ("    ↳ " if doc.parent_id else "") + doc.title
        if column == self.KIND:
            return DOCUMENT_KINDS.get(doc.kind, doc.kind)
        if column == self.DATE:
            return short_date(doc.date, UNDATED)
        if column == self.AUTHOR:
            role = f", {doc.author_role}" if doc.author_role else ""
            return f"{doc.author}{role}" if doc.author else ""
        if column == self.DIRECTION:
            return DIRECTIONS.get(doc.direction, "")
        if column == self.PAGES:
            return str(doc.pages)
        return _TEXT_STATUS.get(doc.text_status, doc.text_status)


class DocumentsFilter(QSortFilterProxyModel):
    """Sorts on real values (dates, page counts) and filters by kind, words and search hits."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setSortRole(DocumentsTableModel.SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._kind = ""
        self._only: frozenset[str] | None = None

    def set_kind(self, kind: str) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_documents(self, ids: frozenset[str] | None) -> None:
        """Show just these documents (the hits of a search), or all when None."""
        self.beginFilterChange()
        self._only = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._kind and model.data(index, DocumentsTableModel.KIND_ROLE) != self._kind:
            return False
        if (
            self._only is not None
            and model.data(index, DocumentsTableModel.ID_ROLE) not in self._only
        ):
            return False
        return super().filterAcceptsRow(source_row, source_parent)
