"""Reading how much provision a sentence describes: how often, how long, who and in what group.

Everything is reduced to comparable numbers: sessions and minutes per school week,
a staff rank (therapist above teacher above trained assistant above assistant), group
size (1 for individual work) and whether therapy is direct. A range ("10 to 15
minutes") counts at its lower end, because that is all the wording guarantees.
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.gated_pattern import GatedPattern
from ehcp_appeal.analysis.judging.staff import staff_of
from ehcp_appeal.analysis.judging.time_phrases import in_counted_words

_NUM = r"(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"
FULL_TIME_MINUTES = 32.5 * 60
"""A school week (6.5 hours a day), the amount "throughout the school day" or
"full-time" promises, so that part-time hours compare as less."""


@dataclass(frozen=True)
class Quantity:
    sessions_per_week: float | None = None
    minutes_per_session: float | None = None
    minutes_per_week: float | None = None
    staff_rank: int | None = None
    staff: str = ""
    group_size: int | None = None
    group: bool = False
    indirect: bool = False
    direct: bool = False  # therapy or teaching given to the child in person
    one_off: bool = False  # a single occasion of stated length ("a half-day training session")
    weeks: float | None = None  # how long a course runs ("once a week for 12 weeks")
    occasions: float | None = None  # a stated number of one-off events ("three visits")
    whole_day: bool = False  # "throughout the school day", "full-time": the setting's whole week
    extra_time: float | None = None  # the per cent of extra time in tests ("25% extra time")

    @property
    def has_time(self) -> bool:
        return (
            self.sessions_per_week is not None or self.minutes_per_week is not None or self.one_off
        )


def number(word: str) -> float | None:
    word = word.lower().strip()
    try:
        return float(word)
    except ValueError:
        value = lexicon.load("quantities")["numbers"].get(word)
        return float(value) if value is not None else None


@cache
def _patterns() -> dict[str, GatedPattern]:
    """The amount patterns, each skipped on texts without the words any match needs."""
    return {key: GatedPattern(pattern) for key, pattern in _amount_patterns().items()}


_OBJECT_NOUNS = (
    r"(?:visual |picture )?(?:timetables?|planners?|newsletters?|diar(?:y|ies)|schedules?|"
    r"menus?|routines?|living|life|report cards?|record sheets?)\b"
)
"""What "daily" or "weekly" describes when it names a thing, not how often something
happens ("a visual weekly timetable", "daily living skills")."""


def _amount_patterns() -> dict[str, re.Pattern[str]]:
    data = lexicon.load("quantities")
    periods = "|".join(sorted((re.escape(p) for p in data["periods"]), key=len, reverse=True))
    adverbs = "|".join(sorted((re.escape(a) for a in data["adverbs"]), key=len, reverse=True))
    return {
        "times": re.compile(
            rf"\b(?P<n>{_NUM})"
            rf"(?: times| sessions?| lessons?| visits?|(?: \d+-minute| {_NUM}-minute)? sessions?)?"
            rf"(?: (?:a|per|each|every) (?P<p>{periods}))\b",
            re.I,
        ),
        "sessions_each": re.compile(
            rf"\b(?P<n>{_NUM})(?![\s-]*(?:minutes?|mins?|hours?|hrs?)\b)(?: [\w-]+){{0,3}} "
            rf"(?:sessions?|lessons?|times)\b[^.;]{{0,40}}?\b"
            rf"(?:a|per|each|every) (?P<p>{periods})\b",
            re.I,
        ),
        "times_x": re.compile(
            rf"\b(?P<n>\d+)\s*[x×]\s*\d+[\s-]*(?:minutes?|mins?|hours?)\b[^.;]{{0,20}}?"
            rf"\b(?:a|per|each|every) (?P<p>{periods})\b",
            re.I,
        ),
        "once": re.compile(
            rf"\b(?:once|one session) (?:a|per|each|every) (?P<p>{periods})\b", re.I
        ),
        "adverb": re.compile(rf"\b(?P<a>{adverbs})\b(?! {_OBJECT_NOUNS})", re.I),
        "times_adverb": re.compile(
            rf"\b(?P<n>once|twice|thrice|{_NUM} times) "
            rf"(?P<a>daily|weekly|fortnightly|monthly|termly)\b"
            # "3 x 15 minutes weekly": three sessions of 15 minutes each week
            rf"|\b(?P<x>\d+)\s*[x×]\s*\d+[\s-]*(?:minutes?|mins?|hours?)\b[^.;|]{{0,20}}?"
            rf"\b(?P<xa>daily|weekly|fortnightly|monthly|termly)\b",
            re.I,
        ),
        "course": re.compile(
            rf"\b(?P<n>{_NUM})(?: [\w:-]+){{0,2}} (?:sessions?|lessons?|visits?)\b[^.;|]{{0,40}}?"
            rf"\b(?:over|during|across|within|throughout|in) (?:the |a |one |this |that )?"
            rf"(?:[\w-]+ ){{0,2}}?(?P<p>{periods})\b",
            re.I,
        ),
        "over_weeks": re.compile(
            rf"\b(?P<n>{_NUM})(?: [\w-]+){{0,2}} (?:sessions?|lessons?|visits?)\b[^.;|]{{0,40}}?"
            rf"\bover (?:a period of )?(?P<w>{_NUM}) weeks\b",
            re.I,
        ),
        "each_lesson": re.compile(r"\b(?:every|each) [\w-]+ (?:lesson|class)\b", re.I),
        "each_event": re.compile(
            r"\b(?:at|before|after|during|in|on|for|throughout) (?:every|each|all)"
            r"(?: of (?:his|her|their|the))? (?:[\w-]+ ){0,2}?"
            r"(?:lessons?|class(?:es)?|sessions?|changes?|transitions?|meals?|mealtimes?|snacks?|"
            r"breaks?|playtimes?|activit(?:y|ies)|arrivals?|departures?)\b",
            re.I,
        ),
        # "a week of work experience" is how long, not how often
        "every": re.compile(
            rf"\b(?:every|each|per|a) (?P<p>{periods})\b"
            r"(?! of\b| in advance\b| ahead\b| before\b| beforehand\b| or two\b)",  # notice
            re.I,
        ),
        "every_n": re.compile(rf"\bevery (?P<n>{_NUM}) (?P<p>weeks|days|terms)\b", re.I),
        "twice_daily": re.compile(
            r"\b(?:twice|two times) (?:a|per|each|every) (?:school )?day\b|\btwice daily\b", re.I
        ),
        "duration": re.compile(
            rf"\b(?P<n>{_NUM})(?:\s*(?:-|to|–)\s*(?P<m>{_NUM}))?[\s-]*(?P<u>minutes?|mins?|hours?|hrs?)\b(?![\s-]*(?:before|after|early|late))"
            r"(?<!every \d minutes)(?<!every \d\d minutes)(?<!every \d\d\d minutes)",
            re.I,
        ),
        "half_hour": re.compile(r"\bhalf an hour\b|\bhalf-hour\b", re.I),
        "an_hour": re.compile(r"\b(?:an|one) hour\b", re.I),
        "hours_of_week": re.compile(
            rf"\b(?:all|each|every one) of (?:his|her|their|the|\w+['’]s) "
            rf"(?P<n>{_NUM}) (?:[\w-]+ )?hours\b",
            re.I,
        ),
        "full_time": re.compile(
            r"(?<!up to )(?<!return to )(?<!back to )\bfull[- ]time\b|"
            r"\b(?:throughout|across|for) the (?:whole |entire )?school day\b|"
            r"\b(?:the )?(?:whole|entirety) of (?:each|every|the) (?:[\w-]+ )?day\b|"
            r"\b(?:all|every) (?:day|lessons?)\b[^.;|]{0,30}\b(?:including|and) (?:lunch|break)",
            re.I,
        ),
        "per_week_total": re.compile(
            rf"\b(?P<n>{_NUM})\s*(?:-|to)?\s*(?P<u>hours?|minutes?)\s+(?:a|per|each|every) week\b",
            re.I,
        ),
    }


def _counted(pattern: "re.Pattern[str] | GatedPattern", text: str) -> list[re.Match[str]]:
    """Matches whose count is a number, looking again after a word that is not one.

    In "a block of six sessions in the term" the pattern first takes "of" for the
    count (any word may be a number word); the real count starts after it. A side of a
    ratio ("ten 1:1 sessions") is not a count either.
    """
    found = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        start, end = match.span("n")
        ratio = text[start - 1 : start] == ":" or text[end : end + 1] == ":"  # "1:1 sessions"
        if ratio or number(match.group("n")) is None:
            position = match.start("n") + 1
            continue
        found.append(match)
        position = match.end()
    return found


_INTERVAL = re.compile(rf"\bevery (?P<n>{_NUM}) (?P<u>minutes|hours)\b", re.I)
"""A routine at fixed intervals ("timed visits every 90 minutes"): so many times a day."""
SCHOOL_DAY_MINUTES = 390


def _frequency(text: str) -> float | None:
    """The highest session rate the text states, in sessions per school week."""
    data = lexicon.load("quantities")
    periods = {key.lower(): value for key, value in data["periods"].items()}
    found: list[float] = []
    pats = _patterns()
    found.extend(10.0 for _match in pats["twice_daily"].finditer(text))
    for key in ("times", "sessions_each", "times_x", "course"):
        for match in _counted(pats[key], text):
            count = number(match.group("n"))
            if count is not None and count < 50:
                found.append(count * periods[match.group("p").lower()])
    for match in pats["over_weeks"].finditer(text):
        count, weeks = number(match.group("n")), number(match.group("w"))
        if count is not None and weeks:
            found.append(count / weeks)
    if pats["each_lesson"].search(text):
        found.append(1.0)  # "before each PE lesson": at least weekly, often more
    days = set(_WEEKDAYS.findall(text.lower()))
    if pats["each_event"].search(text) and not days:
        found.append(5.0)  # "at every change of activity", "in every lesson": daily events
    for match in pats["once"].finditer(text):
        found.append(periods[match.group("p").lower()])
    for match in pats["adverb"].finditer(text):
        found.append(float(data["adverbs"][match.group("a").lower()]))
    for match in pats["times_adverb"].finditer(text):
        count = number((match.group("n") or match.group("x")).split()[0])
        adverb = (match.group("a") or match.group("xa")).lower()
        if count is not None:
            found.append(count * float(data["adverbs"][adverb]))
    for match in pats["every"].finditer(text):
        if days and match.group("p").lower() in _DAY_PARTS:
            continue  # "a lunchtime club on Mondays and Fridays": the days say how often
        found.append(periods[match.group("p").lower()])
    for match in pats["every_n"].finditer(text):
        count = number(match.group("n"))
        unit = {"weeks": 1.0, "days": 5.0, "terms": 1 / 13}[match.group("p").lower()]
        if count:
            found.append(unit / count if match.group("p").lower() != "days" else 5.0 / count)
    for match in _INTERVAL.finditer(text):
        minutes = number(match.group("n"))
        if minutes:
            minutes *= 60 if match.group("u").lower().startswith("h") else 1
            found.append(5.0 * max(1.0, SCHOOL_DAY_MINUTES // minutes))
    if days:  # "Monday, Wednesday and Friday mornings", "lunchtimes on Mondays and Fridays"
        found.append(float(len(days)))
    return max(found) if found else None


_STATED_DIRECT = re.compile(r"\bdirect (?:[\w-]+ ){0,4}(?:therapy|teaching)\b", re.I)
"""Therapy said to be direct ("Direct speech and language therapy ..., following a graded
programme"): the programme it follows is its content, not a programme left to others."""
_DIRECT = re.compile(r"\bdirect\b|\b(?:1:1|individual) (?:[\w-]+ )?(?:therapy|teaching)\b", re.I)
_DAY_PARTS = ("morning", "afternoon", "lunchtime")
_WEEKDAYS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday)s?\b")


