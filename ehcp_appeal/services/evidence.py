"""Evidence of a case: import files, list, edit, trash and restore, read, preview, chronology."""

import datetime as dt
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Document, Page, utc_now
from ehcp_appeal.domain import DIRECTIONS
from ehcp_appeal.errors import InvalidInputError, NotFoundError
from ehcp_appeal.ingest import rendition
from ehcp_appeal.ingest.importer import (
    Duplicate,
    Failure,
    ImportReport,
    discard_unreferenced,
    reread_document,
)
from ehcp_appeal.ingest.importer import import_files as import_into_case
from ehcp_appeal.ingest.records import DocumentInfo, check_kind, get_case, to_info
from ehcp_appeal.ingest.sandbox import Limits
from ehcp_appeal.progress import Progress
from ehcp_appeal.services import analysis, audit

__all__ = [
    "ChronologyEntry",
    "DocumentInfo",
    "Duplicate",
    "Failure",
    "ImportReport",
    "chronology",
    "document_bytes",
    "empty_trash",
    "get_document",
    "import_files",
    "list_documents",
    "move_to_trash",
    "page_text",
    "page_texts",
    "render_preview_pdf",
    "reread_document",
    "restore_from_trash",
    "update_metadata",
]


def import_files(
    db: Database,
    case_id: str,
    paths: list[Path],
    kind: str | None = None,
    date: dt.date | None = None,
    progress: Progress | None = None,
    limits: Limits | None = None,
) -> ImportReport:
    """Import files and folders into a case (see ``ingest.importer.import_files``), then
    read the new reports for the plan check while the import's progress is still showing."""
    report = import_into_case(db, case_id, paths, kind, date, progress, limits)
    if not report.cancelled:
        analysis.keep_readings(db, [info.id for info in report.imported], progress)
    return report


def list_documents(db: Database, case_id: str, include_deleted: bool = False) -> list[DocumentInfo]:
    """The case's documents by date (undated last), then by when they were imported."""
    get_case(db, case_id)
    with db.session() as session:
        stmt = select(Document).where(Document.case_id == case_id)
        if not include_deleted:
            stmt = stmt.where(col(Document.deleted_at).is_(None))
        rows = session.exec(stmt).all()
        infos = [to_info(row) for row in rows]
    return sorted(infos, key=_date_order)


def resolve_document_id(db: Database, ref: str) -> str:
    """A full document id or a unique start of one (the 8 characters 'documents' prints)."""
    start = ref.strip().lower()
    with db.session() as session:
        if session.get(Document, start) is not None:
            return start
        if len(start) >= 4:
            ids = session.exec(select(Document.id).where(col(Document.id).startswith(start))).all()
            if len(ids) == 1:
                return ids[0]
            if len(ids) > 1:
                raise InvalidInputError(f"'{ref}' matches several documents; give more of the id.")
    raise NotFoundError(f"There is no document with the id '{ref}'; see 'documents'.")


def get_document(db: Database, doc_id: str) -> DocumentInfo:
    with db.session() as session:
        return to_info(_document(session, doc_id))


EDITABLE = frozenset(
    {
        "title",
        "kind",
        "date",
        "author",
        "author_role",
        "direction",
        "sender",
        "recipient",
        "subject",
        "in_bundle",
    }
)


def update_metadata(db: Database, doc_id: str, **fields: Any) -> DocumentInfo:
    """Correct what the guesses got wrong; every value is checked before anything is saved."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise InvalidInputError(f"These details cannot be changed: {', '.join(sorted(unknown))}.")
    clean = dict(fields)
    if "kind" in clean:
        check_kind(clean["kind"])
    if "direction" in clean and clean["direction"] not in {"", *DIRECTIONS}:
        raise InvalidInputError(
            f"Unknown direction '{clean['direction']}'; use one of {', '.join(DIRECTIONS)}."
        )
    if "date" in clean and clean["date"] is not None and not isinstance(clean["date"], dt.date):
        try:
            clean["date"] = dt.date.fromisoformat(str(clean["date"]))
        except ValueError:
            raise InvalidInputError(
                f"'{clean['date']}' is not a valid date; write it as YYYY-MM-DD."
            ) from None
    if "title" in clean:
        clean["title"] = str(clean["title"]).strip()
        if not clean["title"]:
            raise InvalidInputError("A document needs a title.")
    limits = {
        "title": 300,
        "author": 200,
        "author_role": 200,
        "sender": 300,
        "recipient": 300,
        "subject": 500,
    }
    for key, limit in limits.items():
        if key in clean and len(str(clean[key])) > limit:
            raise InvalidInputError(f"The {key.replace('_', ' ')} is too long (over {limit}).")
    with db.session() as session:
        document = _document(session, doc_id)
        for key, value in clean.items():
            setattr(document, key, value)
        session.add(document)
        session.flush()
        return to_info(document)


def move_to_trash(db: Database, doc_id: str) -> list[str]:
    """Hide a document (and its e-mail attachments) until restored or the trash is emptied."""
    when = utc_now()
    with db.session() as session:
        family = _family(session, doc_id)
        for document in family:
            if document.deleted_at is None:
                document.deleted_at = when
                session.add(document)
        audit.record(session, "deleted", family[0].case_id, f"document '{family[0].title}'")
        return [d.id for d in family]


def restore_from_trash(db: Database, doc_id: str) -> list[str]:
    with db.session() as session:
        family = _family(session, doc_id)
        for document in family:
            document.deleted_at = None
            session.add(document)
        return [d.id for d in family]


def empty_trash(db: Database, case_id: str) -> int:
    """Delete the case's trashed documents for good, and any originals nothing else uses."""
    get_case(db, case_id)
    with db.session() as session:
        gone = session.exec(
            select(Document).where(
                Document.case_id == case_id, col(Document.deleted_at).is_not(None)
            )
        ).all()
        hashes = [d.sha256 for d in gone]
        for document in gone:
            session.delete(document)
        if gone:
            audit.record(session, "deleted", case_id, f"{len(gone)} document(s) from the trash")
    discard_unreferenced(db, hashes)
    return len(hashes)


