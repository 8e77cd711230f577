"""Bundles of a case: the saved selection per profile, its page budget, and making the PDF.

The selection is saved per case and profile (a document's inclusion, section and place),
so the user's edits survive, and a document imported later still falls into its place.
Assembling and the cover page (pypdf, reportlab) load when a bundle is made, not with the
window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import select
from sqlmodel.sql.expression import SelectOfScalar

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import BundleChoice, BundleExport
from ehcp_appeal.domain import APPEAL_TYPES
from ehcp_appeal.errors import AppError, InvalidInputError
from ehcp_appeal.export.bundle import budget as budget_rules
from ehcp_appeal.export.bundle.budget import BudgetLine
from ehcp_appeal.export.bundle.extras import extra_source
from ehcp_appeal.export.bundle.rules import load_rules
from ehcp_appeal.export.bundle.selection import Choice, Selection
from ehcp_appeal.export.bundle.selection import select as select_documents
from ehcp_appeal.export.bundle.sources import BadDocument, SourcePdf, prepare
from ehcp_appeal.progress import Progress
from ehcp_appeal.scratch import private_folder
from ehcp_appeal.services import audit
from ehcp_appeal.services.cases import CaseDetails, get_case
from ehcp_appeal.services.evidence import list_documents

if TYPE_CHECKING:
    from ehcp_appeal.export.bundle.assemble import AssembledBundle
    from ehcp_appeal.export.bundle.front_matter import CoverFacts

WORKING = "Working document"
REASONS = "Reasons for appeal"


class BadDocumentsError(AppError):
    """Some chosen documents cannot become pages; the caller may go on without them."""

    def __init__(self, bad: Sequence[BadDocument]) -> None:
        names = "; ".join(f"'{b.document.title}': {b.reason}" for b in bad)
        super().__init__(
            f"Could not add {len(bad)} document(s) to the bundle: {names}. Replace or "
            "remove them, or make the bundle without them (--skip-bad)."
        )
        self.bad = tuple(bad)


@dataclass(frozen=True)
class BundleResult:
    """What an export made; ``manifest()`` is the contract's MANIFEST.json."""

    profile: str
    version: int
    made_at: dt.datetime
    bundle: AssembledBundle
    left_out: tuple[BadDocument, ...]
    budget: tuple[BudgetLine, ...] = ()

    def manifest(self) -> dict[str, object]:
        converters = sorted({doc.converter for doc in self.bundle.documents})
        return {
            "pages": self.bundle.total_pages,
            "documents": [
                {
                    "id": doc.id,
                    "title": doc.title,
                    "section": doc.section,
                    "first_page": doc.first_page,
                    "last_page": doc.last_page,
                    "sha256": doc.sha256,
                    "tab": doc.number,
                    "converter": doc.converter,
                }
                for doc in self.bundle.documents
            ],
            "profile": self.profile,
            "version": self.version,
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "front_matter_pages": self.bundle.front_pages,
            "numbered_pages": self.bundle.total_pages - self.bundle.front_pages,
            "bundle_sha256": self.bundle.sha256,
            "converters": converters,
            "left_out": [
                {"id": bad.document.id, "title": bad.document.title, "reason": bad.reason}
                for bad in self.left_out
            ],
            "budget": [line.to_json() for line in self.budget],
        }


def selection(db: Database, case_id: str, profile_id: str = "full") -> Selection:
    rules = load_rules()
    profile = rules.profile(profile_id)
    return select_documents(
        rules, profile, list_documents(db, case_id), _choices(db, case_id, profile_id)
    )


def _choice_rows(case_id: str, profile_id: str) -> SelectOfScalar[BundleChoice]:
    return select(BundleChoice).where(
        BundleChoice.case_id == case_id, BundleChoice.profile == profile_id
    )


def _choices(db: Database, case_id: str, profile_id: str) -> dict[str, Choice]:
    with db.session() as session:
        rows = session.exec(_choice_rows(case_id, profile_id)).all()
        return {row.document_id: Choice(row.included, row.section, row.position) for row in rows}


def _save_choices(
    db: Database, case_id: str, profile_id: str, changes: Mapping[str, Mapping[str, object]]
) -> None:
    """Save the changed documents' choices in one transaction.

    A document with no saved row yet starts from what the bundle shows now (its default
    section and inclusion), worked out once however many documents change.
    """
    shown: dict[str, tuple[bool, str]] | None = None
    with db.session() as session:
        rows = {row.document_id: row for row in session.exec(_choice_rows(case_id, profile_id))}
        for document_id, values in changes.items():
            row = rows.get(document_id)
            if row is None:
                if shown is None:
                    shown = _shown(db, case_id, profile_id)
                included, section = shown.get(document_id, (False, ""))
                row = BundleChoice(
                    case_id=case_id,
                    profile=profile_id,
                    document_id=document_id,
                    included=included,
                    section=section,
                )
            for key, value in values.items():
                setattr(row, key, value)
            session.add(row)


