"""Qt table model of search hits across every case, and how a hit's snippet is shown."""

from PySide6.QtCore import Qt

from ehcp_appeal.services.search import HIT_END, HIT_START, SearchHit
from ui.models.rows_model import Index, RowsTableModel


def marked(snippet: str) -> str:
    """The snippet with each hit between « and », readable by eye and by a screen reader."""
    return snippet.replace(HIT_START, "«").replace(HIT_END, "»")


def hit_words(snippet: str, longest: int = 60) -> str:
    """The words a hit is about, to highlight on the page.

    From the first marked word to the last when that span is short (so "speech and
    language therapy" is highlighted whole for a search of speech therapy), else the
    first marked word alone.
    """
    start, end = snippet.find(HIT_START), snippet.rfind(HIT_END)
    if start < 0 or end < start:
        return ""
    span = snippet[start:end].replace(HIT_START, "").replace(HIT_END, "")
    if len(span) > longest:
        first_end = snippet.find(HIT_END, start)
        span = snippet[start + len(HIT_START) : first_end]
    return " ".join(span.split())


class SearchResultsModel(RowsTableModel[SearchHit]):
    """Holds hits and the names of their cases; never queries the database itself."""

    HEADERS = ("Case", "Document", "Page", "Found")
    CASE, DOCUMENT, PAGE, FOUND = range(4)
    HIT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._case_names: dict[str, str] = {}

    def set_hits(self, hits: list[SearchHit], case_names: dict[str, str]) -> None:
        self._case_names = dict(case_names)
        self.set_rows(hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self.rows[index.row()]
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
