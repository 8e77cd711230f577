"""Originals kept inside a team's PostgreSQL database, so one backup of the server holds all.

Each original is one ``blob`` row (its SHA-256, size and number of chunks) and its bytes
in ``blobchunk`` rows of at most 1 MiB, which keeps every statement and every row small
whatever the file. Content-addressed: equal files are stored once, whoever imports them.

- On the way in the bytes are hashed before anything is written (spooled to a temporary
  file when large), then the header and every chunk go in one transaction: a crash leaves
  nothing, never half a file. Two caseworkers storing the same file at once both succeed;
  the second finds the first's row and writes nothing (``ON CONFLICT DO NOTHING`` waits
  for the first transaction to finish).
- On the way out the chunks are checked to be complete and in order, and the bytes are
  hashed again: a mismatch is an error that says the stored copy is damaged; wrong bytes
  are never returned.
"""

import datetime as dt
import hashlib
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from sqlalchemy import Engine, text

from ehcp_appeal.db.sweep import sees_every_row
from ehcp_appeal.errors import AppError
from ehcp_appeal.store.base import CHUNK, StoredBlob, is_sha256

SPOOL_IN_MEMORY = 16 * CHUNK

MISSING = (
    "The stored copy of this document is missing from the team's database server; "
    "ask whoever looks after the server to restore it from a backup."
)
DAMAGED = (
    "The stored copy of this document on the team's database server is damaged (its bytes "
    "no longer match the fingerprint taken when it was imported), so it was not opened; "
    "ask whoever looks after the server to restore it from a backup."
)


class DatabaseBlobStore:
    """The same interface as the file store (``store.base.OriginalStore``), in the database."""

    def __init__(self, engine: Engine, chunk_size: int = CHUNK) -> None:
        self.engine = engine
        self.chunk_size = chunk_size

    def exists(self, sha256: str) -> bool:
        _check(sha256)
        with self.engine.connect() as conn:
            found = conn.execute(
                text("SELECT 1 FROM blob WHERE digest = :d"), {"d": sha256}
            ).first()
        return found is not None

    def put_file(self, source: Path) -> StoredBlob:
        with source.open("rb") as handle:
            return self.put_chunks(iter(lambda: handle.read(self.chunk_size), b""))

    def put_bytes(self, data: bytes) -> StoredBlob:
        return self.put_chunks([data])

    def put_chunks(self, chunks: Iterable[bytes]) -> StoredBlob:
        with tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY) as spool:
            digest = hashlib.sha256()
            size = 0
            for chunk in chunks:
                digest.update(chunk)
                spool.write(chunk)
                size += len(chunk)
            spool.seek(0)
            return self._insert(digest.hexdigest(), size, spool)

    def _insert(self, sha256: str, size: int, source: IO[bytes]) -> StoredBlob:
        count = max(1, -(-size // self.chunk_size))
        now = dt.datetime.now(dt.UTC)
        with self.engine.begin() as conn:
            created = conn.execute(
                text(
                    "INSERT INTO blob (digest, size, chunks, stored_at) "
                    "VALUES (:d, :size, :chunks, :now) ON CONFLICT (digest) DO NOTHING "
                    "RETURNING digest"
                ),
                {"d": sha256, "size": size, "chunks": count, "now": now},
            ).first()
            if created is None:
                # Counted as new again, so the sweep leaves it to the import about to use it.
                conn.execute(
                    text("UPDATE blob SET stored_at = :now WHERE digest = :d"),
                    {"d": sha256, "now": now},
                )
                return StoredBlob(sha256, size, already_stored=True)
            for seq in range(count):
                conn.execute(
                    text("INSERT INTO blobchunk (digest, seq, data) VALUES (:d, :seq, :data)"),
                    {"d": sha256, "seq": seq, "data": source.read(self.chunk_size)},
                )
        return StoredBlob(sha256, size, already_stored=False)

    def read_bytes(self, sha256: str) -> bytes:
        return b"".join(self.read_chunks(sha256))

    def read_chunks(self, sha256: str) -> Iterator[bytes]:
        """The original's bytes, all read and checked before the first piece is given out."""
        _check(sha256)
        with self.engine.connect() as conn:
            header = conn.execute(
                text("SELECT size, chunks FROM blob WHERE digest = :d"), {"d": sha256}
            ).first()
            if header is None:
                raise AppError(MISSING)
            rows = conn.execute(
                text("SELECT seq, data FROM blobchunk WHERE digest = :d ORDER BY seq"),
                {"d": sha256},
            ).all()
        pieces = [bytes(row[1]) for row in rows]
        digest = hashlib.sha256()
        for piece in pieces:
            digest.update(piece)
        in_order = [row[0] for row in rows] == list(range(header[1]))
        if not in_order or sum(map(len, pieces)) != header[0] or digest.hexdigest() != sha256:
            raise AppError(DAMAGED)
        return iter(pieces)

    def discard(self, sha256: str) -> None:
        """Remove an original no document refers to any more (callers check references).

        Left in place when row-level security hides rows from this role: the caller's
        check could not see a colleague's document using the same file. The start-up
        sweep, run by a role that sees everything, removes it if it really is unused.
        """
        _check(sha256)
        with self.engine.begin() as conn:
            if sees_every_row(conn):
                conn.execute(text("DELETE FROM blob WHERE digest = :d"), {"d": sha256})

    def sweep_temporary_files(self) -> int:
        """Nothing to do: an interrupted write is a rolled-back transaction."""
        return 0


def _check(sha256: str) -> None:
    if not is_sha256(sha256):
        raise ValueError(f"not a sha256 hex digest: {sha256!r}")
