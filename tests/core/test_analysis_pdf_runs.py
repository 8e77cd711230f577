"""A page's runs, read from page-wide calls, are what reading each rectangle gives."""

from pathlib import Path

import pypdfium2 as pdfium

from ehcp_appeal.analysis.reading.pdf_runs import page_runs
from ehcp_appeal.analysis.reading.pdf_text import BoundedText
from tests.core.analysis_fixtures.builders import write_pdf


def _compare(path: Path) -> tuple[int, int]:
    """(runs read from the page's lines, runs read one by one); fails on any difference."""
    pdf = pdfium.PdfDocument(str(path))
    quick = slow = 0
    for page in pdf:
        textpage = page.get_textpage()
        bounded = BoundedText(textpage)
        for run in page_runs(bounded, textpage.count_rects()):
            left, bottom, right, top = run.box
            assert run.text == bounded.text(left, bottom, right, top)
            if run.char is None:
                slow += 1
            else:
                quick += 1
                assert run.char == bounded.char_at(left + 0.5, (top + bottom) / 2, 2, 2)
    pdf.close()
    return quick, slow


def test_runs_match_rectangle_by_rectangle_reading(tmp_path: Path) -> None:
    pages = [
        [
            ("heading", "Summary of needs"),
            ("para", "Mia finds it hard to follow spoken instructions – “two parts” or more."),
            ("bullet", "Ear defenders for assemblies; café visits with a 1:1 adult."),
            ("bullet", "A visual timetable, " * 8),
        ],
        [("bold", "Recommendations"), ("para", "Twenty minutes a day " * 12)],
    ]
    path = write_pdf(tmp_path / "report.pdf", pages, header="Header", footer="Footer")
    quick, slow = _compare(path)
    assert quick > 10 and slow == 0  # bullets beside their text are read from the line too


def test_several_runs_on_a_line_and_overlapping_text(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(tmp_path / "mixed.pdf"), pagesize=A4, invariant=True)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(60, 700, "Name:")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(92, 700, "Kai Oyelaran-Firth")
    pdf.drawString(300, 700, "Date of birth: 3 May 2009")
    pdf.drawString(60, 680, "Struck over")
    pdf.drawString(64, 684, "Written across")  # overlaps the line below: read one by one
    pdf.drawString(60, 660, "A line of its own at the foot of the page.")
    pdf.showPage()
    pdf.save()
    quick, slow = _compare(tmp_path / "mixed.pdf")
    assert quick >= 3 and slow >= 2
