"""The team dialog on a team's server: add a person, assign the open case."""

import uuid
from pathlib import Path

from ehcp_appeal.db.database import open_database
from ehcp_appeal.services import cases, team
from ui.context import AppContext, AppEvents
from ui.dialogs.team_dialog import TeamDialog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def test_the_dialog_adds_a_person_and_assigns_the_open_case(  # type: ignore[no-untyped-def]
    qtbot, server_url: str, tmp_path: Path
) -> None:
    db = open_database(tmp_path / "admin", server=server_url)
    try:
        context = AppContext(db, TaskRunner(), AppEvents())
        window = MainWindow(context)
        qtbot.addWidget(window)
        assert window.team_action.text() == "&Team…"
        case_id = cases.create_case(db, cases.CaseDetails(name="Ruby")).id
        dialog = TeamDialog(context, case_id)
        qtbot.addWidget(dialog)
        name = f"dana_{uuid.uuid4().hex[:6]}"
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClicks(dialog.password, "a-password")
        dialog.add_button.click()
        assert f"{name} is in the team" in dialog.message.text()
        assert dialog.password.text() == ""
        assert dialog.assignee.currentText() == name
        dialog.assign_button.click()
        assert team.assigned_to(db, case_id) == [name]
        assert "works on the open case" in dialog.people.item(0).text()
        qtbot.keyClicks(dialog.name, "Bad Name")
        dialog.add_button.click()
        assert "cannot be a sign-in name" in dialog.message.text()
    finally:
        db.close()


def test_on_a_family_computer_there_is_no_team_menu(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert not hasattr(window, "team_action")
    texts = [a.text() for menu in window.menuBar().actions() for a in menu.menu().actions()]
    assert "&Team…" not in texts
