"""Shared fixtures: every test gets its own empty data folder, never the user's."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "data"
    monkeypatch.setenv("EHCP_APPEAL_HOME", str(home))
    return home


@pytest.fixture
def db(data_home: Path) -> Iterator["object"]:
    from ehcp_appeal.db.database import open_database

    database = open_database(data_home)
    yield database
    database.close()


REQUIRE_POSTGRES_ENV = "EHCP_APPEAL_REQUIRE_POSTGRES"


@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator["object"]:
    """One throwaway PostgreSQL cluster for the whole run (skipped where none can start).

    CI sets EHCP_APPEAL_REQUIRE_POSTGRES so that a missing server fails the run instead of
    silently skipping the team-mode tests.
    """
    from tests.pg_server import start_cluster

    try:
        cluster = start_cluster(tmp_path_factory.mktemp("postgres"))
    except (RuntimeError, OSError) as exc:
        if os.environ.get(REQUIRE_POSTGRES_ENV):
            pytest.fail(f"PostgreSQL is required here but could not start: {exc}")
        pytest.skip(f"no PostgreSQL server: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: "object") -> Iterator[str]:
    """A fresh, empty database on the throwaway cluster, as a SQLAlchemy URL."""
    name = pg_cluster.create_database()  # type: ignore[attr-defined]
    yield pg_cluster.url(name)  # type: ignore[attr-defined]
    pg_cluster.drop_database(name)  # type: ignore[attr-defined]
