"""The Bundle page: sections and budget shown, keyboard moves and ticks saved, PDF made."""

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ehcp_appeal.services import bundle, evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.bundle_fixtures import files
from ui.context import AppContext
from ui.pages.bundle_page import BundlePage
from ui.widgets.bundle_tree import ID_ROLE


def _case(context: AppContext, folder: Path) -> tuple[str, dict[str, str]]:
    case_id = create_case(context.db, CaseDetails(name="Page", appeal_type="contents")).id
    ids = {}
    for tag, kind, day in (("PLAN", "ehcp_final", 3), ("EP", "ep_report", 1),
                           ("SALT", "salt_report", 2), ("VIEWS", "parent_views", 4)):  # fmt: skip
        path = files.pdf(folder / f"{tag}.pdf", tag, pages=2)
        report = evidence.import_files(context.db, case_id, [path], kind=kind,
                                       date=dt.date(2026, 1, day))  # fmt: skip
        ids[tag] = report.imported[0].id
    return case_id, ids


def _page(qtbot, context: AppContext, case_id: str) -> BundlePage:  # type: ignore[no-untyped-def]
    page = BundlePage(context)
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.set_case(case_id)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 4)
    return page


def _ids(page: BundlePage, section: int) -> list[str]:
    head = page.tree.topLevelItem(section)
    return [head.child(i).data(0, ID_ROLE) for i in range(head.childCount())]


def test_shows_sections_in_bundle_order_and_the_budget_in_words(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id, ids = _case(context, tmp_path)
    page = _page(qtbot, context, case_id)
    assert _ids(page, 1) == [ids["PLAN"], ids["EP"], ids["SALT"]]  # the plan leads
    assert _ids(page, 2) == [ids["VIEWS"]]
    bars = [bar.format() for bar in page.budget.findChildren(type(page.progress))]
    assert "6 of 150 pages" in bars and "2 of 100 pages" in bars


def test_keyboard_move_and_untick_are_saved(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id, ids = _case(context, tmp_path)
    page = _page(qtbot, context, case_id)
    page.tree.select_document(ids["SALT"])
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _ids(page, 1) == [ids["PLAN"], ids["SALT"], ids["EP"]])
    qtbot.waitUntil(
        lambda: (
            [i.document.id for i in bundle.selection(context.db, case_id).sections[1].items]
            == [ids["PLAN"], ids["SALT"], ids["EP"]]
        )
    )
    page.tree.topLevelItem(1).child(2).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(
        lambda: (
            ids["EP"]
            not in {i.document.id for i in bundle.selection(context.db, case_id).included_items()}
        )
    )
    qtbot.waitUntil(
        lambda: (
            "4 of 150 pages" in [b.format() for b in page.budget.findChildren(type(page.progress))]
        )
    )


def test_make_bundle_writes_the_pdf_and_reports_it(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = _case(context, tmp_path)
    page = _page(qtbot, context, case_id)
    out = tmp_path / "bundle.pdf"
    page.make_bundle(out)
    qtbot.waitUntil(lambda: page.message.text().startswith("Saved version 1"), timeout=20_000)
    assert len(PdfReader(out).pages) == 2 + 8
    assert page.make_button.isEnabled()


def test_a_bad_document_asks_before_leaving_it_out(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    case_id, ids = _case(context, tmp_path)
    broken = evidence.get_document(context.db, ids["EP"])
    (context.db.store_dir / broken.sha256[:2] / broken.sha256).write_bytes(b"%PDF-1.4 damaged")
    asked: list[str] = []

    def answer_yes(_parent, _title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    page = _page(qtbot, context, case_id)
    out = tmp_path / "bundle.pdf"
    page.make_bundle(out)
    qtbot.waitUntil(lambda: page.message.text().startswith("Saved version"), timeout=20_000)
    assert asked and f"{broken.title}: its PDF is damaged" in asked[0]
    assert f"Left out: {broken.title}" in page.message.text()
    assert len(PdfReader(out).pages) == 2 + 6
