"""Converting Word files to PDF with LibreOffice, when it is installed.

The tribunal counts pages of the PDF it receives, so the only honest page count of a
Word file is the count after laying it out; LibreOffice headless does that offline.
Several files go through one ``soffice`` start (starting it is most of the cost), and
each run uses its own throw-away profile so it never collides with a LibreOffice the
user has open, nor leaves settings behind.
"""

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ehcp_appeal.errors import AppError

_CANDIDATES = ("soffice", "libreoffice")
LIBREOFFICE = "LibreOffice"
DEFAULT_TIMEOUT = 180.0


def soffice_path() -> str | None:
    """LibreOffice's program; EHCP_APPEAL_SOFFICE names another, or turns it off when empty."""
    override = os.environ.get("EHCP_APPEAL_SOFFICE")
    if override is not None:
        return override or None
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def libreoffice_available() -> bool:
    return soffice_path() is not None


def convert_to_pdf(
    paths: Iterable[Path], out_dir: Path, timeout: float = DEFAULT_TIMEOUT
) -> dict[Path, Path]:
    """Convert each file to a PDF in ``out_dir``, as few LibreOffice runs as possible.

    Returns the PDFs made, keyed by the resolved source path; a file LibreOffice could not
    convert is simply absent, so the caller decides what that means. Files sharing a name
    (``a/x.docx`` and ``b/x.docx``) go into separate runs and sub-folders so that neither
    PDF overwrites the other. Raises AppError when LibreOffice is not installed or a run
    does not finish within ``timeout`` seconds.
    """
    sources = list(dict.fromkeys(Path(p).resolve() for p in paths))
    if not sources:
        return {}
    program = soffice_path()
    if program is None:
        raise AppError("LibreOffice is not installed, so Word files cannot be converted to PDF.")
    made: dict[Path, Path] = {}
    batch_number = 0
    while sources:
        batch: list[Path] = []
        for source in sources:
            if source.stem not in {taken.stem for taken in batch}:
                batch.append(source)
        sources = [s for s in sources if s not in batch]
        target = out_dir if batch_number == 0 else out_dir / f"batch-{batch_number}"
        _run(program, batch, target, timeout)
        for source in batch:
            pdf = target / f"{source.stem}.pdf"
            if pdf.is_file() and pdf.stat().st_size > 0:
                made[source] = pdf
        batch_number += 1
    return made


def _run(program: str, batch: list[Path], out_dir: Path, timeout: float) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ehcp-soffice-") as profile:
        command = [
            program,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            *map(str, batch),
        ]
        try:
            subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise AppError(
                f"LibreOffice did not finish converting to PDF within {timeout:g} seconds."
            ) from None
        except OSError as error:
            raise AppError(f"LibreOffice could not be started ({error.strerror}).") from None
