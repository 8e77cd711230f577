"""Plan layouts with headings in tables and capitals: each rule on a small invented plan.

A heading naming two sections above tables whose headers are the council's own words,
a form whose first column heads the sections (one row by name only), names that count
only after a section label, a PDF heading in capitals as wide as its text, and the
person's choice for a merged table's header cells.
"""

from pathlib import Path

import pytest

from ehcp_appeal.analysis.plan.plan_sections import Plan, split_sections
from ehcp_appeal.analysis.plan.section_names import recognise
from ehcp_appeal.analysis.reading.reading import read_path
from tests.core.analysis_fixtures.builders import write_docx, write_pdf

NEED = "Robin mixes up the sounds of letters and reads very slowly."
HELP = "A phonics session of 20 minutes every day with a trained teaching assistant."
GOAL = "By July Robin will read a simple book aloud without help."


def _read(path: Path, overrides: dict[str, str] | None = None) -> Plan:
    return split_sections(read_path(path), path.name, overrides)


def _joint_plan(tmp_path: Path, header: list[str], joint: str) -> Plan:
    items: list[tuple] = [
        ("heading", "Section A – Robin's views"),
        ("para", "Robin likes dinosaurs."),
        ("heading", "Section E – Outcomes"),
        ("para", GOAL),
        ("heading", joint),
        ("heading", "Cognition and learning"),
        ("table", [header, [NEED, HELP]]),
        ("heading", "Section G – Health provision"),
        ("para", "None."),
    ]
    return _read(write_docx(tmp_path / "joint.docx", items))


@pytest.mark.parametrize(
    "joint", ["Sections B and F – Needs and help", "Section B and F: Needs and provision"]
)
def test_a_joint_heading_gives_a_council_header_its_sections(tmp_path: Path, joint: str) -> None:
    plan = _joint_plan(tmp_path, ["Where Robin struggles", "Our response"], joint)
    assert list(plan.sections) == ["A", "B", "E", "F", "G"]
    assert plan.sections["B"].text == NEED and plan.sections["F"].text == HELP
    assert plan.sections["E"].text == GOAL  # neither the joint heading nor the area label
    assert {h.text: h.section for h in plan.headings}["Where Robin struggles"] == "B"


def test_header_words_for_needs_and_how_they_are_met(tmp_path: Path) -> None:
    plan = _joint_plan(
        tmp_path, ["What Robin needs", "How this will be met"], "Needs and how we meet them"
    )
    assert plan.sections["B"].text == NEED and plan.sections["F"].text == HELP
    assert plan.sections["F"].found_by == "table_column"


def test_a_joint_heading_over_a_table_of_other_shape_splits_nothing(tmp_path: Path) -> None:
    plan = _joint_plan(tmp_path, ["Where Robin struggles", "Our response"], "Sections B, E and F")
    assert "B" not in plan.sections and "F" not in plan.sections


def test_a_form_row_headed_by_a_name_alone(tmp_path: Path) -> None:
    rows = [
        ["Section", "Details"],
        ["A: Views", "Robin likes dinosaurs."],
        ["B: Special educational needs", NEED],
        ["F: Special educational provision", HELP],
        ["Social care provision (CSDPA 1970)", "Short breaks twice a month."],
        ["Other social care provision", "None."],
        ["I: Placement", "Hill Primary School"],
    ]
    plan = _read(write_docx(tmp_path / "form.docx", [("table", rows)]))
    assert list(plan.sections) == ["A", "B", "F", "H1", "H2", "I"]
    assert plan.sections["H1"].text == "Short breaks twice a month."
    assert plan.sections["F"].text == HELP


def test_a_name_alone_in_an_ordinary_table_row_is_not_a_heading(tmp_path: Path) -> None:
    rows = [["Social care provision (CSDPA 1970)", "Short breaks are being assessed."]]
    items: list[tuple] = [
        ("heading", "Section D – Social care"),
        ("para", "None."),
        ("table", rows),
    ]
    plan = _read(write_docx(tmp_path / "table.docx", items))
    assert list(plan.sections) == ["D"] and "Short breaks" in plan.sections["D"].text


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Section 10: My school", "I"),
        ("Part 9 – Our setting", None),
        ("The views, interests and aspirations of Robin and his parents", "A"),
        ("Section 4: Special educational provision to meet my needs", "F"),
        ("Social care provision (CSDPA 1970)", "H1"),
        (
            "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act)",
            "H1",
        ),
    ],
)
def test_names_as_councils_write_them(text: str, section: str | None) -> None:
    found = recognise(text, hint=True)
    assert (found.section if found else None) == section


