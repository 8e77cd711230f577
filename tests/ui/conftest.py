"""Fixtures for window tests: a real database in the test's data folder and a context."""

from collections.abc import Iterator

import pytest

from ehcp_appeal.db.database import Database
from ui.context import AppContext, AppEvents
from ui.tasks import TaskRunner


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Let background work finish before pytest-qt closes the test's windows.

    A page first shown near a test's end starts loading on a worker thread; closing and
    collecting the window's widgets while that thread runs lets the thread's garbage
    collector finalise Qt objects off the GUI thread, which can crash the interpreter.
    """
    context = getattr(item, "funcargs", {}).get("context")
    if isinstance(context, AppContext):
        context.runner.wait_for_all()
    yield


@pytest.fixture
def context(qtbot, db: Database) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    ctx = AppContext(db=db, runner=TaskRunner(), events=AppEvents())
    yield ctx
    ctx.runner.wait_for_all()