def _durations(text: str) -> tuple[float | None, float | None]:
    """(minutes per session, minutes per week when stated as a weekly total)."""
    pats = _patterns()
    weekly = None
    match = pats["per_week_total"].search(text)
    if match:
        value = number(match.group("n"))
        if value is not None:
            weekly = value * (60 if match.group("u").lower().startswith("h") else 1)
    match = pats["hours_of_week"].search(text)
    if weekly is None and match:
        value = number(match.group("n"))
        weekly = value * 60 if value is not None else None  # "all of her 30 funded hours"
    if weekly is None and pats["full_time"].search(text):
        weekly = FULL_TIME_MINUTES
    per_session = None
    for match in pats["duration"].finditer(text):
        low = number(match.group("n"))
        if low is None:
            continue
        minutes = low * (60 if match.group("u").lower().startswith(("h",)) else 1)
        per_session = minutes if per_session is None else min(per_session, minutes)
    if per_session is None:
        if pats["half_hour"].search(text):
            per_session = 30.0
        elif pats["an_hour"].search(text):
            per_session = 60.0
    return per_session, weekly


@lru_cache(maxsize=4096)
def group_of(text: str) -> tuple[int | None, bool]:
    """(group size, mentions a group). Individual work is a group of one."""
    data = lexicon.load("quantities")
    lowered = text.lower()
    for pattern in data["group_size"]:
        match = re.search(pattern, lowered)
        if match:
            size = number(match.group("n"))
            if size is not None and match.groupdict().get("others"):
                size += 1  # "with no more than 7 other pupils" is a group of 8
            if size is not None and 1 < size < 60:
                return int(size), True
    individual = any(re.search(rf"(?<![\w-]){p}(?![\w-])", lowered) for p in data["individual"])
    if individual and not re.search(r"\bgroup\b", lowered):
        return 1, False
    return None, bool(re.search(r"\b(?:small[- ]group|group|groups|pairs?)\b", lowered))


