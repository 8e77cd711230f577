"""The title and one-line introduction at the top of every page."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PageHeader(QWidget):
    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.title.setAccessibleName(title)
        self.intro = QLabel(intro)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
