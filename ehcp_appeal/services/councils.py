"""The advocate's view across cases: how each council kept to its time limits, what its plans
got wrong, and how its appeals ended.

These are the figures parents' groups ask councils to publish. They are worked out from
the advocate's own cases through the existing services (case list, deadline statuses,
stored plan checks), so they always agree with what each case's pages show. The report
names councils only: never a child, a case or a tribunal reference, because it is made to
be shared.

How lateness is counted, per council and statutory duty:

- a duty met on time counts as 0 weeks late; one done late counts the weeks from its due
  date to the day it was done; one still overdue counts the weeks up to ``today``;
- a duty whose date was never recorded but which a later step proves was done (a draft
  plan means the council decided to assess) counts as on time when that later step came
  before the limit, and is otherwise left out: its lateness is unknown, not "overdue";
- a duty not yet due, or with any status this module does not know (for example one that
  does not apply to the case), is left out rather than guessed at;
- a duty for which the council claims an exception still counts (the claim is the
  council's, not a finding), and the claims are counted beside it.
"""

import datetime as dt
import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ehcp_appeal.db.database import Database
from ehcp_appeal.domain import APPEAL_OUTCOMES, APPEAL_OUTCOMES_SHORT
from ehcp_appeal.progress import Progress
from ehcp_appeal.rules.deadline_rules import DeadlineRule, load_rules
from ehcp_appeal.rules.status import DUE, LATE, MET, OVERDUE, UNDATED, DeadlineStatus
from ehcp_appeal.services import analysis, cases, deadlines

NOT_RECORDED = "Council not recorded"
UNDECIDED = ""
OUTCOME_KEYS: tuple[str, ...] = (*APPEAL_OUTCOMES, UNDECIDED)
OUTCOME_LABELS: dict[str, str] = {**APPEAL_OUTCOMES, UNDECIDED: "Not decided yet"}
OUTCOME_HEADINGS: dict[str, str] = {**APPEAL_OUTCOMES_SHORT, UNDECIDED: "Not decided"}
"""Short names for table columns."""
NEEDS_MISSING = "need_missing_from_b"
VAGUE_PROVISION = "provision_not_specific"
FINAL_PLAN = "final_plan"


@dataclass(frozen=True)
class DutyLateness:
    """One council's record on one statutory duty, over the cases where it could be measured."""

    duty_id: str
    title: str
    legal_limit: str
    met_on_time: int = 0
    done_late: int = 0
    overdue: int = 0
    not_yet_due: int = 0
    exceptions_claimed: int = 0
    days_late: tuple[int, ...] = ()
    """Days late of each measured duty (0 when met on time), in no particular order."""

    @property
    def measured(self) -> int:
        return len(self.days_late)

    @property
    def median_weeks(self) -> float | None:
        return round(statistics.median(self.days_late) / 7, 1) if self.days_late else None

    @property
    def worst_weeks(self) -> float | None:
        return round(max(self.days_late) / 7, 1) if self.days_late else None

    def to_json(self) -> dict[str, object]:
        return {
            "duty_id": self.duty_id,
            "duty": self.title,
            "legal_limit": self.legal_limit,
            "measured": self.measured,
            "met_on_time": self.met_on_time,
            "done_late": self.done_late,
            "overdue": self.overdue,
            "not_yet_due": self.not_yet_due,
            "exceptions_claimed": self.exceptions_claimed,
            "median_weeks_late": self.median_weeks,
            "worst_weeks_late": self.worst_weeks,
        }


@dataclass(frozen=True)
class CouncilSummary:
    """Everything the report says about one council."""

    council: str
    cases: int
    duties: tuple[DutyLateness, ...]
    plans_checked: int
    plans_needs_missing_from_b: int
    plans_vague_provision: int
    outcomes: tuple[tuple[str, int], ...]
    """(outcome key, number of appeals) for every key of OUTCOME_KEYS, "" = undecided."""

    def duty(self, duty_id: str) -> DutyLateness | None:
        return next((d for d in self.duties if d.duty_id == duty_id), None)

    def outcome_count(self, key: str) -> int:
        return dict(self.outcomes).get(key, 0)

    def to_json(self) -> dict[str, object]:
        return {
            "council": self.council,
            "cases": self.cases,
            "duties": [duty.to_json() for duty in self.duties],
            "plans_checked": self.plans_checked,
            "plans_needs_missing_from_b": self.plans_needs_missing_from_b,
            "plans_vague_f_provision": self.plans_vague_provision,
            "outcomes": {key or "not_decided": n for key, n in self.outcomes},
        }


@dataclass(frozen=True)
class CouncilReport:
    today: dt.date
    cases: int
    councils: tuple[CouncilSummary, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "today": self.today.isoformat(),
            "cases": self.cases,
            "councils": [council.to_json() for council in self.councils],
        }


@dataclass
class _DutyTally:
    statuses: Counter[str] = field(default_factory=Counter)
    claims: int = 0
    days: list[int] = field(default_factory=list)


