"""The audit record: who opened, exported, deleted or assigned what, and when.

Services call ``record`` at the moment the thing is done, in the same transaction when
they have one, so a rolled-back delete leaves no "deleted" line. On a team server the
server writes who (the signed-in role) and when (its own clock) and refuses any change
or removal of a row (``db.row_security``); on a family's computer who is the computer's
user name, which is all there is to know.
"""

import datetime as dt
import getpass
from dataclasses import dataclass

from sqlalchemy import Connection, insert
from sqlmodel import Session, col, select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import AuditEvent, utc_now

ACTIONS = ("opened", "exported", "deleted", "assigned")


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    who: str
    action: str
    case_id: str
    detail: str

    def to_json(self) -> dict[str, str]:
        return {
            "at": self.at.isoformat(),
            "who": self.who,
            "action": self.action,
            "case_id": self.case_id,
            "detail": self.detail,
        }


def local_user() -> str:
    """The computer's user name (the server replaces it with the signed-in role)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password file
        return ""


def record(
    target: Database | Session | Connection, action: str, case_id: str = "", detail: str = ""
) -> None:
    """Add one line to the audit record (in ``target``'s transaction when it has one)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    # Core INSERT without RETURNING: a caseworker may add lines she is not shown back.
    table = AuditEvent.__table__  # type: ignore[attr-defined]
    statement = insert(table).values(
        at=utc_now(), who=local_user(), action=action, case_id=case_id, detail=detail[:500]
    )
    if isinstance(target, Database):
        with target.engine.begin() as conn:
            conn.execute(statement)
    else:
        target.execute(statement)


def list_events(db: Database, case_id: str | None = None, limit: int = 500) -> list[AuditEntry]:
    """The newest lines first (on a server, only those this role may see)."""
    with db.session() as session:
        query = select(AuditEvent).order_by(col(AuditEvent.at).desc(), col(AuditEvent.id).desc())
        if case_id is not None:
            query = query.where(AuditEvent.case_id == case_id)
        rows = session.exec(query.limit(limit)).all()
        return [AuditEntry(r.at, r.who, r.action, r.case_id, r.detail) for r in rows]
