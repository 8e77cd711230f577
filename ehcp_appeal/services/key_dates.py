"""A case's key dates: recording, correcting and removing them, with a history that can be undone.

A key date is the fact every deadline is worked out from, so a date is never replaced
silently: recording a different date for an event that already has one is refused unless the
caller says it is a correction (``replace=True``), and events that come back (annual review
meetings, amendment proposals) get a new round instead. Every change is written to
``KeyDateChange`` in the same transaction, so the case keeps its history and the latest change
can always be undone.
"""

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Case, KeyDate, KeyDateChange, utc_now
from ehcp_appeal.errors import InvalidInputError, NotFoundError
from ehcp_appeal.rules.calendar import format_date
from ehcp_appeal.rules.deadline_rules import load_rules


@dataclass(frozen=True)
class KeyDateInfo:
    event: str
    label: str
    date: dt.date
    note: str = ""
    round: int = 1


@dataclass(frozen=True)
class KeyDateChangeInfo:
    """One change in a case's history of key dates, newest first when listed."""

    id: int
    event: str
    label: str
    round: int
    old_date: dt.date | None
    new_date: dt.date | None
    old_note: str
    new_note: str
    changed_at: dt.datetime
    undone: bool

    def describe(self) -> str:
        """The change in a sentence a parent reads."""
        what = self.label if self.round == 1 else f"{self.label} (round {self.round})"
        if self.old_date is None and self.new_date is not None:
            text = f"Recorded {what}: {format_date(self.new_date)}"
        elif self.new_date is None and self.old_date is not None:
            text = f"Removed {what} (was {format_date(self.old_date)})"
        elif self.old_date == self.new_date and self.old_date is not None:
            text = f"Changed the note on {what} ({format_date(self.old_date)})"
        else:
            old = format_date(self.old_date) if self.old_date else "none"
            new = format_date(self.new_date) if self.new_date else "none"
            text = f"Changed {what} from {old} to {new}"
        return f"{text} (undone)" if self.undone else text


class DateAlreadyRecordedError(InvalidInputError):
    """The event already has a different date; replacing it needs the user's say-so."""

    def __init__(self, existing: KeyDateInfo) -> None:
        self.existing = existing
        super().__init__(
            f"{existing.label} is already recorded as {format_date(existing.date)}; "
            "say that you want to replace it (it can be undone)."
        )


def event_labels() -> dict[str, str]:
    """Every event a case can record, with the words a parent reads."""
    return {name: info.label for name, info in load_rules().events.items()}


def event_repeats(event: str) -> bool:
    """Whether the event comes back (an annual review), so a new date is a new round."""
    info = load_rules().events.get(event)
    return bool(info and info.repeats)


def check_event(event: str) -> str:
    event = event.strip()
    labels = event_labels()
    if event not in labels:
        raise InvalidInputError(f"Unknown event '{event}'; use one of {', '.join(labels)}.")
    return event


