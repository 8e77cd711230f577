"""Pages set in text columns are read one column at a time; tables stay tables."""

from pathlib import Path
from typing import Any

from ehcp_appeal.analysis.reading.reading import read_path

LEFT = [
    "Kai has ADHD and finds it very hard to keep his attention on tasks that do not "
    "interest him; he usually loses focus after about ten minutes of listening.",
    "He can be impulsive in class, calling out and leaving his seat.",
    "Kai has dyscalculia: his number sense and mental calculation are well below the "
    "level expected for his age, which affects his maths resit and his course work.",
]
RIGHT = [
    "A learning support assistant will support Kai in every practical workshop session, "
    "ten hours a week, prompting him to start and stay on task.",
    "A learning mentor will meet Kai for thirty minutes every Monday to plan his week and "
    "break each assignment into dated steps.",
    "Kai may take one five-minute movement break in each theory session.",
    "All tutors will give instructions in short steps, spoken and written.",
]

NEXT = [
    [
        "Kai's confidence in himself as a learner is low after a difficult time at secondary "
        "school, including two fixed-term exclusions in Year 10.",
        "He struggles to plan and organise his work, to meet assignment deadlines and to "
        "bring the right kit to practical sessions.",
    ],
    [
        "Staff who teach Kai will receive training in ADHD from the college's specialist "
        "teacher before the start of each term.",
        "The plan co-ordinator will check with Kai every half term that the support is "
        "in place and working.",
        "Kai's father will be told of any change to the timetable a week before it starts.",
    ],
]


def _columns_pdf(
    path: Path,
    columns: list[list[str]],
    landscape: bool = True,
    above: str = "",
    below: str = "",
    pitch: float = 14.0,
    pages: int = 1,
) -> Path:
    """Paragraphs wrapped into side-by-side columns, a blank line between paragraphs, with
    optional full-width text above and below; on several pages, a short header and footer
    at the left margin, as narrow as a column, and other paragraphs after the first page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turned
    from reportlab.pdfgen import canvas

    size = turned(A4) if landscape else A4
    pdf: Any = canvas.Canvas(str(path), pagesize=size, invariant=True)
    for number in range(1, pages + 1):
        if pages > 1:
            pdf.setFont("Helvetica", 10)
            pdf.drawString(50, size[1] - 45, "Castlebrook City Council - EHC plan")
        on_page = columns if number == 1 else [NEXT[n % 2] for n in range(len(columns))]
        lowest = _columns_page(pdf, size, on_page, above, below, pitch)
        if pages > 1:
            pdf.drawString(50, lowest - 2 * pitch, f"Page {number} of {pages}")
        pdf.showPage()
    pdf.save()
    return path


def _columns_page(
    pdf: Any,
    size: tuple[float, float],
    columns: list[list[str]],
    above: str,
    below: str,
    pitch: float,
) -> float:
    """One page of columns; the lowest line drawn."""
    margin, gutter = 50.0, 30.0
    width = (size[0] - 2 * margin - gutter * (len(columns) - 1)) / len(columns)
    top = size[1] - 60
    if above:
        for line in _wrap(pdf, above, size[0] - 2 * margin):
            pdf.setFont("Helvetica", 10)
            pdf.drawString(margin, top, line)
            top -= pitch
        top -= pitch
    lowest = top
    for number, paragraphs in enumerate(columns):
        x, y = margin + number * (width + gutter), top
        for paragraph in paragraphs:
            for line in _wrap(pdf, paragraph, width):
                pdf.setFont("Helvetica", 10)
                pdf.drawString(x, y, line)
                y -= pitch
            y -= pitch * 0.6
        lowest = min(lowest, y)
    if below:
        lowest -= pitch
        for line in _wrap(pdf, below, size[0] - 2 * margin):
            pdf.setFont("Helvetica", 10)
            pdf.drawString(margin, lowest, line)
            lowest -= pitch
    return lowest


def _wrap(pdf: object, text: str, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and pdf.stringWidth(trial, "Helvetica", 10) > width:  # type: ignore[attr-defined]
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def _paragraphs(path: Path) -> list[str]:
    return [block.text for block in read_path(path) if block.kind == "para"]


def test_two_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    above = (
        "Section A sets out the young person's views; the two sections below are set side "
        "by side, the needs on the left and the provision that meets them on the right."
    )
    below = "This plan was issued on 12 October 2026 and will be reviewed within twelve months."
    pdf = _columns_pdf(tmp_path / "two.pdf", [LEFT, RIGHT], above=above, below=below)
    assert _paragraphs(pdf) == [above, *LEFT, *RIGHT, below]


def test_headers_and_footers_beside_a_column_are_dropped(tmp_path: Path) -> None:
    pdf = _columns_pdf(tmp_path / "running.pdf", [LEFT, RIGHT], pages=2)
    assert _paragraphs(pdf) == [*LEFT, *RIGHT, *NEXT[0], *NEXT[1]]


def test_three_columns_on_a_portrait_page(tmp_path: Path) -> None:
    third = [
        "The college will review this provision with Kai and his father every term, and "
        "will write to the council if it is not working.",
        "Kai's father will be told of any change to his timetable a week before it starts.",
        "The plan co-ordinator can be reached by telephone on weekday mornings.",
    ]
    pdf = _columns_pdf(tmp_path / "three.pdf", [LEFT, RIGHT, third], landscape=False)
    assert _paragraphs(pdf) == [*LEFT, *RIGHT, *third]


def test_a_paragraph_carried_into_the_next_column_stays_whole(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    carried = " ".join(LEFT + RIGHT[:2])
    after = RIGHT[2]
    size = landscape(A4)
    pdf = canvas.Canvas(str(tmp_path / "carried.pdf"), pagesize=size, invariant=True)
    pdf.setFont("Helvetica", 10)
    lines = _wrap(pdf, carried, 340)
    half = len(lines) // 2
    for x, column in ((50, lines[:half]), (420, lines[half:])):
        for row, line in enumerate(column):
            pdf.drawString(x, size[1] - 60 - row * 14, line)
    y = size[1] - 60 - (len(lines) - half) * 14 - 10
    for line in _wrap(pdf, after, 340):
        pdf.drawString(420, y, line)
        y -= 14
    pdf.showPage()
    pdf.save()
    assert len(lines) - half >= 3
    assert _paragraphs(tmp_path / "carried.pdf") == [carried, after]


def test_a_table_of_long_cells_is_still_read_as_rows(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    rows = [
        [
            "Kai finds it hard to keep his attention on spoken instructions in lessons "
            "that do not interest him, and loses focus after ten minutes.",
            "Instructions will be given in short steps, spoken and written on a card, and "
            "his understanding checked after each step by the teaching assistant.",
        ],
        [
            "His number sense and mental calculation are well below the level expected "
            "for his age, which affects his maths resit.",
            "Specialist teaching for dyscalculia, one to one, for two sessions of 45 "
            "minutes a week, from a qualified specialist teacher.",
        ],
        [
            "He struggles to plan and organise his work and to meet the deadlines set "
            "for his assignments on the course.",
            "A learning mentor will meet Kai for 30 minutes every Monday to plan his week "
            "and break each assignment into dated steps.",
        ],
    ]
    table = Table([[Paragraph(cell, style) for cell in row] for row in rows], colWidths=[240, 240])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "table.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=True).build([table])
    blocks = read_path(path)
    assert [block.cells for block in blocks if block.kind == "row"] == [tuple(r) for r in rows]
