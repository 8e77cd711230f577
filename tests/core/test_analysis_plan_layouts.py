"""Plans laid out the ways councils lay them out: each layout's sections are all found.

Every fixture is invented text in a layout seen in councils' plans: sections numbered
and named without letters, the regulation's full wording as headings after a contents
list, capitals, headings in table cells, the letter after the title, outcomes before
needs, running heads between a heading and its text, and B, E and F merged into one
table per area of need.
"""

from pathlib import Path

import pytest

from ehcp_appeal.analysis.plan.plan_items import section_items
from ehcp_appeal.analysis.plan.plan_sections import Plan, split_sections
from ehcp_appeal.analysis.plan.section_names import recognise
from ehcp_appeal.analysis.reading.blocks import Block
from ehcp_appeal.analysis.reading.reading import read_path
from tests.core.analysis_fixtures.builders import write_docx

ALL = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
NAMES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons "
    "Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}
REGULATION = {
    "A": "The views, interests and aspirations of the child and his or her parents, or of "
    "the young person.",
    "B": "The child or young person's special educational needs.",
    "C": "The child or young person's health needs which relate to their special educational "
    "needs.",
    "D": "The child or young person's social care needs which relate to their special "
    "educational needs or to a disability.",
    "E": "The outcomes sought for the child or young person, including outcomes for adult life.",
    "F": "The special educational provision required by the child or young person.",
    "G": "Any health provision reasonably required by the learning difficulties or "
    "disabilities which result in the child or young person having special educational needs.",
    "H1": "Any social care provision which must be made for the child or young person as a "
    "result of section 2 of the Chronically Sick and Disabled Persons Act 1970.",
    "H2": "Any other social care provision reasonably required by the learning difficulties or "
    "disabilities which result in the child or young person having special educational needs.",
    "I": "The name and type of the school or other institution to be attended by the child.",
    "J": "Where there is a Personal Budget, the details of how it will support outcomes.",
    "K": "The advice and information gathered during the EHC needs assessment.",
}


def _content(section: str) -> str:
    return f"Invented content of section {section} for Robin, written as a full sentence."


def _read(path: Path) -> Plan:
    return split_sections(read_path(path), path.name)


def _assert_all_found(plan: Plan, found_by: str | None = None) -> None:
    assert list(plan.sections) == ALL
    for section in ALL:
        assert plan.sections[section].text == _content(section), section
        if found_by is not None:
            assert plan.sections[section].found_by == found_by, section


def test_sections_numbered_and_named_without_letters(tmp_path: Path) -> None:
    items: list[tuple] = [("heading", "Education, Health and Care Plan for Robin")]
    for number, section in enumerate(ALL, start=1):
        items += [("heading", f"Section {number}: {NAMES[section]}"), ("para", _content(section))]
    _assert_all_found(_read(write_docx(tmp_path / "numbered.docx", items)), "number_and_name")


def test_numbered_headings_in_capitals_and_bare_numbers(tmp_path: Path) -> None:
    items: list[tuple] = []
    for number, section in enumerate(ALL, start=1):
        heading = f"{number}. {NAMES[section].upper()}"
        items += [("bold", heading), ("para", _content(section))]
    _assert_all_found(_read(write_docx(tmp_path / "capitals.docx", items)))


def test_regulation_wording_with_full_stops_asterisks_contents_and_groups(
    tmp_path: Path,
) -> None:
    """A council template: contents list first, grouping headings, full regulation wording."""
    items: list[tuple] = [("heading", "Contents")]
    items += [("para", f"Section {s}: {REGULATION[s]}") for s in ALL]
    groups = {"A": "About the child", "F": "Provision", "I": "Placement and resources"}
    for section in ALL:
        if section in groups:
            items.append(("heading", groups[section]))
        star = "*" if section in ("B", "F", "I") else ""
        items += [("bold", f"{star}Section {section}: {REGULATION[section]}")]
        items += [("para", _content(section))]
    plan = _read(write_docx(tmp_path / "template.docx", items))
    _assert_all_found(plan)
    assert all(plan.sections[s].first_page == 1 for s in ALL)
    contents_taken = [h for h in plan.headings if h.section and "Contents" in h.text]
    assert contents_taken == []


