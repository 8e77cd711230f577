"""Locking the window of an encrypted folder after the idle time the user chose.

A shared family laptop is often left open. After the chosen minutes without a key press
or mouse use, the window hides behind the passphrase dialog; the passphrase (or the
recovery key) brings it back, Quit closes the app. The choice is a number in the app's
settings (nothing about a case is stored there). The keys stay in the app's memory while
it is locked: this guards the screen, not a computer someone can inspect while it runs.
"""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMainWindow

from ehcp_appeal.security import vault
from ui.dialogs.passphrase_dialog import PassphraseDialog

SETTING = "privacy/lock_after_minutes"
DEFAULT_MINUTES = 10
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleLock(QObject):
    """Watches the application's input; adds "Lock now" and "Lock after…" to the File menu."""

    def __init__(self, window: QMainWindow, root: Path, settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings if settings is not None else QSettings()
        self.root = root
        self.dialog: PassphraseDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)
        self.set_minutes(int(str(self.settings.value(SETTING, DEFAULT_MINUTES))))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._add_actions()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: int) -> None:
        """0 means never lock by itself; the choice is remembered."""
        self.minutes = max(0, minutes)
        self.settings.setValue(SETTING, self.minutes)
        self._restart()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.locked:
            self._restart()
        return False

    def lock_now(self) -> None:
        if self.locked:
            return
        self.timer.stop()
        self.window.hide()
        self.dialog = PassphraseDialog(self.root, opener=vault.unlock)
        self.dialog.finished.connect(self._finished)
        self.dialog.open()

    def _finished(self, result: int) -> None:
        self.dialog = None
        if result != QDialog.DialogCode.Accepted:
            QApplication.quit()
            return
        self.window.show()
        self._restart()

    def _restart(self) -> None:
        if self.minutes:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def _choose(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window,
            "Lock after",
            "Lock the window after this many minutes without use (0 = never):",
            self.minutes,
            0,
            240,
        )
        if ok:
            self.set_minutes(minutes)

    def _add_actions(self) -> None:
        menu = next(
            (m.menu() for m in self.window.menuBar().actions() if m.text() == "&File"), None
        )
        if menu is None:
            return
        lock = QAction("&Lock now", self.window)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock_now)
        choose = QAction("Lock &after…", self.window)
        choose.triggered.connect(self._choose)
        actions = menu.actions()
        if actions:  # above Quit
            menu.insertActions(actions[-1], [lock, choose])
        else:
            menu.addActions([lock, choose])
