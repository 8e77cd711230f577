"""The case chronology as a Word table: date, document, from/to, summary and page."""

import io
from pathlib import Path

from ehcp_appeal.db.database import Database
from ehcp_appeal.domain import DOCUMENT_KINDS
from ehcp_appeal.export.ics import write_atomically
from ehcp_appeal.services import audit
from ehcp_appeal.services.cases import get_case
from ehcp_appeal.services.evidence import ChronologyEntry, chronology

HEADINGS = ("Date", "Document", "From / to", "Summary", "Page")


def _page(entry: ChronologyEntry, page_refs: dict[str, str] | None) -> str:
    if page_refs and entry.document_id in page_refs:
        return page_refs[entry.document_id]
    return "1" if entry.pages <= 1 else f"1–{entry.pages}"


def write_chronology(
    db: Database, case_id: str, out: Path, page_refs: dict[str, str] | None = None
) -> int:
    """Write the chronology and return how many documents it lists.

    ``page_refs`` maps document ids to bundle page references once a bundle exists; until
    then each row gives the document's own pages.
    """
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt

    case = get_case(db, case_id)
    entries = chronology(db, case_id)
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.add_heading(f"Chronology: {case.name}", level=1)
    if case.child_name:
        document.add_paragraph(f"Child or young person: {case.child_name}")
    table = document.add_table(rows=1, cols=len(HEADINGS))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, HEADINGS, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(heading).bold = True
    for entry in entries:
        kind = DOCUMENT_KINDS.get(entry.kind, entry.kind)
        summary = entry.subject or (f"{kind} by {entry.author}" if entry.author else kind)
        values = (
            entry.date.strftime("%d/%m/%Y") if entry.date else "Undated",
            entry.title,
            entry.from_to,
            summary,
            _page(entry, page_refs),
        )
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(10)
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomically(out, buffer.getvalue())
    audit.record(db, "exported", case_id, "chronology")
    return len(entries)
