"""Bring a data folder's database to the current schema, backing the file up first."""

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from ehcp_appeal.db.engine import copy_database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_database(db_file: Path, backups: Path, label: str, key: bytes | None = None) -> Path:
    """A consistent copy of the database before migrating it (same key when encrypted)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backups / f"{db_file.stem}-{label}-{stamp}{db_file.suffix}"
    copy_database(db_file, target, key)
    return target


def run_command(engine: Engine, action: str, revision: str) -> None:
    """Run alembic ``upgrade`` or ``downgrade`` on this engine's connection."""
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, action)(config, revision)


def upgrade_to_head(
    engine: Engine, db_file: Path, backups: Path, key: bytes | None = None
) -> Path | None:
    """Migrate if needed. Returns the backup made before migrating an existing database."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    if current is not None and db_file.exists():
        backup = backup_database(db_file, backups, f"before-{head_revision()}", key)
    run_command(engine, "upgrade", "head")
    return backup