def test_regulation_wording_without_letters(tmp_path: Path) -> None:
    items: list[tuple] = []
    for section in ALL:
        items += [("heading", REGULATION[section]), ("para", _content(section))]
    _assert_all_found(_read(write_docx(tmp_path / "wording.docx", items)), "name")


def test_headings_in_table_cells_with_the_letter_after_the_title(tmp_path: Path) -> None:
    items: list[tuple] = []
    for section in ALL:
        items.append(("table", [[f"{NAMES[section]} ({section})"], [_content(section)]]))
    _assert_all_found(_read(write_docx(tmp_path / "cells.docx", items)), "letter")


def test_outcomes_before_needs(tmp_path: Path) -> None:
    order = ["A", "E", "B", "C", "D", "F", "G", "H1", "H2", "I", "J", "K"]
    items: list[tuple] = []
    for section in order:
        items += [("heading", NAMES[section]), ("para", _content(section))]
    _assert_all_found(_read(write_docx(tmp_path / "e_first.docx", items)), "name")


def test_running_head_and_footer_between_heading_and_text(tmp_path: Path) -> None:
    pages = []
    for number, section in enumerate(ALL, start=1):
        pages.append(
            f"EHC plan for Robin Example - confidential\n\nSection {number}: {NAMES[section]}"
            f"\f\nEHC plan for Robin Example - confidential\n\n{_content(section)}\n\n"
            f"Page {number} of 12"
        )
    path = tmp_path / "running.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    _assert_all_found(_read(path), "number_and_name")


def _merged_plan(tmp_path: Path) -> Plan:
    items: list[tuple] = [("heading", "Section 1: All about me"), ("para", _content("A"))]
    for area in ("Communication and interaction", "Cognition and learning"):
        items.append(("heading", area))
        items.append(
            (
                "table",
                [
                    ["Needs", "Outcomes", "Provision", "Who and how often"],
                    [
                        f"Robin needs help with {area.lower()}.",
                        f"By July Robin will show progress in {area.lower()}.",
                        f"Daily 20-minute session for {area.lower()}.",
                        "Teaching assistant, daily",
                    ],
                ],
            )
        )
    for number, section in enumerate(ALL[6:], start=7):
        items += [("heading", f"Section {number}: {NAMES[section]}"), ("para", _content(section))]
    items[4:4] = [("heading", "Section 3: Health needs"), ("para", _content("C"))]
    items[6:6] = [("heading", "Section 4: Social care needs"), ("para", _content("D"))]
    return _read(write_docx(tmp_path / "merged.docx", items))


def test_merged_table_split_by_its_column_headers(tmp_path: Path) -> None:
    plan = _merged_plan(tmp_path)
    assert list(plan.sections) == ALL
    for section in ("B", "E", "F"):
        assert plan.sections[section].found_by == "table_column"
    assert "Robin needs help with cognition and learning." in plan.sections["B"].text
    assert "By July Robin will show progress in" in plan.sections["E"].text
    provision = plan.sections["F"].text
    assert "Daily 20-minute session for communication" in provision
    assert "Teaching assistant, daily" in provision
    assert "needs help" not in provision
    assert plan.sections["A"].text == _content("A")  # area labels are not Section A's text


def test_provision_table_with_an_outcome_column_is_section_f(tmp_path: Path) -> None:
    items: list[tuple] = [
        ("heading", "Special educational needs"),
        ("para", _content("B")),
        ("heading", "Outcomes"),
        ("para", _content("E")),
        ("heading", "Provision"),
        (
            "table",
            [
                ["Outcome", "Provision", "Who", "How often"],
                ["Robin will read simple words", "Phonics teaching", "Teacher", "Daily"],
            ],
        ),
        ("heading", "Health provision"),
        ("para", _content("G")),
    ]
    plan = _read(write_docx(tmp_path / "outcome_column.docx", items))
    assert plan.sections["F"].found_by == "table_column"
    assert "Phonics teaching" in plan.sections["F"].text
    assert "Phonics" not in plan.sections["E"].text
    assert plan.sections["E"].text == _content("E")


