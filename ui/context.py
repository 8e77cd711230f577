"""What every page needs, passed down instead of globals: the database and the task runner."""

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ehcp_appeal.db.database import Database
from ui.tasks import TaskRunner


class AppEvents(QObject):
    """App-wide notifications so pages refresh without knowing about each other."""

    case_saved = Signal(str)
    case_selected = Signal(str)
    documents_changed = Signal(str)
    key_dates_changed = Signal(str)
    analysis_changed = Signal(str)


@dataclass
class AppContext:
    db: Database
    runner: TaskRunner
    events: AppEvents
