"""Works out the statutory deadlines that follow from a case's dated events, showing the working.

Pure functions over ``resources/rules/deadlines.json``: no database, no clock. Each result
carries ``rule``, a plain-English account of what was added to which date and which
adjustment moved it, so a parent (or a tribunal clerk) can check it by hand. The choices
the law leaves open are listed in the rules file's ``decisions`` and in
``ehcp_appeal.rules.calendar``; the ones made here:

- A deadline of the council's, or of the Tribunal's, that falls on a non-working day moves
  to the next working day; the family's deadlines under the SEND Regulations do not (those
  regulations have no such rule), and the working says so and names the working day before.
- The Christmas and August windows apply to the appeal deadline only, and only when the
  deadline itself falls in the window (a deadline of 24 December on a Sunday moves to the
  next working day, not to January): the reading that never gives a family extra time it
  may not have.
- Days "beginning with" the day served count that day as day 1.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from ehcp_appeal.errors import InvalidInputError
from ehcp_appeal.rules import calendar as cal
from ehcp_appeal.rules.deadline_rules import (
    PHASES,
    DeadlineRule,
    DeadlineRules,
    MonthDay,
    Period,
    TribunalWindow,
    load_rules,
)


@dataclass(frozen=True)
class Deadline:
    """One deadline and how it was reached."""

    id: str
    date: dt.date
    title: str
    rule: str
    source: str
    party: str
    explanation: str
    counts_from: dt.date
    """Completing events before this date belong to an earlier round and do not count."""

    def to_json(self) -> dict[str, str]:
        """The contract's shape, exactly: id, date, title, rule, source."""
        return {
            "id": self.id,
            "date": self.date.isoformat(),
            "title": self.title,
            "rule": self.rule,
            "source": self.source,
        }


def known_events(rules: DeadlineRules | None = None) -> tuple[str, ...]:
    return tuple((rules or load_rules()).events)


def normalise_events(
    events: Mapping[str, dt.date], phase: str | None = None, rules: DeadlineRules | None = None
) -> tuple[dict[str, dt.date], str]:
    """Check event names and resolve aliases (post16_transfer_year_start means post-16).

    Returns the events keyed by the names the rules use, and the phase of education.
    """
    rules = rules or load_rules()
    if phase is not None and phase not in PHASES:
        raise InvalidInputError(f"Unknown phase '{phase}'; use one of {', '.join(PHASES)}.")
    resolved: dict[str, dt.date] = {}
    for name, date in events.items():
        info = rules.events.get(name)
        if info is None:
            contract = [e.name for e in rules.events.values() if e.in_contract]
            raise InvalidInputError(
                f"Unknown event '{name}'; use one of {', '.join(contract)} "
                f"(or {', '.join(e for e in rules.events if e not in contract)})."
            )
        if info.alias_of is not None:
            phase = info.phase or phase
            name = info.alias_of
        resolved[name] = date
    return resolved, phase or "school"


def compute_deadlines(
    events: Mapping[str, dt.date], phase: str | None = None, rules: DeadlineRules | None = None
) -> list[Deadline]:
    """Every deadline that follows from the events given, earliest first."""
    rules = rules or load_rules()
    resolved, phase = normalise_events(events, phase, rules)
    results: list[Deadline] = []
    for rule in rules.rules:
        found = _compute(rule, resolved, phase, rules)
        if found is not None:
            results.append(found)
    order = {rule_id: index for index, rule_id in enumerate(rules.rule_ids)}
    return sorted(results, key=lambda d: (d.date, order[d.id]))


def apply_period(start: dt.date, period: Period) -> dt.date:
    """The raw end of a period, before any weekend or holiday adjustment."""
    if period.unit == "months":
        return cal.add_months(start, period.amount)
    if period.unit == "weeks":
        return start + dt.timedelta(weeks=period.amount)
    if period.unit == "working_days":
        return cal.add_working_days(start, period.amount)
    if period.counting == "beginning_with_event":
        return start + dt.timedelta(days=period.amount - 1)
    return start + dt.timedelta(days=period.amount)


def _deadline(rule: DeadlineRule, date: dt.date, working: str, counts_from: dt.date) -> Deadline:
    return Deadline(
        id=rule.id,
        date=date,
        title=rule.title,
        rule=working,
        source=rule.source,
        party=rule.party,
        explanation=rule.explanation,
        counts_from=counts_from,
    )


def _compute(
    rule: DeadlineRule, events: Mapping[str, dt.date], phase: str, rules: DeadlineRules
) -> Deadline | None:
    if rule.kind == "later_of":
        return _later_of(rule, events, rules)
    start = events.get(rule.source_event)
    if start is None:
        return None
    phrase = event_phrase(rules, rule.source_event, start)
    if rule.kind == "recorded":
        return _deadline(rule, start, f"The date recorded: {phrase}.", start)
    if rule.kind == "fixed_date_before":
        return _fixed_date_before(rule, start, phase, phrase, rules)
    period = rule.periods[0]
    raw = apply_period(start, period)
    working = _period_working(period, phrase, start, raw)
    date, moved = _non_working_adjustment(rule, raw)
    return _deadline(rule, date, f"{working}{moved}.", start)


