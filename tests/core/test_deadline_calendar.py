"""Month arithmetic, working days and England and Wales bank holidays."""

import datetime as dt

import pytest

from ehcp_appeal.rules import calendar as cal

D = dt.date


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2026, 12, 31), 2, D(2027, 2, 28)),  # no 31 February: the month's last day
        (D(2027, 12, 31), 2, D(2028, 2, 29)),  # leap year
        (D(2027, 1, 31), 1, D(2027, 2, 28)),
        (D(2027, 1, 30), 1, D(2027, 2, 28)),
        (D(2028, 1, 30), 1, D(2028, 2, 29)),
        (D(2028, 1, 31), 1, D(2028, 2, 29)),
        (D(2026, 10, 1), 2, D(2026, 12, 1)),  # keeps the day
        (D(2026, 11, 29), 1, D(2026, 12, 29)),
        (D(2026, 8, 31), 1, D(2026, 9, 30)),
        (D(2026, 11, 15), 3, D(2027, 2, 15)),  # crosses the year
        (D(2027, 3, 31), -1, D(2027, 2, 28)),  # and backwards
    ],
)
def test_add_months_keeps_the_day_or_uses_the_months_last_day(
    start: dt.date, months: int, expected: dt.date
) -> None:
    assert cal.add_months(start, months) == expected


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2027, 3, 26), False),  # Good Friday
        (D(2027, 3, 29), False),  # Easter Monday
        (D(2027, 3, 30), True),
        (D(2026, 12, 25), False),  # Christmas Day, a Friday
        (D(2026, 12, 28), False),  # Boxing Day observed (26th is a Saturday)
        (D(2027, 12, 27), False),  # Christmas Day observed
        (D(2027, 12, 28), False),  # Boxing Day observed
        (D(2027, 1, 2), False),  # a Saturday
        (D(2028, 1, 3), False),  # New Year's Day observed
        (D(2027, 1, 4), True),
        (D(2027, 1, 2) + dt.timedelta(days=1), False),  # a Sunday
        (D(2026, 8, 31), False),  # Late Summer bank holiday (England)
    ],
)
def test_working_days_follow_england_and_wales_bank_holidays(day: dt.date, working: bool) -> None:
    assert cal.is_working_day(day) is working


def test_the_scottish_second_of_january_is_a_working_day_in_england() -> None:
    assert cal.is_working_day(D(2029, 1, 2))  # a Tuesday; a holiday only in Scotland


def test_next_working_day_skips_weekends_and_holidays() -> None:
    assert cal.next_working_day(D(2027, 3, 26)) == D(2027, 3, 30)  # Good Friday to Tuesday
    assert cal.next_working_day(D(2027, 3, 30)) == D(2027, 3, 30)
    assert cal.first_working_day_after(D(2027, 1, 1)) == D(2027, 1, 4)
    assert cal.first_working_day_after(D(2027, 8, 31)) == D(2027, 9, 1)


def test_add_working_days_does_not_count_the_start() -> None:
    assert cal.add_working_days(D(2027, 1, 8), 1) == D(2027, 1, 11)
    assert cal.add_working_days(D(2027, 1, 8), 10) == D(2027, 1, 22)
    # Across Easter 2027: Good Friday 26 March and Easter Monday 29 March are skipped.
    assert cal.add_working_days(D(2027, 3, 25), 1) == D(2027, 3, 30)


def test_dates_are_written_in_english_for_letters() -> None:
    assert cal.format_date(D(2027, 1, 4)) == "4 January 2027"
    assert cal.format_date(D(2027, 1, 4), weekday=True) == "Monday 4 January 2027"
    assert cal.why_not_working(D(2027, 3, 29)) == "a bank holiday (Easter Monday)"
    assert cal.why_not_working(D(2027, 2, 27)) == "a Saturday"
    assert cal.why_not_working(D(2027, 3, 1)) is None
