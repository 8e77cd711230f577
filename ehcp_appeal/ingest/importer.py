"""Import files into a case: read each in the sandbox, store the original, then commit its row.

Import order keeps originals safe: each file is read in the sandbox, its bytes are written
durably to the document store, and only then is its row committed, one transaction per
file. A failing file is reported and changes nothing already stored; the batch carries on.
"""

import datetime as dt
import hashlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Document, Page
from ehcp_appeal.errors import AppError, CancelledError, NotFoundError
from ehcp_appeal.ingest.guess import guess
from ehcp_appeal.ingest.pipeline import MAX_FILE_BYTES, ReadDocument, read_document
from ehcp_appeal.ingest.records import DocumentInfo, check_kind, get_case, to_info
from ehcp_appeal.ingest.sandbox import Limits, ReaderPool
from ehcp_appeal.progress import Progress

IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})


@dataclass(frozen=True)
class Duplicate:
    file: str
    document_id: str
    title: str

    @property
    def message(self) -> str:
        return f"already in this case as '{self.title}'"


@dataclass(frozen=True)
class Failure:
    file: str
    message: str

    def describe(self) -> str:
        """The message naming the file once: readers' messages usually start with its name.

        An attachment's label is "mail.eml › plan.docx" while its reader names only
        "plan.docx"; the label then takes the name's place, so the line says where the
        attachment came from without naming it twice.
        """
        name = PurePath(self.file).name
        if self.message.startswith(name) or self.message.startswith(self.file):
            return self.message
        inner = name.rsplit(" › ", 1)[-1]
        if inner != name and self.message.startswith(inner):
            return name + self.message[len(inner) :]
        return f"{name}: {self.message}"


@dataclass
class ImportReport:
    imported: list[DocumentInfo] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "imported": [doc.to_json() for doc in self.imported],
            "duplicates": [
                {"file": d.file, "document": d.document_id, "title": d.title, "message": d.message}
                for d in self.duplicates
            ],
            "failures": [{"file": f.file, "message": f.message} for f in self.failures],
            "cancelled": self.cancelled,
        }


@dataclass
class _Batch:
    """What every file of one import shares."""

    db: Database
    case_id: str
    local_authority: str
    limits: Limits | None
    progress: Progress
    report: ImportReport
    readers: ReaderPool


@dataclass(frozen=True)
class _Given:
    """What the user (or the enclosing e-mail) says about a file, over the guesses."""

    kind: str | None = None
    date: dt.date | None = None
    parent_id: str | None = None
    fallback_date: dt.date | None = None


