"""Check the bundle the council sent: is each of the family's documents in it, whole?

Since July 2025 the council prepares the hearing bundle. Families find out at the hearing
that a report is missing or half there. This finds every stored document inside the
council's PDF by the text of its pages (scanned pages are read with OCR through the same
sandboxed reader as imports), so a family can write to the tribunal in good time.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.export.bundle.rules import load_rules
from ehcp_appeal.ingest.pipeline import read_document
from ehcp_appeal.ingest.records import DocumentInfo
from ehcp_appeal.progress import Progress
from ehcp_appeal.services.evidence import list_documents, page_texts
from ehcp_appeal.wording import count as wc

SHINGLE = 4  # words per fingerprint: long enough to be distinctive, short enough for OCR slips
MIN_SHINGLES = 6  # a page with less text than this (a blank or a photo) cannot be checked
MATCH = 0.4  # share of a page's fingerprints that must be on one bundle page
WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class CheckedDocument:
    document_id: str
    title: str
    date: str
    status: str  # found, missing, incomplete or unchecked (no readable text to look for)
    bundle_pages: tuple[int, ...]
    pages_found: int
    pages_checked: int
    out_of_order: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "document": self.document_id,
            "title": self.title,
            "status": self.status,
            "bundle_pages": list(self.bundle_pages),
            "date": self.date,
            "pages_found": self.pages_found,
            "pages_checked": self.pages_checked,
            "out_of_order": self.out_of_order,
        }

    @property
    def explanation(self) -> str:
        where = _pages_text(self.bundle_pages)
        if self.status == "found":
            text = f"found on {where}"
        elif self.status == "incomplete":
            text = f"only {self.pages_found} of {wc(self.pages_checked, 'page')} found ({where})"
        elif self.status == "missing":
            text = "not found in the council's bundle"
        else:
            text = "not checked: it has no readable text to look for (check it by eye)"
        if self.out_of_order:
            text += "; out of date order"
        return text


@dataclass(frozen=True)
class BundleCheck:
    bundle_pages: int
    documents: tuple[CheckedDocument, ...]
    unreadable_pages: tuple[int, ...] = ()  # no text even after OCR: looked for by eye

    def problems(self) -> list[CheckedDocument]:
        return [d for d in self.documents if d.status != "found" or d.out_of_order]

    def summary(self) -> str:
        lines = [f"The council's bundle has {wc(self.bundle_pages, 'page')}."]
        if self.unreadable_pages:
            lines.append(
                f"{len(self.unreadable_pages)} of its pages have no readable text (blank, "
                "or scans that could not be read): a document on them may show as missing, "
                f"so look at {_pages_text(self.unreadable_pages)} yourself."
            )
        for doc in self.documents:
            lines.append(f"- {doc.title} ({doc.date}): {doc.explanation}")
        problems = self.problems()
        if problems:
            lines.append(
                f"{len(problems)} document(s) need attention: write to the council and the "
                "tribunal before the hearing, listing them."
            )
        else:
            lines.append("Every document was found, complete and in date order.")
        return "\n".join(lines)


def _pages_text(pages: Sequence[int]) -> str:
    if not pages:
        return "no page"
    runs: list[str] = []
    start = previous = pages[0]
    for page in [*pages[1:], None]:
        if page is not None and page == previous + 1:
            previous = page
            continue
        runs.append(str(start) if start == previous else f"{start}-{previous}")
        if page is not None:
            start = previous = page
    return ("page " if len(pages) == 1 else "pages ") + ", ".join(runs)


def fingerprints(text: str) -> set[int]:
    words = WORD.findall(text.casefold())
    return {hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def read_bundle(path: Path, progress: Progress) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFileError(f"{path.name} could not be read ({error.strerror}).") from None
    if path.suffix.lower() != ".pdf":
        raise UnreadableFileError(f"{path.name}: the council's bundle must be a PDF.")
    progress.step(0, 1, f"Reading {path.name} (scanned pages take a few seconds each)")
    return list(read_document(path.name, data, cancel=progress.token).extraction.pages)


def check_council_bundle(
    db: Database, case_id: str, bundle: Path, progress: Progress | None = None
) -> BundleCheck:
    progress = progress or Progress.silent()
    pages = read_bundle(bundle, progress)
    index: dict[int, set[int]] = defaultdict(set)
    for number, text in enumerate(pages, start=1):
        for mark in fingerprints(text):
            index[mark].add(number)
    documents = [d for d in list_documents(db, case_id) if d.in_bundle]
    checked = []
    for done, document in enumerate(documents):
        progress.step(done, len(documents), f"Looking for {document.title}")
        checked.append(_find(db, document, index))
    unreadable = tuple(n for n, text in enumerate(pages, start=1) if len(text.split()) < 3)
    return BundleCheck(len(pages), tuple(_mark_order(checked, documents)), unreadable)


def _find(db: Database, document: DocumentInfo, index: dict[int, set[int]]) -> CheckedDocument:
    found_pages: list[int] = []
    checked = found = 0
    for text in page_texts(db, document.id):
        marks = fingerprints(text)
        if len(marks) < MIN_SHINGLES:
            continue
        checked += 1
        votes: Counter[int] = Counter()
        for mark in marks:
            votes.update(index.get(mark, ()))
        if votes:
            best, count = votes.most_common(1)[0]
            if count >= MATCH * len(marks):
                found += 1
                found_pages.append(best)
    if checked == 0:
        status = "unchecked"
    elif found == checked:
        status = "found"
    else:
        status = "missing" if found == 0 else "incomplete"
    return CheckedDocument(
        document_id=document.id,
        title=document.title,
        date=document.date.strftime("%d/%m/%Y") if document.date else "undated",
        status=status,
        bundle_pages=tuple(sorted(set(found_pages))),
        pages_found=found,
        pages_checked=checked,
    )


def _mark_order(
    checked: list[CheckedDocument], documents: list[DocumentInfo]
) -> list[CheckedDocument]:
    """Flag a dated document that sits before an older one of the same bundle section.

    Sections are the app's own defaults (the council's may differ slightly), and the plan,
    which leads its section, is left out of the comparison.
    """
    rules = load_rules()
    info = {d.id: d for d in documents}
    by_section: dict[str, list[CheckedDocument]] = defaultdict(list)
    for doc in checked:
        source = info[doc.document_id]
        if doc.bundle_pages and source.date and source.parent_id is None:
            rule = rules.section(rules.default_section(source.kind, source.direction))
            if not rule.leading_kinds or source.kind not in rule.leading_kinds:
                by_section[rule.id].append(doc)
    late: set[str] = set()
    for docs in by_section.values():
        docs.sort(key=lambda d: d.bundle_pages[0])
        for earlier, later in pairwise(docs):
            if info[earlier.document_id].date > info[later.document_id].date:  # type: ignore[operator]
                late.add(earlier.document_id)
    return [
        CheckedDocument(**{**doc.__dict__, "out_of_order": doc.document_id in late})
        for doc in checked
    ]
