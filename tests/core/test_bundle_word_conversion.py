"""Word documents go through LibreOffice when it is installed, once: the PDF is kept."""

import datetime as dt
from pathlib import Path

import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.export import office
from ehcp_appeal.services import bundle, cases, evidence
from tests.core.bundle_fixtures import files

pytestmark = pytest.mark.skipif(
    not office.libreoffice_available(), reason="LibreOffice is not installed"
)


@pytest.mark.slow
def test_word_is_converted_by_libreoffice_once(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = cases.create_case(db, cases.CaseDetails(name="Word")).id
    path = files.docx_file(tmp_path / "report.docx", "WORDREPORT")
    doc_id = (
        evidence.import_files(
            db, case_id, [path], kind="independent_report", date=dt.date(2026, 1, 5)
        )
        .imported[0]
        .id
    )

    first = bundle.build_bundle(db, case_id, tmp_path / "one.pdf")
    assert [(d.id, d.converter) for d in first.bundle.documents] == [(doc_id, "LibreOffice")]

    def no_second_conversion(*_args: object, **_kwargs: object) -> dict[Path, Path]:
        raise AssertionError("converted again instead of reusing the kept PDF")

    monkeypatch.setattr(office, "convert_to_pdf", no_second_conversion)
    second = bundle.build_bundle(db, case_id, tmp_path / "two.pdf")
    assert second.bundle.documents == first.bundle.documents
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(tmp_path / "two.pdf"))
    text = pdf[second.bundle.front_pages].get_textpage().get_text_range()
    assert "WORDREPORT" in text
