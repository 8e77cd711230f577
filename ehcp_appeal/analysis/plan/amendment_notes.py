"""An amended plan's change notes, set in a column beside the text they mark.

After an annual review some councils reissue the plan with "Amended 12.11.2026" beside
each changed paragraph, in a narrow column of its own. Read line by line, such a page
looks like a two-column table: every line of the plan's text becomes a row beside a
note or an empty cell, headings included, and each sentence is cut at every line. When
the right-hand cells of a table hold nothing but such notes, the notes are dropped and
the left-hand lines are joined back into the paragraphs and headings they were.
"""

import re
from dataclasses import replace

from ehcp_appeal.analysis.plan.section_names import labelled_heading
from ehcp_appeal.analysis.plan.table_runs import rewrite_tables
from ehcp_appeal.analysis.reading.blocks import Block

_NOTE = re.compile(
    r"^(?:amended|added|updated|changed|new|deleted|removed|revised)\b[^|]{0,60}\d",
    re.IGNORECASE,
)
_INLINE_NOTE = re.compile(
    r"\s*\b(?:amended|updated|revised) \d{1,2}[./]\d{1,2}[./]\d{2,4}(?: \([^)]{0,40}\))?(?=\s|$)",
    re.IGNORECASE,
)
"""A change note that text extraction ran into a line of the paragraph beside it."""
_SENTENCE_END = re.compile(r"[.:;!?)]\s*$")
MIN_NOTES = 2
"""Notes a table needs before its right-hand column is taken for change notes."""


def drop_amendment_notes(blocks: list[Block]) -> list[Block]:
    """The blocks, with each table of text-and-change-note rows read as plain text."""
    return rewrite_tables(
        blocks, lambda rows: _as_text(rows) if _noted(rows) else None, other=_without_note
    )


def _without_note(block: Block) -> Block:
    text = _INLINE_NOTE.sub("", block.text)
    return block if text == block.text else replace(block, text=text)


def _noted(rows: list[Block]) -> bool:
    if any(len(row.cells) != 2 for row in rows):
        return False
    notes = [row.cells[1].strip() for row in rows if row.cells[1].strip()]
    return len(notes) >= MIN_NOTES and all(_NOTE.match(note) for note in notes)


def _as_text(rows: list[Block]) -> list[Block]:
    """Left-hand lines joined into paragraphs; a line that is a section heading stands alone."""
    out: list[Block] = []
    open_paragraph = False
    for row in rows:
        line = row.cells[0].strip()
        if not line:
            continue
        if labelled_heading(line) is not None:
            out.append(Block(text=line, page=row.page, heading_hint=True))
            open_paragraph = False
        elif open_paragraph:
            out[-1] = replace(out[-1], text=f"{out[-1].text} {line}")
        else:
            out.append(Block(text=line, page=row.page))
            open_paragraph = True
        if open_paragraph and _SENTENCE_END.search(line):
            open_paragraph = False
    return out