@pytest.mark.parametrize("text", ["My school", "My setting"])
def test_a_childs_name_for_a_section_needs_its_label(text: str) -> None:
    assert recognise(text, hint=True) is None


def test_capitals_heading_as_wide_as_its_text_in_a_pdf(tmp_path: Path) -> None:
    """Same font and spacing as the text: only the capitals mark the heading."""
    pages = []
    for letter, title, text in (
        ("A", "VIEWS, INTERESTS AND ASPIRATIONS OF THE CHILD", "Robin likes dinosaurs."),
        ("B", "SPECIAL EDUCATIONAL NEEDS OF THE CHILD OR YOUNG PERSON", NEED),
        ("F", "SPECIAL EDUCATIONAL PROVISION FOR THE CHILD", HELP),
    ):
        pages.append([("para", f"SECTION {letter} - {title}", "tight"), ("para", text)])
    path = write_pdf(tmp_path / "capitals.pdf", pages, header="EHC PLAN", footer="Robin")
    plan = _read(path)
    assert list(plan.sections) == ["A", "B", "F"]
    assert plan.sections["A"].text == "Robin likes dinosaurs."
    assert plan.sections["B"].text == NEED


def _council_header_plan(tmp_path: Path) -> Path:
    items: list[tuple] = [
        ("heading", "Section A – Robin's views"),
        ("para", "Robin likes dinosaurs."),
        ("heading", "Cognition and learning"),
        ("table", [["Where Robin struggles", "Our response", "Who"], [NEED, HELP, "TA"]]),
        ("heading", "Section G – Health provision"),
        ("para", "None."),
    ]
    return write_docx(tmp_path / "council.docx", items)


def test_a_council_header_is_offered_for_correction_and_the_choice_splits_it(
    tmp_path: Path,
) -> None:
    path = _council_header_plan(tmp_path)
    plan = _read(path)
    offered = {h.text: h.section for h in plan.headings}
    assert offered["Where Robin struggles"] is None and offered["Our response"] is None
    assert "B" not in plan.sections

    chosen = _read(path, {"Where Robin struggles": "B", "Our response": "F"})
    assert chosen.sections["B"].text == NEED and chosen.sections["B"].found_by == "user"
    assert HELP in chosen.sections["F"].text and "TA" in chosen.sections["F"].text
    headings = {h.text: (h.section, h.found_by) for h in chosen.headings}
    assert headings["Our response"] == ("F", "user")


def test_a_merged_header_cell_corrected_or_said_to_be_no_section(tmp_path: Path) -> None:
    items: list[tuple] = [
        ("heading", "Section A – Robin's views"),
        ("para", "Robin likes dinosaurs."),
        ("table", [["Needs", "Outcomes", "Provision"], [NEED, GOAL, HELP]]),
    ]
    path = write_docx(tmp_path / "merged.docx", items)
    assert _read(path).sections["E"].text == GOAL
    moved = _read(path, {"Outcomes": "F"})
    assert "E" not in moved.sections and GOAL in moved.sections["F"].text
    assert moved.sections["F"].found_by == "user" and moved.sections["B"].text == NEED
    joined = _read(path, {"Outcomes": "-"})  # not a section: joins the column on its left
    assert "E" not in joined.sections and GOAL in joined.sections["B"].text
    row = _read(path, {"Needs": "-", "Outcomes": "-", "Provision": "-"})
    assert set(row.sections) == {"A"} and HELP in row.sections["A"].text


def test_a_choice_for_a_heading_elsewhere_leaves_a_table_in_its_section_whole(
    tmp_path: Path,
) -> None:
    """ "Provision" chosen as F for a line above; F's own table has a "Provision" column."""
    items: list[tuple] = [
        ("heading", "Section E – Outcomes"),
        ("para", GOAL),
        ("para", "Provision"),
        ("table", [["Outcome", "Provision", "Who"], ["Reading", HELP, "TA"]]),
    ]
    plan = _read(write_docx(tmp_path / "grouped.docx", items), {"Provision": "F"})
    assert list(plan.sections) == ["E", "F"] and plan.sections["F"].found_by == "user"
    assert "Reading" in plan.sections["F"].text and HELP in plan.sections["F"].text
