"""Plans whose needs, outcomes and provision are columns of one table per area of need."""

from pathlib import Path

from ehcp_appeal.analysis.judging.specificity import judge
from ehcp_appeal.analysis.plan.plan_items import section_items
from ehcp_appeal.analysis.plan.plan_sections import split_sections
from ehcp_appeal.analysis.reading.reading import read_path
from tests.core.analysis_fixtures.builders import write_docx

HEADER = ["Section B – Needs", "Section F – Provision", "Who", "How often"]


def _plan(tmp_path: Path) -> Path:
    return write_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Section A – About Leo"),
            ("para", "Leo loves trains and building models with his grandad."),
            ("bold", "Physical development"),
            (
                "table",
                [
                    HEADER,
                    [
                        "Leo tires after walking short distances.",
                        "A seat at the front of every queue.",
                        "Class teacher",
                        "Every day",
                    ],
                    ["", "Help with getting changed for PE.", "An adult", "As needed"],
                ],
            ),
            ("para", "Leo's parents were consulted on this part of the plan."),
            ("heading", "Section G – Health provision"),
            ("para", "The paediatrician will see Leo every six months."),
        ],
    )


def test_each_column_goes_to_the_section_its_header_names(tmp_path: Path) -> None:
    plan = split_sections(read_path(_plan(tmp_path)), "plan.docx")
    assert list(plan.sections) == ["A", "B", "F", "G"]
    assert plan.sections["B"].text == "Leo tires after walking short distances."
    assert plan.sections["B"].title == "Needs"
    assert "Help with getting changed for PE." in plan.sections["F"].text
    assert "Leo tires" not in plan.sections["F"].text
    # text after the table belongs to the section the table stood in
    assert "parents were consulted" in plan.sections["A"].text


def test_provision_column_is_quoted_and_its_row_judged_whole(tmp_path: Path) -> None:
    plan = split_sections(read_path(_plan(tmp_path)), "plan.docx")
    items = section_items(plan, "F")
    assert [item.text for item in items] == [
        "A seat at the front of every queue.",
        "Help with getting changed for PE.",
    ]
    assert "As needed" in items[1].whole
    assert not judge(items[1].text, items[1].whole).specific


def test_a_table_naming_one_section_is_an_ordinary_table(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "p.docx",
        [
            ("heading", "Section F – Provision"),
            (
                "table",
                [["Need", "Provision (Section F)"], ["Reading", "Daily reading, 10 minutes."]],
            ),
        ],
    )
    plan = split_sections(read_path(path), "p.docx")
    assert list(plan.sections) == ["F"]


def test_a_care_plan_grids_header_row_is_not_a_provision(tmp_path: Path) -> None:
    """A second grid in the same section names its columns again (Intervention,
    Responsible, Frequency, Evaluation): titles, not a provision called "Responsible"."""
    path = write_docx(
        tmp_path / "plan.docx",
        [
            ("heading", "Section B – Special educational needs"),
            ("para", "Elliot has difficulty starting tasks."),
            ("heading", "Section F – Special educational provision"),
            (
                "table",
                [
                    ["Identified need", "Intervention", "Responsible", "Frequency", "Evaluation"],
                    ["Maths", "Small-group maths, three pupils.", "TA", "Weekly", "Termly"],
                    ["", "Intervention", "Responsible", "Frequency", "Evaluation"],
                    ["", "A protein drink at 10.30 am.", "Named adult", "Daily", "Monthly"],
                ],
            ),
            ("para", "Brackley Vale College will deliver the following study programme."),
            ("table", [["Study programme component", "Hours"], ["Maths for life", "3 hours"]]),
        ],
    )
    items = section_items(split_sections(read_path(path), "plan.docx"), "F")
    assert [item.text for item in items] == [
        "Small-group maths, three pupils.",
        "A protein drink at 10.30 am.",
        "Maths for life",
    ]
