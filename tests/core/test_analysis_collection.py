"""The plan check pauses the cycle collector and always leaves it as it found it."""

import gc
from collections.abc import Iterator

import pytest

from ehcp_appeal.analysis.collection import collector_paused


@pytest.fixture
def collector_state() -> Iterator[None]:
    was_on = gc.isenabled()
    yield
    if was_on:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector_state")
def test_the_collector_is_off_inside_and_on_again_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_state")
def test_a_collector_kept_off_elsewhere_stays_off() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector_state")
def test_a_nested_pause_leaves_the_collector_off_until_the_outer_one_ends() -> None:
    gc.enable()
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_state")
def test_a_failing_check_turns_the_collector_back_on() -> None:
    gc.enable()

    @collector_paused()
    def failing() -> None:
        assert not gc.isenabled()
        raise ValueError("unreadable")

    with pytest.raises(ValueError, match="unreadable"):
        failing()
    assert gc.isenabled()