def event_phrase(rules: DeadlineRules, event: str, date: dt.date) -> str:
    """How the rules word a recorded event ("the draft plan was served on ...")."""
    return rules.events[event].phrase.format(
        date=cal.format_date(date), month_year=cal.month_year(date)
    )


def _amount(period: Period) -> str:
    unit = period.unit.replace("_", " ")
    return f"{period.amount} {unit[:-1] if period.amount == 1 else unit}"


def _period_working(period: Period, phrase: str, start: dt.date, raw: dt.date) -> str:
    if period.counting == "beginning_with_event":
        return (
            f"{_amount(period)} beginning with the day {phrase} (that day is day 1) "
            f"end on {cal.format_date(raw)}"
        )
    text = f"{_amount(period)} after {phrase} is {cal.format_date(raw)}"
    if period.unit == "months" and raw.day != start.day:
        text += (
            f" ({cal.month_year(raw).split()[0]} has no day {start.day}, "
            "so the month's last day is used)"
        )
    return text


def _non_working_adjustment(rule: DeadlineRule, raw: dt.date) -> tuple[dt.date, str]:
    """Apply the rule's weekend and bank holiday treatment; return the date and a clause."""
    why = cal.why_not_working(raw)
    if why is None:
        return raw, ""
    if rule.non_working_day == "next_working_day":
        moved = cal.next_working_day(raw)
        return moved, (
            f", which is {why}, so it moves to the next working day: "
            f"{cal.format_date(moved, weekday=True)}"
        )
    before = raw - dt.timedelta(days=1)
    while not cal.is_working_day(before):
        before -= dt.timedelta(days=1)
    return raw, (
        f", which is {why}; this deadline does not move to the next working day, so to be "
        f"safe act by the working day before: {cal.format_date(before, weekday=True)}"
    )


def _window_containing(day: dt.date, window: TribunalWindow) -> dt.date | None:
    """The end date of ``window`` if ``day`` falls inside it, else None."""
    here = (day.month, day.day)
    start = (window.start.month, window.start.day)
    end = (window.end.month, window.end.day)
    if start <= end:
        inside = start <= here <= end
        end_year = day.year
    else:  # the window crosses New Year
        inside = here >= start or here <= end
        end_year = day.year + 1 if here >= start else day.year
    return dt.date(end_year, window.end.month, window.end.day) if inside else None


def _tribunal_adjustment(
    rule: DeadlineRule, raw: dt.date, rules: DeadlineRules
) -> tuple[dt.date, str]:
    for window_id in rule.tribunal_windows:
        window = rules.windows[window_id]
        window_end = _window_containing(raw, window)
        if window_end is not None:
            met_by = cal.first_working_day_after(window_end)
            return met_by, (
                f", which falls in {window.name}, so the appeal is in time if it arrives by "
                f"{window.met_by}: {cal.format_date(met_by)}"
            )
    return _non_working_adjustment(rule, raw)


def _later_of(
    rule: DeadlineRule, events: Mapping[str, dt.date], rules: DeadlineRules
) -> Deadline | None:
    parts: list[tuple[dt.date, str]] = []
    missing: list[Period] = []
    for period in rule.periods:
        start = events.get(period.source_event)
        if start is None:
            missing.append(period)
            continue
        raw = apply_period(start, period)
        date, adjustment = _tribunal_adjustment(rule, raw, rules)
        phrase = event_phrase(rules, period.source_event, start)
        parts.append((date, _period_working(period, phrase, start, raw) + adjustment))
    if not parts:
        return None
    latest = max(date for date, _ in parts)
    working = "; ".join(text for _, text in parts)
    if len(parts) > 1:
        working += f"; the later date, {cal.format_date(latest)}, applies."
    else:
        working += "."
        for period in missing:
            label = rules.events[period.source_event].label.lower()
            working += (
                f" If there is also a date for '{label}', the deadline may be later: "
                f"{_amount(period)} after it."
            )
    first = min(events[p.source_event] for p in rule.periods if p.source_event in events)
    return _deadline(rule, latest, working, first)


def _fixed_date_before(
    rule: DeadlineRule, start: dt.date, phase: str, phrase: str, rules: DeadlineRules
) -> Deadline:
    month_day = rule.date_for_phase(phase)
    assert month_day is not None  # checked when the rules were loaded
    raw = _last_before(start, month_day)
    description = rules.phases.get(phase, phase)
    working = (
        f"For {phrase} {description}, the plan must be amended by the "
        f"{month_day.day} {cal.month_year(raw).split()[0]} before the move: "
        f"{cal.format_date(raw)}"
    )
    date, moved = _non_working_adjustment(rule, raw)
    return _deadline(rule, date, f"{working}{moved}.", cal.add_months(raw, -12))


def _last_before(day: dt.date, month_day: MonthDay) -> dt.date:
    """The last occurrence of ``month_day`` strictly before ``day``."""
    candidate = dt.date(day.year, month_day.month, month_day.day)
    if candidate >= day:
        candidate = dt.date(day.year - 1, month_day.month, month_day.day)
    return candidate
