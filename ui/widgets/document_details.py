"""The details of one document (title, kind, date, author, from/to) to correct and save."""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ehcp_appeal.domain import DIRECTIONS, DOCUMENT_KINDS
from ehcp_appeal.services.evidence import DocumentInfo
from ui.widgets.notice import Notice
from ui.widgets.optional_date import OptionalDateEdit

NEEDS_TEXT = frozenset({"needs_ocr", "empty"})


def text_notice(doc: DocumentInfo, can_recognise: bool) -> str:
    """Why a document's words cannot be searched, and what to do about it; "" when they can."""
    if doc.text_status == "needs_ocr" and can_recognise:
        return "A picture of text: read it again to make its words searchable."
    if doc.text_status == "needs_ocr":
        return "A picture of text: its words cannot be searched until Tesseract is installed."
    if doc.text_status == "empty":
        return "No words were found in this document, so search cannot find it."
    return ""


class DocumentDetails(QGroupBox):
    """A form over one DocumentInfo; the page does the saving, so this never touches the core."""

    save_requested = Signal()
    delete_requested = Signal()
    reread_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Details", parent)
        form = QFormLayout(self)
        self.text_notice = Notice("About this document's text")
        self.reread_button = QPushButton("Read the te&xt again")
        self.reread_button.setAccessibleName("Read the document's text again")
        self.reread_button.setVisible(False)
        reread_row = QHBoxLayout()
        reread_row.addWidget(self.reread_button)
        reread_row.addStretch(1)
        form.addRow(self.text_notice)
        form.addRow(reread_row)
        self.title_edit = QLineEdit()
        self.kind_edit = QComboBox()
        for key, label in DOCUMENT_KINDS.items():
            self.kind_edit.addItem(label, key)
        self.date_edit = OptionalDateEdit("Document date")
        self.author_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.sender_edit = QLineEdit()
        self.sender_edit.setPlaceholderText("For letters and e-mails: who sent it")
        self.subject_edit = QLineEdit()
        self.subject_edit.setPlaceholderText("For letters and e-mails: what it is about")
        self.direction_edit = QComboBox()
        self.direction_edit.addItem("Not a letter or e-mail", "")
        for key, label in DIRECTIONS.items():
            self.direction_edit.addItem(label, key)
        for label, widget in (
            ("&Title", self.title_edit),
            ("&Kind", self.kind_edit),
            ("&Date", self.date_edit),
            ("&Author", self.author_edit),
            ("&Role", self.role_edit),
            ("From / t&o", self.direction_edit),
            ("Se&nder", self.sender_edit),
            ("Su&bject", self.subject_edit),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        self.save_button = QPushButton("&Save details")
        self.delete_button = QPushButton("De&lete")
        self.delete_button.setAccessibleName("Move the document to the trash")
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.reread_button.clicked.connect(self.reread_requested)

    def fill(self, doc: DocumentInfo, can_recognise: bool) -> None:
        """Show ``doc``; ``can_recognise`` says whether Tesseract is there to read pictures."""
        self.title_edit.setText(doc.title)
        self.kind_edit.setCurrentIndex(max(0, self.kind_edit.findData(doc.kind)))
        self.date_edit.set_value(doc.date)
        self.author_edit.setText(doc.author)
        self.role_edit.setText(doc.author_role)
        self.direction_edit.setCurrentIndex(max(0, self.direction_edit.findData(doc.direction)))
        self.sender_edit.setText(doc.sender)
        self.subject_edit.setText(doc.subject)
        for edit in (
            self.title_edit,
            self.author_edit,
            self.role_edit,
            self.sender_edit,
            self.subject_edit,
        ):
            # A long title shows its beginning, which says what it is; the whole in the tip.
            edit.setCursorPosition(0)
            edit.setToolTip(edit.text())
        self.text_notice.say(text_notice(doc, can_recognise))
        self.text_notice.setToolTip(doc.status_detail)
        self.reread_button.setVisible(doc.text_status in NEEDS_TEXT)
        self.reread_button.setEnabled(True)

    def clear(self) -> None:
        """Nothing selected: no leftover notice about a document that is not shown."""
        self.text_notice.say("")
        self.reread_button.setVisible(False)

    def values(self) -> dict[str, Any]:
        """The fields as ``evidence.update_metadata`` takes them."""
        return {
            "title": self.title_edit.text(),
            "kind": self.kind_edit.currentData(),
            "date": self.date_edit.value(),
            "author": self.author_edit.text().strip(),
            "author_role": self.role_edit.text().strip(),
            "direction": self.direction_edit.currentData(),
            "sender": self.sender_edit.text().strip(),
            "subject": self.subject_edit.text().strip(),
        }
