"""Files added to a bundle that are not case documents: the working document, the reasons.

They come from the user's own disk (just written by the app), are turned into pages the
same way as case documents, and must convert: a missing or broken one is an error.
"""

import hashlib
from pathlib import Path

from ehcp_appeal.errors import AppError, UnreadableFileError
from ehcp_appeal.export import office
from ehcp_appeal.export.bundle.sources import ORIGINAL, SourcePdf, open_pdf
from ehcp_appeal.ingest.records import DocumentInfo
from ehcp_appeal.scratch import private_folder


def extra_source(path: Path, title: str) -> SourcePdf:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(f"{path.name} could not be read ({error.strerror}).") from None
    suffix = path.suffix.lower()
    info = DocumentInfo(
        id=f"extra:{path.name}",
        case_id="",
        title=title,
        kind="other",
        date=None,
        pages=0,
        sha256=hashlib.sha256(data).hexdigest(),
        original_name=path.name,
        file_type=suffix.lstrip("."),
    )
    if suffix == ".pdf":
        pdf, converter = data, ORIGINAL
    elif suffix == ".docx":
        pdf, converter = _word_to_pdf(path), office.LIBREOFFICE
    else:
        raise UnreadableFileError(f"{path.name} is neither a PDF nor a Word (.docx) file.")
    return SourcePdf(info, open_pdf(pdf), converter)


def _word_to_pdf(path: Path) -> bytes:
    if office.libreoffice_available():
        with private_folder("ehcp-extra-") as folder:
            try:
                converted = office.convert_to_pdf([path], Path(folder))
            except AppError:
                converted = {}
            if path.resolve() in converted:
                return converted[path.resolve()].read_bytes()
    return _text_rendition(path)


def _text_rendition(path: Path) -> bytes:
    """Without LibreOffice: the document's paragraphs typeset plainly, and said so."""
    import docx

    from ehcp_appeal.ingest.rendition import text_pdf

    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many kinds on a damaged file
        raise UnreadableFileError(
            f"{path.name} is not a readable Word document ({error.__class__.__name__})."
        ) from None
    text = "\n\n".join(p.text for p in document.paragraphs if p.text.strip())
    return text_pdf(path.stem, [text])
