"""The deadlines timeline: recorded dates and the deadlines that follow, as table rows."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle

from ehcp_appeal.rules.calendar import format_date
from ehcp_appeal.rules.status import DeadlineStatus
from ehcp_appeal.services import deadlines as service
from ui.models.rows_model import Index, RowsTableModel

_WHO = {"council": "Council", "family": "You", "tribunal": "Tribunal"}
ICONS = {
    "met": QStyle.StandardPixmap.SP_DialogApplyButton,
    "done": QStyle.StandardPixmap.SP_DialogApplyButton,
    "late": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "overdue": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "passed": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "due": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "recorded": QStyle.StandardPixmap.SP_FileIcon,
}


@dataclass(frozen=True)
class TimelineRow:
    """A recorded date or a deadline, as one line of the timeline."""

    date: dt.date
    title: str
    who: str
    status: str
    status_text: str
    working: str
    status_item: DeadlineStatus | None = None


def timeline_rows(overview: service.DeadlineOverview) -> list[TimelineRow]:
    rows = [
        TimelineRow(k.date, k.label, "Recorded", "recorded", "Recorded", k.note)
        for k in overview.key_dates
    ]
    for status in overview.statuses:
        text = status.label
        if status.status == "due":
            text += " today" if status.days_left == 0 else f" in {status.days_left} days"
        if status.exception is not None:
            text += " (exception claimed)"
        working = f"{status.deadline.rule}\nSource: {status.deadline.source}"
        if status.exception is not None:
            working += f"\n{status.exception.describe()}"
        rows.append(
            TimelineRow(
                status.date,
                status.title,
                _WHO.get(status.party, status.party),
                status.status,
                text,
                working,
                status,
            )
        )
    return sorted(rows, key=lambda r: (r.date, r.status_item is not None))


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
        return None
