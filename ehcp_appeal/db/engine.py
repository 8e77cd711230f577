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

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

BUSY_TIMEOUT_MS = 10_000

ConnectionOpener = Callable[[], sqlite3.Connection]


def sqlite_opener(db_file: Path) -> ConnectionOpener:
    """Open plain SQLite with the pragmas that keep a family's data safe.

    WAL lets the window read while a worker writes; ``synchronous=FULL`` makes every
    commit survive power loss; foreign keys are off by default in SQLite.
    """

    def open_connection() -> sqlite3.Connection:
        conn = sqlite3.connect(db_file, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA temp_store=MEMORY")
        return conn

    return open_connection


def make_engine(db_file: Path) -> Engine:
    """The engine for a data folder's database file."""
    return create_engine(
        "sqlite://",
        creator=sqlite_opener(db_file),
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
