"""Where each deadline stands on a given day: met, late, due or overdue for the council; done,
due or passed for the family.

Pure: the caller passes ``today`` so that statuses are reproducible in tests and reports.
A completing event only counts when it is on or after the date the deadline runs from
(``Deadline.counts_from``), so a plan issued last year does not "meet" this year's duty.
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from ehcp_appeal.rules.calculator import Deadline, compute_deadlines, normalise_events
from ehcp_appeal.rules.deadline_rules import DeadlineRules, ExceptionInfo, load_rules

MET = "met"
LATE = "late"
DUE = "due"
OVERDUE = "overdue"
DONE = "done"
PASSED = "passed"
NOT_APPLICABLE = "not_applicable"
UNDATED = "undated"

STATUS_LABELS: dict[str, str] = {
    MET: "Met on time",
    LATE: "Done late",
    DUE: "Due",
    OVERDUE: "Overdue",
    DONE: "Done",
    PASSED: "Date passed",
    NOT_APPLICABLE: "Does not apply",
    UNDATED: "Done, date not recorded",
}


@dataclass(frozen=True)
class ClaimedException:
    """An exception the council says excuses it from a time limit."""

    info: ExceptionInfo
    source: str
    note: str = ""

    def describe(self) -> str:
        text = f"The council claims exception ({self.info.code}) under {self.source}: "
        text += self.info.title.lower()
        return f"{text} ({self.note})" if self.note else text


@dataclass(frozen=True)
class DeadlineStatus:
    deadline: Deadline
    status: str
    today: dt.date
    done_on: dt.date | None = None
    done_event: str | None = None
    exception: ClaimedException | None = None
    done_by: dt.date | None = None
    """For an undated duty: the latest day it can have been done (a later step's date)."""

    @property
    def id(self) -> str:
        return self.deadline.id

    @property
    def title(self) -> str:
        return self.deadline.title

    @property
    def date(self) -> dt.date:
        return self.deadline.date

    @property
    def party(self) -> str:
        return self.deadline.party

    @property
    def days_left(self) -> int:
        """Days from ``today`` to the deadline; negative once it has passed."""
        return (self.deadline.date - self.today).days

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]

    def to_json(self) -> dict[str, object]:
        return {
            **self.deadline.to_json(),
            "party": self.party,
            "status": self.status,
            "days_left": self.days_left,
            "done_on": self.done_on.isoformat() if self.done_on else None,
            "done_event": self.done_event,
            "done_by": self.done_by.isoformat() if self.done_by else None,
            "exception": (
                {
                    "code": self.exception.info.code,
                    "title": self.exception.info.title,
                    "source": self.exception.source,
                    "note": self.exception.note,
                }
                if self.exception
                else None
            ),
        }


class NextDeadline(NamedTuple):
    title: str
    date: dt.date
    days_left: int


def compute_statuses(
    deadlines: Iterable[Deadline],
    events: Mapping[str, dt.date],
    today: dt.date,
    claimed: Mapping[str, tuple[str, str]] | None = None,
    rules: DeadlineRules | None = None,
) -> list[DeadlineStatus]:
    """Status of each deadline on ``today``; ``claimed`` maps duty id to (code, note)."""
    rules = rules or load_rules()
    claimed = claimed or {}
    results = []
    for deadline in deadlines:
        rule = rules.rule(deadline.id)
        since = deadline.counts_from
        done_on, done_event = _first_since(events, rule.completed_by, since) or (None, None)
        proof = _first_since(events, rule.done_before, since)
        done_by = proof[0] if proof and done_on is None else None
        ruled_out = _first_since(events, rule.not_applicable_if, since)
        if ruled_out:
            # The duty never arose: the council did the other thing (issued a plan).
            done_on, done_event = ruled_out
            status = NOT_APPLICABLE
        elif deadline.party == "council":
            if done_on is not None:
                status = MET if done_on <= deadline.date else LATE
            elif proof is not None:
                # A later step proves it was done; never call it overdue for a missing date.
                status = UNDATED
                done_event = proof[1]
            else:
                status = OVERDUE if today > deadline.date else DUE
        elif done_on is not None:
            status = DONE
        else:
            status = PASSED if today > deadline.date else DUE
        exception = None
        if deadline.id in claimed:
            code, note = claimed[deadline.id]
            exception = ClaimedException(rules.exceptions[code], rule.exceptions_source, note)
        results.append(
            DeadlineStatus(deadline, status, today, done_on, done_event, exception, done_by)
        )
    return results


def _first_since(
    events: Mapping[str, dt.date], names: Iterable[str], since: dt.date
) -> tuple[dt.date, str] | None:
    """The earliest of ``names`` recorded on or after ``since`` (an earlier one belongs to
    a previous round), as (date, event); None when none is."""
    found = [(events[name], name) for name in names if name in events and events[name] >= since]
    return min(found) if found else None


def next_open(statuses: Iterable[DeadlineStatus]) -> NextDeadline | None:
    """The earliest deadline still due (today or later), for the case list."""
    open_ones = [s for s in statuses if s.status == DUE]
    if not open_ones:
        return None
    first = min(open_ones, key=lambda s: s.date)
    return NextDeadline(first.title, first.date, first.days_left)


def evaluate(
    events: Mapping[str, dt.date],
    today: dt.date,
    claimed: Mapping[str, tuple[str, str]] | None = None,
    phase: str | None = None,
) -> list[DeadlineStatus]:
    """Deadlines from ``events`` and where each stands on ``today``, in one step."""
    resolved, phase = normalise_events(events, phase)
    return compute_statuses(compute_deadlines(resolved, phase), resolved, today, claimed)
