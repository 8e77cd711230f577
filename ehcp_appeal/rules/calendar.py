"""Date arithmetic for statutory time limits: months, weeks, working days and bank holidays.

Decisions the law leaves open, made here once and tested:

- Adding months keeps the day of the month, or uses the month's last day where that day
  does not exist (31 December + 2 months = 28 or 29 February). The later date never spills
  into the month after.
- A "working day" is Monday to Friday except the bank holidays of England and Wales, taken
  from the ``holidays`` library (country GB, subdivision ENG) rather than a typed list, so
  moved and substitute days (Boxing Day observed) are right for any year. A one-off bank
  holiday announced after the library's release is not known.
- Adding working days does not count the starting day (10 working days after a Friday
  hearing ends on the second Friday after it, bank holidays aside).
"""

import calendar as _stdcal
import datetime as dt
from functools import lru_cache

COUNTRY = "GB"
SUBDIVISION = "ENG"

# English names whatever the computer's locale, because letters and workings are in English.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def add_months(start: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or that month's last day where the day does not exist."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last_day = _stdcal.monthrange(year, month)[1]
    return dt.date(year, month, min(start.day, last_day))


def month_end_clamped(start: dt.date, months: int) -> bool:
    """True when adding months had to fall back to the month's last day."""
    return add_months(start, months).day != start.day


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> dict[dt.date, str]:
    import holidays  # loaded when first needed: a tenth of a second nobody should wait for

    return dict(holidays.country_holidays(COUNTRY, subdiv=SUBDIVISION, years=year))


def bank_holiday_name(day: dt.date) -> str | None:
    """The name of the England and Wales bank holiday on ``day``, if it is one."""
    return _bank_holidays(day.year).get(day)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and bank_holiday_name(day) is None


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def first_working_day_after(day: dt.date) -> dt.date:
    """The first working day strictly after ``day``."""
    return next_working_day(day + dt.timedelta(days=1))


def add_working_days(start: dt.date, count: int) -> dt.date:
    """``count`` working days after ``start``, not counting ``start`` itself."""
    day = start
    for _ in range(count):
        day = first_working_day_after(day)
    return day


def why_not_working(day: dt.date) -> str | None:
    """Plain words for why ``day`` is not a working day ("a Saturday", "Easter Monday")."""
    name = bank_holiday_name(day)
    if name is not None:
        return f"a bank holiday ({name})"
    if day.weekday() >= 5:
        return f"a {_WEEKDAYS[day.weekday()]}"
    return None


def format_date(day: dt.date, weekday: bool = False) -> str:
    """'4 January 2027', or 'Monday 4 January 2027': the form used in letters and workings."""
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{_WEEKDAYS[day.weekday()]} {text}" if weekday else text


def month_year(day: dt.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.year}"
