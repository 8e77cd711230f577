"""The form for one amendment: section, whose change, what kind, the wording and the evidence."""

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ehcp_appeal.services.amendment_proposals import Evidence
from ehcp_appeal.services.amendments import (
    ACTION_LABELS,
    PARTY_LABELS,
    SECTIONS,
    AmendmentInfo,
)

_PARTY_TEXT = {
    "parent": "Parent (printed bold)",
    "council": "Council (printed italic)",
    "agreed": "Agreed by both (printed underlined)",
}
_ACTION_TEXT = {
    "add": "Add new wording",
    "delete": "Delete the plan's wording",
    "replace": "Replace the plan's wording",
}


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(90)
    return box


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose Alt+letter moves to ``widget`` (rows holding several fields)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class AmendmentForm(QWidget):
    """Edits the values of one amendment; the page saves them through the core service."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.section = QComboBox()
        self.section.setAccessibleName("Section of the plan")
        for section in SECTIONS:
            self.section.addItem(f"Section {section}", section)
        self.party = QComboBox()
        self.party.setAccessibleName("Whose change")
        for party in PARTY_LABELS:
            self.party.addItem(_PARTY_TEXT[party], party)
        self.action = QComboBox()
        self.action.setAccessibleName("Kind of change")
        for action in ACTION_LABELS:
            self.action.addItem(_ACTION_TEXT[action], action)
        self.original = _text_box(
            "The plan's wording",
            "For a deletion or replacement: the plan's words. For an addition: the passage it "
            "goes after (leave empty for the end of the section).",
        )
        self.proposed = _text_box("Proposed wording", "The wording you want in the plan.")
        self.document = QComboBox()
        self.document.setAccessibleName("Evidence document")
        self.page = QSpinBox()
        self.page.setRange(0, 9999)
        self.page.setSpecialValueText("no page")
        self.page.setAccessibleName("Evidence page")
        self.paragraph = QLineEdit()
        self.paragraph.setPlaceholderText("para")
        self.paragraph.setAccessibleName("Evidence paragraph")
        self.paragraph.setMaximumWidth(80)
        self.note = QLineEdit()
        self.note.setPlaceholderText("A short note for the footnote (optional)")
        self.note.setAccessibleName("Evidence note")
        where = QHBoxLayout()
        where.addWidget(self.document, 1)
        where.addWidget(self.page)
        where.addWidget(self.paragraph)
        selectors = QHBoxLayout()
        for combo in (self.section, self.party, self.action):
            selectors.addWidget(combo)
        form.addRow(_buddy("&Change:", self.section), selectors)
        form.addRow("&Plan's wording:", self.original)
        form.addRow("Pr&oposed wording:", self.proposed)
        form.addRow(_buddy("E&vidence:", self.document), where)
        form.addRow("", self.note)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.set_documents([])
        self.clear()

    def set_documents(self, documents: list[tuple[str, str]]) -> None:
        """(document id, title) of the case's documents, for choosing the evidence."""
        current = self.document.currentData()
        self.document.clear()
        self.document.addItem("No document", "")
        for doc_id, title in documents:
            self.document.addItem(title, doc_id)
        self.document.setCurrentIndex(max(0, self.document.findData(current)))

    def _action_changed(self) -> None:
        self.proposed.setEnabled(self.action.currentData() != "delete")

    def clear(self) -> None:
        self.section.setCurrentIndex(self.section.findData("F"))
        self.party.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.original.setPlainText("")
        self.proposed.setPlainText("")
        self.document.setCurrentIndex(0)
        self.page.setValue(0)
        self.paragraph.setText("")
        self.note.setText("")

    def show_amendment(self, amendment: AmendmentInfo) -> None:
        self.section.setCurrentIndex(self.section.findData(amendment.section))
        self.party.setCurrentIndex(self.party.findData(amendment.party))
        self.action.setCurrentIndex(self.action.findData(amendment.action))
        self.original.setPlainText(amendment.original_text)
        self.proposed.setPlainText(amendment.proposed_text)
        self.document.setCurrentIndex(
            max(0, self.document.findData(amendment.evidence.document_id))
        )
        self.page.setValue(amendment.evidence.page or 0)
        self.paragraph.setText(amendment.evidence.paragraph)
        self.note.setText(amendment.evidence.note)

    def values(self) -> dict[str, object]:
        """Keyword arguments for ``amendments.add_amendment`` / ``edit_amendment``."""
        return {
            "section": str(self.section.currentData()),
            "party": str(self.party.currentData()),
            "action": str(self.action.currentData()),
            "original_text": self.original.toPlainText(),
            "proposed_text": self.proposed.toPlainText(),
            "evidence": Evidence(
                document_id=str(self.document.currentData() or ""),
                page=self.page.value() or None,
                paragraph=self.paragraph.text().strip(),
                note=self.note.text().strip(),
            ),
        }
