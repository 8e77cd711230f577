"""Rules that let every page fit a small window, applied once to the whole window."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

COMBO_CHARACTERS = 14


def let_fields_shrink(root: QWidget) -> None:
    """Choice fields size to a few words, not to their longest choice.

    A combo box is as wide as its longest entry by default (a rule title of sixty
    characters), which alone makes a row wider than a small laptop screen. The list that
    opens still shows every entry in full.
    """
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
        # Qt keeps the minimum it measured from the entries until the style changes.
        QApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))
