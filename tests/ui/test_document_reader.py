"""The document reader: pages, zoom, fit width and words highlighted where they are."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView

from ehcp_appeal.ingest.rendition import text_pdf
from ehcp_appeal.services import evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.test_evidence_samples import pdf_bytes, write
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.evidence_page import EvidencePage
from ui.widgets.document_reader import DocumentReader, candidates

LONG_SENTENCE = (
    "Finley needs a quiet, predictable space to eat lunch with an adult he knows, because "
    "the noise of the dining hall overwhelms him and he then cannot return to learning."
)


def _reader(qtbot, compact: bool = False) -> DocumentReader:  # type: ignore[no-untyped-def]
    reader = DocumentReader(compact=compact)
    qtbot.addWidget(reader)
    reader.resize(700, 600)
    reader.show()
    pages = ["First page about school.", f"Second page. {LONG_SENTENCE}", "Third page."]
    assert reader.show_pdf(text_pdf("Report", pages))
    return reader


def test_turns_pages_and_zooms(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(qtbot)
    assert reader.page_count.text() == "of 3" and reader.current_page() == 1
    assert not reader.previous_button.isEnabled()
    qtbot.mouseClick(reader.next_button, Qt.MouseButton.LeftButton)
    assert reader.current_page() == 2 and reader.page_spin.value() == 2
    reader.page_spin.setValue(3)
    assert reader.current_page() == 3 and not reader.next_button.isEnabled()
    before = reader._effective_zoom()
    qtbot.mouseClick(reader.zoom_in_button, Qt.MouseButton.LeftButton)
    assert reader.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert reader.view.zoomFactor() > before
    qtbot.mouseClick(reader.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(reader.zoom_out_button, Qt.MouseButton.LeftButton)
    assert reader.view.zoomFactor() < before
    qtbot.mouseClick(reader.fit_button, Qt.MouseButton.LeftButton)
    assert reader.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_highlights_a_sentence_broken_over_lines_on_its_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(qtbot)
    assert reader.highlight(LONG_SENTENCE, near_page=1)
    assert reader.current_page() == 2
    assert reader.search_model.searchString() == LONG_SENTENCE
    qtbot.waitUntil(lambda: reader.view.currentSearchResultIndex() >= 0)
    result = reader.search_model.resultAtIndex(reader.view.currentSearchResultIndex())
    assert result.page() == 1 and len(result.rectangles()) >= 2  # 0-based: page 2, two lines
    assert reader.found_label.text() == "Highlighted on page 2"


def test_highlights_the_longest_part_that_is_on_the_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(qtbot)
    reworded = "Finley needs a quiet, predictable space at break time as well"
    assert reader.highlight(reworded)
    assert reader.search_model.searchString() == "Finley needs a quiet, predictable space"
    assert "in part" in reader.found_label.text()
    assert not reader.highlight("hydrotherapy pool")
    assert reader.found_label.text() == "Not found on these pages"
    assert candidates("a b") == ["a b"] and candidates("") == []


def test_the_find_field_highlights_what_is_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(qtbot)
    reader.find_edit.setText("third page")
    qtbot.keyClick(reader.find_edit, Qt.Key.Key_Return)
    assert reader.current_page() == 3
    assert reader.search_model.searchString() == "third page"


def test_search_hits_highlight_their_words_and_open_the_reader(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id = create_case(context.db, CaseDetails(name="Sam")).id
    pdf = write(tmp_path, "ep.pdf", pdf_bytes([["Advice"], ["Sam needs occupational therapy"]]))
    doc_id = evidence.import_files(context.db, case_id, [pdf]).imported[0].id
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.open_case(case_id)
    assert window.show_page("evidence")
    page = window.pages["evidence"]
    assert isinstance(page, EvidencePage)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    page.search_edit.setText("occupational")
    page.search.run()
    qtbot.waitUntil(lambda: page.hits.count() == 1)
    page.hits.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.preview.is_showing() and page.preview.current_page() == 2)
    assert page.preview.search_model.searchString() == "occupational"
    assert page.preview.find_edit.text() == "occupational"

    page.hits.itemActivated.emit(page.hits.item(0))  # Enter or double-click on the hit
    reader = window.reader
    assert reader is not None and reader.isVisible()
    assert window.current_page_key() == "evidence"
    qtbot.waitUntil(lambda: reader.reader.is_showing())
    assert reader.reader.current_page() == 2
    assert reader.reader.search_model.searchString() == "occupational"
    window.show_document(doc_id, 1)  # the same window is reused for the next document
    assert window.reader is reader
    reader.activateWindow()
    qtbot.waitUntil(reader.isActiveWindow)
    qtbot.keyClick(reader.reader.view, Qt.Key.Key_Escape)
    assert not reader.isVisible()

    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    with qtbot.waitSignal(page.document_requested) as requested:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a document opens it large
    assert requested.args[0] == doc_id


def test_scrolls_a_sentence_low_on_a_page_into_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = DocumentReader()
    qtbot.addWidget(reader)
    reader.resize(600, 300)
    reader.show()
    filler = "\n\n".join(f"Paragraph {n} about the school day." for n in range(30))
    assert reader.show_pdf(text_pdf("Report", [f"{filler}\n\n{LONG_SENTENCE}"]))
    qtbot.waitUntil(lambda: reader.view.verticalScrollBar().maximum() > 0)
    assert reader.view.verticalScrollBar().value() == 0
    assert reader.highlight(LONG_SENTENCE)
    qtbot.waitUntil(lambda: reader.view.currentSearchResultIndex() >= 0)
    result = reader.search_model.resultAtIndex(reader.view.currentSearchResultIndex())
    assert result.page() == 0  # the sentence is low on the first page
    scale = reader._pixels_per_point(0)
    top = reader.view.verticalScrollBar().value()
    sentence_y = reader.view.documentMargins().top() + result.location().y() * scale
    assert top > 0 and top <= sentence_y <= top + reader.view.viewport().height()
