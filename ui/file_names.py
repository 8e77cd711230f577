"""File names the save dialogs suggest: what the file is, then the case, safe on any disk."""

import re

UNSAFE = re.compile(r'[\\/:*?"<>|]')


def suggested_file_name(what: str, case_name: str, suffix: str) -> str:
    """ "<what> - <case name><suffix>", without characters a file name cannot hold."""
    safe = " ".join(UNSAFE.sub(" ", case_name).split()) or "case"
    return f"{what} - {safe}{suffix}"
