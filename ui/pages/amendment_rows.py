"""What the amendments page shows, read in one background job, and each list line's text.

Kept apart from the page so the page stays widgets and wiring; nothing here touches Qt.
"""

from dataclasses import dataclass

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import NotFoundError
from ehcp_appeal.export.wd_markup import Markup
from ehcp_appeal.services import amendments as service
from ehcp_appeal.services import evidence, working_documents
from ehcp_appeal.services.amendment_proposals import PLACEHOLDER, Evidence


@dataclass(frozen=True)
class PageData:
    amendments: tuple[service.AmendmentInfo, ...]
    markup: Markup | None
    documents: tuple[tuple[str, str], ...]
    problem: str = ""


def load_page_data(db: Database, case_id: str) -> PageData:
    """Everything the page shows, read in one background job."""
    found = tuple(service.list_amendments(db, case_id))
    documents = tuple(
        (d.id, d.title or d.original_name) for d in evidence.list_documents(db, case_id)
    )
    try:
        markup = working_documents.build_markup(db, case_id)
    except NotFoundError as error:
        return PageData(found, None, documents, error.message)
    return PageData(found, markup, documents)


def label(amendment: service.AmendmentInfo) -> str:
    text = amendment.proposed_text or amendment.original_text
    short = text if len(text) < 90 else f"{text[:87]}…"
    party = service.PARTY_LABELS[amendment.party]
    action = service.ACTION_LABELS[amendment.action]
    hints = []
    if PLACEHOLDER in amendment.proposed_text:
        hints.append("wording to finish")
    if amendment.party != "council" and amendment.evidence == Evidence():
        hints.append("no evidence yet")
    note = f" ({'; '.join(hints)})" if hints else ""
    return f"{amendment.section} · {party} · {action}{note}: {short}"