def check_case(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(f"There is no case with the id '{case_id}'; see 'case list'.")
    return case


ROUND_ATTEMPTS = 3


def record_key_date(
    db: Database,
    case_id: str,
    event: str,
    date: dt.date,
    note: str = "",
    *,
    replace: bool = False,
) -> KeyDateInfo:
    """Record the date of one event; a different date for a recorded event needs ``replace``.

    For an event that repeats, a different date without ``replace`` is a new round; with
    ``replace`` it corrects the latest round. Recording the same date again changes nothing
    but the note.

    Two people recording a new round of the same event at the same moment both read the
    same latest round; the second insert then breaks the unique round number, and is
    simply tried again on what the first one wrote.
    """
    event = check_event(event)
    for _ in range(ROUND_ATTEMPTS - 1):
        try:
            return _record_once(db, case_id, event, date, note, replace)
        except IntegrityError:
            continue
    return _record_once(db, case_id, event, date, note, replace)  # a third clash is raised


def _record_once(
    db: Database, case_id: str, event: str, date: dt.date, note: str, replace: bool
) -> KeyDateInfo:
    with db.session() as session:
        check_case(session, case_id)
        batch = _Batch(session, case_id)
        existing = _latest(session, case_id, [event, *same_event(event)])
        if existing is None:
            row = KeyDate(case_id=case_id, event=event, round=1, date=date, note=note)
        elif existing.event == event and existing.date == date:
            row = existing
        elif existing.event == event and event_repeats(event) and not replace:
            row = KeyDate(
                case_id=case_id, event=event, round=existing.round + 1, date=date, note=note
            )
        elif not replace and existing.date != date:
            raise DateAlreadyRecordedError(_info(existing))
        elif existing.event == event:
            row = existing
        else:
            row = KeyDate(case_id=case_id, event=event, round=1, date=date, note=note)
        if row.id is not None and (row.date, row.note) == (date, note):
            return _info(row)
        batch.write(row, date, note)
        for other in same_event(event):
            for stale in session.exec(
                select(KeyDate).where(KeyDate.case_id == case_id, KeyDate.event == other)
            ).all():
                batch.write(stale, None, "")
        return KeyDateInfo(event, event_labels()[event], date, note, row.round)


def remove_key_date(db: Database, case_id: str, event: str) -> bool:
    """Forget one event's date (its latest round); False when none was recorded."""
    event = check_event(event)
    with db.session() as session:
        check_case(session, case_id)
        row = _latest(session, case_id, [event])
        if row is None:
            return False
        _Batch(session, case_id).write(row, None, "")
        return True


def undo_last_change(db: Database, case_id: str) -> list[KeyDateChangeInfo]:
    """Put back the dates as they were before the latest change not yet undone.

    Returns the changes undone (several when they were made together); empty when there is
    nothing left to undo.
    """
    with db.session() as session:
        check_case(session, case_id)
        last = session.exec(
            select(KeyDateChange)
            .where(KeyDateChange.case_id == case_id, col(KeyDateChange.undone_at).is_(None))
            .order_by(col(KeyDateChange.id).desc())
        ).first()
        if last is None:
            return []
        changes = session.exec(
            select(KeyDateChange)
            .where(KeyDateChange.case_id == case_id, KeyDateChange.batch == last.batch)
            .order_by(col(KeyDateChange.id).desc())
        ).all()
        now = utc_now()
        for change in changes:
            row = session.exec(
                select(KeyDate).where(
                    KeyDate.case_id == case_id,
                    KeyDate.event == change.event,
                    KeyDate.round == change.round,
                )
            ).first()
            if change.old_date is None:
                if row is not None:
                    session.delete(row)
            else:
                if row is None:
                    row = KeyDate(
                        case_id=case_id,
                        event=change.event,
                        round=change.round,
                        date=change.old_date,
                    )
                row.date, row.note = change.old_date, change.old_note
                session.add(row)
            session.flush()
            change.undone_at = now
            session.add(change)
        return [_change_info(change) for change in changes]


def key_date_history(db: Database, case_id: str) -> list[KeyDateChangeInfo]:
    """Every change to the case's key dates, newest first."""
    with db.session() as session:
        check_case(session, case_id)
        rows = session.exec(
            select(KeyDateChange)
            .where(KeyDateChange.case_id == case_id)
            .order_by(col(KeyDateChange.id).desc())
        ).all()
        return [_change_info(row) for row in rows]


def list_key_dates(db: Database, case_id: str) -> list[KeyDateInfo]:
    with db.session() as session:
        check_case(session, case_id)
        return key_dates(session, case_id)


def key_dates(session: Session, case_id: str) -> list[KeyDateInfo]:
    """Every recorded date of the case (each round of a repeating event), earliest first."""
    rows = session.exec(
        select(KeyDate)
        .where(KeyDate.case_id == case_id)
        .order_by(col(KeyDate.date), col(KeyDate.round))
    ).all()
    return [_info(row) for row in rows]


def latest_dates(rows: list[tuple[str, dt.date]]) -> dict[str, dt.date]:
    """Event to date, taking the latest round of a repeating event (deadlines run from it)."""
    events: dict[str, dt.date] = {}
    for event, date in rows:
        if event not in events or date > events[event]:
            events[event] = date
    return events


class _Batch:
    """Writes changes to key dates and their history together, under one batch id."""

    def __init__(self, session: Session, case_id: str) -> None:
        self.session, self.case_id, self.id = session, case_id, uuid.uuid4().hex

    def write(self, row: KeyDate, date: dt.date | None, note: str) -> None:
        old_date = row.date if row.id is not None else None
        old_note = row.note if row.id is not None else ""
        if date is None:
            self.session.delete(row)
        else:
            row.date, row.note = date, note
            self.session.add(row)
        self.session.flush()
        self.session.add(
            KeyDateChange(
                case_id=self.case_id,
                batch=self.id,
                event=row.event,
                round=row.round,
                old_date=old_date,
                new_date=date,
                old_note=old_note,
                new_note=note,
            )
        )


def _latest(session: Session, case_id: str, events: list[str]) -> KeyDate | None:
    return session.exec(
        select(KeyDate)
        .where(KeyDate.case_id == case_id, col(KeyDate.event).in_(events))
        .order_by(col(KeyDate.round).desc(), col(KeyDate.date).desc())
    ).first()


def same_event(event: str) -> list[str]:
    """Other names for the same event (a school or post-16 transfer), which it replaces."""
    events = load_rules().events
    canonical = events[event].alias_of or event
    return [
        name
        for name, info in events.items()
        if name != event and (info.alias_of or name) == canonical
    ]


def _info(row: KeyDate) -> KeyDateInfo:
    return KeyDateInfo(
        row.event, event_labels().get(row.event, row.event), row.date, row.note, row.round
    )


def _change_info(row: KeyDateChange) -> KeyDateChangeInfo:
    assert row.id is not None
    return KeyDateChangeInfo(
        id=row.id,
        event=row.event,
        label=event_labels().get(row.event, row.event),
        round=row.round,
        old_date=row.old_date,
        new_date=row.new_date,
        old_note=row.old_note,
        new_note=row.new_note,
        changed_at=row.changed_at,
        undone=row.undone_at is not None,
    )
