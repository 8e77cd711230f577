"""Deciding what an appeal would raise: each finding follows one rule from the law.

One finding per plan sentence per kind; a vague provision gives only
``provision_not_specific`` (its vagueness is the problem, whatever a report says);
therapy found outside Section F gives ``provision_in_wrong_section`` and not also
``provision_missing_from_f``; home advice and health provision give none.
"""

import re
from dataclasses import dataclass, field
from functools import cache

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.judging.quantities import Quantity, measure
from ehcp_appeal.analysis.judging.staff import ASSISTANT, THERAPIST


@dataclass
class Finding:
    kind: str
    text: str
    document: str
    page: int | None
    detail: str
    section: str | None = None
    need: str | None = None
    terms: list[str] = field(default_factory=list)
    source: str = ""  # the report text behind a plan finding, when there is one
    confidence: float = 1.0  # 0 to 1; see confidence.py
    why: str = ""  # what the confidence rests on

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "kind": self.kind,
            "need": self.need,
            "section": self.section,
            "text": self.text,
            "document": self.document,
            "page": self.page,
            "detail": self.detail,
            "legal_basis": lexicon.load("findings")["legal_basis"][self.kind],
            "explanation": lexicon.load("findings")["explanation"][self.kind],
        }
        if self.why:
            data["confidence"] = self.confidence
            data["why"] = self.why
        if self.terms:
            data["terms"] = self.terms
        if self.source:
            data["evidence"] = self.source
        return data


@cache
def _wrong_section_patterns() -> dict[str, re.Pattern[str]]:
    table = lexicon.load("findings")["wrong_section"]
    return {key: re.compile(pattern, re.IGNORECASE) for key, pattern in table.items()}


def educational_therapy(text: str) -> bool:
    """Health or care provision that educates or trains: therapy or habilitation that
    teaches the child, or training for the staff who teach the child.

    CFA 2014 s.21(5): such provision is special educational provision and belongs in
    Section F, whoever delivers it. Prescriptions, diagnosis and clinic reviews are
    health care.
    """
    patterns = _wrong_section_patterns()
    if health_only(_SUBJECT.sub("", text, count=1)):
        return False  # the clinical work itself, not a clinical team as who delivers
    therapy = patterns["therapy"].search(text) and patterns["educates"].search(text)
    return bool(therapy or patterns["trains_staff"].search(text))


_SUBJECT = re.compile(r"^[^.;]{0,80}?\b(?:will|should|is to|are to)\b", re.IGNORECASE)
"""Who a line says will do something ("The school nursing team will"): a clinical team
training the staff who teach the child still makes educational provision."""
_PROVIDES = re.compile(
    r"\bwill (?:be (?:supported|given|taught|offered|provided)|receive|have|get|attend)\b",
    re.IGNORECASE,
)


def states_provision(text: str) -> bool:
    """Whether a line says what the child will be given ("Kayden will be supported by an
    adult at lunchtime"): in Section C or D, which describe needs, that is provision placed
    where it cannot be enforced."""
    return bool(_PROVIDES.search(text))


def health_only(text: str) -> bool:
    """Clinical or social care: prescriptions, clinics, reviews by a clinical service,
    healthcare plans, short breaks and social workers.

    Such a line answers a health or care recommendation, never an educational one,
    wherever it stands and however many words it shares with the report.
    """
    return bool(_wrong_section_patterns()["health_only"].search(text))


