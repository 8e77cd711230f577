"""The shell: navigation on the left, one page at a time on the right, menus and status bar."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal import __version__
from ehcp_appeal.db.backups import RestoreReport
from ehcp_appeal.services import audit, cases
from ui.context import AppContext
from ui.data_actions import DataActions
from ui.dialogs.help_dialog import HelpDialog
from ui.dialogs.new_case_dialog import NewCaseDialog
from ui.keyboard import tab_between_controls
from ui.page_shelf import PageShelf
from ui.pages.cases_page import CasesPage
from ui.pages.registry import PAGES
from ui.small_windows import let_fields_shrink
from ui.widgets.reader_window import ReaderWindow

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_SIZE = (800, 560)  # the smallest window every page is laid out for
SIDEBAR_WIDTHS = (170, 220)  # narrow below NARROW_WINDOW pixels, so pages keep their room
NARROW_WINDOW = 1000


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.case_id: str | None = None
        self.guide: HelpDialog | None = None
        self.reader: ReaderWindow | None = None
        self.setWindowTitle("EHCP Appeal")
        self.resize(1280, 800)
        self.setMinimumSize(*MIN_SIZE)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        self.sidebar = side = QWidget()
        side.setObjectName("sidebar")
        side.setFixedWidth(SIDEBAR_WIDTHS[1])
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 12, 0, 0)
        app_name = QLabel("EHCP Appeal")
        app_name.setWordWrap(True)  # the sidebar narrows in small windows
        app_name.setStyleSheet("font-size: 14pt; font-weight: 700; padding: 4px 16px;")
        self.case_banner = QLabel("No case open")
        self.case_banner.setObjectName("caseBanner")
        self.case_banner.setWordWrap(True)
        self.case_banner.setAccessibleName("Open case")
        self.nav_model = QStandardItemModel(self)
        for number, spec in enumerate(PAGES, start=1):
            item = QStandardItem(spec.label)
            item.setData(spec.key, KEY_ROLE)
            item.setEditable(False)
            item.setToolTip(f"{spec.label} (Ctrl+{number})")
            self.nav_model.appendRow(item)
        self.navigation = QListView()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName("Sections of the app")
        self.navigation.setModel(self.nav_model)
        side_layout.addWidget(app_name)
        side_layout.addWidget(self.case_banner)
        side_layout.addWidget(self.navigation, 1)
        side.setStyleSheet("QWidget#sidebar { background: #ecebe6; }")

        self.stack = QStackedWidget()
        self.pages = PageShelf(self.stack, context, self._page_built)
        row.addWidget(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        tab_between_controls(central)
        let_fields_shrink(central)
        self._build_menus()
        self.statusBar().showMessage(
            "Everything stays on this computer. This app does not give legal advice."
        )

        self.navigation.selectionModel().currentChanged.connect(self._navigated)
        context.events.case_saved.connect(self._case_saved)
        self._update_navigation()
        self.show_page("cases")

    def _page_built(self, key: str, page: QWidget) -> None:
        """Wire a page into the window the moment it is first built."""
        tab_between_controls(page)
        let_fields_shrink(page)
        requested = getattr(page, "document_requested", None)
        if requested is not None:
            requested.connect(self.show_document)
        if isinstance(page, CasesPage):
            page.case_opened.connect(self.open_case)
            page.new_case_requested.connect(self.new_case)
            page.document_opened.connect(self.open_document)
        amendment_requested = getattr(page, "amendment_requested", None)
        if amendment_requested is not None:
            amendment_requested.connect(self.show_amendment)
        if self.case_id is not None:
            page.set_case(self.case_id)  # type: ignore[attr-defined]

    @property
    def cases_page(self) -> CasesPage:
        page = self.pages["cases"]
        assert isinstance(page, CasesPage)
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        new_action = QAction("&New case…", self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_case)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(new_action)
        if self.context.db.is_server:  # team mode exists only on a team's server
            self.team_action = QAction("&Team…", self)
            self.team_action.triggered.connect(self.show_team)
            file_menu.addAction(self.team_action)
        file_menu.addSeparator()
        DataActions(self, self.context, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu("&Go")
        for number, spec in enumerate(PAGES, start=1):
            action = QAction(spec.label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(spec.key)
            action.triggered.connect(self._go_action)
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu("&Help")
        guide = QAction("&Guide for parents", self)
        keys = [
            QKeySequence(Qt.Key.Key_F1),
            *QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents),
        ]
        guide.setShortcuts(list({key.toString(): key for key in keys}.values()))  # F1 once
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        about = QAction("&About EHCP Appeal", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def show_guide(self) -> HelpDialog:
        """Open (or bring forward) the guide; one window, kept open beside the pages."""
        if self.guide is None:
            self.guide = HelpDialog(self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def _go_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_page(str(action.data()))

    def show_amendment(self, amendment_id: int) -> None:
        """From an accepted finding straight to the wording it proposes."""
        if self.show_page("amendments"):
            self.pages["amendments"].reload(select=amendment_id)  # type: ignore[attr-defined]

    def show_page(self, key: str) -> bool:
        """Switch pages; a page about one case is only reachable once a case is open."""
        for row, spec in enumerate(PAGES):
            if spec.key != key:
                continue
            if spec.needs_case and self.case_id is None:
                self.statusBar().showMessage("Open a case first: choose one in the Cases list.")
                return False
            index = self.nav_model.index(row, 0)
            self.navigation.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.stack.setCurrentWidget(self.pages.holder(key))
            return True
        raise KeyError(key)

    def current_page_key(self) -> str:
        return self.pages.key_of(self.stack.currentWidget())

    def _navigated(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_page(str(current.data(KEY_ROLE)))

    def show_team(self) -> None:
        from ui.dialogs.team_dialog import TeamDialog

        TeamDialog(self.context, self.case_id, self).exec()

    def open_case(self, case_id: str) -> None:
        if not self._confirm_leave_case():
            return
        self.case_id = case_id
        audit.record(self.context.db, "opened", case_id)
        for page in self.pages.built().values():
            page.set_case(case_id)  # type: ignore[attr-defined]
        self._update_navigation()
        self.context.events.case_selected.emit(case_id)
        self.show_page("case")

    def show_document(self, doc_id: str, page: int = 1, words: str = "") -> None:
        """Open a document of the open case in the reader window at ``page``, ``words`` lit.

        Every page that cites a source (plan check, chronology, search, bundle) ends here,
        so "page N" always opens the same large reader without leaving the page.
        """
        if self.reader is None:
            self.reader = ReaderWindow(self.context, self)
        self.reader.open_document(doc_id, page, words)

    def open_document(self, case_id: str, doc_id: str, page: int, words: str = "") -> None:
        """Open the case a search result belongs to, then its document at that page."""
        if case_id != self.case_id:
            self.open_case(case_id)
        from ui.pages.evidence_page import EvidencePage  # loads with the page, not the window

        evidence_page = self.pages["evidence"]
        # Not when the user kept unsaved changes to the old case.
        wanted = case_id == self.case_id and isinstance(evidence_page, EvidencePage)
        if wanted and self.show_page("evidence"):
            assert isinstance(evidence_page, EvidencePage)
            evidence_page.show_document(doc_id, page, words)

    def new_case(self) -> None:
        dialog = NewCaseDialog(self.context, self)
        if dialog.exec() and dialog.created_id:
            self.open_case(dialog.created_id)

    def _case_saved(self, case_id: str) -> None:
        if case_id == self.case_id:
            self._update_navigation()

    def _update_navigation(self) -> None:
        if self.case_id is None:
            self.case_banner.setText("No case open")
        else:
            details = cases.get_case(self.context.db, self.case_id)
            self.case_banner.setText(f"Case: {details.name}")
        for row, spec in enumerate(PAGES):
            item = self.nav_model.item(row)
            item.setEnabled(not spec.needs_case or self.case_id is not None)

    def data_restored(self, report: RestoreReport) -> None:
        """Reload every page from the restored data; the open case may not exist in it."""
        self.case_id = None
        for page in self.pages.built().values():
            page.set_case(None)  # type: ignore[attr-defined]
        self._update_navigation()
        self.cases_page.refresh()
        self.show_page("cases")
        missing = (
            f" {report.missing_originals} documents in it have no stored file any more."
            if report.missing_originals
            else ""
        )
        self.statusBar().showMessage(
            f"Put back the copy; what was there before is kept as a backup.{missing}"
        )

    def confirm_leave_case(self) -> bool:
        return self._confirm_leave_case()

    def _confirm_leave_case(self) -> bool:
        page = self.pages.built().get("case")
        if page is None:
            return True  # never opened, so nothing typed in it
        from ui.pages.case_page import CasePage  # loaded already: the page was built

        if isinstance(page, CasePage) and page.dirty:
            answer = QMessageBox.question(
                self,
                "Unsaved changes",
                "The case details have unsaved changes. Save them now?",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save:
                return page.save()
        return True

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About EHCP Appeal",
            f"EHCP Appeal {__version__}\n\nHelps families in England prepare appeals to the "
            "SEND Tribunal. Everything stays on this computer. This app gives information, "
            "not legal advice.",
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.sidebar.setFixedWidth(SIDEBAR_WIDTHS[event.size().width() >= NARROW_WINDOW])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_leave_case():
            event.ignore()
            return
        self.context.runner.wait_for_all()
        event.accept()
