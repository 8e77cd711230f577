"""The database tables. Every schema change here needs an Alembic revision beside it.

Portable SQL only (SQLite for a family, PostgreSQL for a team): string ids, no
engine-only column types. The full-text index lives in ``fulltext.py`` and is not a model.
"""

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Column, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlmodel import Field, SQLModel


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _case_fk() -> Column:  # type: ignore[type-arg,unused-ignore]
    return Column(String(32), ForeignKey("case.id", ondelete="CASCADE"), nullable=False, index=True)


class Case(SQLModel, table=True):
    """One family's appeal: the child, the council, the appeal and free notes."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    name: str = Field(max_length=200)
    child_name: str = Field(default="", max_length=200)
    child_dob: dt.date | None = None
    year_group: str = Field(default="", max_length=40)
    school: str = Field(default="", max_length=300)
    local_authority: str = Field(default="", max_length=200)
    appeal_type: str = Field(default="", max_length=40)
    tribunal_reference: str = Field(default="", max_length=40)
    hearing_date: dt.date | None = None
    outcome: str = Field(default="", max_length=20, sa_column_kwargs={"server_default": ""})
    notes: str = Field(default="")
    archived: bool = Field(default=False, index=True)
    created_at: dt.datetime = Field(default_factory=utc_now)
    updated_at: dt.datetime = Field(default_factory=utc_now)
    # Raised by one on every save, so that a save made from an older copy is refused
    # (``services.edit_versions``) instead of overwriting a colleague's changes.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class Person(SQLModel, table=True):
    """Someone involved in the case: LA caseworker, SENCo, advocate, solicitor, other."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(sa_column=_case_fk())
    role: str = Field(max_length=40)
    name: str = Field(default="", max_length=200)
    organisation: str = Field(default="", max_length=200)
    email: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=60)


