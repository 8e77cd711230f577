"""Every page by keyboard and screen reader: the Tab chain, mnemonics, focus and names.

Pages are taken from the registry, so a page added later is checked without a new test.
"""

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QWidget,
)

from ehcp_appeal import paths
from ehcp_appeal.services import analysis, evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.analysis_fixtures.cases import build_case
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.registry import PAGES

PAGE_KEYS = [spec.key for spec in PAGES]
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


@pytest.fixture
def window(qtbot, context: AppContext, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A case with a plan, reports and a plan check, so every page has its controls."""
    case_id = create_case(context.db, CaseDetails(name="Ruby")).id
    plan, reports = build_case(tmp_path)
    for path, kind in (
        (plan, "ehcp_final"),
        (reports[0], "salt_report"),
        (reports[1], "ep_report"),
    ):
        assert not evidence.import_files(context.db, case_id, [path], kind=kind).failures
    analysis.run_case_analysis(context.db, case_id)
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    win.open_case(case_id)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    context.runner.wait_for_all()
    qtbot.wait(50)
    return win


def _focusable(window: MainWindow) -> list[QWidget]:
    """Controls Tab should reach: shown, enabled, taking Tab focus, not standing in for another."""
    found = []
    for widget in window.centralWidget().findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        found.append(widget)
    return found


def _describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_tab_reaches_every_control_and_comes_back(qtbot, window: MainWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    assert window.show_page(key)
    window.context.runner.wait_for_all()  # a page first shown now loads its case
    qtbot.wait(50)
    window.navigation.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigation)
    reached = [window.navigation]
    stayed = 0  # a date field's Tab walks day, month and year first, then leaves
    for _step in range(400):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if after is window.navigation:
            break
        stayed = stayed + 1 if after is current else 0
        assert stayed < 4, f"Tab is trapped in {_describe(current)} on {key}"
        reached.append(after)
    else:
        pytest.fail(f"Tab never came back to the sections list on {key}")
    missing = [_describe(w) for w in _focusable(window) if w not in reached]
    assert missing == [], f"not reachable with Tab on {key}"
    assert window.current_page_key() == key  # walking the chain never changed the page
    if key == "plan-check":  # the detail pane's decisions are on the chain too
        assert window.pages[key].detail.accept_button in reached  # type: ignore[attr-defined]


def test_arrow_keys_move_within_a_table_and_tab_leaves_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_page("cases")
    table = window.cases_page.table
    assert isinstance(table, QTableView) and not table.tabKeyNavigation()
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentIndex().column() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def _mnemonics(widget: QWidget) -> list[str]:
    texts: list[str] = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QAbstractButton) or (
            isinstance(child, QLabel) and child.buddy() is not None
        ):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QTabBar):
            texts.extend(child.tabText(i) for i in range(child.count()))
    return [m.lower() for text in texts for m in MNEMONIC.findall(text)]


def test_no_page_reuses_a_mnemonic_or_takes_one_from_the_menus(window: MainWindow) -> None:
    menus = [m.lower() for a in window.menuBar().actions() for m in MNEMONIC.findall(a.text())]
    assert len(menus) == len(set(menus)) and "f" in menus
    clashes = {}
    for spec in PAGES:
        letters = _mnemonics(window.pages[spec.key])
        repeated = sorted(k for k, n in Counter(letters + menus).items() if n > 1)
        if repeated:
            clashes[spec.key] = repeated
    assert clashes == {}


def test_alt_f_opens_the_file_menu_on_the_plan_check(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_page("plan-check")
    page = window.pages["plan-check"]
    tabs = page.tabs  # type: ignore[attr-defined]
    tabs.setCurrentIndex(1)
    assert "f" not in _mnemonics(page)
    assert "&Findings" not in [tabs.tabText(i) for i in range(tabs.count())]


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_control_has_an_accessible_name_and_role(window: MainWindow, key: str) -> None:
    assert window.show_page(key)
    problems = []
    for widget in [window.navigation, *_focusable(window)]:
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.isValid():
            problems.append(f"{_describe(widget)}: no accessible interface")
            continue
        name = interface.text(QAccessible.Text.Name).replace("&", "").strip()
        role = interface.role()
        if not name:
            problems.append(f"{_describe(widget)}: no name")
        if role == QAccessible.Role.NoRole:
            problems.append(f"{_describe(widget)}: no role")
    assert problems == []


def _styled(widget: QWidget) -> QWidget:
    widget.setStyleSheet((paths.resources_dir() / "styles" / "app.qss").read_text("utf-8"))
    return widget


def _changed_pixels(before: QImage, after: QImage) -> int:
    return sum(
        before.pixel(x, y) != after.pixel(x, y)
        for x in range(0, before.width())
        for y in range(0, before.height())
    )


@pytest.mark.parametrize("make", [lambda: QPushButton("Save"), QLineEdit])
def test_focus_is_clearly_visible(qtbot, make) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    other = QPushButton("Elsewhere", holder)
    control = _styled(make())
    control.setParent(holder)
    control.setGeometry(10, 40, 120, 32)
    holder.resize(200, 100)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    unfocused = control.grab().toImage()
    control.setFocus()
    qtbot.waitUntil(control.hasFocus)
    focused = control.grab().toImage()
    perimeter = 2 * (unfocused.width() + unfocused.height())
    assert _changed_pixels(unfocused, focused) >= perimeter  # a ring at least 1 px all round
