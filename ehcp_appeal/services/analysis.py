"""The plan check of a saved case: run it, store it, and keep the user's decisions across runs.

Decisions are keyed by ``item_key`` (kind plus a hash of the normalised text), so a
re-run after new evidence arrives re-applies what the user accepted, dismissed,
edited or re-linked, and user-added needs are merged into every result.
"""

import contextlib
import datetime as dt
import hashlib
import json
import logging
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import (
    AnalysisDecision,
    AnalysisRecord,
    Case,
    Document,
    Page,
    utc_now,
)
from ehcp_appeal.domain import AREAS_OF_NEED, PLAN_KINDS, PROFESSIONAL_REPORT_KINDS
from ehcp_appeal.errors import InvalidInputError, NotFoundError, UnreadableFileError
from ehcp_appeal.progress import Progress
from ehcp_appeal.services.plan_sections import section_choices

if TYPE_CHECKING:  # the analysis package loads when a check runs, not with the window
    from ehcp_appeal.analysis.reading.blocks import Block
    from ehcp_appeal.analysis.result import SourceDocument

logger = logging.getLogger(__name__)

REPORT_KINDS = (*PROFESSIONAL_REPORT_KINDS, "annual_review")
STATUSES = ("open", "accepted", "dismissed")
SECTIONS = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")


@dataclass(frozen=True)
class SourceInfo:
    """Where an analysed document lives in the case, so the window can open it."""

    document_id: str
    title: str
    name: str


def item_key(kind: str, text: str) -> str:
    """Stable across runs: the kind and a hash of the text with case, quotes and spaces folded."""
    from ehcp_appeal.analysis.reading.blocks import normalise_quotes

    folded = re.sub(r"\s+", " ", text).strip().lower()
    folded = normalise_quotes(folded)
    return f"{kind}:{hashlib.sha256(folded.encode('utf-8')).hexdigest()[:40]}"


def _latest_plan(session: Any, case_id: str) -> Document:
    documents = session.exec(
        select(Document).where(
            Document.case_id == case_id,
            col(Document.kind).in_(PLAN_KINDS),
            col(Document.deleted_at).is_(None),
        )
    ).all()
    if not documents:
        raise NotFoundError(
            "This case has no EHC plan yet; import the plan (final or draft) before checking it."
        )
    finals = [d for d in documents if d.kind == "ehcp_final"] or documents
    return max(finals, key=lambda d: (d.date or dt.date.min, d.imported_at))


def latest_plan_id(db: Database, case_id: str) -> str:
    """The id of the plan document the check reads for this case."""
    with db.session() as session:
        if session.get(Case, case_id) is None:
            raise NotFoundError(f"There is no case with the id '{case_id}'.")
        return _latest_plan(session, case_id).id


def run_case_analysis(
    db: Database, case_id: str, progress: Progress | None = None
) -> dict[str, Any]:
    """Analyse the case's latest plan against its reports, store it and return it with decisions.

    The sections the person chose for the plan's headings are used; a plan with neither
    Section B nor Section F raises NotAPlanError (the window asks which document is the
    plan) and leaves the stored result as it was.
    """
    progress = progress or Progress.silent()
    with db.session() as session:
        if session.get(Case, case_id) is None:
            raise NotFoundError(f"There is no case with the id '{case_id}'.")
        plan = _latest_plan(session, case_id)
        reports = session.exec(
            select(Document).where(
                Document.case_id == case_id,
                col(Document.kind).in_(REPORT_KINDS),
                col(Document.deleted_at).is_(None),
            )
        ).all()
        plan_info = _checked_source(plan)
        report_info = [
            _checked_source(d)
            for d in sorted(reports, key=lambda d: (d.date or dt.date.min, d.imported_at))
        ]
    from ehcp_appeal.analysis.result import SourceDocument, analyse_documents
    from ehcp_appeal.errors import NotAPlanError

    sources: dict[str, SourceInfo] = {}
    loaded = []
    skipped: list[dict[str, str]] = []
    for number, (doc_id, title, sha, file_type, original) in enumerate([plan_info, *report_info]):
        progress.step(number, len(report_info) + 2, f"Reading {title}")
        name = _unique_name(original or title or doc_id, sources)
        try:
            if number == 0:
                plan_blocks = _read_document(db, doc_id, sha, name, file_type)
                loaded.append(SourceDocument(name, plan_blocks))
            else:
                loaded.append(_report_source(db, doc_id, sha, name, file_type))
        except UnreadableFileError as error:
            if number == 0:
                raise  # without a readable plan there is nothing to check
            skipped.append({"document": name, "document_id": doc_id, "reason": error.message})
            continue
        sources[name] = SourceInfo(doc_id, title, name)
    choices = section_choices(db, plan_info[0])
    try:
        result = analyse_documents(loaded[0], loaded[1:], progress, choices)
    except NotAPlanError as error:
        raise NotAPlanError(error.document, plan_info[0]) from None
    result["skipped"] = skipped
    _attach_sources(result, sources)
    with db.session() as session:
        record = session.get(AnalysisRecord, case_id) or AnalysisRecord(case_id=case_id)
        record.plan_document_id = plan_info[0]
        record.result_json = json.dumps(result, ensure_ascii=False)
        record.created_at = utc_now()
        session.add(record)
    stored = get_case_analysis(db, case_id)
    assert stored is not None  # just written
    return stored


