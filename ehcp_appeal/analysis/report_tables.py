"""Tables in reports: which rows are recommendations, and which cell of a row to quote.

A therapy plan or provision table (Target | Approach | Frequency | By whom) is advice
by its columns, whatever heading it stands under: a column naming the provision
beside a column for how often or by whom. Each row is one recommendation, quoted
from its provision cell and compared with its other cells. Any other table yields
items only under a recommendations heading, one per row, from its longest cell.
"""

import re

from ehcp_appeal.analysis.blocks import Block

_PROVISION = re.compile(
    r"^(?:approach|provision|intervention|support|strateg|recommend|action|what|advice|"
    r"programme|therapy|activity|method)",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"frequency|how often|how long|duration|by whom|who|staff|delivered|when|dose|amount",
    re.IGNORECASE,
)


def _header(cells: tuple[str, ...]) -> tuple[int, bool] | None:
    """(provision column, has an amount column) when the row reads as column titles."""
    filled = [cell.strip() for cell in cells]
    if sum(bool(cell) for cell in filled) < 2:
        return None
    if any(len(cell.split()) > 5 or cell.endswith(".") for cell in filled):
        return None
    provision = next((i for i, cell in enumerate(filled) if _PROVISION.match(cell)), None)
    if provision is None:
        return None
    amount = any(_AMOUNT.search(cell) for i, cell in enumerate(filled) if i != provision)
    return provision, amount


class TableReader:
    """Remembers each table's header row while a report's blocks are read in order."""

    def __init__(self) -> None:
        self._table = -2
        self._column: int | None = None

    def items(self, block: Block, category: str | None) -> tuple[list[str], bool]:
        """(texts to classify, whether the row is advice by its table's columns)."""
        if block.table != self._table:
            self._table = block.table
            header = _header(block.cells)
            self._column = header[0] if header and header[1] else None
            if header is not None:
                return [], False
        if category == "in_place":
            return [], False
        cells = [cell for cell in block.cells if cell.strip()]
        if self._column is not None and self._column < len(block.cells):
            cell = block.cells[self._column].strip()
            return ([cell] if cell else []), True
        if category != "recommendations" or not cells:
            return [], False
        return [max(cells, key=len)], False
