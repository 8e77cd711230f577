"""Converting Word files to PDF with LibreOffice, when it is installed.

The tribunal counts pages of the PDF it receives, so the only honest page count of a
Word file is the count after laying it out; LibreOffice headless does that offline.
Several files go through one ``soffice`` start (starting it is most of the cost), and
each run uses its own throw-away profile so it never collides with a LibreOffice the
user has open, nor leaves settings behind.
"""

import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ehcp_appeal.errors import AppError

_CANDIDATES = ("soffice", "libreoffice")
DEFAULT_TIMEOUT = 180.0


def soffice_path() -> str | None:
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
    """Convert each file to ``out_dir/<stem>.pdf`` in one LibreOffice run.

    Returns the PDFs made, keyed by source path; a file LibreOffice could not convert is
    simply absent, so the caller decides what that means. Raises AppError when
    LibreOffice is not installed or does not finish within ``timeout`` seconds.
    """
    sources = [Path(p).resolve() for p in paths]
    if not sources:
        return {}
    program = soffice_path()
    if program is None:
        raise AppError("LibreOffice is not installed, so Word files cannot be converted to PDF.")
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
            *map(str, sources),
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
    made = {}
    for source in sources:
        pdf = out_dir / f"{source.stem}.pdf"
        if pdf.is_file() and pdf.stat().st_size > 0:
            made[source] = pdf
    return made
