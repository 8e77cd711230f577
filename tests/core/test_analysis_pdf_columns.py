"""Borderless PDF tables found from text that lines up in columns."""

from pathlib import Path

from ehcp_appeal.analysis.reading.reading import read_path
from tests.core.analysis_fixtures.builders import write_pdf


def _borderless_pdf(path: Path, rows: list[list[str]], widths: list[float]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    table = Table([[Paragraph(cell, style) for cell in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [
        Paragraph("Section F: Special educational provision", getSampleStyleSheet()["Heading1"]),
        Paragraph(
            "The provision below will be arranged by the school and reviewed each year at "
            "the annual review meeting, with the parents and the young person present.",
            style,
        ),
        Spacer(1, 12),
        table,
    ]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=True).build(story)
    return path


def test_cells_of_a_table_without_borders_stay_together(tmp_path: Path) -> None:
    long_cell = (
        "Practice with a talking calculator and real coins in the school shop, working "
        "towards paying for lunch without help"
    )
    pdf = _borderless_pdf(
        tmp_path / "f.pdf",
        [
            ["Provision", "Staff", "How often"],
            [long_cell, "Higher level teaching assistant", "Three times a week, 20 minutes"],
            ["A movement break outside the classroom", "Teaching assistant", "Twice a day"],
        ],
        [230, 130, 110],
    )
    blocks = read_path(pdf)
    rows = [block.cells for block in blocks if block.kind == "row"]
    assert rows == [
        ("Provision", "Staff", "How often"),
        (long_cell, "Higher level teaching assistant", "Three times a week, 20 minutes"),
        ("A movement break outside the classroom", "Teaching assistant", "Twice a day"),
    ]
    paragraphs = [block.text for block in blocks if block.kind == "para"]
    assert any(text.startswith("The provision below will be arranged") for text in paragraphs)


def test_prose_and_lists_are_not_tables(tmp_path: Path) -> None:
    pdf = write_pdf(
        tmp_path / "r.pdf",
        [
            [
                ("heading", "Recommendations"),
                ("para", "Jun should practise telling the time with a teaching assistant. " * 3),
                ("bullet", "Jun should have a visual timetable on his desk every day."),
                ("bullet", "Jun should sit near the teacher for carpet sessions and phonics."),
                ("bullet", "Jun should have ear defenders for assemblies and wet play."),
            ]
        ],
    )
    assert all(block.kind == "para" for block in read_path(pdf))


def test_a_borderless_provision_row_is_judged_whole(tmp_path: Path) -> None:
    from ehcp_appeal.analysis.judging.specificity import judge
    from ehcp_appeal.analysis.plan.plan_items import section_items
    from ehcp_appeal.analysis.plan.plan_sections import split_sections

    pdf = _borderless_pdf(
        tmp_path / "plan.pdf",
        [
            ["Provision", "Staff", "How often"],
            ["Access to the sensory room", "Teaching assistant", "Three times a day, 10 minutes"],
            ["Support with dressing", "Teaching assistant", "As required"],
        ],
        [200, 140, 150],
    )
    items = section_items(split_sections(read_path(pdf), "plan.pdf"), "F")
    verdicts = {item.text: judge(item.text, item.whole).specific for item in items}
    assert verdicts == {"Access to the sensory room": True, "Support with dressing": False}


def test_a_form_row_whose_label_wraps_past_a_one_line_answer_is_still_a_row(
    tmp_path: Path,
) -> None:
    """Rows set well apart are read one by one; a row whose long label wraps over five
    lines beside a one-line answer ("None.") has too few split lines to show its columns,
    and takes them from the rest of the form."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from ehcp_appeal.analysis.plan.plan_sections import split_sections

    style = getSampleStyleSheet()["BodyText"]
    rows = [
        [
            "Section G: Health provision",
            "Review at the eye clinic every six months, with glasses as prescribed. "
            "Mobility training from the habilitation specialist, 45 minutes a fortnight.",
        ],
        [
            "Section H1: Social care provision under the Chronically Sick and Disabled "
            "Persons Act 1970",
            "None.",
        ],
        [
            "Section H2: Other social care provision",
            "A short break at the family link service one weekend in every month, "
            "arranged by the children with disabilities team.",
        ],
    ]
    table = Table([[Paragraph(cell, style) for cell in row] for row in rows], colWidths=[100, 330])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 40)])
    )
    pdf = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=True).build([table])
    blocks = read_path(pdf)
    rows = [block.cells for block in blocks if block.kind == "row"]
    assert rows[1][1] == "None."
    assert rows[1][0].startswith("Section H1: Social care") and rows[1][0].endswith("Act 1970")
    plan = split_sections(blocks, "plan.pdf")
    assert {"G", "H1", "H2"} <= set(plan.sections)
    assert plan.sections["H1"].text == "None."
