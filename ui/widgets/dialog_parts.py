"""The pieces the window's dialogs all build the same way: hidden text fields for secrets,
the line that says what is wrong, a primary choice beside a way out, and a height that
makes room for wrapped text.

One place for them keeps every dialog saying a problem the same way (a warning sign and
words in dark red and bold, never colour alone) and every secret field named for screen
readers.
"""

from collections.abc import Iterable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton

PROBLEM_STYLE = "color: #9b1c1c; font-weight: 600;"  # 7.6:1 on white


def secret_field(name: str) -> QLineEdit:
    """A field whose text is hidden as typed, named (and hinted) ``name``."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setPlaceholderText(name)
    return field


def show_secrets(fields: Iterable[QLineEdit], visible: bool) -> None:
    """Show or hide what was typed in every one of ``fields`` (a "Show what I type" box)."""
    mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
    for field in fields:
        field.setEchoMode(mode)


def problem_label(name: str) -> QLabel:
    """A hidden, wrapping label for what went wrong, named ``name`` for screen readers."""
    label = QLabel()
    label.setStyleSheet(PROBLEM_STYLE)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.hide()
    return label


def show_problem(label: QLabel, message: str) -> None:
    label.setText(f"⚠ {message}")
    label.show()


def fit_to_width(dialog: QDialog) -> None:
    """Wrapped labels do not grow a window by themselves; size it for its fixed width."""
    layout = dialog.layout()
    assert layout is not None
    layout.activate()
    dialog.setFixedHeight(layout.totalHeightForWidth(dialog.width()))


def choice_buttons(
    dialog: QDialog, accept_text: str, reject_text: str
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The dialog's own words for going on (the primary button, which accepts it) and for
    leaving it unchanged (which rejects it), in the platform's order."""
    buttons = QDialogButtonBox()
    accept = QPushButton(accept_text)
    accept.setObjectName("primary")
    reject = QPushButton(reject_text)
    buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(reject, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept, reject
