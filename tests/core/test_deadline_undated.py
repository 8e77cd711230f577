"""A duty with no date recorded but proven done by a later step is never called overdue."""

import datetime as dt

from ehcp_appeal.rules.status import MET, OVERDUE, UNDATED, evaluate
from ehcp_appeal.services.councils import days_late
from ehcp_appeal.services.timeline import _deadline_entry

D = dt.date
TODAY = D(2026, 12, 1)


def _status(events: dict[str, dt.date], duty: str = "decide_whether_to_assess"):
    return next(s for s in evaluate(events, TODAY) if s.id == duty)


def test_without_any_later_step_an_unrecorded_decision_is_overdue() -> None:
    status = _status({"request_received": D(2026, 3, 2)})
    assert status.status == OVERDUE


def test_a_draft_plan_proves_the_council_decided_to_assess() -> None:
    events = {"request_received": D(2026, 3, 2), "draft_plan_served": D(2026, 6, 1)}
    status = _status(events)
    assert status.status == UNDATED
    assert status.done_by == D(2026, 6, 1)
    assert status.done_event == "draft_plan_served"
    assert status.to_json()["done_by"] == "2026-06-01"
    # the decision was due on 13 April; a draft in June cannot say whether it was late
    assert days_late(status) is None
    entry = _deadline_entry(status)
    assert entry.past and "No date is recorded" in entry.working


def test_the_earliest_proof_counts_and_on_time_proof_means_on_time() -> None:
    events = {
        "request_received": D(2026, 3, 2),
        "final_plan_issued": D(2026, 7, 20),
        "draft_plan_served": D(2026, 4, 1),
    }
    status = _status(events)
    assert (status.status, status.done_by) == (UNDATED, D(2026, 4, 1))
    assert days_late(status) == 0  # a draft before the 6-week limit: decided in time


def test_a_recorded_date_still_wins_over_proof() -> None:
    events = {
        "request_received": D(2026, 3, 2),
        "decision_to_assess": D(2026, 4, 1),
        "draft_plan_served": D(2026, 6, 1),
    }
    status = _status(events)
    assert (status.status, status.done_on, status.done_by) == (MET, D(2026, 4, 1), None)


def test_proof_from_before_the_request_does_not_count() -> None:
    events = {"request_received": D(2026, 3, 2), "final_plan_issued": D(2025, 6, 1)}
    assert _status(events).status == OVERDUE