def page_text(db: Database, doc_id: str, page_no: int) -> str:
    with db.session() as session:
        _document(session, doc_id)
        page = session.exec(
            select(Page).where(Page.document_id == doc_id, Page.page_no == page_no)
        ).first()
        if page is None:
            raise NotFoundError(f"This document has no page {page_no}.")
        return page.text


def document_bytes(db: Database, doc_id: str) -> tuple[bytes, str, str]:
    """The original, byte for byte, with its type and file name."""
    with db.session() as session:
        document = _document(session, doc_id)
        sha256, file_type, name = document.sha256, document.file_type, document.original_name
    return db.store.read_bytes(sha256), file_type, name


def render_preview_pdf(db: Database, doc_id: str) -> bytes:
    """A PDF to show in the app's viewer, built in memory; the original PDF when it is one."""
    data, file_type, _name = document_bytes(db, doc_id)
    if file_type == "pdf":
        return data
    if file_type in ("jpg", "png"):
        return rendition.image_pdf(data)
    with db.session() as session:
        title = _document(session, doc_id).title
    return rendition.text_pdf(title, page_texts(db, doc_id))


def page_texts(db: Database, doc_id: str) -> list[str]:
    """Every stored page's text of a document, in page order."""
    with db.session() as session:
        return list(
            session.exec(
                select(Page.text).where(Page.document_id == doc_id).order_by(col(Page.page_no))
            ).all()
        )


@dataclass(frozen=True)
class ChronologyEntry:
    date: dt.date | None
    kind: str
    title: str
    author: str
    sender: str
    recipient: str
    direction: str
    subject: str
    document_id: str
    first_page: int
    pages: int

    @property
    def from_to(self) -> str:
        """Who a letter went between, else who wrote it: what a chronology's reader asks.

        One wording for the window and the Word chronology.
        """
        sender = _person(self.sender) if self.sender else ""
        recipient = _person(self.recipient) if self.recipient else ""
        if sender and recipient:
            people = f"{sender} to {recipient}"
        else:
            people = f"from {sender}" if sender else f"to {recipient}" if recipient else ""
        who = people or self.author
        direction = DIRECTIONS.get(self.direction, "") if self.direction != "other" else ""
        if direction:
            return f"{direction}: {who}" if who else direction
        return who[:1].upper() + who[1:]


def _person(address: str) -> str:
    """ "Leon Partridge <leon@example.org>" reads as "Leon Partridge"."""
    name, email = parseaddr(address)
    return name or email or address


def chronology(db: Database, case_id: str) -> list[ChronologyEntry]:
    """Every live document in date order, undated last: the backbone of a case summary."""
    return [
        ChronologyEntry(
            date=d.date,
            kind=d.kind,
            title=d.title,
            author=d.author + (f", {d.author_role}" if d.author and d.author_role else ""),
            sender=d.sender,
            recipient=d.recipient,
            direction=d.direction,
            subject=d.subject,
            document_id=d.id,
            first_page=1,
            pages=d.pages,
        )
        for d in list_documents(db, case_id)
    ]


def _date_order(doc: DocumentInfo) -> tuple[bool, dt.date, dt.datetime]:
    imported = doc.imported_at or dt.datetime.min
    return (doc.date is None, doc.date or dt.date.max, imported.replace(tzinfo=None))


def _document(session: Session, doc_id: str) -> Document:
    document = session.get(Document, doc_id)
    if document is None:
        raise NotFoundError(f"There is no document with the id '{doc_id}'; see 'documents'.")
    return document


def _family(session: Session, doc_id: str) -> list[Document]:
    document = _document(session, doc_id)
    children = session.exec(select(Document).where(Document.parent_id == doc_id)).all()
    return [document, *children]
