"""Searching the documents of every case from the Cases page, and opening a result."""

from pathlib import Path

from PySide6.QtCore import Qt

from ehcp_appeal.services import cases, evidence
from ehcp_appeal.services.cases import CaseDetails
from tests.core.test_evidence_samples import pdf_bytes, write
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.search_results_model import SearchResultsModel
from ui.pages.evidence_page import EvidencePage


def _case_with(context: AppContext, name: str, path: Path) -> tuple[str, str]:
    case_id = cases.create_case(context.db, CaseDetails(name=name)).id
    report = evidence.import_files(context.db, case_id, [path])
    return case_id, report.imported[0].id


def test_finds_documents_in_every_case_and_opens_one_at_its_page(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ruby, _ruby_doc = _case_with(
        context, "Ruby", write(tmp_path, "ruby.txt", b"Ruby uses a trampoline at break time.")
    )
    pdf = pdf_bytes([["Sensory report"], ["Old family trampoline therapy twice a week"]])
    old, old_doc = _case_with(context, "Old family", write(tmp_path, "old.pdf", pdf))
    _other, _ = _case_with(context, "Ava", write(tmp_path, "ava.txt", b"Nothing to see"))
    cases.set_archived(context.db, old, True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.open_case(ruby)
    window.show_page("cases")
    search = window.cases_page.search

    search.edit.setText("trampoline")
    search.run()
    qtbot.waitUntil(lambda: search.model.rowCount() == 2)
    rows = {
        search.model.index(row, SearchResultsModel.CASE).data(): row
        for row in range(search.model.rowCount())
    }
    assert set(rows) == {"Ruby", "Old family (archived)"}
    archived_row = rows["Old family (archived)"]
    found = search.model.index(archived_row, SearchResultsModel.FOUND).data()
    assert "«trampoline»" in found
    assert search.model.index(archived_row, SearchResultsModel.PAGE).data() == "2"
    assert "2 pages in 2 cases" in search.status.text()

    search.table.setFocus()
    search.table.setCurrentIndex(search.model.index(archived_row, SearchResultsModel.DOCUMENT))
    qtbot.keyClick(search.table, Qt.Key.Key_Return)
    assert window.case_id == old
    assert window.current_page_key() == "evidence"
    page = window.pages["evidence"]
    assert isinstance(page, EvidencePage)
    qtbot.waitUntil(lambda: page.selected_id() == old_doc)
    qtbot.waitUntil(lambda: page.preview.document.pageCount() == 2)
    assert page.preview.current_page() == 2
    assert page.preview.search_model.searchString() == "trampoline"  # the words, highlighted


def test_says_when_nothing_matches(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _case_with(context, "Ruby", write(tmp_path, "ruby.txt", b"Speech therapy weekly"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    search = window.cases_page.search
    search.edit.setText("hydrotherapy")
    search.run()
    qtbot.waitUntil(lambda: "No document in any case" in search.status.text())
    assert search.model.rowCount() == 0 and not search.table.isVisibleTo(window)
    search.edit.clear()
    search.run()
    assert search.status.text() == "" and not search.table.isVisibleTo(window)
