"""Run readers on untrusted bytes in a spawned child process with time and memory limits.

Readers of PDF, Word, e-mail and image files have a long history of hangs, memory bombs
and crashes on crafted input. Files are therefore read by a child that cannot exceed its
limits, and the parent only accepts a bounded JSON document back, so the worst a hostile
file can do is fail its own import.

Starting a child costs about 70 ms (a Python interpreter and the reader libraries), which
dominated importing a folder of one-page letters. So a ReaderPool keeps one child for a
batch: every file still gets the full limits of its own (the wall clock from when it is
sent, its own CPU seconds, the same memory ceiling), and the child is replaced after any
failure, time-out or memory error, and when reading has left it noticeably bigger, so a
bad file never affects the next one. ``run`` is the one-file form.
"""

import importlib
import json
import math
import multiprocessing
import os
import signal
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any

from ehcp_appeal.errors import CancelledError, UnreadableFileError
from ehcp_appeal.ingest import memwatch, winjob
from ehcp_appeal.progress import CancelToken

MiB = 1024 * 1024
POLL_SECONDS = 0.2
MAX_FILES_PER_CHILD = 500


@dataclass(frozen=True)
class Limits:
    """What reading one file may use. Memory is on top of the interpreter's own start-up size."""

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
    """Call ``module:function`` on ``data`` in a fresh child; return its JSON result.

    Raises UnreadableFileError with a plain message when the reader rejects the file,
    runs out of time or memory, or dies; CancelledError when ``cancel`` fires first.
    """
    with ReaderPool() as pool:
        return pool.run(target, data, options, limits, cancel)


class ReaderPool:
    """One reader child, reused file after file until something goes wrong."""

    def __init__(self) -> None:
        self._child: Any = None
        self._conn: Connection | None = None
        self._served = 0
        self._job: Any = None  # Windows only: the job object holding the memory ceiling
        self._job_memory = 0

    def __enter__(self) -> "ReaderPool":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        """The current child's process id (None before the first file or after a failure)."""
        return self._child.pid if self._child is not None else None

    def run(
        self,
        target: str,
        data: bytes,
        options: dict[str, Any] | None = None,
        limits: Limits | None = None,
        cancel: CancelToken | None = None,
    ) -> dict[str, Any]:
        """As the module's ``run``, in this pool's child (started or replaced as needed)."""
        limits = limits or Limits()
        conn = self._connection(limits)
        request = {"target": target, "options": options or {}, "limits": asdict(limits)}
        keep = False
        try:
            try:
                conn.send_bytes(json.dumps(request).encode())
                conn.send_bytes(data)
            except (BrokenPipeError, ConnectionResetError, EOFError, OSError):
                raise self._died() from None
            payload = self._wait_for_answer(conn, limits, cancel)
            answer = _parse(payload)
            keep = answer.get("retire") is False
        finally:
            self._served += 1
            if not keep or self._served >= MAX_FILES_PER_CHILD:
                self.close()
        if not answer["ok"]:
            message = answer.get("message")
            raise UnreadableFileError(
                str(message)[:500] if message else "The file could not be read."
            )
        result = answer.get("result")
        if not isinstance(result, dict):
            raise UnreadableFileError("The file's reader returned nonsense; it was not imported.")
        return result

    def close(self) -> None:
        """Stop the child, if any; the next file starts a new one."""
        child, conn, job = self._child, self._conn, self._job
        self._child = self._conn = self._job = None
        self._served = 0
        if conn is not None:
            conn.close()  # a waiting child sees the end of its input and leaves
        if child is not None:
            _stop(child)
        winjob.close(job)

    def _connection(self, limits: Limits) -> Connection:
        alive = self._child is not None and self._conn is not None and self._child.is_alive()
        same_job = self._job is None or self._job_memory == limits.memory_bytes
        if alive and same_job and self._conn is not None:
            return self._conn
        self.close()
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe(duplex=True)
        child = context.Process(
            target=_child_main, args=(child_end,), daemon=True, name="ehcp-reader"
        )
        child.start()
        child_end.close()
        self._child, self._conn = child, parent_end
        self._job = winjob.limit_memory(child.pid or 0, limits.memory_bytes)
        self._job_memory = limits.memory_bytes
        return parent_end

    def _wait_for_answer(
        self, conn: Connection, limits: Limits, cancel: CancelToken | None
    ) -> bytes:
        deadline = time.monotonic() + limits.wall_seconds
        watch = memwatch.Watch(self.pid or 0, limits.memory_bytes) if memwatch.WATCHED else None
        while True:
            if cancel is not None and cancel.cancelled:
                raise CancelledError()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise UnreadableFileError(_too_long(limits.wall_seconds))
            if watch is not None and watch.over():
                raise UnreadableFileError(_MEMORY_MESSAGE)
            if conn.poll(min(POLL_SECONDS, remaining)):
                try:
                    return conn.recv_bytes(maxlength=limits.max_output_bytes)
                except EOFError:
                    raise self._died() from None
                except OSError:
                    raise UnreadableFileError(
                        "The file holds more text than the app can index; "
                        "split it into smaller files."
                    ) from None

    def _died(self) -> UnreadableFileError:
        """Why the child went away: its CPU limit is a time-out and is said so."""
        child = self._child
        code = None
        if child is not None:
            child.join(timeout=5)
            code = child.exitcode
        cpu_limit = getattr(signal, "SIGXCPU", None)  # POSIX only
        if cpu_limit is not None and code == -cpu_limit:
            return UnreadableFileError(_too_long(None))
        return UnreadableFileError(
            "The file's reader stopped unexpectedly (it ran out of memory, or the file is "
            "damaged); the file was not imported."
        )