def _checked_source(document: Document) -> tuple[str, str, str, str, str]:
    """(id, title, SHA-256, file type, original name) of a document the check reads; the
    type taken from the file name when the row has none."""
    file_type = document.file_type or document.original_name.rsplit(".", 1)[-1]
    title = document.title or document.original_name
    return document.id, title, document.sha256, file_type, document.original_name


def keep_readings(db: Database, doc_ids: list[str], progress: Progress | None = None) -> int:
    """Read newly imported reports for the plan check now; returns how many were read.

    Run at the end of an import, while its progress is showing anyway, so that pressing
    "Check the plan" only compares. Nothing here may spoil the import it follows: a report
    that cannot be read is left for the check to report, a cancel stops quietly, and a
    reading that fails is simply not kept.
    """
    from ehcp_appeal.errors import AppError, CancelledError

    progress = progress or Progress.silent()
    if db.reading_cache is None:
        return 0
    with db.session() as session:
        reports = [
            _checked_source(d)
            for d in (session.get(Document, doc_id) for doc_id in doc_ids)
            if d is not None and d.kind in REPORT_KINDS and d.deleted_at is None
        ]
    read = 0
    for number, (doc_id, title, sha, file_type, original) in enumerate(reports):
        progress.step(number, len(reports), f"Reading {title} for the plan check")
        try:
            progress.check()
            _report_source(db, doc_id, sha, original or title or doc_id, file_type)
        except CancelledError:
            break
        except AppError:
            continue
        except Exception:
            logger.exception("could not read %s for the plan check", doc_id)
            continue
        read += 1
    return read


def _report_source(
    db: Database, doc_id: str, sha: str, name: str, file_type: str
) -> "SourceDocument":
    """A report with its reading: kept from an earlier check when nothing it rests on changed.

    Reading a report and giving each sentence its role is most of a check's time, and a
    family checks the same reports again and again (a new letter, a corrected heading, a
    changed kind), so each reading is kept (``store.reading_cache``) under a stamp of the
    rules, the original, the name it is shown by and its pages' recognised text.
    """
    from ehcp_appeal.analysis.result import SourceDocument, report_reading
    from ehcp_appeal.analysis.roles import saved_reading

    def read() -> SourceDocument:
        return SourceDocument(name, _read_document(db, doc_id, sha, name, file_type))

    cache = db.reading_cache
    if cache is None:
        return read()  # nothing kept: the check reads it as it goes
    stamp = _reading_stamp(db, doc_id, name)
    if (kept := cache.get(sha, stamp)) is not None:
        try:
            return SourceDocument(name, reading=saved_reading.load(kept))
        except ValueError:
            pass  # damaged, or from a reader of another shape: read it again
    reading = report_reading(read())
    # A full or read-only disk costs the next check time, never this one.
    with contextlib.suppress(OSError):
        cache.put(sha, stamp, saved_reading.dump(reading))
    return SourceDocument(name, reading=reading)


