"""Checking the council's bundle finds exactly the documents it leaves out or cuts short."""

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from ehcp_appeal.db.database import Database
from ehcp_appeal.services import bundle, bundle_check, cases, evidence
from tests.core.bundle_fixtures import files

pytestmark = pytest.mark.both_engines


@pytest.fixture
def case(db: Database, tmp_path: Path) -> tuple[str, list[str]]:
    case_id = cases.create_case(db, cases.CaseDetails(name="Check")).id
    ids = []
    for number, (kind, pages) in enumerate(
        [("ep_report", 3), ("salt_report", 2), ("ot_report", 1), ("parent_views", 2),
         ("decision_letter", 1), ("independent_report", 4)]
    ):  # fmt: skip
        path = files.pdf(tmp_path / f"doc{number}.pdf", f"DOCUMENT{number}", pages=pages)
        report = evidence.import_files(
            db, case_id, [path], kind=kind, date=dt.date(2026, 1, 1 + number)
        )
        ids.append(report.imported[0].id)
    return case_id, ids


def test_a_bundle_missing_two_documents_reports_exactly_those_two(
    db: Database, case: tuple[str, list[str]], tmp_path: Path
) -> None:
    case_id, ids = case
    left_out = {ids[1], ids[4]}
    for doc_id in left_out:
        bundle.set_included(db, case_id, "full", doc_id, False)
    council = tmp_path / "council.pdf"
    bundle.build_bundle(db, case_id, council)

    report = bundle_check.check_council_bundle(db, case_id, council)
    statuses = {d.document_id: d.status for d in report.documents}
    assert {doc_id for doc_id, status in statuses.items() if status != "found"} == left_out
    assert all(statuses[doc_id] == "missing" for doc_id in left_out)
    assert {row["document"] for row in (d.to_json() for d in report.problems())} == left_out


def test_pages_found_and_a_cut_document_is_incomplete(
    db: Database, case: tuple[str, list[str]], tmp_path: Path
) -> None:
    case_id, ids = case
    made = bundle.build_bundle(db, case_id, tmp_path / "full.pdf")
    front = made.bundle.front_pages
    independent = next(d for d in made.bundle.documents if d.id == ids[5])
    dropped = front + independent.last_page - 1  # the report's last page goes missing
    reader = PdfReader(tmp_path / "full.pdf")
    writer = PdfWriter()
    for index, page in enumerate(reader.pages):
        if index != dropped:
            writer.add_page(page)
    council = tmp_path / "council.pdf"
    with council.open("wb") as handle:
        writer.write(handle)

    report = {
        d.document_id: d for d in bundle_check.check_council_bundle(db, case_id, council).documents
    }
    assert report[ids[5]].status == "incomplete"
    assert (report[ids[5]].pages_found, report[ids[5]].pages_checked) == (3, 4)
    ep = next(d for d in made.bundle.documents if d.id == ids[0])
    assert report[ids[0]].bundle_pages == tuple(
        range(front + ep.first_page, front + ep.last_page + 1)
    )
    assert "only 3 of 4 pages" in report[ids[5]].explanation


def test_documents_out_of_date_order_are_flagged(
    db: Database, case: tuple[str, list[str]], tmp_path: Path
) -> None:
    case_id, ids = case
    bundle.move(db, case_id, "full", ids[2], 0)  # the newest appendix put first
    council = tmp_path / "council.pdf"
    bundle.build_bundle(db, case_id, council)
    report = bundle_check.check_council_bundle(db, case_id, council)
    flagged = {d.document_id for d in report.documents if d.out_of_order}
    assert flagged == {ids[2]}
    assert "out of date order" in report.summary()


def test_a_file_that_is_not_a_pdf_is_refused(
    db: Database, case: tuple[str, list[str]], tmp_path: Path
) -> None:
    from ehcp_appeal.errors import UnreadableFileError

    text = tmp_path / "bundle.txt"
    text.write_text("not a bundle")
    with pytest.raises(UnreadableFileError, match="must be a PDF"):
        bundle_check.check_council_bundle(db, case[0], text)


def test_pages_without_text_are_named_so_they_can_be_checked_by_eye(
    db: Database, case: tuple[str, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ehcp_appeal.ingest import ocr

    monkeypatch.setattr(ocr, "ocr_available", lambda: False)  # a scan nobody can read here
    case_id, _ids = case
    made = bundle.build_bundle(db, case_id, tmp_path / "full.pdf")
    writer = PdfWriter(clone_from=tmp_path / "full.pdf")
    writer.add_blank_page()
    council = tmp_path / "council.pdf"
    with council.open("wb") as handle:
        writer.write(handle)
    report = bundle_check.check_council_bundle(db, case_id, council)
    assert report.unreadable_pages == (made.bundle.total_pages + 1,)
    assert f"look at page {made.bundle.total_pages + 1} yourself" in report.summary()
