"""The bundle's sections, profiles and page limits, read from resources/rules/bundle.json.

Kept as data because the Practice Direction's exact section list could not be confirmed and
the limits may change; code never names a section or a limit.
"""

import json
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from ehcp_appeal.errors import InvalidInputError
from ehcp_appeal.paths import resources_dir


@dataclass(frozen=True)
class SectionRule:
    id: str
    letter: str
    title: str
    about: str
    kinds: frozenset[str]
    directions: dict[str, frozenset[str]]
    leading_kinds: tuple[str, ...] = ()  # these come first, in this order (the plan itself)

    def lead_rank(self, kind: str) -> int:
        return (
            self.leading_kinds.index(kind)
            if kind in self.leading_kinds
            else len(self.leading_kinds)
        )

    def takes(self, kind: str, direction: str) -> bool:
        """Whether a document of this kind (and, for letters, direction) belongs here."""
        if kind in self.directions:
            return direction in self.directions[kind]
        return kind in self.kinds


@dataclass(frozen=True)
class ProfileRule:
    id: str
    title: str
    about: str
    sections: tuple[str, ...]
    kinds: frozenset[str] | None  # None: every kind its sections take


@dataclass(frozen=True)
class PerDocumentLimit:
    id: str
    pages: int
    kinds: frozenset[str]
    label: str


RuleT = TypeVar("RuleT", SectionRule, ProfileRule)


@dataclass(frozen=True)
class BundleRules:
    sections: tuple[SectionRule, ...]
    profiles: tuple[ProfileRule, ...]
    section_limits: dict[str, int]
    evidence_limits: dict[str, int]
    per_document: tuple[PerDocumentLimit, ...]
    working_document_limit: int

    def section(self, section_id: str) -> SectionRule:
        return _by_id(self.sections, section_id, "bundle section")

    def profile(self, profile_id: str) -> ProfileRule:
        return _by_id(self.profiles, profile_id, "bundle profile")

    def default_section(self, kind: str, direction: str) -> str:
        """The first section (in bundle order) that takes the document; else the family's."""
        for section in self.sections:
            if section.takes(kind, direction):
                return section.id
        return "appellant"

    def evidence_limit(self, appeal_type: str) -> int:
        return self.evidence_limits.get(appeal_type, self.evidence_limits["default"])


def _by_id(items: tuple[RuleT, ...], wanted: str, what: str) -> RuleT:
    for item in items:
        if item.id == wanted:
            return item
    known = ", ".join(item.id for item in items)
    raise InvalidInputError(f"Unknown {what} '{wanted}'; use one of {known}.")


@cache
def load_rules() -> BundleRules:
    data = json.loads((resources_dir() / "rules" / "bundle.json").read_text(encoding="utf-8"))
    sections = tuple(
        SectionRule(
            id=s["id"],
            letter=s["letter"],
            title=s["title"],
            about=s["about"],
            kinds=frozenset(s.get("kinds", ())),
            directions={k: frozenset(v) for k, v in s.get("directions", {}).items()},
            leading_kinds=tuple(s.get("leading_kinds", ())),
        )
        for s in data["sections"]
    )
    profiles = tuple(
        ProfileRule(
            id=p["id"],
            title=p["title"],
            about=p["about"],
            sections=tuple(p["sections"]),
            kinds=frozenset(p["kinds"]) if "kinds" in p else None,
        )
        for p in data["profiles"]
    )
    limits = data["limits"]
    per_document = tuple(
        PerDocumentLimit(id=key, pages=v["pages"], kinds=frozenset(v["kinds"]), label=v["label"])
        for key, v in limits["per_document"].items()
    )
    return BundleRules(
        sections=sections,
        profiles=profiles,
        section_limits=dict(limits["sections"]),
        evidence_limits=dict(limits["evidence_per_party"]),
        per_document=per_document,
        working_document_limit=int(limits["working_document"]),
    )