def _shown(db: Database, case_id: str, profile_id: str) -> dict[str, tuple[bool, str]]:
    """Each document of the profile as the bundle shows it now: (included, section)."""
    chosen = selection(db, case_id, profile_id)
    return {
        item.document.id: (item.included, item.section)
        for section in chosen.sections
        for item in section.items
    }


def set_included(
    db: Database, case_id: str, profile_id: str, document_id: str, included: bool
) -> None:
    """Put a document in or leave it out of one profile's bundle (others unchanged)."""
    load_rules().profile(profile_id)
    _save_choices(db, case_id, profile_id, {document_id: {"included": included}})


def set_section(
    db: Database, case_id: str, profile_id: str, document_id: str, section: str
) -> None:
    """Move a document to another section; it takes its date place there."""
    rules = load_rules()
    if section not in rules.profile(profile_id).sections:
        raise InvalidInputError(
            f"The {rules.profile(profile_id).title.lower()} has no section '{section}'."
        )
    changes = {"section": section, "position": None, "included": True}
    _save_choices(db, case_id, profile_id, {document_id: changes})


def move(db: Database, case_id: str, profile_id: str, document_id: str, new_index: int) -> None:
    """Place a document at ``new_index`` within its section; the section keeps that order."""
    chosen = selection(db, case_id, profile_id)
    for section in chosen.sections:
        ids = [item.document.id for item in section.items]
        if document_id not in ids:
            continue
        ids.remove(document_id)
        ids.insert(max(0, min(new_index, len(ids))), document_id)
        places = {doc_id: {"position": position} for position, doc_id in enumerate(ids)}
        _save_choices(db, case_id, profile_id, places)
        return
    raise InvalidInputError("That document is not in this bundle; add it first.")


def reset(db: Database, case_id: str, profile_id: str) -> None:
    """Forget the user's choices for a profile: back to date order and default sections."""
    with db.session() as session:
        for row in session.exec(_choice_rows(case_id, profile_id)).all():
            session.delete(row)


def budget(
    db: Database, case_id: str, profile_id: str = "full", working_document_pages: int = 0
) -> list[BudgetLine]:
    """The page budget of the current selection, from each document's known page count."""
    case = get_case(db, case_id)
    chosen = selection(db, case_id, profile_id)
    pages = {item.document.id: item.document.pages for item in chosen.included_items()}
    return budget_rules.check(load_rules(), chosen, pages, case.appeal_type, working_document_pages)


def next_version(db: Database, case_id: str, profile_id: str) -> int:
    with db.session() as session:
        latest = session.exec(
            select(func.max(BundleExport.version)).where(
                BundleExport.case_id == case_id, BundleExport.profile == profile_id
            )
        ).one()
        return int(latest or 0) + 1


