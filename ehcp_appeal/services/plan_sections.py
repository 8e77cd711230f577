"""Which section each heading of a plan is: what the reader found, and what the person chose.

The reader can miss a council's heading or mistake it; the person can say which
section a heading is ("2=B", or the heading's own wording), and the choice is stored
with the plan document so that every later check of the case uses it.
"""

import re
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import AnalysisRecord, Document, PlanSectionChoice
from ehcp_appeal.errors import InvalidInputError, NotFoundError

SECTION_IDS = ("A", "B", "C", "D", "E", "F", "G", "H", "H1", "H2", "I", "J", "K")
NOT_A_SECTION = ""
MAX_HEADING = 400


@dataclass(frozen=True)
class PlanHeading:
    """A heading of the plan, the section it is taken for ("" for none) and who decided."""

    text: str
    page: int
    section: str
    found_by: str
    chosen: bool


def parse_sections(text: str) -> dict[str, str]:
    """ "2=B,5=E,6=F" as {"2": "B", ...}; a heading's wording may stand for its label,
    and "-" after the "=" says the heading is not a section heading."""
    choices: dict[str, str] = {}
    for part in (piece.strip() for piece in text.split(",")):
        if not part:
            continue
        heading, sep, section = part.rpartition("=")
        heading, section = heading.strip(), section.strip().upper()
        if not sep or not heading:
            raise InvalidInputError(
                f"'{part}' is not a heading and a section; write them as 2=B,5=E,6=F."
            )
        choices[heading] = _valid_section(section)
    if not choices:
        raise InvalidInputError("Give at least one heading and its section, e.g. 2=B.")
    return choices


def _valid_section(section: str) -> str:
    section = section.strip().upper().replace(" ", "")
    if section in ("-", "NONE", ""):
        return NOT_A_SECTION
    if section not in SECTION_IDS:
        raise InvalidInputError(
            f"'{section}' is not a plan section; use one of {', '.join(SECTION_IDS)}, "
            "or - for a heading that is not a section."
        )
    return section


def section_choices(db: Database, document_id: str) -> dict[str, str]:
    """The person's choices for one plan document, heading to section."""
    with db.session() as session:
        rows = session.exec(
            select(PlanSectionChoice).where(PlanSectionChoice.document_id == document_id)
        ).all()
        return {row.heading: row.section for row in rows}


def set_section_choices(
    db: Database, document_id: str, choices: dict[str, str], replace: bool = False
) -> None:
    """Store the person's choices for a plan document; ``replace`` forgets earlier ones."""
    cleaned = {}
    for heading, section in choices.items():
        heading = re.sub(r"\s+", " ", heading).strip()
        if not heading or len(heading) > MAX_HEADING:
            raise InvalidInputError("A heading must be given, in at most 400 characters.")
        cleaned[heading] = _valid_section(section)
    with db.session() as session:
        if session.get(Document, document_id) is None:
            raise NotFoundError(f"There is no document with the id '{document_id}'.")
        existing = {
            row.heading: row
            for row in session.exec(
                select(PlanSectionChoice).where(PlanSectionChoice.document_id == document_id)
            ).all()
        }
        for heading, row in existing.items():
            if replace and heading not in cleaned:
                session.delete(row)
        for heading, section in cleaned.items():
            row = existing.get(heading) or PlanSectionChoice(
                document_id=document_id, heading=heading
            )
            row.section = section
            session.add(row)


def plan_headings(
    db: Database, case_id: str, result: dict[str, Any] | None = None
) -> list[PlanHeading]:
    """The headings of the case's last checked plan, each with its section, for correcting."""
    from ehcp_appeal.services.analysis import get_case_analysis

    result = result or get_case_analysis(db, case_id)
    if result is None:
        raise NotFoundError("The plan has not been checked yet; check it first.")
    document_id = result["plan"].get("document_id", "")
    chosen = {key.lower() for key in section_choices(db, document_id)} if document_id else set()
    headings = []
    for entry in result["plan"].get("headings", []):
        headings.append(
            PlanHeading(
                text=entry["text"],
                page=int(entry.get("page") or 1),
                section=entry.get("section") or NOT_A_SECTION,
                found_by=entry.get("found_by") or "",
                chosen=entry["text"].lower() in chosen or entry.get("found_by") == "user",
            )
        )
    return headings


def case_plan_document(db: Database, case_id: str) -> str:
    """The plan document a case's check reads: the last one checked, else the latest plan."""
    with db.session() as session:
        record = session.get(AnalysisRecord, case_id)
        if record is not None and record.plan_document_id:
            return record.plan_document_id
    from ehcp_appeal.services.analysis import latest_plan_id

    return latest_plan_id(db, case_id)


def choose_plan_document(
    db: Database, case_id: str, plan_id: str, not_plan_id: str = "", not_plan_kind: str = "other"
) -> None:
    """The person's answer to "which document is the plan?": ``plan_id`` becomes the final
    plan (a draft stays a draft), and the document wrongly taken for it gets another kind."""
    from ehcp_appeal.services.analysis import PLAN_KINDS
    from ehcp_appeal.services.evidence import get_document, update_metadata

    chosen = get_document(db, plan_id)
    if chosen.case_id != case_id:
        raise NotFoundError("That document is not in this case.")
    if not_plan_id:
        if get_document(db, not_plan_id).case_id != case_id:
            raise NotFoundError("That document is not in this case.")
        update_metadata(db, not_plan_id, kind=not_plan_kind)
    if chosen.kind not in PLAN_KINDS:
        update_metadata(db, plan_id, kind="ehcp_final")
