"""Importing the council's own Word working document.

The council often sends its Word copy of the plan already marked up: its changes in
italic (struck through for deletions), perhaps some agreed (underlined) or the
family's earlier proposals (bold). Importing it makes the council's wording the base
the family marks up, keeps the council's changes as the council's, and records any
bold or underlined changes as the parent's or agreed ones. A change the parent has
proposed word for word the same as the council's is then shown once, underlined.

The file comes from outside: it is size-checked and read inside a guard so a damaged
one gives a plain message and changes nothing stored.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import select

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Amendment, PlanWording, utc_now
from ehcp_appeal.errors import UnreadableFileError
from ehcp_appeal.services import amendments
from ehcp_appeal.services.amendment_proposals import Evidence, fold
from ehcp_appeal.services.cases import get_case

MAX_BYTES = 30 * 1024 * 1024
_SECTION = re.compile(
    r"^\s*(?:section\s+(?P<a>[A-K]|H[12])\b|(?P<b>[A-K]|H[12])\s*[:.\-\u2013\u2014]\s+\S)", re.I
)
_TITLE_PREFIX = re.compile(r"^\s*(?:section\s+)?[A-K]\s*[:.\-\u2013\u2014]?\s*", re.I)


@dataclass(frozen=True)
class StyledText:
    text: str
    style: str  # as in wd_markup.STYLES
    footnote: str = ""


@dataclass(frozen=True)
class Change:
    section: str
    party: str
    action: str
    original_text: str
    proposed_text: str
    footnote: str = ""


@dataclass
class ParsedDocument:
    """The council's wording of B, F and I and every styled change found in it."""

    wording: dict[str, dict[str, Any]] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)


@dataclass(frozen=True)
class ImportSummary:
    sections: tuple[str, ...]
    council: int
    parent: int
    agreed: int


def _style(bold: bool, italic: bool, underline: bool, strike: bool) -> str:
    if underline:
        return "agreed_del" if strike else "agreed_add"
    if bold:
        return "parent_del" if strike else "parent_add"
    if italic or strike:
        return "council_del" if strike else "council_add"
    return "original"


def _runs_of(paragraph: Any, notes: dict[int, str]) -> list[StyledText]:
    from docx.oxml.ns import qn

    out: list[StyledText] = []
    for run in paragraph.runs:
        reference = run._r.find(qn("w:footnoteReference"))
        if reference is not None and out:
            last = out[-1]
            note = notes.get(int(reference.get(qn("w:id"))), "")
            out[-1] = StyledText(last.text, last.style, note)
            continue
        if not run.text:
            continue
        style = _style(bool(run.bold), bool(run.italic), bool(run.underline), bool(run.font.strike))
        if out and out[-1].style == style and not out[-1].footnote:
            out[-1] = StyledText(out[-1].text + run.text, style)
        else:
            out.append(StyledText(run.text, style))
    return out


