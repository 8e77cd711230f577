"""Sections found by what their headings are for, when no known name matches."""

from pathlib import Path

import pytest

from ehcp_appeal.analysis.plan.heading_purpose import purpose_section
from ehcp_appeal.analysis.plan.plan_sections import split_sections
from ehcp_appeal.analysis.reading.reading import read_path
from tests.core.analysis_fixtures.builders import write_docx

AGENCY_HEADINGS = {
    "A": "Robin and his family - views, interests and hopes",
    "B": "Education - what Robin needs help with",
    "C": "Health - what Robin needs",
    "D": "Social care - what Robin needs",
    "E": "Everyone - what we want Robin to achieve",
    "F": "Education - the help Robin will get",
    "G": "Health - the help Robin will get",
    "H1": "Social care - help under the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Social care - other help",
    "I": "Placement - where Robin will learn",
    "J": "Money - personal budget",
    "K": "Reports - where this information came from",
}


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("What health needs does Kacper have that relate to his learning?", "C"),
        ("What help will Niamh get with her education?", "F"),
        ("What other social care support will Niamh receive?", "H2"),
        ("Which school will Niamh attend?", "I"),
        ("Part Four: What we are aiming for", "E"),
        ("Care needs", "D"),
        ("Other care provision", "H2"),
        ("Is there a personal budget?", "J"),
        ("What I find hard and the help I need to learn", "B"),
        ("My health and how it affects my learning", "C"),
        ("Care I need because of my disability", "D"),
        ("What I will be able to do", "E"),
        ("Where I will go to nursery", "I"),
        ("Providing for Ellis's special educational needs", "F"),
        ("Meeting Sam's needs", "F"),
        ("Providing health care", "G"),
        ("Health care provision", "G"),
        ("Providing other social care", "H2"),
        ("Hearing from Ellis and his family", "A"),
        ("Pupil voice", "A"),
        ("Care provision (CSDPA 1970, s.2)", "H1"),
        # a stage of the plan before the dash ("Now", "How", "Where"), its purpose after it
        ("Now - About Ben, in his own words", "A"),
        ("Now - Ben's health", "C"),
        ("Now - Ben's care and home life", "D"),
        ("How - Support from school", "F"),
        ("Where - Ben's school", "I"),
        ("How - Social care help for a disabled child under 18", "H1"),
    ],
)
def test_a_heading_is_read_by_its_agency_and_purpose(text: str, section: str) -> None:
    assert purpose_section(text) == section


@pytest.mark.parametrize(
    "text",
    [
        "Part two - Needs and outcomes",  # groups two sections
        "Eastholme Council - Special Educational Needs and Disabilities Service",
        "Communication and interaction",
    ],
)
def test_groupings_letterheads_and_areas_of_need_are_no_section(text: str) -> None:
    assert purpose_section(text) is None


def _content(section: str) -> str:
    return f"Invented content of section {section} for Robin, written as a full sentence."


def test_a_plan_headed_by_agency_and_purpose_is_read_in_full(tmp_path: Path) -> None:
    items: list[tuple] = [("heading", "My Education, Health and Care Plan")]
    for section, heading in AGENCY_HEADINGS.items():
        items += [("heading", heading), ("para", _content(section))]
    plan = split_sections(read_path(write_docx(tmp_path / "agency.docx", items)), "agency.docx")
    assert list(plan.sections) == list(AGENCY_HEADINGS)
    for section in AGENCY_HEADINGS:
        assert plan.sections[section].text == _content(section), section


def test_a_plan_read_by_its_names_keeps_its_sub_headings(tmp_path: Path) -> None:
    """Purposes are read only when names missed B or F: "Sensory needs" inside a plan's
    Section F stays part of F."""
    items: list[tuple] = [
        ("heading", "Section B: Special educational needs"),
        ("para", _content("B")),
        ("heading", "Section F: Special educational provision"),
        ("heading", "Sensory needs"),
        ("para", _content("F")),
    ]
    plan = split_sections(read_path(write_docx(tmp_path / "lettered.docx", items)), "l.docx")
    assert plan.sections["F"].text.endswith(_content("F"))
    assert plan.sections["B"].text == _content("B")


FORM_LABELS = {
    "A": "About Robin",
    "B": "Needs",
    "C": "Health needs",
    "D": "Care needs",
    "E": "Outcomes",
    "F": "Provision",
    "G": "Health provision",
    "H2": "Other care provision",
    "I": "School",
    "J": "Personal budget",
    "K": "Advice",
}


def test_a_plan_set_out_as_a_table_per_section_with_short_labels(tmp_path: Path) -> None:
    """Each section its own two-column table, a short label beside the content: the labels
    the names know make it a form, and the others are read by their purpose."""
    items: list[tuple] = [("heading", "Education, Health and Care Plan")]
    for section, label in FORM_LABELS.items():
        items += [("table", [[label, _content(section)]])]
    plan = split_sections(read_path(write_docx(tmp_path / "form.docx", items)), "form.docx")
    for section in ("B", "D", "F", "H2", "K"):
        assert plan.sections[section].text == _content(section), section


def test_an_outcomes_part_after_the_provision_is_its_own_section(tmp_path: Path) -> None:
    """Councils that put the outcomes after the provision label that part as they label the
    others ("Part Four: ..."); only an outcome's bare name under F is provision's own."""
    parts = [
        ("A", "Part One: About Robin and what matters to his family"),
        ("B", "Part Two: Robin's special educational needs"),
        ("F", "Part Three: The special educational provision Robin will receive"),
        ("E", "Part Four: What we are aiming for"),
        ("C", "Part Five: Health needs related to Robin's special educational needs"),
    ]
    items: list[tuple] = [("heading", "Education, Health and Care Plan")]
    for section, heading in parts:
        items += [("heading", heading), ("para", _content(section))]
    plan = split_sections(read_path(write_docx(tmp_path / "parts.docx", items)), "parts.docx")
    assert plan.sections["E"].text == _content("E")
    assert plan.sections["F"].text == _content("F")


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Care and support needs", "D"),
        ("Care and support for disabled children", "H1"),
        ("Care and support for adults", "H2"),
        ("Meeting Sam's needs", "F"),
    ],
)
def test_support_named_as_a_kind_of_need_is_needs_and_disabled_children_mark_h1(
    text: str, section: str
) -> None:
    assert purpose_section(text) == section
