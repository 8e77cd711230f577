"""The Evidence page: list, filter, search, preview, edit, delete with undo, import."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from ehcp_appeal.ingest import ocr
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
    page.search.run()
    qtbot.waitUntil(lambda: page.hits.count() == 1)
    assert "page 2" in page.hits.item(0).text() and "«occupational»" in page.hits.item(0).text()
    assert _titles(page) == ["Educational Psychology Advice"]
    page.hits.itemClicked.emit(page.hits.item(0))
    qtbot.waitUntil(lambda: page.preview.document.pageCount() == 2)
    assert page.details.title_edit.text() == "Educational Psychology Advice"
    page.search_edit.clear()
    page.search.run()
    assert page.proxy.rowCount() == 3 and not page.hits.isVisible()


def test_edit_details_and_delete_with_undo(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _case_with_documents(context, tmp_path)
    page = _page(qtbot, context, case_id)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3)
    page.select_document(next(d.id for d in evidence.list_documents(context.db, case_id)
                              if d.original_name == "note.txt"))  # fmt: skip
    qtbot.waitUntil(lambda: page.preview.document.pageCount() == 1)
    page.details.title_edit.setText("Note to school")
    page.details.date_edit.set_value(dt.date(2026, 1, 9))
    page.details.subject_edit.setText("Transport to school")
    with qtbot.waitSignal(context.events.documents_changed):
        page.save_details()
    saved = {d.original_name: d for d in evidence.list_documents(context.db, case_id)}["note.txt"]
    assert (saved.title, saved.date) == ("Note to school", dt.date(2026, 1, 9))
    assert saved.subject == "Transport to school"
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
    page.importer.progress.valueChanged.connect(steps.append)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(bad))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    page.dropEvent(event)
    assert page.importer.progress.isVisibleTo(page) and not page.import_button.isEnabled()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: page.importer.task is None)
    assert "Imported 1 document" in page.message.text()
    assert "empty.pdf" in page.message.text() and "empty (0 bytes)" in page.message.text()
    assert not page.importer.progress.isVisibleTo(page) and page.import_button.isEnabled()
    assert steps and max(steps) == 2


def test_cancel_stops_an_import(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = create_case(context.db, CaseDetails(name="Ava")).id
    page = _page(qtbot, context, case_id)
    paths = [write(tmp_path, f"n{n}.txt", f"note {n}".encode()) for n in range(30)]
    page.import_paths(paths)
    page.importer.cancel_button.click()
    qtbot.waitUntil(lambda: page.importer.task is None, timeout=20_000)
    assert "Stopped at your request" in page.message.text()
    assert len(evidence.list_documents(context.db, case_id)) < 30


def test_no_case_disables_import(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, context, None)
    assert not page.import_button.isEnabled()
    assert page.model.rowCount() == 0


def _ids(context: AppContext, case_id: str) -> dict[str, str]:
    return {d.original_name: d.id for d in evidence.list_documents(context.db, case_id)}


def test_show_document_while_the_rows_are_still_loading(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id = _case_with_documents(context, tmp_path)
    ep_id = _ids(context, case_id)["ep.pdf"]
    page = _page(qtbot, context, case_id)
    assert page.model.rowCount() == 0  # the list is loading in the background
    page.show_document(ep_id, 2)
    qtbot.waitUntil(lambda: page.selected_id() == ep_id)
    qtbot.waitUntil(lambda: page.preview.document.pageCount() == 2)
    assert page.preview.current_page() == 2
    assert page.details.title_edit.text() == "Educational Psychology Advice"


def test_show_document_clears_a_search_and_filters_that_hide_it(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id = _case_with_documents(context, tmp_path)
    ep_id = _ids(context, case_id)["ep.pdf"]
    page = _page(qtbot, context, case_id)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 3)
    page.search_edit.setText("council")
    page.search.run()
    qtbot.waitUntil(lambda: page.hits.isVisibleTo(page))
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("correspondence"))
    page.filter_edit.setText("OT")
    assert _titles(page) == ["OT assessment"]
    page.show_document(ep_id, 2)
    assert page.proxy.rowCount() == 3 and not page.hits.isVisibleTo(page)
    assert (page.search_edit.text(), page.filter_edit.text()) == ("", "")
    assert page.kind_combo.currentIndex() == 0
    assert page.selected_id() == ep_id
    qtbot.waitUntil(lambda: page.preview.document.pageCount() == 2)
    assert page.preview.current_page() == 2


def test_banner_says_when_scanned_pages_cannot_be_searched(
    qtbot, context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    page = _page(qtbot, context, None)
    assert page.ocr_notice.isVisibleTo(page)
    assert "Tesseract" in page.ocr_notice.text() and "kept" in page.ocr_notice.text()
    monkeypatch.setattr(ocr, "ocr_available", lambda: True)
    installed = _page(qtbot, context, None)
    assert not installed.ocr_notice.isVisibleTo(installed)


def test_a_document_without_text_offers_to_read_it_again(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id = create_case(context.db, CaseDetails(name="Ava")).id
    files = [write(tmp_path, "blank.txt", b"  \n\n "), write(tmp_path, "note.txt", b"Words")]
    assert evidence.import_files(context.db, case_id, files).failures == []
    ids = _ids(context, case_id)
    page = _page(qtbot, context, case_id)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    page.select_document(ids["note.txt"])
    assert not page.details.reread_button.isVisibleTo(page)
    assert not page.details.text_notice.isVisibleTo(page)
    page.select_document(ids["blank.txt"])
    assert page.details.reread_button.isVisibleTo(page)
    assert "No words were found" in page.details.text_notice.text()
    with qtbot.waitSignal(context.events.documents_changed):
        page.details.reread_button.click()
    assert "Read 'blank' again, but still found no words" in page.message.text()
