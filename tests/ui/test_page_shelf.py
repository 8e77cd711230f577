"""Pages are built when first shown, and a page built after a case was opened shows it."""

from PySide6.QtWidgets import QApplication

from ehcp_appeal.services.cases import CaseDetails, create_case
from ui.context import AppContext
from ui.main_window import MainWindow


def test_a_page_built_after_a_case_opened_shows_that_case(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    case_id = create_case(context.db, CaseDetails(name="Nia Hughes")).id
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert set(window.pages.built()) == {"cases"}  # nothing else built before it is wanted
    window.open_case(case_id)
    assert set(window.pages.built()) == {"cases", "case"}  # opening a case shows its details
    assert window.show_page("deadlines")
    QApplication.processEvents()
    deadlines = window.pages.built()["deadlines"]
    assert deadlines.case_id == case_id  # type: ignore[attr-defined]
    assert window.current_page_key() == "deadlines"
