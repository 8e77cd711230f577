"""Full-text search over the pages of one case or of every case, best hits first."""

from dataclasses import dataclass

from sqlmodel import col, select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.fulltext import HIT_END, HIT_START, search_pages
from ehcp_appeal.db.models import Case, Document
from ehcp_appeal.errors import NotFoundError

DEFAULT_LIMIT = 50
HIT_MARKS = (HIT_START, HIT_END)


@dataclass(frozen=True)
class SearchHit:
    """One matching page. ``snippet`` marks each hit between HIT_START and HIT_END."""

    document: str
    title: str
    page: int
    snippet: str
    case_id: str
    kind: str

    def to_json(self) -> dict[str, object]:
        return {
            "document": self.document,
            "title": self.title,
            "page": self.page,
            "snippet": self.snippet,
        }


def search(
    db: Database, query: str, case_id: str | None = None, limit: int = DEFAULT_LIMIT
) -> list[SearchHit]:
    """Words are all required, "quoted phrases" stay together, and ``assess*`` is a prefix.

    ``case_id`` None searches every case, archived ones included; documents in the trash
    are never found.
    """
    with db.session() as session:
        if case_id is not None and session.get(Case, case_id) is None:
            raise NotFoundError(f"There is no case with the id '{case_id}'; see 'case list'.")
        connection = session.connection()
        hits = search_pages(connection, query, [case_id] if case_id else None, limit=limit)
        ids = {hit.document_id for hit in hits}
        documents = {
            doc.id: doc
            for doc in session.exec(select(Document).where(col(Document.id).in_(ids))).all()
        }
    return [
        SearchHit(
            document=hit.document_id,
            title=documents[hit.document_id].title,
            page=hit.page_no,
            snippet=" ".join(hit.snippet.split()),
            case_id=documents[hit.document_id].case_id,
            kind=documents[hit.document_id].kind,
        )
        for hit in hits
        if hit.document_id in documents
    ]
