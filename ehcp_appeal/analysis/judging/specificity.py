"""Judging whether a Section F provision is detailed, specific and quantified (CoP 9.69).

Hedged words ("as appropriate", "opportunities", "regular", "up to") make a provision
vague whatever else it says, because they let the provider decide how much. Softer
words ("access to", "support", "programme") are vague unless the provision says both
how often and for how long. Beyond wording, a provision must be bounded: it names an
amount, an occasion, a reach or the items supplied. A table row is judged on the whole
row, so a "Frequency" cell can make a "Provision" cell that starts "Access to ..."
specific.
"""

import re
from dataclasses import dataclass
from functools import cache

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.judging.quantities import Quantity, measure


@dataclass(frozen=True)
class Specificity:
    specific: bool
    terms: tuple[str, ...]
    detail: str


@cache
def _compiled() -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]], re.Pattern[str]]:
    data = lexicon.load("vague")
    hedges = {term: re.compile(p, re.I) for term, p in data["hedges"].items()}
    soft = {term: re.compile(p, re.I) for term, p in data["soft"].items()}
    return hedges, soft, re.compile(data["activities"], re.I)


@cache
def _unnamed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = lexicon.load("vague")["unnamed"]
    return re.compile(data["pattern"], re.I), re.compile(data["named"], re.I)


def unnamed_items(text: str, quantity: Quantity) -> str:
    """The category phrase ("adapted maths equipment") when that is all a provision names.

    Naming only a category leaves the school to decide what to supply, so the provision
    cannot be enforced; naming the items, or who provides them and how often, settles it.
    """
    pattern, named = _unnamed()
    match = pattern.search(text)
    if match is None or named.search(text) or (quantity.has_time and quantity.staff_rank):
        return ""
    return match.group(0)


@cache
def _bounds() -> dict[str, re.Pattern[str]]:
    return {key: re.compile(p, re.I) for key, p in lexicon.load("vague")["bounds"].items()}


_SUBJECTS_TAUGHT = re.compile(
    r"\b(?:taught|teaching|lessons)\b[^.;|]{0,60}\bgroups? of (?:no more than |up to |at most )?\w"
    r"|\bgroups? of (?:no more than |up to |at most )?\w+[^.;|]{0,40}"
    r"\b(?:for|in) (?:all|every|each) (?:lessons?|subjects?)\b",
    re.IGNORECASE,
)


def _set_class(text: str, quantity: Quantity) -> bool:
    """Subjects taught in a group of a stated size ("Core subjects taught in a group of no
    more than eight pupils"): the timetable fixes how often, and the size is the provision."""
    return quantity.group_size is not None and bool(_SUBJECTS_TAUGHT.search(text))


def bounded(text: str, quantity: Quantity) -> bool:
    """Whether a provision says how much, when, how widely, or which items.

    CoP 9.69 asks for provision to be detailed and quantified. Hedge words are only
    one way to leave the amount open; a sentence that names no time, number, group,
    occasion ("at the start of every lesson"), reach ("all adults") or item ("a
    writing slope") leaves it just as open ("Staff will prepare him for changes").
    """
    if quantity.has_time or quantity.group_size is not None:
        return True
    return any(pattern.search(text) for pattern in _bounds().values())


def unquantified_amount(text: str, quantity: Quantity) -> str:
    """ "additional visits", "extra time": more of something, without saying how much."""
    data = lexicon.load("vague")["unquantified"]
    match = re.search(data["pattern"], text, re.I)
    if match is None or quantity.has_time or re.search(data["amount"], text, re.I):
        return ""
    return match.group(0)


def bare_approach(text: str) -> str:
    """The approach a provision only names ("A total communication approach", "A sensory
    diet throughout the day"), or "".

    Naming an approach says nothing of what staff will do, with what, or how often: the
    school decides what "total communication" means for the child, whatever the row says
    of when and by whom.
    """
    match = re.search(lexicon.load("vague")["approach"], text.strip(), re.I)
    return match.group("approach") if match else ""


def is_intro(text: str) -> bool:
    """Sentences that say who makes the provision in general are not provisions."""
    return any(re.search(p, text, re.I) for p in lexicon.load("vague")["intro"])


