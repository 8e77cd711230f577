"""The "Plan sections" dialog: headings listed with their sections, corrected by keyboard."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from ehcp_appeal.services import analysis
from ehcp_appeal.services.cases import CaseDetails, create_case
from ehcp_appeal.services.plan_sections import section_choices
from tests.core.analysis_fixtures.builders import write_docx, write_txt
from tests.core.analysis_fixtures.cases import add_document
from ui.context import AppContext
from ui.dialogs.plan_sections_dialog import NOT_A_SECTION, PlanSectionsDialog

PLAN = "\n\n".join(
    [
        "Education, Health and Care Plan for Robin",
        "Section 1: All about me",
        "Robin likes trains.",
        "Where Robin needs a hand",
        "Robin finds reading hard.",
        "Section 5: Outcomes",
        "Robin will read simple books by July.",
        "Section 6: Special educational provision",
        "Robin will have a daily 20-minute phonics session with a teaching assistant.",
    ]
)
REPORT = "\n\n".join(
    [
        "Educational Psychology Report",
        "Summary of needs",
        "Robin finds it very hard to follow spoken instructions in class.",
    ]
)


def _checked_case(context: AppContext, folder: Path) -> tuple[str, str]:
    case_id = create_case(context.db, CaseDetails(name="Robin")).id
    plan = write_txt(folder / "plan.txt", PLAN)
    plan_id = add_document(context.db, case_id, plan, "ehcp_final", dt.date(2026, 1, 5))
    add_document(context.db, case_id, write_txt(folder / "ep.txt", REPORT), "ep_report")
    analysis.run_case_analysis(context.db, case_id)
    return case_id, plan_id


def _rows(dialog: PlanSectionsDialog) -> dict[str, str]:
    tree = dialog.headings
    return {
        tree.topLevelItem(n).text(0): tree.topLevelItem(n).text(2)
        for n in range(tree.topLevelItemCount())
    }


def test_dialog_lists_headings_and_saves_a_keyboard_choice(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id, plan_id = _checked_case(context, tmp_path)
    dialog = PlanSectionsDialog(context, case_id)
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    assert rows["Section 6: Special educational provision"].startswith("F – ")
    assert rows["Where Robin needs a hand"] == NOT_A_SECTION
    assert "Section B" in dialog.reading_label.text()

    tree = dialog.headings
    tree.setFocus()
    target = next(
        n
        for n in range(tree.topLevelItemCount())
        if tree.topLevelItem(n).text(0) == "Where Robin needs a hand"
    )
    for _ in range(target):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(0) == "Where Robin needs a hand"
    box = dialog.section_box
    box.setFocus()
    while box.currentData() != "B":
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert tree.currentItem().text(2).startswith("B – ")
    assert dialog.choices() == {"Where Robin needs a hand": "B"}

    with qtbot.waitSignal(context.events.analysis_changed, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert section_choices(context.db, plan_id) == {"Where Robin needs a hand": "B"}
    result = analysis.get_case_analysis(context.db, case_id)
    assert result is not None and result["reading"]["not_found"] == []
    assert any(f["kind"] == "need_missing_from_b" for f in result["findings"])


def test_dialog_before_any_check_says_so(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    case_id = create_case(context.db, CaseDetails(name="Empty")).id
    dialog = PlanSectionsDialog(context, case_id)
    qtbot.addWidget(dialog)
    assert "check it first" in dialog.error_label.text()
    assert not dialog.save_button.isEnabled()


def test_a_table_header_heading_is_corrected_with_the_keyboard(
    qtbot, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A merged table's "Next steps" column was taken for needs; the person says outcomes."""
    goal = "By July Robin will follow a two-step instruction in class."
    items: list[tuple] = [
        ("heading", "Section A – Robin's views"),
        ("para", "Robin likes trains."),
        ("heading", "Communication and interaction"),
        (
            "table",
            [
                ["Needs", "Next steps", "Provision"],
                [
                    "Robin finds it hard to follow spoken instructions.",
                    goal,
                    "Instructions given one step at a time by his teacher, in every lesson.",
                ],
            ],
        ),
    ]
    case_id = create_case(context.db, CaseDetails(name="Robin")).id
    plan = write_docx(tmp_path / "plan.docx", items)
    plan_id = add_document(context.db, case_id, plan, "ehcp_final", dt.date(2026, 1, 5))
    add_document(context.db, case_id, write_txt(tmp_path / "ep.txt", REPORT), "ep_report")
    analysis.run_case_analysis(context.db, case_id)

    dialog = PlanSectionsDialog(context, case_id)
    qtbot.addWidget(dialog)
    assert _rows(dialog)["Next steps"].startswith("B – ")
    tree = dialog.headings
    tree.setFocus()
    while tree.currentItem().text(0) != "Next steps":
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(3) == "a table column"
    box = dialog.section_box
    assert box.isEnabled()
    box.setFocus()
    while box.currentData() != "E":
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert dialog.choices() == {"Next steps": "E"}

    with qtbot.waitSignal(context.events.analysis_changed, timeout=20_000):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert section_choices(context.db, plan_id) == {"Next steps": "E"}
    result = analysis.get_case_analysis(context.db, case_id)
    assert result is not None
    sections = {s["id"]: s for s in result["plan"]["sections"]}
    assert sections["E"]["found_by"] == "user" and goal in sections["E"]["text"]
    assert goal not in sections["B"]["text"]
