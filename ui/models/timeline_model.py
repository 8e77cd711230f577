"""The deadlines timeline: recorded dates and the deadlines that follow, as table rows.

The order and the folding of past lines are decided in the core (``services.timeline``);
this model only shows the lines it is given.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QStyle

from ehcp_appeal.rules.calendar import format_date
from ehcp_appeal.services.timeline import TimelineEntry
from ui.models.rows_model import Index, RowsTableModel

ICONS = {
    "met": QStyle.StandardPixmap.SP_DialogApplyButton,
    "done": QStyle.StandardPixmap.SP_DialogApplyButton,
    "undated": QStyle.StandardPixmap.SP_DialogApplyButton,
    "late": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "overdue": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "passed": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "due": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "not_applicable": QStyle.StandardPixmap.SP_MediaSkipForward,  # skipped, not failed
    "recorded": QStyle.StandardPixmap.SP_FileIcon,
}

TimelineRow = TimelineEntry
PAST_TEXT = QColor("#5f5f5a")  # 6.4:1 on white, still readable


class TimelineModel(RowsTableModel[TimelineRow]):
    """Holds rows the page gives it; never queries the database."""

    HEADERS = ("Date", "What", "Who", "Status")

    def __init__(self, icon_for: Callable[[str], QIcon]) -> None:
        super().__init__()
        self._icon_for = icon_for

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (format_date(row.date, weekday=True), row.title, row.who, row.status_text)[
                column
            ]
        if role == Qt.ItemDataRole.DecorationRole and column == 3:
            return self._icon_for(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.working or None
        if role == Qt.ItemDataRole.ForegroundRole and row.past:
            return PAST_TEXT  # past lines recede; their status words still say what happened
        return None