class Document(SQLModel, table=True):
    """A piece of evidence. The original bytes live in the document store under ``sha256``."""

    __table_args__ = (UniqueConstraint("case_id", "sha256", name="uq_document_case_sha256"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    case_id: str = Field(sa_column=_case_fk())
    parent_id: str | None = Field(
        default=None,
        sa_column=Column(String(32), ForeignKey("document.id", ondelete="SET NULL"), index=True),
    )
    title: str = Field(default="", max_length=300)
    kind: str = Field(default="other", max_length=40, index=True)
    date: dt.date | None = None
    pages: int = 0
    sha256: str = Field(max_length=64, index=True)
    original_name: str = Field(default="", max_length=300)
    file_type: str = Field(default="", max_length=10)
    size_bytes: int = 0
    author: str = Field(default="", max_length=200)
    author_role: str = Field(default="", max_length=200)
    direction: str = Field(default="", max_length=20)
    sender: str = Field(default="", max_length=300)
    recipient: str = Field(default="", max_length=300)
    subject: str = Field(default="", max_length=500)
    text_status: str = Field(default="pending", max_length=20)
    status_detail: str = Field(default="")
    in_bundle: bool = True
    imported_at: dt.datetime = Field(default_factory=utc_now)
    deleted_at: dt.datetime | None = Field(default=None, index=True)


class Page(SQLModel, table=True):
    """The text of one page of a document, indexed for full-text search."""

    id: int | None = Field(default=None, primary_key=True)
    document_id: str = Field(
        sa_column=Column(
            String(32), ForeignKey("document.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    page_no: int
    text: str = ""
    ocr: bool = False


class KeyDate(SQLModel, table=True):
    """A dated event in the case (request received, decision letter, ...), for the deadlines."""

    __table_args__ = (
        UniqueConstraint("case_id", "event", "round", name="uq_keydate_case_event_round"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(sa_column=_case_fk())
    event: str = Field(max_length=60)
    # Events that come back (annual reviews, amendment proposals) keep one row per round.
    round: int = Field(default=1)
    date: dt.date
    note: str = ""


class KeyDateChange(SQLModel, table=True):
    """One change to a key date, kept so that a family can see and undo every change.

    Changes made together (a date and the alias it replaces) share a ``batch`` and are
    undone together. ``old_date`` is None for a new date, ``new_date`` None for a removal.
    """

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(sa_column=_case_fk())
    batch: str = Field(max_length=32, index=True)
    event: str = Field(max_length=60)
    round: int = Field(default=1)
    old_date: dt.date | None = None
    new_date: dt.date | None = None
    old_note: str = ""
    new_note: str = ""
    changed_at: dt.datetime = Field(default_factory=utc_now)
    undone_at: dt.datetime | None = None


class DutyException(SQLModel, table=True):
    """An exception the council claims against one of its statutory time limits."""

    __table_args__ = (UniqueConstraint("case_id", "duty_id", name="uq_dutyexception_case_duty"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(sa_column=_case_fk())
    duty_id: str = Field(max_length=60)
    exception_code: str = Field(max_length=40)
    note: str = ""


class AnalysisRecord(SQLModel, table=True):
    """The latest plan check of a case, stored whole as contract JSON."""

    case_id: str = Field(
        sa_column=Column(String(32), ForeignKey("case.id", ondelete="CASCADE"), primary_key=True)
    )
    plan_document_id: str | None = Field(default=None, max_length=32)
    result_json: str = ""
    created_at: dt.datetime = Field(default_factory=utc_now)


class AnalysisDecision(SQLModel, table=True):
    """What the user decided about one need, recommendation or finding; survives re-runs.

    ``item_key`` is stable across runs (derived from kind and normalised text), so a
    re-analysis re-applies accepted, dismissed, edited and re-linked items.
    """

    __table_args__ = (UniqueConstraint("case_id", "item_key", name="uq_decision_case_item"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(sa_column=_case_fk())
    item_key: str = Field(max_length=80)
    status: str = Field(default="open", max_length=20)
    edited_text: str = ""
    linked_text: str = ""
    linked_section: str = Field(default="", max_length=4)
    user_added: bool = False
    payload_json: str = ""
    updated_at: dt.datetime = Field(default_factory=utc_now)


class Amendment(SQLModel, table=True):
    """A proposed change to sections B, F or I, for the working document."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(sa_column=_case_fk())
    section: str = Field(max_length=4)
    party: str = Field(default="parent", max_length=10)
    action: str = Field(default="add", max_length=10)
    original_text: str = ""
    proposed_text: str = ""
    evidence: str = ""
    finding_key: str = Field(default="", max_length=80)
    created_at: dt.datetime = Field(default_factory=utc_now)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class BundleChoice(SQLModel, table=True):
    """The user's choice for one document in one bundle profile: in or out, section, place.

    A document with no row falls into its default section by date, so a document added
    late takes its place and everything after it renumbers.
    """

    __table_args__ = (
        UniqueConstraint("case_id", "profile", "document_id", name="uq_bundlechoice_doc"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(sa_column=_case_fk())
    profile: str = Field(max_length=20)
    document_id: str = Field(
        sa_column=Column(String(32), ForeignKey("document.id", ondelete="CASCADE"), nullable=False)
    )
    included: bool = True
    section: str = Field(default="", max_length=20)
    position: int | None = None


class BundleExport(SQLModel, table=True):
    """One bundle made: its version number, when, how many pages, and the file's hash."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(sa_column=_case_fk())
    profile: str = Field(max_length=20)
    version: int
    pages: int
    sha256: str = Field(max_length=64)
    made_at: dt.datetime = Field(default_factory=utc_now)


class Rendition(SQLModel, table=True):
    """A document converted to PDF pages (Word by LibreOffice), kept so re-exports are fast.

    The PDF lives in the document store under ``pdf_sha256``, like an original.
    """

    __table_args__ = (UniqueConstraint("source_sha256", "converter", name="uq_rendition"),)

    id: int | None = Field(default=None, primary_key=True)
    source_sha256: str = Field(max_length=64, index=True)
    converter: str = Field(max_length=40)
    pdf_sha256: str = Field(max_length=64)
    pages: int = 0


class PlanWording(SQLModel, table=True):
    """The wording the working document marks up, when it is not the analysed plan's.

    Set by importing the council's own Word working document: its original wording of
    sections B, F and I (JSON: section id to list of paragraphs) replaces the plan text.
    """

    case_id: str = Field(
        sa_column=Column(String(32), ForeignKey("case.id", ondelete="CASCADE"), primary_key=True)
    )
    source_name: str = Field(default="", max_length=300)
    sections_json: str = ""
    imported_at: dt.datetime = Field(default_factory=utc_now)


class WorkingDocumentVersion(SQLModel, table=True):
    """One written working document (WD1, WD2, ...): its marked-up content, for comparing."""

    __table_args__ = (UniqueConstraint("case_id", "number", name="uq_wdversion_case_number"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(sa_column=_case_fk())
    number: int
    pages: int = 0
    pages_exact: bool = False
    content_json: str = ""
    created_at: dt.datetime = Field(default_factory=utc_now)


class PlanSectionChoice(SQLModel, table=True):
    """The section the person says one heading of a plan document stands for.

    Councils lay plans out in many ways and the reader can miss or mistake a heading;
    the person's choice is kept with the document and decides on every re-run.
    ``heading`` is the heading's wording or label as the person gave it; ``section``
    is a section id, or "" for "not a section heading".
    """

    __table_args__ = (
        UniqueConstraint("document_id", "heading", name="uq_plansectionchoice_heading"),
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: str = Field(
        sa_column=Column(
            String(32), ForeignKey("document.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    heading: str = Field(max_length=400)
    section: str = Field(default="", max_length=4)


class Blob(SQLModel, table=True):
    """An original's bytes kept in the database itself, on a team's server (empty on SQLite,
    where originals are files). ``digest`` is the SHA-256 of the whole original; it is not
    named ``sha256`` because it is the store's own key, not a reference to a stored file."""

    digest: str = Field(primary_key=True, max_length=64)
    size: int = Field(sa_type=BigInteger)
    chunks: int
    stored_at: dt.datetime = Field(default_factory=utc_now)


class BlobChunk(SQLModel, table=True):
    """One piece (at most 1 MiB) of a stored original, in order by ``seq``."""

    digest: str = Field(
        sa_column=Column(
            String(64), ForeignKey("blob.digest", ondelete="CASCADE"), primary_key=True
        )
    )
    seq: int = Field(primary_key=True)
    data: bytes = Field(sa_type=LargeBinary)


class CaseAssignment(SQLModel, table=True):
    """Which caseworker (a database role of the team's server) works on which case.

    On a team server row-level security lets a caseworker see a case only through a row
    here; on a family's own computer the table stays empty and means nothing.
    """

    __tablename__ = "case_assignment"

    case_id: str = Field(
        sa_column=Column(String(32), ForeignKey("case.id", ondelete="CASCADE"), primary_key=True)
    )
    role_name: str = Field(primary_key=True, max_length=63)
    assigned_at: dt.datetime = Field(default_factory=utc_now)


class TeamMember(SQLModel, table=True):
    """A person of the team (a login role of the server) and whether they supervise.

    Kept in the database rather than as a server-wide group role, so being a supervisor of
    one team's database says nothing about another database on the same server.
    """

    __tablename__ = "team_member"

    role_name: str = Field(primary_key=True, max_length=63)
    supervisor: bool = False
    added_at: dt.datetime = Field(default_factory=utc_now)


class AuditEvent(SQLModel, table=True):
    """Who opened, exported, deleted or assigned what, and when; rows are only ever added.

    ``case_id`` is not a foreign key: the record of a deleted case must outlive the case.
    On a team server ``who`` and ``at`` are set by the server itself (the signed-in role,
    the server's clock) and no one may change or remove a row.
    """

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utc_now, index=True)
    who: str = Field(default="", max_length=128)
    action: str = Field(max_length=20)
    case_id: str = Field(default="", max_length=32, index=True)
    detail: str = ""
