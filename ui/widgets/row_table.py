"""The read-only, one-row-at-a-time table every list in the window uses."""

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def row_table(
    model: QAbstractItemModel, accessible_name: str, parent: QWidget | None = None
) -> QTableView:
    """A table over ``model`` where Enter or a double-click activates the chosen row."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move within it
    return table


def size_columns(table: QTableView, widths: dict[int, int], stretch: tuple[int, ...] = ()) -> None:
    """Start columns at widths that fit their usual content; the user can still drag them."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(50)
    for section, width in widths.items():
        header.resizeSection(section, width)
    for section in stretch:
        header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
