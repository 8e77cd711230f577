"""The guide for parents in a window of its own, opened with F1 from any page."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ehcp_appeal.errors import AppError
from ehcp_appeal.guide import guide_text


class HelpDialog(QDialog):
    """Not modal, so the guide can stay open beside the page it explains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Guide for parents")
        self.setAccessibleName("Guide for parents")
        self.resize(760, 680)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Guide text")
        self.browser.setOpenLinks(False)  # nothing in the guide leaves the app
        try:
            self.browser.setMarkdown(guide_text())
        except AppError as error:
            self.browser.setPlainText(error.message)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.browser.setFocus()
