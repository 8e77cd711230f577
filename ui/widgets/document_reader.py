"""The window's one document reader: pages, zoom, fit width and highlighted words.

It is used small (the Evidence preview, the plan check's source page) and large (the
reader window). PDF bytes are shown from memory, so no copy of a child's report lands in
a temp folder. Words to highlight are first looked up in the page text: the reader then
opens on the page where they really are (a Word document's "page 3" may start on a later
PDF page of its text rendition), and a long sentence broken by layout still gets its
longest findable part highlighted rather than nothing.
"""

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.flow_layout import FlowLayout

EMPTY = "Choose a document to see it here."
ZOOM_STEP = 1.25
SHORTEST_PART = 3  # words: fewer would highlight common phrases all over the page


def folded(text: str) -> str:
    """Lower case with every run of white space (line breaks too) as one space."""
    return " ".join(text.split()).casefold()


def candidates(words: str) -> list[str]:
    """The words, then ever shorter leading parts of them, longest first."""
    parts = words.split()
    shortest = min(SHORTEST_PART, len(parts))
    return [" ".join(parts[:n]) for n in range(len(parts), shortest - 1, -1)] if parts else []


class DocumentReader(QWidget):
    """A QPdfView with its controls; a plain message instead when there is nothing to show.

    ``compact`` keeps the bar to one short row for a side pane (pages and fit width; the
    words are still highlighted) and adds "Open in reader", which emits ``open_requested``.
    """

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName("Document pages")
        self.view.setMinimumHeight(160)
        self.message = QLabel(EMPTY)
        self.message.setWordWrap(True)
        self.message.setObjectName("pageIntro")
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setAccessibleName("About the document view")
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self._found_page: int | None = None  # highlight waiting for the search to reach it

        shown = QWidget()
        column = QVBoxLayout(shown)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(self._build_bar())
        column.addWidget(self.view, 1)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.message)
        self._stack.addWidget(shown)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._page_changed)
        self.search_model.countChanged.connect(self._results_changed)
        if not compact:
            for keys, slot in (
                (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                (QKeySequence("Ctrl+0"), self.fit_width),
                (QKeySequence.StandardKey.Find, self.find_edit.setFocus),
            ):
                shortcut = QShortcut(keys, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    def _build_bar(self) -> FlowLayout:
        bar = FlowLayout(spacing=4)
        self.previous_button = self._tool("◀", "Previous page", self.previous_page)
        self.next_button = self._tool("▶", "Next page", self.next_page)
        self.page_spin = QSpinBox()
        self.page_spin.setMinimum(1)
        self.page_spin.setAccessibleName("Page number")
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)  # ◀ ▶ beside it
        self.page_spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_spin.setMinimumWidth(52)
        self.page_spin.valueChanged.connect(self.go_to_page)
        self.page_count = QLabel("of 1")
        self.zoom_out_button = self._tool("−", "Smaller", self.zoom_out)
        self.zoom_in_button = self._tool("+", "Larger", self.zoom_in)
        self.fit_button = QPushButton("Fit width")
        self.fit_button.setAccessibleName("Fit the page to the width")
        self.fit_button.clicked.connect(self.fit_width)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText("Find on the pages")
        self.find_edit.setAccessibleName("Words to find and highlight")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(160)
        self.find_edit.returnPressed.connect(
            lambda: self.highlight(self.find_edit.text(), self.current_page())
        )
        self.found_label = QLabel("")
        self.found_label.setAccessibleName("Where the words were found")
        controls: tuple[QWidget, ...] = (
            self.previous_button,
            self.page_spin,
            self.page_count,
            self.next_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
        )
        for control in controls:
            bar.addWidget(control)
        bar.addWidget(self.find_edit, 1)
        if self.compact:
            for control in (self.zoom_out_button, self.zoom_in_button, self.find_edit):
                control.setVisible(False)
            self.found_label.setVisible(False)
            self.open_button = QPushButton("Open in reader")
            self.open_button.setAccessibleName("Open the document in a large reader window")
            self.open_button.clicked.connect(self.open_requested)
            bar.addWidget(self.open_button)
        else:
            bar.addWidget(self.found_label)
        return bar

    def _tool(self, text: str, name: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.clicked.connect(slot)
        return button

    # Showing

    def show_pdf(self, data: bytes, page: int = 1, words: str = "") -> bool:
        """Show ``data`` at ``page`` (1-based), ``words`` highlighted; False if it will not load."""
        self._release()
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self.show_message("This document cannot be shown here, but its original is kept.")
            return False
        count = self.document.pageCount()
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(count)
        self.page_spin.blockSignals(False)
        self.page_count.setText(f"of {count}")
        self._stack.setCurrentIndex(1)
        self.go_to_page(page)
        self._page_changed(self.view.pageNavigator().currentPage())
        if words.strip():
            self.highlight(words, page)
        return True

    def show_message(self, text: str) -> None:
        self._release()
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    def clear(self) -> None:
        self.show_message(EMPTY)

    def is_showing(self) -> bool:
        return self._stack.currentIndex() == 1 and self.document.pageCount() > 0

    # Pages and zoom

    def go_to_page(self, page: int) -> None:
        last = max(0, self.document.pageCount() - 1)
        self.view.pageNavigator().jump(min(max(page - 1, 0), last), QPointF(), 0)

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage()) + 1

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def zoom_in(self) -> None:
        self._zoom_to(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self._effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom_to(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, 0.25), 6.0))

    def _effective_zoom(self) -> float:
        """The zoom as shown: in fit-width mode Qt keeps the last custom factor instead."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() < 1:
            return float(self.view.zoomFactor())
        return self._pixels_per_point(max(0, self.current_page() - 1)) / _screen_resolution()

    def _pixels_per_point(self, page: int) -> float:
        """How QPdfView scales ``page``: to the viewport's width, or by the zoom factor."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return _screen_resolution() * float(self.view.zoomFactor())
        width = self.document.pagePointSize(page).width()
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        return usable / width if width > 0 else 1.0

    def _scroll_to(self, page: int, y_points: float) -> None:
        """Scroll so a point of a page shows near the top.

        QPdfView scrolls only to the top of a page; a sentence at the foot of a long
        page would stay out of sight, so the offset is worked out as QPdfView lays
        pages out: top margin, then each page's scaled height plus the spacing.
        """
        above = sum(
            int(self.document.pagePointSize(p).height() * self._pixels_per_point(p))
            + self.view.pageSpacing()
            for p in range(page)
        )
        top = self.view.documentMargins().top() + above
        offset = y_points * self._pixels_per_point(page) - 40
        self.view.verticalScrollBar().setValue(int(top + max(0.0, offset)))

    def _page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(int(page) + 1)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.document.pageCount() - 1)

    # Highlighting

    def highlight(self, words: str, near_page: int = 1) -> bool:
        """Highlight ``words`` on the page nearest after ``near_page`` that has them.

        Returns False (and says so) when no part of them is on any page, for example on
        a photo with no text layer.
        """
        self.find_edit.setText(" ".join(words.split()))
        found = self.locate(words, near_page)
        if found is None:
            self._found_page = None
            self.search_model.setSearchString("")
            self.found_label.setText("Not found on these pages" if words.strip() else "")
            return False
        page, part = found
        self._found_page = page - 1
        self.search_model.setSearchString(part)
        self.go_to_page(page)
        whole = folded(part) == folded(words)
        self.found_label.setText(f"Highlighted on page {page}" + ("" if whole else " (in part)"))
        return True

    def locate(self, words: str, near_page: int = 1) -> tuple[int, str] | None:
        """(1-based page, the longest leading part of ``words`` found there), or None."""
        count = self.document.pageCount()
        if count < 1:
            return None
        start = min(max(near_page - 1, 0), count - 1)
        order = list(range(start, count)) + list(range(0, start))
        texts = {page: folded(self.document.getAllText(page).text()) for page in order}
        for part in candidates(words):
            needle = folded(part)
            for page in order:
                if needle in texts[page]:
                    return page + 1, part
        return None

    def _results_changed(self) -> None:
        """Results arrive page by page: make the first one on the found page current."""
        if self._found_page is None:
            return
        for row in range(self.search_model.rowCount(QModelIndex())):
            result = self.search_model.resultAtIndex(row)
            if result.page() == self._found_page:
                self.view.setCurrentSearchResultIndex(row)
                self._scroll_to(result.page(), result.location().y())
                self._found_page = None
                return

    def _release(self) -> None:
        self._found_page = None
        self.search_model.setSearchString("")
        self.found_label.setText("")
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._bytes = QByteArray()


def _screen_resolution() -> float:
    """Pixels per point at 100%, as QPdfView works it out."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInch() / 72.0 if screen is not None else 96 / 72.0
