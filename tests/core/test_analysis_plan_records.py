"""Provision set out as labelled lines (What / Who / When / How long) is one provision."""

from ehcp_appeal.analysis.judging.quantities import measure
from ehcp_appeal.analysis.judging.specificity import judge
from ehcp_appeal.analysis.plan.plan_items import section_items
from ehcp_appeal.analysis.plan.plan_sections import Plan, PlanSection
from ehcp_appeal.analysis.reading.blocks import Block


def _plan(lines: list[str]) -> Plan:
    blocks = tuple(Block(text=line, page=2) for line in lines)
    return Plan("p.docx", {"F": PlanSection("F", "Provision", blocks, 2)}, draft=False)


def test_each_record_is_one_provision_quoted_from_its_provision_line() -> None:
    plan = _plan(
        [
            "Provision: Daily reading with a trained adult",
            "Staffing: Learning support assistant",
            "Frequency: Each morning",
            "Duration: 15 minutes",
            "Provision: Help with organisation",
            "Staffing: Form tutor",
            "Frequency: As required",
            "Mobility support at transitions between lessons is also provided by the base.",
        ]
    )
    items = section_items(plan, "F")
    assert [item.text for item in items] == [
        "Daily reading with a trained adult",
        "Help with organisation",
        "Mobility support at transitions between lessons is also provided by the base.",
    ]
    assert judge(items[0].text, items[0].whole).specific
    assert not judge(items[1].text, items[1].whole).specific


def test_a_single_labelled_line_is_an_ordinary_paragraph() -> None:
    items = section_items(_plan(["Provision: A writing slope in every lesson."]), "F")
    assert [item.text for item in items] == ["Provision: A writing slope in every lesson."]


def test_named_weekdays_are_a_frequency() -> None:
    assert measure("On Tuesday and Thursday afternoons for 30 minutes").sessions_per_week == 2


def test_field_labels_on_their_own_lines_pair_with_the_value_below() -> None:
    plan = _plan(
        [
            "Provision entry 1",
            "Provision",
            "Shared reading with the key person",
            "Frequency and duration",
            "Four times a week, 15 minutes",
            "Delivered by",
            "Key person",
            "Provision entry 2",
            "Provision",
            "Sensory breaks",
            "Frequency and duration",
            "As required",
        ]
    )
    items = section_items(plan, "F")
    assert [item.text for item in items] == ["Shared reading with the key person", "Sensory breaks"]
    assert judge(items[0].text, items[0].whole).specific
    assert not judge(items[1].text, items[1].whole).specific


def test_an_exported_record_with_wrapped_lines_run_on_fields_and_a_stamp_is_one_provision() -> None:
    plan = _plan(
        [
            "Provision: A 10-minute check-in with his key adult before registration, using a",
            "feelings scale to help Sam name how he is feeling.",
            "Frequency / amount: Every school day, 8.35 to 8.45 am Delivered by: Key adult",
            "Linked outcome: E1",
            "Last updated 11/11/2026 by D. Morrow (SEND Caseworker)",
            "Provision: Access to a mentor.",
            "Frequency / amount: As required",
        ]
    )
    items = section_items(plan, "F")
    assert [item.text for item in items] == [
        "A 10-minute check-in with his key adult before registration, using a feelings scale "
        "to help Sam name how he is feeling.",
        "Access to a mentor.",
    ]
    assert judge(items[0].text, items[0].whole).specific
    assert not judge(items[1].text, items[1].whole).specific
    assert "Last updated" not in " ".join(item.whole for item in items)


def test_a_templates_guidance_box_in_section_f_is_not_provision() -> None:
    guidance = "Provision must be detailed and specific and should normally be quantified."
    row = Block(text=guidance, page=2, kind="row", cells=(guidance,), table=3)
    plan = Plan("p.docx", {"F": PlanSection("F", "Provision", (row,), 2)}, draft=False)
    assert section_items(plan, "F") == []


def test_a_form_export_of_label_and_value_cells_is_one_record_per_provision() -> None:
    fields = [
        ("Provision type:", "Literacy intervention"),
        ("Description:", "A structured phonics programme for 20 minutes three times a week."),
        ("Delivered by:", "Trained teaching assistant"),
        ("Frequency / amount:", "3 x 20 minutes weekly"),
        ("Provision type:", "Language"),
        ("Description:", "Pre-teaching of vocabulary where appropriate."),
        ("Delivered by:", "Teaching assistant"),
    ]
    rows = tuple(
        Block(text=f"{label} | {value}", page=2, kind="row", cells=(label, value), table=4)
        for label, value in fields
    )
    plan = Plan("p.pdf", {"F": PlanSection("F", "Provision", rows, 2)}, draft=False)
    items = section_items(plan, "F")
    assert [item.text for item in items] == [
        "A structured phonics programme for 20 minutes three times a week.",
        "Pre-teaching of vocabulary where appropriate.",
    ]
    assert judge(items[0].text, items[0].whole).specific
    assert not judge(items[1].text, items[1].whole).specific