@dataclass
class _Tally:
    """A council's figures while the cases are being read (the frozen summary comes after)."""

    name: str
    spellings: Counter[str] = field(default_factory=Counter)
    cases: int = 0
    duties: dict[str, _DutyTally] = field(default_factory=dict)
    plans_checked: int = 0
    needs_missing: int = 0
    vague: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)


def council_key(name: str) -> str:
    """One group per council however it was typed: case and spacing do not matter."""
    return re.sub(r"\s+", " ", name).strip().casefold()


def legal_limit(rule: DeadlineRule) -> str:
    """The time limit in words: '20 weeks', or 'by 15 February' for a fixed date."""
    if rule.fixed_date is not None:
        day = dt.date(2000, rule.fixed_date.month, rule.fixed_date.day)
        return f"by {day.day} {day:%B}"
    return " + ".join(f"{p.amount} {p.unit.replace('_', ' ')}" for p in rule.periods)


def days_late(status: DeadlineStatus) -> int | None:
    """Days past the legal limit; 0 when met on time; None when it cannot be measured yet.

    Any status other than met, late and overdue (not yet due, or one added later such as a
    duty that does not apply) gives None, so it is never counted as late.
    """
    if status.status == MET:
        return 0
    if status.status == LATE and status.done_on is not None:
        return max(0, (status.done_on - status.date).days)
    if status.status == OVERDUE:
        return max(0, (status.today - status.date).days)
    if status.status == UNDATED and status.done_by is not None and status.done_by <= status.date:
        return 0  # a later step on time proves this one was on time too
    return None


def council_report(db: Database, today: dt.date, progress: Progress | None = None) -> CouncilReport:
    """The report over every case, archived ones too (finished appeals carry the outcomes)."""
    progress = progress or Progress.silent()
    rows = cases.list_cases(db, include_archived=True)
    tallies: dict[str, _Tally] = {}
    for number, row in enumerate(rows):
        progress.step(number, len(rows), "Reading the cases")
        name = re.sub(r"\s+", " ", row.local_authority).strip()
        tally = tallies.setdefault(council_key(name), _Tally(NOT_RECORDED))
        if name:
            tally.spellings[name] += 1
        tally.cases += 1
        tally.outcomes[row.outcome] = tally.outcomes.get(row.outcome, 0) + 1
        _add_duties(tally, deadlines.council_duties(db, row.id, today))
        _add_plan_check(tally, analysis.get_case_analysis(db, row.id))
    progress.step(len(rows), len(rows), "Done")
    summaries = sorted(
        (_summary(tally) for tally in tallies.values()),
        key=lambda s: (s.council == NOT_RECORDED, -s.cases, s.council.casefold()),
    )
    return CouncilReport(today, len(rows), tuple(summaries))


def _add_duties(tally: _Tally, statuses: Iterable[DeadlineStatus]) -> None:
    for status in statuses:
        late = days_late(status)
        if late is None and status.status != DUE:
            continue  # unknown or not applicable: neither late nor on time
        entry = tally.duties.setdefault(status.id, _DutyTally())
        entry.statuses[MET if status.status == UNDATED else status.status] += 1
        entry.claims += status.exception is not None
        if late is not None:
            entry.days.append(late)


def _add_plan_check(tally: _Tally, result: dict[str, Any] | None) -> None:
    """Count the plan once per kind of problem, however many findings it has; dismissed
    findings are the user saying the check was wrong, so they do not count."""
    if result is None:
        return
    tally.plans_checked += 1
    kinds = {
        str(finding.get("kind"))
        for finding in result.get("findings", [])
        if isinstance(finding, dict) and finding.get("decision") != "dismissed"
    }
    tally.needs_missing += NEEDS_MISSING in kinds
    tally.vague += VAGUE_PROVISION in kinds


def _display_name(tally: _Tally) -> str:
    """The spelling most cases use; on a tie the one sorting first (capitals before lower
    case, so 'Westmere Council' wins over 'westmere council')."""
    spellings = [(-n, name) for name, n in tally.spellings.items() if n]
    return min(spellings)[1] if spellings else tally.name


def _summary(tally: _Tally) -> CouncilSummary:
    rules = load_rules()
    order = {rule_id: index for index, rule_id in enumerate(rules.rule_ids)}
    duties = []
    for duty_id in sorted(tally.duties, key=lambda d: order.get(d, len(order))):
        entry = tally.duties[duty_id]
        rule = rules.rule(duty_id) if duty_id in order else None
        duties.append(
            DutyLateness(
                duty_id=duty_id,
                title=rule.title if rule else duty_id,
                legal_limit=legal_limit(rule) if rule else "",
                met_on_time=entry.statuses[MET],
                done_late=entry.statuses[LATE],
                overdue=entry.statuses[OVERDUE],
                not_yet_due=entry.statuses[DUE],
                exceptions_claimed=entry.claims,
                days_late=tuple(entry.days),
            )
        )
    return CouncilSummary(
        council=_display_name(tally),
        cases=tally.cases,
        duties=tuple(duties),
        plans_checked=tally.plans_checked,
        plans_needs_missing_from_b=tally.needs_missing,
        plans_vague_provision=tally.vague,
        outcomes=tuple((key, tally.outcomes.get(key, 0)) for key in OUTCOME_KEYS),
    )
