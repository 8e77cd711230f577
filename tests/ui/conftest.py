"""Fixtures for window tests: a real database in the test's data folder and a context."""

from collections.abc import Iterator

import pytest

from ehcp_appeal.db.database import Database
from ui.context import AppContext, AppEvents
from ui.tasks import TaskRunner


@pytest.fixture
def context(qtbot, db: Database) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    ctx = AppContext(db=db, runner=TaskRunner(), events=AppEvents())
    yield ctx
    ctx.runner.wait_for_all()
