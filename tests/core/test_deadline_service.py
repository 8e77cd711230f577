"""Key dates on a case, exceptions the council claims, duty statuses and the next deadline."""

import datetime as dt

import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import InvalidInputError, NotFoundError
from ehcp_appeal.services import cases
from ehcp_appeal.services import deadlines as service

pytestmark = pytest.mark.both_engines

D = dt.date
REQUEST = D(2026, 3, 2)  # final plan due Monday 20 July 2026
FINAL_PLAN_DUE = D(2026, 7, 20)


@pytest.fixture
def case_id(db: Database) -> str:
    return cases.create_case(db, cases.CaseDetails(name="Sam")).id


def _status(db: Database, case_id: str, duty: str, today: dt.date) -> service.DeadlineStatus:
    return {s.id: s for s in service.council_duties(db, case_id, today)}[duty]


def test_key_dates_are_recorded_corrected_listed_and_removed(db: Database, case_id: str) -> None:
    service.record_key_date(db, case_id, "request_received", D(2026, 3, 1), "by email")
    service.record_key_date(db, case_id, "hearing", D(2027, 1, 20))
    service.record_key_date(db, case_id, "request_received", REQUEST, replace=True)  # correction
    listed = service.list_key_dates(db, case_id)
    assert [(k.event, k.date) for k in listed] == [
        ("request_received", REQUEST),
        ("hearing", D(2027, 1, 20)),
    ]
    assert listed[0].label  # plain words for the page
    assert service.remove_key_date(db, case_id, "hearing") is True
    assert service.remove_key_date(db, case_id, "hearing") is False
    assert [k.event for k in service.list_key_dates(db, case_id)] == ["request_received"]


def test_every_product_event_can_be_stored(db: Database, case_id: str) -> None:
    events = [
        "request_received",
        "draft_plan_served",
        "decision_letter",
        "mediation_certificate",
        "review_meeting",
        "amendment_proposals",
        "transfer_year_start",
        "decision_to_assess",
        "final_plan_issued",
        "appeal_registered",
        "evidence_deadline",
        "hearing",
    ]
    for offset, event in enumerate(events):
        service.record_key_date(db, case_id, event, D(2026, 1, 1) + dt.timedelta(days=offset))
    assert {k.event for k in service.list_key_dates(db, case_id)} == set(events)


def test_unknown_event_and_unknown_case_are_refused(db: Database, case_id: str) -> None:
    with pytest.raises(InvalidInputError, match="Unknown event"):
        service.record_key_date(db, case_id, "birthday", REQUEST)
    with pytest.raises(NotFoundError):
        service.record_key_date(db, "nosuchcase", "request_received", REQUEST)
    assert service.list_key_dates(db, case_id) == []


def test_post16_transfer_replaces_a_school_transfer(db: Database, case_id: str) -> None:
    service.record_key_date(db, case_id, "transfer_year_start", D(2027, 9, 1))
    service.record_key_date(db, case_id, "post16_transfer_year_start", D(2027, 9, 1))
    assert [k.event for k in service.list_key_dates(db, case_id)] == ["post16_transfer_year_start"]
    (phase,) = [d for d in service.case_deadlines(db, case_id) if d.id == "phase_transfer"]
    assert phase.date == D(2027, 3, 31)


def test_final_plan_is_due_then_overdue_when_nothing_is_recorded(
    db: Database, case_id: str
) -> None:
    service.record_key_date(db, case_id, "request_received", REQUEST)
    assert _status(db, case_id, "final_plan", FINAL_PLAN_DUE).status == "due"
    overdue = _status(db, case_id, "final_plan", FINAL_PLAN_DUE + dt.timedelta(days=1))
    assert overdue.status == "overdue"
    assert overdue.days_left == -1
    assert "reg 13(2)" in overdue.deadline.source


def test_final_plan_is_met_on_its_date_and_late_after_it(db: Database, case_id: str) -> None:
    today = D(2026, 12, 1)
    service.record_key_date(db, case_id, "request_received", REQUEST)
    service.record_key_date(db, case_id, "final_plan_issued", FINAL_PLAN_DUE)
    met = _status(db, case_id, "final_plan", today)
    assert (met.status, met.done_on) == ("met", FINAL_PLAN_DUE)
    service.record_key_date(
        db, case_id, "final_plan_issued", FINAL_PLAN_DUE + dt.timedelta(1), replace=True
    )
    assert _status(db, case_id, "final_plan", today).status == "late"


def test_a_plan_issued_before_the_request_does_not_meet_the_duty(
    db: Database, case_id: str
) -> None:
    service.record_key_date(db, case_id, "final_plan_issued", D(2025, 6, 1))
    service.record_key_date(db, case_id, "request_received", REQUEST)
    assert _status(db, case_id, "final_plan", D(2026, 12, 1)).status == "overdue"


