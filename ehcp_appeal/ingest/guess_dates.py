"""A document's own date, told apart from the other dates in it (birth, assessment)."""

import datetime as dt
import re
from pathlib import PurePath

from ehcp_appeal.ingest.guess_tables import TOP_LINES, kind_tables

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I), "dmy_name"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.I), "mdy_name"),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "iso"),
    (re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b"), "dmy_num"),
]
_FILE_DATE = re.compile(r"(?<!\d)(20\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")


def find_dates(text: str) -> list[tuple[int, dt.date]]:
    """Every plausible date in the text with its position (UK day-first for numbers)."""
    found: list[tuple[int, dt.date]] = []
    for pattern, form in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            date = _to_date(match.groups(), form)
            if date is not None:
                found.append((match.start(), date))
    return sorted(found, key=lambda item: item[0])


def _to_date(groups: tuple[str, ...], form: str) -> dt.date | None:
    try:
        if form == "dmy_name":
            day, month, year = int(groups[0]), _MONTHS[groups[1].lower()], int(groups[2])
        elif form == "mdy_name":
            month, day, year = _MONTHS[groups[0].lower()], int(groups[1]), int(groups[2])
        elif form == "iso":
            year, month, day = (int(g) for g in groups)
        else:
            day, month, year = (int(g) for g in groups)
            if year < 100:
                year += 2000
        date = dt.date(year, month, day)
    except (ValueError, KeyError):
        return None
    if not 1990 <= date.year <= dt.date.today().year + 2:
        return None
    return date


def guess_date(text: str, file_name: str = "") -> dt.date | None:
    """The document's own date: a labelled one near the top, else the first near the top.

    Lines about birth, assessment or review dates are skipped: they are dates *in* the
    document, not *of* it.
    """
    tables = kind_tables()
    skip = tuple(tables["date_skip_labels"])
    labels = tuple(tables["date_labels"])
    lines = [line.strip() for line in text.splitlines() if line.strip()][:TOP_LINES]
    fallback: dt.date | None = None
    for number, line in enumerate(lines):
        lowered = line.lower()
        if any(_starts_with_label(lowered, (label,)) or f" {label}" in lowered for label in skip):
            continue
        dates = find_dates(line)
        labelled = _starts_with_label(lowered, labels)
        if labelled and not dates and number + 1 < len(lines):
            dates = find_dates(lines[number + 1])
        if dates and labelled:
            return dates[0][1]
        if dates and fallback is None:
            fallback = dates[0][1]
    if fallback is not None:
        return fallback
    stem = PurePath(file_name).stem
    match = _FILE_DATE.search(stem)
    if match:
        date = _to_date(match.groups(), "iso")
        if date:
            return date
    dates = find_dates(stem.replace("_", " "))
    return dates[0][1] if dates else None


def _starts_with_label(line: str, labels: tuple[str, ...]) -> bool:
    """ "Date: ..." is a label; "Dates of involvement ..." is not."""
    return any(
        line.startswith(label) and re.match(rf"{re.escape(label)}(?![\w.])", line)
        for label in labels
    )


def iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