def _reading_stamp(db: Database, doc_id: str, name: str) -> str:
    """What a report's reading rests on, besides the original: rules, name, pages' text."""
    from ehcp_appeal.analysis.version import fingerprint

    digest = hashlib.sha256(f"{fingerprint()}\0{name}".encode())
    with db.session() as session:
        for page_no, ocr, text in session.exec(
            select(Page.page_no, Page.ocr, Page.text)
            .where(Page.document_id == doc_id)
            .order_by(col(Page.page_no))
        ):
            digest.update(f"\0{page_no}:{int(ocr)}:".encode() + text.encode("utf-8"))
    return digest.hexdigest()


def _read_document(db: Database, doc_id: str, sha: str, name: str, file_type: str) -> "list[Block]":
    """The original where its layout can be read; else the text import found (OCR of photos
    and scans), page by page, so a photographed report is still checked."""
    from ehcp_appeal.analysis.reading.reading import SUPPORTED, read_bytes

    if file_type.lower() in SUPPORTED:
        try:
            blocks = read_bytes(db.store.read_bytes(sha), name, file_type)
        except UnreadableFileError:
            if file_type.lower() != "pdf":
                raise
        else:
            if file_type.lower() != "pdf":
                return blocks  # only a PDF has pages scanned into it
            return _with_scanned_pages(db, doc_id, name, blocks)
    from ehcp_appeal.services.evidence import page_texts

    text = "\f".join(_reflow(page) for page in page_texts(db, doc_id))
    return read_bytes(text.encode("utf-8"), name, "txt")


def _with_scanned_pages(
    db: Database, doc_id: str, name: str, blocks: "list[Block]"
) -> "list[Block]":
    """The original's blocks with its scanned pages put back from their recognised text.

    A PDF may mix typed pages with scanned ones (a plan with a scanned appendix, a report
    whose last pages were printed and scanned): the original's text layer holds only the
    typed pages, so the pages import recognised are read from their text, in their place.
    """
    from ehcp_appeal.analysis.reading.reading import read_bytes

    with db.session() as session:
        scanned = session.exec(
            select(Page.page_no, Page.text)
            .where(Page.document_id == doc_id, col(Page.ocr))
            .order_by(col(Page.page_no))
        ).all()
    read_pages = {block.page for block in blocks}
    added: list[Block] = []
    for page_no, text in scanned:
        if page_no in read_pages or not text.strip():
            continue
        try:
            page_blocks = read_bytes(_reflow(text).encode("utf-8"), name, "txt")
        except UnreadableFileError:
            continue
        added += [replace(block, page=page_no) for block in page_blocks]
    if not added:
        return blocks
    return sorted(blocks + added, key=lambda block: block.page)  # stable: order kept in a page


_FULL_LINE = 45
_LIST_MARKER = re.compile(r"^\s*(?:[-•*·]|\(?[a-z0-9]{1,3}[.)])\s")


def _reflow(text: str) -> str:
    """Join the hard line breaks of recognised text back into sentences.

    OCR keeps the printed lines, and on photographs it often adds blank lines inside a
    paragraph, so a sentence arrives cut in pieces. A line is joined to the text before
    unless that text ended a sentence, the line starts a list item, or the break looks
    like a paragraph or heading: a blank line or a short line followed by a capital.
    """
    paragraphs: list[str] = []
    current = previous = ""
    after_blank = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            after_blank = bool(current)
            continue
        open_sentence = bool(current) and not current.endswith((".", ":", ";", "?", "!"))
        continues = (
            open_sentence
            and not _LIST_MARKER.match(line)
            and (line[0].islower() or (not after_blank and len(previous) >= _FULL_LINE))
        )
        if continues:
            current = f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
        previous = line
        after_blank = False
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)  # one paragraph each, as the text reader takes them


