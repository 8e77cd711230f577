"""Section labels in a narrow left margin beside their text, as on a form.

A PDF laid out like a form puts "Section B: Special educational needs" in a narrow left
column, wrapped over two or three lines, with the section's text beside it. Read line
by line this looks like a table whose rows pair a fragment of the label ("educational
needs") with a fragment of the text, so the label is never whole and sentences are cut
at every line. When a table's left cells join up into section labels, the rows under
each label are that section: its label becomes a heading block and the text beside it
one paragraph again.
"""

from dataclasses import replace

from ehcp_appeal.analysis.plan.section_names import labelled_heading
from ehcp_appeal.analysis.plan.table_runs import rewrite_tables
from ehcp_appeal.analysis.reading.blocks import Block

MIN_LABELS = 2
"""Labels a table needs before it is taken for a margin layout rather than a table."""


def merge_margin_labels(blocks: list[Block]) -> list[Block]:
    """The blocks, with each margin-labelled table rewritten as headings and paragraphs."""
    return rewrite_tables(blocks, _rewritten_table, in_run=_two_cells)


def _rewritten_table(rows: list[Block]) -> list[Block] | None:
    groups = _groups(rows)
    if len(groups) < MIN_LABELS:
        return None
    return [block for group in groups for block in _rewritten(group)]


def _two_cells(block: Block) -> bool:
    return block.kind == "row" and len(block.cells) == 2


def _starts_label(cell: str) -> bool:
    """A left cell that opens a label by letter or number ("Section F: Special"); a
    section's name alone ("Outcomes") may be the second line of the label above it."""
    return labelled_heading(cell.split("\n")[0]) is not None


def _groups(rows: list[Block]) -> list[list[Block]]:
    """The rows under each label, or [] when the left cells are not all labels and their
    continuations."""
    if not rows or not _starts_label(rows[0].cells[0]):
        return []
    groups: list[list[Block]] = []
    for row in rows:
        if _starts_label(row.cells[0]):
            groups.append([row])
        else:
            groups[-1].append(row)
    for group in groups:
        label = " ".join(row.cells[0].strip() for row in group if row.cells[0].strip())
        if labelled_heading(label) is None:
            return []
    return groups


def _rewritten(group: list[Block]) -> list[Block]:
    first = group[0]
    label = " ".join(row.cells[0].strip() for row in group if row.cells[0].strip())
    body = " ".join(row.cells[1].strip() for row in group if row.cells[1].strip())
    heading = Block(text=label, page=first.page, heading_hint=True)
    if not body:
        return [heading]
    return [heading, replace(Block(text=body, page=first.page), style=first.style)]
