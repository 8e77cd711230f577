"""Run one reader on untrusted bytes in a spawned child process with time and memory limits.

Readers of PDF, Word, e-mail and image files have a long history of hangs, memory bombs
and crashes on crafted input. Each file is therefore read by a fresh child that cannot
exceed its limits, and the parent only accepts a bounded JSON document back, so the
worst a hostile file can do is fail its own import.
"""

import importlib
import json
import multiprocessing
import os
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from multiprocessing.connection import Connection
from typing import Any

from ehcp_appeal.errors import CancelledError, UnreadableFileError
from ehcp_appeal.progress import CancelToken

MiB = 1024 * 1024
POLL_SECONDS = 0.2


@dataclass(frozen=True)
class Limits:
    """What one child may use. Memory is added on top of the interpreter's own start-up size."""

    wall_seconds: float = 90.0
    cpu_seconds: int = 60
    memory_bytes: int = 768 * MiB
    max_output_bytes: int = 128 * MiB


Reader = Callable[[bytes, dict[str, Any]], dict[str, Any]]


def run(
    target: str,
    data: bytes,
    options: dict[str, Any] | None = None,
    limits: Limits | None = None,
    cancel: CancelToken | None = None,
) -> dict[str, Any]:
    """Call ``module:function`` on ``data`` in a child; return its JSON result.

    Raises UnreadableFileError with a plain message when the reader rejects the file,
    runs out of time or memory, or dies; CancelledError when ``cancel`` fires first.
    """
    limits = limits or Limits()
    context = multiprocessing.get_context("spawn")
    parent_end, child_end = context.Pipe(duplex=True)
    child = context.Process(
        target=_child_main,
        args=(child_end, target, asdict(limits)),
        daemon=True,
        name="ehcp-reader",
    )
    child.start()
    child_end.close()
    try:
        try:
            parent_end.send_bytes(data)
            parent_end.send_bytes(json.dumps(options or {}).encode())
        except (BrokenPipeError, ConnectionResetError, EOFError):
            raise _died(child) from None
        payload = _wait_for_answer(parent_end, child, limits, cancel)
    finally:
        parent_end.close()
        _stop(child)
    try:
        answer = json.loads(payload)
    except ValueError:
        raise UnreadableFileError(
            "The file's reader returned nonsense; it was not imported."
        ) from None
    if not isinstance(answer, dict) or not isinstance(answer.get("ok"), bool):
        raise UnreadableFileError("The file's reader returned nonsense; it was not imported.")
    if not answer["ok"]:
        message = answer.get("message")
        raise UnreadableFileError(str(message)[:500] if message else "The file could not be read.")
    result = answer.get("result")
    if not isinstance(result, dict):
        raise UnreadableFileError("The file's reader returned nonsense; it was not imported.")
    return result


def _wait_for_answer(
    conn: Connection, child: Any, limits: Limits, cancel: CancelToken | None
) -> bytes:
    deadline = time.monotonic() + limits.wall_seconds
    while True:
        if cancel is not None and cancel.cancelled:
            raise CancelledError()
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise UnreadableFileError(
                f"Reading the file took longer than {limits.wall_seconds:g} seconds, so it was "
                "stopped; the file may be damaged or deliberately malformed."
            )
        if conn.poll(min(POLL_SECONDS, remaining)):
            try:
                return conn.recv_bytes(maxlength=limits.max_output_bytes)
            except EOFError:
                raise _died(child) from None
            except OSError:
                raise UnreadableFileError(
                    "The file holds more text than the app can index; split it into smaller files."
                ) from None


def _died(child: Any) -> UnreadableFileError:
    child.join(timeout=5)
    return UnreadableFileError(
        "The file's reader stopped unexpectedly (it ran out of memory or time, or the file is "
        "damaged); the file was not imported."
    )


def _stop(child: Any) -> None:
    child.join(timeout=2)
    if child.is_alive():
        child.kill()
        child.join(timeout=5)
    child.close()


def _child_main(conn: Connection, target: str, limits: dict[str, Any]) -> None:
    """Entry point of the child: limit ourselves, read, answer once, exit."""
    _apply_limits(limits)
    try:
        data = conn.recv_bytes()
        options = json.loads(conn.recv_bytes())
        answer = {"ok": True, "result": _resolve(target)(data, options)}
    except UnreadableFileError as error:
        answer = {"ok": False, "message": error.message}
    except MemoryError:
        answer = {"ok": False, "message": _MEMORY_MESSAGE}
    except RecursionError:
        answer = {"ok": False, "message": _DAMAGED_MESSAGE}
    except Exception:
        answer = {"ok": False, "message": _DAMAGED_MESSAGE}
    try:
        payload = json.dumps(answer, ensure_ascii=False).encode()
    except (TypeError, ValueError, MemoryError):
        payload = json.dumps({"ok": False, "message": _DAMAGED_MESSAGE}).encode()
    if len(payload) > limits["max_output_bytes"]:
        payload = json.dumps(
            {"ok": False, "message": "The file holds more text than the app can index."}
        ).encode()
    conn.send_bytes(payload)
    conn.close()


_MEMORY_MESSAGE = (
    "The file needs more memory to read than the app allows; it may be damaged or "
    "deliberately oversized."
)
_DAMAGED_MESSAGE = "The file is damaged or not in the format its name suggests."


def _resolve(target: str) -> Reader:
    module_name, _, function_name = target.partition(":")
    reader: Reader = getattr(importlib.import_module(module_name), function_name)
    return reader


def _apply_limits(limits: dict[str, Any]) -> None:
    """Best effort per platform: Linux enforces all; macOS rejects RLIMIT_AS; Windows has none.

    The parent's wall-clock kill is the limit that holds everywhere.
    """
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        import resource
    except ImportError:
        return
    baseline = _address_space_bytes()
    settings = [
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_CPU, int(limits["cpu_seconds"])),
        (resource.RLIMIT_AS, baseline + int(limits["memory_bytes"])),
    ]
    for which, value in settings:
        try:
            _soft, hard = resource.getrlimit(which)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(which, (value, hard))
        except (ValueError, OSError):
            continue


def _address_space_bytes() -> int:
    """The child's current virtual size, so the budget counts only what reading adds."""
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/statm") as handle:
                return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            return 0
    return 0
