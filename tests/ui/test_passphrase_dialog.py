"""The window's passphrase dialog: hidden entry, a plain refusal, and the loss warning."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit

from ehcp_appeal.db.database import PASSPHRASE_ENV, Database
from ehcp_appeal.security import kdf, vault
from ui.dialogs.passphrase_dialog import LOSS_WARNING, PassphraseDialog, open_data_folder


@pytest.fixture
def encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    monkeypatch.setattr(kdf, "DEFAULT_COST", kdf.KdfCost(time_cost=1, memory_kib=64, parallelism=1))
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    root = tmp_path / "locked"
    recovery = vault.create_vault(root, "open sesame")
    return root, recovery


def test_wrong_passphrase_is_said_plainly_and_the_right_one_opens(qtbot, encrypted) -> None:  # type: ignore[no-untyped-def]
    root, recovery = encrypted
    dialog = PassphraseDialog(root)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert "lost" in LOSS_WARNING and any(
        LOSS_WARNING in label.text() for label in dialog.findChildren(type(dialog.error_label))
    )
    dialog.field.setText("open sesame?")
    dialog.unlock_button.click()
    assert dialog.opened is None and dialog.isVisible()
    assert "did not open" in dialog.error_label.text() and not dialog.error_label.isHidden()

    dialog.field.setText(recovery)
    dialog.unlock_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert isinstance(dialog.opened, Database) and dialog.opened.encrypted
    assert dialog.field.text() == ""
    dialog.opened.close()


def test_a_clear_folder_opens_without_asking(tmp_path: Path) -> None:
    db = open_data_folder(tmp_path / "clear")
    assert db is not None and not db.encrypted
    db.close()


def test_first_run_offer_checks_the_passphrase_then_shows_the_recovery_key_once(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.encryption_offer import EncryptionOfferDialog, RecoveryKeyDialog

    monkeypatch.setattr(kdf, "DEFAULT_COST", kdf.KdfCost(time_cost=1, memory_kib=64, parallelism=1))
    root = tmp_path / "new"
    offer = EncryptionOfferDialog(root)
    qtbot.addWidget(offer)
    offer.show()
    offer.first.setText("short")
    offer.second.setText("short")
    offer.encrypt_button.click()
    assert "at least 8" in offer.error_label.text() and not vault.is_encrypted(root)
    offer.first.setText("a long passphrase")
    offer.second.setText("a different one")
    offer.encrypt_button.click()
    assert "differ" in offer.error_label.text() and not vault.is_encrypted(root)
    offer.second.setText("a long passphrase")
    offer.encrypt_button.click()
    assert offer.result() == QDialog.DialogCode.Accepted and vault.is_encrypted(root)
    assert vault.unlock(root, offer.recovery_key) == vault.unlock(root, "a long passphrase")

    shown = RecoveryKeyDialog(offer.recovery_key)
    qtbot.addWidget(shown)
    assert shown.key.text() == offer.recovery_key and shown.key.isReadOnly()
    assert not shown.continue_button.isEnabled()
    shown.confirm.setChecked(True)
    assert shown.continue_button.isEnabled()


def test_a_team_server_asks_for_its_password_hidden_until_one_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ehcp_appeal.db import server as team_server
    from ui.dialogs import passphrase_dialog

    monkeypatch.setenv(team_server.DATABASE_URL_ENV, "postgresql://ann@server/team")
    tried: list[str | None] = []

    def opener(root: Path, password: str | None = None) -> object:
        tried.append(password)
        if password != "right":
            raise team_server.PasswordRequiredError("The server did not accept the password.")
        return "opened"

    answers = iter([("wrong", True), ("right", True)])
    asked: list[object] = []

    def ask(parent, title, label, echo):  # type: ignore[no-untyped-def]
        asked.append(echo)
        return next(answers)

    monkeypatch.setattr(passphrase_dialog, "open_database", opener)
    monkeypatch.setattr(QInputDialog, "getText", ask)
    assert open_data_folder(tmp_path) == "opened"
    assert tried == [None, "wrong", "right"]
    assert asked == [QLineEdit.EchoMode.Password] * 2
