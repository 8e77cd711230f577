"""Private scratch folders for work that must touch files (LibreOffice reads only files).

A child's report copied to the system temp folder would sit on disk in clear text, even in
an encrypted data folder. Where the system has a memory-backed folder (/dev/shm on Linux),
scratch work happens there instead, so nothing reaches the disk; the folder is private to
this user (mode 0700) and removed as soon as the work is done.
"""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MEMORY_BACKED = Path("/dev/shm")


def _scratch_root() -> str | None:
    if MEMORY_BACKED.is_dir() and os.access(MEMORY_BACKED, os.W_OK | os.X_OK):
        return str(MEMORY_BACKED)
    return None  # the system's temp folder: Windows and macOS have no memory-backed one


@contextmanager
def private_folder(prefix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=prefix, dir=_scratch_root()) as folder:
        yield Path(folder)
