"""The Evidence page: list, filter, search, preview, edit, delete with undo, import."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from ehcp_appeal.services import evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.test_evidence_samples import email_bytes, pdf_bytes, write
from ui.context import AppContext
from ui.models.documents_model import DocumentsTableModel
from ui.pages.evidence_page import EvidencePage


def _case_with_documents(context: AppContext, folder: Path) -> str:
    case_id = create_case(context.db, CaseDetails(name="Sam")).id
    files = [
        write(folder, "ep.pdf", pdf_bytes([["Educational Psychology Advice", "3 May 2026"],
                                           ["Sam needs occupational therapy"]])),
        write(folder, "m.eml", email_bytes("The council agreed to the assessment.")),
        write(folder, "note.txt", b"A note with no date"),
    ]  # fmt: skip
    assert evidence.import_files(context.db, case_id, files).failures == []
    return case_id


def _page(qtbot, context: AppContext, case_id: str | None) -> EvidencePage:  # type: ignore[no-untyped-def]
    page = EvidencePage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.set_case(case_id)
    return page


def _titles(page: EvidencePage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, DocumentsTableModel.TITLE).data() for r in range(proxy.rowCount())]


def test_lists_sorts_and_filters(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, _case_with_documents(context, tmp_path))
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3)
    assert _titles(page) == ["OT assessment", "Educational Psychology Advice", "note"]
    page.table.sortByColumn(DocumentsTableModel.DATE, Qt.SortOrder.DescendingOrder)
    assert _titles(page) == ["note", "Educational Psychology Advice", "OT assessment"]
    page.table.sortByColumn(DocumentsTableModel.PAGES, Qt.SortOrder.DescendingOrder)
    assert _titles(page)[0] == "Educational Psychology Advice"
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("correspondence"))
    assert _titles(page) == ["OT assessment"]
    page.kind_combo.setCurrentIndex(0)
    page.filter_edit.setText("psychology")
    assert _titles(page) == ["Educational Psychology Advice"]


def test_search_shows_hits_and_previews_the_page(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, _case_with_documents(context, tmp_path))
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3)
    page.search_edit.setText("occupational")
    page.run_search()
    qtbot.waitUntil(lambda: page.hits.count() == 1)
    assert "page 2" in page.hits.item(0).text() and "«occupational»" in page.hits.item(0).text()
    assert _titles(page) == ["Educational Psychology Advice"]
    page.hits.itemClicked.emit(page.hits.item(0))
    qtbot.waitUntil(lambda: page.preview.document.pageCount() == 2)
    assert page.title_edit.text() == "Educational Psychology Advice"
    page.search_edit.clear()
    page.run_search()
    assert page.proxy.rowCount() == 3 and not page.hits.isVisible()


def test_edit_details_and_delete_with_undo(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _case_with_documents(context, tmp_path)
    page = _page(qtbot, context, case_id)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3)
    page.select_document(next(d.id for d in evidence.list_documents(context.db, case_id)
                              if d.original_name == "note.txt"))  # fmt: skip
    qtbot.waitUntil(lambda: page.preview.document.pageCount() == 1)
    page.title_edit.setText("Note to school")
    page.date_edit.set_value(dt.date(2026, 1, 9))
    with qtbot.waitSignal(context.events.documents_changed):
        page.save_details()
    saved = {d.original_name: d for d in evidence.list_documents(context.db, case_id)}["note.txt"]
    assert (saved.title, saved.date) == ("Note to school", dt.date(2026, 1, 9))
    qtbot.waitUntil(lambda: "Note to school" in _titles(page))

    page.select_document(saved.id)
    with qtbot.waitSignal(context.events.documents_changed):
        page.delete_selected()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    assert page.undo_button.isVisibleTo(page)
    with qtbot.waitSignal(context.events.documents_changed):
        page.undo_button.click()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3)
    assert page.selected_id() == saved.id


def test_import_by_drop_with_progress_and_failures(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id = create_case(context.db, CaseDetails(name="Ava")).id
    page = _page(qtbot, context, case_id)
    good = write(tmp_path, "letter.txt", b"Dear SEN Team\nPlease assess Ava.\nYours sincerely")
    bad = write(tmp_path, "empty.pdf", b"")
    steps: list[int] = []
    page.progress.valueChanged.connect(steps.append)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    page.dropEvent(event)
    assert page.progress.isVisibleTo(page) and not page.import_button.isEnabled()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: page.import_task is None)
    assert "Imported 1 document" in page.message.text()
    assert "empty.pdf" in page.message.text() and "empty (0 bytes)" in page.message.text()
    assert not page.progress.isVisibleTo(page) and page.import_button.isEnabled()
    assert steps and max(steps) == 2


def test_cancel_stops_an_import(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = create_case(context.db, CaseDetails(name="Ava")).id
    page = _page(qtbot, context, case_id)
    paths = [write(tmp_path, f"n{n}.txt", f"note {n}".encode()) for n in range(30)]
    page.import_paths(paths)
    page.cancel_import()
    qtbot.waitUntil(lambda: page.import_task is None, timeout=20_000)
    assert "Stopped at your request" in page.message.text()
    assert len(evidence.list_documents(context.db, case_id)) < 30


def test_no_case_disables_import(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, None)
    assert not page.import_button.isEnabled()
    assert page.model.rowCount() == 0
