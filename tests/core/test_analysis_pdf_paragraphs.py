"""Wrapped lines of a PDF page joined back into paragraphs."""

from ehcp_appeal.analysis.reading.pdf_layout import _join_lines, _Line


def _line(text: str, top: float, size: float = 10.5) -> _Line:
    return _Line(text, top=top, bottom=top - 9.5, left=69.0, right=516.0, size=size)


def test_a_line_whose_font_size_could_not_be_read_continues_its_paragraph() -> None:
    """pdfium reports size 0 for some lines (one opening with a quotation mark in some
    fonts): that is no change of size, so the paragraph runs on."""
    lines = [
        _line("She has difficulty understanding questions beginning 'why' and 'how', and", 491.0),
        _line(
            "'what' questions. Noor has become reluctant to speak in class because others",
            476.9,
            0.0,
        ),
        _line("do not understand her, and she now whispers or points rather than speak.", 462.9),
    ]
    blocks = _join_lines(lines, [], 1)
    assert len(blocks) == 1
    assert "her, and she now whispers" in blocks[0].text


def test_a_change_of_font_size_still_starts_a_paragraph() -> None:
    lines = [
        _line("Background", 491.0, 14.0),
        _line("Noor was referred at the age of three.", 476.9),
    ]
    assert len(_join_lines(lines, [], 1)) == 2
