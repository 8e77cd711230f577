"""The sandbox stops readers that hang, balloon, crash or answer nonsense."""

import os
import threading
import time
from typing import Any

import pytest

from ehcp_appeal.errors import CancelledError, UnreadableFileError
from ehcp_appeal.ingest import memwatch, result, sandbox
from ehcp_appeal.progress import CancelToken

HERE = "tests.core.test_ingest_sandbox"


def hang(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    while True:
        pass


def balloon(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    hoard = []
    while True:
        hoard.append(bytearray(64 * 1024 * 1024))


def crash(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    os._exit(3)


def echo(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    return {"pages": [data.decode()], "options": options, "pid": os.getpid()}


def bad_pages(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    return {"pages": [1, 2, 3]}


def test_reader_runs_in_another_process() -> None:
    answer = sandbox.run(f"{HERE}:echo", b"hello", {"name": "x"})
    assert answer["pages"] == ["hello"]
    assert answer["options"] == {"name": "x"}
    assert answer["pid"] != os.getpid()


def test_hanging_reader_is_killed_at_the_wall_clock_limit() -> None:
    with pytest.raises(UnreadableFileError, match="longer than 1 seconds"):
        sandbox.run(f"{HERE}:hang", b"", limits=sandbox.Limits(wall_seconds=1, cpu_seconds=30))


def test_cpu_limit_stops_a_busy_reader() -> None:
    limits = sandbox.Limits(wall_seconds=30, cpu_seconds=1)
    with pytest.raises(UnreadableFileError, match="took too long"):
        sandbox.run(f"{HERE}:hang", b"", limits=limits)


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="RLIMIT_AS is Linux-only")
def test_memory_limit_stops_a_ballooning_reader() -> None:
    limits = sandbox.Limits(wall_seconds=30, memory_bytes=256 * 1024 * 1024)
    with pytest.raises(UnreadableFileError, match="more memory"):
        sandbox.run(f"{HERE}:balloon", b"", limits=limits)


def test_crashing_reader_is_reported() -> None:
    with pytest.raises(UnreadableFileError, match="stopped unexpectedly"):
        sandbox.run(f"{HERE}:crash", b"")


def test_cancel_kills_the_reader_promptly() -> None:
    token = CancelToken()
    threading.Timer(0.5, token.cancel).start()
    with pytest.raises(CancelledError):
        sandbox.run(f"{HERE}:hang", b"", limits=sandbox.Limits(wall_seconds=60), cancel=token)


def test_oversized_answer_is_refused() -> None:
    limits = sandbox.Limits(max_output_bytes=1000)
    with pytest.raises(UnreadableFileError, match="more text"):
        sandbox.run(f"{HERE}:echo", b"x" * 5000, limits=limits)


def test_parent_rejects_answers_of_the_wrong_shape() -> None:
    raw = sandbox.run(f"{HERE}:bad_pages", b"")
    with pytest.raises(UnreadableFileError, match="nonsense"):
        result.decode(raw)
    with pytest.raises(UnreadableFileError, match="nonsense"):
        result.decode({"pages": ["a"], "ocr_pages": [5]})
    with pytest.raises(UnreadableFileError, match="nonsense"):
        result.decode({"pages": ["a"], "attachments": [{"name": "x", "data": "!!"}]})
    kept = result.decode({"pages": ["a\x00b"], "meta": {"title": "T", "evil": "x", "author": 3}})
    assert kept.pages == ["ab"] and kept.meta == {"title": "T"}


def refuse(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    raise UnreadableFileError("refused")


def busy(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    """Spend about 0.6 s of CPU, then answer."""
    started = time.process_time()
    while time.process_time() - started < 0.6:
        pass
    return {"pid": os.getpid()}


_HOARD: list[bytearray] = []


def hoard(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    """Succeed but keep 200 MB alive afterwards, as a leaky library might."""
    _HOARD.append(bytearray(200 * 1024 * 1024))
    return {"pid": os.getpid()}


def test_one_reader_serves_a_batch_and_is_replaced_after_a_failure() -> None:
    with sandbox.ReaderPool() as pool:
        first = pool.run(f"{HERE}:echo", b"a")["pid"]
        assert pool.run(f"{HERE}:echo", b"b")["pid"] == first
        for failing, limits in [
            ("refuse", None),
            ("crash", None),
            ("hang", sandbox.Limits(wall_seconds=1)),
            ("bad_pages", sandbox.Limits(max_output_bytes=10)),
        ]:
            before = pool.run(f"{HERE}:echo", b"c")["pid"]
            with pytest.raises(UnreadableFileError):
                pool.run(f"{HERE}:{failing}", b"", limits=limits)
            assert pool.pid is None  # the child that failed is gone
            after = pool.run(f"{HERE}:echo", b"d")
            assert after["pid"] != before and after["pages"] == ["d"]


def test_each_file_gets_its_own_cpu_seconds_in_a_shared_reader() -> None:
    limits = sandbox.Limits(wall_seconds=30, cpu_seconds=1)
    with sandbox.ReaderPool() as pool:
        pids = {pool.run(f"{HERE}:busy", b"", limits=limits)["pid"] for _ in range(3)}
    assert len(pids) == 1  # 1.8 s of CPU in one child, none stopped at its 1 s


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="RLIMIT_AS is Linux-only")
def test_memory_limit_holds_in_a_shared_reader_and_a_swollen_one_is_replaced() -> None:
    limits = sandbox.Limits(wall_seconds=30, memory_bytes=256 * 1024 * 1024)
    with sandbox.ReaderPool() as pool:
        pool.run(f"{HERE}:echo", b"a", limits=limits)
        with pytest.raises(UnreadableFileError, match="more memory"):
            pool.run(f"{HERE}:balloon", b"", limits=limits)
        swollen = pool.run(f"{HERE}:hoard", b"", limits=limits)["pid"]
        assert pool.pid is None  # 200 MB kept is more than half the budget: retired
        assert pool.run(f"{HERE}:echo", b"b", limits=limits)["pid"] != swollen


def swell_and_wait(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    held = b"x" * (100 * 1024 * 1024)  # resident at once, within the address-space limit
    time.sleep(30)
    return {"pages": [str(len(held))]}


def test_the_memory_watch_stops_a_reader_no_system_limit_stopped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What macOS relies on: here the watch must act before the wall clock does."""
    monkeypatch.setattr(memwatch, "WATCHED", True)
    monkeypatch.setattr(memwatch, "START_UP_BYTES", 0)
    limits = sandbox.Limits(wall_seconds=20, memory_bytes=120 * 1024 * 1024)
    with pytest.raises(UnreadableFileError, match="more memory"):
        sandbox.run(f"{HERE}:swell_and_wait", b"", limits=limits)
