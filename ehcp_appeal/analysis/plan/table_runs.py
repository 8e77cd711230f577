"""Rewriting a plan's tables whole, before its headings are looked for.

Some layouts reach the plan reader as tables that are not tables: a form's margin labels
beside the text, an amended plan's change notes in a column of their own. Each such
rewrite looks at one table's run of rows at a time, never part of one, and leaves every
other block as it is (or lets the caller tidy it).
"""

from collections.abc import Callable

from ehcp_appeal.analysis.reading.blocks import Block

Rewrite = Callable[[list[Block]], list[Block] | None]
"""A table's rows in, the blocks that replace them out, or None to keep the rows."""


def rewrite_tables(
    blocks: list[Block],
    rewrite: Rewrite,
    in_run: Callable[[Block], bool] = lambda block: block.kind == "row",
    other: Callable[[Block], Block] = lambda block: block,
) -> list[Block]:
    """The blocks, with each run of rows of one table (``in_run``) passed to ``rewrite``
    and every block outside such runs passed to ``other``."""
    result: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        end = index
        while end < len(blocks) and in_run(blocks[end]) and blocks[end].table == block.table:
            end += 1
        if end == index:
            result.append(other(block))
            index += 1
            continue
        rows = blocks[index:end]
        replaced = rewrite(rows)
        result.extend(rows if replaced is None else replaced)
        index = end
    return result
