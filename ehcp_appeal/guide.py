"""The guide for parents shipped in resources/help/guide.md: read here, shown by the window.

Kept as a Markdown resource so that the wording can be reviewed and changed without code,
and read from disk so that it works offline and in the installed app.
"""

from pathlib import Path

from ehcp_appeal.errors import AppError
from ehcp_appeal.paths import resources_dir


def guide_path() -> Path:
    return resources_dir() / "help" / "guide.md"


def guide_text() -> str:
    """The guide as Markdown; a plain message when the installation has lost it."""
    try:
        return guide_path().read_text(encoding="utf-8")
    except OSError:
        raise AppError("The guide is missing from this installation; reinstall the app.") from None
