"""The bundle PDF: labels equal stamps, bookmarks and index links land on each document,
pages are A4 portrait with nothing cropped, late documents renumber, bad ones are named."""

import datetime as dt
import io
from itertools import pairwise
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import AppError, CancelledError
from ehcp_appeal.export.bundle.assemble import roman
from ehcp_appeal.export.bundle.page_ops import A4_HEIGHT, A4_WIDTH
from ehcp_appeal.progress import Progress
from ehcp_appeal.services import bundle, cases, evidence
from tests.core.bundle_fixtures import files

pytestmark = pytest.mark.both_engines


def _import(db: Database, case_id: str, path: Path, kind: str, date: str) -> str:
    report = evidence.import_files(db, case_id, [path], kind=kind, date=dt.date.fromisoformat(date))
    assert not report.failures, report.failures
    return report.imported[0].id


@pytest.fixture
def case(db: Database, tmp_path: Path) -> dict[str, str]:
    case_id = cases.create_case(
        db,
        cases.CaseDetails(
            name="Test family",
            child_name="Sam Example",
            local_authority="Anyshire Council",
            appeal_type="contents",
            tribunal_reference="EH123/26/00042",
        ),
    ).id
    ids = {"case": case_id}
    specs = [
        ("decision", files.pdf(tmp_path / "a.pdf", "DECISION"), "decision_letter", "2026-03-01"),
        ("plan", files.pdf(tmp_path / "b.pdf", "PLAN", pages=3), "ehcp_final", "2026-02-20"),
        ("ep", files.pdf(tmp_path / "c.pdf", "EPREPORT", pages=2), "ep_report", "2025-11-02"),
        ("wide", files.landscape_pdf(tmp_path / "d.pdf", "WIDETABLE"), "salt_report", "2025-12-01"),
        ("big", files.a3_pdf(tmp_path / "e.pdf", "BIGPAGE"), "independent_report", "2026-04-01"),
        ("views", files.pdf(tmp_path / "f.pdf", "PARENTVIEWS"), "parent_views", "2026-05-01"),
    ]
    for key, path, kind, date in specs:
        ids[key] = _import(db, case_id, path, kind, date)
    return ids


def _labels(reader: PdfReader) -> list[str]:
    return list(reader.page_labels)


def _stamp(pdf: pypdfium2.PdfDocument, index: int) -> str:
    text = pdf[index].get_textpage().get_text_range().split()
    return text[-1] if text else ""


def test_stamped_numbers_equal_page_labels_and_manifest(
    db: Database, case: dict[str, str], tmp_path: Path
) -> None:
    result = bundle.build_bundle(db, case["case"], tmp_path / "bundle.pdf")
    reader = PdfReader(tmp_path / "bundle.pdf")
    front = result.bundle.front_pages
    manifest = result.manifest()

    expected = [roman(n) for n in range(1, front + 1)]
    expected += [str(n) for n in range(1, len(reader.pages) - front + 1)]
    assert _labels(reader) == expected
    pdf = pypdfium2.PdfDocument(str(tmp_path / "bundle.pdf"))
    assert [_stamp(pdf, i) for i in range(len(pdf))] == expected
    assert manifest["pages"] == len(reader.pages)
    documents = manifest["documents"]
    assert isinstance(documents, list)
    # Continuous numbering: each document starts where the previous one ended.
    assert documents[0]["first_page"] == 1
    for before, after in pairwise(documents):
        assert after["first_page"] == before["last_page"] + 1
    assert documents[-1]["last_page"] == len(reader.pages) - front
    # Each document's first page carries its own text at the manifest's page.
    stored = {d.id: d for d in evidence.list_documents(db, case["case"])}
    for entry in documents:
        page = pdf[front + entry["first_page"] - 1].get_textpage().get_text_range()
        assert stored[entry["id"]].sha256 == entry["sha256"]
        first_line = evidence.page_text(db, entry["id"], 1).split(".")[0]
        assert first_line in page


def test_sections_in_order_plan_first_then_dates(
    db: Database, case: dict[str, str], tmp_path: Path
) -> None:
    result = bundle.build_bundle(db, case["case"], tmp_path / "bundle.pdf")
    order = [(d.section, d.id) for d in result.bundle.documents]
    assert order == [
        ("core", case["decision"]),
        ("plan", case["plan"]),
        ("plan", case["ep"]),
        ("plan", case["wide"]),
        ("appellant", case["big"]),
        ("appellant", case["views"]),
    ]


