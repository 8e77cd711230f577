"""A data folder opened for use: its engine, its document store and its migrated schema.

The folder's own SQLite database (SQLCipher when encrypted) with originals as files, or,
when the folder names a team's PostgreSQL server (``db.server``), the server's database
with the originals inside it. Services see the same ``Database`` either way.
"""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from ehcp_appeal import paths
from ehcp_appeal.db import server as team_server
from ehcp_appeal.db.engine import make_engine, session_scope
from ehcp_appeal.db.fulltext import check_available
from ehcp_appeal.db.migrate import upgrade_to_head
from ehcp_appeal.db.sweep import backup_references, sweep_orphans, sweep_server_orphans
from ehcp_appeal.errors import AppError
from ehcp_appeal.security import vault
from ehcp_appeal.security.blobs import BlobCipher
from ehcp_appeal.security.folder_swap import finish_interrupted
from ehcp_appeal.store.base import OriginalStore
from ehcp_appeal.store.database_blobs import DatabaseBlobStore
from ehcp_appeal.store.documents import DocumentStore
from ehcp_appeal.store.reading_cache import ReadingCache

PASSPHRASE_ENV = "EHCP_APPEAL_PASSPHRASE"


class LockedError(AppError):
    """The folder's keys were dropped by a lock; nothing can be read or written until unlocked."""

    def __init__(self) -> None:
        super().__init__("Your data is locked; unlock it with the passphrase first.")


@dataclass
class Database:
    """Handed to every service call; the window keeps one for the life of the app."""

    root: Path
    engine: Engine
    keys: vault.FolderKeys | None = None
    server: str | None = None  # the team server's address (never with a password)
    locked: bool = False

    @property
    def encrypted(self) -> bool:
        return self.keys is not None or self.locked

    @property
    def is_server(self) -> bool:
        return self.server is not None

    @property
    def store_dir(self) -> Path:
        return paths.store_dir(self.root)

    @property
    def store(self) -> OriginalStore:
        """The originals of this data folder's documents: files (sealed in an encrypted
        folder), or chunks inside the team server's database."""
        if self.server is not None:
            return DatabaseBlobStore(self.engine)
        return self.file_store

    @property
    def file_store(self) -> DocumentStore:
        if self.locked:
            raise LockedError()
        cipher = BlobCipher(self.keys.file_content, self.keys.file_names) if self.keys else None
        return DocumentStore(self.store_dir, cipher)

    @property
    def reading_cache(self) -> ReadingCache | None:
        """Kept readings of reports for the plan check, sealed as the originals are.

        None on a team server: a caseworker's computer keeps nothing of a case beyond
        what the server gives it while it is open.
        """
        if self.server is not None:
            return None
        return ReadingCache(paths.cache_dir(self.root) / "readings", self.file_store.cipher)

    def database_key(self) -> bytearray | None:
        """The raw SQLCipher key (None for a clear folder); refused while locked."""
        if self.locked:
            raise LockedError()
        return self.keys.database if self.keys else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        with session_scope(self.engine) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def lock(self) -> None:
        """Forget the keys of an encrypted folder until ``unlock``.

        Every pooled connection is closed, the engine (whose connection factory holds the
        database key) is replaced by one that refuses to connect, and the key bytes are
        overwritten. A clear folder has no keys, so locking it changes nothing.
        """
        if self.keys is None:
            return
        self.engine.dispose()
        self.engine = _locked_engine()
        self.keys.wipe()
        self.keys = None
        self.locked = True

    def unlock(self, secret: str) -> None:
        """Derive the keys again from the passphrase (or recovery key) and reopen.

        A wrong one raises WrongPassphraseError and leaves the folder locked. On a folder
        that is not locked the passphrase is still checked, so a lock screen shown while
        the keys were kept (work was running) asks for the same proof.
        """
        keys = vault.unlock(self.root, secret)
        if not self.locked:
            keys.wipe()
            return
        self.engine = make_engine(paths.database_path(self.root), keys.database)
        self.keys = keys
        self.locked = False


def _locked_engine() -> Engine:
    """An engine that refuses every connection, so nothing reaches the file while locked."""

    def refuse() -> sqlite3.Connection:
        raise LockedError()

    return create_engine("sqlite://", creator=refuse, poolclass=NullPool)


def open_database(
    root: Path | None = None,
    passphrase: str | None = None,
    password: str | None = None,
    server: str | None = None,
) -> Database:
    """Open (creating and migrating as needed) the database of a data folder.

    An encrypted folder is unlocked first, with ``passphrase`` or else the environment
    variable; a wrong passphrase fails before any file of the folder is opened, so it
    changes nothing. A folder that names a team server (or ``server``, or the
    environment's ``EHCP_APPEAL_DATABASE_URL``) opens the server instead, with
    ``password`` or else ``EHCP_APPEAL_DB_PASSWORD``.
    """
    root = root if root is not None else paths.data_dir()
    address = server or team_server.configured_server(root)
    if address:
        root.mkdir(parents=True, exist_ok=True)
        return open_server(root, address, password)
    finish_interrupted(root)  # an encryption in place cut short between its two renames
    root.mkdir(parents=True, exist_ok=True)
    keys = None
    if vault.is_encrypted(root):
        secret = passphrase if passphrase is not None else os.environ.get(PASSPHRASE_ENV)
        if not secret:
            raise AppError(
                f"This data folder is encrypted; give its passphrase (set {PASSPHRASE_ENV} "
                "or run the command in a terminal to be asked)."
            )
        keys = vault.unlock(root, secret)
    db_file = paths.database_path(root)
    engine = make_engine(db_file, keys.database if keys else None)
    with engine.connect() as conn:
        if not check_available(conn):
            engine.dispose()
            raise AppError(
                "This copy of Python's SQLite has no full-text search (FTS5); "
                "install the app's own Python build."
            )
    upgrade_to_head(engine, db_file, paths.backups_dir(root), keys.database if keys else None)
    database = Database(root=root, engine=engine, keys=keys)
    store = database.file_store
    store.sweep_temporary_files()  # leftovers of a write cut short by a crash
    backups = sorted(paths.backups_dir(root).glob(f"{db_file.stem}-*.sqlite3"))
    kept = backup_references(backups, keys.database if keys else None)
    if kept is not None:  # a backup that cannot be read: sweep nothing rather than guess
        raw = engine.raw_connection()
        try:
            sweep_orphans(raw.driver_connection, store, kept)  # type: ignore[arg-type]
        finally:
            raw.close()
    return database


def open_server(root: Path, address: str, password: str | None = None) -> Database:
    """Connect to a team's PostgreSQL server, migrating its schema when the app is newer.

    A refused password raises ``PasswordRequiredError`` so that the command line or the window
    can ask for it; any other failure to connect says which server could not be reached.
    """
    url = team_server.connection_url(address, password)
    shown = team_server.without_password(url)
    engine = make_engine(url)
    try:
        with engine.connect():
            pass
    except OperationalError as error:
        engine.dispose()
        if team_server.is_password_failure(error):
            raise team_server.PasswordRequiredError(
                f"The server {shown} did not accept the password given."
                if url.password
                else f"The server {shown} needs a password: set {team_server.DB_PASSWORD_ENV} "
                "or run the command in a terminal to be asked."
            ) from None
        reason = str(error.orig).strip().splitlines()[0] if error.orig else "no answer"
        raise AppError(f"Could not reach the team's database server {shown} ({reason}).") from None
    upgrade_to_head(engine, None, paths.backups_dir(root))
    sweep_server_orphans(engine)
    return Database(root=root, engine=engine, server=shown)
