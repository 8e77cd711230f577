"""Originals kept byte for byte, named by SHA-256, written durably before any row points at them.

This is the one module that touches stored document bytes, so that encrypted storage
changes the file format here without changing any caller: callers only ever see ``put``,
``read_bytes``, ``exists`` and ``discard``, always by the original's SHA-256. In an
encrypted folder the file is named by a keyed hash of that SHA-256 and sealed with
AES-GCM (see ``ehcp_appeal.security.blobs``).
"""

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ehcp_appeal.errors import AppError
from ehcp_appeal.security.blobs import BlobCipher
from ehcp_appeal.store.base import CHUNK, StoredBlob
from ehcp_appeal.store.base import is_sha256 as _is_sha256

__all__ = ["CHUNK", "TEMP_PREFIX", "DocumentStore", "StoredBlob"]

TEMP_PREFIX = ".tmp-"


class DocumentStore:
    """Content-addressed files under ``<data>/store/ab/abcdef...``, sealed given a cipher."""

    def __init__(self, root: Path, cipher: BlobCipher | None = None) -> None:
        self.root = root
        self.cipher = cipher

    def _path(self, sha256: str) -> Path:
        """Where the original with this SHA-256 lives (a keyed name when encrypted)."""
        if not _is_sha256(sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        name = self.cipher.name(sha256) if self.cipher else sha256
        return self.root / name[:2] / name

    def exists(self, sha256: str) -> bool:
        return self._path(sha256).exists()

    def location(self, sha256: str) -> Path:
        """The file that holds (or would hold) this original, for checks and sweeps."""
        return self._path(sha256)

    def put_file(self, source: Path) -> StoredBlob:
        with source.open("rb") as handle:
            return self.put_chunks(iter(lambda: handle.read(CHUNK), b""))

    def put_bytes(self, data: bytes) -> StoredBlob:
        return self.put_chunks([data])

    def put_chunks(self, chunks: Iterable[bytes]) -> StoredBlob:
        """Stream to a temporary file, fsync it, then rename it into place.

        The caller commits its database row only after this returns, so a crash leaves at
        worst an unreferenced file, never a row pointing at a half-written one. Encrypted
        files are sealed whole (AES-GCM is one-shot), so their bytes pass through memory,
        as the importer's already do.
        """
        if self.cipher is not None:
            data = b"".join(chunks)
            sha256 = hashlib.sha256(data).hexdigest()
            final = self._path(sha256)
            if final.exists():
                _touch(final)
                return StoredBlob(sha256, len(data), already_stored=True)
            self._write_durably([self.cipher.encrypt(final.name, data)], final)
            return StoredBlob(sha256, len(data), already_stored=False)
        digest = hashlib.sha256()
        sizes: list[int] = []

        def hashed() -> Iterator[bytes]:
            for chunk in chunks:
                digest.update(chunk)
                sizes.append(len(chunk))
                yield chunk

        stored = self._write_durably(hashed(), lambda: self._path(digest.hexdigest()))
        return StoredBlob(digest.hexdigest(), sum(sizes), already_stored=not stored)

    def _write_durably(self, chunks: Iterable[bytes], final: Path | Callable[[], Path]) -> bool:
        """Write to a temporary name, fsync, rename; False when the final file already existed."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            target = final if isinstance(final, Path) else final()
            if target.exists():
                temp.unlink()
                _touch(target)
                return False
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, target)
            _fsync_dir(target.parent)
            return True
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
            data = path.read_bytes()
            return self.cipher.decrypt(path.name, data) if self.cipher else data
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

    def _stored_names(self, hashes: set[str]) -> set[str]:
        """The file names of these originals: their hashes, or keyed names when sealed."""
        return {self._path(sha).name for sha in hashes if _is_sha256(sha)}

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
        kept = self._stored_names(referenced)
        for folder in self.root.iterdir():
            if len(folder.name) != 2 or not folder.is_dir():
                continue
            for entry in os.scandir(folder):
                name = entry.name
                if len(name) != 64 or not name.startswith(folder.name) or name in kept:
                    continue
                try:
                    if entry.is_file() and entry.stat().st_mtime < stored_before:
                        os.unlink(entry.path)
                        removed += 1
                except OSError:
                    continue
        return removed


def _touch(stored: Path) -> None:
    """Counted as new again: the start-up sweep only removes unreferenced files that
    nobody has stored for a while, and this one is about to be used."""
    os.utime(stored)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