_COURSE_WEEKS = GatedPattern(
    re.compile(
        rf"\b(?:for|over|lasting|across) (?:a (?:period|block|course) of )?"
        rf"(?:at least |a minimum of )?(?P<n>{_NUM}) weeks\b|"
        rf"\b(?:block|course|period|programme) of (?P<b>{_NUM}) weeks\b|"
        rf"\b(?P<m>{_NUM})[- ]week (?:course|block|programme|intervention)\b|"
        rf"(?:^|\|)\s*(?P<c>{_NUM}) weeks\s*(?:\||$)",
        re.I,
    )
)


def course_weeks(text: str) -> float | None:
    """How many weeks a course of sessions lasts, when the text says so.

    A cell that holds only "Six weeks" in a provision table is the course length,
    as is "for 12 weeks" or "a 10-week programme"; the shortest stated counts.
    """
    found = []
    for match in _COURSE_WEEKS.finditer(text):
        found_number = match.group("n") or match.group("b") or match.group("m")
        value = number(found_number or match.group("c"))
        if value:
            found.append(value)
    return min(found) if found else None


@cache
def _occasions() -> GatedPattern:
    words = "|".join(sorted(lexicon.load("quantities")["numbers"], key=len, reverse=True))
    return GatedPattern(
        re.compile(
            rf"\b(?P<n>\d+|{words}) (?:[\w-]+ )?(?:visits?|meetings?)\b"
            rf"(?![^.;|]{{0,30}}\b(?:a|per|each|every) "
            rf"(?:week|day|term|half[- ]term|year|month)\b)",
            re.I,
        )
    )


