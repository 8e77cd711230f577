"""A memory ceiling for a reader process on Windows, where there is no setrlimit.

Linux caps a reader's address space with RLIMIT_AS (see sandbox.py). Windows has no
such call, so the reader child is put in a job object whose per-process committed
memory limit makes an allocation past the ceiling fail (Python raises MemoryError, the
reader says so) instead of letting a hostile file take all the machine's memory. The
job is also set to kill its process when the parent closes it or exits, so a reader is
never left running behind a crashed app. Everywhere else these functions do nothing.

This runs only on Windows and cannot be exercised on the Linux machines that test the
app; it is kept to the documented Win32 calls and fails open (no job, the wall-clock
limit still holds) if any of them refuses.
"""

import sys
from typing import Any

MiB = 1024 * 1024
# A reader child's own committed memory before it reads anything (the interpreter and
# the reader libraries); the file's budget is added on top, as on Linux.
START_UP_BYTES = 256 * MiB

_JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x0100
_JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x2000
_JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9
_PROCESS_SET_QUOTA = 0x0100
_PROCESS_TERMINATE = 0x0001


def limit_memory(pid: int, memory_bytes: int) -> Any:
    """Put process ``pid`` in a new job capped at ``memory_bytes`` more than start-up.

    Returns the job's handle, to pass to ``close`` when the process is finished with, or
    None when not on Windows or when Windows refused.
    """
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    class _Basic(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class _IoCounters(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_ulonglong)
            for name in ("Reads", "Writes", "Others", "ReadBytes", "WriteBytes", "OtherBytes")
        ]

    class _Extended(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", _Basic),
            ("IoInfo", _IoCounters),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.OpenProcess.restype = wintypes.HANDLE
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return None
    info = _Extended()
    info.BasicLimitInformation.LimitFlags = (
        _JOB_OBJECT_LIMIT_PROCESS_MEMORY | _JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
    )
    info.ProcessMemoryLimit = START_UP_BYTES + memory_bytes
    ok = kernel32.SetInformationJobObject(
        job, _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, ctypes.byref(info), ctypes.sizeof(info)
    )
    process = kernel32.OpenProcess(_PROCESS_SET_QUOTA | _PROCESS_TERMINATE, False, pid)
    if ok and process:
        ok = kernel32.AssignProcessToJobObject(job, process)
    if process:
        kernel32.CloseHandle(process)
    if not (ok and process):
        kernel32.CloseHandle(job)
        return None
    return job


def close(job: Any) -> None:
    """Release a job from ``limit_memory`` (its process, if still running, is killed)."""
    if job is None or sys.platform != "win32":
        return
    import ctypes

    ctypes.WinDLL("kernel32").CloseHandle(job)
