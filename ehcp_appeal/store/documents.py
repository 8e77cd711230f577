"""Originals kept byte for byte, named by SHA-256, written durably before any row points at them.

This is the one module that touches stored document bytes, so that encrypted storage can
later replace the file format here without changing any caller: callers only ever see
``put``, ``read_bytes``, ``exists`` and ``discard``.
"""

import hashlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ehcp_appeal.errors import AppError

CHUNK = 1024 * 1024
TEMP_PREFIX = ".tmp-"


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    already_stored: bool


class DocumentStore:
    """Content-addressed files under ``<data>/store/ab/abcdef...``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self._path(sha256).exists()

    def put_file(self, source: Path) -> StoredBlob:
        with source.open("rb") as handle:
            return self.put_chunks(iter(lambda: handle.read(CHUNK), b""))

    def put_bytes(self, data: bytes) -> StoredBlob:
        return self.put_chunks([data])

    def put_chunks(self, chunks: Iterable[bytes]) -> StoredBlob:
        """Stream to a temporary file, fsync it, then rename it into place.

        The caller commits its database row only after this returns, so a crash leaves at
        worst an unreferenced file, never a row pointing at a half-written one.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha256 = digest.hexdigest()
            final = self._path(sha256)
            if final.exists():
                temp.unlink()
                # Counted as new again: the start-up sweep only removes unreferenced files
                # that nobody has stored for a while, and this one is about to be used.
                os.utime(final)
                return StoredBlob(sha256, size, already_stored=True)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, final)
            _fsync_dir(final.parent)
            return StoredBlob(sha256, size, already_stored=False)
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise AppError(
                f"Could not save the file into the app's store ({error.strerror}); "
                "the disk may be full."
            ) from error
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def read_bytes(self, sha256: str) -> bytes:
        path = self._path(sha256)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise AppError(
                "The stored copy of this document is missing from the data folder; "
                "restore the folder from a backup."
            ) from None

    def discard(self, sha256: str) -> None:
        """Remove a blob no document refers to any more (callers check references)."""
        self._path(sha256).unlink(missing_ok=True)

    def sweep_temporary_files(self) -> int:
        """Delete leftovers of writes interrupted by a crash; returns how many."""
        removed = 0
        if self.root.exists():
            for temp in self.root.glob(f"{TEMP_PREFIX}*"):
                temp.unlink(missing_ok=True)
                removed += 1
        return removed

    def sweep_unreferenced(self, referenced: set[str], stored_before: float) -> int:
        """Delete originals no row refers to and last stored before ``stored_before``
        (a time.time() value); returns how many.

        They are what a crash between storing a file and committing its row leaves
        behind: a full copy of a document the user believes was never imported. Files
        stored since ``stored_before`` are left alone, as a concurrent import may be
        about to commit their rows.
        """
        removed = 0
        if not self.root.exists():
            return 0
        for folder in self.root.iterdir():
            if len(folder.name) != 2 or not folder.is_dir():
                continue
            for entry in os.scandir(folder):
                name = entry.name
                if len(name) != 64 or not name.startswith(folder.name) or name in referenced:
                    continue
                try:
                    if entry.is_file() and entry.stat().st_mtime < stored_before:
                        os.unlink(entry.path)
                        removed += 1
                except OSError:
                    continue
        return removed


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
