"""The large reader: its own window, so a parent can read a report beside the plan check."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ehcp_appeal.services import evidence
from ui.context import AppContext
from ui.widgets.document_reader import DocumentReader

DEFAULT_SIZE = (960, 820)


class ReaderWindow(QWidget):
    """One window reused for every document opened; Escape closes it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.doc_id: str | None = None
        self.setObjectName("page")
        self.setWindowTitle("Reader - EHCP Appeal")
        self.setAccessibleName("Document reader")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.title = QLabel("")
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.title.setAccessibleName("Document title")
        self.reader = DocumentReader(self)
        layout.addWidget(self.title)
        layout.addWidget(self.reader, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Start large, but never larger than the screen it opens on."""
        screen = QGuiApplication.primaryScreen()
        width, height = DEFAULT_SIZE
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 40)
        self.setMinimumSize(420, 360)
        self.resize(max(width, 420), max(height, 360))

    def open_document(self, doc_id: str, page: int = 1, words: str = "") -> None:
        """Show the window at once, then the document when it has been read off the thread."""
        self.doc_id = doc_id
        self.reader.show_message("Opening…")
        self.show()
        self.raise_()
        self.activateWindow()
        db = self.context.db

        def job(_progress: object) -> tuple[str, bytes]:
            return evidence.get_document(db, doc_id).title, evidence.render_preview_pdf(db, doc_id)

        def loaded(result: tuple[str, bytes]) -> None:
            if doc_id != self.doc_id:
                return
            title, data = result
            self.title.setText(title)
            self.setWindowTitle(f"{title} - EHCP Appeal")
            self.reader.show_pdf(data, page, words)
            self.reader.view.setFocus()

        self.context.runner.start(job, loaded, self.reader.show_message, owner=self)
