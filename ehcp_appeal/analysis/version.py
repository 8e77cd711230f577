"""Which rules produced a saved reading, so that a reading kept from older rules is never used.

A report's reading (its items and sentence roles) is kept between checks, and it is only
right for the code and word lists that made it. The fingerprint hashes both: any change to
a rule, a cue list or the classifier's examples gives a new fingerprint, and every kept
reading is then read afresh. A frozen build has no source files to hash, so its version
and the build's own executable stand in for them.
"""

import hashlib
import sys
from functools import cache
from pathlib import Path

from ehcp_appeal import __version__
from ehcp_appeal.paths import resources_dir


@cache
def fingerprint() -> str:
    """A hex digest of the analysis code and its resources, computed once a process."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    sources = sorted(package.rglob("*.py"))
    if getattr(sys, "frozen", False) or not sources:
        executable = Path(sys.executable)
        stat = executable.stat() if executable.exists() else None
        digest.update(f"{executable}:{stat and stat.st_size}:{stat and stat.st_mtime_ns}".encode())
    for path in [*sources, *sorted((resources_dir() / "analysis").glob("*"))]:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
