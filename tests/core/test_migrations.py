"""Migrations: the migrated schema equals the models, and every revision goes up and down."""

import contextlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlmodel import SQLModel

from ehcp_appeal import paths
from ehcp_appeal.db import models  # noqa: F401
from ehcp_appeal.db.database import open_database
from ehcp_appeal.db.engine import make_engine
from ehcp_appeal.db.fulltext import is_fulltext_object
from ehcp_appeal.db.migrate import alembic_config, current_revision, head_revision, run_command
from ehcp_appeal.db.server import parse_server_url

ENGINES = pytest.mark.parametrize("kind", ["sqlite", "postgresql"])


def _include(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ in ("table", "column", "index") and is_fulltext_object(name))


def _empty_engine(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Engine:
    """An engine on an empty database: a new SQLite file, or a new server database."""
    if kind == "sqlite":
        return make_engine(tmp_path / "walk.sqlite3")
    return make_engine(parse_server_url(request.getfixturevalue("pg_url")))


@ENGINES
def test_migrated_schema_matches_the_models(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    server = request.getfixturevalue("pg_url") if kind == "postgresql" else None
    db = open_database(tmp_path, server=server)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": _include, "compare_type": True}
        )
        differences = compare_metadata(context, SQLModel.metadata)
    db.close()
    assert differences == []


@ENGINES
def test_every_revision_upgrades_and_downgrades(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    engine = _empty_engine(kind, tmp_path, request)
    script = ScriptDirectory.from_config(alembic_config())
    revisions = list(reversed(list(script.walk_revisions())))
    assert revisions, "there must be at least one revision"
    for revision in revisions:
        run_command(engine, "upgrade", revision.revision)
        assert current_revision(engine) == revision.revision
    for revision in reversed(revisions):
        run_command(engine, "downgrade", revision.down_revision or "base")
        assert current_revision(engine) == revision.down_revision
    tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
    engine.dispose()
    assert tables == set()


def test_full_text_index_is_created_and_removed_with_the_schema(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "fts.sqlite3")
    run_command(engine, "upgrade", "head")
    assert "page_fts" in inspect(engine).get_table_names()
    run_command(engine, "downgrade", "base")
    assert "page_fts" not in inspect(engine).get_table_names()
    engine.dispose()


def test_the_servers_search_column_and_index_come_and_go_with_their_revision(
    pg_url: str,
) -> None:
    engine = make_engine(parse_server_url(pg_url))
    run_command(engine, "upgrade", "head")
    columns = {c["name"] for c in inspect(engine).get_columns("page")}
    indexes = {i["name"] for i in inspect(engine).get_indexes("page")}
    assert "text_search" in columns and "ix_page_text_search" in indexes
    run_command(engine, "downgrade", "0010")
    assert "text_search" not in {c["name"] for c in inspect(engine).get_columns("page")}
    with engine.connect() as conn:
        configs = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_ts_config WHERE cfgname = 'ehcp_search'"
        ).scalar()
    engine.dispose()
    assert configs == 0


def test_clients_starting_together_migrate_a_server_once(pg_url: str, tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def start(i: int) -> str | None:
        db = open_database(tmp_path / str(i), server=pg_url)
        try:
            return current_revision(db.engine)
        finally:
            db.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        revisions = list(pool.map(start, range(4)))
    assert revisions == [head_revision()] * 4


def test_database_is_backed_up_before_an_older_schema_is_migrated(tmp_path: Path) -> None:
    db_file = paths.database_path(tmp_path)
    engine = make_engine(db_file)
    run_command(engine, "upgrade", "head")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            'INSERT INTO "case" (id, name, child_name, year_group, school, local_authority, '
            "appeal_type, tribunal_reference, notes, archived, created_at, updated_at) VALUES "
            "('c1', 'Kept', '', '', '', '', '', '', '', 0, '2026-01-01', '2026-01-01')"
        )
        # Pretend the file was written by an older version of the app.
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    engine.dispose()

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_revision(head_revision()) is not None
    backups_before = list(paths.backups_dir(tmp_path).glob("*"))
    with contextlib.suppress(Exception):  # 'older' is no real revision; the backup matters
        open_database(tmp_path)
    backups = [p for p in paths.backups_dir(tmp_path).glob("*") if p not in backups_before]
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute('SELECT name FROM "case"').fetchall() == [("Kept",)]
    finally:
        copy.close()


def test_a_new_data_folder_needs_no_backup(tmp_path: Path) -> None:
    open_database(tmp_path).close()
    assert not paths.backups_dir(tmp_path).exists()


def test_pragmas_protect_the_data(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    db.close()


def test_the_quick_head_agrees_with_alembic() -> None:
    from ehcp_appeal.db.migrate import _alembic_head, _quick_head

    assert _quick_head() == _alembic_head() == head_revision()


def test_the_quick_head_defers_to_alembic_when_the_files_are_unusual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ehcp_appeal.db import migrate

    def head_of(files: dict[str, str]) -> str | None:
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        folder.mkdir()
        for name, body in files.items():
            (folder / name).write_text(body, encoding="utf-8")
        monkeypatch.setattr(migrate, "VERSIONS_DIR", folder)
        migrate._quick_head.cache_clear()
        try:
            return migrate._quick_head()
        finally:
            migrate._quick_head.cache_clear()

    first = 'revision: str = "0001"\ndown_revision: str | None = None\n'
    second = "revision = '0009'\ndown_revision = '0001'\n"
    third = 'revision: str = "0010"\ndown_revision: str | None = "0001"\n'
    assert head_of({"a.py": first, "b.py": second}) == "0009"
    assert head_of({"a.py": first, "b.py": second, "c.py": third}) is None  # two heads
    assert (
        head_of({"a.py": first, "m.py": 'revision = "0002"\ndown_revision = ("0001",)\n'}) is None
    )
    assert head_of({"a.py": first, "b.py": 'revision = "0002"\n'}) is None


def test_cases_stored_before_outcomes_existed_read_as_undecided(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "outcome.sqlite3")
    run_command(engine, "upgrade", "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            'INSERT INTO "case" (id, name, child_name, year_group, school, local_authority, '
            "appeal_type, tribunal_reference, notes, archived, created_at, updated_at) VALUES "
            "('c1', 'Older', '', '', '', '', '', '', '', 0, '2026-01-01', '2026-01-01')"
        )
    run_command(engine, "upgrade", "0010")
    with engine.connect() as conn:
        assert conn.exec_driver_sql('SELECT outcome FROM "case"').scalar() == ""
    engine.dispose()
