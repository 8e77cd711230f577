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
