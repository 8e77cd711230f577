"""From a file's name and bytes to checked text per page: type check, sandboxed read, OCR."""

from dataclasses import dataclass, field, replace

from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.ingest import ocr, sandbox
from ehcp_appeal.ingest.filetypes import check_content, file_type
from ehcp_appeal.ingest.result import Extraction, decode
from ehcp_appeal.progress import CancelToken

MiB = 1024 * 1024
MAX_FILE_BYTES = 300 * MiB
MAX_OCR_PAGES = 300
OCR_SECONDS_PER_PAGE = 90

READERS: dict[str, str] = {
    "pdf": "ehcp_appeal.ingest.pdf:read",
    "docx": "ehcp_appeal.ingest.word:read",
    "txt": "ehcp_appeal.ingest.text:read",
    "eml": "ehcp_appeal.ingest.mail:read",
    "jpg": "ehcp_appeal.ingest.image:read",
    "png": "ehcp_appeal.ingest.image:read",
}
OCR_READER = "ehcp_appeal.ingest.ocr:read"


@dataclass(frozen=True)
class ReadDocument:
    """A file's text ready to store. ``text_status``: ok, ocr, needs_ocr or empty."""

    file_type: str
    extraction: Extraction
    ocr_pages: frozenset[int] = field(default_factory=frozenset)
    text_status: str = "ok"
    status_detail: str = ""


def read_document(
    name: str,
    data: bytes,
    limits: sandbox.Limits | None = None,
    cancel: CancelToken | None = None,
    readers: sandbox.ReaderPool | None = None,
) -> ReadDocument:
    """Raise UnreadableFileError with a plain message, or return the text to index.

    ``readers`` is the reader process of a batch of files; without one the file gets a
    reader process of its own.
    """
    kind = file_type(name)
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFileError(
            f"{name} is larger than {MAX_FILE_BYTES // MiB} MB; split it or reduce its size."
        )
    check_content(name, kind, data)
    try:
        run = readers.run if readers is not None else sandbox.run
        raw = run(READERS[kind], data, {"name": name}, limits, cancel)
        extraction = decode(raw)
    except UnreadableFileError as error:
        message = error.message
        if not message.startswith(name):
            message = f"{name}: {message}"
        raise UnreadableFileError(message) from None
    return _recognise(name, kind, data, extraction, limits, cancel, readers)


def _recognise(
    name: str,
    kind: str,
    data: bytes,
    extraction: Extraction,
    limits: sandbox.Limits | None,
    cancel: CancelToken | None,
    readers: sandbox.ReaderPool | None,
) -> ReadDocument:
    has_text = any(page.strip() for page in extraction.pages)
    wanted = extraction.ocr_pages[:MAX_OCR_PAGES]
    if not wanted:
        return ReadDocument(kind, extraction, text_status="ok" if has_text else "empty")
    tesseract = ocr.tesseract_path() if ocr.ocr_available() else None
    if tesseract is None:
        return ReadDocument(
            kind,
            extraction,
            text_status="needs_ocr",
            status_detail=ocr.NEEDS_OCR_MESSAGE,
        )
    base = limits or sandbox.Limits()
    seconds = OCR_SECONDS_PER_PAGE * len(wanted)
    ocr_limits = replace(
        base, wall_seconds=base.wall_seconds + seconds, cpu_seconds=base.cpu_seconds + seconds
    )
    options = {"name": name, "file_type": kind, "pages": wanted, "tesseract": tesseract}
    try:
        run = readers.run if readers is not None else sandbox.run
        texts = decode(run(OCR_READER, data, options, ocr_limits, cancel)).pages
    except UnreadableFileError as error:
        return ReadDocument(
            kind,
            extraction,
            text_status="needs_ocr",
            status_detail=(
                f"Text recognition did not finish ({error.message}). The original is kept."
            ),
        )
    pages = list(extraction.pages)
    for index, text in zip(wanted, texts, strict=False):
        pages[index] = text
    done = replace(extraction, pages=pages)
    return ReadDocument(kind, done, ocr_pages=frozenset(wanted), text_status="ocr")
