"""The working document as marked-up text, before any Word: sections, paragraphs and styled runs.

The tribunal's key uses type styles, not colours: normal for the plan's wording, bold
for the parent's proposals, italic for the council's, underline where both agree, each
struck through for a deletion. Building that here, as plain data, lets the Word writer,
the window's preview, the stored versions and their comparison share one result.

The plan's own wording comes as lines (table rows as ``cell | cell``); a row becomes
one paragraph that keeps every cell, with the column heading before each value, so
the council's wording and order survive.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ehcp_appeal.export.wd_lines import display_paragraphs
from ehcp_appeal.services.amendment_proposals import Evidence, fold
from ehcp_appeal.services.amendments import AmendmentInfo

# The tribunal's type-style key as (bold, italic, underline, strikethrough) per run style:
# one table for the Word file and for the window's preview of it.
STYLE_FORMAT: dict[str, tuple[bool, bool, bool, bool]] = {
    "original": (False, False, False, False),
    "parent_add": (True, False, False, False),
    "parent_del": (True, False, False, True),
    "agreed_add": (False, False, True, False),
    "agreed_del": (False, False, True, True),
    "council_add": (False, True, False, False),
    "council_del": (False, True, False, True),
}

STYLES = (
    "original",
    "parent_add",
    "parent_del",
    "agreed_add",
    "agreed_del",
    "council_add",
    "council_del",
)
KEY = (
    ("original", "Normal", "Original wording of the plan"),
    ("agreed_add", "Underlined", "Amendments agreed by both parties"),
    ("agreed_del", "Underlined strikethrough", "Deletions agreed by both parties"),
    ("parent_add", "Bold", "Additions proposed by the parent"),
    ("parent_del", "Bold strikethrough", "Deletions proposed by the parent"),
    ("council_add", "Italic", "Additions proposed by the local authority"),
    ("council_del", "Italic strikethrough", "Deletions proposed by the local authority"),
)
SECTION_TITLES = {
    "B": "Section B: Special educational needs",
    "F": "Section F: Special educational provision",
    "I": "Section I: Placement",
}


@dataclass(frozen=True)
class Run:
    """Text in one style; ``footnote`` is the evidence cited straight after it."""

    text: str
    style: str = "original"
    footnote: str = ""


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    heading: bool = False  # an area heading inside a section: not numbered

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class SectionMarkup:
    id: str
    title: str
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Markup:
    sections: tuple[SectionMarkup, ...]
    unplaced: tuple[str, ...] = ()  # changes whose plan wording could not be found

    def to_json(self) -> dict[str, Any]:
        return {
            "sections": [
                {
                    "id": section.id,
                    "title": section.title,
                    "paragraphs": [
                        {
                            "heading": paragraph.heading,
                            "runs": [
                                {"text": r.text, "style": r.style, "footnote": r.footnote}
                                for r in paragraph.runs
                            ],
                        }
                        for paragraph in section.paragraphs
                    ],
                }
                for section in self.sections
            ],
            "unplaced": list(self.unplaced),
        }

    @staticmethod
    def from_json(data: dict[str, Any]) -> "Markup":
        return Markup(
            sections=tuple(
                SectionMarkup(
                    section["id"],
                    section["title"],
                    tuple(
                        Paragraph(
                            tuple(
                                Run(r["text"], r["style"], r.get("footnote", "")) for r in p["runs"]
                            ),
                            bool(p.get("heading")),
                        )
                        for p in section["paragraphs"]
                    ),
                )
                for section in data.get("sections", [])
            ),
            unplaced=tuple(data.get("unplaced", [])),
        )


@dataclass
class _Para:
    raw: str
    runs: list[Run]
    heading: bool = False
    inserted: int = 0  # paragraphs already added after this one, to keep their order
    extra: list["_Para"] = field(default_factory=list)

    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def _style(party: str, action: str) -> str:
    return f"{party}_{'del' if action == 'delete' else 'add'}"


def merge_agreed(amendments: Iterable[AmendmentInfo]) -> list[AmendmentInfo]:
    """A change both the parent and the council propose, word for word, is agreed."""
    items = list(amendments)

    def same(a: AmendmentInfo, b: AmendmentInfo) -> bool:
        return (a.section, a.action, fold(a.original_text), fold(a.proposed_text)) == (
            b.section,
            b.action,
            fold(b.original_text),
            fold(b.proposed_text),
        )

    out: list[AmendmentInfo] = []
    used: set[int] = set()
    for parent in (a for a in items if a.party == "parent"):
        twin = next(
            (c for c in items if c.party == "council" and c.id not in used and same(parent, c)),
            None,
        )
        if twin is not None:
            used.add(twin.id)
            evidence = parent.evidence if parent.evidence != Evidence() else twin.evidence
            out.append(_agreed(parent, evidence))
        else:
            out.append(parent)
    out.extend(a for a in items if a.party != "parent" and a.id not in used)
    return sorted(out, key=lambda a: a.id)


def _agreed(amendment: AmendmentInfo, evidence: Evidence) -> AmendmentInfo:
    return replace(amendment, party="agreed", evidence=evidence)


def _split_in(paragraph: _Para, target: str, make: Callable[[str], list[Run]]) -> bool:
    """Replace ``target`` inside the paragraph's original runs with ``make(found_text)``."""
    wanted = fold(target)
    for index, run in enumerate(paragraph.runs):
        if run.style != "original":
            continue
        at = fold(run.text).find(wanted)
        if at < 0:
            continue
        before, found, after = (
            run.text[:at],
            run.text[at : at + len(wanted)],
            run.text[at + len(wanted) :],
        )
        pieces = ([Run(before)] if before else []) + make(found) + ([Run(after)] if after else [])
        paragraph.runs[index : index + 1] = pieces
        return True
    return False


