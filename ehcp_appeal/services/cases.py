"""Cases: create, list, read, edit, archive, and the people involved.

Callers get frozen dataclasses, never live ORM rows, so the window can hold them on any
thread without touching the database.
"""

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import func
from sqlmodel import Session, col, select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Case, Document, Person, utc_now
from ehcp_appeal.domain import APPEAL_OUTCOMES, APPEAL_TYPES, PERSON_ROLES
from ehcp_appeal.errors import InvalidInputError, NotFoundError
from ehcp_appeal.services import audit
from ehcp_appeal.services.edit_versions import FieldChange, claim_version, differences

TRIBUNAL_REFERENCE = re.compile(r"^EH\d{3}/\d{2}/\d{5}$")


@dataclass(frozen=True)
class PersonInfo:
    role: str
    name: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class CaseDetails:
    """Everything the case page edits. ``id`` is empty for a case not yet saved."""

    name: str
    id: str = ""
    child_name: str = ""
    child_dob: dt.date | None = None
    year_group: str = ""
    school: str = ""
    local_authority: str = ""
    appeal_type: str = ""
    tribunal_reference: str = ""
    hearing_date: dt.date | None = None
    outcome: str = ""
    """How the appeal ended: a key of APPEAL_OUTCOMES, or "" while it is undecided."""
    notes: str = ""
    archived: bool = False
    people: tuple[PersonInfo, ...] = field(default_factory=tuple)
    version: int = 0
    """The stored version these details were read at; a save from an older one is refused
    (0: not read from the database, saved without the check)."""


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list (the advocate's dashboard)."""

    id: str
    name: str
    child_name: str
    local_authority: str
    appeal_type: str
    tribunal_reference: str
    hearing_date: dt.date | None
    archived: bool
    documents: int
    updated_at: dt.datetime
    outcome: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "documents": self.documents,
            "child_name": self.child_name,
            "local_authority": self.local_authority,
            "appeal_type": self.appeal_type,
            "tribunal_reference": self.tribunal_reference,
            "hearing_date": self.hearing_date.isoformat() if self.hearing_date else None,
            "archived": self.archived,
        }


_EDITABLE = [f.name for f in fields(CaseDetails) if f.name not in {"id", "people", "version"}]

# What a refused save shows, in the words of the case page.
_LABELS = {
    "name": "Case name",
    "child_name": "Child's name",
    "child_dob": "Date of birth",
    "year_group": "Year group",
    "school": "School",
    "local_authority": "Council",
    "appeal_type": "Appeal type",
    "tribunal_reference": "Tribunal reference",
    "hearing_date": "Hearing date",
    "outcome": "Outcome",
    "notes": "Notes",
    "archived": "Archived",
}


def validate(details: CaseDetails) -> CaseDetails:
    """Check and tidy what the user typed; raise InvalidInputError with a plain reason."""
    name = details.name.strip()
    if not name:
        raise InvalidInputError("Please give the case a name, for example the child's name.")
    if len(name) > 200:
        raise InvalidInputError("The case name is too long; keep it under 200 characters.")
    if details.appeal_type and details.appeal_type not in APPEAL_TYPES:
        allowed = ", ".join(APPEAL_TYPES)
        raise InvalidInputError(
            f"Unknown appeal type '{details.appeal_type}'; use one of {allowed}."
        )
    outcome = details.outcome.strip()
    if outcome and outcome not in APPEAL_OUTCOMES:
        allowed = ", ".join(APPEAL_OUTCOMES)
        raise InvalidInputError(
            f"Unknown outcome '{details.outcome}'; use one of {allowed} (or leave it empty "
            "while the appeal is undecided)."
        )
    reference = details.tribunal_reference.strip().upper()
    if reference and not TRIBUNAL_REFERENCE.match(reference):
        raise InvalidInputError(
            f"'{details.tribunal_reference}' does not look like a tribunal reference "
            "such as EH123/26/00001."
        )
    if details.child_dob and details.child_dob > dt.date.today():
        raise InvalidInputError("The child's date of birth is in the future.")
    for person in details.people:
        if person.role not in PERSON_ROLES:
            raise InvalidInputError(
                f"Unknown role '{person.role}' for {person.name or 'a person'}."
            )
    return replace(details, name=name, tribunal_reference=reference, outcome=outcome)


def create_case(db: Database, details: CaseDetails) -> CaseDetails:
    details = validate(details)
    with db.session() as session:
        case = Case(**{key: getattr(details, key) for key in _EDITABLE})
        session.add(case)
        session.flush()
        _replace_people(session, case.id, details.people)
        return _details(session, case)


