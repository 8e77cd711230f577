"""Tables that list the plan's sections one after another, before the sections themselves.

A plan amended at a review often opens with a table of what changed, one row a section
("B | Updated to include the outreach service's findings"), and some plans open with a
summary table in the same shape. Their first cells are section letters, so each row
would otherwise open its section and the section's real heading further on would find
it taken. Such a table is told apart by two things together: its lettered rows follow
one another with nothing between them (a plan set out as one table puts the section's
text in rows between its letters), and every section it names is headed again
elsewhere in the plan.
"""

from ehcp_appeal.analysis.plan.heading_scan import Decision
from ehcp_appeal.analysis.plan.section_names import HeadingMatch, recognise
from ehcp_appeal.analysis.reading.blocks import Block

REGISTER_ROWS = 3
"""Lettered rows in a row from which a table may be a register of the sections."""


def section_registers(blocks: list[Block], decisions: list[Decision]) -> set[int]:
    """The indices of rows that list sections rather than open them."""
    runs = _lettered_runs(blocks)
    if not runs:
        return set()
    in_runs = {index for run in runs for index, _ in run}
    elsewhere = {d.section for d in decisions if isinstance(d, HeadingMatch)}
    for index, block in enumerate(blocks):
        if block.kind == "row" and index not in in_runs and (found := _first_cell(block)):
            elsewhere.add(found.section)
    return {
        index for run in runs if all(section in elsewhere for _, section in run) for index, _ in run
    }


def _lettered_runs(blocks: list[Block]) -> list[list[tuple[int, str]]]:
    """Runs of adjacent rows of one table, each led by a cell naming a section."""
    runs: list[list[tuple[int, str]]] = []
    run: list[tuple[int, str]] = []
    for index, block in enumerate(blocks):
        found = _first_cell(block) if block.kind == "row" and len(_filled(block)) > 1 else None
        if found is None:
            if len(run) >= REGISTER_ROWS:
                runs.append(run)
            run = []
            continue
        if run and (run[-1][0] != index - 1 or blocks[run[-1][0]].table != block.table):
            if len(run) >= REGISTER_ROWS:
                runs.append(run)
            run = []
        run.append((index, found.section))
    if len(run) >= REGISTER_ROWS:
        runs.append(run)
    return runs


def _filled(block: Block) -> list[str]:
    return [cell for cell in block.cells if cell.strip()]


def _first_cell(block: Block) -> HeadingMatch | None:
    cells = _filled(block)
    return recognise(cells[0].split("\n")[0], hint=True, names=len(cells) == 1) if cells else None
