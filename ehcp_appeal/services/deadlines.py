"""A case's key dates, the exceptions the council claims, and where every deadline stands.

Dates are stored as events (``KeyDate``, kept by ``key_dates``); deadlines are never
stored but worked out from the events each time, so correcting a date corrects every
deadline that follows from it. ``today`` is always passed in, never read from the clock.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Case, DutyException, KeyDate
from ehcp_appeal.errors import InvalidInputError
from ehcp_appeal.rules.calculator import Deadline, compute_deadlines
from ehcp_appeal.rules.deadline_rules import load_rules
from ehcp_appeal.rules.status import (
    OVERDUE,
    DeadlineStatus,
    NextDeadline,
    evaluate,
    next_open,
)
from ehcp_appeal.services.key_dates import (
    DateAlreadyRecordedError,
    KeyDateChangeInfo,
    KeyDateInfo,
    check_case,
    event_labels,
    event_repeats,
    key_date_history,
    key_dates,
    latest_dates,
    list_key_dates,
    record_key_date,
    remove_key_date,
    same_event,
    undo_last_change,
)

__all__ = [
    "DateAlreadyRecordedError",
    "KeyDateChangeInfo",
    "KeyDateInfo",
    "event_labels",
    "event_repeats",
    "key_date_history",
    "list_key_dates",
    "record_key_date",
    "remove_key_date",
    "same_event",
    "undo_last_change",
]


@dataclass(frozen=True)
class ExceptionClaim:
    duty_id: str
    code: str
    note: str = ""


@dataclass(frozen=True)
class DeadlineOverview:
    """Everything the deadlines page shows for one case, read in one transaction."""

    key_dates: tuple[KeyDateInfo, ...]
    exceptions: tuple[ExceptionClaim, ...]
    statuses: tuple[DeadlineStatus, ...]


def _exception_row(session: Session, case_id: str, duty_id: str) -> DutyException | None:
    return session.exec(
        select(DutyException).where(
            DutyException.case_id == case_id, DutyException.duty_id == duty_id
        )
    ).first()


def record_exception(
    db: Database, case_id: str, duty_id: str, code: str, note: str = ""
) -> ExceptionClaim:
    """Record the exception the council claims for missing one of its time limits."""
    rules = load_rules()
    if duty_id not in rules.rule_ids or rules.rule(duty_id).party != "council":
        duties = [r.id for r in rules.rules if r.party == "council" and r.exceptions]
        raise InvalidInputError(
            f"'{duty_id}' is not one of the council's duties; use one of {', '.join(duties)}."
        )
    rule = rules.rule(duty_id)
    code = code.strip().lower().strip("()")
    if not rule.exceptions:
        raise InvalidInputError(
            f"The regulations give the council no exceptions to '{rule.title}' ({rule.source})."
        )
    if code not in rule.exceptions:
        raise InvalidInputError(
            f"'{code}' is not an exception under {rule.exceptions_source}; "
            f"use one of {', '.join(rule.exceptions)}."
        )
    with db.session() as session:
        check_case(session, case_id)
        row = _exception_row(session, case_id, duty_id)
        if row is None:
            row = DutyException(case_id=case_id, duty_id=duty_id, exception_code=code, note=note)
        else:
            row.exception_code, row.note = code, note
        session.add(row)
    return ExceptionClaim(duty_id, code, note)


def remove_exception(db: Database, case_id: str, duty_id: str) -> bool:
    with db.session() as session:
        check_case(session, case_id)
        row = _exception_row(session, case_id, duty_id)
        if row is None:
            return False
        session.delete(row)
        return True


def case_events(db: Database, case_id: str) -> dict[str, dt.date]:
    with db.session() as session:
        return _events(session, check_case(session, case_id))


def case_deadlines(db: Database, case_id: str) -> list[Deadline]:
    """The deadlines that follow from the case's recorded dates, earliest first."""
    return compute_deadlines(case_events(db, case_id))


def overview(db: Database, case_id: str, today: dt.date) -> DeadlineOverview:
    with db.session() as session:
        case = check_case(session, case_id)
        events = _events(session, case)
        dates = key_dates(session, case_id)
        claims = tuple(
            ExceptionClaim(row.duty_id, row.exception_code, row.note)
            for row in session.exec(
                select(DutyException)
                .where(DutyException.case_id == case_id)
                .order_by(col(DutyException.duty_id))
            ).all()
        )
    statuses = evaluate(events, today, {c.duty_id: (c.code, c.note) for c in claims})
    return DeadlineOverview(tuple(dates), claims, tuple(statuses))


def deadline_statuses(db: Database, case_id: str, today: dt.date) -> list[DeadlineStatus]:
    return list(overview(db, case_id, today).statuses)


def council_duties(db: Database, case_id: str, today: dt.date) -> list[DeadlineStatus]:
    """The council's duties only: met, late, due or overdue on ``today``."""
    return [s for s in deadline_statuses(db, case_id, today) if s.party == "council"]


def overdue_duty(db: Database, case_id: str, duty_id: str, today: dt.date) -> DeadlineStatus:
    """The named duty, which must be overdue on ``today`` (for a chasing letter)."""
    for status in council_duties(db, case_id, today):
        if status.id == duty_id:
            if status.status != OVERDUE:
                raise InvalidInputError(
                    f"'{status.title}' is not overdue ({status.label.lower()}, "
                    f"due {status.date.isoformat()}), so there is nothing to chase yet."
                )
            return status
    raise InvalidInputError(
        f"This case has no council duty '{duty_id}'; record the dates it runs from first "
        "(see 'deadlines --case')."
    )


def next_deadline(db: Database, case_id: str, today: dt.date) -> NextDeadline | None:
    """The earliest deadline of the case still due on or after ``today``."""
    return next_deadlines(db, [case_id], today).get(case_id)


def next_deadlines(
    db: Database, case_ids: Iterable[str], today: dt.date
) -> dict[str, NextDeadline | None]:
    """``next_deadline`` for many cases with one query, for the case list."""
    ids = list(dict.fromkeys(case_ids))
    if not ids:
        return {}
    pairs: dict[str, list[tuple[str, dt.date]]] = {case_id: [] for case_id in ids}
    hearings: dict[str, dt.date] = {}
    with db.session() as session:
        rows = session.exec(
            select(col(Case.id), col(Case.hearing_date), col(KeyDate.event), col(KeyDate.date))
            .outerjoin(KeyDate, col(KeyDate.case_id) == col(Case.id))
            .where(col(Case.id).in_(ids))
        ).all()
    for case_id, hearing_date, event, date in rows:
        if hearing_date is not None:
            hearings[case_id] = hearing_date
        if event is not None:
            pairs[case_id].append((event, date))
    result: dict[str, NextDeadline | None] = {}
    for case_id, case_pairs in pairs.items():
        case_events_ = latest_dates(case_pairs)
        if case_id in hearings:
            case_events_.setdefault("hearing", hearings[case_id])
        result[case_id] = next_open(evaluate(case_events_, today))
    return result


def _events(session: Session, case: Case) -> dict[str, dt.date]:
    """The case's events; the hearing date on the case's details stands in for a key date."""
    events = latest_dates(
        [
            (row.event, row.date)
            for row in session.exec(select(KeyDate).where(KeyDate.case_id == case.id)).all()
        ]
    )
    if case.hearing_date is not None:
        events.setdefault("hearing", case.hearing_date)
    return events
