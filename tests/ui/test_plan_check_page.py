"""The plan check page: needs beside the plan, status in words and icons, decisions kept."""

from pathlib import Path

from PySide6.QtCore import Qt

from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.analysis_fixtures.cases import add_document, build_case
from ui.context import AppContext
from ui.pages.plan_check_page import PlanCheckPage


def _case(context: AppContext, folder: Path) -> str:
    case_id = create_case(context.db, CaseDetails(name="Leo")).id
    plan, reports = build_case(folder)
    add_document(context.db, case_id, plan, "ehcp_final")
    add_document(context.db, case_id, reports[0], "salt_report")
    add_document(context.db, case_id, reports[1], "ep_report")
    return case_id


def _page(qtbot, context: AppContext, case_id: str | None) -> PlanCheckPage:  # type: ignore[no-untyped-def]
    page = PlanCheckPage(context)
    qtbot.addWidget(page)
    page.set_case(case_id)
    return page


def _column(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_before_a_check_the_page_says_what_to_do(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, _case(context, tmp_path))
    qtbot.waitUntil(lambda: "Not checked yet" in page.summary.text())
    assert page.needs_model.rowCount() == 0 and page.run_button.isEnabled()


def test_check_shows_items_beside_the_plan_with_status_words_and_icons(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, _case(context, tmp_path))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.needs_model.rowCount() > 0, timeout=20_000)
    passages = _column(page.needs_model, 2)
    statuses = _column(page.needs_model, 3)
    assert "Not in the plan" in passages
    assert any(p.startswith("Section B") for p in passages)
    assert "Missing from Section B" in statuses and "Missing from Section F" in statuses
    icon = page.needs_model.data(page.needs_model.index(0, 3), Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    problems = _column(page.findings_model, 0)
    assert "Section missing" in problems and "Provision not specific" in problems
    assert "findings" in page.summary.text()


def test_decisions_and_added_needs_survive_a_new_check(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, _case(context, tmp_path))
    page.run_check()
    qtbot.waitUntil(lambda: page.findings_model.rowCount() > 0, timeout=20_000)
    page.select_row(1, 0)
    first_text = page.findings_model.rows[0]["text"]
    page.decide("dismissed")
    qtbot.waitUntil(lambda: page.message.text() == "Saved.")
    page.add_need("Leo needs help to open his lunch box.", "sensory_physical")
    qtbot.waitUntil(lambda: any(r.get("user_added") for r in page.needs_model.rows))

    page.message.clear()
    page.run_check()
    qtbot.waitUntil(lambda: "Checking" not in page.summary.text(), timeout=20_000)
    decided = next(r for r in page.findings_model.rows if r["text"] == first_text)
    assert decided["decision"] == "dismissed"
    row = page.findings_model.rows.index(decided)
    assert page.findings_model.data(page.findings_model.index(row, 3)) == "Dismissed"
    added = [r for r in page.needs_model.rows if r.get("user_added")]
    assert [r["text"] for r in added] == ["Leo needs help to open his lunch box."]
    row = page.needs_model.rows.index(added[0])
    assert page.needs_model.data(page.needs_model.index(row, 1)) == "Added by you"


def test_open_source_asks_the_window_to_open_the_document_at_its_page(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, _case(context, tmp_path))
    page.run_check()
    qtbot.waitUntil(lambda: page.needs_model.rowCount() > 0, timeout=20_000)
    page.select_row(0, 0)
    entry = page.selected()
    assert entry is not None
    with qtbot.waitSignal(page.document_requested) as signal:
        page.open_selected()
    assert signal.args == [entry["document_id"], entry["page"]]