def _too_long(seconds: float | None) -> str:
    spent = f"longer than {seconds:g} seconds" if seconds is not None else "too long"
    return (
        f"Reading the file took {spent}, so it was stopped; the file may be damaged or "
        "deliberately malformed."
    )


def _parse(payload: bytes) -> dict[str, Any]:
    try:
        answer = json.loads(payload)
    except ValueError:
        raise UnreadableFileError(
            "The file's reader returned nonsense; it was not imported."
        ) from None
    if not isinstance(answer, dict) or not isinstance(answer.get("ok"), bool):
        raise UnreadableFileError("The file's reader returned nonsense; it was not imported.")
    return answer


def _stop(child: Any) -> None:
    child.join(timeout=2)
    if child.is_alive():
        child.kill()
        child.join(timeout=5)
    child.close()


def _child_main(conn: Connection) -> None:
    """Entry point of the child: read file after file, answering each, until told to stop.

    It leaves after any failure and when its address space has grown by more than half
    of a file's memory budget, so that every file gets at least half of its budget
    fresh, and a file that hurt the process never meets the next one.
    """
    baseline = _prepare()
    while True:
        try:
            request = json.loads(conn.recv_bytes())
            data = conn.recv_bytes()
        except (EOFError, OSError, ValueError):
            break
        limits = request["limits"]
        _limit_file(baseline, limits)
        answer = _answer(request["target"], data, request["options"])
        del data
        grown = _address_space_bytes() - baseline
        retire = not answer["ok"] or grown > int(limits["memory_bytes"]) // 2
        answer["retire"] = retire
        try:
            payload = json.dumps(answer, ensure_ascii=False).encode()
        except (TypeError, ValueError, MemoryError):
            payload = json.dumps({"ok": False, "message": _DAMAGED_MESSAGE}).encode()
            retire = True
        if len(payload) > limits["max_output_bytes"]:
            payload = json.dumps(
                {"ok": False, "message": "The file holds more text than the app can index."}
            ).encode()
            retire = True
        try:
            conn.send_bytes(payload)
        except OSError:
            break
        if retire:
            break
    conn.close()


def _answer(target: str, data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    """The reader's result, or a plain message; library warnings never reach stderr."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return {"ok": True, "result": _resolve(target)(data, options)}
    except UnreadableFileError as error:
        return {"ok": False, "message": error.message}
    except MemoryError:
        return {"ok": False, "message": _MEMORY_MESSAGE}
    except RecursionError:
        return {"ok": False, "message": _DAMAGED_MESSAGE}
    except Exception:
        return {"ok": False, "message": _DAMAGED_MESSAGE}


_MEMORY_MESSAGE = (
    "The file needs more memory to read than the app allows; it may be damaged or "
    "deliberately oversized."
)
_DAMAGED_MESSAGE = "The file is damaged or not in the format its name suggests."


def _resolve(target: str) -> Reader:
    module_name, _, function_name = target.partition(":")
    reader: Reader = getattr(importlib.import_module(module_name), function_name)
    return reader


def _prepare() -> int:
    """Limits that hold for the child's whole life; returns its start-up address space.

    What libraries print (pypdf's log, libjpeg's complaints, a C library's warning) goes
    nowhere: the parent reports each file in one plain line, which is all a user sees,
    and a command's ``--json`` output stays one JSON document.
    """
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        quiet = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        os.close(quiet)
    except (OSError, ValueError):
        pass
    _set_limit("RLIMIT_CORE", 0)
    return _address_space_bytes()


def _limit_file(baseline: int, limits: dict[str, Any]) -> None:
    """Give the next file its own CPU seconds and the memory ceiling a fresh child has.

    Best effort per platform: Linux enforces both; macOS enforces the CPU limit but not
    RLIMIT_AS (the parent watches the child's memory instead, see memwatch.py); Windows
    has neither here (its memory ceiling is the job object the parent puts the child in,
    see winjob.py). The parent's wall-clock kill holds everywhere.
    """
    try:
        import resource
    except ImportError:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    spent = math.ceil(usage.ru_utime + usage.ru_stime)
    _set_limit("RLIMIT_CPU", spent + int(limits["cpu_seconds"]))
    _set_limit("RLIMIT_AS", baseline + int(limits["memory_bytes"]))


def _set_limit(name: str, value: int) -> None:
    try:
        import resource
    except ImportError:
        return
    which = getattr(resource, name, None)
    if which is None:
        return
    try:
        _soft, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(which, (value, hard))
    except (ValueError, OSError):
        return


def _address_space_bytes() -> int:
    """The child's current virtual size, so the budget counts only what reading adds."""
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/statm") as handle:
                return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            return 0
    return 0