def build_bundle(
    db: Database,
    case_id: str,
    out: Path,
    profile_id: str = "full",
    *,
    working_document: Path | None = None,
    reasons: Path | None = None,
    new_working_document: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> BundleResult:
    """Make the bundle PDF; a bad document stops it (naming it) unless ``skip_bad``.

    ``new_working_document`` writes the next working document version (WD1, WD2, ...) from
    the current amendments and files it with the core documents, so the bundle and the
    version history agree on what was sent.
    """
    from ehcp_appeal.export.bundle.assemble import assemble

    progress = progress or Progress.silent()
    rules = load_rules()
    case = get_case(db, case_id)
    chosen = selection(db, case_id, profile_id)
    items = chosen.included_items()
    if not items and working_document is None and reasons is None and not new_working_document:
        raise AppError(
            f"The {chosen.profile.title.lower()} has no documents yet; import or add some first."
        )
    sources, bad = prepare(db, [item.document for item in items], progress)
    extras = _extras(db, case_id, chosen, working_document, reasons, new_working_document)
    if bad and not skip_bad:
        raise BadDocumentsError(bad)
    by_id = {source.document.id: source for source in sources}
    sections: list[tuple[object, list[SourcePdf]]] = []
    for section in chosen.sections:
        chosen_sources = [by_id[i.document.id] for i in section.included if i.document.id in by_id]
        chosen_sources += extras.get(section.rule.id, [])
        sections.append((section.rule, chosen_sources))
    version = next_version(db, case_id, profile_id)
    made_at = dt.datetime.now(dt.UTC)
    cover = _cover(case, chosen, version, made_at, sources, bad)
    left_out = [f"{b.document.title} ({b.document.original_name}): {b.reason}." for b in bad]
    assembled = assemble(out, cover, sections, left_out, progress)  # type: ignore[arg-type]
    with db.session() as session:
        session.add(
            BundleExport(
                case_id=case_id,
                profile=profile_id,
                version=version,
                pages=assembled.total_pages,
                sha256=assembled.sha256,
                made_at=made_at,
            )
        )
        audit.record(session, "exported", case_id, f"{chosen.profile.title} version {version}")
    counted = {doc.id: doc.last_page - doc.first_page + 1 for doc in assembled.documents}
    working_pages = sum(
        source.pages for source in extras.get("core", []) if source.document.title == WORKING
    )
    lines = budget_rules.check(rules, chosen, counted, case.appeal_type, working_pages)
    return BundleResult(profile_id, version, made_at, assembled, tuple(bad), tuple(lines))


def _extras(
    db: Database,
    case_id: str,
    chosen: Selection,
    working_document: Path | None,
    reasons: Path | None,
    new_working_document: bool = False,
) -> dict[str, list[SourcePdf]]:
    """The working document in the core documents; the reasons in their own section.

    A profile with a reasons section (the appeal pack) gets the reasons written from the
    accepted findings and amendments when no file is given, so the pack is complete.
    """
    extras: dict[str, list[SourcePdf]] = {}
    sections = chosen.profile.sections
    target = "core" if "core" in sections else sections[0]
    if working_document is not None:
        extras.setdefault(target, []).append(extra_source(working_document, WORKING))
    elif new_working_document:
        extras.setdefault(target, []).append(_written_working_document(db, case_id))
    if reasons is not None:
        target = "reasons" if "reasons" in sections else sections[-1]
        extras.setdefault(target, []).append(extra_source(reasons, REASONS))
    elif "reasons" in sections:
        written = _written_reasons(db, case_id)
        if written is not None:
            extras.setdefault("reasons", []).append(written)
    return extras


def _written_working_document(db: Database, case_id: str) -> SourcePdf:
    from ehcp_appeal.services.working_documents import write_working_document

    with private_folder("ehcp-wd-") as folder:
        out = Path(folder) / "working-document.docx"
        write_working_document(db, case_id, out)
        return extra_source(out, WORKING)


def _written_reasons(db: Database, case_id: str) -> SourcePdf | None:
    from ehcp_appeal.export.appeal_reasons import write_reasons

    with private_folder("ehcp-reasons-") as folder:
        out = Path(folder) / "reasons.docx"
        if not write_reasons(db, case_id, out):
            return None  # nothing accepted yet: no reasons to attach
        return extra_source(out, REASONS)


def _cover(
    case: CaseDetails,
    chosen: Selection,
    version: int,
    made_at: dt.datetime,
    sources: Sequence[SourcePdf],
    bad: Sequence[BadDocument],
) -> CoverFacts:
    from ehcp_appeal.export.bundle.front_matter import CoverFacts

    child = case.child_name or case.name
    lines = (
        ("Child or young person", child),
        ("Local authority", case.local_authority),
        ("Appeal", APPEAL_TYPES.get(case.appeal_type, case.appeal_type) or "-"),
        ("Tribunal reference", case.tribunal_reference or "Not yet given"),
        (
            "Hearing date",
            case.hearing_date.strftime("%d %B %Y") if case.hearing_date else "Not yet listed",
        ),
        ("Bundle", chosen.profile.title),
        ("Version", f"{version}, made {made_at.astimezone().strftime('%d %B %Y at %H:%M')}"),
    )
    notes = [
        "Page numbers are stamped at the foot of every page and match the page numbers "
        "shown by PDF readers. The index entries and bookmarks link to each document."
    ]
    text_rendered = [s.document.title for s in sources if s.converter == "built-in text renderer"]
    if text_rendered:
        notes.append(
            "Shown as text only (layout and pictures of the original not reproduced): "
            + "; ".join(text_rendered)
            + "."
        )
    if bad:
        notes.append(f"{len(bad)} document(s) could not be included; the index lists them.")
    return CoverFacts(heading=f"{chosen.profile.title}: {child}", lines=lines, notes=tuple(notes))


def set_order(
    db: Database,
    case_id: str,
    profile_id: str,
    arrangement: Sequence[tuple[str, Sequence[str]]],
) -> None:
    """Save a whole arrangement at once (what a drag and drop leaves): sections and places."""
    sections = load_rules().profile(profile_id).sections
    changes: dict[str, Mapping[str, object]] = {}
    for section, document_ids in arrangement:
        if section not in sections:
            raise InvalidInputError(f"The bundle has no section '{section}'.")
        for position, document_id in enumerate(document_ids):
            changes[document_id] = {"section": section, "position": position}
    _save_choices(db, case_id, profile_id, changes)
