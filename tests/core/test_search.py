"""Full-text search: words, phrases, prefixes, one case or all, archived, deleted."""

from pathlib import Path

import pytest

from ehcp_appeal.db.database import Database
from ehcp_appeal.errors import NotFoundError
from ehcp_appeal.services import evidence
from ehcp_appeal.services.cases import CaseDetails, create_case, set_archived
from ehcp_appeal.services.search import HIT_END, HIT_START, search
from tests.core.test_evidence_samples import email_bytes, pdf_bytes, write

pytestmark = pytest.mark.both_engines


@pytest.fixture
def cases(db: Database, tmp_path: Path) -> dict[str, str]:
    sam = create_case(db, CaseDetails(name="Sam")).id
    ava = create_case(db, CaseDetails(name="Ava")).id
    files = {
        "sam": [
            write(tmp_path, "agreed.eml", email_bytes(
                "We have agreed to the occupational therapy assessment for Sam.",
                subject="OT assessment agreed")),
            write(tmp_path, "ep.pdf", pdf_bytes([["Educational psychology advice"],
                                                 ["Sam's speech and language needs"]])),
        ],
        "ava": [write(tmp_path, "ava.txt", b"Ava needs speech therapy and an assessor visit")],
    }  # fmt: skip
    evidence.import_files(db, sam, files["sam"])
    evidence.import_files(db, ava, files["ava"])
    return {"sam": sam, "ava": ava}


def _titles(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [hit.title for hit in hits]


def test_words_must_all_appear(db: Database, cases: dict[str, str]) -> None:
    hits = search(db, "occupational assessment", cases["sam"])
    assert _titles(hits) == ["OT assessment agreed"]
    assert search(db, "occupational giraffe", cases["sam"]) == []


def test_phrase_and_page_number(db: Database, cases: dict[str, str]) -> None:
    (hit,) = search(db, '"speech and language"', cases["sam"])
    assert hit.page == 2 and hit.title == "Educational psychology advice"
    assert f"{HIT_START}speech and language{HIT_END}" in hit.snippet
    assert search(db, '"language and speech"', cases["sam"]) == []


def test_prefix_terms(db: Database, cases: dict[str, str]) -> None:
    assert _titles(search(db, "assess*", cases["ava"])) == ["ava"]
    assert search(db, "assessx*", cases["ava"]) == []


def test_one_case_or_all_cases_including_archived(db: Database, cases: dict[str, str]) -> None:
    assert {h.case_id for h in search(db, "speech", cases["sam"])} == {cases["sam"]}
    set_archived(db, cases["ava"], True)
    assert {h.case_id for h in search(db, "speech", None)} == {cases["sam"], cases["ava"]}


def test_deleted_documents_are_not_found_until_restored(
    db: Database, cases: dict[str, str]
) -> None:
    (hit,) = search(db, "occupational", cases["sam"])
    evidence.move_to_trash(db, hit.document)
    assert search(db, "occupational", None) == []
    evidence.restore_from_trash(db, hit.document)
    assert len(search(db, "occupational", cases["sam"])) == 1


def test_hit_json_shape_and_odd_queries(db: Database, cases: dict[str, str]) -> None:
    assert search(db, "EHCP: occupational", None) == []
    (hit,) = search(db, "occupational", None)
    assert set(hit.to_json()) == {"document", "title", "page", "snippet"}
    assert search(db, '" * - ', None) == []
    with pytest.raises(NotFoundError):
        search(db, "speech", "no-such-case")


def test_best_hit_first(db: Database, tmp_path: Path) -> None:
    case = create_case(db, CaseDetails(name="Rank")).id
    evidence.import_files(db, case, [
        write(tmp_path, "once.txt", ("filler words " * 200 + "transport").encode()),
        write(tmp_path, "often.txt", b"transport transport transport to school transport"),
    ])  # fmt: skip
    assert _titles(search(db, "transport", case)) == ["often", "once"]


def test_scope_is_applied_before_the_best_hits_are_chosen(db: Database, tmp_path: Path) -> None:
    """The best page overall may be in the trash or in another case: the hits shown must
    still be the best ones in scope, never fewer because out-of-scope pages took the places.
    """
    mine = create_case(db, CaseDetails(name="Mine")).id
    other = create_case(db, CaseDetails(name="Other")).id
    evidence.import_files(db, mine, [
        write(tmp_path, "trashed.txt", b"transport transport transport transport"),
        write(tmp_path, "kept.txt", ("filler words " * 50 + "transport").encode()),
    ])  # fmt: skip
    evidence.import_files(db, other, [write(tmp_path, "theirs.txt", b"transport transport")])
    (trashed,) = [h for h in search(db, "transport", mine) if h.title == "trashed"]
    evidence.move_to_trash(db, trashed.document)
    assert _titles(search(db, "transport", mine, limit=1)) == ["kept"]
    assert _titles(search(db, "transport", None, limit=2)) == ["theirs", "kept"]
    assert _titles(search(db, "transport", other, limit=1)) == ["theirs"]


def test_pages_in_the_trash_can_be_searched_when_asked(db: Database, cases: dict[str, str]) -> None:
    from ehcp_appeal.db.fulltext import search_pages

    (hit,) = search(db, "occupational", cases["sam"])
    evidence.move_to_trash(db, hit.document)
    with db.session() as session:
        conn = session.connection()
        assert search_pages(conn, "occupational", None) == []
        (page,) = search_pages(conn, "occupational", None, include_deleted=True)
        (same,) = search_pages(conn, "occupational", [cases["sam"]], include_deleted=True)
        assert search_pages(conn, "occupational", [cases["ava"]], include_deleted=True) == []
        assert search_pages(conn, "occupational", [], include_deleted=True) == []
    assert page.document_id == same.document_id == hit.document and page.page_no == 1