def test_bookmarks_and_index_links_point_at_each_document(
    db: Database, case: dict[str, str], tmp_path: Path
) -> None:
    result = bundle.build_bundle(db, case["case"], tmp_path / "bundle.pdf")
    reader = PdfReader(tmp_path / "bundle.pdf")
    front = result.bundle.front_pages
    starts = {front + d.first_page - 1 for d in result.bundle.documents}

    outline = reader.outline
    sections = [item for item in outline if not isinstance(item, list)]
    titles = [item.title for item in sections]
    assert titles[:2] == ["Cover", "Index"]
    assert [t.split(". ", 1)[1] for t in titles[2:]] == [
        "Core documents", "EHC plan and appendices", "Appellant's evidence",
    ]  # fmt: skip
    children = [child for item in outline if isinstance(item, list) for child in item]
    assert {reader.get_destination_page_number(child) for child in children} == starts
    assert len(children) == len(result.bundle.documents)

    targets = set()
    for page in reader.pages[1:front]:
        for annotation in page.get("/Annots", []):
            link = annotation.get_object()
            assert link["/Subtype"] == "/Link"
            destination = link["/Dest"]
            targets.add(reader.get_page_number(destination[0].get_object()))
    assert starts <= targets
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_pages_become_a4_portrait_without_cropping(
    db: Database, case: dict[str, str], tmp_path: Path
) -> None:
    result = bundle.build_bundle(db, case["case"], tmp_path / "bundle.pdf")
    reader = PdfReader(tmp_path / "bundle.pdf")
    front = result.bundle.front_pages
    by_id = {d.id: d for d in result.bundle.documents}
    for index, page in enumerate(reader.pages):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if page.rotation % 180:
            width, height = height, width
        assert height > width, f"page {index} shows as landscape"
        assert abs(width - A4_WIDTH) < 20 and abs(height - A4_HEIGHT) < 25
    wide = reader.pages[front + by_id[case["wide"]].first_page - 1]
    assert wide.rotation % 360 in (90, 270)  # turned, not shrunk
    assert float(wide.mediabox.width) > float(wide.mediabox.height)
    # The A3 page was scaled into A4: its text is all still there.
    pdf = pypdfium2.PdfDocument(str(tmp_path / "bundle.pdf"))
    big = pdf[front + by_id[case["big"]].first_page - 1].get_textpage().get_text_range()
    original = evidence.page_text(db, case["big"], 1).split()
    assert all(word in big for word in original[-5:])
    left, bottom, right, top = (
        pdf[front + by_id[case["big"]].first_page - 1].get_textpage().get_charbox(0)
    )
    assert left >= 0 and right <= A4_WIDTH and bottom >= 0 and top <= A4_HEIGHT


def test_document_added_late_takes_its_place_and_everything_renumbers(
    db: Database, case: dict[str, str], tmp_path: Path
) -> None:
    first = bundle.build_bundle(db, case["case"], tmp_path / "one.pdf")
    before = {d.id: d for d in first.bundle.documents}
    late = _import(db, case["case"], files.pdf(tmp_path / "late.pdf", "LATESALT", pages=2),
                   "salt_report", "2025-11-20")  # fmt: skip
    second = bundle.build_bundle(db, case["case"], tmp_path / "two.pdf")
    after = {d.id: d for d in second.bundle.documents}
    order = [d.id for d in second.bundle.documents]

    assert order.index(late) == order.index(case["ep"]) + 1  # by date, not at the end
    assert after[late].first_page == before[case["wide"]].first_page
    for doc_id in (case["wide"], case["big"], case["views"]):
        assert after[doc_id].first_page == before[doc_id].first_page + 2
    for doc_id in (case["decision"], case["plan"], case["ep"]):
        assert after[doc_id].first_page == before[doc_id].first_page
    assert (first.version, second.version) == (1, 2)


def test_user_order_sections_and_exclusions_are_kept(
    db: Database, case: dict[str, str], tmp_path: Path
) -> None:
    bundle.move(db, case["case"], "full", case["wide"], 1)
    bundle.set_section(db, case["case"], "full", case["views"], "core")
    bundle.set_included(db, case["case"], "full", case["big"], False)
    late = _import(db, case["case"], files.pdf(tmp_path / "late.pdf", "LATEEP"), "ep_report",
                   "2025-12-15")  # fmt: skip
    result = bundle.build_bundle(db, case["case"], tmp_path / "bundle.pdf")
    order = [(d.section, d.id) for d in result.bundle.documents]
    assert order == [
        ("core", case["decision"]),
        ("core", case["views"]),
        ("plan", case["plan"]),
        ("plan", case["wide"]),  # moved before the older EP report by the user
        ("plan", case["ep"]),
        ("plan", late),  # later than every placed document: after them
    ]
    assert case["big"] not in {d.id for d in result.bundle.documents}


