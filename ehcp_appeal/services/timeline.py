"""A case's dates and deadlines as one timeline a parent reads top down.

What needs doing comes first (overdue, then due, soonest first, then dates still to come);
what is over (done, met, passed, not applying, dates that happened) follows, newest first, so
a page can fold it away. Each event appears once: a date the tribunal set (the hearing, the
final evidence deadline) is one line, not a recorded date beside the deadline it makes.
"""

import datetime as dt
from dataclasses import dataclass

from ehcp_appeal.rules.calculator import event_phrase
from ehcp_appeal.rules.calendar import format_date
from ehcp_appeal.rules.deadline_rules import load_rules
from ehcp_appeal.rules.status import DUE, NOT_APPLICABLE, OVERDUE, UNDATED, DeadlineStatus
from ehcp_appeal.services.deadlines import DeadlineOverview
from ehcp_appeal.wording import count as wc

RECORDED = "recorded"

WHO_LABELS: dict[str, str] = {
    "council": "Council",
    "family": "You",
    "tribunal": "Tribunal",
    "mediation": "Mediation adviser",
}


@dataclass(frozen=True)
class TimelineEntry:
    """A recorded date or a deadline, as one line of the timeline."""

    date: dt.date
    title: str
    who: str
    status: str
    status_text: str
    working: str
    past: bool
    status_item: DeadlineStatus | None = None
    event: str | None = None


def timeline(overview: DeadlineOverview, today: dt.date) -> list[TimelineEntry]:
    """Every line of the case's timeline, the next thing to do first and past lines last."""
    rules = load_rules()
    shown_as_deadlines = {r.source_event for r in rules.rules if r.kind == "recorded"}
    entries = [
        TimelineEntry(
            k.date,
            k.label if k.round == 1 else f"{k.label} (round {k.round})",
            WHO_LABELS.get(rules.events[k.event].by, "") if k.event in rules.events else "",
            RECORDED,
            "Recorded" if k.date <= today else "Coming up",
            k.note,
            k.date < today,
            None,
            k.event,
        )
        for k in overview.key_dates
        if k.event not in shown_as_deadlines
    ]
    entries.extend(_deadline_entry(status) for status in overview.statuses)
    upcoming = sorted((e for e in entries if not e.past), key=lambda e: e.date)
    past = sorted((e for e in entries if e.past), key=lambda e: e.date, reverse=True)
    return upcoming + past


def next_step(entries: list[TimelineEntry]) -> str:
    """One sentence saying what comes next, for the top of the page."""
    for entry in entries:
        if entry.status in (OVERDUE, DUE):
            who = "you" if entry.who == "You" else f"the {entry.who.lower()}"
            if entry.status == OVERDUE:
                return (
                    f"Overdue: {entry.title} (due {format_date(entry.date)}, for {who}). "
                    "You can draft a letter chasing it."
                )
            when = entry.status_text.lower().removeprefix("due ")
            return (
                f"Next, for {who}: {entry.title}, by {format_date(entry.date, weekday=True)} "
                f"({when})."
            )
    return "Nothing is due: record new dates as letters and meetings happen."


def _deadline_entry(status: DeadlineStatus) -> TimelineEntry:
    rule = load_rules().rule(status.id)
    text = status.label
    if status.status == DUE:
        text += " today" if status.days_left == 0 else f" in {wc(status.days_left, 'day')}"
    if status.exception is not None:
        text += " (exception claimed)"
    working = f"{status.deadline.rule}\nSource: {status.deadline.source}"
    if status.status == NOT_APPLICABLE and status.done_on and status.done_event:
        phrase = event_phrase(load_rules(), status.done_event, status.done_on)
        working = (
            f"This duty only arises if the council decides not to issue a plan; "
            f"{phrase}.\n{working}"
        )
    if status.status == UNDATED and status.done_by and status.done_event:
        phrase = event_phrase(load_rules(), status.done_event, status.done_by)
        working = (
            f"No date is recorded for this, but {phrase}, so it was done by then. "
            f"Record the date if you have the letter.\n{working}"
        )
    if status.exception is not None:
        working += f"\n{status.exception.describe()}"
    return TimelineEntry(
        status.date,
        status.title,
        WHO_LABELS.get(status.party, status.party),
        status.status,
        text,
        working,
        status.status not in (DUE, OVERDUE),
        status,
        rule.source_event if rule.kind == "recorded" else None,  # a date the user corrects
    )
