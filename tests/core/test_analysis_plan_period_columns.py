"""A provision table's header that gives the period of a column's amounts ("Hours per week")."""

from ehcp_appeal.analysis.judging.quantities import measure
from ehcp_appeal.analysis.judging.specificity import judge
from ehcp_appeal.analysis.plan.plan_items import period_columns, section_items
from ehcp_appeal.analysis.plan.plan_sections import split_sections
from ehcp_appeal.analysis.reading.blocks import Block


def _row(cells: tuple[str, ...], table: int = 1) -> Block:
    return Block(" | ".join(cells), 1, kind="row", cells=cells, table=table)


def _f_items(rows: list[tuple[str, ...]]) -> list:
    blocks = [
        Block("Section B: Special educational needs", 1, heading_hint=True),
        Block("Sam finds it hard to form letters and tires quickly when writing.", 1),
        Block("Section F: Special educational provision", 1, heading_hint=True),
        *[_row(cells) for cells in rows],
    ]
    return section_items(split_sections(blocks, "plan.docx"), "F")


def test_header_periods_are_read() -> None:
    cells = ("Provision", "Staff", "Sessions per week", "Weekly minutes", "Cost")
    assert period_columns(cells) == {2: "per week", 3: "per week"}


def test_an_amount_under_a_per_week_header_says_how_often() -> None:
    items = _f_items(
        [
            ("Provision", "Staff", "Hours per week", "Annual cost"),
            (
                "Pencil control group (Busy Fingers programme)",
                "Teaching assistant",
                "1 hr (4 x 15 min)",
                "£900",
            ),
        ]
    )
    assert len(items) == 1
    quantity = measure(items[0].whole)
    assert quantity.sessions_per_week == 4 and quantity.minutes_per_session == 15
    assert judge(items[0].text, items[0].whole).specific


def test_a_cell_that_states_its_own_period_is_left_alone() -> None:
    items = _f_items(
        [
            ("Provision", "Staff", "Hours per week"),
            ("Pencil control group", "Teaching assistant", "15 minutes each day"),
        ]
    )
    assert "per week" not in items[0].whole


def test_each_line_of_a_cell_listing_several_provisions_is_judged_alone() -> None:
    items = _f_items(
        [
            ("Provision", "Staff"),
            (
                "Story sacks shared with Sam, 10 minutes twice a day.\n"
                "Sensory breaks as agreed with the family.",
                "Teaching assistant",
            ),
        ]
    )
    assert [item.text[:11] for item in items] == ["Story sacks", "Sensory bre"]
    assert "as agreed" not in items[0].whole and "Teaching assistant" in items[0].whole
    assert judge(items[0].text, items[0].whole).specific
    assert not judge(items[1].text, items[1].whole).specific


def test_a_header_naming_the_part_of_the_programme_is_no_provision() -> None:
    """ "Part of the programme | Hours each week | Delivered by" heads the table: it is not
    itself a vague provision, and its "each week" gives the rows' hours their period."""
    items = _f_items(
        [
            ("Part of the programme", "Hours each week", "Delivered by"),
            ("Taught study programme in a class of no more than six", "18 hours", "Teacher"),
        ]
    )
    assert [item.text[:12] for item in items] == ["Taught study"]
    assert "18 hours per week" in items[0].whole


def test_what_will_be_provided_who_and_how_often_and_why_head_a_table() -> None:
    items = _f_items(
        [
            ("What will be provided", "Who and how often", "Why"),
            (
                "One-to-one adult support for Sam.",
                "A trained teaching assistant, 15 hours a week",
                "To keep Sam safe",
            ),
        ]
    )
    assert [item.text for item in items] == ["One-to-one adult support for Sam."]
    assert "15 hours a week" in items[0].whole
