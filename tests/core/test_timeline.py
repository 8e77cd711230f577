"""The deadlines timeline: the next thing to do first, past lines after, each event once."""

import datetime as dt

import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.services import cases
from ehcp_appeal.services import deadlines as service
from ehcp_appeal.services.timeline import next_step, timeline

pytestmark = pytest.mark.both_engines

D = dt.date
TODAY = D(2026, 12, 4)


def test_timeline_orders_folds_and_names_who_acts(db: Database) -> None:
    case = cases.create_case(db, cases.CaseDetails(name="Sam", hearing_date=D(2027, 3, 10))).id
    for event, day in (
        ("request_received", D(2025, 9, 29)),
        ("draft_plan_served", D(2026, 4, 17)),
        ("decision_letter", D(2026, 11, 20)),
        ("hearing", D(2027, 3, 10)),
        ("evidence_deadline", D(2027, 1, 22)),
    ):
        service.record_key_date(db, case, event, day)
    entries = timeline(service.overview(db, case, TODAY), TODAY)
    upcoming = [e for e in entries if not e.past]
    past = [e for e in entries if e.past]
    assert entries == upcoming + past  # nothing past sits above something to do
    assert [e.date for e in upcoming] == sorted(e.date for e in upcoming)
    assert [e.date for e in past] == sorted((e.date for e in past), reverse=True)
    titles = [e.title for e in entries]
    assert titles.count("Tribunal hearing") == 1
    assert sum("evidence" in t.lower() for t in titles) == 1
    assert "Recorded" not in {e.who for e in entries}
    by_title = {e.title: e for e in entries}
    assert by_title["Draft plan sent to you"].who == "Council"
    assert by_title["Request for an assessment received by the council"].who == "You"
    not_issuing = by_title["Council tells you if it will not issue a plan"]
    assert (not_issuing.status_text, not_issuing.past) == ("Does not apply", True)
    assert "the draft plan was served on 17 April 2026" in not_issuing.working
    first = upcoming[0]
    assert first.title in next_step(entries) and first.status in ("due", "overdue")


def test_one_day_left_is_singular(db: Database) -> None:
    case = cases.create_case(db, cases.CaseDetails(name="Sam")).id
    service.record_key_date(db, case, "hearing", TODAY + dt.timedelta(days=1))
    entries = timeline(service.overview(db, case, TODAY), TODAY)
    assert entries[0].title == "Tribunal hearing"
    assert entries[0].status_text == "Due in 1 day"
    assert next_step(entries).endswith("(in 1 day).")


def test_a_date_the_tribunal_set_can_be_picked_for_correction(db: Database) -> None:
    case = cases.create_case(db, cases.CaseDetails(name="Sam")).id
    service.record_key_date(db, case, "hearing", D(2027, 3, 10))
    entries = {e.title: e for e in timeline(service.overview(db, case, TODAY), TODAY)}
    assert entries["Tribunal hearing"].event == "hearing"
    assert entries["Tribunal's written decision expected"].event is None
