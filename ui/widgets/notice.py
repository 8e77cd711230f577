"""A one-line notice with an icon, so a warning never depends on colour alone."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget


class Notice(QWidget):
    """An information icon beside wrapped text; hidden until there is something to say."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon = QLabel()
        self.icon.setPixmap(icon.pixmap(20, 20))
        self.icon.setAccessibleName("Note")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(accessible_name)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.setVisible(False)

    def say(self, text: str) -> None:
        """Show ``text``, or hide the notice when it is empty."""
        self.label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()