def import_files(
    db: Database,
    case_id: str,
    paths: list[Path],
    kind: str | None = None,
    date: dt.date | None = None,
    progress: Progress | None = None,
    limits: Limits | None = None,
) -> ImportReport:
    """Import files and folders (everything inside them) into a case; carry on past failures.

    ``kind`` and ``date`` given here apply to every file and win over the guesses.
    Cancelling stops between files (or kills the current reader); what was imported stays.
    """
    progress = progress or Progress.silent()
    if kind is not None:
        check_kind(kind)
    report = ImportReport()
    council = get_case(db, case_id).local_authority
    files = _expand(paths)
    # Top-level files are read one ahead, by their own reader process, while the previous
    # file is written durably and committed: the reader's work and the disk's flushes
    # overlap. E-mail attachments are read in turn by a second reader when they come.
    # Leaving the block stops the readers first, so a read still running ends at once.
    with ThreadPoolExecutor(1) as ahead, ReaderPool() as readers, ReaderPool() as inner:
        batch = _Batch(db, case_id, council, limits, progress, report, inner)
        pending: dict[int, Future[_Read]] = {}

        def read_ahead(index: int) -> None:
            if index < len(files):
                path = files[index]
                pending[index] = ahead.submit(
                    lambda: _read_one(batch, path.name, _read_file(path), readers)
                )

        read_ahead(0)
        try:
            for number, path in enumerate(files):
                try:
                    progress.step(number, len(files), path.name)
                    read_ahead(number + 1)  # queued behind this one: one reader, in order
                    found = pending.pop(number).result()
                    progress.check()  # read ahead before a cancel: still not kept
                    _keep_one(batch, str(path), found, _Given(kind, date))
                except CancelledError:
                    report.cancelled = True
                    break
                except AppError as error:
                    report.failures.append(Failure(str(path), error.message))
        finally:
            for future in pending.values():
                future.cancel()
    if not report.cancelled:
        progress.step(len(files), len(files), "")
    return report


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            for inner in sorted(p for p in path.rglob("*") if p.is_file()):
                hidden = any(part.startswith(".") for part in inner.relative_to(path).parts)
                if hidden or inner.name.lower() in IGNORED_NAMES:
                    continue
                files.append(inner)
        else:
            files.append(path)
    return files


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise AppError(
                f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MB; "
                "split it or reduce its size."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise AppError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise AppError(f"{path} is a folder, not a file.") from None
    except PermissionError:
        raise AppError(f"{path} cannot be opened: permission denied.") from None
    except OSError as error:
        raise AppError(f"{path} cannot be read ({error.strerror}).") from None


@dataclass(frozen=True)
class _Read:
    """A file read in the sandbox, or found to be in the case already."""

    name: str
    data: bytes
    sha256: str
    duplicate_of: tuple[str, str] | None = None
    read: ReadDocument | None = None


def _import_one(batch: _Batch, name: str, label: str, data: bytes, given: _Given) -> None:
    _keep_one(batch, label, _read_one(batch, name, data, batch.readers), given)


def _read_one(batch: _Batch, name: str, data: bytes, readers: ReaderPool) -> _Read:
    sha256 = hashlib.sha256(data).hexdigest()
    existing = _find_by_hash(batch.db, batch.case_id, sha256)
    if existing is not None:
        return _Read(name, data, sha256, duplicate_of=existing)
    read = read_document(name, data, batch.limits, batch.progress.token, readers)
    return _Read(name, data, sha256, read=read)


def _keep_one(batch: _Batch, label: str, found: _Read, given: _Given) -> None:
    """Store the original durably, then commit its row and pages; then its attachments."""
    db, case_id, report = batch.db, batch.case_id, batch.report
    name, data, sha256 = found.name, found.data, found.sha256
    read = found.read
    if read is None:
        assert found.duplicate_of is not None
        report.duplicates.append(Duplicate(label, *found.duplicate_of))
        return
    extraction = read.extraction
    text = "\n\n".join(extraction.pages)
    guessed = guess(text, name, extraction.meta, batch.local_authority)
    meta = extraction.meta
    document = Document(
        case_id=case_id,
        parent_id=given.parent_id,
        title=guessed.title[:300],
        kind=given.kind or guessed.kind,
        date=given.date or guessed.date or given.fallback_date,
        pages=len(extraction.pages),
        sha256=sha256,
        original_name=name[:300],
        file_type=read.file_type,
        size_bytes=len(data),
        author=guessed.author,
        author_role=guessed.author_role,
        direction=guessed.direction,
        sender=meta.get("sender", "")[:300],
        recipient=meta.get("recipient", "")[:300],
        subject=meta.get("subject", "")[:500],
        text_status=read.text_status,
        status_detail=read.status_detail,
    )
    blob = db.store.put_bytes(data)
    try:
        with db.session() as session:
            session.add(document)
            session.flush()
            _add_pages(session, document.id, read)
            info = to_info(document)
    except IntegrityError:
        existing = _find_by_hash(db, case_id, sha256)
        if existing is None:
            raise
        report.duplicates.append(Duplicate(label, existing[0], existing[1]))
        return
    except BaseException:
        if not blob.already_stored:
            discard_unreferenced(db, [sha256])
        raise
    if not db.store.exists(sha256):
        # Emptying the trash in another thread may have discarded a blob this row now uses.
        db.store.put_bytes(data)
    report.imported.append(info)
    for skipped in extraction.skipped:
        report.failures.append(
            Failure(f"{label} › {skipped}", "attachment not imported: this type is not supported")
        )
    for part, message in extraction.left_out:
        report.failures.append(Failure(f"{label} › {part}" if part else label, message))
    for attachment in extraction.attachments:
        inner_label = f"{label} › {attachment.name}"
        try:
            inner = _Given(parent_id=info.id, fallback_date=info.date)
            _import_one(batch, attachment.name, inner_label, attachment.data, inner)
        except CancelledError:
            raise
        except AppError as error:
            report.failures.append(Failure(inner_label, error.message))


def _find_by_hash(db: Database, case_id: str, sha256: str) -> tuple[str, str] | None:
    with db.session() as session:
        row = session.exec(
            select(Document).where(Document.case_id == case_id, Document.sha256 == sha256)
        ).first()
        if row is None:
            return None
        title = row.title + (" (in the deleted documents)" if row.deleted_at else "")
        return row.id, title


def discard_unreferenced(db: Database, hashes: list[str]) -> None:
    """Remove originals no document of any case points at any more."""
    with db.session() as session:
        for sha256 in set(hashes):
            used = session.exec(select(Document.id).where(Document.sha256 == sha256)).first()
            if used is None:
                db.store.discard(sha256)
                if (readings := db.reading_cache) is not None:
                    readings.discard(sha256)


def reread_document(
    db: Database, doc_id: str, progress: Progress | None = None, limits: Limits | None = None
) -> DocumentInfo:
    """Read a stored original again (after Tesseract was installed, say) and replace its text.

    The details the user may have corrected (title, kind, date...) are left alone.
    """
    progress = progress or Progress.silent()
    with db.session() as session:
        document = session.get(Document, doc_id)
        if document is None:
            raise NotFoundError(f"There is no document with the id '{doc_id}'; see 'documents'.")
        name, sha256 = document.original_name, document.sha256
    read = read_document(name, db.store.read_bytes(sha256), limits, progress.token)
    with db.session() as session:
        document = session.get(Document, doc_id)
        if document is None:
            raise NotFoundError(f"There is no document with the id '{doc_id}'; see 'documents'.")
        for page in session.exec(select(Page).where(Page.document_id == doc_id)).all():
            session.delete(page)
        session.flush()
        _add_pages(session, doc_id, read)
        document.pages = len(read.extraction.pages)
        document.text_status = read.text_status
        document.status_detail = read.status_detail
        session.add(document)
        session.flush()
        return to_info(document)


def _add_pages(session: Session, doc_id: str, read: ReadDocument) -> None:
    for number, text in enumerate(read.extraction.pages, start=1):
        ocr = (number - 1) in read.ocr_pages
        session.add(Page(document_id=doc_id, page_no=number, text=text, ocr=ocr))