def _blocks(document: Any) -> list[list[StyledText]]:
    """Body paragraphs and table rows in order; a row's cells joined by " | "."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from ehcp_appeal.export.docx_footnotes import footnote_texts

    notes = footnote_texts(document)
    blocks: list[list[StyledText]] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.append(_runs_of(item, notes))
        elif isinstance(item, Table):
            for row in item.rows:
                line: list[StyledText] = []
                for number, cell in enumerate(row.cells):
                    if number:
                        line.append(StyledText(" | ", "original"))
                    for paragraph in cell.paragraphs:
                        line.extend(_runs_of(paragraph, notes))
                blocks.append(line)
    return blocks


def _party(style: str) -> str:
    return style.split("_")[0]


def _changes_in(section: str, runs: list[StyledText], previous: str) -> list[Change]:
    """The changes one paragraph makes; a deletion followed by an addition of the same
    party is one replacement, and an addition follows the original text before it."""
    changes: list[Change] = []
    anchor = "".join(r.text for r in runs if r.style == "original" or r.style.endswith("_del"))
    anchor = anchor.strip() or previous
    preceding = ""
    index = 0
    meaningful = [r for r in runs if r.text.strip()]
    while index < len(meaningful):
        run = meaningful[index]
        if run.style == "original":
            preceding = run.text.strip() or preceding
        elif run.style.endswith("_del"):
            following = meaningful[index + 1] if index + 1 < len(meaningful) else None
            party = _party(run.style)
            if following and following.style == f"{party}_add":
                changes.append(
                    Change(
                        section,
                        party,
                        "replace",
                        run.text.strip(),
                        following.text.strip(),
                        following.footnote or run.footnote,
                    )
                )
                index += 1
            else:
                changes.append(Change(section, party, "delete", run.text.strip(), "", run.footnote))
            preceding = run.text.strip()
        elif run.style.endswith("_add"):
            place = preceding if preceding and fold(preceding) != fold(anchor) else anchor
            if not any(r.style == "original" or r.style.endswith("_del") for r in runs):
                place = previous  # a whole new paragraph follows the one before it
            changes.append(
                Change(section, _party(run.style), "add", place, run.text.strip(), run.footnote)
            )
        index += 1
    return changes


def parse_council_document(path: Path) -> ParsedDocument:
    """Read the council's Word working document; raises UnreadableFileError if it cannot."""
    try:
        size = path.stat().st_size
    except OSError:
        raise UnreadableFileError(f"{path}: the file does not exist.") from None
    if size > MAX_BYTES:
        raise UnreadableFileError(f"{path.name} is too large to be a working document.")
    try:
        import docx

        document = docx.Document(str(path))
        blocks = _blocks(document)
    except Exception:  # any damage in an outside file is the same problem for the user
        raise UnreadableFileError(
            f"{path.name} could not be read as a Word document (.docx); "
            "ask the council for the Word copy of its working document."
        ) from None
    parsed = ParsedDocument()
    current: str | None = None
    previous = ""
    for runs in blocks:
        text = "".join(r.text for r in runs).strip()
        heading = _SECTION.match(text) if len(text) < 120 else None
        if heading:
            letter = (heading.group("a") or heading.group("b")).upper()
            current = letter if letter in amendments.SECTIONS else None
            if current:
                title = _TITLE_PREFIX.sub("", text, count=1)
                parsed.wording[current] = {"title": title or text, "lines": []}
            previous = ""
            continue
        if current is None or not text:
            continue
        original = "".join(
            r.text for r in runs if r.style == "original" or r.style.endswith("_del")
        ).strip()
        parsed.changes.extend(_changes_in(current, runs, previous))
        if original:
            parsed.wording[current]["lines"].append(original)
            previous = original
    if not parsed.wording:
        raise UnreadableFileError(
            f"{path.name} has no Section B, F or I headings, so it does not look like a "
            "working document; check it is the council's Word copy of the plan."
        )
    return parsed


def import_council_document(db: Database, case_id: str, path: Path) -> ImportSummary:
    """Make the council's document the base wording, replacing any earlier import's
    council changes; the parent's own amendments are kept and never duplicated."""
    get_case(db, case_id)
    parsed = parse_council_document(path)
    existing = amendments.list_amendments(db, case_id)
    with db.session() as session:
        for row in session.exec(
            select(Amendment).where(Amendment.case_id == case_id, Amendment.party == "council")
        ).all():
            session.delete(row)
        record = session.get(PlanWording, case_id) or PlanWording(case_id=case_id)
        record.source_name = path.name[:300]
        record.sections_json = json.dumps(parsed.wording, ensure_ascii=False)
        record.imported_at = utc_now()
        session.add(record)
    known = {
        (a.section, a.party, a.action, fold(a.original_text), fold(a.proposed_text))
        for a in existing
        if a.party != "council"
    }
    counts = {"council": 0, "parent": 0, "agreed": 0}
    for change in parsed.changes:
        key = (change.section, change.party, change.action, fold(change.original_text),
               fold(change.proposed_text))  # fmt: skip
        if change.party != "council" and key in known:
            continue
        amendments.add_amendment(
            db,
            case_id,
            change.section,
            change.action,
            original_text=change.original_text,
            proposed_text=change.proposed_text,
            party=change.party,
            evidence=Evidence(note=change.footnote),
        )
        counts[change.party] += 1
    return ImportSummary(
        tuple(parsed.wording), counts["council"], counts["parent"], counts["agreed"]
    )
