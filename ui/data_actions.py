"""The File menu's data-safety items: restore from a backup and change the passphrase.

Kept out of the main window so the shell stays about navigation; both dialogs are
imported when first opened, so starting the app does not pay for them. The object is a
child of the window and finds it through ``parent()``: holding the window in an
attribute would make a reference cycle that keeps a closed window alive.
"""

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ui.context import AppContext

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class DataActions(QObject):
    """Adds the items to ``menu`` and opens their dialogs over ``window``."""

    def __init__(self, window: "MainWindow", context: AppContext, menu: QMenu) -> None:
        super().__init__(window)
        self.context = context
        self.restore_action = QAction("&Restore from a backup…", menu)
        self.restore_action.triggered.connect(self.restore)
        menu.addAction(self.restore_action)
        self.passphrase_action = QAction("Change &passphrase…", menu)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.passphrase_action.setVisible(context.db.encrypted)  # a clear folder has none
        menu.addAction(self.passphrase_action)

    def window(self) -> "MainWindow":
        return cast("MainWindow", self.parent())

    def restore(self) -> None:
        from ui.dialogs.restore_dialog import RestoreDialog

        window = self.window()
        if window.confirm_leave_case():
            RestoreDialog(self.context, window.data_restored, window).exec()

    def change_passphrase(self) -> None:
        from ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog

        window = self.window()
        if ChangePassphraseDialog(self.context, window).exec():
            window.statusBar().showMessage(
                "The passphrase is changed: from now on only the new one opens your data."
            )
