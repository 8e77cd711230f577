"""Showing the working document's marked-up text as it will print: bold, italic, underline
and strikethrough in a read-only text view, with footnote numbers and the notes below.

The styles carry the meaning (the tribunal's key), so they are shown exactly, never as
colours; screen readers get the same words, and the key is spelt out above the view.
"""

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from ehcp_appeal.export.wd_markup import STYLE_FORMAT, Markup, Run


def char_format(style: str) -> QTextCharFormat:
    bold, italic, underline, strike = STYLE_FORMAT.get(style, STYLE_FORMAT["original"])
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    fmt.setFontUnderline(underline)
    fmt.setFontStrikeOut(strike)
    return fmt


def render(markup: Markup, document: QTextDocument, original_only: bool = False) -> None:
    """Fill ``document`` with the sections; ``original_only`` shows the plan's wording alone."""
    document.clear()
    cursor = QTextCursor(document)
    notes: list[str] = []
    heading = QTextCharFormat()
    heading.setFontPointSize(document.defaultFont().pointSizeF() * 1.25)
    first = True
    for section in markup.sections:
        if not first:
            cursor.insertBlock()
        first = False
        cursor.insertText(section.title, heading)
        number = 0
        for paragraph in section.paragraphs:
            runs = [r for r in paragraph.runs if not original_only or _is_original(r)]
            if not runs:
                continue
            cursor.insertBlock()
            if not paragraph.heading:
                number += 1
                cursor.insertText(f"{number}. ", char_format("original"))
            for run in runs:
                style = "original" if original_only else run.style
                cursor.insertText(run.text, char_format(style))
                if run.footnote and not original_only:
                    notes.append(run.footnote)
                    mark = char_format("original")
                    mark.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                    cursor.insertText(str(len(notes)), mark)
    if notes:
        cursor.insertBlock()
        cursor.insertText("Footnotes (evidence)", heading)
        for number, note in enumerate(notes, start=1):
            cursor.insertBlock()
            cursor.insertText(f"{number}. {note}", char_format("original"))


def _is_original(run: Run) -> bool:
    """Wording that was in the plan: unmarked text and anything proposed for deletion."""
    return run.style == "original" or run.style.endswith("_del")


class MarkupView(QTextEdit):
    """A read-only view of the marked-up sections."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)  # Tab moves on, so the keyboard never gets stuck here

    def show_markup(self, markup: Markup | None, original_only: bool = False) -> None:
        if markup is None:
            self.document().clear()
            return
        render(markup, self.document(), original_only)