def update_case(db: Database, details: CaseDetails) -> CaseDetails:
    """Save the case page. Refused with ``StaleEditError`` (nothing written) when the case
    was saved by someone else after ``details.version`` was read."""
    details = validate(details)
    with db.session() as session:
        claim_version(
            session,
            Case,
            details.id,
            details.version or None,
            f"the case '{details.name}'",
            lambda current: _changes(session, current, details),
        )
        case = _get(session, details.id)
        for key in _EDITABLE:
            setattr(case, key, getattr(details, key))
        case.updated_at = utc_now()
        _replace_people(session, case.id, details.people)
        session.add(case)
        session.flush()
        return _details(session, case)


def set_archived(db: Database, case_id: str, archived: bool) -> None:
    with db.session() as session:
        case = _get(session, case_id)
        case.archived = archived
        case.updated_at = utc_now()
        case.version += 1  # a page opened before this must not silently undo it
        session.add(case)


def get_case(db: Database, case_id: str) -> CaseDetails:
    with db.session() as session:
        return _details(session, _get(session, case_id))


def open_case(db: Database, case_id: str) -> CaseDetails:
    """``get_case`` for a person opening the case (the window, ``case show``): recorded in
    the audit record, where reads made by exports and checks are not."""
    details = get_case(db, case_id)
    audit.record(db, "opened", case_id)
    return details


def resolve_case_id(db: Database, case_ref: str) -> str:
    """Accept a full id or a unique prefix of at least four characters (as git does)."""
    ref = case_ref.strip().lower()
    with db.session() as session:
        if session.get(Case, ref) is not None:
            return ref
        if len(ref) >= 4:
            ids = session.exec(select(Case.id).where(col(Case.id).startswith(ref))).all()
            if len(ids) == 1:
                return ids[0]
            if len(ids) > 1:
                raise InvalidInputError(f"'{case_ref}' matches several cases; give more of the id.")
    raise NotFoundError(f"There is no case with the id '{case_ref}'; see 'case list'.")


def list_cases(db: Database, include_archived: bool = False) -> list[CaseSummary]:
    """Open cases, most recently changed first; archived ones only when asked."""
    with db.session() as session:
        counts = (
            select(Document.case_id, func.count().label("n"))
            .where(col(Document.deleted_at).is_(None))
            .group_by(col(Document.case_id))
            .subquery()
        )
        stmt = select(Case, func.coalesce(counts.c.n, 0)).outerjoin(
            counts, counts.c.case_id == Case.id
        )
        if not include_archived:
            stmt = stmt.where(col(Case.archived).is_(False))
        stmt = stmt.order_by(col(Case.updated_at).desc())
        return [
            CaseSummary(
                id=case.id,
                name=case.name,
                child_name=case.child_name,
                local_authority=case.local_authority,
                appeal_type=case.appeal_type,
                tribunal_reference=case.tribunal_reference,
                hearing_date=case.hearing_date,
                archived=case.archived,
                documents=int(n),
                updated_at=case.updated_at,
                outcome=case.outcome,
            )
            for case, n in session.exec(stmt).all()
        ]


def _get(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(f"There is no case with the id '{case_id}'; see 'case list'.")
    return case


def _replace_people(session: Session, case_id: str, people: tuple[PersonInfo, ...]) -> None:
    for old in session.exec(select(Person).where(Person.case_id == case_id)).all():
        session.delete(old)
    for person in people:
        session.add(
            Person(case_id=case_id, **{f.name: getattr(person, f.name) for f in fields(person)})
        )


def _changes(session: Session, current: Case, yours: CaseDetails) -> list[FieldChange]:
    theirs = _details(session, current)
    found = differences(_LABELS, theirs, yours)
    if theirs.people != yours.people:
        found.append(FieldChange("People", _people(theirs.people), _people(yours.people)))
    return found


def _people(people: tuple[PersonInfo, ...]) -> str:
    return ", ".join(f"{p.name or p.role} ({p.role})" for p in people) or "nobody"


def _details(session: Session, case: Case) -> CaseDetails:
    people = session.exec(
        select(Person).where(Person.case_id == case.id).order_by(col(Person.id))
    ).all()
    return CaseDetails(
        id=case.id,
        version=case.version,
        people=tuple(PersonInfo(p.role, p.name, p.organisation, p.email, p.phone) for p in people),
        **{key: getattr(case, key) for key in _EDITABLE},
    )