def test_provision_listed_under_each_outcome_stays_in_section_f(tmp_path: Path) -> None:
    items: list[tuple] = [
        ("heading", "Section E: Outcomes"),
        ("para", _content("E")),
        ("heading", "Section F: Special educational provision"),
        ("bold", "Outcomes"),
        ("para", "Robin will write a sentence: a daily 15-minute writing session with a TA."),
        ("heading", "Section G: Health provision"),
        ("para", _content("G")),
    ]
    plan = _read(write_docx(tmp_path / "under_outcomes.docx", items))
    assert "daily 15-minute writing session" in plan.sections["F"].text
    assert plan.sections["E"].text == _content("E")


@pytest.mark.parametrize(
    ("text", "section", "found_by"),
    [
        ("Section 2: Special educational needs", "B", "number_and_name"),
        ("Section 6: Special educational provision", "F", "number_and_name"),
        ("Part 5 - Outcomes sought", "E", "number_and_name"),
        ("*Section B: The child or young person's special educational needs.", "B", "letter"),
        ("Special educational needs (B)", "B", "letter"),
        ("Special Educational Provision (Section F)", "F", "letter"),
        ("SECTION 9: OTHER SOCIAL CARE PROVISION", "H2", "number_and_name"),
        ("The special educational provision required by the child or young person.", "F", "name"),
        ("Step 6 of 12: Special educational provision", "F", "number_and_name"),
        ("Stage 2 of 12 - Special educational needs", "B", "number_and_name"),
        ("B\tNeeds", "B", "letter"),
        ("2B Special educational needs", "B", "letter"),
        ("What Chloe will achieve", "E", "name"),
        ("College or other institution", "I", "name"),
        ("SOCIAL CARE PROVISION: CHRONICALLY SICK AND DISABLED PERSONS", "H1", "name"),
        (
            "The name of the school or other institution to be attended by the child and the "
            "type of that school or institution",
            "I",
            "name",
        ),
        ("4H1 Social care provision under the 1970 Act", "H1", "letter"),
        ("2 (B) Special educational needs", "B", "letter"),
        ("9 (H2) Other social care provision", "H2", "letter"),
        ("Social Care Provision under the CSDPA 1970, section 2 (SCP-C)", "H1", "name"),
    ],
)
def test_heading_forms(text: str, section: str, found_by: str) -> None:
    found = recognise(text)
    assert found is not None and (found.section, found.found_by) == (section, found_by)


@pytest.mark.parametrize(
    "text",
    [
        "He has special educational needs in reading and needs daily support.",
        "2. Robin enjoys swimming and drawing with his sister at the weekend.",
        "Section 6 of the report sets out what the school has tried so far.",
        "Outcome 1: Robin will read simple words by July.",
        "B. Needs an adult to help him at lunch",
    ],
)
def test_sentences_are_not_headings(text: str) -> None:
    assert recognise(text) is None


def test_contents_table_with_page_numbers_is_not_the_sections(tmp_path: Path) -> None:
    contents = [[section, NAMES[section], str(number + 2)] for number, section in enumerate(ALL)]
    items: list[tuple] = [("heading", "Contents"), ("table", contents)]
    for section in ALL:
        items += [("heading", f"Section {section}: {NAMES[section]}"), ("para", _content(section))]
    _assert_all_found(_read(write_docx(tmp_path / "contents_table.docx", items)), "letter")


def test_number_on_its_own_line_above_the_name(tmp_path: Path) -> None:
    items: list[tuple] = []
    for number, section in enumerate(ALL, start=1):
        items += [("bold", f"Section {number}"), ("bold", NAMES[section])]
        items += [("para", _content(section))]
    _assert_all_found(_read(write_docx(tmp_path / "two_lines.docx", items)), "name")


