"""Rotating, verified copies of the database, and putting one back.

A copy is made with SQLite's backup API (consistent while the app runs, WAL included),
under the folder's own key when it is encrypted, into a temporary name; it is then
opened and checked (``integrity_check``, and SQLCipher's page authentication) before it
takes its final name, so a backup listed here is one that opens. Restoring copies the
chosen backup *into* the live database through the same API, after a safety copy of the
current state, so the WAL never mixes two databases.

Originals are immutable files named by their hash and are not copied here; a restore
reports any document whose original is no longer in the store (emptied trash).
"""

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import select

from ehcp_appeal import paths
from ehcp_appeal.db.database import Database
from ehcp_appeal.db.engine import copy_database, sqlite_opener
from ehcp_appeal.db.models import Document
from ehcp_appeal.errors import AppError

AUTO_LABEL = "auto"
KEEP_AUTOMATIC = 10
DUE_AFTER = timedelta(hours=24)
STAMP = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    label: str
    size: int


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    safety_copy: Path
    missing_originals: int


SERVER_BACKUPS = (
    "The data is on the team's PostgreSQL server ({server}); it is backed up there, with "
    "the server's own tools (pg_dump or the host's backups), by whoever looks after it."
)


def _refuse_on_server(db: Database) -> None:
    if db.is_server:
        raise AppError(SERVER_BACKUPS.format(server=db.server))


def list_backups(db: Database) -> list[BackupInfo]:
    """Newest first; only files this module named (ignores anything else in the folder)."""
    _refuse_on_server(db)
    folder = paths.backups_dir(db.root)
    found = []
    for path in folder.glob("ehcp_appeal-*.sqlite3") if folder.exists() else []:
        parts = path.stem.split("-")
        if len(parts) < 3:
            continue
        try:
            made = datetime.strptime(parts[-1], STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupInfo(path, made, "-".join(parts[1:-1]), path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def make_backup(db: Database, label: str = AUTO_LABEL) -> BackupInfo:
    """Copy, verify, then name; automatic copies beyond the newest ten are removed."""
    _refuse_on_server(db)
    folder = paths.backups_dir(db.root)
    folder.mkdir(parents=True, exist_ok=True)
    made = datetime.now(UTC)
    final = folder / f"ehcp_appeal-{label}-{made.strftime(STAMP)}.sqlite3"
    temp = folder / f".tmp-{final.name}"
    try:
        copy_database(paths.database_path(db.root), temp, db.keys.database if db.keys else None)
        verify(db, temp)
        os.replace(temp, final)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if label == AUTO_LABEL:
        automatic = [b for b in list_backups(db) if b.label == AUTO_LABEL]
        for old in automatic[KEEP_AUTOMATIC:]:
            old.path.unlink(missing_ok=True)
    return BackupInfo(final, made, label, final.stat().st_size)


def backup_if_due(db: Database) -> BackupInfo | None:
    """The automatic copy: at most one a day, made when the app closes (not of a server)."""
    if db.is_server:
        return None
    automatic = [b for b in list_backups(db) if b.label == AUTO_LABEL]
    if automatic and datetime.now(UTC) - automatic[0].made_at < DUE_AFTER:
        return None
    return make_backup(db)


def verify(db: Database, backup: Path) -> None:
    """Raise AppError unless the copy opens with this folder's key and checks clean."""
    conn = None
    try:
        conn = _open(db, backup)
        result = conn.execute("PRAGMA integrity_check").fetchall()
        problems = [row[0] for row in result if row[0] != "ok"]
        if db.keys is not None:
            problems += [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        conn.execute("SELECT count(*) FROM document").fetchone()
    except (sqlite3.Error, _sqlcipher_error()) as error:
        raise AppError(f"The backup {backup.name} does not open ({error}).") from None
    finally:
        if conn is not None:
            conn.close()
    if problems:
        raise AppError(f"The backup {backup.name} is damaged: {problems[0]}.")


def restore_backup(db: Database, backup: Path) -> RestoreReport:
    """Put a verified backup back, keeping a safety copy of what it replaces."""
    _refuse_on_server(db)
    if not backup.is_file():
        raise AppError(f"There is no backup file {backup}.")
    verify(db, backup)
    safety = make_backup(db, "before-restore")
    db.engine.dispose()  # no pooled connection may hold pages of the old state
    source = _open(db, backup)
    try:
        live = _open(db, paths.database_path(db.root))
        try:
            source.backup(live)
        finally:
            live.close()
    finally:
        source.close()
    store = db.store
    with db.session() as session:
        hashes = set(session.exec(select(Document.sha256)).all())
    missing = sum(1 for sha in hashes if not store.exists(sha))
    return RestoreReport(backup, safety.path, missing)


def _open(db: Database, file: Path) -> sqlite3.Connection:
    return sqlite_opener(file, db.keys.database if db.keys else None)()


def _sqlcipher_error() -> type[Exception]:
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover - the package is a dependency
        return sqlite3.Error
    error: type[Exception] = sqlcipher3.Error
    return error
