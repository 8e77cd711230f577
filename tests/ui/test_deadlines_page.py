"""The deadlines page: timeline with status words and icons, recording dates, exports."""

import dataclasses
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
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 3
    )  # three overdue duties; the request folded away
    rows = _rows(page)
    final = rows["Council issues the final EHC plan"]
    status_index = page.model.index(final, 3)
    assert page.model.data(status_index) == "Overdue"
    assert not page.model.data(status_index, Qt.ItemDataRole.DecorationRole).isNull()
    assert "reg 13(2)" in page.model.data(status_index, Qt.ItemDataRole.ToolTipRole)
    assert "Request for an assessment received by the council" not in rows
    page.show_past.setChecked(True)
    rows = _rows(page)
    recorded = rows["Request for an assessment received by the council"]
    assert page.model.data(page.model.index(recorded, 3)) == "Recorded"
    assert page.model.data(page.model.index(recorded, 2)) == "You"  # who, not "Recorded"


def test_recording_a_date_adds_its_deadlines(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(context)
    page = _page(qtbot, context, case_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
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
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
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
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
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


def _record(qtbot, page: DeadlinesPage, event: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    page.event_combo.setCurrentIndex(page.event_combo.findData(event))
    page.date_edit.setDate(page.date_edit.date().fromString(day.isoformat(), "yyyy-MM-dd"))
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)


def test_record_with_the_defaults_never_replaces_a_recorded_date(
    qtbot, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(context)
    page = _page(qtbot, context, case_id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    asked: list[tuple[dt.date, dt.date]] = []

    def keep(existing: service.KeyDateInfo, day: dt.date, repeats: bool) -> str | None:
        asked.append((existing.date, day))
        return None

    page.confirm_change = keep  # type: ignore[method-assign]
    # As the page opens, the chosen event shows its recorded date: Record changes nothing.
    assert page.event_combo.currentData() == "request_received"
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert "already recorded" in page.message.text() and asked == []
    # A different date asks first; keeping it changes nothing.
    _record(qtbot, page, "request_received", TODAY)
    assert asked == [(D(2026, 3, 2), TODAY)]
    assert [k.date for k in service.list_key_dates(context.db, case_id)] == [D(2026, 3, 2)]
    # Replacing it is done only when confirmed, and Undo puts it back.
    page.confirm_change = lambda existing, day, repeats: "replace"  # type: ignore[method-assign]
    with qtbot.waitSignal(context.events.key_dates_changed):
        _record(qtbot, page, "request_received", D(2026, 3, 9))
    assert [k.date for k in service.list_key_dates(context.db, case_id)] == [D(2026, 3, 9)]
    with qtbot.waitSignal(context.events.key_dates_changed):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert [k.date for k in service.list_key_dates(context.db, case_id)] == [D(2026, 3, 2)]
    assert "Undone" in page.message.text()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.history_dialog is not None)
    assert page.history_dialog is not None
    lines = [
        page.history_dialog.list.item(i).text() for i in range(page.history_dialog.list.count())
    ]
    assert "from 2 March 2026 to 9 March 2026 (undone)" in lines[0]


def test_a_repeating_event_can_be_added_as_a_new_round(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(context)
    service.record_key_date(context.db, case_id, "review_meeting", D(2025, 5, 1))
    page = _page(qtbot, context, case_id)
    qtbot.waitUntil(lambda: page._overview is not None)
    seen: list[bool] = []

    def new_round(existing: service.KeyDateInfo, day: dt.date, repeats: bool) -> str:
        seen.append(repeats)
        return "new_round"

    page.confirm_change = new_round  # type: ignore[method-assign]
    with qtbot.waitSignal(context.events.key_dates_changed):
        _record(qtbot, page, "review_meeting", D(2026, 5, 5))
    assert seen == [True]
    reviews = [
        k for k in service.list_key_dates(context.db, case_id) if k.event == "review_meeting"
    ]
    assert [(k.date, k.round) for k in reviews] == [(D(2025, 5, 1), 1), (D(2026, 5, 5), 2)]


def test_timeline_puts_the_next_thing_first_once_each_with_who_acts(
    qtbot, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(context)
    for event, day in (
        ("draft_plan_served", D(2026, 7, 1)),
        ("decision_letter", D(2026, 7, 20)),
        ("hearing", D(2026, 11, 20)),
        ("evidence_deadline", D(2026, 10, 9)),
    ):
        service.record_key_date(context.db, case_id, event, day)
    details = cases.get_case(context.db, case_id)
    cases.update_case(context.db, dataclasses.replace(details, hearing_date=D(2026, 11, 20)))
    page = _page(qtbot, context, case_id)
    qtbot.waitUntil(lambda: page._overview is not None)
    page.show_past.setChecked(True)
    titles = [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())]
    assert titles.count("Tribunal hearing") == 1
    assert sum("evidence" in str(t).lower() for t in titles) == 1
    first = page.model.row_item(0)
    assert first.status in ("due", "overdue") and not first.past
    assert first.title in page.next_label.text()
    whos = {page.model.data(page.model.index(r, 2)) for r in range(page.model.rowCount())}
    assert "Recorded" not in whos and {"Council", "You", "Tribunal"} <= whos
    rows = _rows(page)
    not_issuing = page.model.index(rows["Council tells you if it will not issue a plan"], 3)
    assert page.model.data(not_issuing) == "Does not apply"
    page.show_past.setChecked(False)
    assert "Council tells you if it will not issue a plan" not in _rows(page)


def test_a_phase_change_on_a_different_date_asks_first(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(context)
    service.record_key_date(context.db, case_id, "transfer_year_start", D(2027, 9, 1))
    page = _page(qtbot, context, case_id)
    qtbot.waitUntil(lambda: page._overview is not None)
    asked: list[str] = []

    def replace(existing: service.KeyDateInfo, day: dt.date, repeats: bool) -> str:
        asked.append(existing.event)
        return "replace"

    page.confirm_change = replace  # type: ignore[method-assign]
    with qtbot.waitSignal(context.events.key_dates_changed):
        _record(qtbot, page, "post16_transfer_year_start", D(2028, 9, 1))
    assert asked == ["transfer_year_start"]
    events = {k.event: k.date for k in service.list_key_dates(context.db, case_id)}
    assert events == {
        "request_received": D(2026, 3, 2),
        "post16_transfer_year_start": D(2028, 9, 1),
    }
