"""Background work: runs core functions on a thread pool and reports back on the GUI thread.

A job is a plain function that takes a ``Progress``; it never touches widgets. Success,
failure and progress arrive as signals, so handlers run on the GUI thread. Errors that
are ``AppError`` carry a message for the user; anything else is reported as a bug.
"""

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ehcp_appeal.errors import AppError, CancelledError
from ehcp_appeal.progress import CancelToken, Progress

Job = Callable[[Progress], Any]


def _while_alive(owner: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """Drop a result that arrives after its page was destroyed (closing, tests tearing down)."""

    def deliver(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return deliver


class TaskSignals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()


class Task(QRunnable):
    """One job on the pool; keep the object to cancel it."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.token = CancelToken()
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.token.cancel()

    @Slot()
    def run(self) -> None:
        progress = Progress(callback=self.signals.progressed.emit, token=self.token)
        try:
            result = self.job(progress)
        except CancelledError:
            self.signals.cancelled.emit()
        except AppError as error:
            self.signals.failed.emit(error.message)
        except Exception as error:  # a bug: say so plainly rather than crash the window
            self.signals.failed.emit(f"Something went wrong inside the app: {error!r}")
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running: set[Task] = set()

    def start(
        self,
        job: Job,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        *,
        owner: QObject,
    ) -> Task:
        """Run ``job`` on the pool; handlers run on the GUI thread while ``owner`` exists.

        ``owner`` is required: a result arriving after its page has gone must not touch
        deleted widgets.
        """
        task = Task(job)
        if on_success is not None:
            task.signals.succeeded.connect(_while_alive(owner, on_success))
        if on_failure is not None:
            task.signals.failed.connect(_while_alive(owner, on_failure))
        if on_progress is not None:
            task.signals.progressed.connect(_while_alive(owner, on_progress))
        task.signals.finished.connect(lambda: self._running.discard(task))
        self._running.add(task)
        self.pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        """True while any task is queued or running (locking and restoring wait for none)."""
        return bool(self._running)

    def wait_for_all(self, msecs: int = 30_000) -> bool:
        """Tests and shutdown call this so no thread outlives the window."""
        for task in list(self._running):
            task.cancel()
        return self.pool.waitForDone(msecs)
