"""Word .docx reader (runs in the sandbox child): zip pre-checks, then text in document order."""

import io
import zipfile
import zlib
from typing import Any

from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.ingest.result import encode
from ehcp_appeal.ingest.text import PAGE_CHARS, split_pages
from ehcp_appeal.word_elements import W, body_parts, on_the_page, table_cells, table_rows

MiB = 1024 * 1024
MAX_ENTRIES = 2000
MAX_ENTRY_BYTES = 100 * MiB
MAX_TOTAL_BYTES = 300 * MiB
MAX_RATIO = 100
RATIO_CHECK_FROM = 1 * MiB
SCAN_CHUNK = 64 * 1024
_DOCTYPE_PATTERNS = tuple("<!doctype".encode(enc) for enc in ("ascii", "utf-16-le", "utf-16-be"))


def check_archive(data: bytes, name: str) -> None:
    """Reject zip bombs, encrypted entries and DTDs before python-docx sees the file.

    python-docx reads every referenced part whole, so a small file can expand to
    gigabytes; the checks look at every entry, referenced or not.
    """
    bad = UnreadableFileError(f"{name} is damaged and cannot be read as a Word document.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise bad from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise _too_big(name)
        total = 0
        for entry in entries:
            if entry.flag_bits & 0x1:
                raise UnreadableFileError(
                    f"{name} is password-protected: save an unprotected copy and import that."
                )
            total += entry.file_size
            ratio = entry.file_size / max(entry.compress_size, 1)
            if (
                entry.file_size > MAX_ENTRY_BYTES
                or total > MAX_TOTAL_BYTES
                or (entry.file_size > RATIO_CHECK_FROM and ratio > MAX_RATIO)
            ):
                raise _too_big(name)
        if "word/document.xml" not in archive.namelist():
            raise bad
        for entry in entries:
            if entry.filename.lower().endswith((".xml", ".rels")):
                _reject_doctype(archive, entry, name)


def _reject_doctype(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str) -> None:
    tail = b""
    try:
        with archive.open(entry) as handle:
            while chunk := handle.read(SCAN_CHUNK):
                window = (tail + chunk).lower()
                if any(pattern in window for pattern in _DOCTYPE_PATTERNS):
                    raise UnreadableFileError(
                        f"{name} contains a document type declaration, which Word never "
                        "writes and which can be used to attack the app; it was not imported."
                    )
                tail = window[-32:]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error):
        raise UnreadableFileError(
            f"{name} is damaged and cannot be read as a Word document."
        ) from None
    except NotImplementedError:  # a compression method zipfile does not know
        raise UnreadableFileError(
            f"{name} is damaged, or packed in a way Word never uses; save it again from "
            "Word and import that."
        ) from None


def _too_big(name: str) -> UnreadableFileError:
    return UnreadableFileError(
        f"{name} expands to far more data than a real Word document (a 'zip bomb'); "
        "it was not imported."
    )


def read(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    import docx

    name = options.get("name", "The Word file")
    check_archive(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:
        raise UnreadableFileError(
            f"{name} is damaged and cannot be read as a Word document."
        ) from None
    pages: list[list[str]] = [[_running_text(document)]]
    for block in body_parts(document.element.body):
        _walk(block, pages)
    texts = [piece for parts in pages for piece in _printed_pages("".join(parts))]
    props = document.core_properties
    meta = {"title": props.title or "", "author": props.author or ""}
    if props.created is not None:
        meta["created"] = props.created.date().isoformat()
    return encode(texts, meta=meta)


def _running_text(document: Any) -> str:
    """The page headers and footers, once, before the body: Word prints them on every page,
    and some say what the document is that the body never does ("WORKING DRAFT - not for
    circulation"). Searching finds them, and the kind guess reads them as a title line."""
    seen: dict[str, None] = {}
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer):
            try:
                if part.is_linked_to_previous:
                    continue
                text = _plain(part._element)
            except (AttributeError, KeyError, ValueError):
                continue  # a damaged header part: the body is what matters
            if text.strip():
                seen.setdefault(" ".join(text.split()), None)
    return "".join(f"{line}\n" for line in seen)


def _printed_pages(text: str) -> list[str]:
    """The text between two page breaks, as pages of about a printed page's length.

    Many Word files have no page breaks at all: a 75-page report would otherwise be one
    "page", too long to index whole and useless as a page reference. Text short enough
    to be one printed page stays one page, so files with real breaks keep their numbers.
    """
    if len(text) <= 2 * PAGE_CHARS:
        return [text]
    return split_pages(text, PAGE_CHARS)


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _walk(element: Any, pages: list[list[str]]) -> None:
    if _local(element) == "p":
        _paragraph(element, pages)
    else:
        for row in table_rows(element):
            cells = [_plain(cell) for cell in table_cells(row)]
            pages[-1].append(" | ".join(cells) + "\n")


def _paragraph(element: Any, pages: list[list[str]]) -> None:
    if element.find(f"{W}pPr/{W}pageBreakBefore") is not None and "".join(pages[-1]).strip():
        pages.append([])
    for node in on_the_page(element, f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"):
        tag = _local(node)
        if tag == "t":
            pages[-1].append(node.text or "")
        elif tag == "tab":
            pages[-1].append("\t")
        elif tag == "br" and node.get(f"{W}type") == "page":
            pages.append([])
        else:
            pages[-1].append("\n")
    pages[-1].append("\n")


def _plain(element: Any) -> str:
    paragraphs = []
    for paragraph in on_the_page(element, f"{W}p"):
        paragraphs.append("".join(t.text or "" for t in on_the_page(paragraph, f"{W}t")))
    return " ".join(p for p in paragraphs if p)
