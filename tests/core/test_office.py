"""Converting Word files to PDF with LibreOffice: several in one run, clear errors without it."""

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from ehcp_appeal.errors import AppError
from ehcp_appeal.export import office


def _word(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.mark.skipif(not office.libreoffice_available(), reason="LibreOffice is not installed")
def test_several_files_convert_and_same_names_do_not_collide(tmp_path: Path) -> None:
    first = _word(tmp_path / "a" / "letter.docx", "First letter")
    second = _word(tmp_path / "b" / "letter.docx", "Second letter")
    third = _word(tmp_path / "a" / "notes.docx", "Notes")
    made = office.convert_to_pdf([first, second, third], tmp_path / "pdf")
    assert set(made) == {first.resolve(), second.resolve(), third.resolve()}
    texts = {p: PdfReader(str(pdf)).pages[0].extract_text() for p, pdf in made.items()}
    assert "First letter" in texts[first.resolve()]
    assert "Second letter" in texts[second.resolve()]


def test_without_libreoffice_the_message_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(office, "soffice_path", lambda: None)
    assert not office.libreoffice_available()
    with pytest.raises(AppError, match="LibreOffice is not installed"):
        office.convert_to_pdf([_word(tmp_path / "x.docx", "x")], tmp_path)
    assert office.convert_to_pdf([], tmp_path) == {}
