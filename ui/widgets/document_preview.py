"""In-app document viewer: shows PDF bytes from memory, so no copy lands in a temp folder."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


class DocumentPreview(QWidget):
    """A QPdfView fed from a QBuffer; a plain message when there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName("Document preview")
        self.message = QLabel("Choose a document to see it here.")
        self.message.setWordWrap(True)
        self.message.setObjectName("pageIntro")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.message)
        self._stack.addWidget(self.view)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None

    def show_pdf(self, data: bytes, page: int = 1) -> bool:
        """Show ``data`` at ``page`` (1-based); False, with a message, if it will not load."""
        self._release()
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self.show_message("This document cannot be shown here, but its original is kept.")
            return False
        self._stack.setCurrentWidget(self.view)
        self.go_to_page(page)
        return True

    def go_to_page(self, page: int) -> None:
        last = max(0, self.document.pageCount() - 1)
        self.view.pageNavigator().jump(min(max(page - 1, 0), last), QPointF(), 0)

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage()) + 1

    def show_message(self, text: str) -> None:
        self._release()
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)

    def clear(self) -> None:
        self.show_message("Choose a document to see it here.")

    def _release(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._bytes = QByteArray()