def test_a_claimed_exception_is_shown_with_the_duty(db: Database, case_id: str) -> None:
    service.record_key_date(db, case_id, "request_received", REQUEST)
    service.record_exception(db, case_id, "final_plan", "(c)", "said on the phone")
    status = _status(db, case_id, "final_plan", D(2026, 12, 1))
    assert status.status == "overdue"  # the claim does not change the date
    assert status.exception is not None
    assert status.exception.info.code == "c"
    assert status.exception.source == "reg 13(3)"
    assert "said on the phone" in status.exception.describe()
    assert service.remove_exception(db, case_id, "final_plan") is True
    assert _status(db, case_id, "final_plan", D(2026, 12, 1)).exception is None


@pytest.mark.parametrize(
    ("duty", "code", "message"),
    [
        ("final_plan", "e", r"reg 13\(3\)"),
        ("review_decision", "c", "no exceptions"),
        ("appeal_deadline", "c", "not one of the council's duties"),
    ],
)
def test_exceptions_the_regulations_do_not_allow_are_refused(
    db: Database, case_id: str, duty: str, code: str, message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        service.record_exception(db, case_id, duty, code)


def test_family_deadlines_are_done_due_or_passed(db: Database, case_id: str) -> None:
    service.record_key_date(db, case_id, "decision_letter", D(2027, 3, 10))
    statuses = {s.id: s for s in service.deadline_statuses(db, case_id, D(2027, 5, 11))}
    assert statuses["appeal_deadline"].status == "passed"
    assert statuses["appeal_deadline"].party == "family"
    service.record_key_date(db, case_id, "appeal_registered", D(2027, 5, 1))
    statuses = {s.id: s for s in service.deadline_statuses(db, case_id, D(2027, 5, 11))}
    assert statuses["appeal_deadline"].status == "done"


def test_the_hearing_date_on_the_case_counts_as_a_key_date(db: Database) -> None:
    created = cases.create_case(db, cases.CaseDetails(name="Ann", hearing_date=D(2027, 6, 7)))
    assert service.next_deadline(db, created.id, D(2027, 6, 1)) == (
        "Tribunal hearing",
        D(2027, 6, 7),
        6,
    )


def test_next_deadline_is_the_earliest_still_due(db: Database, case_id: str) -> None:
    assert service.next_deadline(db, case_id, D(2026, 3, 2)) is None
    service.record_key_date(db, case_id, "request_received", REQUEST)
    title, date, days_left = service.next_deadline(db, case_id, D(2026, 4, 14)) or ("", REQUEST, 0)
    assert date == D(2026, 6, 22)  # 13 April has passed; 16 weeks is next
    assert days_left == (D(2026, 6, 22) - D(2026, 4, 14)).days
    assert "not issue" in title


def test_next_deadlines_for_many_cases_matches_one_at_a_time(db: Database, case_id: str) -> None:
    other = cases.create_case(db, cases.CaseDetails(name="Ann")).id
    empty = cases.create_case(db, cases.CaseDetails(name="Bo")).id
    service.record_key_date(db, case_id, "request_received", REQUEST)
    service.record_key_date(db, other, "decision_letter", D(2026, 10, 1))
    today = D(2026, 5, 1)
    batch = service.next_deadlines(db, [case_id, other, empty], today)
    assert batch == {c: service.next_deadline(db, c, today) for c in (case_id, other, empty)}
    assert batch[empty] is None
    assert batch[other] is not None and batch[other].date == D(2026, 12, 1)


def test_overdue_duty_refuses_a_duty_that_is_not_overdue(db: Database, case_id: str) -> None:
    service.record_key_date(db, case_id, "request_received", REQUEST)
    with pytest.raises(InvalidInputError, match="not overdue"):
        service.overdue_duty(db, case_id, "final_plan", D(2026, 7, 1))
    with pytest.raises(InvalidInputError, match="no council duty"):
        service.overdue_duty(db, case_id, "amended_plan", D(2026, 7, 1))
    assert service.overdue_duty(db, case_id, "final_plan", D(2026, 8, 1)).id == "final_plan"


def test_notice_of_not_issuing_does_not_apply_once_a_plan_is_issued(
    db: Database, case_id: str
) -> None:
    service.record_key_date(db, case_id, "request_received", REQUEST)
    assert _status(db, case_id, "decide_not_to_issue", D(2026, 12, 1)).status == "overdue"
    service.record_key_date(db, case_id, "draft_plan_served", D(2026, 8, 3))
    duty = _status(db, case_id, "decide_not_to_issue", D(2026, 12, 1))
    assert (duty.status, duty.label) == ("not_applicable", "Does not apply")
    assert duty.done_on == D(2026, 8, 3)
