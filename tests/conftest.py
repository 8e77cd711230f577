"""Shared fixtures: every test gets its own empty data folder, never the user's."""

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[2] / "shared"


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests in a module marked ``both_engines`` run twice: on a data folder's SQLite
    database and on a PostgreSQL server (``sqlite_only`` tests only on the first)."""
    definition = metafunc.definition
    if definition.get_closest_marker("both_engines") is None:
        return
    engines = ENGINES[:1] if definition.get_closest_marker("sqlite_only") else ENGINES
    metafunc.parametrize("engine_kind", engines, indirect=True)


@pytest.fixture
def engine_kind(request: pytest.FixtureRequest) -> str:
    """Which engine this test's data lives in: "sqlite" unless parametrised."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(autouse=True)
def data_home(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    engine_kind: str,
    request: pytest.FixtureRequest,
) -> Path:
    """The test's own data folder; on the PostgreSQL run it names a fresh migrated
    database of the throwaway server (through the environment, as a team would), so
    services, commands and child processes all work against the server."""
    home = tmp_path / "data"
    monkeypatch.setenv("EHCP_APPEAL_HOME", str(home))
    if engine_kind == "postgresql":
        from ehcp_appeal.db.server import DATABASE_URL_ENV

        monkeypatch.setenv(DATABASE_URL_ENV, request.getfixturevalue("server_url"))
    return home


@pytest.fixture
def db(data_home: Path) -> Iterator["object"]:
    from ehcp_appeal.db.database import open_database

    database = open_database(data_home)
    yield database
    database.close()


REQUIRE_POSTGRES_ENV = "EHCP_APPEAL_REQUIRE_POSTGRES"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator["object"]:
    """One throwaway PostgreSQL cluster for the whole run (skipped where none can start).

    CI sets EHCP_APPEAL_REQUIRE_POSTGRES so that a missing server fails the run instead of
    silently skipping the team-mode tests.
    """
    from tests.pg_server import start_cluster

    # Not under pytest's own temporary folder: every pytest run started as the same user
    # makes that folder private again (mode 0700), which would lock the server's user out
    # of its own files half-way through this run.
    base = Path(tempfile.mkdtemp(prefix="ehcp-appeal-pg-"))
    try:
        cluster = start_cluster(base / "cluster")
    except (RuntimeError, OSError) as exc:
        shutil.rmtree(base, ignore_errors=True)
        if os.environ.get(REQUIRE_POSTGRES_ENV):
            pytest.fail(f"PostgreSQL is required here but could not start: {exc}")
        pytest.skip(f"no PostgreSQL server: {exc}")
    yield cluster
    cluster.stop()
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_template(pg_cluster: "object", tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database migrated to the current schema once, copied for each test."""
    from ehcp_appeal.db.database import open_database

    name = pg_cluster.create_database()  # type: ignore[attr-defined]
    home = tmp_path_factory.mktemp("template-home")
    open_database(home, server=pg_cluster.url(name)).close()  # type: ignore[attr-defined]
    return str(name)


@pytest.fixture
def server_url(pg_cluster: "object", pg_template: str) -> Iterator[str]:
    """A fresh database at the current schema on the throwaway cluster, as a URL."""
    name = pg_cluster.create_database(pg_template)  # type: ignore[attr-defined]
    yield pg_cluster.url(name)  # type: ignore[attr-defined]
    pg_cluster.drop_database(name)  # type: ignore[attr-defined]


@pytest.fixture
def pg_url(pg_cluster: "object") -> Iterator[str]:
    """A fresh, empty database on the throwaway cluster, as a SQLAlchemy URL."""
    name = pg_cluster.create_database()  # type: ignore[attr-defined]
    yield pg_cluster.url(name)  # type: ignore[attr-defined]
    pg_cluster.drop_database(name)  # type: ignore[attr-defined]
