"""A data folder opened for use: its engine, its document store and its migrated schema."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from ehcp_appeal import paths
from ehcp_appeal.db.engine import make_engine, session_scope
from ehcp_appeal.db.fulltext import check_available
from ehcp_appeal.db.migrate import upgrade_to_head
from ehcp_appeal.db.sweep import sweep_orphans
from ehcp_appeal.errors import AppError
from ehcp_appeal.store.documents import DocumentStore


@dataclass
class Database:
    """Handed to every service call; the window keeps one for the life of the app."""

    root: Path
    engine: Engine

    @property
    def store_dir(self) -> Path:
        return paths.store_dir(self.root)

    @property
    def store(self) -> DocumentStore:
        """The originals of this data folder's documents."""
        return DocumentStore(self.store_dir)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with session_scope(self.engine) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(root: Path | None = None) -> Database:
    """Open (creating and migrating as needed) the database of a data folder."""
    root = root if root is not None else paths.data_dir()
    root.mkdir(parents=True, exist_ok=True)
    db_file = paths.database_path(root)
    engine = make_engine(db_file)
    with engine.connect() as conn:
        if not check_available(conn):
            engine.dispose()
            raise AppError(
                "This copy of Python's SQLite has no full-text search (FTS5); "
                "install the app's own Python build."
            )
    upgrade_to_head(engine, db_file, paths.backups_dir(root))
    database = Database(root=root, engine=engine)
    database.store.sweep_temporary_files()  # leftovers of a write cut short by a crash
    raw = engine.raw_connection()
    try:
        sweep_orphans(raw.driver_connection, database.store)  # type: ignore[arg-type]
    finally:
        raw.close()
    return database
