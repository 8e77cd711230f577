"""The case list: the advocate's dashboard of families, with search, archive and open."""

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.services import cases
from ui.context import AppContext
from ui.models.cases_model import CaseRow, CasesTableModel
from ui.pages.case_rows import load_case_rows
from ui.widgets.case_search import CaseSearch
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.page_header import PageHeader
from ui.widgets.row_table import row_table


class CasesPage(QWidget):
    """Lists cases; opening one tells the window which case the other pages show."""

    case_opened = Signal(str)
    new_case_requested = Signal()
    document_opened = Signal(str, str, int, str)  # case, document, page, words

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(
            PageHeader(
                "Cases",
                "Each case is one child's appeal. Open a case to see its evidence, "
                "plan check and deadlines.",
            )
        )

        tools = FlowLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by name, council or reference")
        self.filter_edit.setAccessibleName("Filter cases")
        self.filter_edit.setClearButtonEnabled(True)
        self.show_archived = QCheckBox("Show archived cases")
        self.show_archived.setAccessibleName("Show archived cases")
        self.new_button = QPushButton("&New case…")
        self.new_button.setObjectName("primary")
        self.new_button.setAccessibleName("Start a new case")
        self.open_button = QPushButton("&Open")
        self.open_button.setAccessibleName("Open the selected case")
        self.archive_button = QPushButton("&Archive")
        self.archive_button.setAccessibleName("Archive or bring back the selected case")
        self.filter_edit.setMinimumWidth(200)
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.show_archived)
        tools.addWidget(self.open_button)
        tools.addWidget(self.archive_button)
        tools.addWidget(self.new_button)
        layout.addLayout(tools)

        self.model = CasesTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(CasesTableModel.SORT_ROLE)
        self.table = row_table(self.proxy, "Cases")
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)  # the next deadline's title is worth reading whole
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(90)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(
            "No cases yet. Choose “New case…” to start one; everything stays on this computer."
        )
        self.empty_label.setObjectName("pageIntro")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.search = CaseSearch(context)
        layout.addWidget(self.search)
        self.search.document_opened.connect(self.document_opened)

        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_archived.toggled.connect(self.refresh)
        self.table.activated.connect(self._open_index)
        self.open_button.clicked.connect(self._open_selected)
        self.archive_button.clicked.connect(self._toggle_archive)
        self.new_button.clicked.connect(self.new_case_requested)
        context.events.case_saved.connect(self.refresh)
        context.events.documents_changed.connect(self.refresh)
        context.events.key_dates_changed.connect(self.refresh)
        self.refresh()

    def set_case(self, case_id: str | None) -> None:
        """The list shows every case; nothing depends on the current one."""

    def refresh(self) -> None:
        rows: list[CaseRow] = load_case_rows(self.context.db, self.show_archived.isChecked())
        self.model.set_rows(rows)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.empty_label.setVisible(not rows)
        has_rows = bool(rows)
        self.open_button.setEnabled(has_rows)
        self.archive_button.setEnabled(has_rows)
        if has_rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def selected_case_id(self) -> str | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return str(self.proxy.data(indexes[0], CasesTableModel.ID_ROLE))

    def _open_index(self, index: QModelIndex) -> None:
        self.case_opened.emit(str(self.proxy.data(index, CasesTableModel.ID_ROLE)))

    def _open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id:
            self.case_opened.emit(case_id)

    def _toggle_archive(self) -> None:
        case_id = self.selected_case_id()
        if not case_id:
            return
        details = cases.get_case(self.context.db, case_id)
        cases.set_archived(self.context.db, case_id, not details.archived)
        self.refresh()
