"""Loads and checks the statutory timescales held as data in resources/rules/deadlines.json.

The rules live in a data file so that a change in the law is an edit a reviewer can read
against the regulation, not a code change. Loading validates every field and fails with
a plain message naming the file, because a damaged rules file must never give a family a
wrong date silently.
"""

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ehcp_appeal.errors import AppError
from ehcp_appeal.paths import resources_dir

UNITS = ("days", "weeks", "months", "working_days")
KINDS = ("period", "later_of", "fixed_date_before", "recorded")
PARTIES = ("council", "family", "tribunal")
NON_WORKING_DAY = ("next_working_day", "unchanged")
COUNTINGS = ("after_event", "beginning_with_event")
PHASES = ("school", "post16")
# Who brings an event about: a party, or the mediation adviser who issues the certificate.
ACTORS = (*PARTIES, "mediation")


class RulesFileError(AppError):
    """The shipped deadline rules file is missing or damaged."""


@dataclass(frozen=True)
class MonthDay:
    month: int
    day: int


@dataclass(frozen=True)
class Period:
    """An amount of time counted from an event."""

    source_event: str
    amount: int
    unit: str
    counting: str = "after_event"


@dataclass(frozen=True)
class TribunalWindow:
    """A stretch of the year (Christmas, August) in which an appeal deadline is extended."""

    id: str
    name: str
    start: MonthDay
    end: MonthDay
    met_by: str
    source: str


@dataclass(frozen=True)
class EventInfo:
    name: str
    label: str
    phrase: str
    in_contract: bool = False
    alias_of: str | None = None
    phase: str | None = None
    by: str = "family"
    repeats: bool = False


@dataclass(frozen=True)
class ExceptionInfo:
    code: str
    title: str
    text: str


@dataclass(frozen=True)
class DeadlineRule:
    id: str
    title: str
    party: str
    kind: str
    source_event: str
    periods: tuple[Period, ...]
    source: str
    explanation: str
    exceptions: tuple[str, ...]
    exceptions_source: str
    non_working_day: str
    completed_by: tuple[str, ...]
    tribunal_windows: tuple[str, ...] = ()
    fixed_date: MonthDay | None = None
    phase_dates: tuple[tuple[str, MonthDay], ...] = ()
    # Events that show the duty never arose (a plan was issued, so no notice of not issuing).
    not_applicable_if: tuple[str, ...] = ()
    # Later steps that cannot happen unless the duty was done (a draft plan means the council
    # decided to assess): done by that step's date at the latest, the day itself unrecorded.
    done_before: tuple[str, ...] = ()

    @property
    def events(self) -> tuple[str, ...]:
        """Every event this rule can run from."""
        if self.kind == "later_of":
            return tuple(p.source_event for p in self.periods)
        return (self.source_event,)

    def date_for_phase(self, phase: str) -> MonthDay | None:
        return dict(self.phase_dates).get(phase, self.fixed_date)


@dataclass(frozen=True)
class DeadlineRules:
    rules: tuple[DeadlineRule, ...]
    events: dict[str, EventInfo]
    exceptions: dict[str, ExceptionInfo]
    windows: dict[str, TribunalWindow]
    phases: dict[str, str]
    decisions: tuple[tuple[str, str], ...]

    def rule(self, rule_id: str) -> DeadlineRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(rule.id for rule in self.rules)


def rules_path() -> Path:
    return resources_dir() / "rules" / "deadlines.json"


@lru_cache(maxsize=1)
def load_rules() -> DeadlineRules:
    """The shipped rules, read once per process."""
    return load_rules_from(rules_path())


def load_rules_from(path: Path) -> DeadlineRules:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RulesFileError(
            f"The deadline rules file {path} could not be read ({error}); reinstall the app."
        ) from None
    try:
        return _parse(data)
    except (KeyError, TypeError, ValueError) as error:
        raise RulesFileError(
            f"The deadline rules file {path} is damaged ({error}); reinstall the app."
        ) from None


def _month_day(raw: dict[str, Any]) -> MonthDay:
    value = MonthDay(int(raw["month"]), int(raw["day"]))
    if not 1 <= value.month <= 12 or not 1 <= value.day <= 31:
        raise ValueError(f"impossible date {raw}")
    return value


def _choice(value: Any, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"{what} '{value}' is not one of {', '.join(allowed)}")
    return str(value)


