"""Putting a checked encrypted copy in place of the clear folder, and finishing a cut swap.

Kept apart from ``encrypt_folder`` so that opening a data folder can finish a swap that a
crash cut short without importing the database layer it is part of.
"""

from pathlib import Path

from ehcp_appeal.security import vault
from ehcp_appeal.security.shred import shred_tree

BUILDING = ".encrypting"
OLD = ".clear-old"


def swap_in(root: Path, building: Path, old: Path) -> None:
    """Two renames, then the clear folder goes (overwritten, then deleted).

    ``finish_interrupted`` completes a swap cut short.
    """
    root.rename(old)
    building.rename(root)
    shred_tree(old)


def finish_interrupted(root: Path) -> bool:
    """Complete a swap cut short; True when one was completed.

    Cut between the renames: the clear folder is renamed away, the checked encrypted copy
    is complete but not in place, and ``root`` is missing or an empty folder made since.
    Cut while deleting: the encrypted folder is in place and the clear one half deleted.
    """
    building = root.with_name(root.name + BUILDING)
    old = root.with_name(root.name + OLD)
    if not old.is_dir():
        return False
    if vault.is_encrypted(root) and not building.exists():
        shred_tree(old)
        return True
    if not vault.is_encrypted(building):
        return False
    if root.exists():
        if any(root.iterdir()):
            return False
        root.rmdir()
    building.rename(root)
    shred_tree(old)
    return True
