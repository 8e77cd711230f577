"""Full-text search within one case: the search field, its hits list, and the query behind them."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from ehcp_appeal.services import search
from ui.context import AppContext
from ui.models.search_results_model import hit_words, marked

SEARCH_DELAY_MS = 300


def search_as_you_type(edit: QLineEdit, run: Callable[[], None], parent: QObject) -> QTimer:
    """Run ``run`` on Enter, or once typing pauses, so each keystroke is not a query."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(run)
    edit.textChanged.connect(lambda _t: timer.start())
    edit.returnPressed.connect(run)
    return timer


class DocumentSearch(QObject):
    """Searches as the user types (after a pause) or presses Enter; the page places the widgets.

    ``matched`` carries the ids of the documents found, or None when the search is cleared,
    so the page can narrow its list; ``chosen`` is a hit the user picked: (document, page,
    the words to highlight); ``activated`` is one the user pressed Enter on or double-clicked.
    """

    matched = Signal(object)
    chosen = Signal(str, int, str)
    activated = Signal(str, int, str)
    failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id: str | None = None
        self.first_pages: dict[str, int] = {}
        self.first_words: dict[str, str] = {}
        self.edit = QLineEdit()
        self.edit.setPlaceholderText('Search the words of every document: "phrase", assess*')
        self.edit.setAccessibleName("Search the documents' text")
        self.edit.setClearButtonEnabled(True)
        self.hits = QListWidget()
        self.hits.setAccessibleName("Search results")
        self.hits.setWordWrap(True)
        self.hits.setVisible(False)
        self._timer = search_as_you_type(self.edit, self.run, self)
        self.hits.currentItemChanged.connect(lambda item, _old: self._hit_chosen(item))
        self.hits.itemClicked.connect(self._hit_chosen)
        self.hits.itemActivated.connect(self._hit_activated)

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self.clear()
        self.edit.setEnabled(case_id is not None)

    def run(self) -> None:
        self._timer.stop()
        case_id, query = self.case_id, self.edit.text().strip()
        if case_id is None or not query:
            self._show(None)
            return

        def found(hits: list[search.SearchHit]) -> None:
            if case_id == self.case_id and query == self.edit.text().strip():
                self._show(hits)

        db = self.context.db
        self.context.runner.start(
            lambda _p: search.search(db, query, case_id), found, self.failed.emit, owner=self
        )

    def clear(self) -> None:
        """Empty the field and the hits without waiting for the typing pause."""
        self._timer.stop()
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self._show(None)

    def _show(self, hits: list[search.SearchHit] | None) -> None:
        self.hits.clear()
        self.first_pages = {}
        self.first_words = {}
        self.hits.setVisible(hits is not None)
        if hits is None:
            self.matched.emit(None)
            return
        for hit in hits:
            words = hit_words(hit.snippet)
            self.first_pages.setdefault(hit.document, hit.page)
            self.first_words.setdefault(hit.document, words)
            item = QListWidgetItem(f"{hit.title}, page {hit.page}\n{marked(hit.snippet)}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.document, hit.page, words))
            self.hits.addItem(item)
        if not hits:
            self.hits.addItem(QListWidgetItem("No document contains those words."))
        self.matched.emit(frozenset(self.first_pages))

    def _hit_chosen(self, item: QListWidgetItem | None) -> None:
        target = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if target:
            self.chosen.emit(str(target[0]), int(target[1]), str(target[2]))

    def _hit_activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.activated.emit(str(target[0]), int(target[1]), str(target[2]))
