"""A memory watch on a reader process, for macOS, which enforces no memory ceiling.

Linux caps a reader's address space (RLIMIT_AS) and Windows puts it in a job object
(winjob.py); macOS accepts neither kind of ceiling. There the parent looks at the
reader's resident memory while it waits for an answer and stops a reader that has grown
past its budget. It is a watch, not a ceiling: between two looks (half a second) a
reader can overshoot, so it bounds a slow balloon, not a sudden one; the wall-clock
kill still holds for everything.
"""

import subprocess
import sys
import time

MiB = 1024 * 1024
WATCHED = sys.platform == "darwin"
# The reader's own resident memory before it reads anything; the file's budget is on top.
START_UP_BYTES = 256 * MiB
CHECK_SECONDS = 0.5


def resident_bytes(pid: int) -> int | None:
    """The process's resident memory as ``ps`` reports it (macOS and Linux), or None."""
    try:
        done = subprocess.run(
            ["ps", "-o", "rss=", "-p", str(pid)],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
        return int(done.stdout.strip()) * 1024
    except (OSError, ValueError, subprocess.SubprocessError):
        return None


class Watch:
    """Looks at one reader at most every CHECK_SECONDS; ``over`` once it is past budget."""

    def __init__(self, pid: int, memory_bytes: int) -> None:
        self.pid = pid
        self.ceiling = START_UP_BYTES + memory_bytes
        self._next = time.monotonic() + CHECK_SECONDS

    def over(self) -> bool:
        now = time.monotonic()
        if now < self._next:
            return False
        self._next = now + CHECK_SECONDS
        resident = resident_bytes(self.pid)
        return resident is not None and resident > self.ceiling
