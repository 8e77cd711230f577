"""A plan set out as one table of numbered rows: number, what the section is for, content."""

from ehcp_appeal.analysis.plan.heading_purpose import purpose_section
from ehcp_appeal.analysis.plan.plan_sections import split_sections
from ehcp_appeal.analysis.plan.row_numbers import drop_row_numbers
from ehcp_appeal.analysis.reading.blocks import Block

ROWS = [
    ("About Kai: his views, interests and hopes", "Kai enjoys football and drawing."),
    ("What Kai needs help with at school", "Kai finds it very hard to trust adults."),
    ("Health needs linked to his learning", "There are no health conditions."),
    ("Social care needs", "Kai is looked after by the council."),
    ("Outcomes we are working towards", "By July 2027 Kai will attend full time."),
    ("Support for Kai's education", "A key adult for 15 hours a week."),
    ("Health support", "Assessment by the CAMHS looked after children's service."),
    ("Social care support under the 1970 Act (section 2)", "Not applicable."),
    ("Other social care support", "Support to the foster placement."),
    ("School or setting", "St Barnabas CE Primary School."),
    ("Advice we used", "The virtual school head's advice."),
]


def _row(cells: tuple[str, ...]) -> Block:
    return Block(" | ".join(cells), 1, kind="row", cells=cells, table=1)


def _plan() -> list[Block]:
    header = _row(("No.", "Section", "Detail"))
    numbered = [_row((str(n), label, text)) for n, (label, text) in enumerate(ROWS, start=1)]
    return [Block("Education, Health and Care Plan", 1, heading_hint=True), header, *numbered]


def test_a_column_that_only_numbers_the_rows_is_set_aside() -> None:
    rows = [block for block in drop_row_numbers(_plan()) if block.kind == "row"]
    assert rows[0].cells == ("Section", "Detail")
    assert rows[2].cells == ROWS[1]
    two_cells = _row(("3.", "A paragraph numbered in a narrow column."))
    assert drop_row_numbers([two_cells]) == [two_cells]


def test_one_table_of_numbered_rows_labelled_by_purpose_is_read_as_the_sections() -> None:
    plan = split_sections(_plan(), "plan.docx")
    assert set(plan.sections) == {"A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "K"}
    assert plan.sections["B"].text == "Kai finds it very hard to trust adults."
    assert plan.sections["F"].text == "A key adult for 15 hours a week."


def test_needs_help_with_at_school_is_needs_not_the_school() -> None:
    assert purpose_section("What Kai needs help with at school") == "B"
    assert purpose_section("The school Kai will attend") == "I"


def test_a_content_cell_of_several_lines_is_the_sections_paragraphs() -> None:
    """One cell beside the label holds the whole of Section F; each line is a provision,
    judged on its own (a vague "Access to the nurture group" among specific ones)."""
    from ehcp_appeal.analysis.plan.plan_items import section_items
    from ehcp_appeal.analysis.plan.section_presence import missing_sections

    lines = (
        "St Barnabas Primary School will provide the following, with extra funding.\n"
        "A key adult for 15 hours a week.\nAccess to the school's nurture group."
    )
    blocks = _plan()
    blocks[7] = _row(("6", "Support for Kai's education", lines))
    plan = split_sections(blocks, "plan.docx")
    items = [item.text for item in section_items(plan, "F")]
    key_adult, nurture = "A key adult for 15 hours a week.", "Access to the school's nurture group."
    assert items[-2:] == [key_adult, nurture]
    blocks[11] = _row(("10", "School or setting", "St Barnabas CE Primary School (mainstream)"))
    assert missing_sections(split_sections(blocks, "plan.docx")) == ["J"]
