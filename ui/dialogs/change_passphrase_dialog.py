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
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.errors import AppError
from ehcp_appeal.progress import Progress
from ehcp_appeal.security import vault
from ui.context import AppContext
from ui.dialogs.encryption_offer import MIN_LENGTH, passphrase_problem
from ui.dialogs.passphrase_dialog import LOSS_WARNING

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
        self.current = self._secret_field("Current passphrase or recovery key")
        self.first = self._secret_field(f"New passphrase (at least {MIN_LENGTH} characters)")
        self.second = self._secret_field("The new passphrase again")
        for field in (self.current, self.first, self.second):
            layout.addWidget(field)
        self.show_text = QCheckBox("Show what I type")
        self.show_text.setAccessibleName("Show the passphrases as I type them")
        self.show_text.toggled.connect(self._toggle_echo)
        layout.addWidget(self.show_text)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #9b1c1c; font-weight: 600;")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Problem changing the passphrase")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        warning = QLabel(f"Important: {LOSS_WARNING}")
        warning.setWordWrap(True)
        warning.setAccessibleName("What is lost without the passphrase")
        layout.addWidget(warning)
        buttons = QDialogButtonBox()
        self.change_button = QPushButton("Change passphrase")
        self.change_button.setObjectName("primary")
        self.cancel_button = QPushButton("Cancel")
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.current.setFocus()
        self._fit()

    def _secret_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.setPlaceholderText(name)
        return field

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        for field in (self.current, self.first, self.second):
            field.setEchoMode(mode)

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
        self.error_label.setText(f"⚠ {message}")
        self.error_label.show()
        self._fit()

    def _fit(self) -> None:
        """Wrapped labels do not grow a window by themselves; size it for its width."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        self.setFixedHeight(layout.totalHeightForWidth(self.width()))