def _period(raw: dict[str, Any]) -> Period:
    amount = int(raw["amount"])
    if amount <= 0:
        raise ValueError(f"amount {amount} must be positive")
    return Period(
        source_event=str(raw["from"]),
        amount=amount,
        unit=_choice(raw["unit"], UNITS, "unit"),
        counting=_choice(raw.get("counting", "after_event"), COUNTINGS, "counting"),
    )


def _rule(raw: dict[str, Any]) -> DeadlineRule:
    kind = _choice(raw.get("kind", "period"), KINDS, "kind")
    periods: tuple[Period, ...] = ()
    source_event = str(raw.get("from", ""))
    if kind == "period":
        periods = (_period(raw),)
    elif kind == "later_of":
        periods = tuple(_period(part) for part in raw["parts"])
        if len(periods) < 2:
            raise ValueError(f"rule {raw['id']} needs at least two parts")
        source_event = periods[0].source_event
    fixed = _month_day(raw["date"]) if kind == "fixed_date_before" else None
    phase_dates = tuple(
        (_choice(phase, PHASES, "phase"), _month_day(value))
        for phase, value in raw.get("phase_dates", {}).items()
    )
    return DeadlineRule(
        id=str(raw["id"]),
        title=str(raw["title"]),
        party=_choice(raw["party"], PARTIES, "party"),
        kind=kind,
        source_event=source_event,
        periods=periods,
        source=str(raw["source"]),
        explanation=str(raw["explanation"]),
        exceptions=tuple(str(code) for code in raw.get("exceptions", [])),
        exceptions_source=str(raw.get("exceptions_source", "")),
        non_working_day=_choice(raw["non_working_day"], NON_WORKING_DAY, "non_working_day"),
        completed_by=tuple(str(event) for event in raw.get("completed_by", [])),
        tribunal_windows=tuple(str(w) for w in raw.get("tribunal_windows", [])),
        fixed_date=fixed,
        phase_dates=phase_dates,
        not_applicable_if=tuple(str(event) for event in raw.get("not_applicable_if", [])),
        done_before=tuple(str(event) for event in raw.get("done_before", [])),
    )


def _parse(data: dict[str, Any]) -> DeadlineRules:
    events = {
        name: EventInfo(
            name=name,
            label=str(raw["label"]),
            phrase=str(raw["phrase"]),
            in_contract=bool(raw.get("in_contract", False)),
            alias_of=raw.get("alias_of"),
            phase=raw.get("phase"),
            by=_choice(raw.get("by", "family"), ACTORS, "by"),
            repeats=bool(raw.get("repeats", False)),
        )
        for name, raw in data["events"].items()
    }
    exceptions = {
        code: ExceptionInfo(code, str(raw["title"]), str(raw["text"]))
        for code, raw in data["exceptions"].items()
    }
    windows = {
        raw["id"]: TribunalWindow(
            id=str(raw["id"]),
            name=str(raw["name"]),
            start=_month_day(raw["start"]),
            end=_month_day(raw["end"]),
            met_by=str(raw["met_by"]),
            source=str(raw["source"]),
        )
        for raw in data["tribunal_windows"]
    }
    rules = tuple(_rule(raw) for raw in data["rules"])
    result = DeadlineRules(
        rules=rules,
        events=events,
        exceptions=exceptions,
        windows=windows,
        phases={str(k): str(v) for k, v in data["phases"].items()},
        decisions=tuple((str(d["topic"]), str(d["decision"])) for d in data["decisions"]),
    )
    _check_references(result)
    return result


def _check_references(rules: DeadlineRules) -> None:
    """Every name a rule mentions must be defined, so a typo fails at load, not in use."""
    seen: set[str] = set()
    for rule in rules.rules:
        if rule.id in seen:
            raise ValueError(f"rule id '{rule.id}' appears twice")
        seen.add(rule.id)
        for event in (*rule.events, *rule.completed_by, *rule.not_applicable_if, *rule.done_before):
            if event not in rules.events:
                raise ValueError(f"rule {rule.id} names unknown event '{event}'")
        for code in rule.exceptions:
            if code not in rules.exceptions:
                raise ValueError(f"rule {rule.id} names unknown exception '{code}'")
        for window in rule.tribunal_windows:
            if window not in rules.windows:
                raise ValueError(f"rule {rule.id} names unknown window '{window}'")
        if rule.kind == "fixed_date_before" and rule.fixed_date is None:
            raise ValueError(f"rule {rule.id} needs a date")
    for info in rules.events.values():
        if info.alias_of is not None and info.alias_of not in rules.events:
            raise ValueError(f"event {info.name} is an alias of unknown '{info.alias_of}'")
