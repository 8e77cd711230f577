"""Whether the plan was read well enough to assert what rests on its sections.

Most findings compare the reports with Section B (needs) or Section F (provision). If
the reader did not find one of them, "missing from Section B" would be said of every
need: twenty false findings that hide the true ones. So a section not found is said
once, with the headings that might be it, and nothing that rests on it is asserted. A
document with neither B nor F is not a plan at all (a letter, a report). And when more
than a third of the sections would be "missing", the reading failed: saying so is true,
listing eight missing sections is not.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from ehcp_appeal.analysis import lexicon
from ehcp_appeal.analysis.plan.heading_purpose import purpose_section
from ehcp_appeal.analysis.plan.heading_scan import LETTERED_TITLE, FoundHeading
from ehcp_appeal.analysis.plan.plan_sections import Plan
from ehcp_appeal.analysis.plan.section_presence import missing_sections
from ehcp_appeal.errors import NotAPlanError

FOUNDATION = ("B", "F")
"""The sections other findings rest on: needs are checked against B, provision against F."""
FAILED_SHARE = 1 / 3
"""More sections than this share "missing" means the reading failed, not the plan."""
MAX_CANDIDATES = 4


@dataclass(frozen=True)
class ReadingStatus:
    """How well the plan was read; ``status`` is read, section_not_found or reading_failed."""

    status: str
    not_found: tuple[str, ...] = ()
    candidates: dict[str, list[FoundHeading]] = field(default_factory=dict)
    message: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "not_found": list(self.not_found),
            "candidates": {
                section: [{"text": h.text, "page": h.page} for h in headings]
                for section, headings in self.candidates.items()
            },
            "message": self.message,
        }


def assess(plan: Plan) -> ReadingStatus:
    """The plan's reading status; raises NotAPlanError when neither B nor F was found."""
    not_found = tuple(section for section in FOUNDATION if section not in plan.sections)
    if len(not_found) == len(FOUNDATION):
        raise NotAPlanError(plan.document)
    if not_found:
        candidates = {section: might_be(plan, section) for section in not_found}
        return ReadingStatus(
            "section_not_found", not_found, candidates, _not_found_message(plan, candidates)
        )
    if _reading_failed(plan):
        found = len(plan.sections)
        total = len(lexicon.load("sections")["order"])
        return ReadingStatus(
            "reading_failed",
            message=(
                f"Only {found} of the {total} sections of {plan.document} could be found, so "
                "the plan was probably not read correctly; no section is reported missing. "
                "Check which heading is which section."
            ),
        )
    return ReadingStatus("read")


def _reading_failed(plan: Plan) -> bool:
    total = len(lexicon.load("sections")["order"])
    return len(missing_sections(plan)) > total * FAILED_SHARE


def asserted_missing(plan: Plan) -> list[str]:
    """Sections to report as ``section_missing``: none when the reading failed, and never B
    or F, whose absence the reading status reports once instead."""
    if _reading_failed(plan):
        return []
    return [section for section in missing_sections(plan) if section not in FOUNDATION]


def might_be(plan: Plan, section: str) -> list[FoundHeading]:
    """Headings not taken for any section that use the section's words, then those that
    speak of needs or help at all."""
    extra = re.compile(r"\bneed|difficult|\bsupport|\bhelp\b", re.IGNORECASE)
    strong = named_like(plan, section)
    weak = [h for h in _untaken(plan) if h not in strong and extra.search(h.text)]
    return (strong + weak)[:MAX_CANDIDATES]


def named_like(plan: Plan, section: str) -> list[FoundHeading]:
    """Headings not taken for any section that use the section's own words, start with its
    letter or say what it is for: where one stands, the section may be there under a
    heading the reader did not recognise, and its absence is not asserted."""
    topics = lexicon.load("sections")["topics"].get(section, [])
    pattern = re.compile("|".join(f"(?:{topic})" for topic in topics) or "$^", re.IGNORECASE)
    return [
        heading
        for heading in _untaken(plan)
        if pattern.search(_PLAN_TITLE.sub("", heading.text))
        or _labelled(heading.text, section)
        or purpose_section(heading.text) == section  # "Money the family can manage"
    ]


def _labelled(text: str, section: str) -> bool:
    """A heading that starts with the section's own letter ("A What Reece and his family
    want"), whatever words follow."""
    match = LETTERED_TITLE.match(text)
    return match is not None and match.group("id").replace(" ", "").upper() == section


_PLAN_TITLE = re.compile(r"education,? health and care|mental health", re.IGNORECASE)
"""The plan's own name, in its title and running heads, and the area of need "social,
emotional and mental health" (a heading inside Section B): neither names a section."""


def _untaken(plan: Plan) -> list[FoundHeading]:
    return [
        heading
        for heading in plan.headings
        if heading.section is None
        or (heading.section not in plan.sections and heading.section != "H")
    ]


def _not_found_message(plan: Plan, candidates: dict[str, list[FoundHeading]]) -> str:
    titles = lexicon.load("sections")["titles"]
    parts = []
    for section, headings in candidates.items():
        named = f"Section {section} ({titles[section].lower()})"
        if headings:
            listed = "; ".join(f'"{h.text}" (page {h.page})' for h in headings)
            parts.append(f"{named} could not be found; headings that might be it: {listed}")
        else:
            parts.append(f"{named} could not be found, and no heading looks like it")
    return f"{plan.document}: " + ". ".join(parts) + "."
