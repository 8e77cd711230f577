"""The Councils page: the advocate's view across cases, per council, naming no child.

The report is worked out on the task runner (it reads every case, about 4 ms each), each
time the page is shown and whenever a case, its dates or its plan check change while it
is in view; the tables keep the last report meanwhile.
"""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.services.councils import CouncilReport, council_report
from ui.context import AppContext
from ui.models.councils_model import CouncilDutiesModel, CouncilSummaryModel, DutyRow
from ui.widgets.page_header import PageHeader
from ui.widgets.row_table import row_table


def _sorted_table(
    page: QWidget, model: QAbstractItemModel, name: str
) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(page)
    proxy.setSourceModel(model)
    proxy.setSortRole(CouncilDutiesModel.SORT_ROLE)
    table = row_table(proxy, name)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's order until asked
    table.setTabKeyNavigation(False)  # Tab moves on to the next control, as in a form
    return table, proxy


def _fit_columns(table: QTableView, text_column: int) -> None:
    """The council at a readable width, one text column taking the room left, and each
    figure as wide as its heading (the heading says what it is, so it is never cut)."""
    header = table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    model = table.model()
    header.setMinimumSectionSize(50)
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        if column == text_column:
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        # room for the heading, its padding and the sort arrow Qt keeps space for
        header.resizeSection(column, 180 if column == 0 else metrics.horizontalAdvance(title) + 36)
    table.setWordWrap(True)  # long council names and duty titles are read whole
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    table.viewport().installEventFilter(_TextColumnFitter(table, text_column))


TEXT_COLUMN_MIN = 240
"""The text column never narrower than this: below it a duty's title broke into fragments of
a word a line; the table scrolls sideways instead."""


class _TextColumnFitter(QObject):
    """Gives the text column the room the figures leave, but never less than
    TEXT_COLUMN_MIN (a Stretch column shrinks to nothing in a small window)."""

    def __init__(self, table: QTableView, column: int) -> None:
        super().__init__(table)
        self._table = table
        self._column = column

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            header = self._table.horizontalHeader()
            others = sum(header.sectionSize(c) for c in range(header.count()) if c != self._column)
            room = self._table.viewport().width() - others
            header.resizeSection(self._column, max(TEXT_COLUMN_MIN, room))
        return False


