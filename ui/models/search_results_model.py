"""Qt table model of search hits across every case, and how a hit's snippet is shown."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ehcp_appeal.services.search import HIT_END, HIT_START, SearchHit

Index = QModelIndex | QPersistentModelIndex


def marked(snippet: str) -> str:
    """The snippet with each hit between « and », readable by eye and by a screen reader."""
    return snippet.replace(HIT_START, "«").replace(HIT_END, "»")


class SearchResultsModel(QAbstractTableModel):
    """Holds hits and the names of their cases; never queries the database itself."""

    HEADERS = ("Case", "Document", "Page", "Found")
    CASE, DOCUMENT, PAGE, FOUND = range(4)
    HIT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[SearchHit] = []
        self._case_names: dict[str, str] = {}

    def set_hits(self, hits: list[SearchHit], case_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._case_names = dict(case_names)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == self.HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(hit, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}, page {hit.page}\n{marked(hit.snippet)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.PAGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, hit: SearchHit, column: int) -> str:
        if column == self.CASE:
            return self._case_names.get(hit.case_id, "")
        if column == self.DOCUMENT:
            return hit.title
        if column == self.PAGE:
            return str(hit.page)
        return marked(hit.snippet)
