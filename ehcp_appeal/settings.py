"""Small preferences kept in the data folder (``settings.json``), such as the last folder used.

Kept beside the database rather than in the system's settings store, so a demo or a test data
folder never changes a real user's preferences. A damaged file is ignored, never fatal: these
are conveniences, not data.
"""

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ehcp_appeal import paths

LAST_IMPORT_FOLDER = "last_import_folder"


def settings_path(root: Path | None = None) -> Path:
    return (root if root is not None else paths.data_dir()) / "settings.json"


def load(root: Path | None = None) -> dict[str, Any]:
    try:
        data = json.loads(settings_path(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def get(key: str, default: str = "", root: Path | None = None) -> str:
    value = load(root).get(key, default)
    return value if isinstance(value, str) else default


def put(key: str, value: str, root: Path | None = None) -> None:
    """Save one preference; a folder that cannot be written is silently left as it was."""
    data = load(root)
    data[key] = value
    target = settings_path(root)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".settings.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2)
        os.replace(temp, target)
    except OSError:
        return


def import_folder(documents: Path) -> Path:
    """Where the import dialog opens: the last folder used if it still exists, else Documents."""
    last = get(LAST_IMPORT_FOLDER)
    if last and Path(last).is_dir():
        return Path(last)
    return documents if documents.is_dir() else Path.home()
