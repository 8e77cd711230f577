"""Short constructors for the markers of evaluation_kit.dataset, so that set X's case
modules read as documents rather than as nested tuples."""


def need(text: str, area: str, plan_text: str | None = None, note: str | None = None) -> tuple:
    """A need in a report; plan_text None means Section B leaves it out."""
    return ("N", text, area, plan_text) if note is None else ("N", text, area, plan_text, note)


def rec(text: str, area: str, status: str, plan_text: str | None = None, **extras) -> tuple:
    """A recommendation in a report, with its status against the plan."""
    return ("R", text, area, status, plan_text, extras)


def non(text: str, why: str) -> tuple:
    """A sentence that reads like a need but is not a current need or recommendation."""
    return ("X", text, why)


def prov(text: str, specific: bool) -> tuple:
    """A Section F provision."""
    return ("F", text, specific)


def head(sid: str, text: str, how: str = "h2") -> tuple:
    """A section heading."""
    return ("H", sid, text, how)


def sect(sid: str, text) -> tuple:
    """The sentence that stands for a section."""
    return ("S", sid, text)
