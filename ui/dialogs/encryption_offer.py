"""The first-run offer: protect this computer's data with a passphrase, explained plainly.

Shown once, when the data folder is new. Choosing encryption creates the vault and then
shows the recovery key, which the user must confirm they have written down or printed
before going on, because it is shown only this once.
"""

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.security import vault
from ui.dialogs.passphrase_dialog import LOSS_WARNING
from ui.widgets.dialog_parts import (
    choice_buttons,
    fit_to_width,
    problem_label,
    secret_field,
    show_problem,
)

EXPLANATION = (
    "EHCP Appeal keeps your child's reports, letters and notes on this computer. You can "
    "lock them with a passphrase: then anyone who gets hold of this computer, its disk or a "
    "copy of the data cannot read them without it. You will type the passphrase each time "
    "you open the app. It does not protect against someone who knows the passphrase or "
    "uses the app while it is open."
)
MIN_LENGTH = 8


def passphrase_problem(first: str, second: str) -> str | None:
    """What is wrong with a new passphrase typed twice, in plain words; None when fine."""
    if len(first) < MIN_LENGTH:
        return f"Choose a passphrase of at least {MIN_LENGTH} characters; a short sentence is best."
    if first != second:
        return "The two passphrases differ; type them again."
    return None


class EncryptionOfferDialog(QDialog):
    """Accepted with ``recovery_key`` set once the vault exists; rejected means "not now"."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.passphrase = ""
        self.recovery_key = ""
        self.setWindowTitle("Protect your data?")
        self.setAccessibleName("Protect your data with a passphrase")
        self.setFixedWidth(560)  # a known width lets the wrapped text claim its height
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(EXPLANATION)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.first = secret_field("Passphrase (at least 8 characters)")
        self.second = secret_field("The same passphrase again")
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        self.error_label = problem_label("Problem with the passphrase")
        layout.addWidget(self.error_label)
        buttons, self.encrypt_button, self.later_button = choice_buttons(
            self, "Lock my data with this passphrase", "Not now"
        )
        layout.addWidget(buttons)
        self.first.setFocus()
        fit_to_width(self)

    def accept(self) -> None:
        first, second = self.first.text(), self.second.text()
        problem = passphrase_problem(first, second)
        if problem:
            self._say(problem)
            return
        self.recovery_key = vault.create_vault(self.root, first)
        self.passphrase = first
        self.first.clear()
        self.second.clear()
        super().accept()

    def _say(self, message: str) -> None:
        show_problem(self.error_label, message)
        fit_to_width(self)


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; Continue waits until the user says it is written down."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your recovery key")
        self.setAccessibleName("Your recovery key")
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(
            "Write down or print this recovery key now. It opens your data if you forget the "
            "passphrase, and it will not be shown again."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key = QLineEdit(recovery_key)
        self.key.setReadOnly(True)
        self.key.setAccessibleName("Recovery key")
        font = QFont("monospace")
        font.setPointSize(14)
        self.key.setFont(font)
        layout.addWidget(self.key)
        warning = QLabel(f"Important: {LOSS_WARNING}")
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.confirm = QCheckBox("I have written down or printed the recovery key")
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.continue_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText("Continue")
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
