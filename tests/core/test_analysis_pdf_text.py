"""Reading a rectangle, its text and the character at a point give what pypdfium2 gives."""

from pathlib import Path

import pypdfium2 as pdfium

from ehcp_appeal.analysis.reading.pdf_text import BoundedText
from tests.core.analysis_fixtures.builders import write_pdf


def test_every_rectangle_reads_as_get_text_bounded(tmp_path: Path) -> None:
    pages = [
        [
            ("heading", "Summary of needs"),
            ("para", "Mia finds it hard to follow spoken instructions – “two parts” or more."),
            ("bullet", "Ear defenders for assemblies; café visits with a 1:1 adult."),
        ],
        [("bold", "Recommendations"), ("para", "Twenty minutes a day " * 12)],
    ]
    path = write_pdf(tmp_path / "report.pdf", pages, header="Header", footer="Footer")
    pdf = pdfium.PdfDocument(str(path))
    compared = 0
    for page in pdf:
        textpage = page.get_textpage()
        bounded = BoundedText(textpage)
        for index in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(index)
            assert bounded.rect(index) == (left, bottom, right, top)
            for x, y in ((left + 0.5, (top + bottom) / 2), (right + 40, top + 40), (-5, -5)):
                assert bounded.char_at(x, y, 2, 2) == textpage.get_index(x, y, 2, 2)
            assert bounded.text(left, bottom, right, top) == textpage.get_text_bounded(
                left, bottom, right, top
            )
            compared += 1
        whole = page.get_bbox()
        assert bounded.text(*whole) == textpage.get_text_bounded(*whole)  # the whole page
        assert bounded.text(0, 0, 1, 1) == textpage.get_text_bounded(0, 0, 1, 1) == ""
    pdf.close()
    assert compared > 10


def test_font_gives_the_size_and_boldness_of_each_run(tmp_path: Path) -> None:
    pages = [[("heading", "Summary of needs"), ("bold", "Recommendations"), ("para", "Ten")]]
    path = write_pdf(tmp_path / "fonts.pdf", pages)
    pdf = pdfium.PdfDocument(str(path))
    textpage = pdf[0].get_textpage()
    bounded = BoundedText(textpage)
    fonts = {}
    for index in range(textpage.count_rects()):
        left, bottom, right, top = bounded.rect(index)
        char = bounded.char_at(left + 0.5, (top + bottom) / 2, 2, 2)
        assert char is not None
        fonts[bounded.text(left, bottom, right, top).strip()] = bounded.font(char)
    pdf.close()
    assert fonts == {
        "Summary of needs": (14.0, True),
        "Recommendations": (10.0, True),
        "Ten": (10.0, False),
    }


def test_page_text_and_character_boxes_are_pdfiums(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "chars.pdf", [[("heading", "Needs"), ("para", "Ten minutes.")]])
    pdf = pdfium.PdfDocument(str(path))
    textpage = pdf[0].get_textpage()
    bounded = BoundedText(textpage)
    whole = bounded.page_text()
    assert whole == textpage.get_text_range() and len(whole) == textpage.count_chars()
    for index in range(textpage.count_chars()):
        left, bottom, right, top = textpage.get_charbox(index)
        assert bounded.char_box(index) == (left, bottom, right, top)
    pdf.close()
