"""Asking for the passphrase of an encrypted data folder, before anything of it is shown.

The window opens an encrypted folder only through ``open_data_folder``: it asks for the
passphrase (or the recovery key) in a hidden field, says plainly what a wrong one means,
and reminds the family what is lost if both are lost, because that loss is the one real
risk encryption adds.
"""

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.db.database import PASSPHRASE_ENV, Database, open_database
from ehcp_appeal.db.server import PasswordRequiredError, configured_server
from ehcp_appeal.errors import AppError
from ehcp_appeal.security import vault
from ui.widgets.dialog_parts import problem_label, secret_field, show_problem, show_secrets

LOSS_WARNING = (
    "If both the passphrase and the recovery key are lost, nobody can open this data again "
    "(not the makers of this app, not anyone): every document, note and date in it is lost. "
    "Keep the recovery key printed, somewhere safe away from this computer."
)

Opener = Callable[[Path, str], object]


class PassphraseDialog(QDialog):
    """A hidden passphrase field; on Unlock it opens the folder, or says it was wrong."""

    def __init__(
        self, root: Path, opener: Opener = open_database, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.root = root
        self.opener = opener
        self.opened: object | None = None  # what the opener returned: the Database, at start
        self.setWindowTitle("Unlock your data")
        self.setAccessibleName("Unlock your data")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(
            "This computer's EHCP Appeal data is encrypted. Type your passphrase, or the "
            "recovery key you printed when you set it up."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = secret_field("Passphrase or recovery key")
        layout.addWidget(self.field)
        self.show_text = QCheckBox("Show what I type")
        self.show_text.setAccessibleName("Show the passphrase as I type it")
        self.show_text.toggled.connect(self._toggle_echo)
        layout.addWidget(self.show_text)
        self.error_label = problem_label("Problem unlocking")
        layout.addWidget(self.error_label)
        warning = QLabel(f"Important: {LOSS_WARNING}")
        warning.setWordWrap(True)
        warning.setAccessibleName("What is lost without the passphrase")
        layout.addWidget(warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.unlock_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText("Unlock")
        self.unlock_button.setObjectName("primary")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Quit")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()

    def _toggle_echo(self, visible: bool) -> None:
        show_secrets((self.field,), visible)

    def accept(self) -> None:
        secret = self.field.text()
        if not secret:
            self._say("Type the passphrase first.")
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about a second, by design
        try:
            self.opened = self.opener(self.root, secret)
        except vault.WrongPassphraseError:
            self._say("That passphrase did not open your data. Nothing was changed; try again.")
            self.field.selectAll()
            return
        except AppError as error:
            self._say(error.message)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.field.clear()
        super().accept()

    def _say(self, message: str) -> None:
        show_problem(self.error_label, message)
        self.adjustSize()  # make room for the message; wrapped labels do not ask for it


def open_data_folder(
    root: Path, parent: QWidget | None = None, offer_encryption: bool = False
) -> Database | None:
    """The data folder opened for the window; None when the user chose to quit.

    A clear folder opens as before. An encrypted one uses the environment's passphrase
    when set (scripts, screenshots), else asks. A new folder is first offered encryption
    when ``offer_encryption`` (not for the sample case).
    """
    if configured_server(root):
        return _open_server(root, parent)
    if offer_encryption and _is_new(root):
        from ui.dialogs.encryption_offer import EncryptionOfferDialog, RecoveryKeyDialog

        offer = EncryptionOfferDialog(root, parent)
        if offer.exec() == QDialog.DialogCode.Accepted:
            RecoveryKeyDialog(offer.recovery_key, parent).exec()
            return open_database(root, offer.passphrase)
    if not vault.is_encrypted(root) or os.environ.get(PASSPHRASE_ENV):
        return open_database(root)
    dialog = PassphraseDialog(root, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not isinstance(dialog.opened, Database):
        return None
    return dialog.opened


def _open_server(root: Path, parent: QWidget | None) -> Database | None:
    """A team server's database; its password asked for (hidden) only if it wants one,
    and asked again after a wrong one. None when the user cancels."""
    password: str | None = None
    while True:
        try:
            return open_database(root, password=password)
        except PasswordRequiredError as error:
            text, accepted = QInputDialog.getText(
                parent,
                "Sign in to the team's server",
                f"{error.message}\n\nPassword:" if password else "Password for the team's server:",
                QLineEdit.EchoMode.Password,
            )
            if not accepted:
                return None
            password = text


def _is_new(root: Path) -> bool:
    return not root.exists() or not any(root.iterdir())
