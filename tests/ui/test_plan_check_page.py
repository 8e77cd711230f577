"""The plan check page: needs beside the plan, status in words and icons, decisions kept."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from ehcp_appeal.services import evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.analysis_fixtures.cases import add_document, build_case
from ui.context import AppContext
from ui.models.findings_model import ENTRY_ROLE, FindingsModel, why_it_matters
from ui.pages.plan_check_page import FINDINGS_TAB, NEEDS_TAB, PlanCheckPage
from ui.widgets.finding_detail import confidence_text


def _case(context: AppContext, folder: Path) -> str:
    case_id = create_case(context.db, CaseDetails(name="Leo")).id
    plan, reports = build_case(folder)
    add_document(context.db, case_id, plan, "ehcp_final")
    add_document(context.db, case_id, reports[0], "salt_report")
    add_document(context.db, case_id, reports[1], "ep_report")
    return case_id


def _imported_case(context: AppContext, folder: Path) -> str:
    """As ``_case``, but through the real import, so the documents' pages can be shown."""
    case_id = create_case(context.db, CaseDetails(name="Leo")).id
    plan, reports = build_case(folder)
    for path, kind in (
        (plan, "ehcp_final"),
        (reports[0], "salt_report"),
        (reports[1], "ep_report"),
    ):
        assert not evidence.import_files(context.db, case_id, [path], kind=kind).failures
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
    groups = page.findings_model.group_labels()
    assert any(g.startswith("Sections missing from the plan (") for g in groups)
    assert any(g.startswith("Provision that is not specific (") for g in groups)
    assert sum(int(g.rsplit("(", 1)[1].rstrip(")")) for g in groups) == len(
        page.result["findings"]  # type: ignore[index]
    )
    assert "findings" in page.summary.text()
    assert page.tabs.currentIndex() == FINDINGS_TAB  # opens on the findings


def test_decisions_and_added_needs_survive_a_new_check(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, _case(context, tmp_path))
    page.run_check()
    qtbot.waitUntil(lambda: page.findings_model.rowCount() > 0, timeout=20_000)
    first_text = page.result["findings"][0]["text"]  # type: ignore[index]
    assert page.select_item(FINDINGS_TAB, first_text)
    page.decide("dismissed")
    qtbot.waitUntil(lambda: page.message.text() == "Saved.")
    page.add_need("Leo needs help to open his lunch box.", "sensory_physical")
    qtbot.waitUntil(lambda: any(r.get("user_added") for r in page.needs_model.rows))

    page.message.clear()
    page.run_check()
    qtbot.waitUntil(lambda: "Checking" not in page.summary.text(), timeout=20_000)
    decided = next(r for r in page.findings_model.entries if r["text"] == first_text)
    assert decided["decision"] == "dismissed"
    assert page.select_item(FINDINGS_TAB, first_text)
    assert page.detail.heading.text().endswith("(dismissed)")
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
    assert page.select_item(NEEDS_TAB, page.needs_model.rows[0]["text"])
    entry = page.selected()
    assert entry is not None
    with qtbot.waitSignal(page.document_requested) as signal:
        qtbot.mouseClick(page.detail.open_button, Qt.MouseButton.LeftButton)
    assert signal.args == [entry["document_id"], entry["page"], entry["text"]]


def test_the_detail_pane_explains_the_selected_finding_in_words(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, _imported_case(context, tmp_path))
    page.run_check()
    qtbot.waitUntil(lambda: page.findings_model.rowCount() > 0, timeout=20_000)
    result = page.result
    assert result is not None
    less = next(f for f in result["findings"] if f["kind"] == "provision_not_specific")
    assert page.select_item(FINDINGS_TAB, less["text"])
    shown = page.detail.details()
    assert shown["heading"] == "Provision not specific (to decide)"
    assert less["explanation"] in shown["problem"]
    assert less["text"] in shown["plan"] and shown["plan"].startswith("Section F")
    assert less["legal_basis"] in shown["legal"]
    assert f"{round(less['confidence'] * 100)}%" in shown["confidence"]
    assert less["why"] in shown["confidence"]
    missing = next(f for f in result["findings"] if f["kind"] == "need_missing_from_b")
    assert page.select_item(FINDINGS_TAB, missing["text"])
    shown = page.detail.details()
    assert missing["text"] in shown["report"] and "Nothing in Section B" in shown["plan"]
    # The source page is shown in the reader with the sentence highlighted.
    reader = page.detail.source
    qtbot.waitUntil(reader.is_showing, timeout=10_000)
    qtbot.waitUntil(lambda: reader.search_model.searchString() != "")
    assert reader.current_page() >= missing["page"]  # a text page may flow onto the next
    assert missing["text"].startswith(reader.search_model.searchString())


def test_why_it_matters_never_names_the_file() -> None:
    entry = {
        "kind": "need_missing_from_b",
        "document": "ep_report.pdf",
        "detail": "ep_report.pdf (page 1) gives this need, and nothing in Section B matches it.",
    }
    assert "ep_report" not in why_it_matters(entry)
    other = {"kind": "provision_in_wrong_section", "document": "plan.docx", "detail": (
        "plan.docx (page 3) puts therapy in Section G.")}  # fmt: skip
    assert why_it_matters(other) == "Puts therapy in Section G."


def test_confidence_and_worth_a_look_are_shown_when_the_analysis_gives_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    sure = {"kind": "section_missing", "text": "J", "confidence": 0.9, "why": "No heading J."}
    unsure = {"kind": "provision_not_specific", "text": "Regular support.", "confidence": 0.3}
    assert confidence_text(sure) == "Sure (90%): No heading J."
    assert confidence_text(unsure) == "Unsure (30%)"
    assert confidence_text({"kind": "x"}) == ""
    model = FindingsModel(lambda _e: QIcon())
    model.set_result({"findings": [sure], "possible": [unsure], "needs": []})
    assert model.group_labels() == [
        "Sections missing from the plan (1)",
        "Worth a look (the check is unsure) (1)",
    ]
    child = model.index(0, 0, model.index(1, 0))
    assert child.data(ENTRY_ROLE) == unsure


def test_every_status_the_check_gives_is_said_in_words() -> None:
    """A parent never sees a code such as "section_not_found" in the needs list."""
    from ui.models.findings_model import status_label

    statuses = ["placement", "section_not_found", "not_educational", "missing_from_f"]
    for status in statuses:
        label = status_label({"status": status})
        assert "_" not in label and label[0].isupper(), label
