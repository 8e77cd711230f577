"""Small windows: every page fits 1024x640 and 800x560 without clipped labels."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QScrollArea

from ehcp_appeal import paths
from ehcp_appeal.services import evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.test_evidence_samples import pdf_bytes, write
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.case_page import CasePage
from ui.pages.registry import PAGES


@pytest.fixture
def styled(qapp) -> None:  # type: ignore[no-untyped-def]
    """The real style sheet: its padding and borders are what make labels clip."""
    qapp.setStyleSheet((paths.resources_dir() / "styles" / "app.qss").read_text("utf-8"))
    yield
    qapp.setStyleSheet("")


def _window(qtbot, context: AppContext, tmp_path: Path, size: tuple[int, int]) -> MainWindow:  # type: ignore[no-untyped-def]
    case_id = create_case(context.db, CaseDetails(name="Ruby", local_authority="Westmere")).id
    report = write(tmp_path, "ep.pdf", pdf_bytes([["Advice"], ["Ruby needs speech therapy"]]))
    evidence.import_files(context.db, case_id, [report])
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.open_case(case_id)
    context.runner.wait_for_all()
    return window


@pytest.mark.parametrize("size", [(1024, 640), (800, 560)])
def test_no_button_clips_its_label_on_any_page(
    qtbot, styled, context: AppContext, tmp_path: Path, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, context, tmp_path, size)
    assert (window.width(), window.height()) == size
    clipped = []
    for spec in PAGES:
        assert window.show_page(spec.key)
        context.runner.wait_for_all()  # a page first shown now loads its case
        qtbot.wait(50)  # and lays out again for what it loaded
        for button in window.findChildren(QAbstractButton):
            if button.isVisibleTo(window) and button.width() < button.sizeHint().width():
                clipped.append(
                    f"{spec.key}: {button.text()!r} {button.width()}<{button.sizeHint().width()}"
                )
    assert clipped == []


def test_a_choice_field_is_not_as_wide_as_its_longest_choice(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, context, tmp_path, (800, 560))
    combos = [c for c in window.findChildren(QComboBox) if c.count() > 1]
    assert combos
    for combo in combos:
        longest = max(
            combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
        )
        assert combo.minimumSizeHint().width() < max(longest, 260)


def test_case_details_fold_instead_of_scrolling_sideways(
    qtbot, styled, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, context, tmp_path, (800, 560))
    window.show_page("case")
    page = window.pages["case"]
    assert isinstance(page, CasePage)
    QApplication.processEvents()
    assert page.form.boxes.direction().name == "TopToBottom"
    assert not page.form_scroll.horizontalScrollBar().isVisible()
    window.resize(1920, 1080)
    QApplication.processEvents()
    assert page.form.boxes.direction().name == "LeftToRight"


def test_the_evidence_preview_keeps_a_usable_height(
    qtbot, styled, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, context, tmp_path, (1024, 640))
    window.show_page("evidence")
    page = window.pages["evidence"]
    QApplication.processEvents()
    assert page.preview.height() >= 200  # type: ignore[attr-defined]


def test_no_page_scrolls_sideways_at_1024x640(
    qtbot, styled, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, context, tmp_path, (1024, 640))
    sideways = []
    for spec in PAGES:
        assert window.show_page(spec.key)
        QApplication.processEvents()
        holder = window.stack.currentWidget()
        assert isinstance(holder, QScrollArea) and holder.widget() is window.pages[spec.key]
        if holder.horizontalScrollBar().isVisible():
            sideways.append(spec.key)
    assert sideways == []
