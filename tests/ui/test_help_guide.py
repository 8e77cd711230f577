"""F1 opens the guide for parents from any page; the guide explains the words parents meet."""

import pytest
from PySide6.QtCore import Qt

from ehcp_appeal.domain import FINDING_LABELS
from ehcp_appeal.guide import guide_text
from ehcp_appeal.services import cases
from ui.context import AppContext
from ui.dialogs.help_dialog import HelpDialog
from ui.main_window import MainWindow
from ui.pages.registry import PAGES

GLOSSARY = (
    "Section B",
    "Section F",
    "Section I",
    "SEND35",
    "Mediation certificate",
    "Working document",
    "EHC plan",
)


def test_the_guide_has_the_steps_findings_and_glossary() -> None:
    text = guide_text()
    for term in GLOSSARY:
        assert f"**{term}" in text, term
    for label in FINDING_LABELS.values():
        assert f"**{label}**" in text, label
    assert "What to do first" in text and "F1" in text


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_f1_opens_the_guide_from_every_page(qtbot, context: AppContext, key: str) -> None:  # type: ignore[no-untyped-def]
    case = cases.create_case(context.db, cases.CaseDetails(name="Sam")).id
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.open_case(case)
    assert window.show_page(key)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.guide is not None and window.guide.isVisible())
    assert isinstance(window.guide, HelpDialog)
    shown = window.guide.browser.toPlainText()
    assert "Mediation certificate" in shown and "SEND35" in shown
    assert "**" not in shown  # rendered, not raw Markdown
    window.guide.close()