def _unique_name(name: str, taken: dict[str, SourceInfo]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate = f"{name} ({number})"
        number += 1
    return candidate


def _attach_sources(result: dict[str, Any], sources: dict[str, SourceInfo]) -> None:
    """Give every item the case document id and title behind its file name."""

    def attach(entry: dict[str, Any]) -> None:
        info = sources.get(entry.get("document", ""))
        if info:
            entry["document_id"] = info.document_id
            entry["document_title"] = info.title

    attach(result["plan"])
    for entry in result["needs"] + result["findings"] + result.get("possible", []):
        attach(entry)


def get_case_analysis(db: Database, case_id: str) -> dict[str, Any] | None:
    """The stored result with the user's decisions applied; None before the first run."""
    with db.session() as session:
        record = session.get(AnalysisRecord, case_id)
        decisions = session.exec(
            select(AnalysisDecision).where(AnalysisDecision.case_id == case_id)
        ).all()
        rows = [
            (
                d.item_key,
                d.status,
                d.edited_text,
                d.linked_text,
                d.linked_section,
                d.user_added,
                d.payload_json,
            )
            for d in decisions
        ]
        stored = record.result_json if record else ""
    if not stored:
        return None
    result: dict[str, Any] = json.loads(stored)
    by_key = {row[0]: row for row in rows}
    for entry in result["needs"]:
        _apply(entry, by_key.get(item_key(entry["kind"], entry["text"])), entry["kind"])
    for entry in result["findings"] + result.get("possible", []):
        _apply(entry, by_key.get(item_key(entry["kind"], entry["text"])), entry["kind"])
    for row in rows:
        if row[5] and row[6]:
            added = json.loads(row[6])
            added.setdefault("status", "added")
            _apply(added, row, "need")
            result["needs"].append(added)
    return result


def _apply(entry: dict[str, Any], row: tuple[Any, ...] | None, kind: str) -> None:
    entry["item_key"] = item_key(kind, entry["text"])
    entry["decision"] = "open"
    if row is None:
        return
    _key, status, edited, linked_text, linked_section, _user_added, _payload = row
    entry["decision"] = status
    if edited:
        entry["edited_text"] = edited
    if linked_section:
        entry["match"] = {
            "section": linked_section,
            "text": linked_text,
            "page": None,
            "score": 1.0,
            "user_linked": True,
        }


def _decision(session: Any, case_id: str, key: str) -> AnalysisDecision:
    row = session.exec(
        select(AnalysisDecision).where(
            AnalysisDecision.case_id == case_id, AnalysisDecision.item_key == key
        )
    ).first()
    return row or AnalysisDecision(case_id=case_id, item_key=key)


def set_decision(
    db: Database, case_id: str, key: str, status: str, edited_text: str | None = None
) -> None:
    """Accept, dismiss or re-open an item, optionally with the user's own wording."""
    if status not in STATUSES:
        raise InvalidInputError(f"Unknown decision '{status}'; use accepted, dismissed or open.")
    with db.session() as session:
        row = _decision(session, case_id, key)
        row.status = status
        if edited_text is not None:
            row.edited_text = edited_text.strip()
        row.updated_at = utc_now()
        session.add(row)


def relink(db: Database, case_id: str, key: str, section: str, text: str) -> None:
    """Point an item at the plan passage the user says covers it (or '' to unlink)."""
    if section and section not in SECTIONS:
        raise InvalidInputError(
            f"'{section}' is not a plan section; use one of {', '.join(SECTIONS)}."
        )
    with db.session() as session:
        row = _decision(session, case_id, key)
        row.linked_section = section
        row.linked_text = text.strip()
        row.updated_at = utc_now()
        session.add(row)


def add_need(db: Database, case_id: str, text: str, area: str = "other") -> str:
    """Record a need the reports do not state but the family knows; returns its item key."""
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        raise InvalidInputError("Please describe the need in a sentence.")
    if area not in AREAS_OF_NEED:
        raise InvalidInputError(f"Unknown area '{area}'; use one of {', '.join(AREAS_OF_NEED)}.")
    key = item_key("need", text)
    payload = {
        "id": f"u{key[-8:]}",
        "kind": "need",
        "text": text,
        "document": None,
        "page": None,
        "area": area,
        "match": None,
        "user_added": True,
    }
    with db.session() as session:
        if session.get(Case, case_id) is None:
            raise NotFoundError(f"There is no case with the id '{case_id}'.")
        row = _decision(session, case_id, key)
        row.user_added = True
        row.payload_json = json.dumps(payload, ensure_ascii=False)
        row.status = row.status or "open"
        row.updated_at = utc_now()
        session.add(row)
    return key
