"""Which kind of file this is, judged by its name and confirmed by its first bytes."""

from pathlib import PurePath

from ehcp_appeal.errors import UnreadableFileError

SUFFIX_TYPES: dict[str, str] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".eml": "eml",
    ".jpg": "jpg",
    ".jpeg": "jpg",
    ".png": "png",
}

SUPPORTED_DESCRIPTION = "PDF, Word (.docx), text (.txt), e-mail (.eml) or photos (.jpg, .png)"

_HINTS: dict[str, str] = {
    ".doc": "old Word (.doc) files are not supported; open it in Word and save it as .docx or PDF",
    ".msg": "Outlook .msg files are not supported; save the e-mail as .eml or print it to PDF",
    ".heic": "iPhone .heic photos are not supported; export the photo as JPEG",
    ".odt": "OpenDocument files are not supported; save it as .docx or PDF",
}

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def file_type(name: str) -> str:
    """The app's type for a file name, or UnreadableFileError naming what is supported."""
    suffix = PurePath(name).suffix.lower()
    if suffix in SUFFIX_TYPES:
        return SUFFIX_TYPES[suffix]
    if suffix in _HINTS:
        raise UnreadableFileError(f"{name}: {_HINTS[suffix]}.")
    shown = f"'{suffix}' files" if suffix else "Files without an extension"
    raise UnreadableFileError(f"{name}: {shown} are not supported; import {SUPPORTED_DESCRIPTION}.")


def is_supported(name: str) -> bool:
    return PurePath(name).suffix.lower() in SUFFIX_TYPES


def check_content(name: str, kind: str, data: bytes) -> None:
    """Catch renamed or empty files before spending a child process on them."""
    if not data:
        raise UnreadableFileError(f"{name} is empty (0 bytes); there is nothing to import.")
    head = data[:1024]
    if kind == "pdf" and b"%PDF-" not in head:
        raise UnreadableFileError(f"{name} is not a PDF, although its name ends in .pdf.")
    if kind == "docx":
        if data.startswith(OLE_MAGIC):
            raise UnreadableFileError(
                f"{name} is password-protected (or an old-style Word file): save an "
                "unprotected .docx or PDF copy and import that."
            )
        if not data.startswith(b"PK"):
            raise UnreadableFileError(f"{name} is not a Word .docx file, although it is named so.")
    if kind == "png" and not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise UnreadableFileError(f"{name} is not a PNG image, although it is named so.")
    if kind == "jpg" and not data.startswith(b"\xff\xd8\xff"):
        raise UnreadableFileError(f"{name} is not a JPEG photo, although it is named so.")
