"""The start-up sweep of originals no row refers to.

A crash (or a kill) between storing a file and committing its row leaves a full copy of
a family's document in the store that nothing shows and nothing deletes. Opening the data
folder removes such files, carefully:

- Every column that holds a stored file's hash counts as a reference. By convention such
  a column is named ``sha256`` or ends in ``_sha256`` (documents, PDF renditions...), and
  the sweep finds them all in the database itself, so a new kind of stored file is
  protected without touching this module.
- Only files last stored more than GRACE_SECONDS before the sweep started are candidates:
  a concurrent import stores its file moments before committing its row.
- The references are read and the files removed while holding SQLite's write lock, so no
  row can be committed half-way through; and if another program holds the lock, the sweep
  waits for no one and tries again at the next start.
- Files the database backups refer to are kept too: after a restore to an older copy, the
  documents imported since have no row, but the copy of the state before the restore
  still points at them, and putting that copy back must find them. When a backup cannot
  be read, nothing is swept.
"""

import sqlite3
import time
from pathlib import Path

from ehcp_appeal.db.engine import sqlite_opener
from ehcp_appeal.store.documents import DocumentStore

GRACE_SECONDS = 600.0


def sweep_orphans(
    raw: sqlite3.Connection, store: DocumentStore, kept: set[str] | None = None
) -> int:
    """Remove unreferenced originals older than the grace period; returns how many.

    ``raw`` is a DBAPI connection of the data folder's database, not in a transaction;
    ``kept`` are hashes referred to elsewhere (the backups), never removed.
    """
    kept = kept or set()
    stored_before = time.time() - GRACE_SECONDS
    timeout = raw.execute("PRAGMA busy_timeout").fetchone()[0]
    raw.execute("PRAGMA busy_timeout=0")
    try:
        try:
            raw.execute("BEGIN IMMEDIATE")
        except raw.OperationalError:  # busy: an import is writing right now (the driver's
            # own class: SQLCipher's connection raises its own, not sqlite3's)
            return 0
        try:
            return store.sweep_unreferenced(referenced_hashes(raw) | kept, stored_before)
        finally:
            raw.execute("ROLLBACK")  # nothing was written; the lock is released
    finally:
        raw.execute(f"PRAGMA busy_timeout={int(timeout)}")


def referenced_hashes(raw: sqlite3.Connection) -> set[str]:
    """Every value of every ``sha256`` / ``*_sha256`` column of every table."""
    tables = [
        row[0]
        for row in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    found: set[str] = set()
    for table in tables:
        try:
            columns = [row[1] for row in raw.execute(f'PRAGMA table_info("{table}")')]
        except raw.DatabaseError:  # a virtual table whose module is missing
            continue
        for column in columns:
            if column == "sha256" or column.endswith("_sha256"):
                query = f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'
                found.update(str(row[0]) for row in raw.execute(query))
    return found


def backup_references(backups: list[Path], key: bytes | bytearray | None) -> set[str] | None:
    """Every stored-file hash the database backups refer to; None if one cannot be read."""
    found: set[str] = set()
    for backup in backups:
        try:
            conn = sqlite_opener(backup, key)()
        except Exception:  # SQLCipher raises its own error classes; any failure means "unsure"
            return None
        try:
            found |= referenced_hashes(conn)
        except Exception:
            return None
        finally:
            conn.close()
    return found
