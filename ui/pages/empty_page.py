"""An honest placeholder for a part of the app that has nothing to show yet."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.widgets.page_header import PageHeader


class EmptyStatePage(QWidget):
    """Says plainly what the page will do and that it is not available in this version."""

    def __init__(
        self, context: AppContext, title: str, purpose: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(PageHeader(title, purpose))
        card = QFrame()
        card.setObjectName("emptyCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 24, 24, 24)
        heading = QLabel("Not available in this version yet")
        heading.setObjectName("emptyTitle")
        text = QLabel(
            "Nothing is lost by waiting: everything you add to the case is kept and will "
            "appear here once this part of the app is ready."
        )
        text.setObjectName("emptyText")
        text.setWordWrap(True)
        for label in (heading, text):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            card_layout.addWidget(label)
        layout.addWidget(card)
        layout.addStretch(1)
        self.heading = heading

    def set_case(self, case_id: str | None) -> None:
        """Nothing to load; present for the common page interface."""