def test_a_name_inside_a_labelled_section_is_a_sub_heading(tmp_path: Path) -> None:
    items: list[tuple] = []
    for section in ALL:
        items += [("heading", f"Section {section}: {NAMES[section]}"), ("para", _content(section))]
    at_f = items.index(("para", _content("F")))
    items[at_f:at_f] = [
        ("bold", "Needs"),
        ("table", [["Needs", "Provision", "Who"], ["Reading", "Daily phonics", "TA"]]),
    ]
    plan = _read(write_docx(tmp_path / "sub_heading.docx", items))
    assert list(plan.sections) == ALL
    assert "Daily phonics" in plan.sections["F"].text
    assert plan.sections["B"].text == _content("B")


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Robin's special educational needs", "B"),
        ("Special educational needs – Section B", "B"),
        ("Parents' views", "A"),
        ("Special educational provision (SEP)", "F"),
        ("Lydia's views, interests and aspirations, and those of her parents", "A"),
        ("About Jacob and his family", "A"),
        ("About Zara: her views, interests and hopes [1]", "A"),
        ("About Zara", "A"),
        ("Zara's views, interests and hopes", "A"),
        ("Special educational needs – what Poppy finds hard in learning", "B"),
        ("Outcomes - must be specified", "E"),
        ("Health care provision - reasonably required", "G"),
    ],
)
def test_more_council_names(text: str, section: str) -> None:
    found = recognise(text)
    assert found is not None and found.section == section


def test_about_this_plan_is_no_section() -> None:
    assert recognise("About this plan") is None


def test_regulation_wording_in_a_pdf_with_running_head_and_footer(tmp_path: Path) -> None:
    """Long bold headings wrap over two lines in a PDF; the contents page comes first."""
    from tests.core.analysis_fixtures.builders import write_pdf

    pages = [[("heading", "Contents")] + [("para", f"Section {s}: {REGULATION[s]}") for s in ALL]]
    for section in ALL:
        star = "*" if section in ("B", "F") else ""
        heading = f"{star}Section {section}: {REGULATION[section]}"
        pages.append([("bold", heading), ("para", _content(section))])
    path = write_pdf(
        tmp_path / "template.pdf", pages, header="EHC plan for Robin", footer="Robin Example"
    )
    plan = _read(path)
    _assert_all_found(plan)
    assert plan.sections["B"].first_page == 3


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Section 2 (B): Special educational needs", "B"),
        ("Robin's needs are set out in full in the speech and language report (Section B)", None),
    ],
)
def test_letter_beside_a_number_and_a_sentence_naming_a_section(
    text: str, section: str | None
) -> None:
    found = recognise(text)
    assert (found.section if found else None) == section


def test_numbered_sub_heading_inside_a_lettered_plan(tmp_path: Path) -> None:
    items: list[tuple] = []
    for section in ALL:
        items += [("heading", f"Section {section}: {NAMES[section]}"), ("para", _content(section))]
    at_f = items.index(("para", _content("F")))
    items[at_f:at_f] = [("para", "1. Special educational needs"), ("para", "Daily phonics.")]
    plan = _read(write_docx(tmp_path / "numbered_sub.docx", items))
    assert "Daily phonics." in plan.sections["F"].text
    assert plan.sections["B"].text == _content("B")


def test_merged_table_with_the_area_of_need_as_its_title_row(tmp_path: Path) -> None:
    items: list[tuple] = [("heading", "About me"), ("para", _content("A"))]
    for area in ("Sensory and physical", "Social, emotional and mental health"):
        rows = [
            ["Special educational needs", "Outcomes sought", "Special educational provision"],
            [f"Robin needs help: {area}.", f"Robin will manage: {area}.", f"Weekly {area}."],
        ]
        items.append(("merged_table", area, rows))
    items += [("heading", "Health provision"), ("para", _content("G"))]
    plan = _read(write_docx(tmp_path / "merged_title.docx", items))
    assert list(plan.sections) == ["A", "B", "E", "F", "G"]
    assert plan.sections["A"].text == _content("A")
    assert plan.sections["F"].text.splitlines() == [
        "Weekly Sensory and physical.",
        "Weekly Social, emotional and mental health.",
    ]


