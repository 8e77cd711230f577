"""A calendar (.ics) of a case's deadlines, for importing into Outlook, Google or Apple Calendar.

Each deadline is an all-day event whose UID is built from the case id and the deadline id,
so importing a fresh export after a date changes updates the event instead of adding a
second one. The family's own deadlines carry a reminder a week before.
"""

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.rules.status import DeadlineStatus

PRODUCT_ID = "-//EHCP Appeal//Deadlines//EN"
UID_DOMAIN = "ehcp-appeal.local"
REMINDER_DAYS = 7

if TYPE_CHECKING:  # icalendar loads on the first export, not with every window and command
    from icalendar import Event


def deadline_uid(case_id: str, deadline_id: str) -> str:
    return f"{case_id}-{deadline_id}@{UID_DOMAIN}"


def build_calendar(
    case_id: str, case_name: str, statuses: Iterable[DeadlineStatus], now: dt.datetime
) -> bytes:
    """The calendar as bytes; ``now`` stamps it (passed in so exports are reproducible)."""
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{case_name}: deadlines")
    for status in statuses:
        calendar.add_component(_event(case_id, case_name, status, now))
    return calendar.to_ical()


def _event(case_id: str, case_name: str, status: DeadlineStatus, now: dt.datetime) -> "Event":
    from icalendar import Alarm, Event

    deadline = status.deadline
    event = Event()
    event.add("uid", deadline_uid(case_id, deadline.id))
    event.add("dtstamp", now)
    event.add("dtstart", deadline.date)
    event.add("dtend", deadline.date + dt.timedelta(days=1))
    event.add("summary", f"{deadline.title} ({case_name})")
    lines = [deadline.rule, f"Source: {deadline.source}", f"Status: {status.label}"]
    if status.exception is not None:
        lines.append(status.exception.describe())
    lines.append(deadline.explanation)
    event.add("description", "\n\n".join(lines))
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["EHCP appeal"])
    if deadline.party == "family" and status.status == "due":
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"In {REMINDER_DAYS} days: {deadline.title}")
        alarm.add("trigger", dt.timedelta(days=-REMINDER_DAYS))
        event.add_component(alarm)
    return event


def write_calendar(path: Path, data: bytes) -> Path:
    """Write atomically, so a failed export never leaves half a calendar behind."""
    write_atomically(path, data)
    return path


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, sync it, then swap it into place."""
    write_atomically_with(path, lambda handle: handle.write(data))


def write_atomically_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """As ``write_atomically``, for content written as a stream (a large bundle PDF)."""
    folder = path.parent
    if not folder.is_dir():
        raise UnreadableFileError(
            f"The folder {folder} does not exist; choose an existing folder to save {path.name}."
        )
    temp_name = ""
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as temp:
            write(temp)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except OSError as error:
        if temp_name:
            Path(temp_name).unlink(missing_ok=True)
        raise UnreadableFileError(
            f"Could not save {path} ({error.strerror or error}); "
            "check the folder can be written to."
        ) from None
    except BaseException:
        if temp_name:
            Path(temp_name).unlink(missing_ok=True)
        raise
