"""Bring a data folder's database to the current schema, backing the file up first.

Alembic and the migration scripts take about a tenth of a second to import, paid on
every start although a migration is due only after an upgrade of the app. So the
version a database is at is read with one query, and the version the app expects from
the migration files' ``revision``/``down_revision`` lines; Alembic is imported only
when the two differ (or the files cannot be read that simply).
"""

import re
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

if TYPE_CHECKING:
    from alembic.config import Config

from ehcp_appeal.db.engine import copy_database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"

_ASSIGNMENT = re.compile(
    r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]*)['\"]|None)\s*$", re.MULTILINE
)


def alembic_config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest revision, read from the migration files without importing Alembic."""
    return _quick_head() or _alembic_head()


@lru_cache(maxsize=1)
def _quick_head() -> str | None:
    """The one revision no other revision names as its parent; None when unsure.

    Only plain ``revision = "x"`` and ``down_revision = "y" | None`` lines are
    understood; anything else (merges, branch labels, an unreadable file) returns None
    and Alembic decides, as it would have anyway.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        files = sorted(VERSIONS_DIR.glob("*.py"))
        for path in files:
            found = dict(
                (name, value) for name, value in _ASSIGNMENT.findall(path.read_text("utf-8"))
            )
            if "revision" not in found or "down_revision" not in found or not found["revision"]:
                return None
            revisions.add(found["revision"])
            if found["down_revision"]:
                parents.add(found["down_revision"])
    except (OSError, UnicodeDecodeError):
        return None
    heads = revisions - parents
    if len(heads) != 1 or len(revisions) != len(files) or not parents <= revisions:
        return None
    return heads.pop()


def _alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for a new (empty) database."""
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except (OperationalError, ProgrammingError):  # no such table: never migrated
            return None
    if len(rows) > 1:
        raise RuntimeError("The database records more than one schema version.")
    return str(rows[0][0]) if rows else None


def backup_database(db_file: Path, backups: Path, label: str, key: bytes | None = None) -> Path:
    """A consistent copy of the database before migrating it (same key when encrypted)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backups / f"{db_file.stem}-{label}-{stamp}{db_file.suffix}"
    copy_database(db_file, target, key)
    return target


# Any fixed number: the key of the PostgreSQL advisory lock that lets one client of a team
# server migrate its schema while the others starting at the same moment wait for it.
MIGRATION_LOCK = 7_220_011


def run_command(engine: Engine, action: str, revision: str) -> None:
    """Run alembic ``upgrade`` or ``downgrade`` on this engine's connection.

    On a team server the whole migration is one transaction holding an advisory lock, so
    twenty caseworkers opening the app after an upgrade migrate it once; the others wait,
    then find the schema current. A migration may take longer than an ordinary
    statement is allowed to.
    """
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SET LOCAL statement_timeout = 0"))
            conn.execute(text("SET LOCAL lock_timeout = 0"))
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = conn
        getattr(command, action)(config, revision)


def upgrade_to_head(
    engine: Engine, db_file: Path | None, backups: Path, key: bytes | None = None
) -> Path | None:
    """Migrate if needed. Returns the backup made before migrating an existing database
    file (a team server is backed up by its administrator, with the server's tools)."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    if current is not None and db_file is not None and db_file.exists():
        backup = backup_database(db_file, backups, f"before-{head_revision()}", key)
    run_command(engine, "upgrade", "head")
    return backup
