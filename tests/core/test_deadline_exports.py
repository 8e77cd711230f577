"""The calendar export parses back with stable ids; the chasing letter opens and cites the law."""

import datetime as dt
from pathlib import Path

import pytest
from docx import Document
from icalendar import Calendar

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.export.ics import build_calendar, deadline_uid, write_calendar
from ehcp_appeal.export.letters import write_letter
from ehcp_appeal.rules.status import evaluate
from ehcp_appeal.services import cases
from ehcp_appeal.services import deadlines as service

pytestmark = pytest.mark.both_engines

D = dt.date
NOW = dt.datetime(2026, 8, 1, 9, 0, tzinfo=dt.UTC)
EVENTS = {"request_received": D(2026, 3, 2), "decision_letter": D(2026, 10, 1)}


def _calendar(events: dict[str, dt.date]) -> Calendar:
    statuses = evaluate(events, D(2026, 8, 1))
    return Calendar.from_ical(build_calendar("case1", "Sam", statuses, NOW))


def test_calendar_has_one_all_day_event_per_deadline() -> None:
    parsed = _calendar(EVENTS)
    events = list(parsed.walk("VEVENT"))
    expected = {s.id: s.date for s in evaluate(EVENTS, D(2026, 8, 1))}
    assert len(events) == len(expected)
    for event in events:
        start = event.decoded("dtstart")
        assert type(start) is dt.date  # all-day, not a time
        assert event.decoded("dtend") == start + dt.timedelta(days=1)
        deadline_id = str(event["uid"]).split("-", 1)[1].split("@")[0]
        assert start == expected[deadline_id]
        assert "Source:" in str(event["description"])


def test_uids_are_stable_when_a_date_is_corrected() -> None:
    first = {str(e["uid"]) for e in _calendar(EVENTS).walk("VEVENT")}
    corrected = {**EVENTS, "request_received": D(2026, 3, 9)}
    second = {str(e["uid"]) for e in _calendar(corrected).walk("VEVENT")}
    assert first == second
    assert deadline_uid("case1", "final_plan") in first


def test_family_deadlines_still_due_get_a_reminder() -> None:
    parsed = _calendar(EVENTS)
    by_uid = {str(e["uid"]): e for e in parsed.walk("VEVENT")}
    appeal = by_uid[deadline_uid("case1", "appeal_deadline")]
    assert list(appeal.walk("VALARM"))
    overdue = by_uid[deadline_uid("case1", "final_plan")]
    assert not list(overdue.walk("VALARM"))


def test_calendar_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="does not exist"):
        write_calendar(tmp_path / "nowhere" / "x.ics", b"BEGIN:VCALENDAR")


def test_letter_opens_and_names_the_duty_regulation_and_date(db: Database, tmp_path: Path) -> None:
    case = cases.create_case(
        db, cases.CaseDetails(name="Sam", child_name="Sam Smith", local_authority="Anyshire")
    )
    service.record_key_date(db, case.id, "request_received", D(2026, 3, 2))
    service.record_exception(db, case.id, "final_plan", "d")
    duty = service.overdue_duty(db, case.id, "final_plan", D(2026, 9, 1))
    out = write_letter(tmp_path / "letter.docx", duty, "Sam Smith", "Anyshire", D(2026, 9, 1))
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "reg 13(2)" in text
    assert "20 July 2026" in text  # the date it was due
    assert "1 September 2026" in text  # the letter's date
    assert "Sam Smith" in text and "Anyshire" in text
    assert "[Your name]" in text and "[Your address, line 1]" in text
    assert "the date by which" in text
    assert "reg 13(3)" in text  # the exception the council claimed
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind
