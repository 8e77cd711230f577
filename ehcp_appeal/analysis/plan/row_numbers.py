"""A plan table whose first column only numbers its rows ("No. | Section | Detail").

Some councils print the whole plan as one table: a row number, the section's name, then
its content. The reader finds a section by the label that opens a row, so the number
column would hide every label; it is set aside, in every row of the table alike, so that
the columns stay aligned. Two-cell rows ("B3. | paragraph") are numbered paragraphs and
are read as such when the file is read (``blocks.unwrap_numbered_row``).
"""

import re
from dataclasses import replace

from ehcp_appeal.analysis.reading.blocks import Block

_ROW_NUMBER = re.compile(r"\d{1,2}[.)]?")
NUMBERED_ROWS = 3
"""Rows numbered in the first column from which a table's numbers are set aside."""


def drop_row_numbers(blocks: list[Block]) -> list[Block]:
    """The blocks with the number column of any table that only numbers its rows removed."""
    rows: dict[int, list[Block]] = {}
    for block in blocks:
        if block.kind == "row" and block.cells:
            rows.setdefault(block.table, []).append(block)
    numbered = {table for table, table_rows in rows.items() if _numbers_its_rows(table_rows)}
    if not numbered:
        return blocks
    return [
        _without_number(block) if block.kind == "row" and block.table in numbered else block
        for block in blocks
    ]


def _numbers_its_rows(rows: list[Block]) -> bool:
    """Every row but a header numbered in its first cell, with at least two cells beside."""
    firsts = [row.cells[0].strip() for row in rows]
    numbered = sum(bool(_ROW_NUMBER.fullmatch(first)) for first in firsts)
    return (
        numbered >= NUMBERED_ROWS
        and numbered >= len(rows) - 1
        and all(len(row.cells) >= 3 for row in rows)
    )


def _without_number(block: Block) -> Block:
    cells = block.cells[1:]
    return replace(block, cells=cells, text=" | ".join(cell for cell in cells if cell.strip()))