def occasions(text: str) -> float | None:
    """How many one-off events ("at least three visits", "one visit") the text promises.

    Visits and meetings with no period are counted, not rated: one visit before a
    move to a new school is less than three, whatever else the two sentences share.
    """
    found = [number(match.group("n")) for match in _occasions().finditer(text)]
    counts = [value for value in found if value is not None and value < 50]
    return min(counts) if counts else None


_OCCASION = re.compile(
    r"\b(?:session|course|workshop|training|briefing|visit|meeting)\b(?!s)", re.I
)
_EXTRA_TIME = re.compile(r"\b(\d{1,3})\s*(?:%|per ?cent) (?:extra|additional) time\b", re.I)


WEEKLY_TOTAL = 180
"""Minutes a week from which "N hours each week" is the week's total, not one session."""


@lru_cache(maxsize=4096)
def _timing(text: str) -> tuple[str, float | None, float | None, float | None]:
    """(the text with clock times and day lengths rewritten, sessions a week, minutes a
    session, minutes a week): the part of ``measure`` that says how often and how long."""
    lowered = in_counted_words(text)
    frequency = _frequency(lowered)
    per_session, weekly = _durations(lowered)
    whole_week = weekly is not None and weekly >= WEEKLY_TOTAL
    if frequency == 1 and whole_week and per_session in (None, weekly):
        frequency = per_session = None  # "15 hours each week": a week's total, not one session
    if frequency is not None and per_session is not None and (weekly is None or frequency > 1):
        weekly = frequency * per_session
    return lowered, frequency, per_session, weekly


def _one_off(lowered: str, frequency: float | None, per_session: float | None) -> bool:
    return frequency is None and per_session is not None and bool(_OCCASION.search(lowered))


def has_time(text: str) -> bool:
    """``measure(text).has_time`` without working out who delivers, groups or courses.

    The sentence roles ask only this of most sentences, most of which are never measured.
    """
    lowered, frequency, per_session, weekly = _timing(text)
    return frequency is not None or weekly is not None or _one_off(lowered, frequency, per_session)


@lru_cache(maxsize=4096)
def measure(text: str) -> Quantity:
    """How much provision the text describes (kept per text: roles, judging and rating ask).

    A single occasion of stated length (a 90-minute awareness session, a half-day
    course) is complete as it stands: it needs no "how often".
    """
    lowered, frequency, per_session, weekly = _timing(text)
    rank, staff = staff_of(text)
    size, group = group_of(text)
    stated_direct = _STATED_DIRECT.search(text) is not None
    indirect = not stated_direct and any(
        re.search(p, text, re.I) for p in lexicon.load("quantities")["indirect"]
    )
    return Quantity(
        sessions_per_week=frequency,
        minutes_per_session=per_session,
        minutes_per_week=weekly,
        staff_rank=rank,
        staff=staff,
        group_size=size,
        group=group or (size is not None and size > 1),
        indirect=indirect,
        direct=stated_direct or (not indirect and bool(_DIRECT.search(text))),
        one_off=_one_off(lowered, frequency, per_session),
        weeks=course_weeks(text),
        occasions=occasions(lowered) if frequency is None else None,
        whole_day=bool(_patterns()["full_time"].search(text)),
        extra_time=float(found.group(1)) if (found := _EXTRA_TIME.search(text)) else None,
    )
