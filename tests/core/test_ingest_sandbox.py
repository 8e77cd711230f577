"""The sandbox stops readers that hang, balloon, crash or answer nonsense."""

import os
import threading
from typing import Any

import pytest

from ehcp_appeal.errors import CancelledError, UnreadableFileError
from ehcp_appeal.ingest import result, sandbox
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
    with pytest.raises(UnreadableFileError, match="stopped unexpectedly"):
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
