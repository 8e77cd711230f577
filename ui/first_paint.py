"""Leave at the main window's first paint, for start-up benchmarks of built copies.

A frozen app cannot be given a measuring script, so the environment variable
EHCP_APPEAL_EXIT_AT_FIRST_PAINT=1 makes it print the monotonic clock when the window is
first painted and exit at once; the benchmark subtracts the moment it launched the app.
"""

import os
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

VARIABLE = "EHCP_APPEAL_EXIT_AT_FIRST_PAINT"


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "MainWindow":
            print(f"painted {time.monotonic():.6f}", flush=True)
            os._exit(0)
        return False


def exit_at_first_paint_if_asked(app: QApplication) -> None:
    if os.environ.get(VARIABLE) == "1":
        watcher = _FirstPaint(app)
        app.installEventFilter(watcher)
