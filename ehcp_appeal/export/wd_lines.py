"""A plan section's lines as the working document prints them.

The plan check keeps a table row as ``cell | cell | cell``. The working document prints
each row as one paragraph that keeps every cell, with the column heading before each
value ("... (Delivered by: School staff; How often: Weekly)"), so nothing of the
council's wording or order is lost and a row can be struck out or replaced whole.
"""

import re
from collections.abc import Iterable


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|")]


def _is_header_row(cells: list[str]) -> bool:
    return all(
        len(cell.split()) <= 6 and not re.search(r"\d", cell) and not cell.endswith(".")
        for cell in cells
    )


def _is_heading(line: str) -> bool:
    return "|" not in line and len(line) < 70 and not line.rstrip().endswith((".", ":", ";", '"'))


def display_paragraphs(lines: Iterable[str]) -> list[tuple[str, str, bool]]:
    """(raw line, text as printed, is a heading) for each line of a section's wording."""
    out: list[tuple[str, str, bool]] = []
    header: list[str] = []
    for raw in lines:
        line = re.sub(r"\s+", " ", raw).strip()
        if not line:
            continue
        if "|" not in line:
            out.append((line, line, _is_heading(line)))
            continue
        cells = _cells(line)
        if _is_header_row(cells):
            header = cells
            continue
        if len(header) == len(cells):
            details = "; ".join(
                f"{name}: {value}"
                for name, value in zip(header[1:], cells[1:], strict=True)
                if value
            )
            text = f"{cells[0]} ({details})" if details else cells[0]
        else:
            text = "; ".join(cell for cell in cells if cell)
        out.append((line, text, False))
    return out