def test_contents_entries_over_two_lines_then_a_cover_page(tmp_path: Path) -> None:
    items: list[tuple] = [("heading", "Contents")]
    for number, section in enumerate(ALL, start=2):
        items += [("para", f"Section {section}"), ("para", f"{NAMES[section]} ........ {number}")]
    items += [("para", "Issued by an invented council on 1 May 2026 for Robin Example.")]
    for section in ALL:
        items += [("heading", f"Section {section}"), ("heading", NAMES[section])]
        items += [("para", _content(section))]
    plan = _read(write_docx(tmp_path / "two_line_contents.docx", items))
    _assert_all_found(plan)
    assert "Issued by" in " ".join(block.text for block in plan.preamble)


@pytest.mark.parametrize(
    ("text", "hint", "section"),
    [
        (
            "Section F: Special educational provision (this must be detailed and specific).",
            False,
            "F",
        ),
        ("Section F: The provision the council will make to meet Robin's needs.", True, "F"),
        ("Section B of the plan does not mention Robin's anxiety at all.", True, None),
        (
            "Outcomes - we will look at these again when the plan is reviewed next year.",
            False,
            None,
        ),
        ("Outcomes – what we want Poppy to achieve by the end of Year 11 at college", True, "E"),
    ],
)
def test_headings_with_notes_and_long_titles(text: str, hint: bool, section: str | None) -> None:
    found = recognise(text, hint)
    assert (found.section if found else None) == section


def test_lettered_headings_with_the_councils_own_titles(tmp_path: Path) -> None:
    """A letter in its place between its neighbours names the section, whatever the title."""
    own = {"A": "About Robin and his family", "E": "What we want Robin to achieve"}
    items: list[tuple] = []
    for section in ALL:
        items += [("bold", f"{section} – {own.get(section, NAMES[section])}")]
        items += [("para", _content(section))]
    items.insert(1, ("bold", "a) Robin's day"))  # a list marker, not Section A
    plan = _read(write_docx(tmp_path / "own_titles.docx", items))
    assert list(plan.sections) == ALL
    assert plan.sections["E"].text == _content("E")


def test_a_sentence_naming_a_section_is_not_its_heading(tmp_path: Path) -> None:
    items: list[tuple] = []
    for section in ALL:
        items += [("heading", f"Section {section}: {NAMES[section]}"), ("para", _content(section))]
    at_h2 = items.index(("heading", f"Section H2: {NAMES['H2']}"))
    sentence = "No provision is required under the Chronically Sick and Disabled Persons Act."
    items.insert(at_h2, ("para", sentence))
    plan = _read(write_docx(tmp_path / "sentence.docx", items))
    assert plan.sections["H1"].text == _content("H1") + "\n" + sentence


def test_merged_table_with_letters_in_its_header_and_f_tables_left_whole(tmp_path: Path) -> None:
    items: list[tuple] = [
        ("heading", "About me"),
        ("para", _content("A")),
        (
            "table",
            [["B – Needs", "E – Outcomes", "F – Provision"], ["Need x.", "Goal y.", "Help z."]],
        ),
        ("heading", "Section F: Special educational provision"),
        ("table", [["Need", "Outcome", "Provision", "Who"], ["Reading", "Read", "Phonics", "TA"]]),
        ("heading", "Section G: Health provision"),
        ("para", _content("G")),
    ]
    plan = _read(write_docx(tmp_path / "lettered_columns.docx", items))
    assert plan.sections["B"].text == "Need x." and plan.sections["E"].text == "Goal y."
    assert "Help z." in plan.sections["F"].text and "Phonics" in plan.sections["F"].text
    assert "Reading" in plan.sections["F"].text  # F's own table keeps its need column


def test_the_persons_choice_outranks_every_rule(tmp_path: Path) -> None:
    items: list[tuple] = [("heading", "Contents")]
    items += [("para", f"Section {s}: {NAMES[s]} ........ {n}") for n, s in enumerate(ALL, 2)]
    for section in ALL:
        items += [("bold", f"{section} – {NAMES[section]}"), ("para", _content(section))]
    path = write_docx(tmp_path / "chosen.docx", items)
    plan = split_sections(read_path(path), path.name, {"E": "-", "Personal budget": "K"})
    assert "E" not in plan.sections
    assert _content("E") in plan.sections["D"].text
    assert plan.sections["K"].found_by == "user"
    assert _content("J") in plan.sections["K"].text