FREQUENCY_HEDGES = frozenset({"regular"})
"""Hedges that leave only how often open: a provision that also states how often and for
how long ("regular check-ins. These will last 15 minutes, at the start of every day")
has settled what the hedge left open, in the same sentence or the next."""
NAMED_SOFT = frozenset({"programme"})
"""Soft words that name a kind of provision rather than its amount ("an adapted PE
programme", "the physiotherapist's programme"): settled once the provision says how
often and who delivers it, which is what leaves no amount to the provider. ("Input"
stays soft: "SALT input to be reviewed termly" gives the review's rate, not the input's.)"""


_SESSION_CAP = re.compile(r"\bsessions? (?:of|lasting) up to\b", re.IGNORECASE)
""""5 hours a week in sessions of up to 45 minutes": the cap is on each session's length,
and the weekly total is still stated."""


def _answered(term: str, quantity: Quantity, text: str) -> bool:
    """Whether the provision's own quantities settle what a hedge would leave open, or the
    hedge is the child's allowance ("a rest break of up to five minutes")."""
    if term == "up to":
        capped_session = _SESSION_CAP.search(text) and quantity.minutes_per_week is not None
        return (
            bool(capped_session)
            or re.search(lexicon.load("vague")["allowance"], text, re.I) is not None
        )
    return (
        term in FREQUENCY_HEDGES
        and quantity.sessions_per_week is not None
        and (quantity.minutes_per_session is not None or quantity.minutes_per_week is not None)
    )


def judge(text: str, whole: str | None = None) -> Specificity:
    """Judge one provision; ``whole`` is its complete table row when it has one."""
    whole = whole or text
    hedges, soft, activities = _compiled()
    quantity = measure(whole)
    hedge_terms = [
        term
        for term, pattern in hedges.items()
        if pattern.search(whole) and not _answered(term, quantity, whole)
    ]
    if hedge_terms:
        return Specificity(False, tuple(hedge_terms), _detail(hedge_terms, quantity))
    category = (
        unnamed_items(whole, quantity)
        or unquantified_amount(whole, quantity)
        or bare_approach(text)
    )
    if category:
        return Specificity(False, (category,), _detail([category], quantity))
    soft_terms = [term for term, pattern in soft.items() if pattern.search(whole)]
    sized_group = soft_terms == ["small group"] and quantity.group_size
    how_much = (
        quantity.sessions_per_week is not None
        and (quantity.minutes_per_session is not None or quantity.minutes_per_week is not None)
    ) or (quantity.minutes_per_week is not None and quantity.minutes_per_session is None)
    # a weekly total ("15 hours a week of one-to-one support") is an amount in itself
    visit = bool(
        quantity.indirect and quantity.sessions_per_week and (quantity.staff_rank or 0) >= 4
    )  # "the physiotherapist will visit once every half-term to review his programme"
    named = quantity.sessions_per_week is not None and quantity.staff_rank is not None
    soft_terms = [term for term in soft_terms if not (named and term in NAMED_SOFT)]
    if soft_terms and not how_much and not sized_group and not visit:
        return Specificity(False, tuple(soft_terms), _detail(soft_terms, quantity))
    if "small group" in soft_terms and quantity.group_size is None:
        return Specificity(False, ("small group",), _detail(["small group"], quantity))
    occasions = re.sub(lexicon.load("vague")["occasions"], " ", whole, flags=re.I)
    if activities.search(occasions) and not quantity.has_time and not _set_class(whole, quantity):
        return Specificity(False, (), _detail([], quantity))
    if not bounded(whole, quantity):
        return Specificity(False, (), _detail([], quantity))
    return Specificity(True, (), "")


def _detail(terms: list[str], quantity: Quantity) -> str:
    missing = []
    if quantity.sessions_per_week is None:
        missing.append("how often")
    if quantity.minutes_per_session is None and quantity.minutes_per_week is None:
        missing.append("for how long")
    if quantity.staff_rank is None:
        missing.append("who delivers it")
    parts = []
    if terms:
        quoted = ", ".join(f"“{term}”" for term in terms)
        parts.append(f"It uses wording that leaves the amount to the provider ({quoted}).")
    if missing:
        parts.append("It does not say " + _join(missing) + ".")
    return " ".join(parts) or "It is not detailed or specific enough to be enforced."


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]
