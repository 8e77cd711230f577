"""The one place that opens the database: pragmas, pooling and (later) the encryption key.

Everything goes through ``make_engine`` so that switching on SQLCipher, or pointing a
team at PostgreSQL, changes this module and nothing else. The connection comes from a
``creator`` function because SQLCipher needs ``PRAGMA key`` to be the first statement on
every new connection.
"""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

BUSY_TIMEOUT_MS = 10_000

ConnectionOpener = Callable[[], sqlite3.Connection]


def sqlite_opener(db_file: Path, key: bytes | bytearray | None = None) -> ConnectionOpener:
    """Open SQLite (SQLCipher when a key is given) with the pragmas that keep data safe.

    WAL lets the window read while a worker writes; ``synchronous=FULL`` makes every
    commit survive power loss; foreign keys are off by default in SQLite. With a key the
    raw 256-bit key is set first, before anything reads the file, and SQLCipher encrypts
    every page of the database and of its WAL; ``temp_store=MEMORY`` keeps sorts and
    temporary tables off the disk.
    """
    module: Any = sqlcipher_module() if key is not None else sqlite3

    def open_connection() -> sqlite3.Connection:
        conn = module.connect(db_file, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA temp_store=MEMORY")
        return conn

    return open_connection


def copy_database(source_file: Path, target: Path, key: bytes | bytearray | None = None) -> None:
    """A consistent copy through SQLite's backup API (safe while WAL files exist).

    An encrypted database is copied under the same key, so a copy is as safe as the
    folder it came from.
    """
    source = sqlite_opener(source_file, key)()
    try:
        dest = sqlite_opener(target, key)()
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()


def sqlcipher_module() -> Any:
    import sqlcipher3

    return sqlcipher3


def make_engine(db_file: Path, key: bytes | bytearray | None = None) -> Engine:
    """The engine for a data folder's database file (encrypted when ``key`` is given).

    ``module`` tells SQLAlchemy which driver's exceptions to expect, so an integrity error
    from SQLCipher is the same IntegrityError the services already handle. Encrypted
    folders also keep statement parameters (names, notes, page text) out of error
    messages, so a crash report cannot quote them.
    """
    extra: dict[str, Any] = {}
    if key is not None:
        extra = {"module": sqlcipher_module(), "hide_parameters": True}
    return create_engine(
        "sqlite://",
        creator=sqlite_opener(db_file, key),
        **extra,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed on success, rolled back on any error."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
