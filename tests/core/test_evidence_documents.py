"""Working with imported documents: edit, trash and restore, preview, chronology."""

import datetime as dt
import io
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import InvalidInputError, NotFoundError
from ehcp_appeal.export.chronology import write_chronology
from ehcp_appeal.ingest import ocr
from ehcp_appeal.services import evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from ehcp_appeal.services.search import search
from tests.core.test_evidence_samples import (
    docx_bytes,
    email_bytes,
    pdf_bytes,
    text_image_bytes,
    write,
)

pytestmark = pytest.mark.both_engines


@pytest.fixture
def case_id(db: Database) -> str:
    return create_case(db, CaseDetails(name="Sam", child_name="Sam Smith")).id


def _import(db: Database, case_id: str, folder: Path, name: str, data: bytes) -> str:
    report = evidence.import_files(db, case_id, [write(folder, name, data)])
    assert report.failures == [], report.failures
    return report.imported[0].id


def _pdf_pages(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    return [document[i].get_textpage().get_text_range() for i in range(len(document))]


def test_update_metadata_validates_then_saves(db: Database, case_id: str, tmp_path: Path) -> None:
    doc_id = _import(db, case_id, tmp_path, "a.txt", b"Some letter")
    saved = evidence.update_metadata(
        db, doc_id, title="Letter to school", kind="correspondence", date="2026-02-01",
        author="Mary", author_role="Parent", direction="to_la",
    )  # fmt: skip
    assert (saved.title, saved.date, saved.direction) == (
        "Letter to school", dt.date(2026, 2, 1), "to_la",
    )  # fmt: skip
    assert evidence.get_document(db, doc_id) == saved
    for bad, message in (
        ({"kind": "poem"}, "Unknown kind"),
        ({"date": "31/02/2026"}, "not a valid date"),
        ({"direction": "sideways"}, "Unknown direction"),
        ({"title": "  "}, "needs a title"),
        ({"sha256": "0" * 64}, "cannot be changed"),
    ):
        with pytest.raises(InvalidInputError, match=message):
            evidence.update_metadata(db, doc_id, **bad)
    assert evidence.get_document(db, doc_id) == saved
    with pytest.raises(NotFoundError):
        evidence.update_metadata(db, "missing", title="x")


def test_trash_restore_and_empty(db: Database, case_id: str, tmp_path: Path) -> None:
    attached = pdf_bytes([["Attached report"]])
    eml = email_bytes("See attached", attachments=[("r.pdf", attached, "application/pdf")])
    mail_id = _import(db, case_id, tmp_path, "m.eml", eml)
    keep_id = _import(db, case_id, tmp_path, "keep.txt", b"keep me")
    assert len(evidence.list_documents(db, case_id)) == 3

    moved = evidence.move_to_trash(db, mail_id)
    assert len(moved) == 2
    assert [d.id for d in evidence.list_documents(db, case_id)] == [keep_id]
    assert len(evidence.list_documents(db, case_id, include_deleted=True)) == 3

    evidence.restore_from_trash(db, mail_id)
    assert len(evidence.list_documents(db, case_id)) == 3

    evidence.move_to_trash(db, mail_id)
    sha = evidence.get_document(db, mail_id).sha256
    assert db.store.exists(sha)
    assert evidence.empty_trash(db, case_id) == 2
    assert not db.store.exists(sha)
    assert [d.id for d in evidence.list_documents(db, case_id, include_deleted=True)] == [keep_id]
    assert evidence.page_text(db, keep_id, 1) == "keep me"


def test_emptying_trash_keeps_blobs_another_case_uses(
    db: Database, case_id: str, tmp_path: Path
) -> None:
    other = create_case(db, CaseDetails(name="Other")).id
    doc_id = _import(db, case_id, tmp_path, "a.txt", b"shared")
    _import(db, other, tmp_path, "a.txt", b"shared")
    evidence.move_to_trash(db, doc_id)
    evidence.empty_trash(db, case_id)
    assert db.store.exists(evidence.list_documents(db, other)[0].sha256)


def test_previews_are_pdfs_for_every_type(db: Database, case_id: str, tmp_path: Path) -> None:
    original = pdf_bytes([["Plain PDF"]])
    pdf_id = _import(db, case_id, tmp_path, "a.pdf", original)
    assert evidence.render_preview_pdf(db, pdf_id) == original

    docx_id = _import(db, case_id, tmp_path, "b.docx", docx_bytes(["First <page>", None, "Two"]))
    pages = _pdf_pages(evidence.render_preview_pdf(db, docx_id))
    assert len(pages) == 2 and "First <page>" in pages[0] and "Two" in pages[1]

    mail_id = _import(db, case_id, tmp_path, "c.eml", email_bytes("Body & soul"))
    assert "Body & soul" in "".join(_pdf_pages(evidence.render_preview_pdf(db, mail_id)))

    photo_id = _import(db, case_id, tmp_path, "d.jpg", text_image_bytes(["Hi"], "JPEG"))
    photo_pdf = evidence.render_preview_pdf(db, photo_id)
    assert len(pdfium.PdfDocument(io.BytesIO(photo_pdf))) == 1


def test_page_text_of_a_missing_page(db: Database, case_id: str, tmp_path: Path) -> None:
    doc_id = _import(db, case_id, tmp_path, "a.txt", b"one page")
    with pytest.raises(NotFoundError, match="no page 2"):
        evidence.page_text(db, doc_id, 2)


def test_chronology_in_date_order_undated_last(db: Database, case_id: str, tmp_path: Path) -> None:
    late = _import(db, case_id, tmp_path, "late.txt", b"Letter\n5 May 2026\nhello")
    undated = _import(db, case_id, tmp_path, "undated.txt", b"no date at all")
    early = _import(db, case_id, tmp_path, "early.txt", b"Letter\n1 January 2026\nhi")
    entries = evidence.chronology(db, case_id)
    assert [e.document_id for e in entries] == [early, late, undated]
    assert entries[0].date == dt.date(2026, 1, 1) and entries[-1].date is None

    import docx

    out = tmp_path / "chrono.docx"
    assert write_chronology(db, case_id, out) == 3
    table = docx.Document(str(out)).tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Date", "Document", "From / to", "Summary", "Page"]
    assert [row[0] for row in rows[1:]] == ["01/01/2026", "05/05/2026", "Undated"]
    assert [row[1] for row in rows[1:]] == ["early", "late", "undated"]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")
def test_reread_makes_a_photo_searchable_once_ocr_is_available(
    db: Database, case_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    photo = text_image_bytes(["Transport to school"])
    doc_id = _import(db, case_id, tmp_path, "letter.png", photo)
    evidence.update_metadata(db, doc_id, title="Transport letter")
    assert evidence.get_document(db, doc_id).text_status == "needs_ocr"
    assert search(db, "transport", case_id) == []

    monkeypatch.undo()
    again = evidence.reread_document(db, doc_id)
    assert (again.text_status, again.title, again.pages) == ("ocr", "Transport letter", 1)
    assert [hit.document for hit in search(db, "transport", case_id)] == [doc_id]
    assert evidence.document_bytes(db, doc_id)[0] == photo
