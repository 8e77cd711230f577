"""Locking the window of an encrypted folder after the idle time the user chose.

A shared family laptop is often left open. After the chosen minutes without a key press
or mouse use, every window of the app hides behind the passphrase dialog; the passphrase
(or the recovery key) brings them back, Quit closes the app. The choice is a number in
the app's settings (nothing about a case is stored there).

Locking also drops the keys: once no work is running (an import or a bundle finishes
first, rather than being cut off), the daily backup is made if due, then every database
connection is closed and the key bytes are overwritten, so unlocking derives them again
from the passphrase. Python may have copied a key along the way, so this narrows what a
look at the memory of the running app could find; it does not rule it out.
"""

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMainWindow, QWidget

from ehcp_appeal.db.backups import backup_if_due
from ehcp_appeal.progress import Progress
from ui.context import AppContext
from ui.dialogs.passphrase_dialog import PassphraseDialog

SETTING = "privacy/lock_after_minutes"
DEFAULT_MINUTES = 10
RETRY_DROP_MS = 500  # how soon to look again when work was running at the lock
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleLock(QObject):
    """Watches the application's input; adds "Lock now" and "Lock after…" to the File menu."""

    def __init__(
        self, window: QMainWindow, context: AppContext, settings: QSettings | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.settings = settings if settings is not None else QSettings()
        self.dialog: PassphraseDialog | None = None
        self.hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)
        self.drop_timer = QTimer(self)
        self.drop_timer.setSingleShot(True)
        self.drop_timer.setInterval(RETRY_DROP_MS)
        self.drop_timer.timeout.connect(self._drop_keys_when_idle)
        self.dropping = False
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
        self.hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self.hidden:  # the reader and the guide too, not just the main window
            widget.hide()
        self.dialog = PassphraseDialog(self.context.db.root, opener=self._unlock)
        self.dialog.finished.connect(self._finished)
        self.dialog.open()
        self._drop_keys_when_idle()

    def _unlock(self, _root: object, secret: str) -> object:
        self.context.db.unlock(secret)  # checks the passphrase even if the keys were kept
        return self.context.db

    def _drop_keys_when_idle(self) -> None:
        """Wait for running work, make the daily backup if due, then forget the keys."""
        if not self.locked or self.context.db.locked or self.dropping:
            return
        if self.context.runner.busy:
            self.drop_timer.start()
            return
        self.dropping = True
        db = self.context.db

        def backup(_progress: Progress) -> None:
            backup_if_due(db)

        task = self.context.runner.start(backup, owner=self)
        task.signals.finished.connect(self._drop_keys)

    def _drop_keys(self) -> None:
        self.dropping = False
        if not self.locked:  # unlocked while the backup ran: keep going with the same keys
            return
        if self.context.runner.busy:
            self.drop_timer.start()
            return
        self.context.db.lock()

    def _finished(self, result: int) -> None:
        self.dialog = None
        self.drop_timer.stop()
        if result != QDialog.DialogCode.Accepted:
            QApplication.quit()
            return
        for widget in self.hidden:
            widget.show()
        self.hidden = []
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