def _whole(paragraph: _Para, text: str) -> bool:
    wanted = fold(text)
    return bool(wanted) and wanted in (fold(paragraph.raw), fold(paragraph.text()))


def _find(paragraphs: list[_Para], text: str) -> tuple[_Para | None, bool]:
    """The paragraph holding ``text`` and whether the text is the whole paragraph."""
    for paragraph in paragraphs:
        if _whole(paragraph, text):
            return paragraph, True
    wanted = fold(text)
    for paragraph in paragraphs:
        if wanted and wanted in fold(paragraph.text()):
            return paragraph, False
    return None, False


def _apply(paragraphs: list[_Para], change: AmendmentInfo, cite: str) -> bool:
    """Mark one change up in place; False when its plan wording is not there."""
    added = Run(change.proposed_text, _style(change.party, "add"), cite)
    struck_style = _style(change.party, "delete")
    if change.action == "add":
        anchor, whole = (
            _find(paragraphs, change.original_text) if change.original_text else (None, True)
        )
        if anchor is not None and not whole:
            return _split_in(
                anchor, change.original_text, lambda found: [Run(found), Run(" "), added]
            )
        new = _Para(raw="", runs=[added])
        if anchor is None:
            paragraphs.append(new)  # no place named (or it is gone): the end of the section
        else:
            anchor.extra.insert(anchor.inserted, new)
            anchor.inserted += 1
        return True
    target, whole = _find(paragraphs, change.original_text)
    if target is None:
        return False
    if change.action == "delete":
        if whole:
            target.runs = [
                Run(r.text, struck_style if r.style == "original" else r.style, r.footnote)
                for r in target.runs
            ]
            target.runs[-1] = Run(target.runs[-1].text, target.runs[-1].style, cite)
            return True
        return _split_in(
            target, change.original_text, lambda found: [Run(found, struck_style, cite)]
        )
    if whole:
        target.runs = [
            *(
                Run(r.text, struck_style if r.style == "original" else r.style, r.footnote)
                for r in target.runs
            ),
            Run(" "),
            added,
        ]
        return True
    return _split_in(
        target, change.original_text, lambda found: [Run(found, struck_style), Run(" "), added]
    )


def mark_up(
    wording: dict[str, tuple[str, list[str]]],
    amendments: Iterable[AmendmentInfo],
    cite: Callable[[Evidence], str],
) -> Markup:
    """Sections B, F and I in the plan's wording and order, with every change marked up.

    ``wording`` maps a section id to its title and lines; ``cite`` turns evidence into
    the footnote text (empty for none).
    """
    changes = merge_agreed(amendments)
    sections = []
    unplaced = []
    for section_id in ("B", "F", "I"):
        title, lines = wording.get(section_id, ("", []))
        paragraphs = [
            _Para(raw, [Run(text)], heading) for raw, text, heading in display_paragraphs(lines)
        ]
        for change in (c for c in changes if c.section == section_id):
            if not _apply(paragraphs, change, cite(change.evidence)):
                unplaced.append(
                    f"Section {section_id}: the plan's wording "
                    f"\u201c{change.original_text[:80]}\u201d was not found; "
                    "the change is shown at the end of the section."
                )
                paragraphs.append(
                    _Para(
                        "",
                        [Run(change.original_text, _style(change.party, "delete"))]
                        + (
                            [
                                Run(" "),
                                Run(
                                    change.proposed_text,
                                    _style(change.party, "add"),
                                    cite(change.evidence),
                                ),
                            ]
                            if change.action == "replace"
                            else []
                        ),
                    )
                )
        flat: list[Paragraph] = []
        for paragraph in paragraphs:
            flat.append(Paragraph(tuple(paragraph.runs), paragraph.heading))
            flat.extend(Paragraph(tuple(extra.runs)) for extra in paragraph.extra)
        heading = SECTION_TITLES[section_id]
        if title and fold(title) not in fold(heading):
            heading = f"Section {section_id}: {title}"
        sections.append(SectionMarkup(section_id, heading, tuple(flat)))
    return Markup(tuple(sections), tuple(unplaced))
