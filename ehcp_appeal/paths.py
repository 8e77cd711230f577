"""Where the app keeps its data: one folder, chosen by EHCP_APPEAL_HOME or the platform default."""

import os
import sys
from pathlib import Path

import platformdirs

HOME_ENV = "EHCP_APPEAL_HOME"
APP_NAME = "EHCP Appeal"


def data_dir() -> Path:
    """The data folder, created if missing.

    The environment variable wins so that tests, scripts and the demo never touch a
    family's real data.
    """
    override = os.environ.get(HOME_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(root: Path) -> Path:
    return root / "ehcp_appeal.sqlite3"


def store_dir(root: Path) -> Path:
    return root / "store"


def backups_dir(root: Path) -> Path:
    return root / "backups"


def cache_dir(root: Path) -> Path:
    """Work kept to be fast next time (readings of reports); safe to delete at any time."""
    return root / "cache"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder, beside the package or inside a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