@pytest.mark.sqlite_only  # reaches into the folder's own files
def test_a_bad_document_is_named_and_left_out_only_when_asked(
    db: Database, case: dict[str, str], tmp_path: Path
) -> None:
    broken = evidence.get_document(db, case["ep"])
    blob = db.store_dir / broken.sha256[:2] / broken.sha256
    blob.write_bytes(b"%PDF-1.4 this file was damaged on disk")
    with pytest.raises(AppError) as error:
        bundle.build_bundle(db, case["case"], tmp_path / "bundle.pdf")
    assert broken.title in error.value.message and "--skip-bad" in error.value.message
    assert not (tmp_path / "bundle.pdf").exists()

    result = bundle.build_bundle(db, case["case"], tmp_path / "bundle.pdf", skip_bad=True)
    assert [bad.document.id for bad in result.left_out] == [case["ep"]]
    assert case["ep"] not in {d.id for d in result.bundle.documents}
    index_text = "".join(
        PdfReader(tmp_path / "bundle.pdf").pages[i].extract_text()
        for i in range(result.bundle.front_pages)
    )
    assert "Left out of this bundle" in index_text and broken.title in index_text
    assert result.manifest()["left_out"] == [
        {"id": case["ep"], "title": broken.title, "reason": result.left_out[0].reason}
    ]


def test_cancel_leaves_no_file(db: Database, case: dict[str, str], tmp_path: Path) -> None:
    progress = Progress()
    progress.token.cancel()
    with pytest.raises(CancelledError):
        bundle.build_bundle(db, case["case"], tmp_path / "bundle.pdf", progress=progress)
    assert not (tmp_path / "bundle.pdf").exists()
    assert not list(tmp_path.glob(".*.tmp"))  # no half-written bundle left behind


def test_profiles_choose_their_documents(
    db: Database, case: dict[str, str], tmp_path: Path
) -> None:
    evidence_pack = bundle.build_bundle(db, case["case"], tmp_path / "e.pdf", "evidence")
    assert {d.id for d in evidence_pack.bundle.documents} == {case["big"], case["views"]}
    appeal_pack = bundle.build_bundle(db, case["case"], tmp_path / "p.pdf", "appeal-pack")
    assert [d.id for d in appeal_pack.bundle.documents] == [
        case["decision"], case["plan"], case["ep"], case["wide"],
    ]  # fmt: skip


def test_word_and_photo_documents_become_pages(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EHCP_APPEAL_SOFFICE", "")  # the built-in renderer, whatever is installed
    case_id = cases.create_case(db, cases.CaseDetails(name="Word")).id
    word = _import(db, case_id, files.docx_file(tmp_path / "w.docx", "WORDREPORT"),
                   "independent_report", "2026-01-01")  # fmt: skip
    photo = _import(db, case_id, files.png_file(tmp_path / "p.png"), "parent_views", "2026-01-02")
    result = bundle.build_bundle(db, case_id, tmp_path / "bundle.pdf")
    converters = {d.id: d.converter for d in result.bundle.documents}
    assert converters == {word: "built-in text renderer", photo: "photo"}
    cover = PdfReader(tmp_path / "bundle.pdf").pages[0].extract_text()
    assert "text only" in cover


def test_empty_profile_is_refused_plainly(db: Database, tmp_path: Path) -> None:
    case_id = cases.create_case(db, cases.CaseDetails(name="Empty")).id
    with pytest.raises(AppError, match="no documents yet"):
        bundle.build_bundle(db, case_id, tmp_path / "bundle.pdf")


def test_output_is_a_valid_pdf_readable_from_bytes(
    db: Database, case: dict[str, str], tmp_path: Path
) -> None:
    bundle.build_bundle(db, case["case"], tmp_path / "bundle.pdf")
    data = (tmp_path / "bundle.pdf").read_bytes()
    reader = PdfReader(io.BytesIO(data), strict=True)
    assert len(reader.pages) > 0
    assert reader.metadata is not None and "Sam Example" in str(reader.metadata.title)


def test_appeal_pack_carries_the_reasons_written_from_the_amendments(
    db: Database, case: dict[str, str], tmp_path: Path
) -> None:
    from ehcp_appeal.services import amendments

    amendments.add_amendment(
        db, case["case"], "F", "add",
        proposed_text="Sam will have 30 minutes of speech and language therapy each week.",
    )  # fmt: skip
    pack = bundle.build_bundle(db, case["case"], tmp_path / "pack.pdf", "appeal-pack")
    last = pack.bundle.documents[-1]
    assert (last.section, last.title) == ("reasons", "Reasons for appeal")
    pdf = pypdfium2.PdfDocument(str(tmp_path / "pack.pdf"))
    text = "".join(
        pdf[pack.bundle.front_pages + n - 1].get_textpage().get_text_range()
        for n in range(last.first_page, last.last_page + 1)
    )
    assert "30 minutes of speech and language therapy" in " ".join(text.split())


def test_a_new_working_document_version_is_filed_with_the_core_documents(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ehcp_appeal.demo import seed_demo_case
    from ehcp_appeal.services import amendments, working_documents

    monkeypatch.setenv("EHCP_APPEAL_SOFFICE", "")  # the page count estimate is enough here
    case_id = seed_demo_case(db)
    amendments.accept_all_suggestions(db, case_id)
    made = bundle.build_bundle(db, case_id, tmp_path / "b.pdf", new_working_document=True)
    core = [d.title for d in made.bundle.documents if d.section == "core"]
    assert core[-1] == "Working document"
    assert [v.number for v in working_documents.list_versions(db, case_id)] == [1]