def shortfalls(recommended: Quantity, provided: Quantity, blended: bool = False) -> list[str]:
    """Plain reasons why ``provided`` is less than ``recommended``; empty when it is not.

    ``blended``: the provision gives a block of therapy from the therapist and then a
    programme carried out by others, so it is not indirect instead of direct.
    """
    reasons = []
    if recommended.minutes_per_week and provided.minutes_per_week is not None:
        given, wanted = _minutes(provided.minutes_per_week), _minutes(recommended.minutes_per_week)
        short = provided.minutes_per_week < recommended.minutes_per_week * 0.95 and given != wanted
        if short and not provided.whole_day:  # the setting's whole day is all its hours
            reasons.append(f"about {given} a week instead of the {wanted} recommended")
    elif (
        recommended.sessions_per_week
        and provided.sessions_per_week is not None
        and provided.sessions_per_week < recommended.sessions_per_week * 0.95
    ):
        given, wanted = _rate(provided.sessions_per_week), _rate(recommended.sessions_per_week)
        if given != wanted:  # too close to tell apart in words is too close to raise
            reasons.append(f"{given} instead of {wanted}")
    if (
        recommended.staff_rank is not None
        and provided.staff_rank is not None
        and recommended.staff_rank >= ASSISTANT
        and provided.staff_rank < recommended.staff_rank
    ):
        given, wanted = _someone(provided.staff), _someone(recommended.staff)
        reasons.append(f"delivered by {given} rather than {wanted}")
    if recommended.group_size is not None and provided.group_size is not None:
        if provided.group_size > recommended.group_size:
            if recommended.group_size == 1:
                reasons.append(f"in a group of {provided.group_size} rather than individually")
            else:
                size, wanted_size = provided.group_size, recommended.group_size
                reasons.append(f"in a group of {size} rather than {wanted_size} or fewer")
    elif recommended.group_size == 1 and provided.group and provided.group_size is None:
        reasons.append("in a group rather than individually")
    if recommended.weeks and provided.weeks and provided.weeks < recommended.weeks * 0.95:
        reasons.append(f"for {provided.weeks:g} weeks instead of {recommended.weeks:g}")
    wanted_time, given_time = recommended.extra_time, provided.extra_time
    if wanted_time and given_time is not None and given_time < wanted_time:
        reasons.append(f"{given_time:g}% extra time instead of {wanted_time:g}%")
    wanted_events, given_events = recommended.occasions, provided.occasions
    if wanted_events and given_events and given_events < wanted_events:
        reasons.append(f"{given_events:g} visits or meetings instead of {wanted_events:g}")
    therapist = recommended.staff_rank is not None and recommended.staff_rank >= THERAPIST
    if (
        (therapist or recommended.direct)
        and provided.indirect
        and not recommended.indirect
        and not blended  # "six sessions with a therapist, then a programme"
    ):
        reasons.append("as a programme carried out by others rather than direct therapy")
    return list(dict.fromkeys(reasons))


_THEN = re.compile(r"\b(?:followed by|then|after which)\b", re.I)


def compare(recommended_text: str, provided_text: str) -> list[str]:
    provided = measure(provided_text)
    therapist = provided.staff_rank is not None and provided.staff_rank >= THERAPIST
    blended = therapist and bool(_THEN.search(provided_text))
    return shortfalls(measure(recommended_text), provided, blended)


def _minutes(value: float) -> str:
    if value >= 120 and value % 60 == 0:
        return f"{int(value // 60)} hours"
    return f"{round(value)} minutes"


_TERM = 0.0769
"""Sessions a week that once a term comes to (a term of 13 weeks)."""


def _someone(role: str) -> str:
    """A role with its article: "an occupational therapist", "a teacher", but "staff"."""
    if role == "staff":
        return "staff"
    return ("an " if role[:1] in "aeiou" else "a ") + role


def _rate(sessions: float) -> str:
    if sessions >= 1:
        count = round(sessions, 1)
        return f"{count:g} time{'s' if count != 1 else ''} a week"
    per_term = sessions / _TERM
    if round(per_term) >= 2 and abs(per_term - round(per_term)) < 0.05:
        count = round(per_term)  # "six visits in the summer term"
        return "twice a term" if count == 2 else f"{count} times a term"
    if sessions >= 0.45:
        return "once a fortnight"
    if sessions >= 0.2:
        return "about once a month"
    if sessions >= 0.12:
        return "about once every half-term"
    return "about once a term"
