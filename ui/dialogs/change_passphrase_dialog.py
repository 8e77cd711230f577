"""Changing the passphrase of an encrypted data folder, explained plainly.

The folder's documents and database are locked with a random key that never changes;
the passphrase only unlocks that key. So changing the passphrase rewrites one small file
(the key file) and nothing else: no document is touched, it is quick, and the printed
recovery key keeps working. The slow part (about a second, on purpose: it makes guessing
slow too) runs off the window's thread.
"""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.errors import AppError
from ehcp_appeal.progress import Progress
from ehcp_appeal.security import vault
from ui.context import AppContext
from ui.dialogs.encryption_offer import MIN_LENGTH, passphrase_problem
from ui.dialogs.passphrase_dialog import LOSS_WARNING
from ui.widgets.dialog_parts import (
    choice_buttons,
    fit_to_width,
    problem_label,
    secret_field,
    show_problem,
    show_secrets,
)

EXPLANATION = (
    "Your passphrase unlocks the key that protects your documents, notes and dates. "
    "Changing it changes only that lock: your documents stay exactly as they are. From now "
    "on only the new passphrase opens your data; the old one stops working. The recovery "
    "key you printed keeps working."
)
WRONG_CURRENT = "That is not your current passphrase (or recovery key). Nothing was changed."


class ChangePassphraseDialog(QDialog):
    """Current passphrase, the new one twice; accepted once the key file is rewritten."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Change passphrase")
        self.setAccessibleName("Change passphrase")
        self.setFixedWidth(560)  # a known width lets the wrapped text claim its height
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(EXPLANATION)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.current = secret_field("Current passphrase or recovery key")
        self.first = secret_field(f"New passphrase (at least {MIN_LENGTH} characters)")
        self.second = secret_field("The new passphrase again")
        for field in (self.current, self.first, self.second):
            layout.addWidget(field)
        self.show_text = QCheckBox("Show what I type")
        self.show_text.setAccessibleName("Show the passphrases as I type them")
        self.show_text.toggled.connect(self._toggle_echo)
        layout.addWidget(self.show_text)
        self.error_label = problem_label("Problem changing the passphrase")
        layout.addWidget(self.error_label)
        warning = QLabel(f"Important: {LOSS_WARNING}")
        warning.setWordWrap(True)
        warning.setAccessibleName("What is lost without the passphrase")
        layout.addWidget(warning)
        buttons, self.change_button, self.cancel_button = choice_buttons(
            self, "Change passphrase", "Cancel"
        )
        layout.addWidget(buttons)
        self.current.setFocus()
        fit_to_width(self)

    def _toggle_echo(self, visible: bool) -> None:
        show_secrets((self.current, self.first, self.second), visible)

    def accept(self) -> None:
        current, first = self.current.text(), self.first.text()
        if not current:
            self._say("Type your current passphrase first.")
            return
        problem = passphrase_problem(first, self.second.text())
        if problem:
            self._say(problem)
            return
        root = self.context.db.root

        def change(_progress: Progress) -> None:
            try:
                vault.change_passphrase(root, current, first)
            except vault.WrongPassphraseError:
                raise AppError(WRONG_CURRENT) from None

        self._busy(True)
        task = self.context.runner.start(
            change, on_success=self._changed, on_failure=self._failed, owner=self
        )
        self.task = task

    def _changed(self, _result: object) -> None:
        for field in (self.current, self.first, self.second):
            field.clear()
        self._busy(False)
        super().accept()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self._say(message)
        self.current.setFocus()
        self.current.selectAll()

    def _busy(self, busy: bool) -> None:
        for widget in (self.current, self.first, self.second, self.change_button):
            widget.setEnabled(not busy)
        self.change_button.setText("Changing…" if busy else "Change passphrase")

    def _say(self, message: str) -> None:
        show_problem(self.error_label, message)
        fit_to_width(self)
