"""Each chosen document as PDF pages: originals as they are, Word through LibreOffice.

PDFs keep their own text layer (so the bundle stays searchable); photos go in losslessly;
e-mails and text files are typeset from their stored text. Word files are converted once
and the result kept in the document store, so the next export of the case is quick.
A document that cannot be turned into pages is reported, never silently dropped.
"""

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Rendition
from ehcp_appeal.errors import AppError, CancelledError
from ehcp_appeal.export import office
from ehcp_appeal.ingest.records import DocumentInfo
from ehcp_appeal.progress import Progress
from ehcp_appeal.scratch import private_folder
from ehcp_appeal.services.evidence import document_bytes, render_preview_pdf

if TYPE_CHECKING:
    from pypdf import PdfReader

ORIGINAL = "original PDF"
PHOTO = "photo"
TEXT = "built-in text renderer"


@dataclass(frozen=True)
class SourcePdf:
    """A document's pages, parsed once: the reader is reused when the bundle is put together."""

    document: DocumentInfo
    reader: "PdfReader"
    converter: str

    @property
    def pages(self) -> int:
        return len(self.reader.pages)


@dataclass(frozen=True)
class BadDocument:
    document: DocumentInfo
    reason: str


def open_pdf(data: bytes) -> "PdfReader":
    """A PDF with at least one page, or AppError saying why it cannot be used."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise AppError("it is protected by a password")
        if len(reader.pages) == 0:
            raise AppError("it has no pages")
        return reader
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise AppError(f"its PDF is damaged ({error.__class__.__name__})") from None


def prepare(
    db: Database, documents: Sequence[DocumentInfo], progress: Progress
) -> tuple[list[SourcePdf], list[BadDocument]]:
    """Pages for every document, in the given order; the bad ones listed with a reason."""
    words = _word_renditions(db, [d for d in documents if d.file_type == "docx"], progress)
    sources: list[SourcePdf] = []
    bad: list[BadDocument] = []
    for done, document in enumerate(documents):
        progress.step(done, len(documents), f"Preparing {document.title}")
        try:
            if document.id in words:
                data, converter = words[document.id], office.LIBREOFFICE
            else:
                data = render_preview_pdf(db, document.id)
                converter = _converter(document.file_type)
            reader = open_pdf(data)
        except CancelledError:
            raise
        except AppError as error:
            bad.append(BadDocument(document, error.message))
            continue
        except Exception as error:  # a hostile or broken file must not abort the whole bundle
            bad.append(BadDocument(document, f"it could not be read ({error.__class__.__name__})"))
            continue
        sources.append(SourcePdf(document, reader, converter))
    return sources, bad


def _converter(file_type: str) -> str:
    if file_type == "pdf":
        return ORIGINAL
    if file_type in ("jpg", "jpeg", "png"):
        return PHOTO
    return TEXT


def _word_renditions(
    db: Database, documents: Sequence[DocumentInfo], progress: Progress
) -> dict[str, bytes]:
    """LibreOffice PDFs of Word documents by document id: cached ones, then new ones."""
    if not documents or not office.libreoffice_available():
        return {}
    found: dict[str, bytes] = {}
    missing: list[DocumentInfo] = []
    with db.session() as session:
        for document in documents:
            row = _rendition(session, document.sha256)
            if row is not None and db.store.exists(row.pdf_sha256):
                found[document.id] = db.store.read_bytes(row.pdf_sha256)
            else:
                missing.append(document)
    if missing:
        progress.step(0, len(documents), f"Converting {len(missing)} Word document(s)")
        found.update(_convert(db, missing))
    return found


def _convert(db: Database, documents: Sequence[DocumentInfo]) -> dict[str, bytes]:
    """LibreOffice PDFs of these Word documents, kept in the store; failures fall back."""
    converted: dict[str, bytes] = {}
    with private_folder("ehcp-bundle-") as folder:
        inputs: dict[Path, DocumentInfo] = {}
        for number, document in enumerate(documents):
            path = (Path(folder) / f"document-{number:05d}.docx").resolve()
            path.write_bytes(document_bytes(db, document.id)[0])
            inputs[path] = document
        try:
            results = office.convert_to_pdf(list(inputs), Path(folder) / "pdf")
        except AppError:  # timed out or could not start: the text rendition stands in
            return {}
        for path, pdf in results.items():
            data = pdf.read_bytes()
            try:
                pages = len(open_pdf(data).pages)
            except AppError:
                continue
            document = inputs[path]
            blob = db.store.put_bytes(data)
            with db.session() as session:
                exists = _rendition(session, document.sha256)
                if exists is None:
                    session.add(
                        Rendition(
                            source_sha256=document.sha256,
                            converter=office.LIBREOFFICE,
                            pdf_sha256=blob.sha256,
                            pages=pages,
                        )
                    )
                else:
                    exists.pdf_sha256, exists.pages = blob.sha256, pages
                    session.add(exists)
            converted[document.id] = data
    return converted


def _rendition(session: Session, sha256: str) -> Rendition | None:
    return session.exec(
        select(Rendition).where(
            Rendition.source_sha256 == sha256, Rendition.converter == office.LIBREOFFICE
        )
    ).first()
