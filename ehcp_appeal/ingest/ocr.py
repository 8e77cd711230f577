"""Optional OCR through the tesseract program, found on PATH; run inside the sandbox child."""

import os
import shutil
import subprocess
from typing import Any

from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.ingest.result import encode

PAGE_TIMEOUT_SECONDS = 120
NEEDS_OCR_MESSAGE = (
    "This document is a picture of text, and text recognition (Tesseract) is not installed, "
    "so its words cannot be searched yet. The original is kept; install Tesseract and "
    "re-read the document to make it searchable."
)


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def ocr_available() -> bool:
    """True when the tesseract program can be run (it is not a Python package)."""
    return tesseract_path() is not None


def recognise(png: bytes, tesseract: str, language: str = "eng") -> str:
    """Text of one PNG via stdin/stdout, so no page image is ever written to disk.

    OMP_THREAD_LIMIT=1 matters: tesseract's default OpenMP threading is ten times slower
    on a two-core machine.
    """
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(
            [tesseract, "stdin", "stdout", "-l", language],
            input=png,
            capture_output=True,
            timeout=PAGE_TIMEOUT_SECONDS,
            env=env,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        raise UnreadableFileError("Text recognition failed on this page.") from None
    if done.returncode != 0:
        raise UnreadableFileError("Text recognition failed on this page.")
    return done.stdout.decode("utf-8", errors="replace")


def read(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    """OCR the pages listed in ``options["pages"]`` of a PDF or image; texts in that order."""
    from ehcp_appeal.ingest import image, pdf

    tesseract = str(options["tesseract"])
    name = str(options.get("name", "The file"))
    texts = []
    for index in options["pages"]:
        if options["file_type"] == "pdf":
            png = pdf.render_page_png(data, int(index))
        else:
            png = image.ocr_png(data, name)
        texts.append(recognise(png, tesseract))
    return encode(texts)
