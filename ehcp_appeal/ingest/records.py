"""The frozen view of a stored document, and the checks that import and editing share."""

import datetime as dt
from dataclasses import dataclass

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Case, Document
from ehcp_appeal.domain import DOCUMENT_KINDS
from ehcp_appeal.errors import InvalidInputError, NotFoundError


@dataclass(frozen=True)
class DocumentInfo:
    """A document as the window and the CLI see it; never a live database row."""

    id: str
    case_id: str
    title: str
    kind: str
    date: dt.date | None
    pages: int
    sha256: str
    original_name: str
    file_type: str = ""
    size_bytes: int = 0
    author: str = ""
    author_role: str = ""
    direction: str = ""
    sender: str = ""
    recipient: str = ""
    subject: str = ""
    text_status: str = ""
    status_detail: str = ""
    in_bundle: bool = True
    parent_id: str | None = None
    imported_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None

    def to_json(self) -> dict[str, object]:
        """The contract keys first, then the rest for scripts that want more."""
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "pages": self.pages,
            "sha256": self.sha256,
            "original_name": self.original_name,
            "file_type": self.file_type,
            "size_bytes": self.size_bytes,
            "author": self.author,
            "author_role": self.author_role,
            "direction": self.direction,
            "sender": self.sender,
            "recipient": self.recipient,
            "subject": self.subject,
            "text_status": self.text_status,
            "status_detail": self.status_detail,
            "in_bundle": self.in_bundle,
            "parent_id": self.parent_id,
            "deleted": self.deleted_at is not None,
        }


def to_info(row: Document) -> DocumentInfo:
    return DocumentInfo(
        id=row.id, case_id=row.case_id, title=row.title, kind=row.kind, date=row.date,
        pages=row.pages, sha256=row.sha256, original_name=row.original_name,
        file_type=row.file_type, size_bytes=row.size_bytes, author=row.author,
        author_role=row.author_role, direction=row.direction, sender=row.sender,
        recipient=row.recipient, subject=row.subject, text_status=row.text_status,
        status_detail=row.status_detail, in_bundle=row.in_bundle, parent_id=row.parent_id,
        imported_at=row.imported_at, deleted_at=row.deleted_at,
    )  # fmt: skip


def check_kind(kind: str) -> None:
    if kind not in DOCUMENT_KINDS:
        raise InvalidInputError(f"Unknown kind '{kind}'; use one of {', '.join(DOCUMENT_KINDS)}.")


def get_case(db: Database, case_id: str) -> Case:
    with db.session() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFoundError(f"There is no case with the id '{case_id}'; see 'case list'.")
        return case
