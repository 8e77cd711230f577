"""Word documents to PDF with LibreOffice running headless, when it is installed.

LibreOffice is a real layout engine, so page breaks, tables and fonts match what the
family sees in Word; without it callers fall back to a plain text rendition and say so.
Several files go through one soffice start, which costs about 2 s, instead of one each.
"""

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

CANDIDATES = ("soffice", "libreoffice")
LIBREOFFICE = "LibreOffice"


def soffice_path() -> str | None:
    override = os.environ.get("EHCP_APPEAL_SOFFICE")
    if override is not None:
        return override or None  # an empty value turns LibreOffice off (tests, low memory)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def libreoffice_available() -> bool:
    return soffice_path() is not None


def convert_to_pdf(paths: Sequence[Path], out_dir: Path, timeout: float = 300) -> dict[Path, Path]:
    """Convert each file; returns the PDF made for each input that converted.

    A file LibreOffice could not convert is simply absent from the result, so one bad
    document never stops the others. A private profile folder keeps the family's own
    LibreOffice settings untouched and lets two conversions run at once.
    """
    soffice = soffice_path()
    if soffice is None or not paths:
        return {}
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ehcp-office-") as profile:
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            *[str(path) for path in paths],
        ]
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=timeout,
                check=False,
            )
    results: dict[Path, Path] = {}
    for path in paths:
        pdf = out_dir / (path.stem + ".pdf")
        if pdf.is_file() and pdf.stat().st_size > 0:
            results[path] = pdf
    return results
