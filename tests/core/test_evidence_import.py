"""Importing files into a case: every kind, attachments, duplicates, failures, progress."""

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import InvalidInputError, NotFoundError
from ehcp_appeal.ingest import ocr
from ehcp_appeal.progress import CancelToken, Progress
from ehcp_appeal.services import evidence
from ehcp_appeal.services.cases import CaseDetails, create_case
from tests.core.test_evidence_samples import (
    docx_bytes,
    email_bytes,
    huge_png,
    pdf_bytes,
    text_image_bytes,
    write,
    zip_bomb_docx,
)

pytestmark = pytest.mark.both_engines


@pytest.fixture
def case_id(db: Database) -> str:
    return create_case(db, CaseDetails(name="Sam", local_authority="Northshire")).id


def _store_snapshot(db: Database) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in db.store_dir.rglob("*") if p.is_file()}


def test_each_kind_imports_with_text_per_page(
    db: Database, case_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    files = [
        write(tmp_path, "ep.pdf", pdf_bytes([["Educational Psychology Advice"], ["Page two"]])),
        write(tmp_path, "salt.docx", docx_bytes(["Speech and Language Therapy", None, "More"])),
        write(tmp_path, "note.txt", b"A note\fSecond page"),
        write(tmp_path, "mail.eml", email_bytes("The council agreed to the OT assessment.")),
        write(tmp_path, "photo.jpg", text_image_bytes(["Hello"], "JPEG")),
        write(tmp_path, "shot.png", text_image_bytes(["Hello"])),
    ]
    report = evidence.import_files(db, case_id, files)
    assert report.failures == [] and report.duplicates == []
    by_name = {doc.original_name: doc for doc in report.imported}
    assert {name: doc.pages for name, doc in by_name.items()} == {
        "ep.pdf": 2, "salt.docx": 2, "note.txt": 2, "mail.eml": 1, "photo.jpg": 1, "shot.png": 1,
    }  # fmt: skip
    assert by_name["ep.pdf"].kind == "ep_report"
    assert by_name["salt.docx"].kind == "salt_report"
    assert evidence.page_text(db, by_name["ep.pdf"].id, 2).strip() == "Page two"
    assert evidence.page_text(db, by_name["note.txt"].id, 2) == "Second page"
    mail = by_name["mail.eml"]
    assert (mail.kind, mail.direction, mail.date) == (
        "correspondence",
        "from_la",
        dt.date(2026, 3, 10),
    )
    assert mail.subject == "OT assessment" and "northshire.gov.uk" in mail.sender
    assert by_name["photo.jpg"].text_status == "needs_ocr"
    for path in files:
        doc = by_name[path.name]
        assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert evidence.document_bytes(db, doc.id)[0] == path.read_bytes()


def test_email_attachment_becomes_a_linked_document(
    db: Database, case_id: str, tmp_path: Path
) -> None:
    report_pdf = pdf_bytes([["Occupational therapy report", "Fine motor skills"]])
    eml = email_bytes(
        "Please find the report attached.",
        attachments=[("OT report.pdf", report_pdf, "application/pdf"),
                     ("calendar.ics", b"BEGIN:VCALENDAR", "text/calendar")],
    )  # fmt: skip
    report = evidence.import_files(db, case_id, [write(tmp_path, "mail.eml", eml)])
    mail, attachment = report.imported
    assert attachment.parent_id == mail.id
    assert attachment.kind == "ot_report" and attachment.original_name == "OT report.pdf"
    assert attachment.date == mail.date == dt.date(2026, 3, 10)  # undated: the e-mail's date
    assert evidence.document_bytes(db, attachment.id)[0] == report_pdf
    assert [f.file for f in report.failures] == [f"{tmp_path / 'mail.eml'} › calendar.ics"]


def test_duplicate_keeps_one_copy(db: Database, case_id: str, tmp_path: Path) -> None:
    data = pdf_bytes([["Educational Psychology Advice"]])
    first = evidence.import_files(db, case_id, [write(tmp_path, "a.pdf", data)])
    again = evidence.import_files(db, case_id, [write(tmp_path, "copy.pdf", data)])
    assert again.imported == []
    (duplicate,) = again.duplicates
    assert duplicate.document_id == first.imported[0].id
    assert duplicate.message == "already in this case as 'Educational Psychology Advice'"
    assert len(evidence.list_documents(db, case_id)) == 1


@pytest.mark.sqlite_only  # reaches into the folder's own files
def test_same_file_in_two_cases_is_two_documents_sharing_one_blob(
    db: Database, case_id: str, tmp_path: Path
) -> None:
    other = create_case(db, CaseDetails(name="Other")).id
    path = write(tmp_path, "a.txt", b"shared letter")
    evidence.import_files(db, case_id, [path])
    evidence.import_files(db, other, [path])
    assert len(evidence.list_documents(db, other)) == 1
    assert len(_store_snapshot(db)) == 1


@pytest.mark.sqlite_only  # reaches into the folder's own files
def test_failing_files_leave_stored_documents_untouched(
    db: Database, case_id: str, tmp_path: Path
) -> None:
    good = write(tmp_path, "good.txt", b"A letter about Sam")
    evidence.import_files(db, case_id, [good])
    before_docs = evidence.list_documents(db, case_id)
    before_store = _store_snapshot(db)
    bad = [
        write(tmp_path, "empty.pdf", b""),
        write(tmp_path, "cut.pdf", pdf_bytes([["Words"]] * 3)[:700]),
        write(tmp_path, "locked.pdf", pdf_bytes([["x"]], encrypt="pw")),
        write(tmp_path, "bomb.docx", zip_bomb_docx()),
        write(tmp_path, "huge.png", huge_png()),
        write(tmp_path, "tool.exe", b"MZ"),
        tmp_path / "missing.pdf",
    ]
    later = write(tmp_path, "later.txt", b"Imported after the failures")
    report = evidence.import_files(db, case_id, [*bad, later])
    assert [f.file for f in report.failures] == [str(p) for p in bad]
    assert all(f.message and "\n" not in f.message for f in report.failures)
    assert "does not exist" in report.failures[-1].message
    assert [d.original_name for d in report.imported] == ["later.txt"]
    after_store = _store_snapshot(db)
    assert {k: v for k, v in after_store.items() if k in before_store} == before_store
    assert len(after_store) == len(before_store) + 1
    assert [d for d in evidence.list_documents(db, case_id) if d.id == before_docs[0].id] == (
        before_docs
    )


def test_folder_imports_everything_inside_but_hidden_files(
    db: Database, case_id: str, tmp_path: Path
) -> None:
    folder = tmp_path / "letters"
    (folder / "sub").mkdir(parents=True)
    write(folder, "one.txt", b"one")
    write(folder / "sub", "two.txt", b"two")
    write(folder, ".hidden.txt", b"secret")
    write(folder, "Thumbs.db", b"junk")
    report = evidence.import_files(db, case_id, [folder])
    assert sorted(d.original_name for d in report.imported) == ["one.txt", "two.txt"]


def test_given_kind_and_date_win_over_guesses(db: Database, case_id: str, tmp_path: Path) -> None:
    path = write(tmp_path, "ep.pdf", pdf_bytes([["Educational Psychology Advice", "1 May 2025"]]))
    (doc,) = evidence.import_files(
        db, case_id, [path], kind="independent_report", date=dt.date(2026, 1, 2)
    ).imported
    assert (doc.kind, doc.date) == ("independent_report", dt.date(2026, 1, 2))


def test_bad_kind_and_unknown_case_are_refused(db: Database, case_id: str, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"x")
    with pytest.raises(InvalidInputError, match="Unknown kind"):
        evidence.import_files(db, case_id, [path], kind="poem")
    with pytest.raises(NotFoundError):
        evidence.import_files(db, "nope", [path])


def test_progress_per_file_and_cancel_between_files(
    db: Database, case_id: str, tmp_path: Path
) -> None:
    paths = [write(tmp_path, f"{n}.txt", f"note {n}".encode()) for n in range(3)]
    seen: list[tuple[int, int, str]] = []
    evidence.import_files(db, case_id, paths, progress=Progress(lambda *a: seen.append(a)))
    assert [(done, total) for done, total, _ in seen] == [(0, 3), (1, 3), (2, 3), (3, 3)]

    token = CancelToken()

    def cancel_after_first(done: int, total: int, message: str) -> None:
        if done == 1:
            token.cancel()

    others = [write(tmp_path, f"x{n}.txt", f"other {n}".encode()) for n in range(3)]
    report = evidence.import_files(
        db, case_id, others, progress=Progress(cancel_after_first, token)
    )
    assert report.cancelled
    assert [d.original_name for d in report.imported] == ["x0.txt"]


def test_a_batch_is_read_by_one_reader_process_replaced_after_a_bad_file(
    db: Database, case_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ehcp_appeal.ingest import importer, sandbox

    readers: list[int | None] = []

    class Recording(sandbox.ReaderPool):
        def run(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            try:
                return super().run(*args, **kwargs)
            finally:
                readers.append(self._child.pid if self._child is not None else None)

    monkeypatch.setattr(importer, "ReaderPool", Recording)
    good = [write(tmp_path, f"{n}.txt", f"note {n}".encode()) for n in range(4)]
    bad = write(tmp_path, "2-bad.pdf", b"%PDF-1.7\nthis is no PDF at all")
    report = evidence.import_files(db, case_id, [*good[:2], bad, *good[2:]])
    assert len(report.imported) == 4 and [f.file for f in report.failures] == [str(bad)]
    first, second, failed, third, fourth = readers
    assert first == second is not None  # the same process read both
    assert failed is None  # replaced after the bad file
    assert third == fourth is not None and third != first
