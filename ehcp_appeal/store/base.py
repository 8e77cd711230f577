"""What every store of originals offers, whichever place holds the bytes.

Services only ever call these methods, always by the original's SHA-256, so where the
bytes live is the store's business: files in the data folder (``documents``, sealed when
the folder is encrypted), chunks in a team's PostgreSQL database (``database_blobs``),
or, for a charity whose originals outgrow its database, an S3-compatible object store
(MinIO, say) implementing this same protocol.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    already_stored: bool


class OriginalStore(Protocol):
    """Content-addressed, write-once originals. ``put_*`` returns only once the bytes are
    durable, so a row referring to them can be committed next; ``read_bytes`` returns the
    exact bytes stored or raises AppError, never different bytes."""

    def exists(self, sha256: str) -> bool: ...

    def put_file(self, source: Path) -> StoredBlob: ...

    def put_bytes(self, data: bytes) -> StoredBlob: ...

    def put_chunks(self, chunks: Iterable[bytes]) -> StoredBlob: ...

    def read_bytes(self, sha256: str) -> bytes: ...

    def discard(self, sha256: str) -> None: ...

    def sweep_temporary_files(self) -> int: ...


def is_sha256(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)