def test_a_label_names_a_heading_and_not_every_paragraph_numbered_so(tmp_path: Path) -> None:
    items: list[tuple] = []
    for number, section in enumerate(ALL, start=1):
        title = "Where Robin needs a hand" if section == "B" else NAMES[section]
        items += [("bold", f"{number}. {title}"), ("para", _content(section))]
    at_f = items.index(("para", _content("F")))
    items.insert(at_f + 1, ("para", "2. Robin will have a daily reading session with his TA."))
    path = write_docx(tmp_path / "label.docx", items)
    plan = split_sections(read_path(path), path.name, {"2": "B"})
    assert plan.sections["B"].found_by == "user" and plan.sections["B"].text == _content("B")
    assert "daily reading session" in plan.sections["F"].text


def test_merged_tables_in_a_pdf(tmp_path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    story = [
        Paragraph("Section 1: All about me", styles["Heading2"]),
        Paragraph(_content("A"), styles["Normal"]),
    ]
    for area in ("Communication and interaction", "Cognition and learning"):
        cells = [
            f"Robin needs help with {area.lower()} in class.",
            f"By July Robin will improve {area.lower()}.",
            f"A daily 20-minute session for {area.lower()} with a TA.",
        ]
        table = Table(
            [["Needs", "Outcomes", "Provision"], [Paragraph(c, styles["Normal"]) for c in cells]],
            colWidths=[150, 150, 150],
        )
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story += [Paragraph(area, styles["Heading3"]), table, Spacer(1, 12)]
    story += [
        Paragraph("Section 7: Health provision", styles["Heading2"]),
        Paragraph(_content("G"), styles["Normal"]),
    ]
    path = tmp_path / "merged.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    plan = _read(path)
    assert list(plan.sections) == ["A", "B", "E", "F", "G"]
    assert plan.sections["A"].text == _content("A")
    assert plan.sections["F"].found_by == "table_column"
    assert plan.sections["F"].text.count("A daily 20-minute session") == 2
    assert "needs help" not in plan.sections["F"].text


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("What's important to me", "A"),
        ("What we want Robin to achieve", "E"),
        ("The support Robin needs", "F"),
        ("How Robin will be supported", "F"),
    ],
)
def test_plain_english_template_names(text: str, section: str) -> None:
    found = recognise(text)
    assert found is not None and (found.section, found.found_by) == (section, "name")


@pytest.mark.parametrize(
    "text", ["What I find hard", "My health", "My goals", "The support I need"]
)
def test_a_childs_own_sub_headings_in_section_a_are_not_sections(text: str) -> None:
    assert recognise(text) is None


def test_a_number_and_a_name_set_as_a_heading_with_only_a_space_between() -> None:
    """ "3 Outcomes" is a heading only when set as one; in running text it may be a list."""
    found = recognise("3 Outcomes", hint=True)
    assert found is not None and (found.section, found.found_by) == ("E", "number_and_name")
    about = recognise("1 About me: my views, interests and aspirations", hint=True)
    assert about is not None and about.section == "A"
    assert recognise("3 Outcomes") is None
    assert recognise("3 Sam has", hint=True) is None


def test_a_total_row_in_a_provision_table_is_not_a_provision() -> None:
    """ "Total taught time | | 15 hours" adds up the rows above it."""
    rows = [
        ("Provision", "Who", "Hours"),
        ("English and maths teaching", "Learning Centre teacher", "10 hours"),
        ("Total taught time", "", "15 hours"),
    ]
    blocks = [Block("Section F: Special educational provision", 1, heading_hint=True)] + [
        Block(" | ".join(row), 1, kind="row", cells=row, table=1) for row in rows
    ]
    texts = [item.text for item in section_items(split_sections(blocks, "plan.docx"), "F")]
    assert texts == ["English and maths teaching"]
