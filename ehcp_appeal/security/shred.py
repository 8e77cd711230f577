"""Deleting the clear folder after encryption in place: overwrite each file, then unlink it.

A plain delete only forgets a file's name; its bytes stay on the disk until something
else happens to be written there, readable with recovery tools. So every file of the
clear folder is overwritten with zeros in place, flushed to the disk, and only then
removed. This is best effort and says so: SSDs remap writes to fresh cells and
copy-on-write file systems (APFS, btrfs, ZFS) write the zeros somewhere new, so the old
bytes may survive there; full-disk encryption is what covers that.
"""

import os
import stat
from pathlib import Path

CHUNK = 1 << 20


def overwrite(path: Path) -> None:
    """Replace the file's contents with zeros of the same length and flush them to disk."""
    mode = path.stat().st_mode
    if not mode & stat.S_IWUSR:  # a read-only file: make it writable to overwrite it
        path.chmod(mode | stat.S_IWUSR)
    size = path.stat().st_size
    zeros = bytes(min(CHUNK, size))
    with path.open("r+b") as handle:
        left = size
        while left > 0:
            left -= handle.write(zeros[: min(CHUNK, left)])
        handle.flush()
        os.fsync(handle.fileno())


def shred_tree(root: Path) -> None:
    """Overwrite then delete every file under ``root``, then its folders and itself."""
    for folder, dirs, files in os.walk(root, topdown=False):
        base = Path(folder)
        for name in files:
            path = base / name
            if not path.is_symlink():
                overwrite(path)
            path.unlink()
        for name in dirs:
            target = base / name
            if target.is_symlink():
                target.unlink()
            else:
                target.rmdir()
    root.rmdir()
