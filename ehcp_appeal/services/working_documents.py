"""Writing the case's working document, keeping each version (WD1, WD2, ...) to compare.

The wording marked up is the council's: its own Word working document when one was
imported, otherwise the plan's sections as the plan check read them. Each written
version is stored as its marked-up content, so two versions can be compared after the
files themselves have been sent on or changed.
"""

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import col, select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Document, PlanWording, WorkingDocumentVersion
from ehcp_appeal.errors import InvalidInputError, NotFoundError
from ehcp_appeal.export.ics import write_atomically
from ehcp_appeal.export.wd_compare import Difference, compare
from ehcp_appeal.export.wd_markup import Markup, mark_up
from ehcp_appeal.progress import Progress
from ehcp_appeal.rules.calendar import format_date
from ehcp_appeal.services import amendments, analysis, audit
from ehcp_appeal.services.amendment_proposals import Evidence
from ehcp_appeal.services.cases import get_case

if TYPE_CHECKING:  # Word is loaded only when a working document is written
    from ehcp_appeal.export.working_document import PageCount

Wording = dict[str, tuple[str, list[str]]]


@dataclass(frozen=True)
class WrittenDocument:
    path: Path
    version: int
    pages: "PageCount"
    footnotes: int
    unplaced: tuple[str, ...]


@dataclass(frozen=True)
class VersionInfo:
    number: int
    created_at: dt.datetime
    pages: int
    pages_exact: bool

    @property
    def name(self) -> str:
        return f"WD{self.number}"


def plan_wording(db: Database, case_id: str) -> Wording:
    """Section id to (title, lines) for B, F and I: imported council wording, else the plan's."""
    with db.session() as session:
        imported = session.get(PlanWording, case_id)
        stored = imported.sections_json if imported else ""
    if stored:
        data = json.loads(stored)
        return {key: (value["title"], list(value["lines"])) for key, value in data.items()}
    result = analysis.get_case_analysis(db, case_id)
    if result is None:
        raise NotFoundError("This case's plan has not been checked yet; run the plan check first.")
    return {
        entry["id"]: (entry.get("title", ""), str(entry.get("text", "")).splitlines())
        for entry in result["plan"]["sections"]
        if entry["id"] in ("B", "F", "I")
    }


def citer(db: Database, case_id: str) -> Callable[[Evidence], str]:
    """Footnote text for evidence: "A. Smith, Educational Psychologist, 28/02/2026, p.3, para 5"."""
    with db.session() as session:
        rows = session.exec(select(Document).where(Document.case_id == case_id)).all()
        documents = {
            row.id: (row.author, row.author_role, row.date, row.title or row.original_name)
            for row in rows
        }

    def cite(evidence: Evidence) -> str:
        parts: list[str] = []
        known = documents.get(evidence.document_id)
        if known:
            author, role, date, title = known
            parts.extend(p for p in (author, role) if p)
            if not author:
                parts.insert(0, title)
            if date:
                parts.append(date.strftime("%d/%m/%Y"))
        if evidence.page:
            parts.append(f"p.{evidence.page}")
        if evidence.paragraph:
            parts.append(f"para {evidence.paragraph}")
        text = ", ".join(parts)
        if evidence.note:
            text = f"{text}. {evidence.note}" if text else evidence.note
        return text

    return cite


def check_output(out: Path) -> None:
    """A Word file in a folder that exists, or a plain message naming the problem."""
    if out.suffix.lower() != ".docx":
        raise InvalidInputError(
            f"{out.name}: the working document is a Word file; end it in .docx."
        )
    if not out.parent.is_dir():
        raise InvalidInputError(
            f"The folder {out.parent} does not exist; choose an existing folder for {out.name}."
        )


def build_markup(db: Database, case_id: str) -> Markup:
    return mark_up(
        plan_wording(db, case_id), amendments.list_amendments(db, case_id), citer(db, case_id)
    )


def _next_number(db: Database, case_id: str) -> int:
    with db.session() as session:
        numbers = session.exec(
            select(WorkingDocumentVersion.number).where(WorkingDocumentVersion.case_id == case_id)
        ).all()
    return max([0, *numbers]) + 1


def write_working_document(
    db: Database,
    case_id: str,
    out: Path,
    accept_suggestions: bool = False,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> WrittenDocument:
    """Write the next version (WD1, WD2, ...), count its pages and keep it for comparing."""
    progress = progress or Progress.silent()
    case = get_case(db, case_id)
    check_output(out)  # before anything is accepted, so a bad path changes nothing
    if accept_suggestions:
        progress.step(0, 3, "Turning the suggested changes into proposed amendments")
        amendments.accept_all_suggestions(db, case_id)
    markup = build_markup(db, case_id)
    number = _next_number(db, case_id)
    from ehcp_appeal.export.working_document import Heading, build_docx, count_pages

    heading = Heading(
        child_name=case.child_name or case.name,
        council=case.local_authority,
        tribunal_reference=case.tribunal_reference,
        version=number,
        date_text=format_date(today or dt.date.today()),
    )
    progress.step(1, 3, "Writing the working document")
    write_atomically(out, build_docx(markup, heading))
    progress.step(2, 3, "Counting the pages")
    pages = count_pages(out, markup)
    with db.session() as session:
        session.add(
            WorkingDocumentVersion(
                case_id=case_id,
                number=number,
                pages=pages.pages,
                pages_exact=pages.exact,
                content_json=json.dumps(markup.to_json(), ensure_ascii=False),
            )
        )
        audit.record(session, "exported", case_id, f"working document WD{number}")
    footnotes = sum(1 for s in markup.sections for p in s.paragraphs for r in p.runs if r.footnote)
    return WrittenDocument(out, number, pages, footnotes, markup.unplaced)


def list_versions(db: Database, case_id: str) -> list[VersionInfo]:
    get_case(db, case_id)
    with db.session() as session:
        rows = session.exec(
            select(WorkingDocumentVersion)
            .where(WorkingDocumentVersion.case_id == case_id)
            .order_by(col(WorkingDocumentVersion.number))
        ).all()
        return [VersionInfo(r.number, r.created_at, r.pages, r.pages_exact) for r in rows]


def version_markup(db: Database, case_id: str, number: int) -> Markup:
    with db.session() as session:
        row = session.exec(
            select(WorkingDocumentVersion).where(
                WorkingDocumentVersion.case_id == case_id, WorkingDocumentVersion.number == number
            )
        ).first()
        if row is None:
            raise NotFoundError(f"There is no working document WD{number} for this case.")
        return Markup.from_json(json.loads(row.content_json))


def compare_versions(db: Database, case_id: str, first: int, second: int) -> list[Difference]:
    """What changed from WD``first`` to WD``second``, paragraph by paragraph."""
    return compare(version_markup(db, case_id, first), version_markup(db, case_id, second))
