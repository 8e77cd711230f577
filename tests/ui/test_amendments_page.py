"""The amendments page: edit with undo, the preview printed in the tribunal's type styles,
and the working document written off the window's thread."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument

from ehcp_appeal import demo
from ehcp_appeal.services import amendments, analysis
from ui.context import AppContext
from ui.pages.amendments_page import AmendmentsPage


def _fragments(document: QTextDocument) -> list[tuple[str, bool, bool]]:
    """(text, bold, struck through) of every piece of the rendered document."""
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            found.append(
                (fragment.text(), fmt.fontWeight() >= QFont.Weight.Bold, fmt.fontStrikeOut())
            )
            iterator += 1
        block = block.next()
    return found


def _page(qtbot, context: AppContext) -> tuple[AmendmentsPage, str]:  # type: ignore[no-untyped-def]
    case_id = demo.seed_demo_case(context.db)
    page = AmendmentsPage(context)
    qtbot.addWidget(page)
    page.set_case(case_id)
    qtbot.waitUntil(lambda: page.data is not None)
    return page, case_id


def test_drafts_from_accepted_findings_show_bold_in_the_preview(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page, case_id = _page(qtbot, context)
    result = analysis.get_case_analysis(context.db, case_id)
    assert result is not None
    chosen = next(f for f in result["findings"] if f["kind"] == "provision_missing_from_f")
    analysis.set_decision(context.db, case_id, chosen["item_key"], "accepted")
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    pieces = _fragments(page.proposed_view.document())
    assert any(chosen["text"] in text and bold and not struck for text, bold, struck in pieces)
    original = page.original_view.document().toPlainText()
    assert chosen["text"] not in original, "the plan's side shows only the plan's wording"
    assert page.form.proposed.toPlainText().startswith(chosen["text"])


def test_add_edit_delete_and_undo_from_the_keyboard(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page, case_id = _page(qtbot, context)
    page.form.section.setCurrentIndex(page.form.section.findData("F"))
    page.form.action.setCurrentIndex(page.form.action.findData("delete"))
    page.form.original.setPlainText("Finley will have access to a quiet space when needed.")
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)  # buttons take Space from the keyboard
    qtbot.waitUntil(lambda: page.list.count() == 1)
    struck = [t for t, bold, strike in _fragments(page.proposed_view.document()) if bold and strike]
    assert any("quiet space" in text for text in struck)
    assert page.list.currentRow() == 0 and page.delete_button.isEnabled()

    page.form.action.setCurrentIndex(page.form.action.findData("replace"))
    page.form.proposed.setPlainText("A quiet room next to the classroom, every lesson.")
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "A quiet room" in page.list.item(0).text())
    assert amendments.list_amendments(context.db, case_id)[0].action == "replace"

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.count() == 0)
    assert not page.undo_button.isHidden()
    assert amendments.list_amendments(context.db, case_id) == []
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert amendments.list_amendments(context.db, case_id)[0].action == "replace"


def test_controls_have_accessible_names(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page, _ = _page(qtbot, context)
    for widget in (
        page.list, page.form.section, page.form.party, page.form.action, page.form.original,
        page.form.proposed, page.form.document, page.form.page, page.original_view,
        page.proposed_view, page.wd_button, page.reasons_button, page.import_button,
    ):  # fmt: skip
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_working_document_is_written_in_the_background(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page, _ = _page(qtbot, context)
    out = tmp_path / "WD1.docx"
    page.write_working_document(out)
    qtbot.waitUntil(lambda: "Saved WD1" in page.message.text(), timeout=60_000)
    assert out.is_file()
    assert "pages" in page.message.text()
