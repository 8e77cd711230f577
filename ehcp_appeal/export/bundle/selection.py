"""Which documents a bundle profile holds, in which section and in what order (pure logic).

Order within a section is the plan first (where the section leads with it), then by date,
unless the user moved documents; a document with no saved place (one added late) falls in
by date among the placed ones, so everything after it renumbers instead of the new document
landing at the end. An e-mail's attachments follow the e-mail, in its section.
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ehcp_appeal.export.bundle.rules import BundleRules, ProfileRule, SectionRule
from ehcp_appeal.ingest.records import DocumentInfo


@dataclass(frozen=True)
class Choice:
    """What the user saved for one document in one profile (absent: the defaults)."""

    included: bool
    section: str = ""
    position: int | None = None


@dataclass(frozen=True)
class BundleItem:
    document: DocumentInfo
    section: str
    included: bool
    section_chosen: bool


@dataclass(frozen=True)
class BundleSection:
    rule: SectionRule
    items: tuple[BundleItem, ...]

    @property
    def included(self) -> tuple[BundleItem, ...]:
        return tuple(item for item in self.items if item.included)


@dataclass(frozen=True)
class Selection:
    profile: ProfileRule
    sections: tuple[BundleSection, ...]
    available: tuple[DocumentInfo, ...]  # in the case but not in this profile

    def included_items(self) -> list[BundleItem]:
        return [item for section in self.sections for item in section.included]


def _default_sections(rules: BundleRules, documents: list[DocumentInfo]) -> dict[str, str]:
    own = {d.id: rules.default_section(d.kind, d.direction) for d in documents}
    return {d.id: own.get(d.parent_id or "", own[d.id]) for d in documents}


def select(
    rules: BundleRules,
    profile: ProfileRule,
    documents: Iterable[DocumentInfo],
    choices: Mapping[str, Choice],
) -> Selection:
    documents = list(documents)
    defaults = _default_sections(rules, documents)
    placed: dict[str, list[tuple[BundleItem, int | None]]] = {s: [] for s in profile.sections}
    available: list[DocumentInfo] = []
    for document in documents:
        choice = choices.get(document.id)
        section = choice.section if choice and choice.section else defaults[document.id]
        by_default = section in placed and (profile.kinds is None or document.kind in profile.kinds)
        if choice is None and not by_default:
            available.append(document)
            continue
        if section not in placed:
            if not (choice and choice.included):
                available.append(document)
                continue
            section = profile.sections[0]
        item = BundleItem(
            document=document,
            section=section,
            included=choice.included if choice else document.in_bundle,
            section_chosen=bool(choice and choice.section),
        )
        placed[section].append((item, choice.position if choice else None))
    sections = tuple(
        BundleSection(rule, tuple(_ordered(rule, placed[section_id])))
        for section_id in profile.sections
        for rule in (rules.section(section_id),)
    )
    return Selection(profile, sections, tuple(available))


def _ordered(rule: SectionRule, entries: list[tuple[BundleItem, int | None]]) -> list[BundleItem]:
    """Placed items keep the user's order; unplaced ones slot in by date among them."""

    def key(item: BundleItem) -> tuple[int, bool, dt.date, str]:
        document = item.document
        return (
            rule.lead_rank(document.kind),
            document.date is None,
            document.date or dt.date.max,
            document.title.casefold(),
        )

    in_section = {item.document.id for item, _ in entries}
    placed = [item for item, _ in sorted(
        (e for e in entries if e[1] is not None), key=lambda e: e[1] or 0)]  # fmt: skip
    loose = [item for item, position in entries if position is None]
    attachments = [item for item in loose if item.document.parent_id in in_section]
    loose = sorted((item for item in loose if item not in attachments), key=key)
    merged: list[BundleItem] = []
    for item in placed:
        while loose and key(loose[0]) < key(item):
            merged.append(loose.pop(0))
        merged.append(item)
    merged += loose
    for attachment in sorted(attachments, key=key, reverse=True):
        parent = next(  # an attachment of an attachment may not be placed yet: then last
            (
                n
                for n, item in enumerate(merged)
                if item.document.id == attachment.document.parent_id
            ),
            len(merged) - 1,
        )
        merged.insert(parent + 1, attachment)
    return merged
