"""Kept readings of reports, so that a plan check reads again only what changed.

Derived data, not evidence: anything here can be deleted at any time and is simply
worked out again, so a file that cannot be read back (damaged, from another key, half
written) is treated as missing, never as an error. One folder per original, named by the
original's SHA-256 (a keyed name in an encrypted folder, as the store names originals),
holding one file named by the stamp of what it was read from; discarding the original's
folder removes every reading of it. Readings are sealed with the folder's file key when
the folder is encrypted, as originals are.
"""

import os
import shutil
import tempfile
from pathlib import Path

from ehcp_appeal.errors import AppError
from ehcp_appeal.security.blobs import BlobCipher
from ehcp_appeal.store.base import is_sha256
from ehcp_appeal.store.documents import TEMP_PREFIX


class ReadingCache:
    """``get``/``put`` a reading by the original's SHA-256 and a stamp (a hex digest)."""

    def __init__(self, root: Path, cipher: BlobCipher | None = None) -> None:
        self.root = root
        self.cipher = cipher

    def _name(self, digest: str) -> str:
        if not is_sha256(digest):
            raise ValueError(f"not a sha256 hex digest: {digest!r}")
        return self.cipher.name(digest) if self.cipher else digest

    def _folder(self, sha256: str) -> Path:
        return self.root / self._name(sha256)

    def get(self, sha256: str, stamp: str) -> bytes | None:
        path = self._folder(sha256) / self._name(stamp)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if self.cipher is None:
            return data
        try:
            return self.cipher.decrypt(path.name, data)
        except AppError:
            path.unlink(missing_ok=True)
            return None

    def put(self, sha256: str, stamp: str, data: bytes) -> None:
        """Keep this reading in place of any older one of the same original.

        Written to a temporary name and renamed, so a crash leaves the old reading or the
        new one, never half of one; not synced, since a lost reading is only read again.
        """
        folder = self._folder(sha256)
        name = self._name(stamp)
        folder.mkdir(parents=True, exist_ok=True)
        sealed = self.cipher.encrypt(name, data) if self.cipher else data
        fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(sealed)
            os.replace(temp, folder / name)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        for other in folder.iterdir():
            if other.name != name and not other.name.startswith(TEMP_PREFIX):
                other.unlink(missing_ok=True)  # a reading of the same original, now stale

    def discard(self, sha256: str) -> None:
        """Forget every reading of an original that is gone from the data folder."""
        shutil.rmtree(self._folder(sha256), ignore_errors=True)
