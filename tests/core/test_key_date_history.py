"""Key dates are never replaced silently: corrections are asked for, repeats get rounds, and
every change is kept in the case's history and can be undone."""

import datetime as dt

import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.services import cases
from ehcp_appeal.services import deadlines as service

pytestmark = pytest.mark.both_engines

D = dt.date
TODAY = D(2026, 12, 4)


@pytest.fixture
def case_id(db: Database) -> str:
    return cases.create_case(db, cases.CaseDetails(name="Sam")).id


def _dates(db: Database, case_id: str) -> list[tuple[str, dt.date, int]]:
    return [(k.event, k.date, k.round) for k in service.list_key_dates(db, case_id)]


def test_a_different_date_for_a_recorded_event_is_refused_without_replace(
    db: Database, case_id: str
) -> None:
    service.record_key_date(db, case_id, "request_received", D(2026, 3, 2))
    overdue_before = service.council_duties(db, case_id, TODAY)
    with pytest.raises(service.DateAlreadyRecordedError) as raised:
        service.record_key_date(db, case_id, "request_received", TODAY)
    assert raised.value.existing.date == D(2026, 3, 2)
    assert "2 March 2026" in str(raised.value)
    assert _dates(db, case_id) == [("request_received", D(2026, 3, 2), 1)]
    assert service.council_duties(db, case_id, TODAY) == overdue_before
    # Recording the same date again is harmless and needs no confirmation.
    service.record_key_date(db, case_id, "request_received", D(2026, 3, 2))
    assert len(service.key_date_history(db, case_id)) == 1


def test_a_replacement_is_kept_in_the_history_and_can_be_undone(db: Database, case_id: str) -> None:
    service.record_key_date(db, case_id, "request_received", D(2026, 3, 2), "by email")
    service.record_key_date(db, case_id, "request_received", TODAY, replace=True)
    assert _dates(db, case_id) == [("request_received", TODAY, 1)]
    latest = service.key_date_history(db, case_id)[0]
    assert (latest.old_date, latest.new_date, latest.old_note) == (D(2026, 3, 2), TODAY, "by email")
    assert "from 2 March 2026 to 4 December 2026" in latest.describe()

    undone = service.undo_last_change(db, case_id)
    assert [u.id for u in undone] == [latest.id]
    assert [(k.date, k.note) for k in service.list_key_dates(db, case_id)] == [
        (D(2026, 3, 2), "by email")
    ]
    history = service.key_date_history(db, case_id)
    assert [h.undone for h in history] == [True, False]
    assert history[0].describe().endswith("(undone)")
    # Undo again takes back the first recording; then there is nothing left.
    service.undo_last_change(db, case_id)
    assert _dates(db, case_id) == []
    assert service.undo_last_change(db, case_id) == []


def test_a_removal_can_be_undone(db: Database, case_id: str) -> None:
    service.record_key_date(db, case_id, "hearing", D(2027, 1, 20), "Video hearing")
    assert service.remove_key_date(db, case_id, "hearing")
    assert _dates(db, case_id) == []
    service.undo_last_change(db, case_id)
    assert [(k.date, k.note) for k in service.list_key_dates(db, case_id)] == [
        (D(2027, 1, 20), "Video hearing")
    ]


def test_a_repeating_event_gets_a_new_round_and_deadlines_run_from_the_latest(
    db: Database, case_id: str
) -> None:
    assert service.event_repeats("review_meeting")
    assert not service.event_repeats("request_received")
    service.record_key_date(db, case_id, "review_meeting", D(2025, 5, 1))
    info = service.record_key_date(db, case_id, "review_meeting", D(2026, 5, 5))
    assert info.round == 2
    assert _dates(db, case_id) == [
        ("review_meeting", D(2025, 5, 1), 1),
        ("review_meeting", D(2026, 5, 5), 2),
    ]
    review = {d.id: d for d in service.case_deadlines(db, case_id)}["review_decision"]
    assert review.date > D(2026, 5, 5)
    # A correction of the latest round replaces it, and undo restores it.
    service.record_key_date(db, case_id, "review_meeting", D(2026, 5, 6), replace=True)
    assert _dates(db, case_id)[-1] == ("review_meeting", D(2026, 5, 6), 2)
    service.undo_last_change(db, case_id)
    assert _dates(db, case_id)[-1] == ("review_meeting", D(2026, 5, 5), 2)


def test_a_phase_change_and_the_alias_it_replaces_are_undone_together(
    db: Database, case_id: str
) -> None:
    service.record_key_date(db, case_id, "transfer_year_start", D(2027, 9, 1))
    service.record_key_date(db, case_id, "post16_transfer_year_start", D(2027, 9, 1))
    assert [e for e, _d, _r in _dates(db, case_id)] == ["post16_transfer_year_start"]
    assert len(service.undo_last_change(db, case_id)) == 2
    assert _dates(db, case_id) == [("transfer_year_start", D(2027, 9, 1), 1)]


def test_next_deadline_of_the_case_list_uses_the_latest_round(db: Database, case_id: str) -> None:
    service.record_key_date(db, case_id, "review_meeting", D(2025, 5, 1))
    service.record_key_date(db, case_id, "review_meeting", D(2026, 11, 20))
    upcoming = service.next_deadline(db, case_id, TODAY)
    assert upcoming is not None and upcoming.date > TODAY


def test_a_round_recorded_by_someone_else_at_the_same_moment_is_not_an_error(
    db: Database, case_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both saves read round 1; the colleague's round 2 lands first; ours becomes round 3."""
    from ehcp_appeal.db.models import KeyDate
    from ehcp_appeal.services import key_dates

    key_dates.record_key_date(db, case_id, "review_meeting", D(2025, 5, 1))
    real_latest = key_dates._latest
    calls = {"n": 0}

    def stale_latest(session, case, events):  # type: ignore[no-untyped-def]
        seen = real_latest(session, case, events)
        calls["n"] += 1
        if calls["n"] == 1:  # the colleague saves between our read and our write
            with db.session() as other:
                other.add(KeyDate(case_id=case, event="review_meeting", round=2,
                                  date=D(2026, 5, 1), note=""))  # fmt: skip
        return seen

    monkeypatch.setattr(key_dates, "_latest", stale_latest)
    info = key_dates.record_key_date(db, case_id, "review_meeting", D(2026, 6, 1))
    assert info.round == 3
    assert calls["n"] >= 2  # tried again on what the colleague wrote
    rounds = sorted((r, d) for e, d, r in _dates_all(db, case_id) if e == "review_meeting")
    assert rounds == [(1, D(2025, 5, 1)), (2, D(2026, 5, 1)), (3, D(2026, 6, 1))]


def _dates_all(db: Database, case_id: str) -> list[tuple[str, dt.date, int]]:
    from sqlmodel import select

    from ehcp_appeal.db.models import KeyDate

    with db.session() as session:
        rows = session.exec(select(KeyDate).where(KeyDate.case_id == case_id)).all()
        return [(k.event, k.date, k.round) for k in rows]
