"""PDF reader (runs in the sandbox child): text per page with pypdfium2, scanned pages flagged."""

from typing import Any

from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.ingest.result import MAX_PAGES, encode
from ehcp_appeal.pdf_pages import page_as_shown

MIN_TEXT_CHARS = 3
EOF_WINDOW = 4096


def read(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    name = options.get("name", "The PDF")
    # A missing end marker alone proves nothing (some programs never write it); the file
    # is refused only if the document or one of its pages does not open. The marker
    # then tells a cut-short download from a damaged file.
    cut_short = b"%%EOF" not in data[-EOF_WINDOW:]
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise UnreadableFileError(
                f"{name} is password-protected: save an unprotected copy and import that."
            ) from None
        raise _unreadable(name, cut_short) from None
    try:
        count = len(document)
        if count == 0:
            raise UnreadableFileError(f"{name} has no pages.")
        if count > MAX_PAGES:
            raise UnreadableFileError(f"{name} has more than {MAX_PAGES} pages; split it first.")
        pages: list[str] = []
        scanned: list[int] = []
        for index in range(count):
            try:
                page = page_as_shown(document, index)
            except pdfium.PdfiumError:
                raise _unreadable(name, cut_short) from None
            textpage = page.get_textpage()
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            textpage.close()
            if len(text.strip()) < MIN_TEXT_CHARS and _has_image(page, pdfium_c):
                scanned.append(index)
            pages.append(text)
            page.close()
        meta = _metadata(document)
    finally:
        document.close()
    return encode(pages, meta=meta, ocr_pages=scanned)


def _unreadable(name: str, cut_short: bool) -> UnreadableFileError:
    if cut_short:
        return UnreadableFileError(
            f"{name} is incomplete (it was cut short, perhaps an unfinished download); "
            "download or save it again."
        )
    return UnreadableFileError(f"{name} is damaged and cannot be read as a PDF.")


def _has_image(page: Any, pdfium_c: Any) -> bool:
    for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        return True
    return False


def _metadata(document: Any) -> dict[str, str]:
    try:
        info = document.get_metadata_dict(skip_empty=True)
    except Exception:
        return {}
    meta = {"title": info.get("Title", ""), "author": info.get("Author", "")}
    created = info.get("CreationDate", "")
    if created.startswith("D:") and len(created) >= 10:
        meta["created"] = f"{created[2:6]}-{created[6:8]}-{created[8:10]}"
    return meta


def render_page_png(data: bytes, index: int, dpi: int = 300) -> bytes:
    """One page as a greyscale PNG for OCR; called in the child, never in the app."""
    import io

    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        page = document[index]
        width, height = page.get_size()
        scale = dpi / 72
        longest = max(width, height) * scale
        if longest > 5000:
            scale *= 5000 / longest
        image = page.render(scale=scale, grayscale=True).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        page.close()
        return buffer.getvalue()
    finally:
        document.close()
