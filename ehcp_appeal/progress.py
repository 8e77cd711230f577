"""Progress reporting and cancellation: the only concurrency the core knows about.

Long work (import, OCR, analysis, export) takes a ``Progress`` and calls ``step`` as it
goes. The window wraps it in Qt signals; the CLI passes ``Progress.silent()``. Checking
for cancel happens inside ``step`` so every loop that reports also stops promptly.
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from ehcp_appeal.errors import CancelledError

ProgressCallback = Callable[[int, int, str], None]


@dataclass
class CancelToken:
    """Set from any thread; read by the worker between steps."""

    _event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass
class Progress:
    """Reports ``done`` of ``total`` with a short message, and raises CancelledError on request."""

    callback: ProgressCallback | None = None
    token: CancelToken = field(default_factory=CancelToken)

    @classmethod
    def silent(cls) -> "Progress":
        return cls()

    def step(self, done: int, total: int, message: str = "") -> None:
        self.check()
        if self.callback is not None:
            self.callback(done, total, message)

    def check(self) -> None:
        if self.token.cancelled:
            raise CancelledError()
