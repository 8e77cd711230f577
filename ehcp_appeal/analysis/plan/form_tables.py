"""Tables that set a plan out as a form: a section's label beside its content.

Some councils print the whole plan, or each section, as a table whose first cell labels the
row ("B: Special educational needs | ...", "Health provision | ..."). Such a table's rows are
read label first; a table of labelled rows inside a plan read by its headings is content.
"""

from collections import Counter

from ehcp_appeal.analysis.plan.heading_purpose import purpose_heading
from ehcp_appeal.analysis.plan.section_names import recognise
from ehcp_appeal.analysis.reading.blocks import Block

FORM_ROWS = 3
"""Rows headed by a section label from which a table counts as a form of the sections."""
FORM_LABEL_WORDS = 6
"""A form table's label cell is a short label; a longer first cell is content."""
FORM_PURPOSE_WORDS = 12
"""A label that says what its section is for may run longer than a name ("Social care
support under the 1970 Act (section 2)")."""
NAMED_FORM_ROWS = 6
"""Rows labelled by a section's name that make a plan a form (label beside content, in one
table or a table per section), not a table inside one section."""


def form_tables(blocks: list[Block]) -> set[int]:
    """Tables whose rows are headed by section labels ("B: Special educational needs")."""
    rows: Counter[int] = Counter()
    labelled: set[int] = set()
    purposes: Counter[int] = Counter()  # rows whose label says what its section is for
    named = 0
    labelled_b_or_f = False
    for block in blocks:
        cells = [cell for cell in block.cells if cell.strip()] if block.kind == "row" else []
        label = recognise(cells[0].split("\n")[0], hint=True, names=False) if cells else None
        if len(cells) > 1 and label is not None:
            rows[block.table] += 1
            labelled_b_or_f = labelled_b_or_f or label.section in ("B", "F")
        first = cells[0].split("\n")[0] if cells else ""
        if len(cells) == 2 and len(first.split()) <= FORM_LABEL_WORDS:
            labelled.add(block.table)
            named += label is not None or _named_label(cells[0])  # a label is a name too
        if len(cells) == 2 and _purpose_label(first):
            purposes[block.table] += 1
    forms = {table for table, count in rows.items() if count >= FORM_ROWS}
    if labelled_b_or_f or _headed_outside_tables(blocks):
        return forms
    # a plan set out as label cells beside their content ("Needs | ...", "Health provision |
    # ..."), one table or a table per section: many labels name a section; or one table
    # whose row labels say what each section is for ("What Kayden needs help with at school")
    if named >= NAMED_FORM_ROWS:
        forms |= labelled
    return forms | {table for table, count in purposes.items() if count >= NAMED_FORM_ROWS}


def _headed_outside_tables(blocks: list[Block]) -> bool:
    """Whether a heading outside the tables opens Section B or F: then the plan is read by
    its headings, and its tables of labelled rows sit inside its sections."""
    for block in blocks:
        if block.kind == "para" and block.heading_hint:
            found = recognise(block.text, hint=True)
            if found is not None and found.section in ("B", "F"):
                return True
    return False


def _purpose_label(label: str) -> bool:
    """A label of a few words that says what its section is for ("What Kayden needs help
    with at school")."""
    return len(label.split()) <= FORM_PURPOSE_WORDS and purpose_heading(label) is not None


def _named_label(cell: str) -> bool:
    """A short first cell that is a section's name: a form's label, not its content."""
    return recognise(cell.split("\n")[0], hint=True) is not None
