"""The Councils page: the report's tables, refreshing, exports and the keyboard."""

from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ehcp_appeal.services import cases
from tests.core.council_cases import CASE_NAMES, CHILDREN, TODAY, build_caseload
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages import councils_page
from ui.pages.councils_page import CouncilsPage


def _cells(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, column).data() for column in range(model.columnCount())]


def _window(qtbot, context: AppContext) -> tuple[MainWindow, CouncilsPage]:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.pages["councils"]
    assert isinstance(page, CouncilsPage)
    page.today = lambda: TODAY
    window.show()
    assert window.show_page("councils")  # reachable with no case open
    qtbot.waitUntil(lambda: page.summary_model.rowCount() == 3)
    return window, page


def test_shows_lateness_plans_and_outcomes_per_council(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    build_caseload(context.db)
    _shell, page = _window(qtbot, context)
    rows = [_cells(page.duties_model, r) for r in range(page.duties_model.rowCount())]
    final = next(r for r in rows if r[0] == "Westmere Council" and "final EHC plan" in r[1])
    assert "(20 weeks)" in final[1]
    assert final[2:] == ["3", "1", "1", "1", "4.0", "19.0"]
    summary = _cells(page.summary_model, 0)
    assert summary[:5] == ["Westmere Council", "4", "2", "1", "2"]
    assert "Won 1" in summary[5] and "Conceded 1" in summary[5]
    assert "7 cases, 3 councils" in page.message.text()
    shown = " ".join(" ".join(_cells(page.summary_model, r)) for r in range(3))
    shown += " ".join(" ".join(r) for r in rows)
    for secret in (*CHILDREN, *CASE_NAMES):
        assert secret not in shown


def test_refreshes_when_a_case_changes(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = build_caseload(context.db)
    _shell, page = _window(qtbot, context)
    case = cases.get_case(context.db, ids[2])
    cases.update_case(context.db, replace(case, outcome="partly_won"))
    context.events.case_saved.emit(ids[2])
    qtbot.waitUntil(lambda: "Partly won 1" in _cells(page.summary_model, 0)[5])


def test_saves_csv_and_pdf_without_naming_a_child(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    build_caseload(context.db)
    _shell, page = _window(qtbot, context)
    answers = iter([str(tmp_path / "councils"), str(tmp_path / "councils.pdf")])
    monkeypatch.setattr(
        councils_page.QFileDialog, "getSaveFileName", lambda *_a: (next(answers), "")
    )
    page.csv_button.click()
    qtbot.waitUntil(lambda: "Saved the council report" in page.message.text())
    csv_text = (tmp_path / "councils.csv").read_text(encoding="utf-8-sig")
    assert "Westmere Council" in csv_text
    page.pdf_button.click()
    qtbot.waitUntil(lambda: "councils.pdf" in page.message.text())
    pdf = pdfium.PdfDocument(str(tmp_path / "councils.pdf"))
    text = pdf[0].get_textpage().get_text_range()
    assert len(pdf) == 1 and "Eastbrook" in text
    for secret in CHILDREN:
        assert secret not in csv_text and secret not in text


def test_tables_and_exports_are_reached_from_the_keyboard(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    build_caseload(context.db)
    window, page = _window(qtbot, context)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.duties_table
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.summary_table
    for button in (page.refresh_button, page.csv_button, page.pdf_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert "&" in button.text() and button.accessibleName()
    assert page.duties_table.accessibleName() and page.summary_table.accessibleName()


def test_no_cases_says_so_and_offers_no_export(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.pages["councils"]
    assert isinstance(page, CouncilsPage)
    window.show()
    window.show_page("councils")
    qtbot.waitUntil(lambda: "No cases yet" in page.message.text())
    assert not page.csv_button.isEnabled() and not page.pdf_button.isEnabled()


def test_a_duty_is_readable_in_a_small_window_and_fills_a_large_one(
    qtbot, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    """At 1024x640 the duty column keeps a readable width and the table scrolls sideways;
    in a large window it takes the room the figures leave."""
    build_caseload(context.db)
    window, page = _window(qtbot, context)
    header = page.duties_table.horizontalHeader()
    window.resize(1024, 640)
    qtbot.wait(50)
    assert header.sectionSize(1) >= councils_page.TEXT_COLUMN_MIN
    window.resize(1600, 900)
    qtbot.wait(50)
    used = sum(header.sectionSize(c) for c in range(header.count()))
    assert used >= page.duties_table.viewport().width() - 2
