"""The deadlines page: timeline with status words and icons, recording dates, exports."""

import datetime as dt
from pathlib import Path

from docx import Document
from icalendar import Calendar
from PySide6.QtCore import Qt

from ehcp_appeal.services import cases
from ehcp_appeal.services import deadlines as service
from ui.context import AppContext
from ui.pages.deadlines_page import DeadlinesPage

D = dt.date
TODAY = D(2026, 8, 1)


def _page(qtbot, context: AppContext, case_id: str | None) -> DeadlinesPage:  # type: ignore[no-untyped-def]
    page = DeadlinesPage(context)
    qtbot.addWidget(page)
    page.today = lambda: TODAY
    page.set_case(case_id)
    return page


def _case(context: AppContext) -> str:
    created = cases.create_case(
        context.db, cases.CaseDetails(name="Sam", child_name="Sam Smith", local_authority="Any")
    )
    service.record_key_date(context.db, created.id, "request_received", D(2026, 3, 2))
    return created.id


def _rows(page: DeadlinesPage) -> dict[str, int]:
    model = page.model
    return {model.data(model.index(r, 1)): r for r in range(model.rowCount())}  # type: ignore[misc]


def test_timeline_shows_status_in_words_and_icons(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, _case(context))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)  # the request and three duties
    rows = _rows(page)
    final = rows["Council issues the final EHC plan"]
    status_index = page.model.index(final, 3)
    assert page.model.data(status_index) == "Overdue"
    assert not page.model.data(status_index, Qt.ItemDataRole.DecorationRole).isNull()
    assert "reg 13(2)" in page.model.data(status_index, Qt.ItemDataRole.ToolTipRole)
    recorded = page.model.index(rows["Request for an assessment received by the council"], 3)
    assert page.model.data(recorded) == "Recorded"


def test_recording_a_date_adds_its_deadlines(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(context)
    page = _page(qtbot, context, case_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.event_combo.setCurrentIndex(page.event_combo.findData("decision_letter"))
    page.date_edit.setDate(page.date_edit.date().fromString("2026-10-01", "yyyy-MM-dd"))
    with qtbot.waitSignal(context.events.key_dates_changed):
        qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Appeal to the SEND Tribunal" in _rows(page))
    assert {k.event for k in service.list_key_dates(context.db, case_id)} == {
        "request_received",
        "decision_letter",
    }
    with qtbot.waitSignal(context.events.key_dates_changed):
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Appeal to the SEND Tribunal" not in _rows(page))


def test_letter_only_for_an_overdue_duty_and_it_is_written(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, tmp_path: Path
) -> None:
    page = _page(qtbot, context, _case(context))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    rows = _rows(page)
    page.table.selectRow(rows["Council decides whether to assess"])
    assert page.exception_combo.isEnabled()  # reg 5(4) exceptions exist
    page.table.selectRow(rows["Council issues the final EHC plan"])
    assert page.letter_button.isEnabled()
    out = tmp_path / "letter.docx"
    page.draft_letter(out)
    qtbot.waitUntil(out.exists)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "reg 13(2)" in text


def test_calendar_export_and_exception(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(context)
    page = _page(qtbot, context, case_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    final = page.model.index(_rows(page)["Council issues the final EHC plan"], 3)
    page.table.selectRow(final.row())
    page.exception_combo.setCurrentIndex(page.exception_combo.findData("c"))
    with qtbot.waitSignal(context.events.key_dates_changed):
        page.exception_combo.activated.emit(page.exception_combo.currentIndex())
    qtbot.waitUntil(lambda: "exception claimed" in page.model.data(final))
    claimed = service.overview(context.db, case_id, TODAY).exceptions
    assert [(c.duty_id, c.code) for c in claimed] == [("final_plan", "c")]
    out = tmp_path / "deadlines.ics"
    page.export_calendar(out)
    qtbot.waitUntil(out.exists)
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == 3


def test_no_case_means_nothing_to_do(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, None)
    assert page.model.rowCount() == 0
    assert not page.record_button.isEnabled()
    assert not page.ics_button.isEnabled()
    assert not page.letter_button.isEnabled()
