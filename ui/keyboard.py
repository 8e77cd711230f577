"""Keyboard rules for the whole window, applied once to every page.

Qt's tables take the Tab key for moving from cell to cell, which traps a keyboard user
inside the first table they reach. In this window Tab always moves between controls and
the arrow keys move within a table or list.
"""

from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit, QWidget


def tab_between_controls(root: QWidget) -> None:
    """Give Tab back to the focus chain in every list, table, tree and text box under ``root``.

    A text box would otherwise type a tab character; a parent's notes need no tabs.
    """
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for box in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        box.setTabChangesFocus(True)
