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

On a team server the originals are ``blob`` rows, and the same sweep is one DELETE with
the same rules (see ``sweep_server_orphans``).
"""

import datetime as dt
import sqlite3
import time

from sqlalchemy import Connection, Engine, text

from ehcp_appeal.store.documents import DocumentStore

GRACE_SECONDS = 600.0


def sweep_orphans(raw: sqlite3.Connection, store: DocumentStore) -> int:
    """Remove unreferenced originals older than the grace period; returns how many.

    ``raw`` is a DBAPI connection of the data folder's database, not in a transaction.
    """
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
            return store.sweep_unreferenced(referenced_hashes(raw), stored_before)
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


# The key of the advisory lock that lets one client of a team server sweep at a time.
SWEEP_LOCK = 7_220_012


def sweep_server_orphans(engine: Engine) -> int:
    """A team server's unreferenced originals older than the grace period, deleted;
    returns how many.

    Skipped (0) when another client is sweeping right now, and when this role may not
    see every row (row-level security): a caseworker who cannot see a colleague's
    documents must never conclude that their originals are unreferenced.
    """
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=GRACE_SECONDS)
    with engine.begin() as conn:
        if not conn.execute(
            text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": SWEEP_LOCK}
        ).scalar():
            return 0
        if not sees_every_row(conn):
            return 0
        result = conn.execute(
            text(f"DELETE FROM blob b WHERE b.stored_at < :before AND {unreferenced(conn)}"),
            {"before": before},
        )
        return int(result.rowcount or 0)


def unreferenced(conn: Connection) -> str:
    """A condition true for a ``blob b`` row that no ``sha256`` / ``*_sha256`` column
    of any table names (the columns are found in the server's catalogue)."""
    columns = conn.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name NOT IN ('blob', 'blobchunk') "
            "AND (column_name = 'sha256' OR column_name LIKE '%\\_sha256') "
            "ORDER BY table_name, column_name"
        )
    ).all()
    checks = [
        f'NOT EXISTS (SELECT 1 FROM "{table}" r WHERE r."{column}" = b.digest)'
        for table, column in columns
    ]
    return " AND ".join(checks) or "TRUE"


def sees_every_row(conn: Connection) -> bool:
    """True unless row-level security hides some rows of some table from this role."""
    row = conn.execute(
        text(
            "SELECT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user),"
            " EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relrowsecurity)"
        )
    ).one()
    return bool(row[0]) or not row[1]