def _heading(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    label.setBuddy(buddy)
    return label


class CouncilsPage(QWidget):
    """Two tables (time limits; plans and outcomes) and two exports. Needs no open case."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.report: CouncilReport | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        """The day overdue duties are counted to; tests fix it so figures are reproducible."""
        self._stale = False
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(
            PageHeader(
                "Councils",
                "Across all your cases (archived ones too): how late each council was on its "
                "legal time limits, how many of its plans had needs missing from Section B or "
                "vague provision in Section F, and how the appeals ended. No child, case name "
                "or tribunal reference appears here or in the exports, so they can be shared.",
            )
        )
        tools = QHBoxLayout()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Council report messages")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_button = QPushButton("&Refresh")
        self.refresh_button.setAccessibleName("Work out the council report again")
        self.csv_button = QPushButton("Save as &CSV spreadsheet…")
        self.csv_button.setAccessibleName("Save the council report as a CSV spreadsheet")
        self.pdf_button = QPushButton("Save as &PDF…")
        self.pdf_button.setObjectName("primary")
        self.pdf_button.setAccessibleName("Save the council report as a one-page PDF")
        tools.addWidget(self.message, 1)
        tools.addWidget(self.refresh_button)
        tools.addWidget(self.csv_button)
        tools.addWidget(self.pdf_button)
        layout.addLayout(tools)

        self.duties_model = CouncilDutiesModel()
        self.duties_table, self.duties_proxy = _sorted_table(
            self, self.duties_model, "Time limits by council: weeks past the legal limit"
        )
        _fit_columns(self.duties_table, text_column=1)
        layout.addWidget(_heading("&Time limits: weeks past the legal limit", self.duties_table))
        layout.addWidget(self.duties_table, 3)

        self.summary_model = CouncilSummaryModel()
        self.summary_table, self.summary_proxy = _sorted_table(
            self, self.summary_model, "Plans and appeal outcomes by council"
        )
        _fit_columns(self.summary_table, text_column=5)
        layout.addWidget(_heading("Plans and appeal &outcomes", self.summary_table))
        layout.addWidget(self.summary_table, 2)
        self.note = QLabel(
            "A duty met on time counts as 0 weeks late; one still overdue counts up to today. "
            "Duties not yet due are left out. A plan counts once however many problems the "
            "plan check found in it; problems you dismissed do not count."
        )
        self.note.setObjectName("pageIntro")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        self.refresh_button.clicked.connect(self.reload)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.export_pdf)
        for signal in (
            context.events.case_saved,
            context.events.key_dates_changed,
            context.events.analysis_changed,
        ):
            signal.connect(self._data_changed)
        self._update_actions()

    def set_case(self, case_id: str | None) -> None:
        """The report covers every case; the open one changes nothing."""

    def showEvent(self, event: QShowEvent) -> None:
        """Work the report out afresh each time the page is shown: a dismissed finding or
        an archived case changes it without any event this page hears."""
        super().showEvent(event)
        self.reload()

    def _data_changed(self, _case_id: str = "") -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Work the report out again off the GUI thread; the tables keep the last one meanwhile.

        A request while one is running is remembered and run when it ends, so the last
        change is always in the tables."""
        if self._loading:
            self._stale = True
            return
        self._stale = False
        self._loading = True
        self.message.setText("Working out the council report…")
        self._update_actions()
        db = self.context.db
        today = self.today()

        def loaded(report: CouncilReport) -> None:
            self._loading = False
            self.show_report(report)
            if self._stale:
                self.reload()

        def failed(message: str) -> None:
            self._loading = False
            self.message.setText(message)
            self._update_actions()

        self.context.runner.start(
            lambda p: council_report(db, today, p), loaded, failed, owner=self
        )

    def show_report(self, report: CouncilReport) -> None:
        self.report = report
        self.duties_model.set_rows(
            [DutyRow(c.council, duty) for c in report.councils for duty in c.duties]
        )
        self.summary_model.set_rows(list(report.councils))
        self.duties_table.resizeRowsToContents()
        self.summary_table.resizeRowsToContents()
        if not report.councils:
            self.message.setText("No cases yet: the report fills in as you add cases.")
        elif not self.duties_model.rowCount():
            self.message.setText(
                "No time limit can be measured yet: record the cases' key dates on their "
                "Deadlines pages (for example the date the request was received)."
            )
        else:
            councils = len(report.councils)
            self.message.setText(
                f"{report.cases} case{'s' * (report.cases != 1)}, {councils} "
                f"council{'s' * (councils != 1)}, counted on {report.today.day} "
                f"{report.today:%B %Y}."
            )
        self._update_actions()

    def _update_actions(self) -> None:
        ready = self.report is not None and bool(self.report.councils) and not self._loading
        self.csv_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)
        self.refresh_button.setEnabled(not self._loading)

    def export_csv(self) -> None:
        from ehcp_appeal.export.council_report import write_csv  # reportlab loads on use

        self._export("CSV spreadsheet (*.csv)", ".csv", write_csv)

    def export_pdf(self) -> None:
        from ehcp_appeal.export.council_report import write_pdf

        self._export("PDF document (*.pdf)", ".pdf", write_pdf)

    def _export(
        self, file_filter: str, suffix: str, write: Callable[[CouncilReport, Path], Path]
    ) -> None:
        """Ask where to save, then write the report shown off the GUI thread."""
        report = self.report
        if report is None:
            return
        suggested = str(Path.home() / f"Council report {report.today.isoformat()}{suffix}")
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the council report", suggested, file_filter
        )
        if not name:
            return
        out = Path(name) if name.lower().endswith(suffix) else Path(f"{name}{suffix}")
        self.csv_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.message.setText("Saving the council report…")

        def saved(path: Path) -> None:
            self.message.setText(f"Saved the council report to {path}.")
            self._update_actions()

        def failed(message: str) -> None:
            self.message.setText(message)
            self._update_actions()

        self.context.runner.start(lambda _p: write(report, out), saved, failed, owner=self)
