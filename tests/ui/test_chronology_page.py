"""The Chronology page: date order, filter, opening a document, export to Word."""

import datetime as dt
from pathlib import Path

import docx
from PySide6.QtCore import Qt

from ehcp_appeal.services import evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.test_evidence_samples import write
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.chronology_model import ChronologyModel
from ui.pages import chronology_page
from ui.pages.chronology_page import ChronologyPage


def _case(context: AppContext, folder: Path) -> tuple[str, dict[str, str]]:
    """Three notes imported out of date order; one stays undated."""
    case_id = create_case(context.db, CaseDetails(name="Sam / Patel")).id
    files = [
        write(folder, "later.txt", b"Review meeting notes"),
        write(folder, "undated.txt", b"A note with no date"),
        write(folder, "earlier.txt", b"Request for assessment"),
    ]
    report = evidence.import_files(context.db, case_id, files)
    ids = {doc.original_name: doc.id for doc in report.imported}
    evidence.update_metadata(context.db, ids["later.txt"], title="Review", date="2026-05-01")
    evidence.update_metadata(
        context.db,
        ids["earlier.txt"],
        title="Request",
        date=dt.date(2025, 9, 1),
        kind="correspondence",
        direction="to_la",
        sender="Ann Patel <ann@example.org>",
    )
    evidence.update_metadata(context.db, ids["undated.txt"], title="Undated note", date=None)
    return case_id, ids


def _rows(page: ChronologyPage, column: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _page(qtbot, context: AppContext, case_id: str) -> ChronologyPage:  # type: ignore[no-untyped-def]
    page = ChronologyPage(context)
    qtbot.addWidget(page)
    page.set_case(case_id)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3)
    return page


def test_lists_documents_by_date_with_undated_last_and_filters(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id, _ids = _case(context, tmp_path)
    page = _page(qtbot, context, case_id)
    assert _rows(page, ChronologyModel.TITLE) == ["Request", "Review", "Undated note"]
    assert _rows(page, ChronologyModel.DATE) == ["1 Sep 2025", "1 May 2026", "Undated"]
    assert _rows(page, ChronologyModel.WHAT)[0] == "Letter or email"
    assert _rows(page, ChronologyModel.FROM_TO)[0] == "To the council: from Ann Patel"
    page.filter_edit.setText("review")
    assert _rows(page, ChronologyModel.TITLE) == ["Review"]


def test_refreshes_when_the_documents_change(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id, ids = _case(context, tmp_path)
    page = _page(qtbot, context, case_id)
    evidence.update_metadata(context.db, ids["undated.txt"], date="2024-01-01")
    context.events.documents_changed.emit(case_id)
    qtbot.waitUntil(lambda: _rows(page, ChronologyModel.TITLE)[0] == "Undated note")


def test_export_writes_a_word_file_with_every_title(
    qtbot, context: AppContext, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    case_id, _ids = _case(context, tmp_path)
    page = _page(qtbot, context, case_id)
    out = tmp_path / "exported"
    suggested: list[str] = []

    def ask(_parent, _title, default, _filter):  # type: ignore[no-untyped-def]
        suggested.append(default)
        return str(out), "Word document (*.docx)"

    monkeypatch.setattr(chronology_page.QFileDialog, "getSaveFileName", ask)
    page.export_button.click()
    qtbot.waitUntil(lambda: "Saved the chronology" in page.message.text())
    assert Path(suggested[0]).name == "Chronology - Sam Patel.docx"
    saved = out.with_suffix(".docx")
    assert str(saved) in page.message.text() and "3 documents" in page.message.text()
    cells = [cell.text for table in docx.Document(str(saved)).tables for cell in table._cells]
    assert {"Request", "Review", "Undated note"} <= set(cells)


def test_activating_a_row_opens_the_document_in_the_reader(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id, ids = _case(context, tmp_path)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.open_case(case_id)
    assert window.show_page("chronology")
    page = window.pages["chronology"]
    assert isinstance(page, ChronologyPage)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3)
    index = page.proxy.index(1, ChronologyModel.TITLE)
    page.table.setCurrentIndex(index)
    with qtbot.waitSignal(page.document_requested) as requested:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert requested.args == [ids["later.txt"], 1]
    assert window.current_page_key() == "chronology"  # the reader opens beside it
    reader = window.reader
    assert reader is not None and reader.isVisible()
    qtbot.waitUntil(lambda: reader.reader.is_showing())
    assert reader.title.text() == "Review" and reader.reader.current_page() == 1