def test_a_numbered_provisions_cross_reference_to_needs_is_not_part_of_it() -> None:
    text = "(for B1, B2, E2): Precision teaching of key words for 15 minutes each school day."
    plan = _plan([text])
    assert [item.text for item in section_items(plan, "F")] == [
        "Precision teaching of key words for 15 minutes each school day."
    ]


def test_provision_cards_with_label_cells_are_one_provision_each() -> None:
    def row(label: str, value: str, table: int) -> Block:
        return Block(f"{label} | {value}", 2, kind="row", cells=(label, value), table=table)

    blocks = (
        row("Provision", "Pre-teaching of subject vocabulary", 1),
        row("Delivered by", "Teaching assistant", 1),
        row("How often", "Regularly", 1),
        row("Outcome", "Vocabulary", 1),
        row("Provision", "A radio aid worn by every adult who teaches him", 2),
        row("Delivered by", "All teaching staff", 2),
        row("How often", "Every lesson", 3),  # the card runs on over a page break
        row("Outcome", "Hearing and communication", 3),
    )
    plan = Plan("p.pdf", {"F": PlanSection("F", "Provision", blocks, 2)}, draft=False)
    items = section_items(plan, "F")
    assert [item.text for item in items] == [
        "Pre-teaching of subject vocabulary",
        "A radio aid worn by every adult who teaches him",
    ]
    assert not judge(items[0].text, items[0].whole).specific  # "Regularly"
    assert "Every lesson" in items[1].whole


def test_cards_with_staff_and_ratio_how_much_and_why_are_one_provision_each() -> None:
    """ "How much" is how often, "Staff and ratio" who, and "Why" the reason: none of them
    is a provision of its own to be called vague."""

    def row(label: str, value: str) -> Block:
        return Block(f"{label} | {value}", 2, kind="row", cells=(label, value), table=1)

    blocks = (
        row("Provision", "Access to a quiet space."),
        row("Staff and ratio", "An adult"),
        row("How much", "When needed"),
        row("Why", "Somewhere calm to go when he is upset"),
        row("Provision", "A movement break on the trampoline, led by an adult."),
        row("Staff and ratio", "1:1"),
        row("How much", "10 minutes every hour"),
        row("Why", "Movement helps him stay calm"),
    )
    plan = Plan("p.pdf", {"F": PlanSection("F", "Provision", blocks, 2)}, draft=False)
    items = section_items(plan, "F")
    assert [item.text for item in items] == [
        "Access to a quiet space.",
        "A movement break on the trampoline, led by an adult.",
    ]
    assert not judge(items[0].text, items[0].whole).specific  # "When needed"
    assert judge(items[1].text, items[1].whole).specific
    assert "10 minutes every hour" in items[1].whole


def test_a_two_word_bullet_in_section_f_is_a_provision() -> None:
    """A council's bare list ("Careers guidance.") still names provision to be judged; a
    sub-heading above it is not a bullet and stays a label."""
    blocks = (
        Block(text="Preparing for adulthood", page=2),
        Block(text="Careers guidance.", page=2, bullet=True),
    )
    plan = Plan("p.docx", {"F": PlanSection("F", "Provision", blocks, 2)}, draft=False)
    items = section_items(plan, "F")
    assert [item.text for item in items] == ["Careers guidance."]
    assert not judge(items[0].text, items[0].whole).specific


def test_what_a_provision_will_emphasise_completes_it_and_is_not_judged_alone() -> None:
    plan = _plan(
        [
            "Functional reading using symbols, three 15-minute sessions a week with a teaching "
            "assistant. The emphasis will be on the signs he meets in the community."
        ]
    )
    items = section_items(plan, "F")
    assert len(items) == 1
    assert items[0].whole.endswith("signs he meets in the community.")
    assert judge(items[0].text, items[0].whole).specific


def test_column_titles_asking_which_and_who_are_a_header_not_a_provision() -> None:
    header = ("Arrangement", "Which assessments", "Who arranges it")
    row = ("25% extra time", "All written tests and GCSE examinations", "Examinations officer")
    blocks = tuple(
        Block(text=" | ".join(cells), page=2, kind="row", cells=cells, table=0)
        for cells in (header, row)
    )
    plan = Plan("p.docx", {"F": PlanSection("F", "Provision", blocks, 2)}, draft=False)
    assert "Which assessments" not in [item.text for item in section_items(plan, "F")]
