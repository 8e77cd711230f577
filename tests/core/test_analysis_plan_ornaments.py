"""Headings dressed by a council's template: symbols, quotation marks, shortened labels, the
letter after a dash, and sections split into parts by area of need (B1, B2, F1, F2)."""

from pathlib import Path

import docx
import pytest

from ehcp_appeal.analysis.plan.section_names import recognise
from tests.core.analysis_fixtures.builders import write_docx
from tests.core.test_analysis_plan_layouts import ALL, NAMES, _assert_all_found, _content, _read


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("»» SECTION B ««", "B"),
        ("B ▸ Special educational needs", "B"),
        ("◆ Section F ◆ Special educational provision", "F"),
        ("📘 Section E", "E"),
        ("“Section K”", "K"),
        ("Sect. B: Special educational needs", "B"),
        ("Sec F Special educational provision", "F"),
        ("Special Educational Needs — B", "B"),
        ("Special educational provision - F", "F"),
        ("B1 Communication and interaction", "B"),
        ("Section F2: Cognition and learning", "F"),
        ("E3 Social, emotional and mental health", "E"),
    ],
)
def test_ornamented_and_shortened_headings(text: str, section: str) -> None:
    found = recognise(text, hint=True)
    assert found is not None and (found.section, found.found_by) == (section, "letter")


@pytest.mark.parametrize(
    "text",
    [
        "A1 Educational psychology advice",  # an appendix's number, not a part of Section A
        "B2 He finds reading hard and needs daily support.",  # a numbered sentence
        "Birth date - A",  # a letter after a dash names a section only with its name
        "Sector B providers",
    ],
)
def test_look_alikes_are_not_headings(text: str) -> None:
    assert recognise(text, hint=True) is None


def test_a_template_with_symbols_between_label_and_name(tmp_path: Path) -> None:
    items: list[tuple] = [("heading", "Education, Health and Care Plan for Robin")]
    for section in ALL:
        items += [("heading", f"► {section} ▸ {NAMES[section]}"), ("para", _content(section))]
    _assert_all_found(_read(write_docx(tmp_path / "arrows.docx", items)), "letter")


def test_sections_split_into_parts_by_area_of_need(tmp_path: Path) -> None:
    areas = ("Communication and interaction", "Cognition and learning")
    items: list[tuple] = [("heading", "Education, Health and Care Plan for Robin")]
    for section in ALL:
        if section in ("B", "F"):
            for number, area in enumerate(areas, start=1):
                text = f"{area}: invented content of section {section} for Robin."
                items += [("heading", f"{section}{number} {area}"), ("para", text)]
        else:
            items += [("heading", f"{section}. {NAMES[section]}"), ("para", _content(section))]
    plan = _read(write_docx(tmp_path / "parts.docx", items))
    assert list(plan.sections) == ALL
    for section in ("B", "F"):
        assert [area in plan.sections[section].text for area in areas] == [True, True]
        assert f"section {section} for Robin" in plan.sections[section].text


def test_headings_lettered_in_lower_case_as_the_regulation_letters_its_list(
    tmp_path: Path,
) -> None:
    items: list[tuple] = [("heading", "Education, Health and Care Plan for Robin")]
    for section in ALL:
        title = f"({section.lower()}) Robin's {NAMES[section].lower()}, as his family see them"
        items += [("bold", title), ("para", _content(section))]
    _assert_all_found(_read(write_docx(tmp_path / "lower.docx", items)))


def test_a_band_row_whose_label_is_not_the_first_cell(tmp_path: Path) -> None:
    items: list[tuple] = [("heading", "Education, Health and Care Plan for Robin")]
    for section in ALL:
        items += [
            ("table", [["Lead: education", f"Section {section}", f"Robin's {NAMES[section]}"]]),
            ("para", _content(section)),
        ]
    path = tmp_path / "bands.docx"
    write_docx(path, items)
    document = docx.Document(str(path))
    for table in document.tables:  # a band is set in bold
        for cell in table.rows[0].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
    document.save(str(path))
    plan = _read(path)
    _assert_all_found(plan, "letter")
    assert plan.sections["B"].title == "Robin's Special educational needs"
