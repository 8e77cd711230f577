"""The deadlines page: a case's key dates, the council's duties and the family's deadlines.

A timeline (table) of every recorded date and every deadline that follows from them, the next
thing to do first and past lines folded away, each status shown by words and an icon (never
colour alone); a date picker to record or remove a date, which asks before replacing a date
already recorded, with undo and a history of every change; the exception the council claims
for a duty; a calendar export; and a letter chasing an overdue duty. Database and file work
runs on the context's task runner.
"""

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.export.ics import build_calendar, write_calendar
from ehcp_appeal.export.letters import write_letter
from ehcp_appeal.progress import Progress
from ehcp_appeal.rules.calendar import format_date
from ehcp_appeal.rules.deadline_rules import load_rules
from ehcp_appeal.rules.status import OVERDUE, DeadlineStatus
from ehcp_appeal.services import cases
from ehcp_appeal.services import deadlines as service
from ehcp_appeal.services.timeline import next_step, timeline
from ui.context import AppContext
from ui.dialogs.key_date_dialogs import REPLACE, KeyDateHistoryDialog, ask_date_change
from ui.models.timeline_model import ICONS, TimelineModel, TimelineRow
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.page_header import PageHeader


class DeadlinesPage(QWidget):
    """One case's timeline of dates and deadlines, with the actions that follow from them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.case_id: str | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        self._overview: service.DeadlineOverview | None = None
        self._rows: list[TimelineRow] = []
        self.history_dialog: KeyDateHistoryDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(
            PageHeader(
                "Deadlines",
                "What the council must do and by when, and the date your appeal must reach "
                "the tribunal. Record the dates of letters and meetings; the deadlines follow. "
                "Not legal advice: check important dates with an adviser.",
            )
        )
        layout.addLayout(self._date_bar())
        next_bar = FlowLayout()
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setStyleSheet("font-weight: 600;")
        self.next_label.setAccessibleName("What comes next")
        self.show_past = QCheckBox("Show &past events")
        self.show_past.setAccessibleName("Show past events")
        self.show_past.toggled.connect(self._show_rows)
        next_bar.addWidget(self.next_label, 1)
        next_bar.addWidget(self.show_past)
        next_bar.addWidget(self.undo_button)
        next_bar.addWidget(self.history_button)
        layout.addLayout(next_bar)
        self.model = TimelineModel(self._icon)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Timeline of dates and deadlines")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.details = QLabel("Select a line to see how its date was worked out.")
        self.details.setWordWrap(True)
        self.details.setAccessibleName("How the selected date was worked out")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        layout.addLayout(self._action_bar())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Result of the last action")
        layout.addWidget(self.message)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        context.events.key_dates_changed.connect(self._dates_changed_elsewhere)
        self._update_actions()

    def _date_bar(self) -> FlowLayout:
        bar = FlowLayout()
        self.event_combo = QComboBox()
        self.event_combo.setAccessibleName("Which event")
        for name, label in service.event_labels().items():
            self.event_combo.addItem(label, name)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setAccessibleName("Date of the event")
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText("Note (optional)")
        self.note_edit.setAccessibleName("Note about the date")
        self.note_edit.setMinimumWidth(160)
        self.record_button = QPushButton("&Record date")
        self.record_button.setObjectName("primary")
        self.remove_button = QPushButton("Re&move date")
        self.undo_button = QPushButton("&Undo last change")
        self.undo_button.setAccessibleName("Undo the last change to the dates")
        self.history_button = QPushButton("Histor&y…")
        self.history_button.setAccessibleName("Show every change to the dates")
        for widget in (self.event_combo, self.date_edit):
            bar.addWidget(widget)
        bar.addWidget(self.note_edit, 1)
        bar.addWidget(self.record_button)
        bar.addWidget(self.remove_button)
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
        self.record_button.clicked.connect(self.record_date)
        self.remove_button.clicked.connect(self.remove_date)
        self.undo_button.clicked.connect(self.undo_change)
        self.history_button.clicked.connect(self.show_history)
        return bar

    def _action_bar(self) -> FlowLayout:
        bar = FlowLayout()
        self.exception_label = QLabel("Exception the council claims:")
        self.exception_combo = QComboBox()
        self.exception_combo.setAccessibleName("Exception the council claims for this duty")
        self.exception_combo.addItem("None claimed", "")
        for code, info in load_rules().exceptions.items():
            self.exception_combo.addItem(f"({code}) {info.title}", code)
        self.ics_button = QPushButton("Save &calendar…")
        self.ics_button.setAccessibleName("Save the deadlines as a calendar file")
        self.letter_button = QPushButton("Draft &letter…")
        self.letter_button.setAccessibleName("Draft a letter about the selected overdue duty")
        bar.addWidget(self.exception_label)
        bar.addWidget(self.exception_combo)
        bar.addWidget(self.ics_button)
        bar.addWidget(self.letter_button)
        self.exception_combo.activated.connect(self._exception_chosen)
        self.ics_button.clicked.connect(self._ask_calendar_path)
        self.letter_button.clicked.connect(self._ask_letter_path)
        return bar

    # Loading

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self.model.set_rows([])
        self._overview = None
        self._update_actions()
        if case_id is not None:
            self.reload()

    def reload(self) -> None:
        case_id, today = self.case_id, self.today()
        if case_id is None:
            return
        self._run(lambda _p: service.overview(self.context.db, case_id, today), self._loaded)

    def _loaded(self, overview: service.DeadlineOverview) -> None:
        self._overview = overview
        self._rows = timeline(overview, self.today())
        self.next_label.setText(next_step(self._rows) if overview.key_dates else "")
        self._show_rows()
        self._event_chosen()
        if not overview.key_dates:
            self.details.setText("No dates recorded yet: choose an event, its date, and Record.")
        self._update_actions()

    def _show_rows(self) -> None:
        """Past lines are folded away unless asked for, so the next thing to do is on top."""
        past = sum(row.past for row in self._rows)
        self.show_past.setText(f"Show &past events ({past})")
        self.show_past.setEnabled(past > 0)
        shown = self._rows if self.show_past.isChecked() else [r for r in self._rows if not r.past]
        self.model.set_rows(shown)

    def _recorded(self, event: str) -> service.KeyDateInfo | None:
        """The latest recorded date of the event (or of another name for it, which it would
        replace), as the page last loaded it."""
        names = {event, *service.same_event(event)}
        loaded = self._overview.key_dates if self._overview else ()
        dates = [k for k in loaded if k.event in names]
        return max(dates, key=lambda k: k.round) if dates else None

    def _event_chosen(self, _index: int = -1) -> None:
        """Show the chosen event's recorded date, so Record as it stands changes nothing."""
        existing = self._recorded(str(self.event_combo.currentData()))
        day = existing.date if existing else self.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def _dates_changed_elsewhere(self, case_id: str) -> None:
        if case_id == self.case_id:
            self.reload()

    # Actions

    def record_date(self) -> None:
        case_id, event = self.case_id, str(self.event_combo.currentData())
        qdate, note = self.date_edit.date(), self.note_edit.text().strip()
        if case_id is None:
            return
        date = dt.date(qdate.year(), qdate.month(), qdate.day())
        existing = self._recorded(event)
        replace = False
        unchanged = existing is not None and (existing.event, existing.date) == (event, date)
        if existing is not None and unchanged and existing.note == note:
            self.message.setText(f"{existing.label} is already recorded as {format_date(date)}.")
            return
        if existing is not None and existing.date != date:
            choice = self.confirm_change(existing, date, service.event_repeats(event))
            if choice is None:
                self.message.setText("Nothing changed.")
                return
            replace = choice == REPLACE

        def job(_progress: Progress) -> object:
            return service.record_key_date(
                self.context.db, case_id, event, date, note, replace=replace
            )

        self._run(job, lambda info: self._changed(self._recorded_text(info)))

    def confirm_change(
        self, existing: service.KeyDateInfo, date: dt.date, repeats: bool
    ) -> str | None:
        """Ask before a recorded date changes: REPLACE, NEW_ROUND, or None to leave it."""
        return ask_date_change(self, existing, date, repeats)

    @staticmethod
    def _recorded_text(info: service.KeyDateInfo) -> str:
        again = f" (round {info.round})" if info.round > 1 else ""
        return f"Recorded {info.label}{again}: {format_date(info.date)}. You can undo this."

    def undo_change(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def job(_progress: Progress) -> list[service.KeyDateChangeInfo]:
            return service.undo_last_change(self.context.db, case_id)

        def done(undone: list[service.KeyDateChangeInfo]) -> None:
            if not undone:
                self.message.setText("There is no change to undo.")
                return
            words = "; ".join(c.describe().removesuffix(" (undone)") for c in undone)
            self._changed(f"Undone: {words}.")

        self._run(job, done)

    def show_history(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return

        def job(_progress: Progress) -> list[service.KeyDateChangeInfo]:
            return service.key_date_history(self.context.db, case_id)

        self._run(job, self.open_history)

    def open_history(self, changes: list[service.KeyDateChangeInfo]) -> None:
        self.history_dialog = KeyDateHistoryDialog(changes, self)
        self.history_dialog.open()

    def remove_date(self) -> None:
        case_id, event = self.case_id, str(self.event_combo.currentData())
        if case_id is None:
            return

        def job(_progress: Progress) -> bool:
            return service.remove_key_date(self.context.db, case_id, event)

        self._run(
            job, lambda removed: self._changed("Removed the date." if removed else "No date set.")
        )

    def _exception_chosen(self, _index: int) -> None:
        status, case_id = self.selected_status(), self.case_id
        code = str(self.exception_combo.currentData())
        if status is None or case_id is None:
            return

        def job(_progress: Progress) -> object:
            if code:
                return service.record_exception(self.context.db, case_id, status.id, code)
            return service.remove_exception(self.context.db, case_id, status.id)

        self._run(job, lambda _r: self._changed("Saved the exception the council claims."))

    def export_calendar(self, path: Path) -> None:
        case_id, today = self.case_id, self.today()
        if case_id is None:
            return

        def job(_progress: Progress) -> Path:
            name = cases.get_case(self.context.db, case_id).name
            statuses = service.deadline_statuses(self.context.db, case_id, today)
            data = build_calendar(case_id, name, statuses, dt.datetime.now(dt.UTC))
            return write_calendar(path, data)

        self._run(job, lambda out: self.message.setText(f"Saved the calendar to {out}."))

    def draft_letter(self, path: Path) -> None:
        status, case_id, today = self.selected_status(), self.case_id, self.today()
        if status is None or case_id is None or status.status != OVERDUE:
            return

        def job(_progress: Progress) -> Path:
            details = cases.get_case(self.context.db, case_id)
            duty = service.overdue_duty(self.context.db, case_id, status.id, today)
            child = details.child_name or details.name
            return write_letter(path, duty, child, details.local_authority, today)

        self._run(
            job,
            lambda out: self.message.setText(
                f"Saved the letter to {out}. Add your name and address before sending it."
            ),
        )

    def _ask_calendar_path(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the deadlines as a calendar", "deadlines.ics", "Calendar (*.ics)"
        )
        if name:
            self.export_calendar(Path(name))

    def _ask_letter_path(self) -> None:
        status = self.selected_status()
        default = f"letter-{status.id}.docx" if status else "letter.docx"
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the letter", default, "Word document (*.docx)"
        )
        if name:
            self.draft_letter(Path(name))

    # Helpers

    def selected_status(self) -> DeadlineStatus | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_item(indexes[0].row()).status_item if indexes else None

    def _selection_changed(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            row = self.model.row_item(indexes[0].row())
            self.details.setText(f"{row.title}: {row.status_text}.\n{row.working}".strip())
            if row.event is not None:
                index = self.event_combo.findData(row.event)
                if index >= 0:
                    self.event_combo.setCurrentIndex(index)
                    self.date_edit.setDate(QDate(row.date.year, row.date.month, row.date.day))
        self._update_actions()

    def _update_actions(self) -> None:
        has_case = self.case_id is not None
        status = self.selected_status()
        for widget in (
            self.record_button,
            self.remove_button,
            self.undo_button,
            self.history_button,
            self.event_combo,
            self.date_edit,
        ):
            widget.setEnabled(has_case)
        self.ics_button.setEnabled(bool(self._overview and self._overview.statuses))
        self.letter_button.setEnabled(status is not None and status.status == OVERDUE)
        allowed = set(load_rules().rule(status.id).exceptions) if status else set()
        self.exception_combo.setEnabled(bool(allowed))
        self.exception_label.setEnabled(bool(allowed))
        if status is not None:
            claimed = status.exception.info.code if status.exception else ""
            self.exception_combo.setCurrentIndex(max(0, self.exception_combo.findData(claimed)))

    def _changed(self, text: str) -> None:
        self.message.setText(text)
        if self.case_id is not None:
            self.context.events.key_dates_changed.emit(self.case_id)

    def _run(self, job: Callable[[Progress], Any], on_success: Callable[[Any], None]) -> None:
        self.context.runner.start(job, on_success, self._failed, owner=self)

    def _failed(self, message: str) -> None:
        self.message.setText(message)

    def _icon(self, status: str) -> QIcon:
        return self.style().standardIcon(ICONS.get(status, QStyle.StandardPixmap.SP_FileIcon))
