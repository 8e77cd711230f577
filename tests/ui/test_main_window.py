"""The window shell: case list, new-case dialog, case page, navigation and accessibility."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ehcp_appeal.services import cases
from ehcp_appeal.services.cases import CaseDetails, PersonInfo
from ui.context import AppContext
from ui.dialogs.new_case_dialog import NewCaseDialog
from ui.main_window import MainWindow
from ui.pages.case_page import CasePage
from ui.pages.registry import PAGES


def make_window(qtbot, context: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def test_case_list_shows_cases_and_hides_archived(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    cases.create_case(context.db, CaseDetails(name="Ruby", local_authority="Westmere"))
    gone = cases.create_case(context.db, CaseDetails(name="Old family"))
    cases.set_archived(context.db, gone.id, True)
    window = make_window(qtbot, context)
    page = window.cases_page
    assert page.proxy.rowCount() == 1
    assert "Ruby" in page.proxy.index(0, 0).data()
    page.show_archived.setChecked(True)
    assert page.proxy.rowCount() == 2
    page.filter_edit.setText("old fam")
    assert page.proxy.rowCount() == 1
    assert "archived" in page.proxy.index(0, 0).data()


def test_pages_about_a_case_wait_until_one_is_open(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, context)
    assert window.show_page("evidence") is False
    assert window.current_page_key() == "cases"
    created = cases.create_case(context.db, CaseDetails(name="Ruby"))
    window.open_case(created.id)
    assert window.current_page_key() == "case"
    assert "Ruby" in window.case_banner.text()
    for spec in PAGES:
        assert window.show_page(spec.key)
        assert window.current_page_key() == spec.key


def test_new_case_dialog_creates_and_refuses_bad_input(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = NewCaseDialog(context)
    qtbot.addWidget(dialog)
    dialog.form.name.setText("")
    dialog.accept()
    assert dialog.created_id is None
    assert dialog.error_label.isVisibleTo(dialog)
    assert "name" in dialog.error_label.text().lower()
    qtbot.keyClicks(dialog.form.name, "Sam Patel")
    dialog.form.reference.setText("EH123/26/00001")
    with qtbot.waitSignal(context.events.case_saved):
        dialog.accept()
    saved = cases.get_case(context.db, dialog.created_id or "")
    assert (saved.name, saved.tribunal_reference) == ("Sam Patel", "EH123/26/00001")


def test_case_page_edits_and_saves(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    created = cases.create_case(
        context.db, CaseDetails(name="Ruby", people=(PersonInfo("senco", "Mr Lee"),))
    )
    window = make_window(qtbot, context)
    window.open_case(created.id)
    page = window.pages["case"]
    assert isinstance(page, CasePage)
    assert not page.dirty and not page.save_button.isEnabled()
    qtbot.keyClicks(page.form.school, "Fernside Primary")
    page.form.hearing_date.set_value(dt.date(2027, 3, 10))
    assert page.dirty and page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = cases.get_case(context.db, created.id)
    assert saved.school == "Fernside Primary"
    assert saved.hearing_date == dt.date(2027, 3, 10)
    assert saved.people == (PersonInfo("senco", "Mr Lee"),)
    assert not page.dirty
    assert "Saved" in page.status.text()


def test_case_page_shows_the_cores_reason_when_saving_fails(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    created = cases.create_case(context.db, CaseDetails(name="Ruby"))
    window = make_window(qtbot, context)
    window.open_case(created.id)
    page = window.pages["case"]
    assert isinstance(page, CasePage)
    page.form.reference.setText("not a reference")
    assert page.save() is False
    assert "tribunal reference" in page.status.text()
    assert cases.get_case(context.db, created.id).tribunal_reference == ""


def test_every_control_on_every_page_has_an_accessible_name(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    created = cases.create_case(context.db, CaseDetails(name="Ruby"))
    window = make_window(qtbot, context)
    window.open_case(created.id)
    interactive = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView)
    unnamed = []
    for spec in PAGES:
        window.show_page(spec.key)
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, interactive) or not widget.isVisibleTo(window):
                continue
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                continue  # the editor inside a date or choice field; the field carries the name
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else ""
            )
            if not name.strip():
                unnamed.append(f"{spec.key}: {type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_keyboard_shortcuts_reach_every_page(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    created = cases.create_case(context.db, CaseDetails(name="Ruby"))
    window = make_window(qtbot, context)
    window.open_case(created.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number, spec in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == spec.key


def test_case_page_records_the_outcome(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    created = cases.create_case(context.db, CaseDetails(name="Ruby"))
    window = make_window(qtbot, context)
    window.open_case(created.id)
    page = window.pages["case"]
    assert isinstance(page, CasePage)
    combo = page.form.outcome
    assert combo.currentData() == "" and combo.accessibleName()
    combo.setCurrentIndex(combo.findData("consent_order"))
    assert "consent" in combo.currentText().lower()
    assert page.dirty and page.save()
    assert cases.get_case(context.db, created.id).outcome == "consent_order"
    labels = [w.text() for w in page.findChildren(QLabel) if "&" in w.text()]
    keys = [text[text.index("&") + 1].lower() for text in labels]
    assert "e" in keys and keys.count("e") == 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    combo.setCurrentIndex(0)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert combo.hasFocus()
    page.reload()  # nothing left unsaved, so closing the window asks nothing
