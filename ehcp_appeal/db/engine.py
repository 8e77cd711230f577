"""The one place that opens the database: pragmas, pooling, the encryption key, the server.

Everything goes through ``make_engine``: a data folder's SQLite file (SQLCipher when a
key is given) or a team's PostgreSQL server. For SQLite the connection comes from a
``creator`` function because SQLCipher needs ``PRAGMA key`` to be the first statement on
every new connection.
"""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

BUSY_TIMEOUT_MS = 10_000

ConnectionOpener = Callable[[], sqlite3.Connection]


def sqlite_opener(db_file: Path, key: bytes | None = None) -> ConnectionOpener:
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


def copy_database(source_file: Path, target: Path, key: bytes | None = None) -> None:
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


SERVER_STATEMENT_TIMEOUT_MS = 60_000
SERVER_LOCK_TIMEOUT_MS = 10_000


def make_engine(location: Path | URL, key: bytes | None = None) -> Engine:
    """The engine for a data folder's database file (encrypted when ``key`` is given), or
    for a team's PostgreSQL server when ``location`` is a server URL.

    ``module`` tells SQLAlchemy which driver's exceptions to expect, so an integrity error
    from SQLCipher is the same IntegrityError the services already handle. Encrypted
    folders also keep statement parameters (names, notes, page text) out of error
    messages, so a crash report cannot quote them.
    """
    if isinstance(location, URL):
        return _server_engine(location)
    extra: dict[str, Any] = {}
    if key is not None:
        extra = {"module": sqlcipher_module(), "hide_parameters": True}
    return create_engine(
        "sqlite://",
        creator=sqlite_opener(location, key),
        **extra,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )


def _server_engine(url: URL) -> Engine:
    """PostgreSQL through psycopg 3, for one user's process among many.

    ``pool_pre_ping`` survives a server restart or a dropped VPN; the lock timeout turns
    a row held by a colleague's stuck transaction into an error after ten seconds instead
    of a frozen window, and parameters stay out of error messages (they hold names and
    page text, which a server's log or a crash report must not quote).
    """
    options = (
        f"-c lock_timeout={SERVER_LOCK_TIMEOUT_MS} "
        f"-c statement_timeout={SERVER_STATEMENT_TIMEOUT_MS} -c timezone=UTC"
    )
    return create_engine(
        url,
        connect_args={"options": options, "application_name": "ehcp_appeal"},
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=True,
        hide_parameters=True,
    )


def is_server(engine: Engine) -> bool:
    """True when the engine is a team's PostgreSQL server rather than a data folder's file."""
    return engine.dialect.name == "postgresql"


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
