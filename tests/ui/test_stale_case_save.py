"""The case page when someone else saved the case after it was opened here."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ehcp_appeal.services import audit, cases
from ehcp_appeal.services.cases import CaseDetails
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.case_page import CasePage


def test_a_refused_save_keeps_what_was_typed_and_offers_to_reload(
    qtbot, context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # Closing the window with unsaved changes asks; here the answer is "discard".
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    created = cases.create_case(context.db, CaseDetails(name="Ruby", school="Oak Primary"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.open_case(created.id)
    page = window.pages["case"]
    assert isinstance(page, CasePage)
    assert not page.reload_button.isVisible()
    # A colleague saves the case meanwhile, from her own copy.
    cases.update_case(context.db, replace(created, school="Elm Academy"))

    page.form.school.clear()
    qtbot.keyClicks(page.form.school, "Birch School")
    assert page.save() is False
    message = page.status.text()
    assert "Someone else saved" in message
    assert "School: now 'Elm Academy', yours 'Birch School'" in message
    assert page.form.school.text() == "Birch School" and page.dirty  # nothing typed is lost
    assert cases.get_case(context.db, created.id).school == "Elm Academy"
    assert page.reload_button.isVisible()

    qtbot.keyClick(page.reload_button, Qt.Key.Key_Space)
    assert page.form.school.text() == "Elm Academy" and not page.dirty
    assert not page.reload_button.isVisible()
    qtbot.keyClicks(page.form.school, ", Year 4 base")
    assert page.save() is True
    assert cases.get_case(context.db, created.id).school == "Elm Academy, Year 4 base"
    assert ("opened", created.id) in [(e.action, e.case_id) for e in audit.list_events(context.db)]
