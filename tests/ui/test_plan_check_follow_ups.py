"""From the plan check onwards: an accepted finding leads to its amendment; a letter taken
for the plan is questioned, not checked; the sections dialog opens from the page."""

from pathlib import Path

from PySide6.QtWidgets import QDialog

from ehcp_appeal.services import amendments, evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.analysis_fixtures.cases import add_document, build_case
from ui.context import AppContext
from ui.pages import plan_check_dialogs
from ui.pages.plan_check_page import FINDINGS_TAB, PlanCheckPage


def _page(qtbot, context: AppContext, case_id: str) -> PlanCheckPage:  # type: ignore[no-untyped-def]
    page = PlanCheckPage(context)
    qtbot.addWidget(page)
    page.set_case(case_id)
    return page


def test_accepting_a_finding_drafts_its_amendment_and_offers_to_open_it(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id = create_case(context.db, CaseDetails(name="Leo")).id
    plan, reports = build_case(tmp_path)
    add_document(context.db, case_id, plan, "ehcp_final")
    add_document(context.db, case_id, reports[0], "salt_report")
    page = _page(qtbot, context, case_id)
    page.run_check()
    qtbot.waitUntil(lambda: page.result is not None, timeout=30_000)
    missing = next(f for f in page.result["findings"] if f["kind"] == "provision_missing_from_f")
    assert page.select_item(FINDINGS_TAB, missing["text"])
    page.decide("accepted")
    qtbot.waitUntil(lambda: page.amendment_id is not None, timeout=10_000)
    (made,) = amendments.list_amendments(context.db, case_id)
    assert made.id == page.amendment_id and made.section == "F" and made.party == "parent"
    assert not page.amendment_button.isHidden()
    with qtbot.waitSignal(page.amendment_requested) as signal:
        page.amendment_button.click()
    assert signal.args == [made.id]


def test_a_letter_taken_for_the_plan_asks_which_document_is_the_plan(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    case_id = create_case(context.db, CaseDetails(name="Leo")).id
    plan, reports = build_case(tmp_path)
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Mrs Hale,\n\nPlease find the plan enclosed.\n\nYours sincerely,\nJo")
    letter_id = add_document(context.db, case_id, letter, "ehcp_final")
    plan_id = add_document(context.db, case_id, plan, "other")
    add_document(context.db, case_id, reports[0], "salt_report")
    asked: list[str] = []

    def choose(_parent, refused, documents):  # type: ignore[no-untyped-def]
        asked.append(refused)
        assert plan_id in {doc_id for doc_id, _title in documents}
        return plan_id

    monkeypatch.setattr(plan_check_dialogs, "ask_which_plan", choose)
    page = _page(qtbot, context, case_id)
    page.run_check()
    qtbot.waitUntil(lambda: page.result is not None, timeout=30_000)
    assert asked and "letter.txt" in asked[0]
    assert evidence.get_document(context.db, plan_id).kind == "ehcp_final"
    assert evidence.get_document(context.db, letter_id).kind != "ehcp_final"
    assert page.result["findings"]


def test_plan_sections_opens_from_the_page(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    case_id = create_case(context.db, CaseDetails(name="Leo")).id
    plan, reports = build_case(tmp_path)
    add_document(context.db, case_id, plan, "ehcp_final")
    add_document(context.db, case_id, reports[0], "salt_report")
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(type(dialog).__name__) or 0)
    page = _page(qtbot, context, case_id)
    page.run_check()
    qtbot.waitUntil(lambda: page.sections_button.isEnabled(), timeout=30_000)
    page.sections_button.click()
    assert opened == ["PlanSectionsDialog"]
