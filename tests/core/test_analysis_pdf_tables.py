"""PDF tables rebuilt from their drawn borders: cells stay whole, rows stay together."""

from pathlib import Path

from ehcp_appeal.analysis.reading.reading import read_path
from ehcp_appeal.analysis.result import analyse_files
from tests.core.analysis_fixtures.builders import write_pdf


def _story_pdf(path: Path, story: list) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(str(path), pagesize=A4, invariant=True).build(story)
    return path


def _table(rows: list[list[str]], widths: list[float], span_first: bool = False):  # type: ignore[no-untyped-def]
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    data = [[Paragraph(cell, style) for cell in row] for row in rows]
    table = Table(data, colWidths=widths)
    commands = [
        ("BOX", (0, 0), (-1, -1), 1, "black"),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, "grey"),
    ]
    if span_first:
        commands.append(("SPAN", (0, 0), (-1, 0)))
    table.setStyle(TableStyle(commands))
    return table


def test_wrapped_cells_of_a_ruled_table_stay_in_their_own_cells(tmp_path: Path) -> None:
    provision = (
        "Daily reading sessions using a structured programme chosen by the learning "
        "support teacher, with a record kept of every word read"
    )
    pdf = _story_pdf(
        tmp_path / "t.pdf",
        [
            _table(
                [
                    ["Provision summary", "", ""],
                    ["What", "Who", "How often"],
                    [
                        provision,
                        "Learning support assistant trained by the teacher",
                        "Four times a week",
                    ],
                ],
                [230, 120, 90],
                span_first=True,
            )
        ],
    )
    rows = [b for b in read_path(pdf) if b.kind == "row"]
    assert rows[0].cells[0] == "Provision summary"  # a merged cell is read once, whole
    assert rows[1].cells == ("What", "Who", "How often")
    assert rows[2].cells == (
        provision,
        "Learning support assistant trained by the teacher",
        "Four times a week",
    )


def test_number_column_becomes_the_paragraph_number(tmp_path: Path) -> None:
    pdf = _story_pdf(
        tmp_path / "n.pdf",
        [
            _table(
                [
                    ["3.1", "Noah tires quickly when he writes by hand."],
                    ["3.2", "Noah is anxious."],
                ],
                [40, 400],
            )
        ],
    )
    blocks = read_path(pdf)
    assert [(b.kind, b.number, b.text) for b in blocks] == [
        ("para", "3.1", "Noah tires quickly when he writes by hand."),
        ("para", "3.2", "Noah is anxious."),
    ]


def test_text_outside_any_box_is_read_as_paragraphs(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "p.pdf", [[("para", "Plain text with no table at all.")]])
    assert [(b.kind, b.text) for b in read_path(pdf)] == [
        ("para", "Plain text with no table at all.")
    ]


def test_provision_table_in_a_pdf_plan_quotes_the_provision_cell(tmp_path: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    style = getSampleStyleSheet()
    story = [
        Paragraph("Section B: Special educational needs", style["Heading2"]),
        Paragraph("Noah finds it hard to remember spoken instructions.", style["BodyText"]),
        Paragraph("Section F: Special educational provision", style["Heading2"]),
        _table(
            [
                ["Need", "Provision", "Delivered by", "Frequency and duration"],
                [
                    "Memory",
                    "Games to practise remembering instructions",
                    "Teaching assistant",
                    "As appropriate",
                ],
                [
                    "Memory",
                    "Visual checklist of each instruction",
                    "Class teacher",
                    "Every lesson, 5 minutes",
                ],
            ],
            [60, 170, 100, 110],
        ),
    ]
    plan = _story_pdf(tmp_path / "plan.pdf", story)
    report = write_pdf(tmp_path / "r.pdf", [[("para", "Noah has difficulty with working memory.")]])
    result = analyse_files(plan, [report])
    vague = [f["text"] for f in result["findings"] if f["kind"] == "provision_not_specific"]
    assert vague == ["Games to practise remembering instructions"]


def test_cells_drawn_as_stroked_boxes_form_a_table(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "boxes.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    pdf.setFont("Helvetica", 10)
    cells = [
        ("Weekly swimming lesson", "PE teacher"),
        ("Ear defenders in assembly", "Class teacher"),
    ]
    top = 700
    for label, who in cells:
        pdf.rect(60, top - 30, 200, 30, stroke=1, fill=0)
        pdf.rect(260, top - 30, 150, 30, stroke=1, fill=0)
        pdf.drawString(66, top - 18, label)
        pdf.drawString(266, top - 18, who)
        top -= 30
    pdf.showPage()
    pdf.save()
    rows = [b.cells for b in read_path(path) if b.kind == "row"]
    assert rows == [tuple(pair) for pair in cells]
